//! Embedding: an official domain or a brand word placed left of a foreign registrable domain, so the
//! start of the address reads like the retailer: `amazon.co.jp.example.top`,
//! `www-amazon-co-jp.example.com`, `amazon_co_jp.example.rest` (full official domain, strong), `amazon.example.cn`,
//! `signin-amazon.example.com` (brand word, moderate). Chromium exempts common words from this check
//! and so misses `amazon.co.jp.example.top`; our curated brands get no such exemption. Weak brands
//! (`apple.stackexchange.com`, `ebay.example.org`) need phishing words beside them.

use super::{finding, finding_domain, guards, typosquat};
use crate::catalog::{Catalog, DomainRole};
use crate::domain::skeleton::skeleton_into;
use crate::domain::{skeleton, DomainInfo};
use crate::verdict::{Finding, ReasonKind, Strength};

pub fn check(info: &DomainInfo, catalog: &Catalog, out: &mut Vec<Finding>) {
    if !info.has_subdomain() {
        return;
    }
    // Pseudo-labels: subdomain labels split on hyphens (`www-amazon-co-jp` → www, amazon, co, jp).
    let pieces = || {
        info.subdomain_labels()
            .flat_map(|l| l.split(['-', '_']))
            .filter(|p| !p.is_empty())
    };
    // A full official domain spelled out (2–4 labels: `amazon.co.jp`, `rakuten.co.jp`).
    if pieces().nth(1).is_some() {
        let pseudo: Vec<&str> = pieces().collect();
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
                            info.unicode_host(),
                            Strength::Strong,
                        ));
                        return;
                    }
                }
            }
        }
    }
    // A brand word as a pseudo-label (`amazon`, `amaz0n`, `amazon6`), a typo of one (`rakutenn`,
    // `amazone`), or one glued to phishing words (`amazonlogin`).
    // Only brands one of the tests below could pass: same skeleton, token plus digits, token inside,
    // token length for a typo. Found first, over one skeleton buffer: most hosts (`www.`) have
    // none, and then no pseudo-label list or skeleton strings are built.
    let index = catalog.index();
    let mut candidates = index.empty();
    let mut skel = String::new();
    for p in pieces() {
        skeleton_into(&mut skel, p);
        index.add_skeleton(&mut candidates, &skel);
        index.add_token(
            &mut candidates,
            p.trim_end_matches(|c: char| c.is_ascii_digit()),
        );
        index.add_contained(&mut candidates, p);
        index.add_typo(&mut candidates, p);
    }
    let brands = catalog.brands();
    if !candidates.iter().any(|i| !brands[i].label_only) {
        return;
    }
    let pseudo: Vec<&str> = pieces().collect();
    let skels: Vec<String> = pseudo.iter().map(|p| skeleton(p)).collect();
    for brand in candidates
        .iter()
        .map(|i| &brands[i])
        .filter(|b| !b.label_only)
    {
        let token = brand.token.as_str();
        for (i, p) in pseudo.iter().enumerate() {
            let digits_trimmed = p.trim_end_matches(|c: char| c.is_ascii_digit());
            let whole = skels[i] == brand.skeleton
                || (digits_trimmed.len() < p.len() && digits_trimmed == token);
            let affixed = !whole
                && p.is_ascii()
                && p.len() > token.len()
                && (p
                    .strip_prefix(token)
                    .is_some_and(guards::is_phishing_vocabulary)
                    || p.strip_suffix(token)
                        .is_some_and(guards::is_phishing_vocabulary));
            let typo = !whole
                && !affixed
                && !brand.weak
                && typosquat::classify(p, token).is_some_and(|v| {
                    !guards::is_likely_edit_distance_false_positive(p, token, v, false)
                });
            if !(whole || affixed || typo) {
                continue;
            }
            let others: Vec<&str> = pseudo
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, p)| *p)
                .collect();
            let others = others.join("-");
            // Any phishing word beside it (`idsma.apple-helpdesk.terms.login…`) counts.
            let vocab_beside = guards::has_phishing_word(&others) || affixed;
            // A short distinctive brand as a whole label over a random-looking registered name
            // (`cr.mufg.swfyq.cn`, `smbc.bs88.bar`) or any name on an abused TLD
            // (`jcb.kelomira.top`): the name is throw-away, the brand the point.
            let throwaway = whole
                && brand.weak
                && !brand.everyday
                && info.suffix_is_icann
                && (super::embedded_domain::looks_random(info.brand_label())
                    || super::vocabulary::is_abused_tld(info.suffix()));
            if (brand.weak || typo)
                && !vocab_beside
                && !throwaway
                && !(typo && whole_label_typo(info, i))
            {
                continue;
            }
            let strength = if vocab_beside && !typo {
                Strength::Strong
            } else {
                Strength::Moderate
            };
            out.push(finding(
                ReasonKind::Embedding,
                None,
                brand,
                info.unicode_host(),
                strength,
            ));
            return;
        }
    }
}

/// Whether pseudo-label `i` is a whole subdomain label (not a hyphen piece): `rakutenn.example.xyz`
/// yes, `my-rakutenn.example.xyz` no.
fn whole_label_typo(info: &DomainInfo, i: usize) -> bool {
    let mut k = 0;
    for label in info.subdomain_labels() {
        let pieces = label.split(['-', '_']).filter(|p| !p.is_empty()).count();
        if i < k + pieces {
            return pieces == 1;
        }
        k += pieces;
    }
    false
}
