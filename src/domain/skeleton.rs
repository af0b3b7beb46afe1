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
use super::unicode::{is_combining_mark, is_stable_starter, nfd};
use super::uts39::{prototype_stable, skeleton as uts39_skeleton};

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
    if s.chars().all(is_stable_starter) {
        // Its own NFD: the same filter and map over the characters themselves.
        return s
            .chars()
            .filter(|c| !is_combining_mark(*c))
            .map(|c| diacritic_extra(c).unwrap_or(c))
            .collect();
    }
    nfd(s.chars())
        .filter(|c| !is_combining_mark(*c))
        .map(|c| diacritic_extra(c).unwrap_or(c))
        .collect()
}

/// The full algorithm on one reading of `s`: diacritics, extra mappings, UTS #39, lower-case.
fn full_skeleton(s: &str) -> String {
    full_skeleton_with(s, true)
}

/// [`full_skeleton`]; `fast`: the mapping and UTS #39 steps one character at a time when the text
/// allows it ([`stable_skeleton`]), else (and for the ASCII table itself) as written.
fn full_skeleton_with(s: &str, fast: bool) -> String {
    let lgc = is_lgc_label(s);
    let base = if lgc && !s.is_ascii() {
        std::borrow::Cow::Owned(remove_diacritics(s))
    } else {
        std::borrow::Cow::Borrowed(s)
    };
    if fast {
        if let Some(out) = stable_skeleton(&base, lgc) {
            return out;
        }
    }
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

/// The mapping, UTS #39 and lower-case steps of [`full_skeleton_with`] on `base` one character at a
/// time, when every character (after the extra mappings) and every prototype character is a
/// stable starter: then no normalization step joins or reorders characters, and the skeleton is
/// the characters' skeletons in order — for ASCII, the table's (its entries are starters only,
/// no mark: `ascii_entries_are_starters`). `None` when a character is not.
fn stable_skeleton(base: &str, lgc: bool) -> Option<String> {
    let table = ascii_table();
    let mut out = String::with_capacity(base.len() + 4);
    for c in base.chars() {
        if c.is_ascii() {
            match table.one[usize::from(c as u8)] {
                one @ 1..=0x7f => out.push(char::from(one)),
                _ => out.push_str(&table.entries[usize::from(c as u8)]),
            }
            continue;
        }
        let mut push = |p: char| push_lower(&mut out, lgc, p);
        let stable = match (chrome_extra(c), japanese_extra(c)) {
            (Some(m), _) => m.chars().all(|m| prototype_stable(m, &mut push)),
            (None, Some(j)) => prototype_stable(j, &mut push),
            (None, None) => prototype_stable(c, &mut push),
        };
        if !stable {
            return None;
        }
    }
    Some(out)
}

/// The lower case of a prototype character, without marks in a Latin/Greek/Cyrillic label.
fn push_lower(out: &mut String, lgc: bool, p: char) {
    out.extend(case::lower(p).filter(|c| !lgc || !is_combining_mark(*c)));
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
            std::array::from_fn(|i| full_skeleton_with(&char::from(i as u8).to_string(), false));
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
#[path = "skeleton_tests.rs"]
mod tests;
