//! URL tricks outside the hostname: deceptive userinfo (`https://amazon.co.jp@evil.test/`), raw IP
//! hosts carrying a brand (`http://192.0.2.7/amazon.co.jp/signin`), and a brand in the path of a
//! sign-in-looking URL on a foreign host (`https://evil.test/amazon/ap/signin`).

use std::sync::OnceLock;

use super::finding_domain;
use super::keywords::SIGNIN_PATH_WORDS;
use crate::catalog::{Catalog, Owner};
use crate::domain::skeleton::skeleton_into;
use crate::domain::DomainInfo;
use crate::substrings::Substrings;
use crate::verdict::{Finding, ReasonKind, Strength};

/// The first official domain or (non-weak) brand word found in `text` (lower-case ASCII).
///
/// Official domains match as substrings (`/amazon.co.jp/`); brand words match as whole words of the
/// text (`/amazon/signin` yes, `/amazonite/` no), by skeleton (`/amaz0n/`).
fn brand_in(text: &str, catalog: &Catalog) -> Option<(Owner, String, String)> {
    // Only retailers whose domain labels occur in the text (every sign-in domain label of three
    // letters or more is a brand token or a label brand in the index); the few shorter labels
    // (`au.com`) are always checked.
    let mut seen = catalog.index().empty();
    catalog.index().add_contained(&mut seen, text);
    let brands = catalog.brands();
    // Both lists ascend (brands are in retailer order): merged in order, once each, no vector.
    let from_brands = seen.iter().filter_map(|k| match brands[k].owner {
        Owner::Retailer(i) => Some(i),
        Owner::UserSite(_) => None,
    });
    let short = catalog.index().short_label_retailers().iter().copied();
    for i in merged(from_brands, short) {
        let r = catalog.retailer(i);
        for d in r.signin_domains {
            if text.contains(d) {
                return Some((
                    Owner::Retailer(i),
                    (*d).to_string(),
                    r.brand_tokens[0].to_string(),
                ));
            }
        }
    }
    let words = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3);
    // One skeleton buffer for all the words (a skeleton rarely outgrows its word: `m` → `rn`).
    let mut s = String::with_capacity(text.len() + 8);
    for w in words {
        skeleton_into(&mut s, w);
        let mut found = catalog
            .index()
            .with_skeleton(&s)
            .iter()
            .map(|&i| &brands[i]);
        if let Some(b) = found.find(|b| !b.weak && !b.label_only) {
            return Some((b.owner, b.primary_domain.clone(), b.token.clone()));
        }
    }
    None
}

/// The values of two ascending sequences, ascending, each once.
fn merged(
    a: impl Iterator<Item = usize>,
    b: impl Iterator<Item = usize>,
) -> impl Iterator<Item = usize> {
    let (mut a, mut b) = (a.peekable(), b.peekable());
    let mut last = None;
    std::iter::from_fn(move || loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x <= y => a.next(),
            (_, Some(_)) => b.next(),
            _ => a.next(),
        }?;
        if last != Some(next) {
            last = Some(next);
            return last;
        }
    })
}

/// One pass over the path for all the words (sixteen `str::contains` searches cost more than the
/// rest of an unrelated URL's check). Built once.
fn signin_looking(path: &str) -> bool {
    static WORDS: OnceLock<Substrings> = OnceLock::new();
    WORDS
        .get_or_init(|| Substrings::new(SIGNIN_PATH_WORDS))
        .any_in(path)
}

pub fn check(info: &DomainInfo, catalog: &Catalog, out: &mut Vec<Finding>) {
    let user = info.url.username();
    if !user.is_empty() || info.url.password().is_some() {
        let userinfo =
            format!("{}:{}", user, info.url.password().unwrap_or("")).to_ascii_lowercase();
        let decoded = userinfo.replace("%2e", ".").replace("%40", "@");
        if let Some((owner, domain, brand)) = brand_in(&decoded, catalog) {
            out.push(finding_domain(
                ReasonKind::DeceptiveUserinfo,
                owner,
                &domain,
                &brand,
                user,
                Strength::Strong,
            ));
        }
    }
    if info.url.path() == "/" && info.url.query().is_none() && info.ip.is_none() {
        return; // nothing in the path to look at (the common case for a bare site)
    }
    let path = info.path_and_query_lower();
    if info.ip.is_some() {
        if let Some((owner, domain, brand)) = brand_in(&path, catalog) {
            out.push(finding_domain(
                ReasonKind::IpHost,
                owner,
                &domain,
                &brand,
                &info.hostname,
                Strength::Strong,
            ));
        }
        return;
    }
    if signin_looking(&path) {
        if let Some((owner, domain, brand)) = brand_in(&path, catalog) {
            out.push(finding_domain(
                ReasonKind::BrandInPath,
                owner,
                &domain,
                &brand,
                info.url.path(),
                Strength::Moderate,
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merged_ascends_once_each() {
        for (a, b, want) in [
            (vec![], vec![], vec![]),
            (vec![1, 1, 4], vec![], vec![1, 4]),
            (vec![], vec![2, 3], vec![2, 3]),
            (vec![0, 2, 2, 5, 9], vec![2, 3, 9], vec![0, 2, 3, 5, 9]),
        ] {
            let got: Vec<usize> = merged(a.iter().copied(), b.iter().copied()).collect();
            assert_eq!(got, want, "{a:?} {b:?}");
        }
    }

    #[test]
    fn brands_are_in_retailer_order() {
        // `brand_in` merges the owners of found brands with the short-label retailers as two
        // ascending lists.
        let catalog = Catalog::new(&["example.com".to_string()]);
        let owners: Vec<usize> = catalog
            .brands()
            .iter()
            .filter_map(|b| match b.owner {
                Owner::Retailer(i) => Some(i),
                Owner::UserSite(_) => None,
            })
            .collect();
        assert!(owners.windows(2).all(|w| w[0] <= w[1]));
        let short = catalog.index().short_label_retailers();
        assert!(!short.is_empty() && short.windows(2).all(|w| w[0] < w[1]));
    }
}
