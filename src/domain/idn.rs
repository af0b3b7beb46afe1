//! Internationalized host names: the UTS #46 ToASCII / ToUnicode steps the WHATWG URL Standard runs
//! on a host (non-transitional, CheckHyphens and VerifyDnsLength off, the URL's forbidden domain
//! code points denied), on what the engine already links instead of the UTS #46 tables:
//!
//! - ASCII (what a browser hands the extension): lower case, forbidden code points rejected, each
//!   `xn--` label decoded (`punycode.rs`) and checked — exactly as UTS #46.
//! - Other characters are mapped with NFKC and lower case (UTS #46's mapping is NFKC_Casefold with
//!   exceptions), default-ignorables dropped, ZWJ / ZWNJ, `ß` and `ς` kept (UTS #46 deviations),
//!   then NFC. What this does not reproduce — unassigned code points, the Bidi rule, the joining-type
//!   half of CONTEXTJ, a few characters NFKC_Casefold maps differently from NFKC + lower case — is
//!   listed in docs/url-parsing.md with the test that measures it (tests/url_equivalence.rs).

use super::case;
use super::punycode;
use super::unicode::{is_combining_mark, is_stable_starter, nfc, nfd, nfkc};
use super::url::{in_set, set, EncodeSet};
use super::uts39::is_default_ignorable;

/// ASCII the URL Standard forbids in a domain: C0 controls, space, DEL and `%#/:<>?@[\]^|`.
const FORBIDDEN: EncodeSet = set([u32::MAX, 0, 0, 1 << 31], b" %#/:<>?@[\\]^|");

/// Whether `b` is ASCII the URL Standard forbids in a domain.
pub fn is_forbidden_ascii(b: u8) -> bool {
    b < 0x80 && in_set(FORBIDDEN, b)
}

const ZWNJ: char = '\u{200c}';
const ZWJ: char = '\u{200d}';

/// Characters UTS #46 disallows that the mapping below would keep: controls, white space, private
/// use, noncharacters, the specials block's annotation and replacement characters (U+FFFD is what
/// an invalid UTF-8 percent-escape decodes to), the ideographic description characters, and the
/// default-ignorables that are not ignored (bidi controls, tag characters), and the other format
/// characters outside the Arabic blocks (Kaithi number signs, Egyptian hieroglyph format controls).
fn is_disallowed(c: char) -> bool {
    let u = u32::from(c);
    c.is_control()
        || c.is_whitespace()
        || (0xe000..=0xf8ff).contains(&u)
        || u >= 0xf0000
        || (0xfdd0..=0xfdef).contains(&u)
        || u & 0xfffe == 0xfffe
        || (0xfff9..=0xfffd).contains(&u)
        || (0x2ff0..=0x2fff).contains(&u)
        || u == 0x31ef
        || matches!(u, 0x061c | 0x200e | 0x200f | 0x202a..=0x202e | 0x2066..=0x2069)
        || (0xe0000..=0xe007f).contains(&u)
        || matches!(u, 0x110bd | 0x110cd | 0x13430..=0x1343f)
}

/// Case folding (Unicode's `toCasefold`) from the standard library's case mappings: lower case of
/// the upper case (`ᾀ` → `ἀι`, `ſ` → `s`, `ß` → `ss`), except where folding is not that — Cherokee
/// folds to its upper case, dotless `ı` does not fold, and `ß` / `ẞ` fold to `ß` (UTS #46 keeps it).
fn fold(c: char) -> impl Iterator<Item = char> {
    let cherokee = match u32::from(c) {
        0x13a0..=0x13f5 => Some(c),
        u @ 0x13f8..=0x13fd => char::from_u32(u - 8),
        u @ 0xab70..=0xabbf => char::from_u32(u - 0xab70 + 0x13a0),
        _ if c == 'ı' || c == 'ß' => Some(c),
        0x1e9e => Some('ß'),
        _ => None,
    };
    let (keep, folded) = match cherokee {
        Some(k) => (Some(k), None),
        None => (None, Some(case::upper(c).flat_map(case::lower))),
    };
    keep.into_iter().chain(folded.into_iter().flatten())
}

/// Appends the UTS #46 mapping of `c` to `out`; `Err` for a disallowed character.
fn map_char(c: char, out: &mut String) -> Result<(), ()> {
    if c.is_ascii() {
        if is_forbidden_ascii(c as u8) {
            return Err(());
        }
        out.push(c.to_ascii_lowercase());
        return Ok(());
    }
    match c {
        ZWJ | ZWNJ | 'ß' | 'ς' => out.push(c),
        '\u{3002}' | '\u{ff0e}' | '\u{ff61}' => out.push('.'),
        _ if is_disallowed(c) => return Err(()),
        _ if is_default_ignorable(c) => {}
        // Its own fold, NFKC and NFD (`а`, `ı`, `ア`, `楽`): the general arm would push it alone.
        _ if is_stable_starter(c) && fold(c).eq([c]) => out.push(c),
        _ => {
            // NFKC_Casefold, approximately: fold, NFKD, fold (the host's NFC comes after). A
            // character whose mapping holds a full stop (`⒈`, `․`, `︒`) is disallowed, not split.
            for m in nfd(nfkc(fold(c))).flat_map(fold) {
                // Forbidden ASCII is checked after NFC (`≮` decomposes to `<` and U+0338).
                if is_disallowed(m) || m == '.' || m == '\u{3002}' {
                    return Err(());
                }
                if !is_default_ignorable(m) {
                    out.push(m);
                }
            }
        }
    }
    Ok(())
}

/// Whether a label (already mapped) passes the UTS #46 validity criteria we check: no leading
/// combining mark; ZWJ only after a combining mark (the virama rule, approximated), ZWNJ there or
/// between two non-ASCII characters (the joining-type rule, approximated). Lenient where it
/// approximates: it never rejects a label UTS #46 accepts.
fn label_is_valid(label: &[char]) -> bool {
    if label.first().is_some_and(|&c| is_combining_mark(c)) {
        return false;
    }
    label.iter().enumerate().all(|(i, &c)| match c {
        ZWJ => i > 0 && is_combining_mark(label[i - 1]),
        ZWNJ => {
            i > 0
                && (is_combining_mark(label[i - 1])
                    || !label[i - 1].is_ascii() && label.get(i + 1).is_some_and(|n| !n.is_ascii()))
        }
        _ => true,
    })
}

/// Decodes an `xn--` label and checks it the way UTS #46 does: valid Punycode, every character
/// its own mapping, NFC, and the label criteria.
fn decode_label(label: &str) -> Result<Vec<char>, ()> {
    let rest = label.get(4..).unwrap_or_default();
    if rest.is_empty() || rest.ends_with('-') {
        return Err(());
    }
    let chars = punycode::decode(rest).ok_or(())?;
    let mut mapped = String::with_capacity(chars.len() * 2);
    for &c in &chars {
        map_char(c, &mut mapped)?;
    }
    // Stable starters only: the mapping is its own NFC (no normalizer run).
    let same = if mapped.chars().all(is_stable_starter) {
        mapped.chars().eq(chars.iter().copied())
    } else {
        nfc(mapped.chars()).eq(chars.iter().copied())
    };
    if !same || !label_is_valid(&chars) {
        return Err(());
    }
    Ok(chars)
}

/// An ASCII label is valid unless it is an `xn--` label that does not decode to a valid one.
fn check_ascii_label(label: &str) -> Result<(), ()> {
    if has_xn_prefix(label) {
        decode_label(label)?;
    }
    Ok(())
}

fn has_xn_prefix(label: &str) -> bool {
    label
        .as_bytes()
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case(b"xn--"))
}

/// UTS #46 ToASCII of a host (already percent-decoded): lower-case ASCII, `xn--` for non-ASCII
/// labels. `None` when the host is not a valid domain name.
pub fn to_ascii(host: &str) -> Option<String> {
    map_host(host).ok()
}

fn map_host(host: &str) -> Result<String, ()> {
    if host.is_ascii() {
        let lower = host.to_ascii_lowercase();
        if lower.bytes().any(is_forbidden_ascii) {
            return Err(());
        }
        let mut start = 0;
        for end in lower
            .bytes()
            .enumerate()
            .filter(|&(_, b)| b == b'.')
            .map(|(i, _)| i)
        {
            check_ascii_label(&lower[start..end])?;
            start = end + 1;
        }
        check_ascii_label(&lower[start..])?;
        return Ok(lower);
    }
    let mut mapped = String::with_capacity(host.len() * 2);
    for c in host.chars() {
        map_char(c, &mut mapped)?;
    }
    let normalized: String = nfc(mapped.chars()).collect();
    if normalized
        .bytes()
        .any(|b| b.is_ascii() && is_forbidden_ascii(b))
    {
        return Err(());
    }
    let mut out = String::with_capacity(normalized.len() + 8);
    for (i, label) in normalized.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        if label.is_ascii() {
            if has_xn_prefix(label) {
                decode_label(label)?;
            }
            out.push_str(label);
            continue;
        }
        let chars: Vec<char> = label.chars().collect();
        if has_xn_prefix(label) || !label_is_valid(&chars) {
            return Err(());
        }
        out.push_str("xn--");
        out.push_str(&punycode::encode(&chars).ok_or(())?);
    }
    Ok(out)
}

/// UTS #46 ToUnicode of an ASCII host that [`to_ascii`] accepted (so already checked): each
/// `xn--` label decoded (a label that does not decode stays as it is).
pub fn to_unicode(host: &str) -> String {
    let mut out = String::with_capacity(host.len());
    for (i, label) in host.split('.').enumerate() {
        if i > 0 {
            out.push('.');
        }
        match label
            .get(4..)
            .filter(|_| has_xn_prefix(label))
            .and_then(punycode::decode)
        {
            Some(chars) => out.extend(chars),
            None => out.push_str(label),
        }
    }
    out
}
