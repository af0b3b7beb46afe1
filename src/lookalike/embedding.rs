//! Embedding: an official domain or a brand word placed left of a foreign registrable domain, so the
//! start of the address reads like the retailer: `amazon.co.jp.example.top`,
//! `www-amazon-co-jp.example.com` (full official domain, strong), `amazon.example.cn`,
//! `signin-amazon.example.com` (brand word, moderate). Chromium exempts common words from this check
//! and so misses `amazon.co.jp.example.top`; our curated brands get no such exemption. Weak brands
//! (`apple.stackexchange.com`, `ebay.example.org`) need phishing words beside them.

use super::{finding, finding_domain, guards};
use crate::catalog::{Catalog, DomainRole};
use crate::domain::{skeleton, DomainInfo};
use crate::verdict::{Finding, ReasonKind, Strength};

pub fn check(info: &DomainInfo, catalog: &Catalog, out: &mut Vec<Finding>) {
    if info.subdomain_labels.is_empty() {
        return;
    }
    // Pseudo-labels: subdomain labels split on hyphens (`www-amazon-co-jp` → www, amazon, co, jp).
    let pseudo: Vec<&str> = info
        .subdomain_labels
        .iter()
        .flat_map(|l| l.split('-'))
        .filter(|p| !p.is_empty())
        .collect();
    // A full official domain spelled out (2–4 labels: `amazon.co.jp`, `rakuten.co.jp`).
    for start in 0..pseudo.len() {
        for end in (start + 2)..=(start + 4).min(pseudo.len()) {
            let cand = pseudo[start..end].join(".");
            if let Some((owner, role, domain)) = catalog.lookup_host(&cand) {
                if role != DomainRole::Hosting && domain == cand {
                    let brand = cand.split('.').next().unwrap_or("");
                    out.push(finding_domain(
                        ReasonKind::Embedding,
                        owner,
                        &cand,
                        brand,
                        &info.unicode_host,
                        Strength::Strong,
                    ));
                    return;
                }
            }
        }
    }
    // A brand word as a pseudo-label, or starting/ending one with phishing words (`amazonlogin`).
    let skels: Vec<String> = pseudo.iter().map(|p| skeleton(p)).collect();
    for brand in catalog.brands() {
        for (i, p) in pseudo.iter().enumerate() {
            let whole = skels[i] == brand.skeleton;
            let affixed = !whole
                && p.is_ascii()
                && p.len() > brand.token.len()
                && (p
                    .strip_prefix(brand.token.as_str())
                    .is_some_and(guards::is_phishing_vocabulary)
                    || p.strip_suffix(brand.token.as_str())
                        .is_some_and(guards::is_phishing_vocabulary));
            if !(whole || affixed) {
                continue;
            }
            let others: Vec<&str> = pseudo
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, p)| *p)
                .collect();
            let others = others.join("-");
            let vocab_beside = guards::is_phishing_vocabulary(&others) || affixed;
            if brand.weak && !vocab_beside {
                continue;
            }
            let strength = if vocab_beside {
                Strength::Strong
            } else {
                Strength::Moderate
            };
            out.push(finding(
                ReasonKind::Embedding,
                None,
                brand,
                &info.unicode_host,
                strength,
            ));
            return;
        }
    }
}
