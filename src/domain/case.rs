//! Lower and upper case of one character, as the standard library's `char::to_lowercase` and
//! `char::to_uppercase` answer, over run tables derived from them at build time (`build/case.rs`):
//! the engine does not link core's own case tables (~25 KB of `(char, u32)` pairs in the WASM).
//! Equal to the standard library's answer for every character (unit test below); use these, not
//! `char::to_lowercase` / `char::to_uppercase` (clippy's `disallowed-methods`, `clippy.toml`).

include!(concat!(env!("OUT_DIR"), "/case_table.rs"));

/// The one to three characters a character maps to (`std::char::ToLowercase`'s role).
#[derive(Debug, Clone)]
pub struct CaseChars {
    chars: [char; 3],
    next: u8,
    end: u8,
}

impl CaseChars {
    fn one(c: char) -> Self {
        CaseChars {
            chars: [c, '\0', '\0'],
            next: 0,
            end: 1,
        }
    }
}

impl Iterator for CaseChars {
    type Item = char;

    fn next(&mut self) -> Option<char> {
        let c = *self
            .chars
            .get(usize::from(self.next))
            .filter(|_| self.next < self.end)?;
        self.next += 1;
        Some(c)
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = usize::from(self.end - self.next);
        (n, Some(n))
    }
}

impl ExactSizeIterator for CaseChars {}

/// `c` through one direction's tables (out of line: the callers' ASCII paths stay small).
#[inline(never)]
fn map(c: char, runs: &[(u32, i32)], multi: &[(u32, [char; 3])]) -> CaseChars {
    let u = u32::from(c);
    let i = runs.partition_point(|&(packed, _)| packed & 0x1f_ffff <= u);
    if let Some(&(packed, delta)) = i.checked_sub(1).and_then(|i| runs.get(i)) {
        let (start, step, len) = (packed & 0x1f_ffff, (packed >> 21 & 1) + 1, packed >> 22);
        let k = u - start;
        if k % step == 0 && k / step < len {
            if let Some(to) = u.checked_add_signed(delta).and_then(char::from_u32) {
                return CaseChars::one(to);
            }
        }
    }
    match multi.binary_search_by_key(&u, |&(from, _)| from) {
        Ok(i) => {
            let chars = multi.get(i).map_or([c, '\0', '\0'], |&(_, to)| to);
            let end = chars.iter().take_while(|&&t| t != '\0').count() as u8;
            CaseChars {
                chars,
                next: 0,
                end,
            }
        }
        Err(_) => CaseChars::one(c),
    }
}

/// Lower case of `c` (as `char::to_lowercase`): `A` → `a`, `İ` → `i̇`.
pub fn lower(c: char) -> CaseChars {
    if c.is_ascii() {
        return CaseChars::one(c.to_ascii_lowercase());
    }
    map(c, &LOWER_RUNS, &LOWER_MULTI)
}

/// Upper case of `c` (as `char::to_uppercase`): `a` → `A`, `ß` → `SS`.
pub fn upper(c: char) -> CaseChars {
    if c.is_ascii() {
        return CaseChars::one(c.to_ascii_uppercase());
    }
    map(c, &UPPER_RUNS, &UPPER_MULTI)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[allow(clippy::disallowed_methods)] // the reference these tables replace
    fn every_character_as_the_standard_library() {
        let (mut lower_differ, mut upper_differ) = (Vec::new(), Vec::new());
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            if lower(c).ne(c.to_lowercase()) || lower(c).len() != c.to_lowercase().len() {
                lower_differ.push(c);
            }
            if upper(c).ne(c.to_uppercase()) || upper(c).len() != c.to_uppercase().len() {
                upper_differ.push(c);
            }
        }
        assert_eq!(
            (lower_differ.len(), upper_differ.len()),
            (0, 0),
            "lower {lower_differ:?}, upper {upper_differ:?}"
        );
    }

    #[test]
    fn known_mappings() {
        let cases = [
            ('A', "a", "A"),
            ('z', "z", "Z"),
            ('Ā', "ā", "Ā"),
            ('ā', "ā", "Ā"),
            ('Σ', "σ", "Σ"),
            ('ς', "ς", "Σ"),
            ('İ', "i\u{307}", "İ"),
            ('ß', "ß", "SS"),
            ('ﬃ', "ﬃ", "FFI"),
            ('Ａ', "ａ", "Ａ"),
            ('Ꭰ', "ꭰ", "Ꭰ"),
            ('ꭰ', "ꭰ", "Ꭰ"),
            ('𐐀', "𐐨", "𐐀"),
            ('あ', "あ", "あ"),
            ('\0', "\0", "\0"),
        ];
        for (c, lo, up) in cases {
            assert_eq!(lower(c).collect::<String>(), lo, "lower {c:?}");
            assert_eq!(upper(c).collect::<String>(), up, "upper {c:?}");
        }
    }
}
