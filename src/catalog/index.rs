//! The brand index: which brands a word could possibly match, so the lookalike heuristics examine
//! only those instead of every brand on every URL. Built once from the brands; it only prunes (every
//! brand a heuristic could report is a candidate), it never decides a match.

use super::fnv::FnvMap;

use super::brand_set::BrandSet;
use super::buckets::Buckets;
use super::{Brand, RetailerData};
use crate::lookalike::visual::unpaired;
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
    /// The same brands by token length and first byte, and by token length and last byte
    /// (`add_typo` reads three lengths' two buckets instead of scanning the lengths).
    typo_first: Buckets,
    typo_last: Buckets,
    /// Brands whose skeleton has at least `MIN_NEAR_SKELETON` characters, by skeleton length in
    /// characters, with the skeleton's first and last character (the visual-distance match).
    by_skeleton_len: Vec<Vec<SkeletonEnds>>,
    /// Each brand's entry there (with the skeleton length), by brand index; the brands with one,
    /// by the skeleton's characters in no look-alike pair (`visual::unpaired`) for ASCII skeletons
    /// of tokens without a hyphen, the others in `near_always`.
    near_of: Vec<Option<(usize, SkeletonEnds)>>,
    near_by_unpaired: FnvMap<String, Vec<usize>>,
    near_always: Vec<usize>,
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
        let mut near_by_unpaired: FnvMap<String, Vec<usize>> = FnvMap::default();
        let (mut near_always, mut near_of) = (Vec::new(), vec![None; brands.len()]);
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
                let entry = (ends.0, ends.1, Letters::of(&b.skeleton), i);
                by_skeleton_len[n].push(entry);
                near_of[i] = Some((n, entry));
                if b.skeleton.is_ascii() && !b.token.contains('-') {
                    let key = unpaired(b.skeleton.as_bytes()).map(|&c| char::from(c));
                    near_by_unpaired.entry(key.collect()).or_default().push(i);
                } else {
                    near_always.push(i);
                }
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
        let typo_first = Buckets::new(&by_len, |&(f, _, _)| f);
        let typo_last = Buckets::new(&by_len, |&(_, l, _)| l);
        BrandIndex {
            count: brands.len(),
            typo_first,
            typo_last,
            token_of: brands.iter().map(|b| b.token.clone()).collect(),
            by_skeleton,
            by_token,
            by_len,
            by_skeleton_len,
            near_by_unpaired,
            near_always,
            near_of,
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
            for &i in self.typo_first.get(len, first) {
                if one_edit_apart(w, self.token_of[i].as_bytes()) {
                    set.insert_all(&[i]);
                }
            }
            // Those with the same last byte, less the ones just tested (same first byte).
            for &i in self.typo_last.get(len, last) {
                let t = self.token_of[i].as_bytes();
                if t.first() != Some(&first) && one_edit_apart(w, t) {
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
        let Some(mut near) = Near::new(skel, max) else {
            return; // fewer than two characters
        };
        for len in near.n.saturating_sub(2)..=near.n + 2 {
            for entry in self.by_skeleton_len.get(len).map_or(&[][..], Vec::as_slice) {
                near.add(set, len, entry);
            }
        }
    }

    /// [`BrandIndex::add_near_skeleton`] within `visual::NEAR` for an ASCII `label` whose skeleton
    /// `skel` is ASCII, less the brands no per-brand heuristic (`lookalike::find_all`) can report
    /// through it — what one hash lookup finds instead of a pass over the lengths. Exact:
    /// - `homoglyph`: the same skeleton comes from [`BrandIndex::add_skeleton`]; a near one needs,
    ///   without ordinary edits (ASCII labels), the same characters in no look-alike pair
    ///   (`visual::unpaired`, the key here);
    /// - `typosquat::classify`: one edit is [`BrandIndex::add_typo`]'s, a `plural` (`es` inserted)
    ///   is looked up below, and a token glued to letters of an official suffix (`amazonco.jp`) is
    ///   in the label: [`BrandIndex::add_contained`] when the token has no hyphen (the label has
    ///   none then, it is its only part), `near_always` when it has;
    /// - `combosquat`: a part's skeleton, token or typo come from the other lookups (a part's
    ///   `plural` is never near the whole label: its skeleton is four characters longer or more).
    ///
    /// Brands with a non-ASCII skeleton are always checked. tests/lookalike_index.rs compares the
    /// findings with those of the full pass on generated and corpus labels.
    pub fn add_near_ascii(&self, set: &mut BrandSet, label: &str, skel: &str) {
        let Some(mut near) = Near::new(skel, crate::lookalike::visual::NEAR) else {
            return;
        };
        let mut key = [0u8; 256];
        let mut k = 0;
        for &c in unpaired(skel.as_bytes()) {
            match key.get_mut(k) {
                Some(slot) => *slot = c,
                None => return self.add_near_skeleton(set, skel, near.max),
            }
            k += 1;
        }
        let Ok(key) = std::str::from_utf8(&key[..k]) else {
            return self.add_near_skeleton(set, skel, near.max); // not ASCII after all
        };
        let found = self
            .near_by_unpaired
            .get(key)
            .map_or(&[][..], Vec::as_slice);
        for &b in found.iter().chain(&self.near_always) {
            if let Some((len, entry)) = &self.near_of[b] {
                near.add(set, *len, entry);
            }
        }
        // `plural`: the label less an `es` is a token.
        let l = label.as_bytes();
        for i in (0..l.len().saturating_sub(1)).filter(|&i| &l[i..i + 2] == b"es") {
            let word = [&label[..i], &label[i + 2..]].concat();
            for &b in self.by_token.get(&word).map_or(&[][..], Vec::as_slice) {
                if let Some((len, entry)) = &self.near_of[b] {
                    near.add(set, *len, entry);
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

/// A label skeleton's side of [`BrandIndex::add_near_skeleton`]'s test.
struct Near<'a> {
    skel: &'a str,
    n: usize,
    head: [char; 2],
    tail: [char; 2],
    max: u8,
    /// The label's letters, computed for the first brand whose ends fit.
    have: Option<Letters>,
}

impl<'a> Near<'a> {
    fn new(skel: &'a str, max: u8) -> Option<Self> {
        let n = if skel.is_ascii() {
            skel.len()
        } else {
            skel.chars().count()
        };
        let (mut front, mut back) = (skel.chars(), skel.chars().rev());
        let (h0, h1, t1, t0) = (front.next()?, front.next()?, back.next()?, back.next()?);
        Some(Near {
            skel,
            n,
            head: [h0, h1],
            tail: [t0, t1],
            max,
            have: None,
        })
    }

    /// Adds the brand of `entry` (a skeleton of `len` characters) when it passes the test.
    fn add(&mut self, set: &mut BrandSet, len: usize, (h, t, letters, i): &SkeletonEnds) {
        let ends = h[0] == self.head[0]
            || t[1] == self.tail[1]
            || (h[1] == self.head[1] && t[0] == self.tail[0]);
        if len.abs_diff(self.n) <= 2
            && ends
            && letters.missing_from(self.have.get_or_insert_with(|| Letters::of(self.skel)))
                <= u32::from(self.max)
        {
            set.insert_all(&[*i]);
        }
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
#[path = "index_tests.rs"]
mod tests;
