//! Typosquats: the brand label is one keyboard slip away from a brand (dnstwist's fuzzers).
//!
//! `amzon.co.jp` omission, `amazoon.co.jp` repetition, `amazom.co.jp` replacement, `amazno.co.jp`
//! transposition, `amazan.co.jp` vowel-swap, `amazonn` repetition, `amazons` addition, `ama-zon`
//! hyphenation, `ama.zon.co.jp` subdomain, `amazgn` bitsquatting (o 0x6f → g 0x67). Brands of four
//! letters or fewer (`ebay`, `zozo`, `etsy`) are not typo-matched: too many real words are one edit
//! away (`zoho`, `ebey`…); their homoglyphs are still caught.

use super::{finding, guards};
use crate::catalog::{Brand, Catalog};
use crate::domain::DomainInfo;
use crate::verdict::{Finding, ReasonKind, Strength};

const VOWELS: &[u8] = b"aeiou";

/// Classifies a single edit turning `brand` into `candidate` (ASCII, lower-case), or `None`.
pub fn classify(candidate: &str, brand: &str) -> Option<&'static str> {
    let (c, b) = (candidate.as_bytes(), brand.as_bytes());
    if c.len() + 1 < b.len() || c == b || !candidate.is_ascii() {
        return None;
    }
    if c.contains(&b'-') && !b.contains(&b'-') {
        let mut letters = c.iter().copied().filter(|&x| x != b'-');
        let same = c.iter().filter(|&&x| x != b'-').count() == b.len()
            && b.iter().all(|&x| letters.next() == Some(x));
        return same.then_some("hyphenation");
    }
    match c.len() as isize - b.len() as isize {
        -1 => {
            let i = first_diff(c, b);
            (c[i..] == b[i + 1..]).then_some("omission")
        }
        1 => {
            let i = first_diff(c, b);
            if c[i + 1..] != b[i..] {
                return None;
            }
            let ins = c[i];
            if i == b.len() {
                if b.last() == Some(&ins) {
                    Some("repetition")
                } else {
                    Some("addition")
                }
            } else if (i > 0 && c[i - 1] == ins) || c.get(i + 1) == Some(&ins) {
                Some("repetition")
            } else {
                Some("insertion")
            }
        }
        0 => {
            let i = first_diff(c, b);
            if c[i + 1..] == b[i + 1..] {
                let (x, y) = (c[i], b[i]);
                if (x ^ y).count_ones() == 1 {
                    Some("bitsquatting")
                } else if VOWELS.contains(&x) && VOWELS.contains(&y) {
                    Some("vowel-swap")
                } else {
                    Some("replacement")
                }
            } else if i + 1 < c.len()
                && c[i] == b[i + 1]
                && c[i + 1] == b[i]
                && c[i + 2..] == b[i + 2..]
            {
                Some("transposition")
            } else {
                None
            }
        }
        _ => None,
    }
}

fn first_diff(a: &[u8], b: &[u8]) -> usize {
    a.iter().zip(b).take_while(|(x, y)| x == y).count()
}

pub fn check(info: &DomainInfo, brand: &Brand, catalog: &Catalog, out: &mut Vec<Finding>) {
    if brand.weak {
        return;
    }
    let label = info.brand_label.as_str();
    let token = brand.token.as_str();
    // Decided only after a match: this runs for every brand on every URL.
    let same_suffix = || catalog.is_official_label_suffix(token, &info.suffix);
    let strength = |same: bool| {
        if same {
            Strength::Strong
        } else {
            Strength::Moderate
        }
    };
    // `ama.zon.co.jp`: the last subdomain label plus the brand label spell the brand.
    if let Some(last) = info.subdomain_labels.last() {
        if last.len() >= 2
            && last.len() + label.len() == token.len()
            && token.starts_with(last.as_str())
            && token.ends_with(label)
        {
            out.push(finding(
                ReasonKind::Typosquat,
                Some("subdomain"),
                brand,
                &format!("{last}.{label}"),
                strength(same_suffix()),
            ));
            return;
        }
    }
    if let Some(v) = classify(label, token) {
        let same = same_suffix();
        if guards::is_likely_edit_distance_false_positive(label, token, v, same) {
            return;
        }
        out.push(finding(
            ReasonKind::Typosquat,
            Some(v),
            brand,
            label,
            strength(same),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::classify;

    #[test]
    fn table() {
        let cases = [
            ("amzon", "omission"),
            ("amazoon", "repetition"),
            ("amazonn", "repetition"),
            ("amazons", "addition"),
            ("amazpon", "insertion"),
            ("amazom", "replacement"),
            ("amazno", "transposition"),
            ("amazan", "vowel-swap"),
            ("amazgn", "bitsquatting"),
            ("ama-zon", "hyphenation"),
        ];
        for (c, want) in cases {
            assert_eq!(classify(c, "amazon"), Some(want), "{c}");
        }
        for c in ["amazon", "amaz", "nozama", "amazonjp", "ａmazon"] {
            assert_eq!(classify(c, "amazon"), None, "{c}");
        }
    }
}
