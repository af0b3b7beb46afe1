//! Who the page says it is apart from any retailer: its own name, and whether a title or heading
//! is a headline *about* retailers rather than a sign-in *of* one.
//!
//! A site names itself in `og:site_name`, its copyright owner, the title part that its header
//! repeats, and its registrable domain spelled out (`tenbai-lab.jp` → "Tenbai Lab"). When that
//! name contains a retailer word but is more than the retailer's name ("Amazon転売ラボ", "eBay輸出
//! 代行センター", "FBA Seller Tools for Amazon"), the retailer word is part of *this* site's name and
//! is no evidence that the page is the retailer's. "Amazon.co.jp", "Yahoo! JAPAN" and "楽天市場" are
//! the retailer's names (only brand words, suffixes and owners' names), so they still are.
//!
//! A headline names several retailers or is a sentence ("How kits copy Amazon and PayPal sign-in
//! pages"); a sign-in heading is short ("Amazonにログイン").

use std::borrow::Cow;

use crate::domain::DomainInfo;
use crate::signals::letters::is_katakana;
use crate::signals::vocabulary::ABOUT_WORDS;
use crate::signals::words::{has_any, SIGNIN_WORDS};

/// Separators between a title's parts (`ログイン | Amazon転売ラボ`, `Sign in - FBA Toolkit`).
const TITLE_SEPARATORS: &[char] = &['|', '｜', '–', '—', '«', '»', '：', '/'];

/// Words that may follow a brand in the brand's own name (`Amazon.co.jp`, `Yahoo! JAPAN`,
/// `Apple Store`): what is left of a name after removing brand words, owners and these is the
/// site's own words.
const NAME_FILLER: &[&str] = &[
    "affiliates",
    "and",
    "card",
    "co",
    "com",
    "corp",
    "corporation",
    "group",
    "inc",
    "its",
    "japan",
    "jp",
    "ltd",
    "net",
    "official",
    "online",
    "or",
    "shop",
    "shopping",
    "store",
    "ジャパン",
    "公式",
    "株式会社",
    "通販",
];

/// A headline has more words or characters than a sign-in heading (wide characters count twice:
/// "Amazonアカウントがロックされました" is 30, a Japanese news headline 80 or more).
const HEADLINE_WORDS: usize = 10;
const HEADLINE_WIDTH: usize = 80;
/// A question this wide or wider is asked *about* the brand (a Q&A page), not a sign-in's aside.
const QUESTION_WIDTH: usize = 30;

/// The title's parts: split at separators and at ` - ` / ` : ` (hyphens and colons inside words
/// such as `Sign-In` or `Amazon.co.jp:` stay).
pub fn title_parts(title: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    for a in title.split(TITLE_SEPARATORS) {
        for b in a.split(" - ") {
            for c in b.split(": ") {
                let c = c.trim();
                if !c.is_empty() {
                    parts.push(c);
                }
            }
        }
    }
    parts
}

fn letters(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The page's own names (folded input): `og:site_name`, copyright owners, title parts (of a
/// title with several) that a heading or another name repeats or that spell the site's domain, and
/// the registrable domain itself when the title, a heading or a copyright line spells it.
pub fn site_names(
    title: &str,
    og: &str,
    headings: &[String],
    owners: &[&str],
    info: &DomainInfo,
) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let og = og.trim();
    if !og.is_empty() {
        names.push(og.to_string());
    }
    names.extend(
        owners
            .iter()
            .filter(|o| o.chars().count() >= 2)
            .map(|o| o.to_string()),
    );
    let label = letters(info.brand_label());
    let spells_domain = |p: &str| label.chars().count() >= 4 && letters(p) == label;
    let parts = title_parts(title);
    if parts.len() >= 2 {
        for p in parts {
            if has_any(p, SIGNIN_WORDS) {
                continue;
            }
            let repeated =
                headings.iter().take(3).any(|h| h.trim() == p) || names.iter().any(|n| n == p);
            if repeated || spells_domain(p) {
                names.push(p.to_string());
            }
        }
    }
    if let Some(reg) = info.registrable() {
        let spelled = title.contains(reg)
            || headings.iter().any(|h| h.contains(reg))
            || owners.iter().any(|o| o.contains(reg));
        if spelled {
            names.push(reg.to_string());
        }
    }
    crate::small_sort::sort(&mut names);
    names.dedup();
    names
}

/// What remains of a (folded) name once `brand` spans, the retailer's owners and filler words are
/// removed: empty for the retailer's own name ("amazon.co.jp", "yahoo! japan", "ly corporation").
pub fn own_words(name: &str, brand_spans: &[(usize, usize)], owners: &[String]) -> String {
    let mut rest = String::with_capacity(name.len());
    let mut at = 0;
    let mut spans = brand_spans.to_vec();
    crate::small_sort::sort(&mut spans);
    for (s, e) in spans {
        if s >= at {
            rest.push_str(&name[at..s]);
            rest.push(' ');
        }
        // Overlapping spans (`楽天` and `楽天カード` in `楽天カード株式会社`) remove their union.
        at = at.max(e);
    }
    rest.push_str(&name[at..]);
    for o in owners {
        rest = rest.replace(o.as_str(), " ");
    }
    rest.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !NAME_FILLER.contains(w))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a (folded) heading is a brand's own name: the brand with nothing left but fillers or a
/// katakana compound (`paypal`, `yahoo! japan`, `ラクテンカードイーナビ`, `アマゾンプライム`); not a
/// phrase about it (`amazonの新着`, `amazon deals`, `楽天セール速報`).
pub fn is_brand_name(name: &str, brand_spans: &[(usize, usize)], owners: &[String]) -> bool {
    let katakana = |c: char| c == ' ' || is_katakana(c);
    !brand_spans.is_empty() && own_words(name, brand_spans, owners).chars().all(katakana)
}

/// `s` with the site's own names blanked out.
pub fn blank<'a>(s: &'a str, names: &[&str]) -> Cow<'a, str> {
    if names.iter().all(|n| !s.contains(n)) {
        return Cow::Borrowed(s);
    }
    let mut out = s.to_string();
    for n in names {
        out = out.replace(n, " | ");
    }
    Cow::Owned(out)
}

/// Whether a title part or heading is a headline about retailers rather than a sign-in heading:
/// it names several, is a sentence, or says the brand is talked about (`ABOUT_WORDS`: imitated, a
/// scam, a how-to — "Yahoo! JAPAN IDを装う偽ログイン画面に注意" is short but no sign-in heading).
pub fn is_headline(s: &str, retailers_named: usize) -> bool {
    retailers_named >= 2
        || has_any(s, ABOUT_WORDS)
        || is_sentence(s)
        || s.split_whitespace().count() > HEADLINE_WORDS
        || width(s) > HEADLINE_WIDTH
}

/// Display width: wide (non-ASCII) characters count twice.
fn width(s: &str) -> usize {
    s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum()
}

/// A question of some length, or more than one sentence: "amazonにログインできません。パスワードは…",
/// "why can't i sign in to amazon?" (a Q&A site's question, a forum thread). A kit's heading states
/// one thing ("amazonアカウントがロックされました。" ends its only sentence) or asks a short one
/// (the retailer's own "amazonは初めてですか?", "new to amazon?").
fn is_sentence(s: &str) -> bool {
    let s = s.trim();
    (s.contains('?') && width(s) >= QUESTION_WIDTH)
        || s.find('。')
            .is_some_and(|i| s[i + '。'.len_utf8()..].chars().any(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::signals::words::fold;

    #[test]
    fn filler_sorted() {
        assert!(NAME_FILLER.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn title_parts_table() {
        for (title, want) in [
            (
                "ログイン | Amazon転売ラボ",
                vec!["ログイン", "Amazon転売ラボ"],
            ),
            ("Amazon Sign-In", vec!["Amazon Sign-In"]),
            ("Amazon.co.jp: ログイン", vec!["Amazon.co.jp", "ログイン"]),
            ("Sign in - FBA Toolkit", vec!["Sign in", "FBA Toolkit"]),
            (
                "会員ログイン｜eBay輸出代行センター",
                vec!["会員ログイン", "eBay輸出代行センター"],
            ),
        ] {
            assert_eq!(title_parts(title), want, "{title}");
        }
    }

    fn names(url: &str, title: &str, og: &str, headings: &[&str], owners: &[&str]) -> Vec<String> {
        let info = DomainInfo::parse(url).expect("url");
        let headings: Vec<String> = headings.iter().map(|h| fold(h)).collect();
        let owners: Vec<String> = owners.iter().map(|o| fold(o)).collect();
        let owners: Vec<&str> = owners.iter().map(String::as_str).collect();
        site_names(&fold(title), &fold(og), &headings, &owners, &info)
    }

    #[test]
    fn site_names_table() {
        // The header repeats the title's site part.
        assert_eq!(
            names(
                "https://tenbai.example/",
                "ログイン | Amazon転売ラボ",
                "",
                &["Amazon転売ラボ"],
                &[]
            ),
            vec!["amazon転売ラボ"]
        );
        // The title part spells the domain.
        assert_eq!(
            names(
                "https://fba-toolkit.example/login",
                "Sign in - FBA Toolkit",
                "",
                &[],
                &[]
            ),
            vec!["fba toolkit"]
        );
        // The copyright line spells the registrable domain.
        assert_eq!(
            names(
                "https://www.ebay-yushutsu.example/",
                "会員ログイン",
                "",
                &[],
                &["ebay-yushutsu.example"]
            ),
            vec!["ebay-yushutsu.example"]
        );
        // A kit on a random domain: one title part, nothing repeated, nothing spelled.
        assert!(names(
            "https://hgfxc.example.cn/",
            "Amazonサインイン",
            "",
            &["ログイン"],
            &[]
        )
        .is_empty());
        // A sign-in part is never a name.
        assert!(names(
            "https://x.example/",
            "ログイン | Amazon",
            "",
            &["ログイン"],
            &[]
        )
        .is_empty());
    }

    #[test]
    fn own_words_table() {
        let owners = vec![fold("LY Corporation"), fold("LINEヤフー")];
        let words = |name: &str, token: &str| {
            let name = fold(name);
            let spans = crate::signals::words::find_word(&name, token);
            own_words(&name, &spans, &owners)
        };
        for (name, token, want) in [
            ("Amazon.co.jp", "amazon", ""),
            ("Yahoo! JAPAN", "yahoo", ""),
            ("LY Corporation", "yahoo", ""),
            ("Apple Store", "apple", ""),
            ("Rakuten Card Co., Ltd.", "rakuten", ""),
            ("SoftBank Corp.", "softbank", ""),
            ("Amazon転売ラボ", "amazon", "転売ラボ"),
            (
                "FBA Seller Tools for Amazon",
                "amazon",
                "fba seller tools for",
            ),
            ("eBay輸出代行センター", "ebay", "輸出代行センター"),
        ] {
            assert_eq!(words(name, token), want, "{name}");
        }
        // Brand tokens that overlap (`楽天`, `楽天カード`) remove their union.
        let name = fold("楽天カード株式会社");
        let mut spans = crate::signals::words::find_word(&name, "楽天");
        spans.extend(crate::signals::words::find_word(&name, "楽天カード"));
        assert_eq!(own_words(&name, &spans, &owners), "");
        let name = fold("楽天カード研究会");
        let mut spans = crate::signals::words::find_word(&name, "楽天");
        spans.extend(crate::signals::words::find_word(&name, "楽天カード"));
        assert_eq!(own_words(&name, &spans, &owners), "研究会");
    }

    #[test]
    fn headlines_table() {
        assert!(is_headline(
            "how kits copy amazon and paypal sign-in pages",
            2
        ));
        assert!(is_headline(
            "amazonを装うフィッシングメールが急増、ログイン画面の見分け方と被害にあった場合の相談窓口をまとめました",
            1
        ));
        assert!(is_headline(
            "a guide to the sign in page you see when you shop and pay online every day",
            1
        ));
        // Short headlines that say the brand is talked about: imitated, a scam, a how-to.
        for about in [
            "yahoo! japan idを装う偽ログイン画面に注意",
            "楽天会員ログインのやり方を解説",
            "fake ebay sign-in emails",
            "how to sign in to your amazon account",
            "amazonのなりすましメールにご用心",
        ] {
            assert!(is_headline(about, 1), "{about}");
        }
        // Questions and paragraphs (a Q&A page, a forum thread).
        for asked in [
            "amazonにログインできません。パスワードは合っているはずです",
            "why can't i sign in to amazon?",
            "楽天にログインできないのはなぜ?",
        ] {
            assert!(is_headline(asked, 1), "{asked}");
        }
        // A kit's own headings: the account, its payment method, a lock notice.
        for own in [
            "amazonお支払い方法の更新",
            "楽天会員ログイン",
            "amazonアカウントがロックされました。",
            "your apple id has been locked",
        ] {
            assert!(!is_headline(own, 1), "{own}");
        }
        assert!(!is_headline("amazonにログイン", 1));
        assert!(!is_headline("amazonは初めてですか?", 1));
        assert!(!is_headline("new to amazon?", 1));
        assert!(!is_headline("sign in to your amazon account", 1));
        assert!(!is_headline("amazonアカウントがロックされました", 1));
    }
}
