//! Table-driven tests of the whole pipeline through the public API, including the
//! "legitimate domains don't trigger" group. The cases are `tests/cases/urls.txt`; the same table
//! runs in WASM (`tests/wasm.rs`).

mod cases;

use cases::Case;
use omamori::verdict::{Action, PageKind, Severity, VerdictKind};
use omamori::{Engine, Settings};

fn engine() -> Engine {
    Engine::new(Settings::default()).expect("default settings")
}

fn check_table(table: &[Case]) {
    let e = engine();
    let mut failures = Vec::new();
    assert!(!table.is_empty(), "an empty table tests nothing");
    for Case {
        url,
        verdict,
        retailer,
        kind,
        variant,
    } in table
    {
        let v = e.check_url(url);
        let json = serde_json::to_value(&v).expect("verdict serializes");
        let got_kind = json["reasons"][0]["kind"].as_str();
        let got_variant = json["reasons"][0]["variant"].as_str();
        if json["verdict"] != verdict.as_str()
            || json["retailer"].as_str() != retailer.as_deref()
            || got_kind != kind.as_deref()
            || (variant.is_some() && got_variant != variant.as_deref())
        {
            failures.push(format!(
                "{url}: want {verdict} {retailer:?} {kind:?}/{variant:?}, got {} {} {got_kind:?}/{got_variant:?}",
                json["verdict"], json["retailer"]
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn official_sites() {
    check_table(&cases::load().official);
}

#[test]
fn lookalikes() {
    check_table(&cases::load().lookalike);
}

#[test]
fn legitimate_domains_dont_trigger() {
    check_table(&cases::load().legitimate);
}

#[test]
fn malformed_input_is_invalid_not_a_crash() {
    let e = engine();
    let invalid = cases::load().invalid;
    assert!(!invalid.is_empty());
    for input in &invalid {
        let v = e.check_url(input);
        assert_eq!(v.verdict, VerdictKind::Invalid, "{input:?}");
        assert!(
            v.error.as_deref().is_some_and(|m| !m.is_empty()),
            "{input:?} needs an error message"
        );
    }
}

#[test]
fn severity_and_actions() {
    let e = engine();
    let high = e.check_url("https://amazon.co.jp.example.top/");
    assert_eq!(high.severity, Some(Severity::High));
    assert_eq!(
        high.actions,
        vec![Action::Badge, Action::Banner, Action::FormGuard]
    );
    assert_eq!(
        high.official_url.as_deref(),
        Some("https://www.amazon.co.jp/ap/signin")
    );
    let medium = e.check_url("https://amazon.shop/");
    assert_eq!(medium.severity, Some(Severity::Medium));
    assert_eq!(medium.actions, vec![Action::Badge, Action::Banner]);
    let unrelated = e.check_url("https://example.com/");
    assert!(unrelated.actions.is_empty() && unrelated.severity.is_none());
}

#[test]
fn official_page_kinds_and_marketplace_links() {
    let e = engine();
    let v = e.check_url("https://www.amazon.de/ap/signin?openid.return_to=x");
    assert_eq!(v.page_kind, Some(PageKind::Signin));
    assert_eq!(
        v.two_step_url.as_deref(),
        Some("https://www.amazon.de/a/settings/approval")
    );
    assert!(v.actions.contains(&Action::TwoStepReminder));
    let v = e.check_url("https://www.amazon.co.jp/dp/B000000000");
    assert_eq!(v.page_kind, Some(PageKind::Other));
    assert!(!v.actions.contains(&Action::TwoStepReminder));
    let v = e.check_url("https://login.yahoo.co.jp/config/login");
    assert_eq!(v.page_kind, Some(PageKind::Signin));
}

#[test]
fn lookalike_names_the_imitated_marketplace() {
    let e = engine();
    for (url, matched) in [
        ("https://amzon.co.jp/", "amazon.co.jp"),
        ("https://amzon.de/", "amazon.de"),
        ("https://amazon-co-jp-login.com/", "amazon.co.jp"),
        ("https://amazon-jp.top/", "amazon.co.jp"),
    ] {
        assert_eq!(e.check_url(url).reasons[0].matched, matched, "{url}");
    }
}

/// Without a marketplace in the address, reasons name the retailer's marketplace in the UI
/// language, as its users know it; an address that shows one keeps it in either language.
#[test]
fn lookalike_reasons_follow_the_ui_language() {
    let with_lang = |lang: &str| {
        Engine::new(Settings {
            lang: Some(lang.into()),
            ..Settings::default()
        })
        .unwrap()
    };
    let (ja, en) = (with_lang("ja"), with_lang("en"));
    for (url, want_ja, want_en) in [
        (
            "https://rakuten-login.com/",
            "rakuten.co.jp",
            "rakuten.co.jp",
        ),
        ("https://rakuten-jp.top/", "rakuten.co.jp", "rakuten.co.jp"),
        ("https://rakutne.co.jp/", "rakuten.co.jp", "rakuten.co.jp"),
        (
            "https://mercari-login.xyz/",
            "jp.mercari.com",
            "mercari.com",
        ),
        ("https://merkari.com/", "jp.mercari.com", "mercari.com"),
        ("https://amazon-login.xyz/", "amazon.co.jp", "amazon.com"),
        ("https://amzon.de/", "amazon.de", "amazon.de"),
        (
            "https://amazon-co-uk-login.com/",
            "amazon.co.uk",
            "amazon.co.uk",
        ),
        ("https://amazom.com/", "amazon.com", "amazon.com"),
    ] {
        for (engine, want) in [(&ja, want_ja), (&en, want_en)] {
            let v = engine.check_url(url);
            assert_eq!(v.verdict, VerdictKind::Lookalike, "{url}");
            assert_eq!(v.reasons[0].matched, want, "{url}");
        }
    }
    // The official link follows the named marketplace.
    let v = ja.check_url("https://amazon-login.xyz/");
    assert_eq!(
        v.official_url.as_deref(),
        Some("https://www.amazon.co.jp/ap/signin")
    );
}

#[test]
fn settings_change_the_outcome() {
    let off = Engine::new(Settings {
        disabled_retailers: vec!["amazon".into()],
        ..Settings::default()
    })
    .unwrap();
    assert_eq!(
        off.check_url("https://amzon.co.jp/").verdict,
        VerdictKind::Unrelated
    );
    let trusted = Engine::new(Settings {
        trusted_domains: vec!["amazon.shop".into()],
        ..Settings::default()
    })
    .unwrap();
    let v = trusted.check_url("https://amazon.shop/");
    assert_eq!(v.verdict, VerdictKind::Lookalike);
    assert!(v.trusted && v.actions.is_empty());
    let user = Engine::new(Settings {
        user_sites: vec!["https://www.mybank-online.co.jp/".into()],
        ..Settings::default()
    })
    .unwrap();
    let v = user.check_url("https://mybank-onlime.co.jp/");
    assert_eq!(v.verdict, VerdictKind::Lookalike);
    assert_eq!(v.retailer.as_deref(), Some("user:mybank-online.co.jp"));
    assert_eq!(v.reasons[0].kind.as_str(), "user-site-lookalike");
    assert_eq!(
        user.check_url("https://www.mybank-online.co.jp/").verdict,
        VerdictKind::Official
    );
    let low = Engine::new(Settings::from_json(r#"{"sensitivity":"low"}"#).unwrap()).unwrap();
    assert_eq!(
        low.check_url("https://amazon.shop/").actions,
        vec![Action::Badge]
    );
    assert!(Engine::new(Settings {
        disabled_retailers: vec!["nope".into()],
        ..Settings::default()
    })
    .is_err());
    assert!(Engine::new(Settings {
        user_sites: vec!["co.jp".into()],
        ..Settings::default()
    })
    .is_err());
}

#[test]
fn retailers_listing() {
    let list = engine().retailers();
    assert!(list.len() >= 25);
    assert!(list
        .iter()
        .all(|r| r.enabled && r.official_url.starts_with("https://")));
    // Each retailer's main marketplace first (楽天: rakuten.co.jp, not fril.jp).
    let first = |id: &str| list.iter().find(|r| r.id == id).map(|r| r.domains[0]);
    assert_eq!(first("rakuten"), Some("rakuten.co.jp"));
    assert_eq!(first("amazon"), Some("amazon.com"));
    let ja = Engine::new(Settings {
        lang: Some("ja".into()),
        ..Settings::default()
    })
    .unwrap()
    .retailers();
    assert_eq!(
        ja.iter().find(|r| r.id == "amazon").map(|r| r.domains[0]),
        Some("amazon.co.jp")
    );
}
