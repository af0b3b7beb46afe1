//! Catalog invariants, identity and domains: the hand-edited data in `src/catalog/retailers.toml`
//! is sorted, unique, complete and consistent with the public suffix list (the retailers' pages
//! and links: `tests/catalog_sites.rs`).

use std::collections::HashMap;

use omamori::catalog::{builtin_retailers, form_marks};
use omamori::domain::is_under;

/// Domains listed although the PSL does not make them registrable, each with its reason.
/// `amazon.com.be`: the PSL has `be` but not `com.be`, yet Amazon Belgium lives at amazon.com.be.
const PSL_EXCEPTIONS: &[&str] = &["amazon.com.be"];

const REQUIRED_IDS: &[&str] = &[
    "aeon-card",
    "alibaba",
    "aliexpress",
    "allegro",
    "amazon",
    "american-express",
    "apple",
    "au",
    "au-pay-market",
    "bestbuy",
    "biccamera",
    "costco",
    "docomo",
    "ebay",
    "eki-net",
    "epos-card",
    "etsy",
    "flipkart",
    "isetan-mitsukoshi",
    "japan-post",
    "jcb",
    "line",
    "mercadolibre",
    "mercari",
    "microsoft",
    "mizuho-bank",
    "mufg",
    "netflix",
    "nike",
    "nitori",
    "paypal",
    "paypay",
    "qoo10",
    "rakuten",
    "saison-card",
    "shein",
    "shopify",
    "smbc",
    "smbc-card",
    "softbank",
    "target",
    "temu",
    "uniqlo",
    "walmart",
    "yahoo",
    "yahoo-japan",
    "yamato",
    "yodobashi",
    "zozotown",
];

fn sorted_unique(list: &[&str]) -> bool {
    list.windows(2).all(|w| w[0] < w[1])
}

#[test]
fn retailers_sorted_unique_and_complete() {
    let ids: Vec<&str> = builtin_retailers().iter().map(|r| r.id).collect();
    assert!(
        sorted_unique(&ids),
        "ids must be sorted and unique: {ids:?}"
    );
    for id in REQUIRED_IDS {
        assert!(ids.contains(id), "missing retailer {id}");
    }
}

#[test]
fn lists_sorted_unique() {
    for r in builtin_retailers() {
        for (name, list) in [
            ("brand_tokens", r.brand_tokens),
            ("owners", r.owners),
            ("signin_domains", r.signin_domains),
            ("owned_domains", r.owned_domains),
            ("hosting_domains", r.hosting_domains),
            ("unaffiliated_domains", r.unaffiliated_domains),
            ("signin_hosts", r.signin_hosts),
            ("signin_paths", r.signin_paths),
            ("account_paths", r.account_paths),
            ("weak_tokens", r.weak_tokens),
        ] {
            assert!(
                sorted_unique(list),
                "{}.{name} must be sorted and unique: {list:?}",
                r.id
            );
        }
        assert!(!r.brand_tokens.is_empty(), "{} has no brand token", r.id);
        for t in r.brand_tokens {
            assert!(
                t.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()),
                "{}: token {t}",
                r.id
            );
        }
        for w in r.weak_tokens {
            assert!(
                r.brand_tokens.contains(w),
                "{}: weak token {w} is not a brand token",
                r.id
            );
        }
        assert!(
            !r.name_en.is_empty() && !r.name_ja.is_empty(),
            "{} needs names in both languages",
            r.id
        );
    }
}

#[test]
fn every_domain_is_registrable_and_has_one_owner() {
    let mut owner: HashMap<&str, &str> = HashMap::new();
    for r in builtin_retailers() {
        for list in [r.signin_domains, r.owned_domains] {
            for d in list {
                assert_eq!(
                    d.to_ascii_lowercase(),
                    *d,
                    "{}: {d} must be lower-case",
                    r.id
                );
                assert!(d.is_ascii(), "{}: {d} must be ASCII (punycode)", r.id);
                if !PSL_EXCEPTIONS.contains(d) {
                    assert_eq!(
                        psl::domain_str(d),
                        Some(*d),
                        "{}: {d} is not its own registrable domain",
                        r.id
                    );
                }
                assert!(
                    owner.insert(d, r.id).is_none(),
                    "{d} listed twice ({} and {})",
                    owner[d],
                    r.id
                );
            }
        }
        for d in r.hosting_domains {
            // Hosting domains may be public suffixes themselves (cloudfront.net, myshopify.com), or
            // one host of the retailer's own domain that serves its users' content
            // (onedrive.live.com under live.com).
            let registrable = psl::domain_str(d) == Some(*d);
            let suffix = psl::suffix_str(d) == Some(*d);
            let own_host = r
                .signin_domains
                .iter()
                .chain(r.owned_domains)
                .any(|o| o != d && is_under(d, o));
            assert!(
                registrable || suffix || own_host,
                "{}: hosting domain {d} is neither registrable, a suffix nor a host of its own domains",
                r.id
            );
            assert!(owner.insert(d, r.id).is_none(), "{d} listed twice");
        }
        for d in r.unaffiliated_domains {
            assert_eq!(
                psl::domain_str(d),
                Some(*d),
                "{}: {d} is not registrable",
                r.id
            );
        }
    }
    for d in PSL_EXCEPTIONS {
        assert!(owner.contains_key(d), "stale PSL exception {d}");
    }
}

/// Control names any site's sign-in form may use: never a retailer's form mark (`signals/markup.rs`
/// takes a form mark on a page with no name of its own for a copied sign-in).
const EVERYDAY_CONTROLS: &[&str] = &[
    "code",
    "continue",
    "current_password",
    "email",
    "id_email",
    "id_password",
    "id_username",
    "login",
    "login_email",
    "login_id",
    "login_password",
    "loginid",
    "mail",
    "next",
    "otp",
    "pass",
    "passwd",
    "password",
    "password_current",
    "phone",
    "pw",
    "pwd",
    "remember",
    "remember-me",
    "rememberme",
    "signin",
    "sign-in",
    "submit",
    "tel",
    "user",
    "user_id",
    "userid",
    "username",
];

#[test]
fn form_marks_are_distinctive() {
    let ids: Vec<&str> = builtin_retailers().iter().map(|r| r.id).collect();
    let mut owner: HashMap<&str, &str> = HashMap::new();
    let mut last = "";
    for line in form_marks().lines() {
        let mut words = line.split(' ');
        let id = words.next().unwrap_or_default();
        assert!(
            ids.contains(&id) && id > last,
            "form marks of {id}: a retailer, in catalog order"
        );
        last = id;
        let marks: Vec<&str> = words.collect();
        assert!(
            !marks.is_empty() && marks.windows(2).all(|w| w[0] < w[1]),
            "{id}: marks sorted, unique"
        );
        let r = builtin_retailers()
            .iter()
            .find(|r| r.id == id)
            .expect("retailer");
        for m in &marks {
            // A pair (`tid+tpasswd`): both names on the form; each part follows the rules below, the
            // shorter one 3 characters or more.
            let parts: Vec<&str> = m.split('+').collect();
            assert!(parts.len() <= 2, "{id}: mark {m} is one name or a pair");
            for (k, m) in parts.iter().enumerate() {
                assert!(
                    m.len() >= 5 || (parts.len() == 2 && m.len() >= 3 && parts[1 - k].len() >= 5),
                    "{id}: mark {m} must be 5 characters or more (3 in a pair beside one of 5)"
                );
            }
        }
        for m in marks.iter().flat_map(|m| m.split('+')) {
            assert!(
                m.bytes().all(|b| b.is_ascii_lowercase()
                    || b.is_ascii_digit()
                    || b == b'-'
                    || b == b'_'),
                "{id}: mark {m} must be lower-case ASCII"
            );
            assert!(
                !EVERYDAY_CONTROLS.contains(&m),
                "{id}: {m} is an everyday name"
            );
            // An everyday name that starts with the mark before `-` or `_` would be taken for it.
            assert!(
                !EVERYDAY_CONTROLS
                    .iter()
                    .any(|e| e.strip_prefix(m).is_some_and(|r| r.starts_with(['-', '_']))),
                "{id}: {m} starts an everyday name"
            );
            assert!(
                !r.brand_tokens.iter().any(|t| m.contains(t)),
                "{id}: {m} holds a brand token (a copy keeping it names the brand anyway)"
            );
            if let Some(other) = owner.insert(m, id) {
                panic!("mark {m} belongs to both {other} and {id}");
            }
        }
    }
}
