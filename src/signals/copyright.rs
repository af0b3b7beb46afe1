//! The owner a copyright line names (`© 1996-2025, amazon.com, inc.` → `amazon.com, inc.`), read from
//! a line already folded by `words::fold`.

/// The owner named by a folded copyright line: the text after the leading `©` / `Copyright` /
/// years / era names (`令和2年`) / `株式会社`, without a trailing "all rights reserved".
///
/// `© 1996-2025, amazon.com, inc.` → `amazon.com, inc.`; `copyright librarything and/or …, amazon`
/// → `librarything and/or …, amazon` (the owner is LibraryThing, Amazon is only listed).
///
/// A rendered footer line often starts with its links (`利用規約 プライバシー規約 © 1996-2025,
/// amazon.com, inc.`): the owner is read from the first copyright mark on, when a name follows it;
/// a line whose name comes before the mark (`amazon.com, inc. ©2025`) keeps its start.
pub fn copyright_owner(line_folded: &str) -> &str {
    let line = line_folded.trim();
    let mark = ["©", "(c)", "copyright", "&copy;"]
        .iter()
        .filter_map(|m| line.find(m))
        .min();
    if let Some(at) = mark.filter(|&at| at > 0) {
        let owner = owner_after_marks(&line[at..]);
        if !owner.is_empty() {
            return owner;
        }
    }
    owner_after_marks(line)
}

/// [`copyright_owner`] of a line read from its start.
fn owner_after_marks(line: &str) -> &str {
    let mut s = line.trim();
    loop {
        let before = s.len();
        for w in [
            "copyright",
            "(c)",
            "©",
            "令和",
            "平成",
            "昭和",
            "年",
            "株式会社",
            "&copy;",
        ] {
            if let Some(rest) = s.strip_prefix(w) {
                s = rest;
            }
        }
        // Years and their ranges, also with the dashes typeset footers use (`© 1999–2026`).
        s = s.trim_start_matches(|c: char| {
            c.is_ascii_digit()
                || c.is_ascii_punctuation()
                || c.is_whitespace()
                || matches!(c, '‐' | '–' | '—' | '−' | '〜')
        });
        if s.len() == before {
            break;
        }
    }
    if let Some(i) = s.find("all rights reserved") {
        s = &s[..i];
    }
    s.trim_end_matches(|c: char| c.is_ascii_punctuation() || c.is_whitespace())
}
