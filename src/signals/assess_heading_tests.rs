//! Table tests of a heading that is the brand's own name over a sign-in form (`evidence.rs`,
//! `identity::is_brand_name`): a kit's `PayPal` or `ラクテンカードイーナビ` heading names the page; a
//! heading about the brand (`Amazonの新着`, `Amazon deals`) does not; a brand drawn in other letters
//! (`⒫⒜⒴⒫⒜⒧`, `ɑmɑzⲟn`, `乐天`, `ペィペィ`) is the brand.
use super::tests::{run, signin};

/// The brand a security-check sign-in page on a foreign host is taken for, given its heading, buttons,
/// og:site_name and © line (empty: none).
fn brand_of(heading: &str, buttons: &[&str], og: &str, copyright: &str) -> Option<String> {
    let mut s = signin("Security check");
    s.headings = vec![heading.to_string()];
    s.buttons = buttons.iter().map(|b| b.to_string()).collect();
    s.text = format!("{heading} For your security, log in again to continue.");
    s.og_site_name = og.to_string();
    s.copyright = [copyright]
        .iter()
        .filter(|c| !c.is_empty())
        .map(|c| c.to_string())
        .collect();
    let f = run("https://hgfxc.example.cn/", &s);
    f.first().map(|f| f.brand.clone())
}

#[test]
fn heading_that_is_the_brand_over_a_signin_form() {
    // (case, heading, buttons, og:site_name, copyright, expected brand)
    type HeadingCase<'a> = (
        &'a str,
        &'a str,
        &'a [&'a str],
        &'a str,
        &'a str,
        Option<&'a str>,
    );
    let cases: &[HeadingCase] = &[
        ("brand alone", "Amazon", &["Log In"], "", "", Some("amazon")),
        (
            "katakana run",
            "アマゾンプライムビデオ",
            &["ログイン"],
            "",
            "",
            Some("amazon"),
        ),
        // Left alone: no sign-in words, the site's own name, a third party's button, a headline.
        ("no sign-in words", "Amazon", &["Subscribe"], "", "", None),
        (
            "site names itself",
            "Amazon",
            &["Log In"],
            "Deal Blog",
            "",
            None,
        ),
        (
            "site's own copyright",
            "Amazon",
            &["Log In"],
            "",
            "© 2026 Deal Blog",
            None,
        ),
        (
            "third-party button",
            "Sign in with Amazon",
            &["Log In"],
            "",
            "",
            None,
        ),
        (
            "headline",
            "How to cancel an Amazon Prime membership and get a refund",
            &["Log In"],
            "",
            "",
            None,
        ),
    ];
    for (case, heading, buttons, og, copyright, want) in cases {
        assert_eq!(
            brand_of(heading, buttons, og, copyright).as_deref(),
            *want,
            "{case}"
        );
    }
}

#[test]
fn brand_drawn_in_other_letters_over_a_signin_form() {
    // (case, heading, copyright, expected brand): the heading is read as the user reads it
    // (`words::fold`: parenthesized letters, Coptic look-alikes; simplified kanji and small kana are
    // in words_tests.rs, the test catalog has no kana or kanji brand for them).
    let cases: &[(&str, &str, &str, Option<&str>)] = &[
        ("plain", "Amazon", "", Some("amazon")),
        ("parenthesized", "⒜⒨⒜⒵⒪⒩", "", Some("amazon")),
        (
            "alpha and Coptic o",
            "ɑmɑzⲟn",
            "© 1996-2026, ɑmɑzⲟn.cⲟm, Inc.",
            Some("amazon"),
        ),
        // Left alone: the words these spellings stand for are not brands.
        ("parenthesized other word", "⒮⒣⒪⒫", "", None),
        ("Coptic other word", "ⲟnline stⲟre", "", None),
    ];
    for (case, heading, copyright, want) in cases {
        assert_eq!(
            brand_of(heading, &["ログイン"], "", copyright).as_deref(),
            *want,
            "{case}"
        );
    }
}
