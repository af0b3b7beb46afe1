//! Combosquats and TLD swaps: the brand word plus extra words (`amazon-login.com`,
//! `secure-rakuten.net`, `amazonjp-support.xyz`) or on a suffix the retailer does not own
//! (`amazon.shop`, `amazon-jp.top`, `amazon-co-jp.com`).
//!
//! A brand inside an unrelated word is not a match: `applebees.com` (apple + bees),
//! `thepiratebay.org` (… + ebay), `pineapple.com`, `amazonas.gov.br`: what is glued to the brand must
//! be vocabulary (`amazonrogin`, `rakutenstore`) or random junk (`amazonsjhf`). A brand standing as
//! a whole hyphen part is a match whatever stands beside it (`black-amazon.com`, weak evidence);
//! `score` weighs what does.

use super::beside::{beside, holds_phishing_word, is_credential, is_junk, CREDENTIAL_WORDS};
use super::score::{Evidence, Form};
use super::{finding, guards, keywords, typosquat, vocabulary, Parts};
use crate::catalog::{Brand, Catalog};
use crate::domain::{split_byte, DomainInfo};
use crate::verdict::{Finding, ReasonKind, Strength};

/// The evidence every brand form shares: where the name is registered and how weak the brand is.
pub fn base_evidence(info: &DomainInfo, brand: &Brand, catalog: &Catalog, form: Form) -> Evidence {
    let mut e = Evidence::new(form);
    e.same_suffix = catalog.is_official_label_suffix(&brand.token, info.suffix())
        || catalog.is_owner_suffix(brand.owner, info.suffix());
    e.abused_tld = info.suffix_is_icann && vocabulary::is_abused_tld(info.suffix());
    e.free_hosting = !info.suffix_is_icann && info.suffix().contains('.');
    e.weak_brand = brand.weak;
    e.everyday_brand = brand.everyday;
    // Phishing words in the subdomain stand beside the name too
    // (`needupdateto.importantforamazoncard.icu`).
    for l in info.subdomain_labels().flat_map(|l| split_byte(l, b'-')) {
        e.credential_words |= is_credential(l);
        e.phishing_words |= holds_phishing_word(l);
    }
    e
}

pub fn check(
    info: &DomainInfo,
    brand: &Brand,
    catalog: &Catalog,
    parts: &Parts<'_>,
    out: &mut Vec<Finding>,
) {
    let label = info.brand_label();
    if brand.label_only
        && label != brand.token
        && !catalog.is_official_label_suffix(&brand.token, info.suffix())
    {
        // A domain label (`fril`), matched beside words only on its own suffix; alone it is
        // the sign-in domain's name on another suffix (`fril.shop`), a TLD swap.
        return;
    }
    let token = brand.token.as_str();
    let base = |form| base_evidence(info, brand, catalog, form);
    for (i, (part, part_skel)) in parts.parts().iter().enumerate() {
        // Built only once a part matches: this loop runs for every brand on every URL.
        let others = || -> String {
            let v: Vec<&str> = parts
                .parts()
                .iter()
                .enumerate()
                .filter(|(j, _)| *j != i)
                .map(|(_, (p, _))| *p)
                .collect();
            v.join("-")
        };
        // The brand is a whole part (`amazon-login`, `amaz0n-jp`) or the whole label (`amazon.shop`).
        if *part_skel == brand.skeleton {
            if parts.parts().len() == 1 {
                let national =
                    guards::is_plausible_national_registration(info.suffix(), info.suffix_is_icann);
                // A registration: under an ICANN suffix or a hosting service's (not a reserved
                // or unknown TLD such as `.example`, where nobody can register the name).
                let registered = info.suffix_is_icann || info.suffix().contains('.');
                // The exact name on the bare registry of a country where the brand signs in under a
                // second-level suffix (`amazon.jp` for `amazon.co.jp`, `ebay.au` for
                // `ebay.com.au`): the bare ccTLD is open to anyone, the shopper knows the domain
                // ends in that country code (dnstwist's `various`). Weak evidence (low: a
                // credential page warns). Sibling second-levels (`rakuten.ne.jp`) are restricted
                // registries and stay national registrations.
                let home = national && catalog.is_official_label_country(token, info.suffix());
                if *part == token && (!national || home) && registered {
                    // On free hosting the whole label is an account name there, not a registration.
                    let mut e = base(Form::WholeLabel);
                    e.national = home;
                    if e.free_hosting {
                        e.form = Form::Part;
                    }
                    // A short domain label (`shop` of `shop.app`) may be an everyday word: no
                    // brand word vouches for it.
                    e.everyday_brand |= brand.label_only && brand.weak;
                    if let Some(s) = e.strength() {
                        out.push(finding(ReasonKind::TldSwap, None, brand, label, s));
                    }
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
            report(info, brand, catalog, "", &others(), out);
            return;
        }
        // The brand starts or ends a part (`amazonjp-support`, `secureamazon`, `amazonsjhf`).
        if part.is_ascii() {
            if let Some(pos) = find_bytes(part, token) {
                let glued = format!("{}{}", &part[..pos], &part[pos + token.len()..]);
                // `amazonae`: a single country code glued after the brand is a TLD swap.
                let country = pos == 0 && keywords::contains(keywords::TLD_LIKE, &glued);
                if country || guards::is_glued_vocabulary(&glued) {
                    report(info, brand, catalog, &glued, &others(), out);
                    return;
                }
                // A number glued after a distinctive brand (`rakuten4821`): a throw-away
                // registration's serial, as random as letters (`line6` of an everyday word is not).
                let number = pos == 0
                    && glued.len() >= 2
                    && !brand.weak
                    && glued.bytes().all(|b| b.is_ascii_digit());
                let junk = is_junk(&glued) || number;
                if junk || !(brand.weak || brand.label_only) {
                    // `amazonsjhf`, `mercaribl`: the brand glued to random letters; `rakutenfree`,
                    // `znewamazon`: a distinctive brand glued to other words (weaker still:
                    // `amazonas.gov.br` is a place, and stays below the threshold).
                    let mut e = base(if junk { Form::GluedJunk } else { Form::Glued });
                    e.junk = junk;
                    // An English credential word inside the glued text (`rakutenincjpaccount`),
                    // or the label ending in the retailer's country code after the brand and junk
                    // (`amazonncconzjjp`: `amazon…jp` for `amazon.co.jp`).
                    e.credential_words |= CREDENTIAL_WORDS
                        .iter()
                        .any(|w| w.len() >= 5 && glued.contains(w));
                    e.other_vocabulary |= pos == 0
                        && glued.len() > 2
                        && part.len() == label.len()
                        && ends_with_own_country(label, brand);
                    beside(&others()).apply(&mut e);
                    if let Some(s) = e.strength() {
                        out.push(finding(ReasonKind::Combosquat, None, brand, label, s));
                        return;
                    }
                    continue; // another part may hold the brand alone (`aamazon-amazon`)
                }
            }
        }
        // A typo of the brand plus phishing words (`amazn-login`).
        if parts.parts().len() > 1 && !brand.weak {
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
/// hyphen-separated parts. The brand stands as a word here: scored as [`Form::Part`].
fn report(
    info: &DomainInfo,
    brand: &Brand,
    catalog: &Catalog,
    glued: &str,
    rest: &str,
    out: &mut Vec<Finding>,
) {
    let label = info.brand_label();
    let glued_tld = glued.is_empty()
        || keywords::contains(keywords::TLD_LIKE, glued)
        || keywords::segments_into(glued, &[keywords::GLUED_TLD_LIKE]);
    let rest_tld = rest.is_empty() || guards::is_tld_like(rest);
    let all = format!("{glued}-{rest}");
    let b = beside(&all);
    // Glued to generic words (`rakutenstore`, `shopifyapps`): weaker than a hyphen part, unless
    // the glued text is a country code (`amazonjp`) or credential words (`amazonrogin`).
    let form = if glued.is_empty() || glued_tld || b.credential {
        Form::Part
    } else {
        Form::GluedJunk
    };
    let mut e = base_evidence(info, brand, catalog, form);
    b.apply(&mut e);
    let kind = if glued_tld && rest_tld {
        ReasonKind::TldSwap
    } else {
        ReasonKind::Combosquat
    };
    if let Some(s) = e.strength() {
        out.push(finding(kind, None, brand, label, s));
    }
}

/// Whether `label` ends with the country code of the brand's primary domain (`jp` of
/// `amazon.co.jp`; not `com`, which is no country, nor the codes of its other markets: `amazongames`
/// ends with `es` of `amazon.es`, a word ending).
fn ends_with_own_country(label: &str, brand: &Brand) -> bool {
    // The last label by bytes (no `rsplit` searcher: this runs for every candidate brand).
    let d = brand.primary_domain.as_bytes();
    let tld = d
        .iter()
        .rposition(|&b| b == b'.')
        .map_or(d, |dot| &d[dot + 1..]);
    tld.len() == 2 && label.as_bytes().ends_with(tld)
}

/// Byte-window search: brand tokens are a few letters, and `str::find` builds a two-way searcher
/// per call, which dominated the profile (this runs for every brand on every URL).
fn find_bytes(haystack: &str, needle: &str) -> Option<usize> {
    let (h, n) = (haystack.as_bytes(), needle.as_bytes());
    if n.is_empty() || h.len() < n.len() {
        return None;
    }
    // The first byte before the whole window: a slice comparison is a `memcmp` call.
    h.windows(n.len()).position(|w| w[0] == n[0] && w == n)
}

/// A slip of a distinctive brand glued to vocabulary (`amozononline`, `rakutanlogin`,
/// `mercariijp`): dnstwist's one-edit typos and a combosquat's words together. The slip obeys
/// `guards::is_likely_edit_distance_false_positive` (six letters or more, the first letter kept),
/// and what follows it must be vocabulary of two letters or more. Runs only when nothing else
/// matched the host.
pub fn check_typo_glued(
    info: &DomainInfo,
    catalog: &Catalog,
    parts: &Parts<'_>,
    out: &mut Vec<Finding>,
) {
    let index = catalog.index();
    let brands = catalog.brands();
    for (part, _) in parts.parts() {
        let p = part.as_bytes();
        if !part.is_ascii() || p.len() < 8 {
            continue;
        }
        // Tokens of six letters up to one short of the part: the slip (within one letter of the
        // token) leaves two letters or more after it.
        let mut set = index.empty();
        for len in 6..p.len() {
            index.add_len(&mut set, len, Some(p[0]), None);
        }
        for brand in set.iter().map(|i| &brands[i]) {
            let token = brand.token.as_str();
            // The exact token inside (`shopifypreview`: `shopify` + `preview`) is the brand
            // glued to a word, not a slip (the checks above weigh it).
            if brand.weak
                || brand.label_only
                || p[0] != token.as_bytes()[0]
                || find_bytes(part, token).is_some()
            {
                continue;
            }
            for l in token.len() - 1..=(token.len() + 1).min(p.len() - 2) {
                let (slip, rest) = part.split_at(l);
                let Some(v) = typosquat::classify(slip, token) else {
                    continue;
                };
                if guards::is_likely_edit_distance_false_positive(slip, token, v, false)
                    || !super::beside::is_vocabulary(rest)
                {
                    continue;
                }
                let mut e = base_evidence(info, brand, catalog, Form::Typo);
                beside(rest).apply(&mut e);
                if let Some(s) = e.strength() {
                    out.push(finding(
                        ReasonKind::Typosquat,
                        Some(v),
                        brand,
                        info.brand_label(),
                        s,
                    ));
                    return;
                }
            }
        }
    }
}
