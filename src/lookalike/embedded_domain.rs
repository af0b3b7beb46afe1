//! An official domain spelled — possibly with typos — as subdomain labels of a foreign host:
//! `www2.amazons.co.jp.logins4fd.x8k2.cn` (`amazons` + `co.jp`), `amazano.co.ip.q7w.shop`
//! (`co.ip` for `co.jp`), `www2.sheen.com.x.cn`. A brand word (or a one-slip or look-alike
//! typo of it) followed by labels that spell one of its retailer's suffixes (or a one-slip typo
//! of it: `ip` for `jp`, `corn` for `com`) imitates the whole address, whatever the brand's length:
//! strong. `embedding` handles the exact official domain and brand words with vocabulary.

use super::beside::{holds_phishing_word, is_credential, is_junk};
use super::score::{Evidence, Form};
use super::{finding, typosquat, visual, vocabulary};
use crate::catalog::Catalog;
use crate::domain::{skeleton, DomainInfo};
use crate::verdict::{Finding, ReasonKind, Strength};

/// Whether `spelled` (labels joined by dots) is `suffix` or one slip or look-alike away from it.
fn spells_suffix(spelled: &str, suffix: &str) -> bool {
    spelled == suffix
        || skeleton(spelled) == skeleton(suffix)
        || typosquat::classify(&spelled.replace('.', ""), &suffix.replace('.', "")).is_some()
            && spelled.matches('.').count() == suffix.matches('.').count()
}

pub fn check(info: &DomainInfo, catalog: &Catalog, out: &mut Vec<Finding>) {
    // Only labels left of the registrable domain: the spelled suffix must be in the subdomain.
    let found = out
        .iter()
        .any(|f| f.kind == ReasonKind::Embedding && f.strength == Strength::Strong);
    // Two subdomain labels or more (one: `embedding` already saw the official domain spelled
    // out), counted before they are collected (`www.` alone is common).
    if !info.has_subdomain() || found || info.subdomain_labels().nth(1).is_none() {
        return;
    }
    let labels: Vec<&str> = info.subdomain_labels().collect();
    let index = catalog.index();
    let brands = catalog.brands();
    for (i, word) in labels.iter().enumerate().take(labels.len() - 1) {
        // Cheap test first: the next label must look like (a piece of) a suffix.
        let next = labels[i + 1];
        let suffix_like = next.len() <= 4 || next.contains('-');
        if word.len() < 3 || !word.is_ascii() || !suffix_like {
            continue;
        }
        let word_skeleton = skeleton(word);
        let mut set = index.empty();
        index.add_token(&mut set, word);
        index.add_skeleton(&mut set, &word_skeleton);
        index.add_typo(&mut set, word);
        index.add_near_skeleton(&mut set, &word_skeleton, 4);
        index.add_contained(&mut set, word);
        for brand in set.iter().map(|k| &brands[k]) {
            let token = brand.token.as_str();
            // Followed by the spelled suffix, two slips still spell the brand (`amazano`).
            let spelled_brand = *word == token
                || word_skeleton == brand.skeleton
                || typosquat::classify(word, token).is_some()
                || (token.len() >= 5
                    && word.len() >= 5
                    && visual::within(&word_skeleton, &brand.skeleton, true, 4));
            // The brand glued to a few junk letters (`amznomm.jp.…`, `amznalil.co.jp.…`): the
            // spelled suffix beside it still imitates the address, a little less plainly.
            let glued = !spelled_brand
                && token.len() >= 4
                && word.len() <= token.len() + 4
                && word.contains(token);
            if !(spelled_brand || glued) {
                continue;
            }
            let domains = match brand.owner {
                crate::catalog::Owner::Retailer(r) => catalog.retailer(r).signin_domains,
                crate::catalog::Owner::UserSite(_) => &[],
            };
            for d in domains {
                let Some((_, suffix)) = d.split_once('.') else {
                    continue;
                };
                let n = suffix.matches('.').count() + 1;
                // The suffix over its labels (`co.jp`), in one label (`co-jp`), or its last label
                // alone (`amzno.jp.evil.cn`).
                let over = (i + 1 + n <= labels.len()).then(|| labels[i + 1..i + 1 + n].join("."));
                let next = labels[i + 1].replace('-', ".");
                let tld = suffix.rsplit('.').next().unwrap_or(suffix);
                let spelled = over.is_some_and(|s| spells_suffix(&s, suffix))
                    || spells_suffix(&next, suffix)
                    || (n > 1 && tld.len() >= 2 && spells_suffix(labels[i + 1], tld));
                if spelled {
                    out.push(finding(
                        ReasonKind::Embedding,
                        None,
                        brand,
                        info.unicode_host(),
                        if glued {
                            Strength::Moderate
                        } else {
                            Strength::Strong
                        },
                    ));
                    return;
                }
            }
        }
    }
}

/// Whether a registrable label looks machine-made: junk (`beside::is_junk`), or five letters or
/// more with at most one vowel in five (`nxswa`, `ccsfiv`, `kkdienxpocvwq`; `straightforward` and
/// `masteradvanced` are words).
pub fn looks_random(label: &str) -> bool {
    let letters = label.bytes().filter(u8::is_ascii_alphabetic).count();
    let vowels = label.bytes().filter(|b| b"aeiouy".contains(b)).count();
    is_junk(label) || (label.len() >= 5 && letters == label.len() && vowels * 4 <= letters)
}

/// A distinctive brand glued to other letters in a subdomain label (`rakutenux.nxswa.net`,
/// `fantasticrakuten.straightforward.buzz`), scored: the brand form is weak, and what else the
/// host shows (an abused TLD, a random-looking registrable label, credential words) decides.
/// Runs after `embedding::check` and only when it found nothing.
pub fn check_glued(info: &DomainInfo, catalog: &Catalog, out: &mut Vec<Finding>) {
    if !info.has_subdomain() || out.iter().any(|f| f.kind == ReasonKind::Embedding) {
        return;
    }
    let pseudo: Vec<&str> = info
        .subdomain_labels()
        .flat_map(|l| l.split(['-', '_']))
        .filter(|p| p.len() > 5 && p.is_ascii())
        .collect();
    let index = catalog.index();
    let brands = catalog.brands();
    for (i, p) in pseudo.iter().enumerate() {
        let mut set = index.empty();
        index.add_contained(&mut set, p);
        // The longest brand word the label holds (`mizuhobank`, not `mizuho` + `bank…`); the
        // first in catalog order among equals.
        let found = set
            .iter()
            .map(|k| &brands[k])
            .filter(|b| !b.weak && !b.label_only && b.token.len() >= 5 && *p != b.token)
            .reduce(|a, b| if b.token.len() > a.token.len() { b } else { a });
        let Some(brand) = found else {
            continue;
        };
        let mut e = Evidence::new(Form::Glued);
        e.abused_tld = info.suffix_is_icann && vocabulary::is_abused_tld(info.suffix());
        e.junk = looks_random(info.brand_label());
        for (j, q) in pseudo.iter().enumerate().filter(|(j, _)| *j != i) {
            let _ = j;
            e.credential_words |= is_credential(q);
            e.phishing_words |= holds_phishing_word(q);
        }
        let rest = p.replace(brand.token.as_str(), "");
        e.credential_words |= is_credential(&rest);
        // The brand glued to random letters (`amazonqxv.…`) is as junky as a random registered name.
        e.junk |= is_junk(&rest);
        if let Some(s) = e.strength() {
            out.push(finding(
                ReasonKind::Embedding,
                None,
                brand,
                info.unicode_host(),
                s,
            ));
        }
        return;
    }
}

/// Whether `label` spells `domain` with its dots (and any hyphens) left out or turned into
/// hyphens: `amazoncojp`, `amazon-co-jp` for `amazon.co.jp`, `fril-jp` for `fril.jp`.
fn spells_joined(label: &str, domain: &str) -> bool {
    label.as_bytes().first() == domain.as_bytes().first()
        && joined_bytes(label).eq(joined_bytes(domain))
}

/// The bytes of `s` other than `.` and `-`.
fn joined_bytes(s: &str) -> impl DoubleEndedIterator<Item = u8> + '_ {
    s.bytes().filter(|b| *b != b'.' && *b != b'-')
}

/// dnstwist's `various`: a sign-in domain written as one label on another suffix (`amazoncojp.com`,
/// `fril-jp.com`, `ebay-ie.com`, `eki-netcom.com`). The whole official name is there, suffix and
/// all: stronger than the brand alone on a foreign suffix ([`Form::JoinedDomain`]). Short and
/// everyday labels (`lineme`, `shop-app`) stay weak.
pub fn check_joined(info: &DomainInfo, catalog: &Catalog, out: &mut Vec<Finding>) {
    let label = info.brand_label();
    if !label.is_ascii() || out.iter().any(|f| f.kind == ReasonKind::Embedding) {
        return;
    }
    let Some(&first) = label.as_bytes().first() else {
        return;
    };
    // `spells_joined` compares the bytes other than `.` and `-`: the last such ones must agree.
    let last = joined_bytes(label).next_back();
    // Only the sign-in domains that start as the label does (catalog order kept).
    for &(i, d) in catalog.signin_domains_starting(first) {
        // Cheap tests first: this runs on every URL.
        if label.len() <= d.len() / 2 || joined_bytes(d).next_back() != last {
            continue;
        }
        let r = catalog.retailer(i);
        let Some(dot) = d.bytes().position(|b| b == b'.') else {
            continue;
        };
        let official = &d[..dot];
        if label.len() <= official.len() || !spells_joined(label, d) {
            continue;
        }
        let mut e = Evidence::new(Form::JoinedDomain);
        e.abused_tld = info.suffix_is_icann && vocabulary::is_abused_tld(info.suffix());
        e.weak_brand = r.common_word || official.len() <= crate::catalog::SHORT_BRAND_LEN;
        e.everyday_brand = r.common_word;
        if let Some(s) = e.strength() {
            out.push(super::finding_domain(
                ReasonKind::TldSwap,
                crate::catalog::Owner::Retailer(i),
                d,
                official,
                label,
                s,
            ));
        }
        return;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suffix_spelling() {
        assert!(spells_suffix("co.jp", "co.jp"));
        assert!(spells_suffix("co.ip", "co.jp"));
        assert!(spells_suffix("corn", "com"));
        assert!(!spells_suffix("co", "co.jp"));
        assert!(!spells_suffix("example", "com"));
        for (label, domain) in [
            ("amazoncojp", "amazon.co.jp"),
            ("fril-jp", "fril.jp"),
            ("eki-netcom", "eki-net.com"),
        ] {
            assert!(spells_joined(label, domain), "{label}");
        }
        for (label, domain) in [
            ("amazonco", "amazon.co.jp"),
            ("rakuten", "rakuten.co.jp"),
            ("jp-fril", "fril.jp"),
        ] {
            assert!(!spells_joined(label, domain), "{label}");
        }
        for l in ["nxswa", "ccsfiv", "kkdienxpocvwq", "eaqrf5hn"] {
            assert!(looks_random(l), "{l}");
        }
        for l in ["straightforward", "masteradvanced", "example", "google"] {
            assert!(!looks_random(l), "{l}");
        }
    }
}
