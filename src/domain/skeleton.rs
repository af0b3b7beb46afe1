//! Confusable skeletons, as Chrome computes them and then some: diacritics removed from
//! Latin/Greek/Cyrillic labels, Chrome's extra confusable mappings, our Japanese supplements,
//! UTS #39, lower-case; and a *set* of skeletons for characters that look like two things.
//!
//! UTS #39 §4 defines `skeleton(X)` = NFD, map each character to its prototype in confusables.txt,
//! NFD again (<https://www.unicode.org/reports/tr39/#Confusable_Detection>). Prototypes keep case
//! (`0` → `O`, `m` → `rn`), so we lower-case the result: `amaz0n` and `amazon` both become `arnazon`.
//!
//! Before it, as Chromium's `SkeletonGenerator` does (`components/url_formatter/spoof_checks/
//! skeleton_generator.cc`, `GetSkeletons`; the tables and their sources are in `confusables.rs`):
//! 1. a label made only of Latin, Greek and Cyrillic letters, digits, `._-` and combining marks
//!    loses its diacritics: NFD, combining marks removed, `ł ø đ` mapped (`amázȯn` → `amazon`,
//!    `yoḑobasḧi` → `yodobashi`). Chrome stops there for labels with other scripts; we also allow
//!    the Japanese supplement characters in such a label (`amázonーjp`);
//! 2. Chrome's extra confusables (`н` → `h`, `ŧ` → `t`, `æ` → `ae` …) and ours (`ロ` → `o`);
//! 3. UTS #39, lower-cased; marks a prototype carries (`ɫ` → `l̴`) are removed again for
//!    Latin/Greek/Cyrillic labels.
//!
//! [`skeletons`] adds one skeleton per other reading of `þ` (b/p), `œ` (ce/oe) and `ӏ` (i/l),
//! bounded like Chrome's `GenerateSupplementalHostnames` (at most 5 such characters, 128 forms).

use std::sync::OnceLock;

use super::case;
use super::script::is_latin_greek_cyrillic;
use super::unicode::{is_combining_mark, nfd};
use super::uts39::skeleton as uts39_skeleton;

use super::confusables::{chrome_extra, diacritic_extra, japanese_extra, multi_readings};

/// Chrome `kMaxCharactersWithMultipleSkeletons`: more such characters is not a convincing spoof.
const MAX_MULTI_CHARS: usize = 5;
/// Chrome `kMaxSupplementalHostnames`.
const MAX_SUPPLEMENTAL: usize = 128;
/// Chrome `kMaxHostnameLengthToComputeSupplementalHostnames`.
const MAX_SUPPLEMENTAL_LEN: usize = 32;

/// Chrome `ShouldRemoveDiacriticsFromLabel`: every character is Latin, Greek or Cyrillic, a digit,
/// `.`, `_`, `-` or a combining mark U+0300–U+0339 (plus our Japanese supplement characters).
fn is_lgc_label(s: &str) -> bool {
    s.chars().all(|c| {
        c.is_ascii_digit()
            || matches!(c, '.' | '_' | '-')
            || ('\u{0300}'..='\u{0339}').contains(&c)
            || is_latin_greek_cyrillic(c)
            || japanese_extra(c).is_some()
    })
}

/// Chrome's `diacritic_remover_`: NFD, drop combining marks, map `ł ø đ`. (Chrome drops the
/// Nonspacing Marks; `is_combining_mark` is every mark, which in these scripts is the same set.)
fn remove_diacritics(s: &str) -> String {
    nfd(s.chars())
        .filter(|c| !is_combining_mark(*c))
        .map(|c| diacritic_extra(c).unwrap_or(c))
        .collect()
}

/// The full algorithm on one reading of `s`: diacritics, extra mappings, UTS #39, lower-case.
fn full_skeleton(s: &str) -> String {
    let lgc = is_lgc_label(s);
    let base = if lgc && !s.is_ascii() {
        remove_diacritics(s)
    } else {
        s.to_string()
    };
    let mut mapped = String::with_capacity(base.len());
    for c in base.chars() {
        match (chrome_extra(c), japanese_extra(c)) {
            (Some(m), _) => mapped.push_str(m),
            (None, Some(j)) => mapped.push(j),
            (None, None) => mapped.push(c),
        }
    }
    let skel = uts39_skeleton(&mapped).flat_map(case::lower);
    if lgc {
        skel.filter(|c| !is_combining_mark(*c)).collect()
    } else {
        skel.collect()
    }
}

/// Skeletons of the 128 ASCII characters, computed once from the full algorithm (derived data is
/// computed, never typed). For ASCII text the skeleton is the concatenation of these: NFD leaves
/// ASCII unchanged and no ASCII prototype carries a combining mark (checked by a test). With them,
/// per byte (256 entries: no bounds check), the entry when it is one ASCII byte, else 0.
struct AsciiTable {
    one: [u8; 256],
    entries: [String; 128],
}

fn ascii_table() -> &'static AsciiTable {
    static TABLE: OnceLock<AsciiTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let entries: [String; 128] =
            std::array::from_fn(|i| full_skeleton(&char::from(i as u8).to_string()));
        let mut one = [0u8; 256];
        for (i, e) in entries.iter().enumerate() {
            if let &[b @ 1..=0x7f] = e.as_bytes() {
                one[i] = b;
            }
        }
        AsciiTable { one, entries }
    })
}

/// Lower-cased confusable skeleton of `s`.
///
/// `skeleton("аmazon")` (Cyrillic а) == `skeleton("amazon")` == `skeleton("arnazon")` == `"arnazon"`.
pub fn skeleton(s: &str) -> String {
    if s.is_ascii() {
        // Bytes, one push per one-byte entry (nearly all): a `push_str` per character cost more
        // than the rest of the lookalike checks of a short label.
        // (A `String` built directly: no UTF-8 validation pass at the end.)
        let mut out = String::with_capacity(s.len() + 4);
        ascii_skeleton_into(&mut out, s);
        return out;
    }
    full_skeleton(s)
}

/// [`skeleton`] of `s`, written over `out` (a caller with many words reuses one buffer).
pub fn skeleton_into(out: &mut String, s: &str) {
    out.clear();
    if s.is_ascii() {
        ascii_skeleton_into(out, s);
    } else {
        out.push_str(&full_skeleton(s));
    }
}

fn ascii_skeleton_into(out: &mut String, s: &str) {
    let table = ascii_table();
    for b in s.bytes() {
        match table.one[usize::from(b)] {
            one @ 1..=0x7f => out.push(char::from(one)),
            _ => out.push_str(&table.entries[usize::from(b & 0x7f)]),
        }
    }
}

/// Every skeleton of `s`: [`skeleton`] first, then one per other reading of a character that
/// looks like two things (`þ` → b or p, `œ` → ce or oe, `ӏ` → i or l), as Chrome's
/// `GetSkeletons` returns a set. ASCII text has exactly one.
///
/// `skeletons("þaypal")` contains `skeleton("paypal")`; `skeletons("eþay")` contains `skeleton("ebay")`.
pub fn skeletons(s: &str) -> Vec<String> {
    skeletons_of(s, skeleton(s))
}

/// [`skeletons`] of `s` when its [`skeleton`] is already known (`first`): the per-URL path has
/// computed it for the label, and a non-ASCII skeleton is the dearest step of a check.
pub fn skeletons_of(s: &str, first: String) -> Vec<String> {
    let mut out = vec![first];
    if s.is_ascii() {
        return out;
    }
    let chars: Vec<char> = s.chars().collect();
    let multi = chars
        .iter()
        .filter(|&&c| multi_readings(c).is_some())
        .count();
    if multi == 0 || multi > MAX_MULTI_CHARS || chars.len() > MAX_SUPPLEMENTAL_LEN {
        return out;
    }
    // Breadth-first over the characters, each kept or replaced by one of its readings.
    let mut forms: Vec<String> = vec![String::new()];
    for &c in &chars {
        let readings = multi_readings(c).unwrap_or(&[]);
        let mut next = Vec::with_capacity(forms.len() * (1 + readings.len()));
        for f in &forms {
            next.push(format!("{f}{c}"));
            for r in readings {
                if next.len() < MAX_SUPPLEMENTAL {
                    next.push(format!("{f}{r}"));
                }
            }
        }
        next.truncate(MAX_SUPPLEMENTAL);
        forms = next;
    }
    for f in forms {
        let sk = full_skeleton(&f);
        if !out.contains(&sk) {
            out.push(sk);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// Every ASCII character alone (the byte table's one-byte entries and the longer ones, `\0`
    /// included) and a few words, through one reused buffer: the same as [`skeleton`].
    #[test]
    fn skeleton_into_a_reused_buffer_agrees() {
        let mut buf = String::from("left over");
        let singles: Vec<String> = (0u8..128).map(|b| char::from(b).to_string()).collect();
        let words = ["amazon", "rnm", "", "аmazon", "þaypal", "AMAZ0N", "a-b.c"];
        for w in singles.iter().map(String::as_str).chain(words) {
            skeleton_into(&mut buf, w);
            assert_eq!(buf, skeleton(w), "{w:?}");
            assert_eq!(buf, full_skeleton(w), "{w:?}");
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
        // Diacritics (Chrome's diacritic remover) and Chrome's extra confusables.
        let chrome = [
            ("am\u{00E1}z\u{022F}n", "amazon"),
            ("p\u{0103}ypa\u{026B}", "paypal"),
            ("yo\u{1E11}obas\u{1E27}i", "yodobashi"),
            ("mer\u{1D04}a\u{1E5B}i", "mercari"),
            ("\u{00E3}rnazon", "amazon"),
            ("\u{0142}ine", "line"),
            ("ra\u{043A}uten", "rakuten"),
            ("s\u{043D}ein", "shein"),
            ("\u{0167}emu", "temu"),
            ("amazon\u{30FC}jp", "amazon-jp"),
        ];
        for (a, b) in chrome {
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

    #[test]
    fn skeleton_sets() {
        let both = skeletons("\u{00FE}aypal");
        assert!(both.contains(&skeleton("paypal")), "{both:?}");
        assert!(skeletons("e\u{00FE}ay").contains(&skeleton("ebay")));
        assert!(skeletons("app\u{04CF}e").contains(&skeleton("apple")));
        assert_eq!(skeletons("amazon"), vec![skeleton("amazon")]);
        // Too many ambiguous characters: no supplemental forms (Chrome's bound).
        assert_eq!(skeletons(&"\u{00FE}".repeat(6)).len(), 1);
    }

    #[test]
    fn hooked_letters() {
        // dnstwist's homoglyph fuzzer uses these; NFD keeps them and confusables.txt leaves them.
        let cases = [
            ("a\u{027E}nazon", "amazon"),
            ("\u{0188}ostco", "costco"),
            ("\u{A791}itori", "nitori"),
            ("\u{029D}cb", "jcb"),
            ("ra\u{2C6A}uten", "rakuten"),
            ("\u{2C73}almart", "walmart"),
            ("mizu\u{2C68}o", "mizuho"),
            ("\u{0289}niqlo", "uniqlo"),
        ];
        for (idn, brand) in cases {
            assert_eq!(skeleton(idn), skeleton(brand), "{idn}");
        }
        assert_ne!(skeleton("\u{0188}ostco"), skeleton("eostco"));
    }
}
