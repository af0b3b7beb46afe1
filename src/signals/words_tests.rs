//! Table tests of `words.rs` (kept apart to keep that file short).
use super::*;

#[test]
fn lists_sorted() {
    for list in [
        BEFORE,
        DE_VERBS,
        SIGNIN_WORDS,
        PAYMENT_WORDS,
        SIGNIN_AFTER,
        SIGNIN_BEFORE,
        ACCOUNT_AFTER,
        ACCOUNT_BEFORE,
        ORDINARY_WITH_BRAND,
        SHOP_KINDS,
    ] {
        assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
    }
}

#[test]
fn fold_table() {
    assert_eq!(fold("Amazon"), "amazon");
    // Cyrillic А.
    assert_eq!(fold("\u{0410}mazon"), "amazon");
    // A Cyrillic letter Chrome's supplement maps, in either case (CSS text-transform draws `єроѕ`
    // as `ЄРОЅ`).
    assert_eq!(fold("єроѕ card"), "epos card");
    assert_eq!(fold("ЄРОЅ"), "epos");
    assert_eq!(fold("ＡＭＡＺＯＮ"), "amazon");
    assert_eq!(fold("Amazonログイン"), "amazonログイン");
    assert_eq!(fold("楽天\u{3000}会員"), "楽天 会員");
    // What the user reads (normalize::visible) comes first.
    assert_eq!(fold("Ama\u{200B}zon"), "amazon");
    assert_eq!(fold("Ama\u{00AD}zon"), "amazon");
    assert_eq!(fold("\u{202E}laPyaP\u{202C}"), "paypal"); // drawn reversed: "PayPal"
                                                          // Accents, kanji drawn like katakana, letters spaced out: what the user reads.
    for (raw, want) in [
        ("Amazôn", "amazon"),
        ("Sign in to Amazón", "sign in to amazon"),
        ("Mercarí", "mercari"),
        ("eBa\u{1EF5}", "ebay"), // y with dot below
        ("café", "cafe"),
        ("メル力リにログイン", "メルカリにログイン"),
        ("A M A Z O N", "amazon"),
        ("© A m a z o n . c o m, Inc.", "© amazon.com, inc."),
        ("× ÷", "× ÷"),
    ] {
        assert_eq!(fold(raw), want, "{raw}");
    }
    // Latin look-alikes beyond Greek and Cyrillic.
    assert_eq!(fold("\u{0251}mazon"), "amazon"); // Latin alpha
    assert_eq!(fold("amaz\u{0585}n"), "amazon"); // Armenian oh
    assert_eq!(fold("メルカリ"), "メルカリ");
}

#[test]
fn fold_reads_small_capitals_lisu_old_kanji_and_kana_lookalikes() {
    for (raw, want) in [
        ("ᴘᴀʏᴘᴀʟ", "paypal"),
        ("© 1999–2026 ᴘᴀʏᴘᴀʟ", "© 1999–2026 paypal"),
        ("ᴍᴇʀᴄᴀʀɪ", "mercari"),
        ("ꜱʜᴏᴘɪꜰʏ", "shopify"),
        ("ꓮꓟꓮꓜꓳꓠ", "amazon"), // Lisu letters
        ("Your ꓮꓟꓮꓜꓳꓠ account", "your amazon account"),
        ("樂天カード", "楽天カード"), // old form of 楽
        ("會員ログイン", "会員ログイン"),
        ("ぺイぺイ", "ペイペイ"), // hiragana ぺ beside katakana イ
        ("メルカり", "メルカリ"),
        ("ヘルプへ戻る", "ヘルプヘ戻る"), // harmless: no brand is made of it
        // Left alone: hiragana without katakana beside it, today's kanji, Lisu punctuation.
        ("ありがとうございます", "ありがとうございます"),
        ("へいわ", "へいわ"),
        ("楽天会員", "楽天会員"),
        ("\u{A4FE}", "\u{A4FE}"),
    ] {
        assert_eq!(fold(raw), want, "{raw}");
    }
}

#[test]
fn fold_reads_parenthesized_coptic_simplified_and_small_kana() {
    for (raw, want) in [
        ("⒜⒨⒜⒵⒪⒩", "amazon"), // parenthesized letters (NFKC alone: "(a)(m)…")
        ("Log in to ⒫⒜⒴⒫⒜⒧", "log in to paypal"),
        ("(a)", "(a)"),
        ("\u{0251}m\u{0251}z\u{2C9F}n", "amazon"), // Latin alpha, Coptic o
        ("乐天市场", "楽天市場"),                  // simplified forms
        ("会员登录", "会員登録"),
        ("伊势丹", "伊勢丹"),
        ("ペィペィ", "ペイペイ"), // small kana after a letter they do not combine with
        ("メルヵリ", "メルカリ"),
        ("Yahoo!ショッピング", "yahoo!ショッピング"),
        ("セキュリティコード", "セキュリティコード"),
    ] {
        assert_eq!(fold(raw), want, "{raw}");
    }
}

#[test]
fn fold_reads_letters_in_black_circles_and_squares() {
    for (raw, want) in [
        ("🅿🅰🆈🅿🅰🆈", "paypay"),                 // negative squared capitals
        ("🅿\u{FE0F}🅰\u{FE0F}🆈🅿🅰🆈", "paypay"), // with emoji presentation selectors
        ("🅐🅜🅐🅩🅞🅝", "amazon"),                 // negative circled capitals
        ("🄰🄼🄰🅉🄾🄽", "amazon"),                 // squared capitals (NFKC)
        ("🅰🅼🅰🆉🅾🅽ログイン", "amazonログイン"),
        // Left alone: the marks after Z (🆊 negative squared P with a stroke); 🅪 is NFKC's "MC".
        ("\u{1F18A}", "\u{1F18A}"),
        ("\u{1F16A}", "mc"),
    ] {
        assert_eq!(fold(raw), want, "{raw}");
    }
}

#[test]
fn word_boundaries() {
    let yes = [
        ("amazon", "amazon"),
        ("amazonサインイン", "amazon"),
        ("amazon.co.jp ログイン", "amazon"),
        ("© 1996-2025, amazon.com, inc.", "amazon"),
        ("welcome to ebay!", "ebay"),
        ("楽天会員ログイン", "楽天"),
        ("(amzn)", "amzn"),
        ("amazonpay", "amazon"),
        ("yahoo! japan id", "yahoo"),
        ("楽天市場", "楽天"),
        ("楽天会員の方", "楽天"),
        ("amazon sign in", "amazon"),
        ("saison card", "saison"),
        ("セゾンカード", "セゾンカード"),
        // A kind of place elsewhere than right after the word, or inside a longer word, is no place.
        ("apple id · valley", "apple"),
        ("line creekside", "line"),
        ("target valleys", "target"),
    ];
    for (hay, tok) in yes {
        assert!(
            !find_word(hay, tok).is_empty(),
            "{hay} should mention {tok}"
        );
    }
    let no = [
        ("amazonbasics cable", "amazon"),
        ("amazonaws", "amazon"),
        ("debay", "ebay"),
        ("pineapple juice", "apple"),
        ("amazonpayments", "amazon"),
        ("targeted", "target"),
        ("netsy", "etsy"),
        ("temuco", "temu"),
        // Ordinary words and shops' own names spelled with a brand word.
        ("ベーカリー楽天家", "楽天"),
        ("楽天的な性格", "楽天"),
        ("amazon river expeditions", "amazon"),
        ("the amazon rainforest", "amazon"),
        ("cafe saison", "saison"),
        ("カフェ・セゾン", "セゾン"),
        ("hotel amazon", "amazon"),
        // A brand word right before a kind of place names the place (a town, a park, a river).
        ("apple valley high school", "apple"),
        ("line creek community center", "line"),
        ("target  lake elementary", "target"),
        ("amazon river", "amazon"),
    ];
    for (hay, tok) in no {
        assert!(
            find_word(hay, tok).is_empty(),
            "{hay} should not mention {tok}"
        );
    }
}

fn third(hay: &str, tok: &str) -> bool {
    let hay = fold(hay);
    let (s, e) = find_word(&hay, tok)[0];
    is_third_party(&hay, s, e)
}

#[test]
fn third_party_buttons_are_not_evidence() {
    for (hay, tok) in [
        ("Sign in with Apple", "apple"),
        ("Continue with Amazon", "amazon"),
        ("Login with Amazon", "amazon"),
        ("Amazon Pay", "amazon"),
        ("AmazonPay", "amazon"),
        ("Amazon Pay で支払う", "amazon"),
        ("Apple Pay", "apple"),
        ("Appleでサインイン", "apple"),
        ("Amazonアカウントでお支払い", "amazon"),
        ("楽天IDでログイン", "楽天"),
        ("楽天ペイ", "楽天"),
        ("Amazonで見る", "amazon"),
        ("Amazonで購入する", "amazon"),
        ("Buy on Amazon", "amazon"),
        ("Powered by Shopify", "shopify"),
        ("View price at Rakuten", "rakuten"),
        ("Yahoo! JAPAN IDでログイン", "yahoo"),
    ] {
        assert!(third(hay, tok), "{hay}: third party");
    }
    for (hay, tok) in [
        ("Amazonサインイン", "amazon"),
        ("Sign in to Amazon", "amazon"),
        ("Amazon.co.jp ログイン", "amazon"),
        ("楽天会員ログイン", "楽天"),
        ("Your Amazon account has been locked", "amazon"),
        ("メルカリにログイン", "メルカリ"),
        ("Amazon アカウントがロックされました", "amazon"),
    ] {
        assert!(!third(hay, tok), "{hay}: the brand's own page");
    }
}

#[test]
fn signin_words() {
    assert!(has_any(&fold("Amazon Sign-In"), SIGNIN_WORDS));
    assert!(has_any(&fold("Amazonサインイン"), SIGNIN_WORDS));
    assert!(has_any(&fold("楽天会員ログイン"), SIGNIN_WORDS));
    assert!(!has_any(
        &fold("Amazonで買ってよかったもの10選"),
        SIGNIN_WORDS
    ));
    assert!(!has_any(&fold("Blogging tips"), SIGNIN_WORDS)); // "login" is not in "blogging"
    for t in [
        "Iniciar sesión",
        "Inicia sesión con tu cuenta",
        "Iniciar sessão",
        "Connexion",
        "Anmelden",
        "Accedi",
        "Zaloguj się",
    ] {
        assert!(has_any(&fold(t), SIGNIN_WORDS), "{t}");
    }
    assert!(!has_any(&fold("Sesión de fotos"), SIGNIN_WORDS));
    assert!(has_any(&fold("お支払い方法の更新"), PAYMENT_WORDS));
}

#[test]
fn copyright_owner_strips_boilerplate() {
    let owner = |l: &str| copyright_owner(&fold(l)).to_string();
    assert_eq!(
        owner("© 1996-2025, Amazon.com, Inc. or its affiliates"),
        "amazon.com, inc. or its affiliates"
    );
    assert_eq!(owner("Copyright 2024 All Rights Reserved."), "");
    assert_eq!(owner("© 2025 さくら日記"), "さくら日記");
    assert_eq!(owner("© 令和2年"), "");
    assert_eq!(owner("Copyright © 株式会社メルカリ"), "メルカリ");
    // Year ranges typeset with dashes other than the hyphen.
    assert_eq!(owner("© 1999–2026 PayPal. All rights reserved."), "paypal");
    assert_eq!(owner("© 1999—2026 PayPal"), "paypal");
    assert_eq!(owner("© 2020〜2026 メルカリ"), "メルカリ");
    assert_eq!(owner("© 2026 –"), "");
    assert!(
        owner("Copyright LibraryThing and/or members, Amazon, etc.").starts_with("librarything")
    );
    // Footer links before the mark are not the owner; a name before a bare mark still is.
    for (line, want) in [
        (
            "利用規約 プライバシー規約 © 1996-2025, Ａｍａｚｏｎ．ｃｏｍ， Ｉｎｃ．",
            "amazon.com, inc",
        ),
        (
            "Help · Terms (c) 2025 Rakuten Group, Inc.",
            "rakuten group, inc",
        ),
        ("About us | Copyright 2025 さくら日記", "さくら日記"),
        ("Amazon.com, Inc. ©2025", "amazon.com, inc. ©2025"),
        ("Terms · ©", "terms · ©"),
    ] {
        assert_eq!(owner(line), want, "{line}");
    }
}

#[test]
fn bound_phrases() {
    let bound = |hay: &str, tok: &str| {
        let hay = fold(hay);
        find_word(&hay, tok)
            .into_iter()
            .any(|(s, e)| is_bound_phrase(&hay, s, e))
    };
    for (hay, tok) in [
        ("Manage your Apple ID", "apple"),
        ("Sign in to Apple Store", "apple"),
        ("Create your Amazon account", "amazon"),
        ("you agree to Amazon's Conditions of Use", "amazon"),
        ("Amazonアカウントがロックされました", "amazon"),
        ("メルカリにログイン", "メルカリ"),
        ("楽天会員ログイン", "楽天"),
        ("Yahoo! JAPAN ID", "yahoo"),
        ("Yahoo! JAPAN IDをお持ちの方", "yahoo"),
        ("Inicia sesión con tu ID de Apple", "apple"),
        ("Iniciar sessão com o ID Apple", "apple"),
        ("Connectez-vous à votre compte Amazon", "amazon"),
        ("Mit deinem Amazon-Konto anmelden", "amazon"),
        ("Crea tu cuenta de Amazon", "amazon"),
        // Session 8: an account word joined to what follows it, terms, a newcomer's line.
        ("楽天会員ID", "楽天"),
        ("Nikeのプライバシーポリシーと利用規約", "nike"),
        ("Etsy's Terms of Use", "etsy"),
        ("Netflixは初めてですか?", "netflix"),
        ("New to eBay? Create an account", "ebay"),
        ("Neu bei Amazon?", "amazon"),
    ] {
        assert!(bound(hay, tok), "{hay}");
    }
    for (hay, tok) in [
        ("Amazonで買ってよかったもの", "amazon"),
        ("Apple pie recipe", "apple"),
        ("Amazon identity", "amazon"),
        ("We paid Apple for the licence", "apple"),
        ("Comptes rendus: Amazon et la logistique", "amazon"),
        ("The new tool for eBay sellers", "ebay"),
    ] {
        assert!(!bound(hay, tok), "{hay}");
    }
}

#[test]
fn account_names() {
    // A brand word that is its account's own name, as the catalog folds it (`au ID`, `auＩＤ`, `dアカウント`).
    for t in [
        fold("au ID"),
        fold("auＩＤ"),
        fold("dアカウント"),
        fold("Apple Account"),
    ] {
        assert!(names_account(&t), "{t}");
    }
    // Brand words that name a shop, and an account word alone.
    for t in [
        "amazon",
        "paypay",
        "id",
        "アカウント",
        "account",
        "ドコモ",
        "myjcb",
    ] {
        assert!(!names_account(t), "{t}");
    }
}

#[test]
fn account_phrases() {
    let yes = [
        ("don't have an apple account? create yours now.", "apple"),
        ("appleアカウントを作成", "apple"),
        ("crea tu cuenta de amazon", "amazon"),
        ("au idを忘れた場合", "au id"),
        ("your paypal account", "paypal"),
    ];
    for (hay, tok) in yes {
        let (s, e) = find_word(hay, tok)[0];
        assert!(is_account_phrase(hay, s, e), "{hay}");
    }
    // A sign-in verb after the brand binds it (is_bound_phrase) but names no account: text runs a
    // link that ends in the brand into the next button.
    let no = [
        ("browse mercari log in", "mercari"),
        ("sign in to amazon", "amazon"),
        ("mercari japan and we forward it", "mercari"),
    ];
    for (hay, tok) in no {
        let (s, e) = find_word(hay, tok)[0];
        assert!(!is_account_phrase(hay, s, e), "{hay}");
    }
}
