//! The brand index's typo buckets: brands by token length and first byte, and by length and last
//! byte, so a word's one-edit candidates are read from six small buckets, not from every brand of
//! three lengths (`BrandIndex::add_typo`).

/// Token lengths below this have [`EndBuckets`]; longer ones share the last bucket of a byte.
const END_LENS: usize = 64;

/// `BrandIndex::by_len`'s entries `(first, last, brand)` in buckets by length, side (0: first byte,
/// 1: last byte) and that byte's low seven bits: bucket `k` is `entries[start[k]..start[k + 1]]`.
#[derive(Debug)]
pub(super) struct EndBuckets {
    start: Vec<u32>,
    entries: Vec<(u8, u8, usize)>,
}

impl EndBuckets {
    fn key(len: usize, side: usize, byte: u8) -> usize {
        (len.min(END_LENS - 1) * 2 + side) * 128 + usize::from(byte & 127)
    }

    pub(super) fn new(by_len: &[Vec<(u8, u8, usize)>]) -> Self {
        let mut buckets: Vec<Vec<(u8, u8, usize)>> = vec![Vec::new(); END_LENS * 2 * 128];
        for (len, list) in by_len.iter().enumerate() {
            for &(f, l, i) in list {
                buckets[Self::key(len, 0, f)].push((f, l, i));
                buckets[Self::key(len, 1, l)].push((f, l, i));
            }
        }
        let mut start = vec![0u32];
        for b in &buckets {
            start.push(start[start.len() - 1] + b.len() as u32);
        }
        let entries = buckets.concat();
        EndBuckets { start, entries }
    }

    /// The entries of `len` bytes whose byte on `side` may be `byte` (a superset: same low bits,
    /// and for `END_LENS` bytes or more, any such length: callers test the length again).
    pub(super) fn bucket(&self, len: usize, side: usize, byte: u8) -> &[(u8, u8, usize)] {
        let k = Self::key(len, side, byte);
        &self.entries[self.start[k] as usize..self.start[k + 1] as usize]
    }
}
