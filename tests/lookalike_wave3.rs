//! Issue 11, wave 3: dnstwist's `various` shapes (a sign-in domain's name on its country's bare
//! registry), made-up hosts only (none copied from a measured list).

#[path = "common/tables.rs"]
mod tables;

use omamori::verdict::{Severity, VerdictKind};

/// (url, retailer, first reason kind, severity).
const LOOKALIKES: &[(&str, &str, &str, Severity)] = &[
    // The brand's exact name on the bare national registry of a country it trades in under
    // another suffix: weak on its own.
    ("https://rakuten.jp/", "rakuten", "tld-swap", Severity::Low),
    ("https://costco.jp/", "costco", "tld-swap", Severity::Low),
    (
        "https://mizuhobank.jp/",
        "mizuho-bank",
        "tld-swap",
        Severity::Low,
    ),
    // … more with credential words beside it.
    (
        "https://login.rakuten.jp/",
        "rakuten",
        "tld-swap",
        Severity::High,
    ),
    // A number glued after a distinctive brand: junk.
    (
        "https://nitori3344.com/",
        "nitori",
        "combosquat",
        Severity::Low,
    ),
    (
        "https://uniqlo123.top/",
        "uniqlo",
        "combosquat",
        Severity::Medium,
    ),
    // A distinctive brand glued to random letters in a subdomain label.
    (
        "https://rakutenqzt.melodica.net/",
        "rakuten",
        "embedding",
        Severity::Low,
    ),
    // … the longest brand word it holds is the one glued (`mizuhobank`, not `mizuho` + `bank…`).
    (
        "https://mizuhobankqzt.melodica.net/",
        "mizuho-bank",
        "embedding",
        Severity::Low,
    ),
    // Held back (written with the fix, not tuned on): another retailer whose short token is a
    // prefix of its long one.
    (
        "https://saisoncardxvq.harmonia.org/",
        "saison-card",
        "embedding",
        Severity::Low,
    ),
    // A slip of the brand glued to vocabulary.
    (
        "https://rakutanlogin.com/",
        "rakuten",
        "typosquat",
        Severity::High,
    ),
    (
        "https://merkarionline.net/",
        "mercari",
        "typosquat",
        Severity::Medium,
    ),
    // … on the brand's own suffix (`mercari.com`), the slip imitates the domain.
    (
        "https://merkarionline.com/",
        "mercari",
        "typosquat",
        Severity::High,
    ),
    // `id` glued to the brand names its account, even for an everyday-word brand.
    (
        "https://rakutenid-guard.com/",
        "rakuten",
        "combosquat",
        Severity::High,
    ),
    (
        "https://appleid-desk.net/",
        "apple",
        "combosquat",
        Severity::High,
    ),
];

/// Hosts that must not get a lookalike verdict.
const LEGITIMATE: &[(&str, VerdictKind)] = &[
    // A national registration in a country the brand has no catalog domain in: plausibly its own.
    ("https://rakuten.de/", VerdictKind::Unrelated),
    ("https://costco.co.kr/", VerdictKind::Unrelated),
    ("https://mercari.jp/", VerdictKind::Unrelated),
    // An everyday-word brand's name on a national registry stays an ordinary name.
    ("https://line.jp/", VerdictKind::Unrelated),
    ("https://target.jp/", VerdictKind::Unrelated),
    // Ordinary words that start like a brand, and numbered names of everyday-word brands.
    ("https://amazingstore.com/", VerdictKind::Unrelated),
    ("https://line2024.com/", VerdictKind::Unrelated),
    ("https://appleidea.com/", VerdictKind::Unrelated),
    // The account's name alone is the brand's own word for it (often its registration).
    ("https://lineid.com/", VerdictKind::Unrelated),
    // … not on an ordinary TLD, nor an everyday-word brand.
    ("https://smbc.melodica.com/", VerdictKind::Unrelated),
    ("https://line.melodica.top/", VerdictKind::Unrelated),
    // The official domains themselves.
    ("https://www.rakuten.co.jp/", VerdictKind::Official),
    ("https://www.costco.co.jp/", VerdictKind::Official),
];

#[test]
fn wave3_lookalikes() {
    tables::assert_lookalikes(LOOKALIKES);
}

#[test]
fn wave3_legitimate_hosts_dont_trigger() {
    tables::assert_verdicts(LEGITIMATE);
}

#[test]
fn bare_country_registry_of_a_second_level_brand() {
    let c = omamori::catalog::Catalog::new(&[]);
    let cases = [
        ("amazon", "jp", true),      // amazon.co.jp
        ("ebay", "au", true),        // ebay.com.au
        ("amazon", "de", false),     // amazon.de is itself a sign-in domain: no second level
        ("rakuten", "ne.jp", false), // a sibling second level is a restricted registry
        ("mercari", "jp", false),    // mercari.com only
        ("amazon", "co.jp", false),  // the official suffix itself
    ];
    for (label, suffix, want) in cases {
        assert_eq!(
            c.is_official_label_country(label, suffix),
            want,
            "{label} on {suffix}"
        );
    }
}
