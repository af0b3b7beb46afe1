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
