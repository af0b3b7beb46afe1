//! UTS #39 confusable skeleton (`skeleton(X)` of Unicode Technical Standard #39 §4) over compact
//! tables derived at build time from the `unicode-security` crate (`build/uts39.rs`): the same
//! answers as `unicode_security::skeleton` (tested below over every character and over mixed
//! strings), in a fraction of the WASM data of the crate's `(char, &[char])` table (docs/wasm-size.md).
//!
//! `skeleton("раураl")` (Cyrillic р, а, у) yields `paypal`; `skeleton("rn")` stays `rn` (UTS #39 maps
//! `m` → `rn`, not the reverse).

use std::cmp::Ordering;
use std::sync::OnceLock;

use super::unicode::{is_stable_starter, nfd};

include!(concat!(env!("OUT_DIR"), "/uts39_table.rs"));

/// The skeleton of one NFD character: itself (`Same(Some)`), nothing (`Same(None)`: a
/// default-ignorable character), or its entry in the table.
#[derive(Debug)]
enum Prototype {
    Same(Option<char>),
    Mapped(std::str::Chars<'static>),
}

impl Iterator for Prototype {
    type Item = char;
    fn next(&mut self) -> Option<char> {
        match self {
            Prototype::Same(c) => c.take(),
            Prototype::Mapped(chars) => chars.next(),
        }
    }
}

/// The table decoded once (build/uts39.rs): code points with a non-empty skeleton, sorted, and
/// where each one's skeleton ends in `UTS39_VALUES` (it starts where the previous one ends).
struct Table {
    keys: Vec<u32>,
    ends: Vec<u32>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut keys = Vec::with_capacity(UTS39_LENS.len());
        let (mut code, mut delta, mut shift) = (0u32, 0u32, 0u32);
        for &b in UTS39_DELTAS {
            delta |= u32::from(b & 0x7f) << shift;
            shift += 7;
            if b & 0x80 == 0 {
                code += delta;
                keys.push(code);
                (delta, shift) = (0, 0);
            }
        }
        let mut end = 0u32;
        let ends = UTS39_LENS
            .iter()
            .map(|&len| {
                end += u32::from(len);
                end
            })
            .collect();
        Table { keys, ends }
    })
}

/// Whether `c` is a default-ignorable code point (Unicode `Default_Ignorable_Code_Point`).
pub fn is_default_ignorable(c: char) -> bool {
    let code = u32::from(c);
    UTS39_EMPTY
        .binary_search_by(|&(first, last)| {
            if last < code {
                Ordering::Less
            } else if first > code {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

fn prototype(c: char) -> Prototype {
    if is_default_ignorable(c) {
        return Prototype::Same(None);
    }
    let code = u32::from(c);
    let t = table();
    let Ok(i) = t.keys.binary_search(&code) else {
        return Prototype::Same(Some(c));
    };
    let start = i.checked_sub(1).map_or(0, |p| t.ends[p] as usize);
    let end = t.ends.get(i).map_or(start, |&e| e as usize);
    // The generator cuts at character boundaries; `get` keeps a bad table from panicking.
    Prototype::Mapped(UTS39_VALUES.get(start..end).unwrap_or_default().chars())
}

/// UTS #39 skeleton of `s`: NFD, each character mapped to its prototype (default-ignorable
/// characters dropped), NFD again. Not lower-cased (callers do that).
pub fn skeleton(s: &str) -> impl Iterator<Item = char> + '_ {
    nfd(nfd(s.chars()).flat_map(prototype))
}

/// The prototype of `c` without the normalizer, for the characters where it changes nothing: `c`
/// and every character of its prototype stable starters (in a text of such characters both NFD
/// steps of [`skeleton`] are the identity, so its skeleton is their prototypes in order). Each
/// character goes to `push`; `false` as soon as one is not (some may have been pushed: the caller
/// starts over with [`skeleton`]).
pub fn prototype_stable(c: char, mut push: impl FnMut(char)) -> bool {
    if !is_stable_starter(c) {
        return false;
    }
    for p in prototype(c) {
        if !is_stable_starter(p) {
            return false;
        }
        push(p);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::{prototype_stable, skeleton};

    /// The skeleton by [`prototype_stable`], when every character takes that path.
    fn skeleton_stable(s: &str, mut push: impl FnMut(char)) -> bool {
        s.chars().all(|c| prototype_stable(c, &mut push))
    }

    fn ours(s: &str) -> String {
        skeleton(s).collect()
    }
    fn reference(s: &str) -> String {
        unicode_security::skeleton(s).collect()
    }

    #[test]
    fn every_character_maps_as_unicode_security_does() {
        let mut differ = Vec::new();
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let one = c.to_string();
            if ours(&one) != reference(&one) {
                differ.push(c);
            }
        }
        assert!(
            differ.is_empty(),
            "{} characters differ, e.g. {:?}",
            differ.len(),
            &differ[..differ.len().min(10)]
        );
    }

    #[test]
    fn strings_map_as_unicode_security_does() {
        // Combining marks around mapped characters (reordering across the NFD steps), ignorables,
        // precomposed letters, scripts the lookalikes use.
        let cases = [
            "amazon",
            "аmazon",
            "раураl",
            "rn",
            "m",
            "ａｍａｚｏｎ",
            "amáz\u{301}on",
            "a\u{327}\u{301}\u{300}",
            "\u{1e9b}\u{323}",
            "e\u{200d}bay",
            "x\u{ad}y",
            "ǅ",
            "ﬁ",
            "℡",
            "メルカリ",
            "楽天",
            "ﾒﾙｶﾘ",
            "ＰａｙＰａｌ",
            "\u{fb2c}\u{5b7}",
            "ö\u{336}\u{334}",
            "ɑⅿаzοn",
            "\u{1d5ba}mazon",
            "İstanbul",
            "ß",
            "Ꭺmazon",
        ];
        let mut stable = 0;
        for s in cases {
            assert_eq!(ours(s), reference(s), "{s:?}");
            let mut fast = String::new();
            if skeleton_stable(s, |c| fast.push(c)) {
                assert_eq!(fast, reference(s), "{s:?}");
                stable += 1;
            }
        }
        assert!(stable >= 10, "{stable} of the cases took the stable path");
        // Every pair of a sample of characters next to each other (marks before and after letters).
        let sample: Vec<char> = (0..=0x3000u32)
            .step_by(7)
            .chain(0x300..0x370)
            .filter_map(char::from_u32)
            .collect();
        for (i, &a) in sample.iter().enumerate() {
            let b = sample[(i * 31 + 17) % sample.len()];
            let c = sample[(i * 13 + 5) % sample.len()];
            let s: String = [a, b, c].iter().collect();
            assert_eq!(ours(&s), reference(&s), "{s:?}");
            let mut fast = String::new();
            if skeleton_stable(&s, |c| fast.push(c)) {
                assert_eq!(fast, reference(&s), "{s:?}");
            }
        }
    }
}
