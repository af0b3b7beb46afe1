//! Page-signal assessment (`impersonated-signin`) through the public API:
//! `Engine::check_page(url, PageSignals)`. Every signal set here is written for this test (the shapes
//! of real kits, in our own words). Ordinary sites that must not be flagged: tests/signals_benign.rs.

use omamori::verdict::{Severity, VerdictKind};
use omamori::{Engine, Settings};
use serde_json::{json, Value};

#[path = "common/page_signals.rs"]
mod page_signals;
use page_signals::{engine, signals};

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
