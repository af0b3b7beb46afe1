//! Text matching for page signals: a light fold (case, full-width, Cyrillic/Greek look-alikes),
//! brand mentions with word boundaries and third-party-button exclusions, and the sign-in /
//! payment vocabulary (English and Japanese, in `vocabulary.rs`). Word lists are hand-edited and
//! sorted (tested).
//!
//! `"Amazonサインイン"` mentions `amazon`; `"AmazonBasics"` does not (ASCII word boundary);
//! `"Sign in with Apple"` and `"Amazon Pay で支払う"` mention nobody (third-party buttons).

use crate::domain::confusables::chrome_extra;
use crate::domain::uts39::skeleton;

pub use super::copyright::copyright_owner;
use super::letters::{
    current_kanji, enclosed_letter, kana_lookalikes, letter_names, small_capital, small_kana,
};
use super::normalize::{join_separated, join_spaced, visible, LETTER_SEPARATORS};
use super::vocabulary::{ORDINARY_WITH_BRAND, PLACE_KINDS, SHOP_KINDS};
pub use super::vocabulary::{PAYMENT_WORDS, SIGNIN_WORDS};
use crate::domain::case;
use crate::domain::unicode::{is_combining_mark, nfd};

/// Folds `s` for matching: first what the user reads (`normalize::visible`: invisible and bidi
/// characters removed, NFKC, which also turns full-width ASCII and ideographic spaces into ASCII),
/// then ASCII lower-case, and letters of other scripts whose UTS #39 prototype is one ASCII letter
/// or digit to that letter (`Аmazon` with Cyrillic А → `amazon`, `ɑmazon` → `amazon`, Armenian `օ`
/// → `o`, Coptic `ⲟ` → `o`, Lisu `ꓮ` → `a`), Latin small capitals to their letter (`ᴘᴀʏᴘᴀʟ` →
/// `paypal`), old and simplified forms of kanji to Japanese ones (`樂天`, `乐天` → `楽天`), parenthesized
/// letters to theirs (`⒜` → `a`), small kana a reader takes as full-size (`ペィペィ` → `ペイペイ`), kana
/// look-alikes beside katakana (`ぺイぺイ` → `ペイペイ`) and Latin letters spelled out in katakana
/// (`ジェーシービー` → `jcb`, `letters.rs`). Japanese text is otherwise left as
/// it is: the project's extra skeleton mappings (`ロ` → `o`) are for hostnames and would glue
/// `Amazonログイン` into one word.
pub fn fold(s: &str) -> String {
    let s = visible(s);
    let mut out = String::with_capacity(s.len());
    let mut chars: Vec<char> = s.chars().collect();
    kana_lookalikes(&mut chars);
    small_kana(&mut chars);
    let chars = letter_names(chars);
    for c in chars {
        match c {
            'A'..='Z' => out.push(c.to_ascii_lowercase()),
            '\u{00A0}' => out.push(' '),
            // Accented Latin letters read as their letter (`Amazôn`, `Mercarí`).
            '\u{00C0}'..='\u{017F}' => out.push(base_letter(c).unwrap_or(c)),
            // Latin extensions to Cyrillic/Armenian/Cherokee…, Glagolitic, Latin Extended-C, Coptic
            // (`ⲟ`), Cyrillic Extended-A, Lisu, Latin small capitals; kana and symbols stay as they are.
            '\u{0180}'..='\u{1FFF}'
            | '\u{2100}'..='\u{214F}'
            | '\u{2C00}'..='\u{2DFF}'
            | '\u{A4D0}'..='\u{A4FF}'
            | '\u{A720}'..='\u{A7FF}'
            | '\u{AB70}'..='\u{ABBF}' => {
                let l = small_capital(c)
                    .or_else(|| base_letter(c))
                    .or_else(|| latin_prototype(c))
                    .unwrap_or(c);
                out.push(l.to_ascii_lowercase());
            }
            // Letters in black circles and squares (`🅿🅰🆈🅿🅰🆈` → `paypay`), regional indicators.
            '\u{1F150}'..='\u{1F189}' | '\u{1F1E6}'..='\u{1F1FF}' => {
                out.push(enclosed_letter(c).unwrap_or(c))
            }
            // Marks drawn around or over the letter before them (a keycap `a⃣`, a circle `J⃝`, a
            // square `a⃞`: combining marks for symbols, U+20D0–U+20F0): the letter is read.
            '\u{20D0}'..='\u{20F0}' => {}
            // Old forms of kanji read as today's (`樂天` → `楽天`).
            _ => out.push(current_kanji(c)),
        }
    }
    if out.contains(' ') {
        out = join_spaced(&out);
    }
    if out.contains(|c: char| LETTER_SEPARATORS.contains(c)) {
        return join_separated(&out);
    }
    out
}

/// The ASCII letter under an accented one (`ô` → `o`, `Á` → `a`, `ạ` → `a`): its canonical
/// decomposition is that letter and combining marks only.
fn base_letter(c: char) -> Option<char> {
    let mut d = nfd(std::iter::once(c));
    let base = d.next().filter(char::is_ascii_alphabetic)?;
    d.all(is_combining_mark).then(|| base.to_ascii_lowercase())
}

/// The one ASCII letter or digit `c` is confusable with (UTS #39), if any; else the one Chrome's
/// supplement maps its lower case to (`є` → `e`, `м` → `m`, `в` → `b`: a letter CSS
/// `text-transform: uppercase` draws as `Є`, `М`, `В`), else its lower case.
fn latin_prototype(c: char) -> Option<char> {
    if !c.is_alphanumeric() {
        return None;
    }
    let one = c.to_string();
    let mut sk = skeleton(&one).flat_map(case::lower);
    match (sk.next(), sk.next()) {
        (Some(a), None) if a.is_ascii_alphanumeric() => Some(a),
        _ => {
            let l = case::lower(c).next().unwrap_or(c);
            let extra = chrome_extra(l).filter(|m| m.len() == 1 && m.is_ascii());
            extra
                .and_then(|m| m.chars().next())
                .or_else(|| (l != c && c.is_uppercase()).then_some(l))
        }
    }
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric()
}

/// Byte ranges where `token` (already folded) occurs in `hay` (folded) as a word: an end of the
/// token that is an ASCII letter or digit must not touch another ASCII letter or digit.
/// Japanese ends need no boundary (`楽天会員` mentions `楽天`).
pub fn find_word(hay: &str, token: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if token.is_empty() {
        return out;
    }
    let check_start = token.chars().next().is_some_and(is_word);
    let check_end = token.chars().next_back().is_some_and(is_word);
    let mut from = 0;
    while let Some(i) = hay[from..].find(token) {
        let s = from + i;
        let e = s + token.len();
        let before_ok = !check_start || !hay[..s].chars().next_back().is_some_and(is_word);
        // A brand glued to `pay` (`AmazonPay`) is still the brand: its payment service.
        let glued_pay =
            hay[e..].starts_with("pay") && !hay[e + 3..].chars().next().is_some_and(is_word);
        let after_ok = !check_end || !hay[e..].chars().next().is_some_and(is_word) || glued_pay;
        if before_ok && after_ok && !ordinary_at(hay, s, token) {
            out.push((s, e));
        }
        from = s + hay[s..].chars().next().map_or(1, char::len_utf8);
    }
    out
}

/// Whether the brand word `token` at `s` in `hay` is part of an ordinary word or place name
/// (`楽天家`, `amazon river`: [`ORDINARY_WITH_BRAND`]) or follows a kind of shop in a shop's own name
/// (`cafe saison`, `カフェ・セゾン`: [`SHOP_KINDS`]) or names a place (`apple valley`: [`PLACE_KINDS`]).
fn ordinary_at(hay: &str, s: usize, token: &str) -> bool {
    let after = hay[s + token.len()..].trim_start_matches(' ');
    let place = PLACE_KINDS
        .iter()
        .any(|k| after.starts_with(k) && !after[k.len()..].chars().next().is_some_and(is_word));
    let in_word = ORDINARY_WITH_BRAND.iter().any(|w| {
        w.find(token)
            .is_some_and(|k| s >= k && hay.get(s - k..).is_some_and(|h| h.starts_with(w)))
    });
    let before = hay[..s].trim_end_matches([' ', '・']);
    in_word
        || place
        || (before.len() < s
            && SHOP_KINDS.iter().any(|k| {
                before.ends_with(k)
                    && !before[..before.len() - k.len()]
                        .chars()
                        .next_back()
                        .is_some_and(is_word)
            }))
}

/// Words that, right before a brand, make it someone else's button or a reference
/// (`sign in with apple`, `buy on amazon`, `powered by shopify`).
const BEFORE: &[&str] = &["at", "by", "from", "on", "through", "using", "via", "with"];

/// What follows a brand in a third-party login or payment button, after optional `id` /
/// `アカウント` / `account` (`amazon pay`, `apple pay`, `楽天ペイ`, `Amazonで購入`, `Appleでサインイン`).
const AFTER: &[&str] = &["pay", "ペイ", "払い"];

/// Verbs after `で` (`Xでログイン`, `Xで支払う`, `Xで見る`): a button that uses the brand, not the brand's page.
const DE_VERBS: &[&str] = &[
    "お支払",
    "サインイン",
    "チェック",
    "ログイン",
    "探す",
    "支払",
    "新規登録",
    "決済",
    "登録",
    "続け",
    "続行",
    "見る",
    "買",
    "購入",
    "連携",
];

/// Skips what a brand's name may carry after its word (`yahoo! japan id` → `id`).
fn skip_brand_suffix(after: &str) -> &str {
    let after = after.strip_prefix('!').unwrap_or(after).trim_start();
    match after.strip_prefix("japan") {
        Some(rest) if !rest.chars().next().is_some_and(is_word) => rest.trim_start(),
        _ => after,
    }
}

/// Whether the mention at `hay[s..e]` is a third-party button or reference (non-evidence).
pub fn is_third_party(hay: &str, s: usize, e: usize) -> bool {
    let before = hay[..s].trim_end();
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphabetic())
        .last()
        .map_or(before.len(), |(i, _)| i);
    let prev_word = &before[word_start..];
    if BEFORE.contains(&prev_word) {
        return true;
    }
    let mut after = skip_brand_suffix(&hay[e..]);
    for p in ["id", "アカウント", "account", "ｉｄ"] {
        if let Some(rest) = after.strip_prefix(p) {
            after = rest.trim_start();
            break;
        }
    }
    if AFTER
        .iter()
        .any(|a| after.starts_with(a) && !after[a.len()..].chars().next().is_some_and(is_word))
    {
        return true;
    }
    if let Some(rest) = after.strip_prefix('で') {
        let rest = rest.trim_start();
        return DE_VERBS.iter().any(|v| rest.starts_with(v));
    }
    false
}

/// Whether folded `hay` contains any of `words` (ASCII words respect word boundaries).
pub fn has_any(hay: &str, words: &[&str]) -> bool {
    words.iter().any(|w| !find_word(hay, w).is_empty())
}

/// What follows a brand when the page signs in to it, cites its terms (`Amazon's Conditions of Use`,
/// `Nikeのプライバシーポリシー`) or asks a newcomer to join it (`Netflixは初めてですか?`) under its form
/// (`メルカリにログイン`, `PayPal password`): with [`ACCOUNT_AFTER`] (`Apple ID`, `Amazonアカウント`,
/// `Amazon-Konto`), the sign-in is the brand's.
const SIGNIN_AFTER: &[&str] = &[
    "conditions of use",
    "log in",
    "login",
    "password",
    "privacy notice",
    "sign in",
    "sign-in",
    "terms of use",
    "にサインイン",
    "にログイン",
    "のパスワード",
    "のプライバシー",
    "の利用規約",
    "は初めて",
    "へログイン",
];

/// What precedes a brand when the page signs in *to* it (`Sign in to Apple Store`, `iniciar sesion en
/// Amazon`) or asks a newcomer to join it under the form (`New to eBay?`, `Neu bei Amazon?`); with [`ACCOUNT_BEFORE`], the account named the way languages that put the owner last do.
/// Whole words: `paid apple` is not `id apple`.
const SIGNIN_BEFORE: &[&str] = &[
    "accedi a",
    "anmelden bei",
    "iniciar sesion en",
    "log in to",
    "login to",
    "neu bei",
    "new to",
    "se connecter a",
    "sign in to",
    "sign into",
    "sign-in to",
];

/// Whether a folded brand word is the name of the brand's account: it ends in an account word after
/// the brand (`au id`, `auid`, `dアカウント`; not `id` or `アカウント` alone). Such a word is bound to
/// the sign-in wherever it stands (`au id・電話番号`, `dアカウントのid`).
pub fn names_account(token: &str) -> bool {
    ["id", "アカウント", "account"]
        .iter()
        .any(|w| token.len() > w.len() && token.ends_with(w))
}

/// Words after a brand that name its account (`Apple Account`, `Appleアカウント`, `au ID`): bound to
/// the sign-in without [`SIGNIN_AFTER`]'s verbs, which page text gets wherever a link or heading that
/// ends in the brand ("Browse Mercari") runs into a button ("Log in").
const ACCOUNT_AFTER: &[&str] = &[
    "-account",
    "-id",
    "-konto",
    "account",
    "id",
    "アカウント",
    "会員",
];

/// Words before a brand that name its account in languages that put the owner last (`cuenta de
/// Amazon`, `compte Amazon`, `ID de Apple`).
const ACCOUNT_BEFORE: &[&str] = &[
    "compte",
    "conta",
    "conta da",
    "conta do",
    "cuenta de",
    "id",
    "id de",
    "identifiant",
];

/// Whether the brand mention at `hay[s..e]` names the brand's account (not a sign-in verb beside it):
/// `apple account`, `appleアカウント`, `cuenta de amazon`, `au id`; not `browse mercari log in`.
pub fn is_account_phrase(hay: &str, s: usize, e: usize) -> bool {
    names_account(&hay[s..e]) || phrase_around(hay, s, e, ACCOUNT_AFTER, ACCOUNT_BEFORE)
}

/// Whether the brand mention at `hay[s..e]` is bound to a sign-in: its account named, or signed in to
/// (see [`SIGNIN_AFTER`]).
pub fn is_bound_phrase(hay: &str, s: usize, e: usize) -> bool {
    phrase_around(hay, s, e, ACCOUNT_AFTER, ACCOUNT_BEFORE)
        || phrase_around(hay, s, e, SIGNIN_AFTER, SIGNIN_BEFORE)
}

/// Whether the mention at `hay[s..e]` (past a possessive and the brand's suffixes) is followed by a
/// whole word of `after` or preceded by a whole word of `before`.
fn phrase_around(
    hay: &str,
    s: usize,
    e: usize,
    after_words: &[&str],
    before_words: &[&str],
) -> bool {
    let mut after = &hay[e..];
    for p in ["'s", "’s"] {
        if let Some(rest) = after.strip_prefix(p) {
            after = rest;
        }
    }
    let after = skip_brand_suffix(after);
    let before = hay[..s].trim_end();
    // As in `find_word`, only an ASCII end needs a boundary: `楽天会員ID` is `楽天会員` + `ID`.
    let ends_ascii = |w: &str| w.chars().next_back().is_some_and(is_word);
    after_words.iter().any(|w| {
        after.starts_with(w)
            && !(ends_ascii(w) && after[w.len()..].chars().next().is_some_and(is_word))
    }) || before_words.iter().any(|w| {
        before.ends_with(w)
            && !before[..before.len() - w.len()]
                .chars()
                .next_back()
                .is_some_and(is_word)
    })
}

#[cfg(test)]
#[path = "words_tests.rs"]
mod tests;
