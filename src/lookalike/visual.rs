//! Visual distance between skeletons: an edit distance in which swapping letters that look alike
//! (`m`/`n`, `rn`/`nn`, `n`/`r`, `b`/`d`, `c`/`e`, `g`/`q`, `u`/`v`, `vv`/`w`, `i`/`l`) costs
//! half an ordinary edit. Chrome compares skeletons with an edit distance of one for IDN labels
//! (`components/lookalikes/core/lookalike_url_util.cc`, `IsEditDistanceAtMostOne` on skeletons);
//! dnstwist's `homoglyph` fuzzer also swaps ASCII look-alikes, two at a time (`anazor` for `amazon`:
//! m→n, n→r). The look-alike pairs are dnstwist's `glyphs_ascii` table (`dnstwist.py`, class
//! `Fuzzer`), turned into skeleton space at first use (derived data is computed).
//!
//! Costs: a look-alike swap 1, two chained swaps inside one letter (`b` → `lb` → `llb`) 2, an
//! ordinary edit (substitution, insertion, deletion, adjacent
//! transposition) 2 — or out of reach for ASCII labels, whose single edits are `typosquat`'s (with
//! its guards). A label is *near* a brand when the cost is at most 2.

use std::sync::OnceLock;

use crate::domain::skeleton;

/// dnstwist `glyphs_ascii` pairs (either direction), as written there (ASCII, before skeletons).
const LOOKALIKE_ASCII: &[(&str, &str)] = &[
    ("0", "o"),
    ("1", "i"),
    ("1", "l"),
    ("3", "8"),
    ("6", "9"),
    ("b", "d"),
    ("b", "lb"),
    ("c", "e"),
    ("cl", "d"),
    ("d", "dl"),
    ("g", "q"),
    ("h", "lh"),
    ("i", "l"),
    ("k", "lc"),
    ("m", "n"),
    ("m", "nn"),
    ("m", "rn"),
    ("n", "r"),
    ("u", "v"),
    ("vv", "w"),
];

/// The look-alike pairs in skeleton space, both directions, pairs that skeletons already
/// equate left out.
/// A look-alike pair in skeleton space and its cost.
type Pair = (Vec<char>, Vec<char>, u8);

fn pairs() -> &'static [Pair] {
    static PAIRS: OnceLock<Vec<Pair>> = OnceLock::new();
    PAIRS.get_or_init(|| {
        // dnstwist applies its glyphs twice: one more swap inside a replacement (`b` → `lb` →
        // `llb`, `d` → `dl` → `bl`, `k` → `lc` → `le`) is a pair too, at twice the cost.
        let mut ascii: Vec<(String, String)> = Vec::new();
        for &(a, b) in LOOKALIKE_ASCII {
            ascii.push((a.to_string(), b.to_string()));
            ascii.push((b.to_string(), a.to_string()));
        }
        let mut composite = Vec::new();
        for (a, b) in ascii.iter().filter(|(a, _)| a.chars().count() == 1) {
            for (i, ch) in b.char_indices() {
                let next = ascii
                    .iter()
                    .filter(|(x, _)| x.chars().count() == 1 && x.starts_with(ch));
                for (_, y) in next {
                    let swapped = format!("{}{}{}", &b[..i], y, &b[i + ch.len_utf8()..]);
                    composite.push((a.clone(), swapped));
                }
            }
        }
        let mut out: Vec<Pair> = Vec::new();
        let all = ascii
            .iter()
            .map(|p| (p, 1))
            .chain(composite.iter().map(|p| (p, 2)));
        for ((a, b), cost) in all {
            let (x, y): (Vec<char>, Vec<char>) =
                (skeleton(a).chars().collect(), skeleton(b).chars().collect());
            if x != y && !out.iter().any(|(p, q, _)| *p == x && *q == y) {
                out.push((x.clone(), y.clone(), cost));
                out.push((y, x, cost));
            }
        }
        out
    })
}

/// The largest cost that counts as near.
pub const NEAR: u8 = 2;

/// Whether skeleton `label` is within [`NEAR`] of skeleton `brand`. `ordinary_edits` allows one
/// ordinary edit (IDN labels); without it only look-alike swaps count (ASCII labels).
pub fn is_near(label: &str, brand: &str, ordinary_edits: bool) -> bool {
    within(label, brand, ordinary_edits, NEAR)
}

/// Whether skeleton `label` is within `max` of skeleton `brand` (see [`is_near`]; with
/// `ordinary_edits`, `max` 4 allows two ordinary edits: `amazano` for `amazon`).
pub fn within(label: &str, brand: &str, ordinary_edits: bool, max: u8) -> bool {
    let a: Vec<char> = label.chars().collect();
    let b: Vec<char> = brand.chars().collect();
    if a == b || a.len().abs_diff(b.len()) > 2 || a.len() > 64 {
        return false;
    }
    let ordinary: u8 = if ordinary_edits { 2 } else { max + 1 };
    let pairs = pairs();
    const FAR: u8 = u8::MAX / 2;
    let (n, m) = (a.len(), b.len());
    // dp[i][j]: cost of turning a[..i] into b[..j].
    let mut dp = vec![vec![FAR; m + 1]; n + 1];
    dp[0][0] = 0;
    for i in 0..=n {
        for j in 0..=m {
            if i.abs_diff(j) > 2 || (i == 0 && j == 0) {
                continue;
            }
            let mut best = FAR;
            if i > 0 && j > 0 {
                let sub = if a[i - 1] == b[j - 1] {
                    0
                } else {
                    pairs
                        .iter()
                        .filter(|(x, y, _)| x.len() == 1 && y.len() == 1)
                        .filter(|(x, y, _)| x[0] == a[i - 1] && y[0] == b[j - 1])
                        .map(|p| p.2)
                        .min()
                        .unwrap_or(ordinary)
                };
                best = best.min(dp[i - 1][j - 1].saturating_add(sub));
            }
            if i > 0 {
                best = best.min(dp[i - 1][j].saturating_add(ordinary));
            }
            if j > 0 {
                best = best.min(dp[i][j - 1].saturating_add(ordinary));
            }
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(dp[i - 2][j - 2].saturating_add(ordinary));
            }
            for (x, y, cost) in pairs.iter().filter(|(x, y, _)| x.len() > 1 || y.len() > 1) {
                if i >= x.len()
                    && j >= y.len()
                    && a[i - x.len()..i] == x[..]
                    && b[j - y.len()..j] == y[..]
                {
                    best = best.min(dp[i - x.len()][j - y.len()].saturating_add(*cost));
                }
            }
            dp[i][j] = best.min(FAR);
        }
    }
    dp[n][m] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near(a: &str, b: &str, ordinary: bool) -> bool {
        is_near(&skeleton(a), &skeleton(b), ordinary)
    }

    #[test]
    fn table() {
        // dnstwist homoglyph shapes (two look-alike swaps).
        for l in [
            "anazor",
            "annazon",
            "anazon",
            "arnazom",
            "nercari",
            "yodobashl",
        ] {
            let brand = if l.contains("zo") {
                "amazon"
            } else if l.contains("erc") {
                "mercari"
            } else {
                "yodobashi"
            };
            assert!(near(l, brand, false), "{l}");
        }
        // An IDN label one ordinary edit away.
        assert!(near("am\u{00E1}zoon", "amazon", true));
        // Ordinary edits alone are typosquat's business for ASCII labels.
        assert!(!near("amazoon", "amazon", false));
        assert!(!near("amazon", "amazon", false));
        assert!(!near("pinterest", "amazon", true));
    }
}
