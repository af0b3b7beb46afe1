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

use crate::catalog::fnv::{FnvMap, FnvSet};
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

/// A look-alike pair in skeleton space and its cost.
type Pair = (Vec<char>, Vec<char>, u8);

/// The look-alike pairs in skeleton space, both directions (pairs that skeletons already equate
/// left out), indexed for the edit-distance table: one-character swaps by character pair, longer
/// ones by their last characters.
#[derive(Debug, Default)]
struct Pairs {
    single: FnvMap<(char, char), u8>,
    multi: FnvMap<(char, char), Vec<Pair>>,
    /// The keys of `multi`, for a cheap test before the lookup.
    multi_ends: FnvSet<(char, char)>,
    /// `single` and `multi` for two ASCII characters, indexed `x * 128 + y` (0: no pair; for
    /// `ascii_multi`, else 1 + the position of the pairs in `ascii_multi_pairs`):
    /// the edit-distance loop asks for every mismatched pair, and a hash costs more than the rest.
    ascii_single: Vec<u8>,
    ascii_multi: Vec<u16>,
    ascii_multi_pairs: Vec<Vec<Pair>>,
    /// The most characters of the label a pair spans (how many rows back the table looks).
    reach: usize,
    /// ASCII characters some pair holds (either side); others match only themselves.
    in_pair: Vec<bool>,
}

impl Pairs {
    fn single_cost(&self, x: char, y: char) -> Option<u8> {
        if x.is_ascii() && y.is_ascii() {
            let c = self.ascii_single[x as usize * 128 + y as usize];
            (c > 0).then_some(c)
        } else {
            self.single.get(&(x, y)).copied()
        }
    }

    /// The longer pairs ending in `x` (label) and `y` (brand); no hash for two ASCII characters.
    fn multi_ending(&self, x: char, y: char) -> &[Pair] {
        if x.is_ascii() && y.is_ascii() {
            match self.ascii_multi[x as usize * 128 + y as usize] {
                0 => &[],
                k => &self.ascii_multi_pairs[usize::from(k) - 1],
            }
        } else if self.multi_ends.contains(&(x, y)) {
            self.multi.get(&(x, y)).map_or(&[][..], Vec::as_slice)
        } else {
            &[]
        }
    }
}

fn pairs() -> &'static Pairs {
    static PAIRS: OnceLock<Pairs> = OnceLock::new();
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
        let mut all: Vec<Pair> = Vec::new();
        let listed = ascii
            .iter()
            .map(|p| (p, 1))
            .chain(composite.iter().map(|p| (p, 2)));
        for ((a, b), cost) in listed {
            let (x, y): (Vec<char>, Vec<char>) =
                (skeleton(a).chars().collect(), skeleton(b).chars().collect());
            if x != y && !all.iter().any(|(p, q, _)| *p == x && *q == y) {
                all.push((x.clone(), y.clone(), cost));
                all.push((y, x, cost));
            }
        }
        let mut out = Pairs {
            ascii_single: vec![0; 128 * 128],
            ascii_multi: vec![0; 128 * 128],
            in_pair: vec![false; 128],
            reach: 2, // an adjacent transposition looks two rows back
            ..Pairs::default()
        };
        for c in all
            .iter()
            .flat_map(|(x, y, _)| x.iter().chain(y))
            .filter(|c| c.is_ascii())
        {
            out.in_pair[*c as usize] = true;
        }
        for (x, y, cost) in all {
            if let ([a], [b]) = (x.as_slice(), y.as_slice()) {
                let c = out.single.entry((*a, *b)).or_insert(cost);
                *c = (*c).min(cost);
            } else if let (Some(&a), Some(&b)) = (x.last(), y.last()) {
                out.reach = out.reach.max(x.len());
                out.multi.entry((a, b)).or_default().push((x, y, cost));
                out.multi_ends.insert((a, b));
            }
        }
        for (&(a, b), &cost) in &out.single {
            if a.is_ascii() && b.is_ascii() {
                out.ascii_single[a as usize * 128 + b as usize] = cost;
            }
        }
        for (&(a, b), list) in &out.multi {
            if a.is_ascii() && b.is_ascii() {
                out.ascii_multi_pairs.push(list.clone());
                out.ascii_multi[a as usize * 128 + b as usize] = out.ascii_multi_pairs.len() as u16;
            }
        }
        out
    })
}

/// Labels longer than this (in characters) are never near: no brand is that long.
const MAX_CHARS: usize = 64;

/// The largest cost that counts as near.
pub const NEAR: u8 = 2;

/// Two short character slices are equal (a loop, not a `memcmp` call: they are a few characters).
fn same(a: &[char], b: &[char]) -> bool {
    a.len() == b.len() && a.iter().zip(b).all(|(x, y)| x == y)
}

/// How many of `brand`'s characters (by count) `label` lacks; non-ASCII characters always count.
fn missing_count(label: impl Iterator<Item = char>, brand: impl Iterator<Item = char>) -> usize {
    let mut have = [0u8; 128];
    for c in label.filter(char::is_ascii) {
        have[c as usize] = have[c as usize].saturating_add(1);
    }
    let mut missing = 0;
    for c in brand {
        match c.is_ascii().then(|| &mut have[c as usize]) {
            Some(k) if *k > 0 => *k -= 1,
            _ => missing += 1,
        }
    }
    missing
}

/// The characters of ASCII skeleton `s` that no look-alike pair holds, in order. Without ordinary
/// edits only look-alike swaps, which replace pair characters by pair characters, may differ: these
/// must be the same in label and brand, else they are not within any cost (exact, and cheaper than
/// the table; `catalog::index` keys brands by them).
pub fn unpaired(s: &[u8]) -> impl Iterator<Item = &u8> {
    let in_pair = &pairs().in_pair;
    s.iter().filter(move |&&c| !in_pair[usize::from(c & 0x7f)])
}

/// Whether skeleton `label` is within [`NEAR`] of skeleton `brand`. `ordinary_edits` allows one
/// ordinary edit (IDN labels); without it only look-alike swaps count (ASCII labels).
pub fn is_near(label: &str, brand: &str, ordinary_edits: bool) -> bool {
    within(label, brand, ordinary_edits, NEAR)
}

/// Whether skeleton `label` is within `max` of skeleton `brand` (see [`is_near`]; with
/// `ordinary_edits`, `max` 4 allows two ordinary edits: `amazano` for `amazon`).
pub fn within(label: &str, brand: &str, ordinary_edits: bool, max: u8) -> bool {
    if label == brand || label.len() > 4 * MAX_CHARS {
        return false;
    }
    // Cheap bounds first, before any allocation (this runs for candidate brands on every URL):
    // lengths within two, and each unit of cost takes at most one of the brand's letters away
    // (`rn` → `n` loses `r`; an ordinary edit costs 2), so at most `max` may be missing (by count).
    let (n, m, missing) = if label.is_ascii() && brand.is_ascii() {
        // Bytes are characters: the common case, without decoding.
        let (l, b) = (label.as_bytes(), brand.as_bytes());
        if l.len().abs_diff(b.len()) > 2 || !ordinary_edits && !unpaired(l).eq(unpaired(b)) {
            return false;
        }
        (
            l.len(),
            b.len(),
            missing_count(
                l.iter().map(|&x| char::from(x)),
                b.iter().map(|&x| char::from(x)),
            ),
        )
    } else {
        let (n, m) = (label.chars().count(), brand.chars().count());
        (n, m, missing_count(label.chars(), brand.chars()))
    };
    if n.abs_diff(m) > 2 || n > MAX_CHARS || missing > usize::from(max) {
        return false;
    }
    table_within(label, brand, (n, m), ordinary_edits, max)
}

/// The edit-distance table of [`within`], for `label` and `brand` of `n` and `m` characters
/// (`n <= MAX_CHARS`, `m <= n + 2`).
fn table_within(label: &str, brand: &str, (n, m): (usize, usize), edits: bool, max: u8) -> bool {
    // On the stack: no allocation per call (lengths are bounded above).
    let (mut a, mut b) = (['\0'; MAX_CHARS], ['\0'; MAX_CHARS + 2]);
    for (slot, c) in a.iter_mut().zip(label.chars()) {
        *slot = c;
    }
    for (slot, c) in b.iter_mut().zip(brand.chars()) {
        *slot = c;
    }
    let (a, b) = (&a[..n], &b[..m]);
    let ordinary: u8 = if edits { 2 } else { max + 1 };
    let pairs = pairs();
    const FAR: u8 = u8::MAX / 2;
    let w = m + 1;
    // dp[(i % ROWS) * w + j]: cost of turning a[..i] into b[..j], only within the band
    // |i - j| <= 2. A look-alike pair spans at most `ROWS - 1` characters, so `ROWS` rows suffice.
    const ROWS: usize = 8;
    let mut cells = [FAR; ROWS * (MAX_CHARS + 3)];
    let dp = &mut cells[..ROWS * w];
    let at = |i: usize, j: usize| (i % ROWS) * w + j;
    // A cell draws on its own row and the `reach` rows above it, all with costs >= 0: once `reach`
    // rows in a row are over `max` everywhere, so is every later cell (an exact early exit).
    let reach = pairs.reach.min(ROWS - 1);
    let mut rows_over = 0;
    for i in 0..=n {
        dp[at(i, 0)..at(i, 0) + w].fill(FAR); // the row this one reuses
        let mut row_min = FAR;
        for j in i.saturating_sub(2)..=(i + 2).min(m) {
            if i == 0 && j == 0 {
                dp[0] = 0;
                continue;
            }
            let mut best = FAR;
            if i > 0 && j > 0 {
                let (x, y) = (a[i - 1], b[j - 1]);
                let sub = if x == y {
                    0
                } else {
                    pairs.single_cost(x, y).unwrap_or(ordinary)
                };
                best = best.min(dp[at(i - 1, j - 1)].saturating_add(sub));
                for (p, q, cost) in pairs.multi_ending(x, y) {
                    if i >= p.len()
                        && j >= q.len()
                        && p.len() < ROWS
                        && same(&a[i - p.len()..i], p)
                        && same(&b[j - q.len()..j], q)
                    {
                        best = best.min(dp[at(i - p.len(), j - q.len())].saturating_add(*cost));
                    }
                }
            }
            if i > 0 {
                best = best.min(dp[at(i - 1, j)].saturating_add(ordinary));
            }
            if j > 0 {
                best = best.min(dp[at(i, j - 1)].saturating_add(ordinary));
            }
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(dp[at(i - 2, j - 2)].saturating_add(ordinary));
            }
            dp[at(i, j)] = best.min(FAR);
            row_min = row_min.min(dp[at(i, j)]);
        }
        if i == 0 {
            row_min = 0;
        }
        rows_over = if row_min > max { rows_over + 1 } else { 0 };
        if rows_over >= reach {
            return false;
        }
    }
    dp[at(n, m)] <= max
}

#[cfg(test)]
mod tests {
    use super::*;

    fn near(a: &str, b: &str, ordinary: bool) -> bool {
        is_near(&skeleton(a), &skeleton(b), ordinary)
    }

    /// `unpaired` only rejects what the table rejects: random words over letters in pairs
    /// and in none, with one to three letters replaced.
    #[test]
    fn unpaired_never_rejects_what_the_table_accepts() {
        let letters: Vec<char> = "abdegilmnoprstuvwz018".chars().collect();
        let mut state = 0x2545_f491_4f6c_dd1d_u64;
        let mut next = |k: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % k as u64) as usize
        };
        let (mut accepted, mut rejected) = (0, 0);
        for _ in 0..60_000 {
            let brand: Vec<char> = (0..3 + next(6)).map(|_| letters[next(21)]).collect();
            let mut label = brand.clone();
            for _ in 0..1 + next(3) {
                let i = next(label.len());
                label[i] = letters[next(21)];
            }
            let (l, b) = (
                skeleton(&String::from_iter(label)),
                skeleton(&String::from_iter(brand)),
            );
            if l == b || !l.is_ascii() || !b.is_ascii() || l.len().abs_diff(b.len()) > 2 {
                continue;
            }
            let unpaired = unpaired(l.as_bytes()).eq(unpaired(b.as_bytes()));
            for max in [NEAR, 4] {
                if table_within(&l, &b, (l.len(), b.len()), false, max) {
                    accepted += 1;
                    assert!(unpaired, "{l} {b}");
                }
            }
            rejected += usize::from(!unpaired);
        }
        assert!(
            accepted > 100 && rejected > 1000,
            "{accepted} accepted, {rejected} rejected"
        );
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
