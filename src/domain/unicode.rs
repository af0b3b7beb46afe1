//! Unicode normalization forms (NFD, NFKD, NFC, NFKC) and the combining-mark test, for the
//! skeletons and the page text, and for the host mapping (`idn.rs`). Normalization runs on tables
//! derived at build time (`build/normal.rs`, `normal.rs`); marks are a range table derived at build
//! time (`build/marks.rs`). The answers match ICU4X's `icu_normalizer` and the
//! `unicode-normalization` crate (tested over every character and mixed strings, `unicode_tests.rs`).

pub use super::normal::is_stable_starter;
use super::normal::{composed, decomposed};

include!(concat!(env!("OUT_DIR"), "/mark_ranges.rs"));

/// The normalizers' input as one type (one copy of the code in the WASM; one dynamic call per
/// character, and the ASCII paths of the callers never get here).
type Chars<'a> = Box<dyn Iterator<Item = char> + 'a>;

/// Canonical decomposition (NFD) of `chars`.
pub fn nfd<'a>(chars: impl Iterator<Item = char> + 'a) -> impl Iterator<Item = char> + 'a {
    decomposed(Box::new(chars) as Chars<'a>, false).map(|(c, _)| c)
}

/// Compatibility decomposition (NFKD) of `chars`.
pub fn nfkd<'a>(chars: impl Iterator<Item = char> + 'a) -> impl Iterator<Item = char> + 'a {
    decomposed(Box::new(chars) as Chars<'a>, true).map(|(c, _)| c)
}

/// Canonical composition (NFC) of `chars` (the host mapping's last step, `idn.rs`).
pub fn nfc<'a>(chars: impl Iterator<Item = char> + 'a) -> impl Iterator<Item = char> + 'a {
    composed(decomposed(Box::new(chars) as Chars<'a>, false))
}

/// Compatibility composition (NFKC) of `chars`: `ｱﾏｿﾞﾝ` → `アマゾン`, `ＰａｙＰａｌ` → `PayPal`, `ﬁ` → `fi`.
pub fn nfkc<'a>(chars: impl Iterator<Item = char> + 'a) -> impl Iterator<Item = char> + 'a {
    composed(decomposed(Box::new(chars) as Chars<'a>, true))
}

/// Whether `c` is a combining mark (General_Category Mn, Mc or Me).
pub fn is_combining_mark(c: char) -> bool {
    let c = u32::from(c);
    MARK_RANGES
        .binary_search_by(|&(first, last)| {
            if last < c {
                std::cmp::Ordering::Less
            } else if first > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

#[cfg(test)]
#[path = "unicode_tests.rs"]
mod tests;
