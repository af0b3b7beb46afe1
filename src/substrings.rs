//! Which of a few hundred short words occur inside a text: the brand index's "token inside a
//! label" and the sign-in words of a path. One small matcher instead of a general automaton crate
//! (aho-corasick was ~75 KB of the `.wasm`'s code for these two uses).
//!
//! Words are bucketed by their first two bytes (a hash into `BUCKETS` slots), so each position of
//! the text costs one table lookup and, usually, no comparison at all. Matching is by bytes, which
//! for UTF-8 words and texts finds exactly the character-aligned occurrences. Every occurrence at
//! every position is reported (overlapping), as a set: callers take the union or ask "any?".

/// Slots of the two-byte table (a power of two).
const BUCKETS: usize = 1024;

/// Slot of a word starting with the bytes `a`, `b`.
fn slot(a: u8, b: u8) -> usize {
    ((usize::from(a) << 5) ^ usize::from(b)) & (BUCKETS - 1)
}

/// A fixed set of words, searched inside texts.
#[derive(Debug, Clone)]
pub struct Substrings {
    words: Vec<Box<[u8]>>,
    /// Word indices of two bytes or more, grouped by slot: slot `s` is `by_slot[start[s]..start[s + 1]]`.
    start: Vec<u16>,
    by_slot: Vec<u16>,
    /// Word indices of one byte, by that byte (rare: none in the catalog's tokens).
    short: Vec<(u8, u16)>,
    /// Some word is empty: it occurs in every text.
    empty: Option<u16>,
}

impl Substrings {
    /// The matcher for `words`; word `k` is reported as `k`. At most 65,535 words (more are ignored).
    pub fn new<S: AsRef<[u8]>>(words: &[S]) -> Self {
        let words: Vec<Box<[u8]>> = words
            .iter()
            .take(usize::from(u16::MAX))
            .map(|w| w.as_ref().into())
            .collect();
        let mut counts = vec![0u16; BUCKETS + 1];
        let (mut short, mut empty) = (Vec::new(), None);
        for (k, w) in words.iter().enumerate() {
            let k = k as u16; // bounded above
            match **w {
                [] => empty = empty.or(Some(k)),
                [a] => short.push((a, k)),
                [a, b, ..] => counts[slot(a, b) + 1] += 1,
            }
        }
        for s in 0..BUCKETS {
            counts[s + 1] += counts[s];
        }
        let start = counts;
        let mut fill = start.clone();
        let mut by_slot = vec![0u16; usize::from(start[BUCKETS])];
        for (k, w) in words.iter().enumerate() {
            if let [a, b, ..] = **w {
                let s = slot(a, b);
                by_slot[usize::from(fill[s])] = k as u16;
                fill[s] += 1;
            }
        }
        Substrings {
            words,
            start,
            by_slot,
            short,
            empty,
        }
    }

    /// Calls `found(k)` for each occurrence of word `k` in `text` (a word found at several
    /// positions is reported at each; the empty word once).
    pub fn for_each(&self, text: &str, mut found: impl FnMut(usize)) {
        self.scan(text, |k| {
            found(k);
            false
        });
    }

    /// Whether any word occurs in `text` (stops at the first).
    pub fn any_in(&self, text: &str) -> bool {
        self.scan(text, |_| true)
    }

    /// Reports occurrences to `found` until it returns true; whether it did.
    fn scan(&self, text: &str, mut found: impl FnMut(usize) -> bool) -> bool {
        let t = text.as_bytes();
        if let Some(k) = self.empty {
            if found(usize::from(k)) {
                return true;
            }
        }
        for i in 0..t.len() {
            for &(b, k) in &self.short {
                if t[i] == b && found(usize::from(k)) {
                    return true;
                }
            }
            let Some(&next) = t.get(i + 1) else { break };
            let s = slot(t[i], next);
            let (lo, hi) = (usize::from(self.start[s]), usize::from(self.start[s + 1]));
            for &k in &self.by_slot[lo..hi] {
                if t[i..].starts_with(&self.words[usize::from(k)]) && found(usize::from(k)) {
                    return true;
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every (position, word) occurrence by plain comparison, sorted.
    fn naive(words: &[&str], text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        for i in 0..=text.len() {
            for (k, w) in words.iter().enumerate() {
                let at_end = i == text.len();
                if text.as_bytes()[i..].starts_with(w.as_bytes()) && (!at_end || w.is_empty()) {
                    out.push(k);
                }
            }
        }
        // The empty word is reported once.
        let e = words.iter().position(|w| w.is_empty());
        out.retain(|&k| Some(k) != e);
        out.extend(e);
        out.sort_unstable();
        out
    }

    #[test]
    fn finds_every_occurrence_as_plain_comparison_does() {
        let lists: &[&[&str]] = &[
            &[
                "amazon", "ama", "zon", "on", "a", "rakuten", "mercari", "au",
            ],
            &["login", "logon", "ap/signin", "auth", "secure", "security"],
            &["", "ab", "b"],
            &["アマゾン", "ゾン", "楽天"],
            &[],
        ];
        let texts = [
            "",
            "a",
            "secureamazonlogin",
            "amazonamazon",
            "zonama",
            "/ap/signin?openid=auth",
            "securityx",
            "楽天アマゾンゾン",
            "ｘamazon",
            "ab",
            "unrelated-domain",
        ];
        for words in lists {
            let m = Substrings::new(words);
            for text in texts {
                let mut got = Vec::new();
                m.for_each(text, |k| got.push(k));
                got.sort_unstable();
                let want = naive(words, text);
                assert_eq!(got, want, "{words:?} in {text:?}");
                assert_eq!(m.any_in(text), !want.is_empty(), "{words:?} in {text:?}");
            }
        }
    }

    #[test]
    fn words_sharing_a_slot_are_all_checked() {
        // 300 words starting "x": many share a slot, and each must be tried.
        let words: Vec<String> = (0..300).map(|i| format!("x{}y", i)).collect();
        let m = Substrings::new(&words);
        let mut got = Vec::new();
        m.for_each("--x299y--x7y", |k| got.push(k));
        got.sort_unstable();
        assert_eq!(got, vec![7, 299]);
    }
}
