//! Confusable skeletons: UTS #39 (`unicode-security`), lower-cased, plus a few extra mappings that
//! matter for Japanese users.
//!
//! UTS #39 §4 defines `skeleton(X)` = NFD, map each character to its prototype in confusables.txt,
//! NFD again (<https://www.unicode.org/reports/tr39/#Confusable_Detection>). Prototypes keep case
//! (`0` → `O`, `m` → `rn`), so we lower-case the result: `amaz0n` and `amazon` both become `arnazon`.
//!
//! Extra mappings (applied before UTS #39, each one seen in hostnames shown to Japanese users, where
//! Japanese fonts draw these characters like the ASCII ones; confusables.txt does not map them to ASCII):
//! - `ー` U+30FC KATAKANA-HIRAGANA PROLONGED SOUND MARK, `一` U+4E00 CJK ONE, `―` U+2015 HORIZONTAL BAR,
//!   `－` is already NFKC-mapped by IDNA: all read as a hyphen → `-`.
//! - `ロ` U+30ED KATAKANA RO and `口` U+53E3 CJK MOUTH: drawn as a square `o` in many fonts → `o`.
//! - `〇` U+3007 IDEOGRAPHIC NUMBER ZERO → `o`.
//! - `丶` U+4E36, `・` U+30FB KATAKANA MIDDLE DOT, `。` U+3002 (IDNA maps `。` to `.` already) → `.`.
//! - `ノ` U+30CE KATAKANA NO → `/` (used to fake path separators inside a label).

use std::sync::OnceLock;

use unicode_security::skeleton as uts39_skeleton;

/// Extra character mappings for Japanese users; see the module documentation for each one.
pub const EXTRA_MAPPINGS: &[(char, char)] = &[
    ('\u{2015}', '-'),
    ('\u{3002}', '.'),
    ('\u{3007}', 'o'),
    ('\u{30CE}', '/'),
    ('\u{30ED}', 'o'),
    ('\u{30FB}', '.'),
    ('\u{30FC}', '-'),
    ('\u{4E00}', '-'),
    ('\u{4E36}', '.'),
    ('\u{53E3}', 'o'),
];

fn extra(c: char) -> char {
    EXTRA_MAPPINGS
        .binary_search_by_key(&c, |&(k, _)| k)
        .map(|i| EXTRA_MAPPINGS[i].1)
        .unwrap_or(c)
}

/// The full algorithm: extra mappings, UTS #39 skeleton, lower-case.
fn full_skeleton(s: &str) -> String {
    let mapped: String = s.chars().map(extra).collect();
    uts39_skeleton(&mapped)
        .flat_map(char::to_lowercase)
        .collect()
}

/// Skeletons of the 128 ASCII characters, computed once from the full algorithm (derived data is
/// computed, never typed). For ASCII text the skeleton is the concatenation of these: NFD leaves
/// ASCII unchanged and no ASCII prototype carries a combining mark (checked by a test).
fn ascii_table() -> &'static [String; 128] {
    static TABLE: OnceLock<[String; 128]> = OnceLock::new();
    TABLE.get_or_init(|| std::array::from_fn(|i| full_skeleton(&char::from(i as u8).to_string())))
}

/// Lower-cased confusable skeleton of `s`.
///
/// `skeleton("аmazon")` (Cyrillic а) == `skeleton("amazon")` == `skeleton("arnazon")` == `"arnazon"`.
pub fn skeleton(s: &str) -> String {
    if s.is_ascii() {
        let table = ascii_table();
        let mut out = String::with_capacity(s.len() + 4);
        for b in s.bytes() {
            out.push_str(&table[usize::from(b)]);
        }
        return out;
    }
    full_skeleton(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extra_mappings_sorted() {
        assert!(EXTRA_MAPPINGS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn ascii_fast_path_agrees_with_full_algorithm() {
        let all: String = (32u8..127).map(char::from).collect();
        assert_eq!(skeleton(&all), full_skeleton(&all));
        for w in [
            "amazon",
            "rn",
            "paypal",
            "l1I|",
            "w0O",
            "xn--mazon-3ve",
            "a-b.c",
        ] {
            assert_eq!(skeleton(w), full_skeleton(w), "{w}");
        }
    }

    #[test]
    fn table() {
        let same = [
            ("amazon", "arnazon"),
            ("amaz0n", "amazon"),
            ("\u{0430}mazon", "amazon"),
            ("paypaI", "paypal"),
            ("rakuten", "rakuten"),
            ("app1e", "apple"),
            ("mercar\u{0456}", "mercari"),
            ("yodobashi\u{30FC}jp", "yodobashi-jp"),
        ];
        for (a, b) in same {
            assert_eq!(skeleton(a), skeleton(b), "{a} vs {b}");
        }
        let different = [
            ("amazon", "amazom"),
            ("ebay", "ebey"),
            ("rakuten", "rakuben"),
        ];
        for (a, b) in different {
            assert_ne!(skeleton(a), skeleton(b), "{a} vs {b}");
        }
    }
}
