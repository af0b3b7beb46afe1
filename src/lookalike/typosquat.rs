//! Typosquats: the brand label is one keyboard slip away from a brand (dnstwist's fuzzers).
//!
//! `amzon.co.jp` omission, `amazoon.co.jp` repetition, `amazom.co.jp` replacement, `amazno.co.jp`
//! transposition, `amazan.co.jp` vowel-swap, `amazonn` repetition, `amazons` addition, `ama-zon`
//! hyphenation, `ama.zon.co.jp` subdomain, `amazgn` bitsquatting (o 0x6f → g 0x67). Brands of four
//! letters or fewer and everyday words (`ebay`, `zozo`, `apple`) are typo-matched only on their own
//! suffix: a doubled letter, another vowel or a leet digit (`aapple.com`, `zuzo.jp`, `3bay.com`) as
//! a typo, any other slip (`ebey.com`) as weaker evidence, since real words are one edit away.
//! Strength comes from `score`.

use super::score::Form;
use super::{finding, guards};
use crate::catalog::{Brand, Catalog};
use crate::domain::DomainInfo;
use crate::verdict::{Finding, ReasonKind};

const VOWELS: &[u8] = b"aeiou";

/// Classifies a single edit turning `brand` into `candidate` (ASCII, lower-case), or `None`.
pub fn classify(candidate: &str, brand: &str) -> Option<&'static str> {
    let (c, b) = (candidate.as_bytes(), brand.as_bytes());
    // Lengths first: one edit or `es` keeps the length within two, unless hyphens are dropped.
    if c.len() + 1 < b.len()
        || (c.len() > b.len() + 2 && !c.contains(&b'-'))
        || c == b
        || !candidate.is_ascii()
    {
        return None;
    }
    // dnstwist's `plural`: `es` inserted (`amazeson`, `cosestco`).
    if c.len() == b.len() + 2
        && (0..=b.len()).any(|i| &c[i..i + 2] == b"es" && c[..i] == b[..i] && c[i + 2..] == b[i..])
    {
        return Some("plural");
    }
    if c.contains(&b'-') && !b.contains(&b'-') {
        let mut letters = c.iter().copied().filter(|&x| x != b'-');
        let same = c.iter().filter(|&&x| x != b'-').count() == b.len()
            && b.iter().all(|&x| letters.next() == Some(x));
        if same {
            return Some("hyphenation");
        }
        // Otherwise a hyphen may stand for a letter (`a-azon`: bitsquatting of `m`), below.
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

/// Digits read as letters (leetspeak: `3bay`, `4mazon`, `5hein`). `0` and `1` are confusables
/// already (same skeleton as `o` and `l`).
const LEET: &[(u8, u8)] = &[
    (b'3', b'e'),
    (b'4', b'a'),
    (b'5', b's'),
    (b'7', b't'),
    (b'8', b'b'),
    (b'9', b'g'),
];

/// The only slips accepted for short and everyday-word brands (`ebay`, `zozo`, `apple`), and only
/// on the brand's own suffix: a doubled letter (`aapple.com`), another vowel (`zuzo.jp`) or a digit
/// read as the letter (`3bay.com`). Other single edits of four-letter names are everyday words.
fn is_weak_brand_slip(candidate: &str, brand: &str, variant: &str) -> bool {
    match variant {
        "repetition" | "vowel-swap" => true,
        "replacement" | "bitsquatting" => candidate
            .bytes()
            .zip(brand.bytes())
            .find(|(c, b)| c != b)
            .is_some_and(|(c, b)| LEET.contains(&(c, b))),
        _ => false,
    }
}

/// `slip`: [`classify`] of the brand label against the token, shared with `homoglyph::check`.
pub fn check(
    info: &DomainInfo,
    brand: &Brand,
    catalog: &Catalog,
    slip: &super::Slip,
    out: &mut Vec<Finding>,
) {
    let label = info.brand_label();
    let token = brand.token.as_str();
    // Decided only after a match: this runs for every brand on every URL.
    let evidence = || super::combosquat::base_evidence(info, brand, catalog, Form::Typo);
    // `ama.zon.co.jp`: the last subdomain label plus the brand label spell the brand.
    if let Some(last) = info.subdomain_labels().next_back() {
        if last.len() >= 2
            && last.len() + label.len() == token.len()
            && token.starts_with(last)
            && token.ends_with(label)
            && (!(brand.weak || brand.label_only) || evidence().same_suffix)
        {
            if let Some(s) = evidence().strength() {
                out.push(finding(
                    ReasonKind::Typosquat,
                    Some("subdomain"),
                    brand,
                    &format!("{last}.{label}"),
                    s,
                ));
            }
            return;
        }
    }
    // `amazonco.jp`, `aeonco.jp`: the dot of the official suffix left out.
    if let Some(rest) = label.strip_prefix(token) {
        if !rest.is_empty()
            && rest.bytes().all(|b| b.is_ascii_lowercase())
            && catalog.is_official_label_suffix(token, &format!("{rest}.{}", info.suffix()))
        {
            let mut e = evidence();
            e.same_suffix = true;
            if let Some(s) = e.strength() {
                out.push(finding(
                    ReasonKind::Typosquat,
                    Some("omission"),
                    brand,
                    label,
                    s,
                ));
            }
            return;
        }
    }
    if let Some(v) = *slip.get_or_init(|| classify(label, token)) {
        let e = evidence();
        if guards::is_likely_edit_distance_false_positive(label, token, v, e.same_suffix)
            || ((brand.weak || brand.label_only) && !e.same_suffix)
        {
            return;
        }
        // A short or everyday brand: a doubled letter, another vowel or a leet digit is a
        // typo; other slips on its own suffix are weaker evidence (`ebey.com` may be a word).
        // For everyday words a changed first letter is a different word (`pcloud` vs `icloud`).
        let mut e = e;
        if brand.weak && !is_weak_brand_slip(label, token, v) {
            if brand.everyday && label.as_bytes().first() != token.as_bytes().first() {
                return;
            }
            e.form = Form::Visual;
        }
        if let Some(s) = e.strength() {
            out.push(finding(ReasonKind::Typosquat, Some(v), brand, label, s));
        }
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
            ("amazeson", "plural"),
            ("a-azon", "bitsquatting"),
            ("amaz-n", "replacement"),
        ];
        for (c, want) in cases {
            assert_eq!(classify(c, "amazon"), Some(want), "{c}");
        }
        for c in [
            "amazon", "amaz", "nozama", "amazonjp", "ａmazon", "a-mazo", "am-zaon",
        ] {
            assert_eq!(classify(c, "amazon"), None, "{c}");
        }
    }
}
