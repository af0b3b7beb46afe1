//! The Unicode script facts the engine uses, over compact tables derived at build time from the
//! `unicode-script` and `unicode-security` crates (`build/script.rs`): the same answers as
//! `UnicodeScript::script` (Latin, Greek or Cyrillic?) and `MixedScript::is_single_script` (tested
//! below over every character and over strings), in a fraction of the crates' WASM data
//! (docs/wasm-size.md).
//!
//! `is_single_script("аррӏе")` (all Cyrillic) is true; `is_single_script("аpple")` (Cyrillic а,
//! Latin rest) is false; `is_single_script("アマゾン楽天")` is true (Japanese: Han + Katakana).

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/script_table.rs"));

/// An augmented script set: one bit per script, then Hanb, Jpan, Kore.
type Set = [u64; 3];

const ALL: Set = [u64::MAX; 3];

/// The tables decoded once: each run's first code point and class, and each class's set and
/// whether its Script is Latin, Greek or Cyrillic.
struct Table {
    starts: Vec<u32>,
    class: Vec<u16>,
    sets: Vec<(Set, bool)>,
    /// The class of each ASCII character, looked up once (labels are mostly ASCII).
    ascii: [u16; 128],
}

fn leb128(bytes: &mut impl Iterator<Item = u8>) -> Option<u32> {
    let (mut v, mut shift) = (0u32, 0u32);
    loop {
        let b = bytes.next()?;
        v |= u32::from(b & 0x7f) << shift;
        shift += 7;
        if b & 0x80 == 0 || shift > 28 {
            return Some(v);
        }
    }
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut sets = Vec::new();
        let mut bytes = SCRIPT_CLASSES.iter().copied();
        while let Some(head) = bytes.next() {
            let mut set = [0u64; 3];
            if head & 0x40 != 0 {
                set = ALL;
            }
            for _ in 0..head & 0x3f {
                let b = usize::from(bytes.next().unwrap_or(0)).min(SCRIPT_BITS - 1);
                set[b / 64] |= 1 << (b % 64);
            }
            sets.push((set, head & 0x80 != 0));
        }
        let (mut starts, mut class) = (
            Vec::with_capacity(SCRIPT_RUNS),
            Vec::with_capacity(SCRIPT_RUNS),
        );
        let mut bytes = SCRIPT_RANGES.iter().copied();
        let mut start = 0u32;
        while let (Some(d), Some(k)) = (leb128(&mut bytes), leb128(&mut bytes)) {
            start += d;
            starts.push(start);
            class.push(k as u16);
        }
        let mut t = Table {
            starts,
            class,
            sets,
            ascii: [u16::MAX; 128],
        };
        t.ascii = std::array::from_fn(|b| class_index(&t, b as u32).unwrap_or(u16::MAX));
        t
    })
}

/// The class index of code point `c` by the run table.
fn class_index(t: &Table, c: u32) -> Option<u16> {
    let run = t.starts.partition_point(|&s| s <= c);
    run.checked_sub(1).and_then(|r| t.class.get(r)).copied()
}

/// The class of `c`: its augmented script set and whether its Script is Latin, Greek or Cyrillic.
fn class_of(c: char) -> (Set, bool) {
    let t = table();
    let k = match t.ascii.get(c as usize) {
        Some(&k) => Some(k),
        None => class_index(t, u32::from(c)),
    };
    // A bad table answers "no script" rather than panicking.
    k.and_then(|k| t.sets.get(usize::from(k)))
        .copied()
        .unwrap_or(([0; 3], false))
}

/// Whether the Script property of `c` is Latin, Greek or Cyrillic.
pub fn is_latin_greek_cyrillic(c: char) -> bool {
    class_of(c).1
}

/// UTS #39 single-script: the augmented script sets of the characters of `s` intersect (Common
/// and Inherited characters, and the empty string, go with any script).
pub fn is_single_script(s: &str) -> bool {
    let mut acc = ALL;
    for c in s.chars() {
        let (set, _) = class_of(c);
        for (a, b) in acc.iter_mut().zip(set) {
            *a &= b;
        }
    }
    acc != [0; 3]
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_script::{Script, UnicodeScript};
    use unicode_security::MixedScript;

    #[test]
    fn every_character_as_the_crates_answer() {
        let mut lgc = 0;
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let want = matches!(c.script(), Script::Latin | Script::Greek | Script::Cyrillic);
            assert_eq!(is_latin_greek_cyrillic(c), want, "{c:?}");
            lgc += usize::from(want);
            // One character against itself and against ASCII letters, digits and a Han character.
            for s in [
                c.to_string(),
                format!("{c}a"),
                format!("1{c}"),
                format!("{c}楽"),
            ] {
                assert_eq!(is_single_script(&s), s.as_str().is_single_script(), "{s:?}");
            }
        }
        assert!(lgc > 1000);
    }

    #[test]
    fn strings_as_the_crate_answers() {
        for s in [
            "",
            "amazon",
            "аmazon",
            "аррӏе",
            "アマゾン楽天",
            "アマゾンamazon",
            "한국어",
            "한국어漢字",
            "ㄅㄆ漢字",
            "ㄅㄆアマゾン",
            "ελληνικά",
            "ελληνικάa",
            "a\u{0301}mazon",
            "\u{0951}देव",
            "\u{0951}ગુજ",
            "\u{0951}देवગુજ",
            "ー",
            "ーamazon",
            "ーアマゾン",
            "\u{10FFFF}",
            "\u{E000}a",
        ] {
            assert_eq!(is_single_script(s), s.is_single_script(), "{s:?}");
        }
        assert!(is_single_script("аррӏе"));
        assert!(!is_single_script("аpple"));
        assert!(is_single_script("アマゾン楽天"));
    }
}
