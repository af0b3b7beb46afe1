//! A set of brand candidates (a bit set over brand indices, catalog order), what the brand index
//! fills and the lookalike heuristics walk.

/// Brand candidates in catalog order (a bit set over brand indices). Up to `INLINE * 64` brands
/// (the catalog's and a few user sites) it lives on the stack: no allocation per URL.
#[derive(Debug, Clone)]
pub struct BrandSet {
    inline: [u64; INLINE],
    more: Vec<u64>,
}

const INLINE: usize = 4;

impl BrandSet {
    pub(super) fn new(brands: usize) -> Self {
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

    pub(super) fn insert_all(&mut self, ids: &[usize]) {
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
