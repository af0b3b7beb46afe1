//! Unicode normalization (UAX #15) over the tables derived at build time (`build/normal.rs`):
//! full decomposition (canonical or compatibility), canonical ordering, canonical composition.
//! The table is decoded once on first use; `unicode.rs` holds the public forms.

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/normal_table.rs"));

/// Value kinds of an entry (build/normal.rs): a composition pair, another canonical mapping, a
/// compatibility mapping.
const PAIR: u32 = 1;
const COMPAT: u32 = 3;

// Hangul syllables, decomposed and composed by the algorithm (Unicode §3.12).
const S_BASE: u32 = 0xAC00;
const L_BASE: u32 = 0x1100;
const V_BASE: u32 = 0x1161;
const T_BASE: u32 = 0x11A7;
const L_COUNT: u32 = 19;
const V_COUNT: u32 = 21;
const T_COUNT: u32 = 28;
const N_COUNT: u32 = V_COUNT * T_COUNT;
const S_COUNT: u32 = L_COUNT * N_COUNT;

/// The decoded table: code points sorted; for each, where its value ends in `NORMAL_VALUES` (it
/// starts where the previous one ends), its combining class, kind and "second of a pair" bit
/// (`end | ccc << 16 | kind << 24 | second << 26`); `blocks[b]` is the first entry at or after
/// code point `b << 8` (a lookup searches one 256-character block); the composition pairs
/// `(a << 21 | b, composite)`, sorted.
struct Table {
    keys: Vec<u32>,
    info: Vec<u32>,
    blocks: Vec<u16>,
    pairs: Vec<(u64, char)>,
}

/// Code points above the last block are in no entry.
const BLOCKS: usize = 0x300;

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let n = NORMAL_FORMS.len();
        let (mut keys, mut info) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut code, mut delta, mut shift) = (0u32, 0u32, 0u32);
        let mut entries = NORMAL_CCC.iter().zip(NORMAL_FORMS.iter());
        let mut end = 0u32;
        let mut pairs = Vec::new();
        for &b in NORMAL_DELTAS {
            delta |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 != 0 {
                continue;
            }
            code += delta;
            (delta, shift) = (0, 0);
            let Some((&ccc, &form)) = entries.next() else {
                break;
            };
            let start = end as usize;
            let value = NORMAL_VALUES.get(start..).unwrap_or_default();
            let len: usize = value
                .chars()
                .take(usize::from(form & 0x1f))
                .map(char::len_utf8)
                .sum();
            end += len as u32;
            let kind = u32::from(form >> 5 & 3);
            if kind == PAIR {
                let mut ab = value.chars();
                if let (Some(a), Some(b), Some(c)) = (ab.next(), ab.next(), char::from_u32(code)) {
                    pairs.push((u64::from(a) << 21 | u64::from(b), c));
                }
            }
            keys.push(code);
            info.push(end | u32::from(ccc) << 16 | kind << 24 | u32::from(form >> 7) << 26);
        }
        pairs.sort_unstable_by_key(|p| p.0);
        let mut blocks = Vec::with_capacity(BLOCKS + 1);
        let mut i = 0;
        for b in 0..=BLOCKS as u32 {
            while keys.get(i).is_some_and(|&k| k >> 8 < b) {
                i += 1;
            }
            blocks.push(i as u16);
        }
        Table {
            keys,
            info,
            blocks,
            pairs,
        }
    })
}

/// The entry of `c`: its index and info, if it has one.
fn entry(t: &Table, c: u32) -> Option<(usize, u32)> {
    let b = (c >> 8) as usize;
    let (Some(&lo), Some(&hi)) = (t.blocks.get(b), t.blocks.get(b + 1)) else {
        return None;
    };
    let (lo, hi) = (usize::from(lo), usize::from(hi));
    let i = lo + t.keys.get(lo..hi)?.binary_search(&c).ok()?;
    Some((i, *t.info.get(i)?))
}

/// Whether `c` is a starter that every normalization form leaves alone and nothing composes
/// onto: combining class 0, no decomposition (canonical or compatibility), not the second of a
/// composition pair, not a Hangul syllable or a Hangul vowel / trailing jamo. A text made only of
/// such characters is its own NFD, NFKD, NFC and NFKC (the per-character fast paths of `idn.rs`
/// and `skeleton.rs`).
pub fn is_stable_starter(c: char) -> bool {
    let code = u32::from(c);
    code < 0xA0
        || code.wrapping_sub(S_BASE) >= S_COUNT
            && !hangul_second(c)
            && entry(table(), code).is_none()
}

/// A character with what composition needs of it: its combining class in the low byte, bit 8
/// when it is the second character of some composition pair.
type Tagged = (char, u16);

/// The class and second-of-pair bits of an entry's info.
fn tag(info: u32) -> u16 {
    (info >> 16 & 0xff | info >> 18 & 0x100) as u16
}

/// Appends the full decomposition of `c` (canonical, or compatibility when `compat`) to `out`.
fn decompose(t: &Table, c: char, compat: bool, out: &mut Vec<Tagged>) {
    let code = u32::from(c);
    if code < 0xA0 {
        out.push((c, 0));
        return;
    }
    let s = code.wrapping_sub(S_BASE);
    if s < S_COUNT {
        let l = char::from_u32(L_BASE + s / N_COUNT);
        let v = char::from_u32(V_BASE + s % N_COUNT / T_COUNT);
        let tail = char::from_u32(T_BASE + s % T_COUNT).filter(|_| s % T_COUNT != 0);
        for j in [l, v, tail].into_iter().flatten() {
            out.push((j, 0));
        }
        return;
    }
    let Some((i, info)) = entry(t, code) else {
        out.push((c, 0));
        return;
    };
    let kind = info >> 24 & 3;
    if kind == 0 || (kind == COMPAT && !compat) {
        out.push((c, tag(info)));
        return;
    }
    let start = i
        .checked_sub(1)
        .and_then(|p| t.info.get(p))
        .map_or(0, |&p| (p & 0xffff) as usize);
    let end = (info & 0xffff) as usize;
    for d in NORMAL_VALUES.get(start..end).unwrap_or_default().chars() {
        decompose(t, d, compat, out);
    }
}

/// The composite of `a` and `b` (whose tag says it may be a second character), if any.
fn compose_pair(t: &Table, a: char, b: char) -> Option<char> {
    let (a, b) = (u32::from(a), u32::from(b));
    let l = a.wrapping_sub(L_BASE);
    let v = b.wrapping_sub(V_BASE);
    if l < L_COUNT && v < V_COUNT {
        return char::from_u32(S_BASE + (l * V_COUNT + v) * T_COUNT);
    }
    let s = a.wrapping_sub(S_BASE);
    let tail = b.wrapping_sub(T_BASE);
    if s < S_COUNT && s % T_COUNT == 0 && tail.wrapping_sub(1) < T_COUNT - 1 {
        return char::from_u32(a + tail);
    }
    let key = u64::from(a) << 21 | u64::from(b);
    let i = t.pairs.binary_search_by_key(&key, |p| p.0).ok()?;
    t.pairs.get(i).map(|p| p.1)
}

/// Whether `c` may be the second character of a Hangul composition (a vowel or trailing jamo).
fn hangul_second(c: char) -> bool {
    (V_BASE..T_BASE + T_COUNT).contains(&u32::from(c))
}

/// Stable sort of each run of non-starters by combining class (canonical ordering).
fn reorder(buf: &mut [Tagged]) {
    for i in 1..buf.len() {
        let mut j = i;
        while j > 0 {
            let (x, y) = (buf[j - 1].1 as u8, buf[j].1 as u8);
            if y == 0 || x <= y {
                break;
            }
            buf.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// The decomposed, canonically ordered characters of `input`, tagged.
pub struct Decomposed<'a> {
    input: Box<dyn Iterator<Item = char> + 'a>,
    compat: bool,
    buf: Vec<Tagged>,
    /// `buf[..ready]` is final (ordered, followed by a starter); `buf[..pos]` has been returned.
    ready: usize,
    pos: usize,
}

impl std::fmt::Debug for Decomposed<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Decomposed")
            .field("buf", &self.buf)
            .finish()
    }
}

/// The full decomposition of `input`, canonically ordered: NFD, or NFKD when `compat`.
pub fn decomposed<'a>(input: Box<dyn Iterator<Item = char> + 'a>, compat: bool) -> Decomposed<'a> {
    Decomposed {
        input,
        compat,
        buf: Vec::new(),
        ready: 0,
        pos: 0,
    }
}

impl Iterator for Decomposed<'_> {
    type Item = Tagged;
    fn next(&mut self) -> Option<Tagged> {
        loop {
            if let Some(&x) = self.buf.get(self.pos).filter(|_| self.pos < self.ready) {
                self.pos += 1;
                return Some(x);
            }
            if self.pos > 0 {
                self.buf.drain(..self.pos);
                (self.ready, self.pos) = (0, 0);
            }
            let Some(c) = self.input.next() else {
                if self.buf.is_empty() {
                    return None;
                }
                reorder(&mut self.buf);
                self.ready = self.buf.len();
                continue;
            };
            let from = self.buf.len();
            decompose(table(), c, self.compat, &mut self.buf);
            // Nothing moves across a starter: what precedes the last one is final.
            if let Some(k) = (from..self.buf.len())
                .rev()
                .find(|&k| self.buf[k].1 as u8 == 0)
            {
                if k > 0 {
                    reorder(&mut self.buf[..k]);
                    self.ready = k;
                }
            }
        }
    }
}

/// Canonical composition of decomposed, ordered characters: NFC or NFKC.
#[derive(Debug)]
pub struct Composed<'a> {
    input: Decomposed<'a>,
    /// `buf[..ready]` is final; `buf[starter]` (when `starter < buf.len()`) is the last starter.
    buf: Vec<char>,
    ready: usize,
    pos: usize,
    starter: usize,
    /// The combining class of the last character after the starter (0: none yet).
    last: u8,
}

/// The composition of `input`'s characters.
pub fn composed(input: Decomposed<'_>) -> Composed<'_> {
    Composed {
        input,
        buf: Vec::new(),
        ready: 0,
        pos: 0,
        starter: usize::MAX,
        last: 0,
    }
}

impl Iterator for Composed<'_> {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        loop {
            if let Some(&c) = self.buf.get(self.pos).filter(|_| self.pos < self.ready) {
                self.pos += 1;
                return Some(c);
            }
            if self.pos > 0 {
                self.buf.drain(..self.pos);
                if self.starter != usize::MAX {
                    self.starter -= self.pos;
                }
                self.ready -= self.pos;
                self.pos = 0;
            }
            let Some((c, tag)) = self.input.next() else {
                if self.buf.is_empty() {
                    return None;
                }
                self.ready = self.buf.len();
                self.starter = usize::MAX;
                continue;
            };
            let ccc = tag as u8;
            if let Some(&s) = self.buf.get(self.starter) {
                // Not blocked: adjacent to the starter, or every character between has a lower class.
                let open = self.last == 0 && self.buf.len() == self.starter + 1
                    || self.last != 0 && self.last < ccc;
                if open && (tag & 0x100 != 0 || hangul_second(c)) {
                    if let Some(x) = compose_pair(table(), s, c) {
                        self.buf[self.starter] = x;
                        continue;
                    }
                }
            }
            if ccc == 0 {
                self.ready = self.buf.len();
                self.starter = self.buf.len();
                self.last = 0;
            } else {
                self.last = ccc;
            }
            self.buf.push(c);
        }
    }
}
