//! Catalog invariants, pages and links: every link the hand-edited `src/catalog/retailers.toml`
//! holds is an https page on the retailer's own domains, Japanese retailers have Japanese pages,
//! every Amazon marketplace has its own, and the pages reach the verdicts (identity and domains:
//! `tests/catalog.rs`).

use omamori::catalog::builtin_retailers;
use omamori::domain::is_under;

const AMAZON_MARKETPLACES: &[&str] = &[
    "amazon.co.jp",
    "amazon.com",
    "amazon.ca",
    "amazon.com.mx",
    "amazon.com.br",
    "amazon.co.uk",
    "amazon.de",
    "amazon.fr",
    "amazon.it",
    "amazon.es",
    "amazon.nl",
    "amazon.se",
    "amazon.pl",
    "amazon.com.be",
    "amazon.com.tr",
    "amazon.ae",
    "amazon.sa",
    "amazon.eg",
    "amazon.in",
    "amazon.sg",
    "amazon.com.au",
];

/// Retailers whose home market is Japan: their sites must include Japanese pages.
const JAPANESE: &[&str] = &[
    "aeon-card",
    "amazon",
    "american-express",
    "au",
    "au-pay-market",
    "biccamera",
    "docomo",
    "eki-net",
    "epos-card",
    "isetan-mitsukoshi",
    "japan-post",
    "jcb",
    "line",
    "mercari",
    "mizuho-bank",
    "mufg",
    "nitori",
    "paypay",
    "qoo10",
    "rakuten",
    "saison-card",
    "smbc",
    "smbc-card",
    "softbank",
    "uniqlo",
    "yahoo-japan",
    "yamato",
    "yodobashi",
    "zozotown",
];

fn host_of(url: &str) -> String {
    url::Url::parse(url)
        .unwrap_or_else(|e| panic!("{url}: {e}"))
        .host_str()
        .unwrap_or_else(|| panic!("{url}: no host"))
        .to_string()
}

#[test]
fn sites_are_https_on_own_domains() {
    for r in builtin_retailers() {
        assert!(!r.sites.is_empty(), "{} has no site", r.id);
        let own: Vec<&str> = r
            .signin_domains
            .iter()
            .chain(r.owned_domains)
            .copied()
            .collect();
        for s in r.sites {
            assert!(
                r.signin_domains.contains(&s.domain),
                "{}: site domain {} is not a signin domain",
                r.id,
                s.domain
            );
            assert!(
                s.lang == "ja" || s.lang == "en",
                "{}: lang {}",
                r.id,
                s.lang
            );
            for (what, url) in [
                ("signin_url", s.signin_url),
                ("two_step_url", s.two_step_url),
                ("help_url", s.help_url),
                ("passkey_url", s.passkey_url),
                ("change_password_url", s.change_password_url),
            ]
            .into_iter()
            // The passkey and change-password pages are optional ("" = none known).
            .filter(|(what, url)| {
                !url.is_empty() || !matches!(*what, "passkey_url" | "change_password_url")
            }) {
                assert!(
                    url.starts_with("https://"),
                    "{}: {what} {url} is not https",
                    r.id
                );
                let host = host_of(url);
                assert!(
                    own.iter().any(|d| is_under(&host, d)),
                    "{}: {what} {url} is not on the retailer's domains",
                    r.id
                );
            }
        }
        for h in r.signin_hosts {
            assert!(
                r.signin_domains
                    .iter()
                    .chain(r.owned_domains)
                    .any(|d| is_under(h, d)),
                "{}: signin host {h} not on a signin or owned domain",
                r.id
            );
        }
    }
}

#[test]
fn japanese_retailers_have_japanese_pages() {
    for r in builtin_retailers() {
        if JAPANESE.contains(&r.id) {
            assert!(
                r.sites.iter().any(|s| s.lang == "ja"),
                "{} needs a Japanese site",
                r.id
            );
            assert!(
                !r.brand_tokens_ja.is_empty(),
                "{} needs Japanese brand names",
                r.id
            );
        }
    }
}

#[test]
fn every_amazon_marketplace_has_a_site() {
    let amazon = builtin_retailers()
        .iter()
        .find(|r| r.id == "amazon")
        .expect("amazon in catalog");
    for m in AMAZON_MARKETPLACES {
        assert!(
            amazon.signin_domains.contains(m),
            "amazon signin domain {m}"
        );
        let site = amazon
            .sites
            .iter()
            .find(|s| s.domain == *m)
            .unwrap_or_else(|| panic!("amazon site {m}"));
        assert!(
            host_of(site.two_step_url).ends_with(m),
            "{m}: 2SV settings on its own marketplace"
        );
        // A passkey is registered per marketplace (2factorauth/passkeys, amazon.com.json notes).
        for url in [site.passkey_url, site.change_password_url] {
            assert!(
                url.is_empty() || host_of(url).ends_with(m),
                "{m}: {url} is not on its own marketplace"
            );
        }
    }
    let jp = amazon
        .sites
        .iter()
        .find(|s| s.domain == "amazon.co.jp")
        .expect("co.jp site");
    assert_eq!(jp.lang, "ja");
}

/// Issue 12: passkey and change-password pages reach the verdict and `retailers()` of the marketplace.
#[test]
fn passkey_and_change_password_pages_on_verdicts() {
    let engine = omamori::Engine::new(omamori::Settings::default()).expect("default engine");
    // (URL, passkey page, change-password page)
    let table: &[(&str, Option<&str>, Option<&str>)] = &[
        (
            "https://www.amazon.co.jp/gp/css/homepage.html",
            Some("https://www.amazon.co.jp/ax/account/manage"),
            Some("https://www.amazon.co.jp/ax/account/manage"),
        ),
        (
            "https://www.amazon.de/",
            Some("https://www.amazon.de/ax/account/manage"),
            Some("https://www.amazon.de/ax/account/manage"),
        ),
        // Not in 2factorauth/passkeys' Amazon domains: no passkey claimed.
        (
            "https://www.amazon.pl/",
            None,
            Some("https://www.amazon.pl/ax/account/manage"),
        ),
        (
            "https://www.rakuten.co.jp/",
            None,
            Some("https://profile.id.rakuten.co.jp/account-security"),
        ),
        ("https://unrelated-shop.test/", None, None),
    ];
    for (url, passkey, change) in table {
        let v = engine.check_url(url);
        assert_eq!(v.passkey_url.as_deref(), *passkey, "{url}");
        assert_eq!(v.change_password_url.as_deref(), *change, "{url}");
    }
    let amazon = engine
        .retailers()
        .into_iter()
        .find(|r| r.id == "amazon")
        .expect("amazon");
    assert!(amazon.passkey_url.is_some() && amazon.change_password_url.is_some());
}
