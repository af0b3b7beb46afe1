//! Unicode normalization forms (NFD, NFKC) and the combining-mark test, for the skeletons and the
//! page text, and for the host mapping (`idn.rs`). Normalization runs on ICU4X's `icu_normalizer`
//! with its compiled data: one set of normalization tables in the WASM. Marks are a range table derived at build time (`build/marks.rs`). The answers
//! match the `unicode-normalization` crate's (tested below over every character).

use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};

include!(concat!(env!("OUT_DIR"), "/mark_ranges.rs"));

/// The normalizers' input as one type: ICU's iterators are generic over it, and each input type
/// was another ~5 KB copy of the decomposition code in the WASM (one dynamic call per character
/// instead; the ASCII paths of the callers never get here).
type Chars<'a> = Box<dyn Iterator<Item = char> + 'a>;

/// Canonical decomposition (NFD) of `chars`.
pub fn nfd<'a>(chars: impl Iterator<Item = char> + 'a) -> impl Iterator<Item = char> + 'a {
    DecomposingNormalizerBorrowed::new_nfd().normalize_iter(Box::new(chars) as Chars<'a>)
}

/// Canonical composition (NFC) of `chars` (the host mapping's last step, `idn.rs`).
pub fn nfc<'a>(chars: impl Iterator<Item = char> + 'a) -> impl Iterator<Item = char> + 'a {
    ComposingNormalizerBorrowed::new_nfc().normalize_iter(Box::new(chars) as Chars<'a>)
}

/// Compatibility composition (NFKC) of `chars`: `ｱﾏｿﾞﾝ` → `アマゾン`, `ＰａｙＰａｌ` → `PayPal`, `ﬁ` → `fi`.
pub fn nfkc<'a>(chars: impl Iterator<Item = char> + 'a) -> impl Iterator<Item = char> + 'a {
    ComposingNormalizerBorrowed::new_nfkc().normalize_iter(Box::new(chars) as Chars<'a>)
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
mod tests {
    use super::*;
    use unicode_normalization::UnicodeNormalization;

    #[test]
    fn every_character_as_unicode_normalization() {
        let (mut nfd_differ, mut nfc_differ, mut nfkc_differ, mut mark_differ) =
            (Vec::new(), Vec::new(), Vec::new(), Vec::new());
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let one = c.to_string();
            if nfd(one.chars()).ne(one.nfd()) {
                nfd_differ.push(c);
            }
            if nfc(one.chars()).ne(one.nfc()) {
                nfc_differ.push(c);
            }
            if nfkc(one.chars()).ne(one.nfkc()) {
                nfkc_differ.push(c);
            }
            if is_combining_mark(c) != unicode_normalization::char::is_combining_mark(c) {
                mark_differ.push(c);
            }
        }
        assert_eq!(
            (
                nfd_differ.len(),
                nfc_differ.len(),
                nfkc_differ.len(),
                mark_differ.len()
            ),
            (0, 0, 0, 0),
            "NFD {nfd_differ:?}, NFC {nfc_differ:?}, NFKC {nfkc_differ:?}, marks {mark_differ:?}"
        );
    }

    #[test]
    fn strings_as_unicode_normalization() {
        let cases = [
            "ｱﾏｿﾞﾝ",
            "ＰａｙＰａｌ",
            "ﬁnance",
            "a\u{327}\u{301}\u{300}",
            "\u{1e9b}\u{323}",
            "한국어",
            "ᄀ\u{1161}\u{11a8}",
            "e\u{301}\u{301}",
            "Å\u{30a}",
            "㍿",
            "①②",
            "ｶﾞ",
            "ガ\u{3099}",
            "\u{fb2c}\u{5b7}",
            "楽天市場",
        ];
        for s in cases {
            assert_eq!(
                nfd(s.chars()).collect::<String>(),
                s.nfd().collect::<String>(),
                "NFD {s:?}"
            );
            assert_eq!(
                nfc(s.chars()).collect::<String>(),
                s.nfc().collect::<String>(),
                "NFC {s:?}"
            );
            assert_eq!(
                nfkc(s.chars()).collect::<String>(),
                s.nfkc().collect::<String>(),
                "NFKC {s:?}"
            );
        }
    }
}
