//! Combosquats and TLD swaps: the brand word plus extra words (`amazon-login.com`,
//! `secure-rakuten.net`, `amazonjp-support.xyz`) or on a suffix the retailer does not own
//! (`amazon.shop`, `amazon-jp.top`, `amazon-co-jp.com`).
//!
//! A brand inside an unrelated word is not a match: `applebees.com` (apple + bees),
//! `thepiratebay.org` (… + ebay), `pineapple.com`: what surrounds the brand must itself be phishing
//! vocabulary or country codes (`guards::is_phishing_vocabulary`).

use super::{finding, guards, keywords, typosquat, Parts};
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
        // Built only once a part matches: this loop runs for every brand on every URL.
        let others = || -> String {
            let v: Vec<&str> = parts
                .parts
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, (p, _))| *p)
                .collect();
            v.join("-")
        };
        // The brand is a whole part (`amazon-login`, `amaz0n-jp`) or the whole label (`amazon.shop`).
        if *part_skel == brand.skeleton {
            if parts.parts.len() == 1 {
                let national =
                    guards::is_plausible_national_registration(&info.suffix, info.suffix_is_icann);
                if *part == token && !brand.weak && !national {
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
            if *part != token {
                // `amaz0n-co-jp`: the brand part itself is a homoglyph.
                out.push(finding(
                    ReasonKind::Homoglyph,
                    Some(super::homoglyph::variant(part)),
                    brand,
                    label,
                    Strength::Strong,
                ));
            }
            report(brand, label, "", &others(), out);
            return;
        }
        // The brand starts or ends a part (`amazonjp-support`, `secureamazon`).
        if part.is_ascii() {
            if let Some(pos) = find_bytes(part, token) {
                let glued = format!("{}{}", &part[..pos], &part[pos + token.len()..]);
                if guards::is_glued_vocabulary(&glued) {
                    report(brand, label, &glued, &others(), out);
                    return;
                }
            }
        }
        // A typo of the brand plus phishing words (`amazn-login`).
        if parts.parts.len() > 1 && !brand.weak {
            if let Some(v) = typosquat::classify(part, token)
                .filter(|_| guards::is_phishing_vocabulary(&others()))
            {
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

/// `glued` is what the brand's own part holds besides it (`jp` in `amazonjp`); `rest` the other
/// hyphen-separated parts.
fn report(brand: &Brand, label: &str, glued: &str, rest: &str, out: &mut Vec<Finding>) {
    let glued_tld = glued.is_empty() || keywords::segments_into(glued, &[keywords::GLUED_TLD_LIKE]);
    let rest_tld = rest.is_empty() || guards::is_tld_like(rest);
    let rest_vocab = rest.is_empty() || guards::is_phishing_vocabulary(rest);
    let rest = format!("{glued}-{rest}");
    if glued_tld && rest_tld {
        out.push(finding(
            ReasonKind::TldSwap,
            None,
            brand,
            label,
            Strength::Moderate,
        ));
    } else if rest_vocab {
        let s = if credential_words_in(&rest) {
            Strength::Strong
        } else {
            Strength::Moderate
        };
        out.push(finding(ReasonKind::Combosquat, None, brand, label, s));
    } else if !brand.weak && guards::has_phishing_word(&rest) {
        // `amazon-user-2019`, `amazon-verificationn`: the brand with phishing words among others.
        out.push(finding(
            ReasonKind::Combosquat,
            None,
            brand,
            label,
            Strength::Weak,
        ));
    }
}

/// Byte-window search: brand tokens are a few letters, and `str::find` builds a two-way searcher
/// per call, which dominated the profile (this runs for every brand on every URL).
fn find_bytes(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    h.windows(n.len()).position(|w| w == n)
}
