//! Table tests of `normalize.rs`: invisible characters, spaced and separated letters, spacing voicing marks.
use super::*;

#[test]
fn letters_between_marks_are_joined() {
    for (raw, want) in [
        ("r•a•k•u•t•e•n", "rakuten"),
        ("r·a·k·u·t·e·n ichiba", "rakuten ichiba"),
        ("メ・ル・カ・リ", "メルカリ"),
        ("y–a–h–o–o–! j–a–p–a–n", "yahoo! japan"),
        ("p-a-y-p-a-y", "paypay"),
        ("s/a/i/s/o/n card", "saison card"),
        ("a.m.a.z.o.n", "amazon"),
        ("j·c·b", "jcb"),
        // Left alone: words, pairs, digits, mixed marks.
        ("エポス・セゾン・イオン", "エポス・セゾン・イオン"),
        ("e-mail", "e-mail"),
        ("a-b", "a-b"),
        ("1.2.3.4", "1.2.3.4"),
        ("2026-12-02", "2026-12-02"),
        ("a-b/c.d", "a-b/c.d"),
        ("ichiba · points · card", "ichiba · points · card"),
        ("", ""),
    ] {
        assert_eq!(join_separated(raw), want, "{raw}");
    }
}

#[test]
fn spacing_voicing_marks_join_their_kana() {
    for (raw, want) in [
        ("エホ゜スカード", "エポスカード"),
        ("ヘ゜イヘ゜イ", "ペイペイ"),
        ("ト゛コモ", "ドコモ"),
        ("は゛", "ば"),
    ] {
        assert_eq!(visible(raw), want, "{raw}");
    }
}

#[test]
fn invisible_characters_are_removed() {
    for (raw, want) in [
        ("Ama\u{200B}zon", "Amazon"),
        ("Ama\u{200C}zon", "Amazon"),
        ("Ama\u{200D}zon", "Amazon"),
        ("Ama\u{2060}zon", "Amazon"),
        ("Ama\u{FEFF}zon", "Amazon"),
        ("Ama\u{00AD}zon", "Amazon"),
        ("\u{202E}nozamA\u{202C}", "Amazon"),
        ("\u{2066}Pay\u{2069}Pal", "PayPal"),
        ("\u{200E}楽\u{200F}天", "楽天"),
        ("Ama\u{034F}zon", "Amazon"),
        ("Ama\u{E0041}zon", "Amazon"),
        ("Ama\u{FE0F}zon", "Amazon"),
    ] {
        assert_eq!(visible(raw), want, "{raw:?}");
    }
}

#[test]
fn right_to_left_overrides_are_drawn_reversed() {
    for (raw, want) in [
        ("\u{202E}nozamA\u{202C} サインイン", "Amazon サインイン"),
        ("\u{202E}nozamA\u{202C}", "Amazon"),
        ("\u{202E}Amazon\u{202C}", "nozamA"), // what the user sees is not the brand
        ("Sign in to \u{202E}yabe", "Sign in to ebay"), // no PDF: to the end
        (
            "© \u{202E}.cnI ,moc.nozamA\u{202C} 2025",
            "© Amazon.com, Inc. 2025",
        ),
        ("\u{202E}天楽\u{202C}会員", "楽天会員"),
        ("a\u{202E}\u{202C}b", "ab"),
        ("\u{202E}", ""),
    ] {
        assert_eq!(visible(raw), want, "{raw:?}");
    }
}

#[test]
fn nfkc_shows_the_letters_drawn() {
    for (raw, want) in [
        ("ＡＭＡＺＯＮ", "AMAZON"),
        ("\u{1D400}mazon", "Amazon"), // mathematical bold A
        ("ⓐmazon", "amazon"),         // circled a
        ("ｻｲﾝｲﾝ", "サインイン"),      // half-width katakana
        ("ﬁrst", "first"),            // ligature
        ("Amazon\u{3000}ログイン", "Amazon ログイン"),
    ] {
        assert_eq!(visible(raw), want, "{raw:?}");
    }
}

#[test]
fn ordinary_text_is_unchanged() {
    for s in [
        "Amazon",
        "楽天会員ログイン",
        "メルカリ",
        "© 1996-2025, Amazon.com, Inc.",
        "Yahoo! JAPAN ID",
        "café",
    ] {
        assert_eq!(visible(s), s);
    }
}

#[test]
fn spaced_letters_are_joined() {
    for (raw, want) in [
        ("a m a z o n", "amazon"),
        ("a m a z o n サインイン", "amazon サインイン"),
        (
            "© 1996-2025, a m a z o n . c o m, inc.",
            "© 1996-2025, amazon.com, inc.",
        ),
        ("ア マ ゾ ン", "アマゾン"),
        ("sign in to p a y p a l now", "sign in to paypal now"),
        // Left alone: words, pairs, short runs, symbols.
        ("amazon sign in", "amazon sign in"),
        ("q & a", "q & a"),
        ("a b", "a b"),
        ("x y z", "x y z"),
        ("- - - -", "- - - -"),
        ("楽天 会員", "楽天 会員"),
        ("", ""),
    ] {
        assert_eq!(join_spaced(raw), want, "{raw}");
    }
}
