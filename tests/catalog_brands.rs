//! The brands added for issues 10/11 (Microsoft, Netflix, Flipkart): made-up look-alikes of each,
//! and the legitimate hosts that must not trigger — above all the everyday words Microsoft's
//! services are named with (live, outlook, office), which are not brand tokens.

#[path = "common/tables.rs"]
mod tables;

use omamori::verdict::{Severity, VerdictKind};

/// (url, retailer, first reason kind, severity).
const LOOKALIKES: &[tables::Row] = &[
    // The official sign-in host spelled out in front of a foreign domain.
    (
        "https://login.microsoftonline.com.auth-session.cfd/",
        "microsoft",
        "embedding",
        Severity::High,
    ),
    (
        "https://www.netflix.com.billing-hold.top/",
        "netflix",
        "embedding",
        Severity::High,
    ),
    // The brand word with account or payment words beside it.
    (
        "https://microsoft-account-verify.top/",
        "microsoft",
        "combosquat",
        Severity::High,
    ),
    (
        "https://netflix-payment-update.com/",
        "netflix",
        "combosquat",
        Severity::High,
    ),
    (
        "https://flipkart-login-offer.shop/",
        "flipkart",
        "combosquat",
        Severity::High,
    ),
    // Slips and look-alike letters.
    (
        "https://micros0ft.com/",
        "microsoft",
        "homoglyph",
        Severity::High,
    ),
    (
        "https://netfl1x.com/",
        "netflix",
        "typosquat",
        Severity::High,
    ),
    (
        "https://flipkrat.com/",
        "flipkart",
        "typosquat",
        Severity::High,
    ),
];

/// Hosts that must not get a lookalike verdict.
const LEGITIMATE: &[(&str, VerdictKind)] = &[
    // The official sign-in, account and mail hosts.
    ("https://login.live.com/", VerdictKind::Official),
    ("https://login.microsoftonline.com/", VerdictKind::Official),
    ("https://account.microsoft.com/", VerdictKind::Official),
    ("https://outlook.live.com/mail/", VerdictKind::Official),
    ("https://login.microsoftonline.us/", VerdictKind::Official),
    ("https://www.netflix.com/login", VerdictKind::Official),
    ("https://help.netflix.com/ja/", VerdictKind::Official),
    (
        "https://www.flipkart.com/account/login",
        VerdictKind::Official,
    ),
    // Microsoft's hosts that serve anyone's content are never official.
    ("https://forms.office.com/r/abc", VerdictKind::Unrelated),
    ("https://contoso.sharepoint.com/", VerdictKind::Unrelated),
    (
        "https://shop-demo.azurewebsites.net/",
        VerdictKind::Unrelated,
    ),
    (
        "https://onedrive.live.com/redir?resid=1",
        VerdictKind::Unrelated,
    ),
    (
        "https://apac01.safelinks.protection.outlook.com/?url=x",
        VerdictKind::Unrelated,
    ),
    // Everyday words Microsoft's services share: not brand words.
    ("https://outlook-tips.blog/", VerdictKind::Unrelated),
    ("https://theoutlook.news/", VerdictKind::Unrelated),
    ("https://livemusic.jp/", VerdictKind::Unrelated),
    ("https://hive.com/", VerdictKind::Unrelated),
    ("https://jive.com/", VerdictKind::Unrelated),
    ("https://life.com/", VerdictKind::Unrelated),
    ("https://officedepot.com/", VerdictKind::Unrelated),
    ("https://office-chair.shop/", VerdictKind::Unrelated),
    ("https://xboxfan.net/", VerdictKind::Unrelated),
    // Words that start like the new brands.
    ("https://netflow.com/", VerdictKind::Unrelated),
    ("https://flipkit.com/", VerdictKind::Unrelated),
    ("https://microscope.com/", VerdictKind::Unrelated),
];

#[test]
fn new_brand_lookalikes() {
    tables::assert_lookalikes(LOOKALIKES);
}

#[test]
fn new_brand_legitimate_hosts_dont_trigger() {
    tables::assert_verdicts(LEGITIMATE);
}

/// Official pages' kinds: a listed sign-in host is a sign-in page even on an owned domain
/// (`login.live.com` on `live.com`); the rest of that domain is not.
#[test]
fn official_sign_in_hosts_are_sign_in_pages() {
    use omamori::verdict::PageKind;
    let e = tables::engine();
    let mut failures = Vec::new();
    for (url, want) in [
        ("https://login.live.com/", PageKind::Signin),
        (
            "https://login.live.com/oauth20_authorize.srf?x=1",
            PageKind::Signin,
        ),
        (
            "https://login.microsoftonline.com/common/",
            PageKind::Signin,
        ),
        ("https://outlook.live.com/mail/", PageKind::Other),
        (
            "https://account.live.com/proofs/manage/additional",
            PageKind::Other,
        ),
        ("https://www.xbox.com/ja-JP/", PageKind::Other),
        ("https://idmsa.apple.com/appleauth/", PageKind::Signin),
        ("https://www.amazon.co.jp/ap/signin", PageKind::Signin),
        ("https://www.amazon.co.jp/dp/B000000000", PageKind::Other),
    ] {
        // checkUrlCompact takes its page kind from the same function (tests/compact.rs holds the two equal).
        let v = e.check_url(url);
        if v.verdict != VerdictKind::Official || v.page_kind != Some(want) {
            failures.push(format!(
                "{url}: {:?} {:?}, want {want:?}",
                v.verdict, v.page_kind
            ));
        }
    }
    assert!(failures.is_empty(), "{failures:#?}");
}

/// A credential form; `extra` adds page signals (written for this test).
fn page(extra: serde_json::Value) -> omamori::PageSignals {
    let mut base =
        serde_json::json!({ "fields": { "email": 1, "password": 1 }, "signin_form": true });
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        b.extend(e.clone());
    }
    serde_json::from_value(base).expect("signals")
}

#[test]
fn new_brand_sign_in_copies_are_flagged() {
    let e = tables::engine();
    for (url, signals, retailer) in [
        (
            "https://auth-mail.qwxz.top/common/login",
            serde_json::json!({
                "title": "Sign in to your Microsoft account",
                "headings": ["Sign in"],
                "buttons": ["Next"],
                "text": "Email, phone, or Skype No account? Create one! Can't access your account?",
                "copyright": ["©2025 Microsoft"],
            }),
            "microsoft",
        ),
        (
            "https://nf-member.xyz/login",
            serde_json::json!({
                "title": "Netflix",
                "headings": ["Sign In"],
                "buttons": ["Sign In"],
                "text": "Email or mobile number Password Remember me New to Netflix? Sign up now.",
                "img_alts": ["Netflix"],
            }),
            "netflix",
        ),
        (
            "https://bigsale-offer.in.net/account/login",
            serde_json::json!({
                "title": "Online Shopping Site for Mobiles, Electronics | Flipkart.com",
                "headings": ["Login"],
                "buttons": ["Login"],
                "text": "Get access to your Orders, Wishlist and Recommendations",
                "copyright": ["© 2007-2025 Flipkart.com"],
            }),
            "flipkart",
        ),
    ] {
        let v = e.check_page(url, page(signals));
        assert_eq!(v.verdict, VerdictKind::Lookalike, "{url}: {v:?}");
        assert_eq!(v.retailer.as_deref(), Some(retailer), "{url}");
    }
}

#[test]
fn pages_that_only_mention_the_new_brands_are_not_flagged() {
    let e = tables::engine();
    for (url, signals) in [
        // A store's own sign-in with a "Sign in with Microsoft" button.
        (
            "https://members.example-store.jp/login",
            serde_json::json!({
                "title": "Example Store | Member sign-in",
                "headings": ["Member sign-in"],
                "buttons": ["Sign in", "Sign in with Microsoft"],
                "copyright": ["© Example Store Inc."],
            }),
        ),
        // An Outlook tips blog with a subscriber login: "Outlook" and "Office" are not brand words.
        (
            "https://outlook-tips.blog/wp-login.php",
            serde_json::json!({
                "title": "Outlook Tips — Log in",
                "headings": ["Log in to Outlook Tips"],
                "buttons": ["Log In"],
                "text": "Weekly tips for Outlook, Office and Live mail users.",
            }),
        ),
        // A streaming news site that writes about Netflix, with its own member login.
        (
            "https://streamnews.example/login",
            serde_json::json!({
                "title": "StreamNews — What's new on Netflix and Prime Video this week",
                "headings": ["StreamNews member login"],
                "buttons": ["Log in"],
                "copyright": ["© StreamNews"],
            }),
        ),
    ] {
        let v = e.check_page(url, page(signals));
        assert_ne!(v.verdict, VerdictKind::Lookalike, "{url}: {v:?}");
    }
}
