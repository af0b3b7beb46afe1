//! Page-signal assessment (`impersonated-signin`) through the public API:
//! `Engine::check_page(url, PageSignals)`. Every signal set here is written for this test (the shapes
//! of real kits and of ordinary sites, in our own words).

use omamori::verdict::{Severity, VerdictKind};
use omamori::{Engine, PageSignals, Settings};
use serde_json::{json, Value};

fn engine() -> Engine {
    Engine::new(Settings::default()).expect("default settings")
}

/// Default fields: an email + password sign-in form; `extra` overrides keys.
fn signals(extra: Value) -> PageSignals {
    let mut base = json!({
        "fields": { "email": 1, "password": 1 },
        "signin_form": true,
    });
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    serde_json::from_value(base).expect("signals")
}

struct Imitation {
    name: &'static str,
    url: &'static str,
    signals: Value,
    retailer: &'static str,
    matched: &'static str,
    severity: Severity,
}

fn imitations() -> Vec<Imitation> {
    vec![
        Imitation {
            name: "Amazon Japanese sign-in (email + password, CDN images)",
            url: "https://hgfxc.bduxfks.cn/ap/signin",
            signals: json!({
                "title": "Amazonサインイン",
                "lang": "ja-jp",
                "headings": ["ログイン"],
                "text": "Eメールまたは携帯電話番号 パスワード パスワードを忘れた場合 ログインをクリックすると、利用規約に同意したものとみなされます。",
                "copyright": ["© 1996-2025, Amazon.com, Inc. or its affiliates"],
                "img_alts": ["Amazon"],
                "buttons": ["ログイン"],
                "img_hosts": ["m.media-amazon.com"],
                "css_hosts": ["images-fe.ssl-images-amazon.com"],
                "form_action_hosts": ["hgfxc.bduxfks.cn"],
            }),
            retailer: "amazon",
            matched: "amazon.co.jp",
            severity: Severity::High,
        },
        Imitation {
            name: "Amazon card update after 'account locked'",
            url: "http://michaelcarunchiodmd.com/jp/update",
            signals: json!({
                "title": "Amazon.co.jp - お支払い方法の更新",
                "lang": "ja",
                "headings": ["アカウントがロックされました", "カード情報を入力してください"],
                "text": "お客様のアカウントは一時的に利用を制限しています。本人確認のため、お支払い方法を更新してください。カード名義人 カード番号 有効期限 セキュリティコード",
                "copyright": ["© 1996-2025, Amazon.com, Inc."],
                "img_alts": ["amazon.co.jp"],
                "buttons": ["更新する"],
                "fields": { "card": 3, "text": 2 },
                "signin_form": true,
            }),
            retailer: "amazon",
            matched: "amazon.co.jp",
            severity: Severity::High,
        },
        Imitation {
            name: "Amazon one-time-code step",
            url: "https://secure.verify-center.example.top/otp",
            signals: json!({
                "title": "Amazon 二段階認証",
                "lang": "ja",
                "headings": ["確認コードを入力"],
                "text": "登録済みの携帯電話にワンタイムパスワードを送信しました。",
                "img_alts": ["Amazon ロゴ"],
                "copyright": ["© 1996-2025, Amazon.com, Inc. or its affiliates"],
                "buttons": ["確認"],
                "fields": { "otp": 1 },
                "signin_form": false,
            }),
            retailer: "amazon",
            matched: "amazon.co.jp",
            severity: Severity::High,
        },
        Imitation {
            name: "Mercari Japanese sign-in",
            url: "https://mercari-jp.example-login.xyz/login",
            signals: json!({
                "title": "ログイン - メルカリ",
                "lang": "ja",
                "headings": ["メルカリにログイン"],
                "text": "メールアドレス パスワード パスワードをお忘れの方",
                "copyright": ["© Mercari, Inc."],
                "img_alts": ["メルカリ"],
                "buttons": ["ログイン"],
            }),
            retailer: "mercari",
            matched: "mercari.com",
            severity: Severity::High,
        },
        Imitation {
            name: "Rakuten sign-in",
            url: "https://grp01.id.rakuten.co.jp.session-check.example.net/",
            signals: json!({
                "title": "楽天会員ログイン",
                "lang": "ja",
                "headings": ["ログイン"],
                "text": "ユーザID パスワード 楽天会員に登録すると楽天ポイントが貯まります",
                "img_alts": ["楽天"],
                "buttons": ["ログイン"],
                "fields": { "text": 1, "password": 1 },
            }),
            retailer: "rakuten",
            matched: "rakuten.co.jp",
            severity: Severity::High,
        },
        Imitation {
            name: "English Amazon sign-in, email step only",
            url: "https://account-update.example.com/",
            signals: json!({
                "title": "Amazon Sign-In",
                "lang": "en-us",
                "headings": ["Sign in"],
                "text": "Email or mobile phone number Continue By continuing, you agree to the Conditions of Use.",
                "copyright": ["© 1996-2025, Amazon.com, Inc. or its affiliates"],
                "buttons": ["Continue"],
                "fields": { "email": 1 },
                "favicon_hosts": ["www.amazon.com"],
            }),
            retailer: "amazon",
            matched: "amazon.com",
            severity: Severity::High,
        },
        Imitation {
            name: "Amazon logo and CDN only, no copyright (loose tier)",
            url: "https://plain.example.org/",
            signals: json!({
                "title": "Sign in",
                "img_alts": ["Amazon"],
                "img_hosts": ["m.media-amazon.com"],
                "buttons": ["Sign in"],
            }),
            retailer: "amazon",
            matched: "amazon.com",
            severity: Severity::Medium,
        },
    ]
}

#[test]
fn imitations_are_flagged() {
    let e = engine();
    for c in imitations() {
        let v = e.check_page(c.url, signals(c.signals.clone()));
        assert_eq!(v.verdict, VerdictKind::Lookalike, "{}: {v:?}", c.name);
        assert_eq!(v.retailer.as_deref(), Some(c.retailer), "{}", c.name);
        assert_eq!(v.severity, Some(c.severity), "{}: {:?}", c.name, v.reasons);
        let r = v
            .reasons
            .iter()
            .find(|r| r.kind.as_str() == "impersonated-signin")
            .unwrap_or_else(|| panic!("{}: no impersonated-signin reason", c.name));
        assert!(!r.detail.is_empty(), "{}", c.name);
        // `matched` is the retailer's official domain (the classifier may map it to the marketplace
        // that the URL's own suffix points at).
        let domains = e
            .retailers()
            .into_iter()
            .find(|x| x.id == c.retailer)
            .map(|x| x.domains)
            .unwrap_or_default();
        assert!(
            domains.contains(&r.matched.as_str()),
            "{}: {}",
            c.name,
            r.matched
        );
        if v.severity == Some(Severity::High) {
            assert!(
                v.actions.iter().any(|a| format!("{a:?}") == "FormGuard"),
                "{}: {:?}",
                c.name,
                v.actions
            );
        }
        let _ = c.matched;
    }
}

#[test]
fn imitations_report_the_marketplace_of_their_language() {
    // On a host whose suffix says nothing (`.cn`, `.top`), the page's language decides.
    let e = engine();
    for c in imitations()
        .into_iter()
        .filter(|c| c.url.contains(".cn/") || c.url.contains(".top/"))
    {
        let v = e.check_page(c.url, signals(c.signals));
        let r = v
            .reasons
            .iter()
            .find(|r| r.kind.as_str() == "impersonated-signin");
        assert_eq!(r.map(|r| r.matched.as_str()), Some(c.matched), "{}", c.name);
    }
}

#[test]
fn official_domain_with_the_same_signals_is_official() {
    let e = engine();
    for (url, retailer) in [
        ("https://www.amazon.co.jp/ap/signin", "amazon"),
        ("https://www.amazon.com/ap/signin", "amazon"),
        ("https://login.jp.mercari.com/", "mercari"),
        ("https://grp01.id.rakuten.co.jp/rms/nid/login", "rakuten"),
    ] {
        for c in imitations().into_iter().filter(|c| c.retailer == retailer) {
            let v = e.check_page(url, signals(c.signals));
            assert_eq!(v.verdict, VerdictKind::Official, "{url} with {}", c.name);
            assert_eq!(v.retailer.as_deref(), Some(retailer));
        }
    }
}

#[test]
fn benign_pages_are_not_flagged() {
    let e = engine();
    let cases: Vec<(&str, &str, Value)> = vec![
        (
            "blog reviewing Amazon with affiliate links and a comment login",
            "https://gadget-nikki.example.jp/2025/amazon-kaimono",
            json!({
                "title": "【2025年】Amazonで買ってよかったガジェット10選 | ガジェット日記",
                "lang": "ja",
                "og_site_name": "ガジェット日記",
                "headings": ["Amazonで買ってよかったもの", "1. モバイルバッテリー", "ログイン"],
                "text": "この記事にはアフィリエイトリンクを含みます。Amazonのセールで購入しました。Amazonで見る 楽天で見る ユーザー名 パスワード",
                "copyright": ["© 2025 ガジェット日記"],
                "img_alts": ["モバイルバッテリーの写真", "Amazonで見る", "Amazon"],
                "buttons": ["Amazonで見る", "ログイン"],
                "img_hosts": ["m.media-amazon.com", "gadget-nikki.example.jp"],
                "link_hosts": ["www.amazon.co.jp", "amzn.to", "hb.afl.rakuten.co.jp"],
            }),
        ),
        (
            "store sign-in offering Sign in with Apple",
            "https://www.kobo-zakka.example/account/login",
            json!({
                "title": "ログイン | 工房雑貨",
                "lang": "ja",
                "og_site_name": "工房雑貨",
                "headings": ["ログイン"],
                "text": "メールアドレス パスワード または Appleでサインイン Sign in with Apple",
                "copyright": ["© 2025 工房雑貨"],
                "img_alts": ["工房雑貨", "Apple"],
                "buttons": ["ログイン", "Sign in with Apple", "Appleでサインイン"],
                "script_hosts": ["appleid.cdn-apple.com"],
            }),
        ),
        (
            "Shopify store checkout with Shop Pay and Amazon Pay",
            "https://checkout.tea-house.example/checkouts/cn/abc",
            json!({
                "title": "チェックアウト - 茶の間ストア",
                "lang": "ja",
                "og_site_name": "茶の間ストア",
                "headings": ["お支払い", "配送先"],
                "text": "エクスプレスチェックアウト Shop Pay Amazon Pay PayPal カード番号 有効期限 セキュリティコード Powered by Shopify",
                "img_alts": ["茶の間ストア", "Amazon Pay"],
                "buttons": ["Amazon Pay で支払う", "今すぐ支払う"],
                "fields": { "card": 3, "email": 1, "text": 5 },
                "script_hosts": ["cdn.shopify.com", "static-fe.payments-amazon.com"],
                "css_hosts": ["cdn.shopify.com"],
                "form_action_hosts": ["checkout.tea-house.example"],
            }),
        ),
        (
            "bank sign-in",
            "https://ib.sakuramirai-bank.example.jp/login",
            json!({
                "title": "ログイン | さくら未来銀行",
                "lang": "ja",
                "headings": ["インターネットバンキング ログイン"],
                "text": "契約者番号 ログインパスワード ワンタイムパスワードをご利用ください",
                "copyright": ["Copyright © Sakura Mirai Bank, Ltd. All Rights Reserved."],
                "img_alts": ["さくら未来銀行"],
                "buttons": ["ログイン"],
            }),
        ),
        (
            "webmail sign-in",
            "https://mail.example.net/",
            json!({
                "title": "Sign in - ExampleMail",
                "lang": "en",
                "headings": ["Sign in to your mailbox"],
                "text": "Username Password Keep me signed in Forgot password?",
                "copyright": ["© 2025 ExampleMail"],
                "img_alts": ["ExampleMail"],
                "buttons": ["Sign in"],
            }),
        ),
        (
            "Japanese forum sign-in listing threads about shopping",
            "https://bbs.example.jp/login",
            json!({
                "title": "ログイン - なんでも掲示板",
                "lang": "ja",
                "headings": ["ログイン", "人気のスレッド", "Amazonプライムデーの戦利品", "楽天スーパーSALEまとめ"],
                "text": "ユーザー名 パスワード ログイン状態を保持する 新規登録",
                "copyright": ["© なんでも掲示板"],
                "buttons": ["ログイン"],
            }),
        ),
        (
            "price comparison page naming Amazon, Rakuten and Yahoo!",
            "https://kakaku-hikaku.example/item/123",
            json!({
                "title": "ワイヤレスイヤホン 最安値比較 Amazon・楽天・Yahoo!ショッピング",
                "lang": "ja",
                "headings": ["Amazon", "楽天市場", "Yahoo!ショッピング", "会員ログイン"],
                "text": "Amazon 3,980円 楽天市場 4,100円 Yahoo!ショッピング 4,050円 メールアドレス パスワード",
                "img_alts": ["Amazon", "楽天市場", "Yahoo!ショッピング"],
                "buttons": ["ログイン"],
                "link_hosts": ["www.amazon.co.jp", "item.rakuten.co.jp", "store.shopping.yahoo.co.jp"],
                "img_hosts": ["m.media-amazon.com", "thumbnail.image.rakuten.co.jp"],
            }),
        ),
        (
            "news article about Amazon with a newsletter sign-up",
            "https://news.example.com/tech/amazon-results",
            json!({
                "title": "Amazon reports record holiday sales - Example News",
                "og_site_name": "Example News",
                "headings": ["Amazon reports record holiday sales", "Sign in to comment"],
                "text": "Amazon said on Thursday... Email Password",
                "copyright": ["© 2025 Example News Media"],
                "buttons": ["Sign in"],
            }),
        ),
        (
            "affiliate link only",
            "https://deals.example.org/",
            json!({
                "title": "Sign in",
                "link_hosts": ["www.amazon.co.jp", "amzn.to"],
                "buttons": ["Sign in"],
            }),
        ),
    ];
    for (name, url, s) in cases {
        let v = e.check_page(url, signals(s));
        assert_eq!(
            v.verdict,
            VerdictKind::Unrelated,
            "{name}: {:?} {:?}",
            v.retailer,
            v.reasons
        );
    }
}

#[test]
fn no_form_is_never_assessed() {
    let e = engine();
    let mut s = imitations().remove(0).signals;
    s["fields"] = json!({});
    s["signin_form"] = json!(false);
    let v = e.check_page(
        "https://hgfxc.bduxfks.cn/",
        serde_json::from_value(s).expect("s"),
    );
    assert_eq!(v.verdict, VerdictKind::Unrelated);
}

#[test]
fn disabled_retailer_is_not_reported() {
    let e = Engine::new(Settings {
        disabled_retailers: vec!["amazon".into()],
        ..Settings::default()
    })
    .expect("settings");
    let c = imitations().remove(0);
    let v = e.check_page(c.url, signals(c.signals));
    assert_ne!(v.retailer.as_deref(), Some("amazon"));
}

#[test]
fn hostile_sizes_are_bounded() {
    let e = engine();
    let huge = "Amazon ".repeat(50_000);
    let s = signals(json!({
        "title": huge,
        "text": huge,
        "headings": vec![huge.clone(); 100],
        "img_alts": vec!["Amazon"; 10_000],
        "img_hosts": vec!["m.media-amazon.com"; 10_000],
    }));
    let t = std::time::Instant::now();
    let v = e.check_page("https://x.example/", s);
    assert!(t.elapsed().as_millis() < 500, "{:?}", t.elapsed());
    assert_eq!(v.verdict, VerdictKind::Lookalike);
}
