//! Brand indices by (token length, byte) in one flat array: the typo candidates of a word are
//! the tokens of three lengths with its first or its last byte (`index::BrandIndex::add_typo`),
//! read as two buckets per length instead of a scan of every token of those lengths.

/// Brand indices by (token length, byte): bucket `len * 256 + byte` is
/// `ids[starts[k]..starts[k + 1]]` (one flat array, no vector per bucket).
#[derive(Debug, Default)]
pub(super) struct Buckets {
    starts: Vec<u32>,
    ids: Vec<usize>,
}

impl Buckets {
    /// Buckets of `by_len`'s entries (indexed by length) under the byte `key` gives.
    pub(super) fn new(
        by_len: &[Vec<(u8, u8, usize)>],
        key: impl Fn(&(u8, u8, usize)) -> (u8, usize),
    ) -> Self {
        let mut keyed: Vec<(usize, usize)> = by_len
            .iter()
            .enumerate()
            .flat_map(|(len, entries)| entries.iter().map(move |e| (len, e)))
            .map(|(len, e)| {
                let (b, i) = key(e);
                (len * 256 + usize::from(b), i)
            })
            .collect();
        keyed.sort_unstable(); // by bucket, then brand index (catalog order within a bucket)
        let mut starts = vec![0u32; by_len.len() * 256 + 1];
        for &(k, _) in &keyed {
            starts[k + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        Buckets {
            starts,
            ids: keyed.into_iter().map(|(_, i)| i).collect(),
        }
    }

    /// The brands of tokens of `len` bytes keyed by `byte`.
    pub(super) fn get(&self, len: usize, byte: u8) -> &[usize] {
        let k = len * 256 + usize::from(byte);
        match (self.starts.get(k), self.starts.get(k + 1)) {
            (Some(&a), Some(&b)) => &self.ids[a as usize..b as usize],
            _ => &[],
        }
    }
}
