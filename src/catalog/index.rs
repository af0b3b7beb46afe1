//! The brand index: which brands a word could possibly match, so the lookalike heuristics examine
//! only those instead of every brand on every URL. Built once from the brands; it only prunes (every
//! brand a heuristic could report is a candidate), it never decides a match.

use super::fnv::FnvMap;

use super::{Brand, RetailerData};
use crate::substrings::Substrings;

/// Shortest brand skeleton (in characters) matched by visual distance: shorter names are too close
/// to too many real ones.
pub const MIN_NEAR_SKELETON: usize = 3;

/// A brand's skeleton's first two and last two characters, its [`Letters`], and the brand's index.
type SkeletonEnds = ([char; 2], [char; 2], Letters, usize);

/// Which ASCII characters a skeleton has (bit `c % 64` of word `c / 64`: two `u64`s, not a `u128`,
/// whose variable shifts are library calls on wasm32), and how many non-ASCII characters.
#[derive(Debug, Clone, Copy, Default)]
struct Letters {
    ascii: [u64; 2],
    other: u32,
}

impl Letters {
    fn of(skel: &str) -> Self {
        skel.bytes().fold(Letters::default(), |mut l, b| {
            if b.is_ascii() {
                l.ascii[usize::from(b >> 6)] |= 1 << (b & 63);
            } else if b & 0xc0 != 0x80 {
                l.other += 1; // the first byte of a non-ASCII character
            }
            l
        })
    }

    /// A lower bound of how many of `self`'s characters (by count) `label` lacks: its distinct
    /// ASCII characters absent from `label`, and every non-ASCII one (as `visual::within` counts).
    fn missing_from(&self, label: &Letters) -> u32 {
        (self.ascii[0] & !label.ascii[0]).count_ones()
            + (self.ascii[1] & !label.ascii[1]).count_ones()
            + self.other
    }
}

/// Brand candidates in catalog order (a bit set over brand indices). Up to `INLINE * 64` brands
/// (the catalog's and a few user sites) it lives on the stack: no allocation per URL.
#[derive(Debug, Clone)]
pub struct BrandSet {
    inline: [u64; INLINE],
    more: Vec<u64>,
}

const INLINE: usize = 4;

impl BrandSet {
    fn new(brands: usize) -> Self {
        let words = brands.div_ceil(64);
        BrandSet {
            inline: [0; INLINE],
            more: vec![0; words.saturating_sub(INLINE)],
        }
    }

    fn word(&mut self, w: usize) -> &mut u64 {
        match w.checked_sub(INLINE) {
            None => &mut self.inline[w],
            Some(k) => &mut self.more[k],
        }
    }

    fn insert_all(&mut self, ids: &[usize]) {
        for &i in ids {
            *self.word(i / 64) |= 1 << (i % 64);
        }
    }

    /// The brand indices in the set, ascending (catalog order).
    pub fn iter(&self) -> impl Iterator<Item = usize> + '_ {
        self.inline
            .iter()
            .chain(&self.more)
            .enumerate()
            .flat_map(|(w, &bits)| {
                // Lowest set bit first, cleared each step: one step per member, not per bit.
                let mut rest = bits;
                std::iter::from_fn(move || {
                    let b = rest.trailing_zeros() as usize;
                    (rest != 0).then(|| {
                        rest &= rest - 1;
                        w * 64 + b
                    })
                })
            })
    }
}

/// Brands by skeleton, by exact token, by token length (typo candidates) and by token containment.
#[derive(Debug)]
pub struct BrandIndex {
    count: usize,
    by_skeleton: FnvMap<String, Vec<usize>>,
    by_token: FnvMap<String, Vec<usize>>,
    /// Brands by token length in bytes, with the token's first and last byte:
    /// `typosquat::classify` needs lengths within one (or the hyphen-stripped length for
    /// hyphenation) and, for one edit, the same first or the same last byte.
    by_len: Vec<Vec<(u8, u8, usize)>>,
    /// Brands whose skeleton has at least `MIN_NEAR_SKELETON` characters, by skeleton length in
    /// characters, with the skeleton's first and last character (the visual-distance match).
    by_skeleton_len: Vec<Vec<SkeletonEnds>>,
    /// Each brand's token, by brand index.
    token_of: Vec<String>,
    /// All distinct tokens; pattern `k` belongs to the brands `token_brands[k]`.
    tokens: Substrings,
    token_brands: Vec<Vec<usize>>,
    /// Retailers with a sign-in domain whose label is under three letters (`au.com`): no token in
    /// the index stands for that label, so a search for official domains always checks them.
    short_label_retailers: Vec<usize>,
}

impl BrandIndex {
    pub fn new(brands: &[Brand], retailers: &[RetailerData]) -> Self {
        let mut by_skeleton: FnvMap<String, Vec<usize>> = FnvMap::default();
        let mut by_token: FnvMap<String, Vec<usize>> = FnvMap::default();
        let mut by_len: Vec<Vec<(u8, u8, usize)>> = Vec::new();
        let mut by_skeleton_len: Vec<Vec<SkeletonEnds>> = Vec::new();
        for (i, b) in brands.iter().enumerate() {
            by_skeleton.entry(b.skeleton.clone()).or_default().push(i);
            by_token.entry(b.token.clone()).or_default().push(i);
            let t = b.token.as_bytes();
            let n = t.len();
            if by_len.len() <= n {
                by_len.resize(n + 1, Vec::new());
            }
            let (first, last) = (t.first().copied(), t.last().copied());
            by_len[n].push((first.unwrap_or(0), last.unwrap_or(0), i));
            let sk: Vec<char> = b.skeleton.chars().collect();
            if sk.len() >= MIN_NEAR_SKELETON {
                let n = sk.len();
                if by_skeleton_len.len() <= n {
                    by_skeleton_len.resize(n + 1, Vec::new());
                }
                let ends = ([sk[0], sk[1]], [sk[n - 2], sk[n - 1]]);
                by_skeleton_len[n].push((ends.0, ends.1, Letters::of(&b.skeleton), i));
            }
        }
        let mut patterns: Vec<&str> = Vec::new();
        let mut token_brands: Vec<Vec<usize>> = Vec::new();
        for (i, b) in brands.iter().enumerate() {
            match patterns.iter().position(|p| *p == b.token) {
                Some(k) => token_brands[k].push(i),
                None => {
                    patterns.push(&b.token);
                    token_brands.push(vec![i]);
                }
            }
        }
        let tokens = Substrings::new(&patterns);
        let short_label_retailers = retailers
            .iter()
            .enumerate()
            .filter(|(_, r)| {
                r.signin_domains
                    .iter()
                    .any(|d| d.as_bytes().iter().take(3).any(|&b| b == b'.'))
            })
            .map(|(i, _)| i)
            .collect();
        BrandIndex {
            count: brands.len(),
            token_of: brands.iter().map(|b| b.token.clone()).collect(),
            by_skeleton,
            by_token,
            by_len,
            by_skeleton_len,
            tokens,
            token_brands,
            short_label_retailers,
        }
    }

    /// Retailers (catalog order) with a sign-in domain label under three letters (`au.com`).
    pub fn short_label_retailers(&self) -> &[usize] {
        &self.short_label_retailers
    }

    /// An empty candidate set.
    pub fn empty(&self) -> BrandSet {
        BrandSet::new(self.count)
    }

    /// Brands whose skeleton is `skel`.
    pub fn add_skeleton(&self, set: &mut BrandSet, skel: &str) {
        if let Some(ids) = self.by_skeleton.get(skel) {
            set.insert_all(ids);
        }
    }

    /// The brands (indices, catalog order) whose skeleton is `skel`.
    pub fn with_skeleton(&self, skel: &str) -> &[usize] {
        self.by_skeleton.get(skel).map_or(&[], Vec::as_slice)
    }

    /// Brands whose token is exactly `token`.
    pub fn add_token(&self, set: &mut BrandSet, token: &str) {
        if let Some(ids) = self.by_token.get(token) {
            set.insert_all(ids);
        }
    }

    /// Brands whose token has `len` bytes and, when given, starts with `first` or ends
    /// with `last`.
    pub fn add_len(&self, set: &mut BrandSet, len: usize, first: Option<u8>, last: Option<u8>) {
        for &(f, l, i) in self.by_len.get(len).map_or(&[][..], Vec::as_slice) {
            if first.is_none_or(|x| x == f) || last.is_some_and(|x| x == l) {
                set.insert_all(&[i]);
            }
        }
    }

    /// Brands `typosquat::classify(word, token)` could match. One edit keeps the length
    /// within one, keeps the first byte (edit after it) or the last byte (edit at the start of
    /// a token of three bytes or more), and leaves at most two bytes outside the common prefix
    /// and suffix ([`one_edit_apart`]); hyphenation keeps the hyphen-stripped length.
    pub fn add_typo(&self, set: &mut BrandSet, word: &str) {
        let w = word.as_bytes();
        let (Some(&first), Some(&last)) = (w.first(), w.last()) else {
            return;
        };
        for len in w.len().saturating_sub(1)..=w.len() + 1 {
            for &(f, l, i) in self.by_len.get(len).map_or(&[][..], Vec::as_slice) {
                if (f == first || l == last) && one_edit_apart(w, self.token_of[i].as_bytes()) {
                    set.insert_all(&[i]);
                }
            }
        }
        if w.contains(&b'-') {
            let stripped = w.iter().filter(|&&b| b != b'-').count();
            self.add_len(set, stripped, None, None);
        }
    }

    /// Brands the visual-distance match within `max` (`visual::within`) could report for a label
    /// whose skeleton is `skel`: skeleton length within two characters, the first or the last
    /// character in place, or else the second and the second-to-last, and at most `max` of the
    /// brand skeleton's characters missing from `skel` (each unit of cost takes at most one away).
    pub fn add_near_skeleton(&self, set: &mut BrandSet, skel: &str, max: u8) {
        let n = if skel.is_ascii() {
            skel.len()
        } else {
            skel.chars().count()
        };
        let mut have = None; // computed for the first brand whose ends fit
        let (mut front, mut back) = (skel.chars(), skel.chars().rev());
        let (Some(h0), Some(h1), Some(t1), Some(t0)) =
            (front.next(), front.next(), back.next(), back.next())
        else {
            return; // fewer than two characters
        };
        let (head, tail) = ([h0, h1], [t0, t1]);
        for len in n.saturating_sub(2)..=n + 2 {
            for (h, t, letters, i) in self.by_skeleton_len.get(len).map_or(&[][..], Vec::as_slice) {
                let ends =
                    h[0] == head[0] || t[1] == tail[1] || (h[1] == head[1] && t[0] == tail[0]);
                if ends
                    && letters.missing_from(have.get_or_insert_with(|| Letters::of(skel)))
                        <= u32::from(max)
                {
                    set.insert_all(&[*i]);
                }
            }
        }
    }

    /// Brands whose token occurs inside `text`.
    pub fn add_contained(&self, set: &mut BrandSet, text: &str) {
        self.tokens
            .for_each(text, |k| set.insert_all(&self.token_brands[k]));
    }
}

/// Whether one insertion, deletion, substitution or adjacent transposition could turn `a` into
/// `b`: the bytes outside their common prefix and common suffix are at most two (a necessary
/// condition, cheap to test).
fn one_edit_apart(a: &[u8], b: &[u8]) -> bool {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    prefix + suffix + 2 >= a.len().max(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn candidates() {
        let catalog = Catalog::for_tests();
        let brands = catalog.brands();
        let index = BrandIndex::new(brands, catalog.retailers());
        let names = |set: &BrandSet| -> Vec<String> {
            set.iter().map(|i| brands[i].token.clone()).collect()
        };
        let mut set = index.empty();
        index.add_skeleton(&mut set, &crate::domain::skeleton("amaz0n"));
        assert!(names(&set).contains(&"amazon".to_string()));
        let mut set = index.empty();
        index.add_contained(&mut set, "secureamazonlogin");
        assert!(names(&set).contains(&"amazon".to_string()));
        let mut set = index.empty();
        index.add_typo(&mut set, "ama-zon");
        assert!(names(&set).contains(&"amazon".to_string()));
    }

    /// Every single edit `typosquat::classify` names passes the prefix/suffix bound; words two
    /// edits or more apart do not.
    #[test]
    fn one_edit_bound_keeps_every_single_edit() {
        for word in [
            "amzon", "amazoon", "amazonn", "amazons", "amazpon", "amazom", "amazno", "amazan",
            "amazgn", "a-azon", "amaz-n", "mazon", "xamazon",
        ] {
            assert!(
                crate::lookalike::typosquat::classify(word, "amazon").is_some(),
                "{word}"
            );
            assert!(one_edit_apart(word.as_bytes(), b"amazon"), "{word}");
        }
        for word in ["amzoan", "anazor", "google", "amaxom", "mazoon"] {
            assert!(!one_edit_apart(word.as_bytes(), b"amazon"), "{word}");
        }
    }
}
