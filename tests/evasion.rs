//! Issue 10 through the public API (`Engine::check_page`): evasive imitations (invisible
//! characters, confusable brand words, the owner's name in the ©, "Yahoo! JAPAN ID", the brand as a
//! picture, a URL that names the brand) are flagged with the right retailer; pages *about* a
//! retailer (its word in the site's own name, a news headline) are not. Signals are written for
//! this test. A held-back set of the same techniques lives in `tests/e2e/fixtures/evasive/`.

use omamori::verdict::{Severity, VerdictKind};
use omamori::visual::fingerprints;
use omamori::{Engine, PageSignals, Settings};
use serde_json::{json, Value};

fn engine() -> Engine {
    Engine::new(Settings::default()).expect("default settings")
}

fn signals(extra: Value) -> PageSignals {
    let mut base = json!({ "fields": { "email": 1, "password": 1 }, "signin_form": true });
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    serde_json::from_value(base).expect("signals")
}

/// A fingerprint of `id` that the matcher tells apart from every other retailer.
fn logo_hash(id: &str) -> String {
    let f = fingerprints()
        .iter()
        .find(|f| f.retailer == id && omamori::visual::best_match(f.hash) == Some(id))
        .expect("a distinct fingerprint");
    // A rendering on the page differs in a few bits.
    format!("{:016x}", f.hash ^ 0b101)
}

#[test]
fn evasive_imitations_are_flagged_with_the_right_retailer() {
    let cases: Vec<(&str, &str, Value, &str, Severity)> = vec![
        (
            "zero-width and soft-hyphen characters inside the brand",
            "https://secure-login.qvzx.cn/",
            json!({ "title": "Ama\u{200B}zon サイン\u{00AD}イン", "copyright": ["© 1996-2025, Ama\u{2060}zon.com, Inc."], "lang": "ja" }),
            "amazon",
            Severity::High,
        ),
        (
            "bidi override and BOM around the brand",
            "https://kx7.example.top/",
            json!({ "title": "\u{202E}\u{FEFF}laPyaP\u{202C} - Log in", "img_alts": ["Pay\u{200D}Pal"] }),
            "paypal",
            Severity::Medium,
        ),
        (
            "mathematical and full-width letters",
            "https://mgw.example.xyz/",
            json!({ "title": "\u{1D400}mazon ログイン", "headings": ["ＡＭＡＺＯＮにログイン"], "lang": "ja" }),
            "amazon",
            Severity::High,
        ),
        (
            "digit and rn confusables in brand positions",
            "https://acct-check.example.top/",
            json!({ "title": "Arnaz0n Sign-In", "copyright": ["© 1996-2025, Amaz0n.com, Inc."] }),
            "amazon",
            Severity::High,
        ),
        (
            "LY Corporation copyright and Yahoo! JAPAN ID",
            "https://yj-id-check.example.cn/",
            json!({ "title": "ログイン", "lang": "ja", "text": "Yahoo! JAPAN IDでログインしてください。Yahoo! JAPAN ID/携帯電話番号/メールアドレス", "copyright": ["© LY Corporation"] }),
            "yahoo-japan",
            Severity::Medium,
        ),
        (
            "Yahoo! JAPAN IDでログイン under the owner's copyright is the brand's own sign-in",
            "https://id-check.example.top/",
            json!({ "title": "ログイン", "lang": "ja", "headings": ["ログイン"], "text": "Yahoo! JAPAN IDでログイン", "copyright": ["© LY Corporation"] }),
            "yahoo-japan",
            Severity::Medium,
        ),
        (
            "LINEヤフー copyright",
            "https://yj.example.top/",
            json!({ "title": "Yahoo! JAPAN - ログイン", "lang": "ja", "copyright": ["(C) LINEヤフー株式会社"] }),
            "yahoo-japan",
            Severity::High,
        ),
        (
            "KDDI copyright on an au PAY Market copy",
            "https://au-check.example.cn/",
            json!({ "title": "au PAY マーケット ログイン", "lang": "ja", "copyright": ["© KDDI"] }),
            "au-pay-market",
            Severity::High,
        ),
        (
            "楽天グループ copyright, generic title",
            "https://r-member.example.top/",
            json!({ "title": "会員ログイン", "lang": "ja", "headings": ["楽天会員ログイン"], "copyright": ["© 楽天グループ株式会社"] }),
            "rakuten",
            Severity::Medium,
        ),
        (
            "brand only as a picture, generic title",
            "https://wq1.example.top/",
            json!({ "title": "Log in", "headings": ["Log in to your account"], "image_hashes": [logo_hash("paypal")] }),
            "paypal",
            Severity::Medium,
        ),
        (
            "brand drawn reversed by a right-to-left override (CSS bidi-override, <bdo>)",
            "https://r7q.example.top/",
            json!({ "title": "サインイン", "lang": "ja", "headings": ["\u{202E}nozamA\u{202C} サインイン"], "copyright": ["© 1996-2025, \u{202E}seitailiffa sti ro .cnI ,moc.nozamA\u{202C}"] }),
            "amazon",
            Severity::Medium,
        ),
        (
            "accented letters in the brand",
            "https://mzq.example.top/",
            json!({ "title": "Amazôn Sign-In", "headings": ["Sign in to Amazón"] }),
            "amazon",
            Severity::High,
        ),
        (
            "kanji drawn like katakana (メル力リ, ヤフ一)",
            "https://mlk.example.cn/",
            json!({ "title": "メル力リ ログイン", "lang": "ja", "headings": ["メル力リにログイン"] }),
            "mercari",
            Severity::High,
        ),
        (
            "letters spaced out one by one",
            "https://spc.example.top/",
            json!({ "title": "サインイン", "lang": "ja", "headings": ["サインイン"], "text": "A M A Z O N サインイン", "copyright": ["© 1996-2025, A m a z o n . c o m, Inc. or its affiliates"] }),
            "amazon",
            Severity::Medium,
        ),
        (
            "short brand typo URL with a credential form",
            "https://etzy.top/signin",
            json!({ "title": "Sign in", "text": "Sign in to continue to your Etsy purchases" }),
            "etsy",
            Severity::Medium,
        ),
        (
            "brand word on a cheap TLD with a credential form",
            "https://ebay.top/",
            json!({ "title": "Sign in or register", "text": "Hello! Sign in to eBay or create an account" }),
            "ebay",
            Severity::Medium,
        ),
        (
            "footer links before a full-width © owner",
            "https://kx9.example.top/",
            json!({ "title": "ログイン", "lang": "ja", "headings": ["ログイン"], "text": "ｱﾏｿﾞﾝ会員様へ", "copyright": ["利用規約 プライバシー規約 © 1996-2025, Ａｍａｚｏｎ．ｃｏｍ， Ｉｎｃ．"] }),
            "amazon",
            Severity::Medium,
        ),
        (
            "card form under the brand's payment heading",
            "https://pay-update.example.cn/",
            json!({ "title": "お支払い情報", "lang": "ja", "fields": { "card": 2, "text": 1 }, "headings": ["メルカリ お支払い情報の再登録"], "text": "メルカリ お支払い情報の再登録 クレジットカード番号" }),
            "mercari",
            Severity::Medium,
        ),
        (
            "text wordmark above the form",
            "https://mrc-login.example.top/",
            json!({ "title": "お知らせ", "lang": "ja", "headings": ["セッションの有効期限が切れました"], "buttons": ["ログイン"], "form_logos": ["mercari"], "text": "mercari セッションの有効期限が切れました" }),
            "mercari",
            Severity::Medium,
        ),
    ];
    let e = engine();
    for (name, url, extra, retailer, severity) in cases {
        let v = e.check_page(url, signals(extra));
        assert_eq!(v.verdict, VerdictKind::Lookalike, "{name}: {v:?}");
        assert_eq!(v.retailer.as_deref(), Some(retailer), "{name}: {v:?}");
        assert!(
            v.severity >= Some(severity),
            "{name}: {:?} < {severity:?}: {v:?}",
            v.severity
        );
    }
}

#[test]
fn pages_about_a_retailer_are_not_flagged() {
    let cases: Vec<(&str, &str, Value)> = vec![
        (
            "Amazon reselling blog whose own name holds the brand",
            "https://tenbai-lab.example/login",
            json!({ "title": "ログイン | Amazon転売ラボ", "lang": "ja", "headings": ["Amazon転売ラボ", "会員ログイン"], "text": "Amazon転売ラボの会員ページにログインしてください。", "copyright": ["© 2025 Amazon転売ラボ"] }),
        ),
        (
            "eBay export agent",
            "https://yushutsu-daiko.example.jp/member",
            json!({ "title": "会員ログイン｜eBay輸出代行センター", "lang": "ja", "headings": ["eBay輸出代行センター"], "og_site_name": "eBay輸出代行センター", "text": "eBayへの出品を代行します。ログインしてください。" }),
        ),
        (
            "FBA seller tool named after Amazon",
            "https://fba-toolkit.example/login",
            json!({ "title": "Sign in - FBA Toolkit", "headings": ["FBA Seller Tools for Amazon", "Sign in"], "text": "Manage your Amazon seller account inventory. Sign in to FBA Toolkit." }),
        ),
        (
            "news article about Amazon and PayPal sign-in pages with a member login",
            "https://technews.example/2025/phishing",
            json!({ "title": "How fake Amazon and PayPal sign-in pages fool shoppers", "headings": ["How fake Amazon and PayPal sign-in pages fool shoppers", "Member login"], "text": "Kits copy Amazon's sign-in page and PayPal's login form pixel for pixel.", "buttons": ["Log in"] }),
        ),
        (
            "Japanese news headline",
            "https://news.example.jp/article/1",
            json!({ "title": "Amazonを装うフィッシングメールが急増、ログイン画面の見分け方と被害にあった場合の相談窓口", "lang": "ja", "headings": ["会員ログイン"], "text": "Amazonのログイン画面に似せた偽サイトが増えています。" }),
        ),
        (
            "a shop with a Yahoo! JAPAN ID login button and its own copyright",
            "https://zakka.example.jp/login",
            json!({ "title": "ログイン | 雑貨のお店", "lang": "ja", "buttons": ["Yahoo! JAPAN IDでログイン", "ログイン"], "text": "Yahoo! JAPAN IDでログイン", "copyright": ["© 2025 雑貨のお店"] }),
        ),
        (
            "a Q&A page whose question is about signing in to Amazon",
            "https://chiebukuro.example.jp/q/123",
            json!({ "title": "Amazonにログインできません。パスワードは合っているはずです - みんなの知恵袋", "lang": "ja", "headings": ["Amazonにログインできません。パスワードは合っているはずです", "知恵袋にログイン"], "text": "Amazonアカウントにサインインしようとすると「パスワードが正しくありません」と出ます。", "copyright": ["© みんなの知恵袋"] }),
        ),
        (
            "a seminar site whose title and © name it, about Amazon selling",
            "https://ec-juku.example.jp/member",
            json!({ "title": "Amazon出品セミナー 受講者ログイン | EC実践塾", "lang": "ja", "headings": ["Amazon出品セミナー 受講者ページ", "受講者ログイン"], "text": "Amazonセラーセントラルの使い方を解説します。", "copyright": ["© EC実践塾"] }),
        ),
        (
            "café and spaced initials are not brands",
            "https://cafe.example/login",
            json!({ "title": "Café Sign in", "headings": ["Q & A", "Sign in"], "text": "a b c d menu" }),
        ),
        (
            "one edit from a short brand, never says it",
            "https://easy.example/login",
            json!({ "title": "Easy Notes - Log in", "headings": ["Log in"] }),
        ),
        (
            "a card-points mall with a member login under its own ©",
            "https://points.example.jp/mall",
            json!({ "title": "ポイントモール | ミドリ信販カード", "lang": "ja", "headings": ["ポイントモール経由でポイント最大20倍", "カード会員ログイン"], "text": "楽天市場 2倍 Amazon 2倍 Yahoo!ショッピング 3倍 メルカリ 2倍", "copyright": ["ヘルプ · 利用規約 · © Midori Shinpan Co., Ltd."] }),
        ),
        (
            "a shop's card checkout listing pay services",
            "https://zakka.example.jp/checkout",
            json!({ "title": "お支払い | 雑貨のお店", "lang": "ja", "fields": { "card": 3 }, "headings": ["お支払い方法 クレジットカード PayPay 楽天ペイ Amazon Pay"], "text": "お支払い方法", "copyright": ["© 2025 雑貨のお店"] }),
        ),
        (
            "a blank picture and garbage hashes",
            "https://notes.example/login",
            json!({ "title": "Log in", "image_hashes": ["0000000000000000", "ffffffffffffffff", "not-a-hash"] }),
        ),
    ];
    let e = engine();
    for (name, url, extra) in cases {
        let v = e.check_page(url, signals(extra));
        assert_eq!(v.verdict, VerdictKind::Unrelated, "{name}: {v:?}");
    }
}
