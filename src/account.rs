//! Account wording on a retailer's own pages (`accountText`): the sign-in page's "no account with
//! this email" error (a sign someone changed the account's email) and the settings page saying
//! two-step verification is on. The wording is catalog data (`no_account_wording`,
//! `two_step_on_wording`, `[account_wording]` in `retailers.toml`); this module only matches it.
//!
//! Patterns: `{a|b}` is a choice (`{|x}`: x is optional), `…` a gap of up to [`GAP`] characters
//! inside a sentence. Text and patterns are compared after [`normalize`] (NFKC, lower case, spaces
//! kept only between two ASCII letters or digits), so `２段階認証 (2SV) は 有効` matches
//! `2段階認証{|(2sv)}{は|が|:}{有効|オン|on}`. ASCII pattern ends match at word boundaries. A
//! two-step match followed, within [`NEGATION_WINDOW`] characters of the same sentence, by a
//! negation (`有効になっていません`, `オンにする`, `is on hold`) does not count.

use crate::domain::case;
use crate::domain::unicode::nfkc;
use serde::Serialize;

use crate::catalog::{two_step_on_wording, DomainRole, Owner, RetailerData};
use crate::context::Context;
use crate::domain::host::Host;
use crate::domain::url::Url;
use crate::domain::DomainInfo;
use crate::rules::LIMITS;

/// What the account wording says on an official page (all false elsewhere).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct AccountText {
    /// The sign-in page shows the retailer's "no account with this email" error.
    pub no_account: bool,
    /// The URL is one of the retailer's two-step settings pages (same host and path, https).
    pub two_step_page: bool,
    /// That page says two-step verification is on.
    pub two_step_on: bool,
}

/// Largest gap a `…` in a pattern stands for.
pub const GAP: usize = 4;
/// How far after a two-step match a negation still takes it back.
pub const NEGATION_WINDOW: usize = 12;
/// Negations after "two-step verification is on" (normalized; sorted).
pub const NEGATIONS: &[&str] = &[
    "hold",
    "せず",
    "ない",
    "にして",
    "にしま",
    "にする",
    "ません",
    "化",
];
/// Characters that end a sentence: gaps and negation windows stop there.
const SENTENCE_END: &[char] = &['。', '.', '!', '！'];

pub(crate) fn account_text(ctx: &Context, url: &str, text: &str) -> AccountText {
    let Ok(info) = DomainInfo::parse(url) else {
        return AccountText::default();
    };
    let Some((Owner::Retailer(i), DomainRole::Signin | DomainRole::Owned, _)) =
        ctx.catalog.lookup_host(&info.hostname)
    else {
        return AccountText::default();
    };
    let r = ctx.catalog.retailer(i);
    let text: String = text.chars().take(LIMITS.page_text).collect();
    let text = normalize(&text);
    let two_step_page = is_two_step_page(&info, r);
    let shared = two_step_on_wording().iter();
    AccountText {
        no_account: r
            .no_account_wording
            .iter()
            .any(|p| matches(&text, p, false)),
        two_step_page,
        two_step_on: two_step_page
            && shared
                .chain(r.two_step_on_wording)
                .any(|p| matches(&text, p, true)),
    }
}

/// Whether `info` is a retailer site's `two_step_url` (https, same host, same path bar trailing `/`).
fn is_two_step_page(info: &DomainInfo, r: &RetailerData) -> bool {
    let path = info.url.path().trim_end_matches('/');
    info.url.scheme() == "https"
        && r.sites.iter().any(|s| {
            Url::parse(s.two_step_url).is_ok_and(|u| {
                matches!(u.host(), Some(Host::Domain(d)) if *d == info.hostname)
                    && u.path().trim_end_matches('/') == path
            })
        })
}

/// NFKC, lower case, whitespace runs as one space kept only between two ASCII letters or digits.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in nfkc(s.chars()).flat_map(case::lower) {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if pending_space
            && c.is_ascii_alphanumeric()
            && out.ends_with(|p: char| p.is_ascii_alphanumeric())
        {
            out.push(' ');
        }
        pending_space = false;
        out.push(c);
    }
    out
}

/// Every concrete form of a pattern (`{a|b}c` → `ac`, `bc`), normalized; `…` kept as the gap mark.
pub fn expand(pattern: &str) -> Vec<String> {
    let Some(open) = pattern.find('{') else {
        let parts: Vec<String> = pattern.split('…').map(normalize).collect();
        return vec![parts.join("…")];
    };
    let mut depth = 0;
    let mut close = None;
    let mut cuts = vec![open];
    for (i, c) in pattern[open..].char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    close = Some(open + i);
                    break;
                }
            }
            '|' if depth == 1 => cuts.push(open + i),
            _ => {}
        }
    }
    let Some(close) = close else {
        return vec![normalize(pattern)]; // unbalanced: the pattern as plain text
    };
    cuts.push(close);
    let (head, tail) = (&pattern[..open], &pattern[close + 1..]);
    cuts.windows(2)
        .flat_map(|w| expand(&format!("{head}{}{tail}", &pattern[w[0] + 1..w[1]])))
        .collect()
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_ascii_alphanumeric())
}

/// Whether normalized `text` contains a form of `pattern` (see the module comment).
pub fn matches(text: &str, pattern: &str, negatable: bool) -> bool {
    expand(pattern)
        .iter()
        .any(|form| find_form(text, form, negatable))
}

fn find_form(text: &str, form: &str, negatable: bool) -> bool {
    let parts: Vec<&str> = form.split('…').collect();
    let (first, rest) = match parts.split_first() {
        Some((f, r)) if !f.is_empty() => (*f, r),
        _ => return false,
    };
    text.match_indices(first).any(|(start, _)| {
        let start_ok =
            !is_word(first.chars().next()) || !is_word(text[..start].chars().next_back());
        let mut end = start + first.len();
        for part in rest {
            let window: String = text[end..]
                .chars()
                .take(GAP + part.chars().count())
                .take_while(|c| !SENTENCE_END.contains(c))
                .collect();
            match window.find(part) {
                Some(i) => end += i + part.len(),
                None => return false,
            }
        }
        let after = &text[end..];
        let end_ok = !is_word(form.chars().next_back()) || !is_word(after.chars().next());
        let negated = negatable && {
            let window: String = after
                .chars()
                .take(NEGATION_WINDOW + 4)
                .take_while(|c| !SENTENCE_END.contains(c))
                .collect();
            NEGATIONS.iter().any(|n| {
                window
                    .find(n)
                    .is_some_and(|i| window[..i].chars().count() <= NEGATION_WINDOW)
            })
        };
        start_ok && end_ok && !negated
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Settings;

    const SIGNIN: &str = "https://www.amazon.co.jp/ap/signin";
    const TWO_STEP: &str = "https://www.amazon.co.jp/a/settings/approval";

    fn check(url: &str, text: &str) -> AccountText {
        let ctx = Context::new(&Settings::default()).expect("defaults");
        account_text(&ctx, url, text)
    }

    #[test]
    fn lists_sorted() {
        assert!(NEGATIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn patterns_expand() {
        assert_eq!(expand("a{b|c}d"), ["abd", "acd"]);
        assert_eq!(expand("{|x}y"), ["y", "xy"]);
        assert_eq!(expand("{a|{b|c}}"), ["a", "b", "c"]);
        assert_eq!(expand("Ａ …Ｂ"), ["a…b"]);
        assert_eq!(normalize("Two  Step\n(2SV) は 有効"), "two step(2sv)は有効");
    }

    #[test]
    fn no_account_error() {
        for (text, want) in [
            (
                "問題が発生しました このEメールアドレスを持つアカウントが見つかりません",
                true,
            ),
            ("このＥメールアドレスを持つアカウントが見つかりません", true), // full-width
            ("この 携帯電話番号 を持つアカウントが見つかりません", true),
            (
                "There was a problem We cannot find an account with that email address",
                true,
            ),
            (
                "We cannot find an account with this mobile phone number",
                true,
            ),
            ("Enter your email or mobile phone number", false),
            ("パスワードが正しくありません", false),
        ] {
            assert_eq!(check(SIGNIN, text).no_account, want, "{text}");
        }
        // Only on the retailer's own pages, and only with the retailer's own wording.
        let error = "We cannot find an account with that email address";
        assert!(!check("https://amaz0n.co.jp/ap/signin", error).no_account);
        assert!(!check("https://jp.mercari.com/", error).no_account);
    }

    #[test]
    fn two_step_on_and_negations_never_match() {
        for on in [
            "2段階認証が有効になっています",
            "２段階認証は有効です",
            "2段階認証 (2SV) は 有効 になっています",
            "Two-Step Verification is enabled",
            "Two-Step Verification (2SV) is currently turned on",
            "2-Step Verification: On",
            "2段階認証：設定済み",
        ] {
            assert!(check(TWO_STEP, on).two_step_on, "{on}");
        }
        for off in [
            "2段階認証が有効になっていません",
            "2段階認証を有効にする",
            "2段階認証はオンにしてください",
            "2段階認証は有効化できます",
            "Two-Step Verification is not enabled",
            "Turn on Two-Step Verification",
            "2段階認証をオンにしましょう",
            "Two-Step Verification is on hold",
            "12-step verification is on",
        ] {
            assert!(!check(TWO_STEP, off).two_step_on, "{off}");
        }
    }

    #[test]
    fn two_step_page_is_the_sites_two_step_url() {
        let on = "2段階認証は有効です";
        for (url, want) in [
            (
                "https://www.amazon.co.jp:8443/a/settings/approval/?x=1",
                true,
            ),
            ("https://www.amazon.com/a/settings/approval", true),
            ("https://www.amazon.co.jp/ap/signin", false),
            ("http://www.amazon.co.jp/a/settings/approval", false),
            (
                "https://www.amazon.co.jp.example.top/a/settings/approval",
                false,
            ),
        ] {
            let a = check(url, on);
            assert_eq!((a.two_step_page, a.two_step_on), (want, want), "{url}");
        }
    }

    #[test]
    fn long_text_is_cut_to_the_rule() {
        let text =
            "x".repeat(LIMITS.page_text) + "このEメールアドレスを持つアカウントが見つかりません";
        assert!(!check(SIGNIN, &text).no_account);
    }
}
