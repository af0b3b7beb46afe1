//! Combosquats and TLD swaps: the brand word plus extra words (`amazon-login.com`,
//! `secure-rakuten.net`, `amazonjp-support.xyz`) or on a suffix the retailer does not own
//! (`amazon.shop`, `amazon-jp.top`, `amazon-co-jp.com`).
//!
//! A brand inside an unrelated word is not a match: `applebees.com` (apple + bees),
//! `thepiratebay.org` (… + ebay), `pineapple.com`: what surrounds the brand must itself be phishing
//! vocabulary or country codes (`guards::is_phishing_vocabulary`).

use super::{finding, guards, typosquat, Parts};
use crate::catalog::Brand;
use crate::domain::DomainInfo;
use crate::verdict::{Finding, ReasonKind, Strength};

/// Words in a combosquat that speak of credentials: they make it a strong finding.
const CREDENTIAL_WORDS: &[&str] = &[
    "account", "auth", "login", "password", "secure", "security", "signin", "update", "verify",
];

fn credential_words_in(rest: &str) -> bool {
    CREDENTIAL_WORDS.iter().any(|w| rest.contains(w))
}

pub fn check(info: &DomainInfo, brand: &Brand, parts: &Parts<'_>, out: &mut Vec<Finding>) {
    let label = info.brand_label.as_str();
    let token = brand.token.as_str();
    for (i, (part, part_skel)) in parts.parts.iter().enumerate() {
        let others: Vec<&str> = parts
            .parts
            .iter()
            .enumerate()
            .filter(|(j, _)| *j != i)
            .map(|(_, (p, _))| *p)
            .collect();
        let others = others.join("-");
        // The brand is a whole part (`amazon-login`, `amaz0n-jp`) or the whole label (`amazon.shop`).
        if *part_skel == brand.skeleton {
            if parts.parts.len() == 1 {
                if *part == token && !brand.weak {
                    out.push(finding(
                        ReasonKind::TldSwap,
                        None,
                        brand,
                        label,
                        Strength::Moderate,
                    ));
                }
                return;
            }
            report(brand, label, &others, out);
            return;
        }
        // The brand starts or ends a part (`amazonjp-support`, `secureamazon`).
        if part.is_ascii() {
            if let Some(pos) = part.find(token) {
                let rest = format!("{}-{}-{}", &part[..pos], &part[pos + token.len()..], others);
                let before = &part[..pos];
                let after = &part[pos + token.len()..];
                let ok_before = before.is_empty() || guards::is_phishing_vocabulary(before);
                let ok_after = after.is_empty() || guards::is_phishing_vocabulary(after);
                if ok_before && ok_after {
                    report(brand, label, &rest, out);
                    return;
                }
            }
        }
        // A typo of the brand plus phishing words (`amazn-login`).
        if parts.parts.len() > 1 && !brand.weak && guards::is_phishing_vocabulary(&others) {
            if let Some(v) = typosquat::classify(part, token) {
                out.push(finding(
                    ReasonKind::Typosquat,
                    Some(v),
                    brand,
                    label,
                    Strength::Moderate,
                ));
                return;
            }
        }
    }
}

/// `rest` is what the label holds besides the brand.
fn report(brand: &Brand, label: &str, rest: &str, out: &mut Vec<Finding>) {
    if guards::is_tld_like(rest) {
        out.push(finding(
            ReasonKind::TldSwap,
            None,
            brand,
            label,
            Strength::Moderate,
        ));
    } else if guards::is_phishing_vocabulary(rest) {
        let s = if credential_words_in(rest) {
            Strength::Strong
        } else {
            Strength::Moderate
        };
        out.push(finding(ReasonKind::Combosquat, None, brand, label, s));
    } else if !brand.weak && rest.len() >= 3 {
        // `amazon-fanclub`: the brand as a whole word with something unknown beside it.
        out.push(finding(
            ReasonKind::Combosquat,
            None,
            brand,
            label,
            Strength::Weak,
        ));
    }
}
