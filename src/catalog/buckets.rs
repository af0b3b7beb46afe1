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
    /// Buckets of `by_len`'s entries (indexed by length) under the byte `key` gives, each in
    /// catalog order (a counting placement: no sort).
    #[inline(never)]
    pub(super) fn new(by_len: &[Vec<(u8, u8, usize)>], key: fn(&(u8, u8, usize)) -> u8) -> Self {
        let entries = || {
            by_len.iter().enumerate().flat_map(move |(len, entries)| {
                entries
                    .iter()
                    .map(move |e| (len * 256 + usize::from(key(e)), e.2))
            })
        };
        let mut starts = vec![0u32; by_len.len() * 256 + 1];
        for (k, _) in entries() {
            starts[k + 1] += 1;
        }
        for k in 1..starts.len() {
            starts[k] += starts[k - 1];
        }
        let mut fill = starts.clone();
        let mut ids = vec![0; starts.last().map_or(0, |&n| n as usize)];
        for (k, i) in entries() {
            ids[fill[k] as usize] = i;
            fill[k] += 1;
        }
        Buckets { starts, ids }
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
