//! What the user reads, from what the page's DOM holds: NFKC (full-width and mathematical letters,
//! ligatures and circled letters become the letters they show), with invisible characters and
//! bidi controls removed. A kit writes `Ama\u{200B}zon` or `Ama\u{00AD}zon`: the user reads
//! "Amazon", and so must the assessment.
//!
//! Confusable folding of Latin look-alikes from other scripts (`Аmazon` with Cyrillic А) is in
//! `words::fold`, which runs on the output of [`visible`]; ASCII confusables of brand words in
//! brand positions (`amaz0n`, `arnazon`) are respelled by [`respell_brands`].

use crate::domain::unicode::nfkc;

use crate::catalog::Catalog;
use crate::domain::skeleton;

/// Characters that render as nothing (or only steer direction) but split a word for matching:
/// zero-width space/joiners and direction marks (U+200B–U+200F), bidi embeddings and overrides
/// (U+202A–U+202E), word joiner and invisible operators (U+2060–U+2064), bidi isolates
/// (U+2066–U+2069), deprecated format controls (U+206A–U+206F), the byte-order mark (U+FEFF), the
/// soft hyphen (U+00AD), the combining grapheme joiner (U+034F), the Arabic letter mark (U+061C),
/// Mongolian vowel separator and variation selectors (U+180B–U+180F), Hangul fillers (U+115F,
/// U+1160, U+3164, U+FFA0), Khmer inherent vowels (U+17B4, U+17B5), variation selectors
/// (U+FE00–U+FE0F, U+E0100–U+E01EF), tag characters (U+E0000–U+E007F) and shorthand format
/// controls (U+1BCA0–U+1BCA3). Unicode's Default_Ignorable_Code_Point property, less the
/// unassigned ranges.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{115F}' | '\u{1160}' | '\u{17B4}' | '\u{17B5}'
        | '\u{180B}'..='\u{180F}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{3164}' | '\u{FE00}'..='\u{FE0F}' | '\u{FEFF}' | '\u{FFA0}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{E0000}'..='\u{E007F}'
        | '\u{E0100}'..='\u{E01EF}')
}

/// The text as the user reads it: invisible characters removed, then NFKC.
///
/// `visible("Ama\u{200B}zon")` == `"Amazon"`; `visible("ＡＭＡＺＯＮ")` == `"AMAZON"`;
/// `visible("ｻｲﾝｲﾝ")` == `"サインイン"`; `visible("楽天")` == `"楽天"`.
pub fn visible(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    nfkc(s.chars().filter(|&c| !is_invisible(c))).collect()
}

/// Brand words as a kit respells them with confusable ASCII (`amaz0n`, `paypa1`, `arnazon`): each
/// ASCII word of folded `s` whose confusable skeleton is a catalog brand's skeleton becomes that
/// brand's token. For brand positions only (title, headings, logo alts, copyright, buttons); body
/// text keeps its words (`rn` is common in prose). Tokens of three letters or fewer are left alone.
///
/// `respell_brands("amaz0nサインイン")` == `"amazonサインイン"`; `"modern"` stays.
pub fn respell_brands(s: &str, catalog: &Catalog) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find(|c: char| c.is_ascii_alphanumeric()) {
        out.push_str(&rest[..start]);
        let word_len = rest[start..]
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(rest.len() - start);
        let word = &rest[start..start + word_len];
        let brand = (4..=24)
            .contains(&word.len())
            .then(|| {
                let sk = skeleton(word);
                catalog
                    .brands()
                    .iter()
                    .find(|b| b.token.len() >= 4 && b.skeleton == sk)
            })
            .flatten();
        out.push_str(brand.map_or(word, |b| b.token.as_str()));
        rest = &rest[start + word_len..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invisible_characters_are_removed() {
        for (raw, want) in [
            ("Ama\u{200B}zon", "Amazon"),
            ("Ama\u{200C}zon", "Amazon"),
            ("Ama\u{200D}zon", "Amazon"),
            ("Ama\u{2060}zon", "Amazon"),
            ("Ama\u{FEFF}zon", "Amazon"),
            ("Ama\u{00AD}zon", "Amazon"),
            ("\u{202E}Amazon\u{202C}", "Amazon"),
            ("\u{2066}Pay\u{2069}Pal", "PayPal"),
            ("\u{200E}楽\u{200F}天", "楽天"),
            ("Ama\u{034F}zon", "Amazon"),
            ("Ama\u{E0041}zon", "Amazon"),
            ("Ama\u{FE0F}zon", "Amazon"),
        ] {
            assert_eq!(visible(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn nfkc_shows_the_letters_drawn() {
        for (raw, want) in [
            ("ＡＭＡＺＯＮ", "AMAZON"),
            ("\u{1D400}mazon", "Amazon"), // mathematical bold A
            ("ⓐmazon", "amazon"),         // circled a
            ("ｻｲﾝｲﾝ", "サインイン"),      // half-width katakana
            ("ﬁrst", "first"),            // ligature
            ("Amazon\u{3000}ログイン", "Amazon ログイン"),
        ] {
            assert_eq!(visible(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn ordinary_text_is_unchanged() {
        for s in [
            "Amazon",
            "楽天会員ログイン",
            "メルカリ",
            "© 1996-2025, Amazon.com, Inc.",
            "Yahoo! JAPAN ID",
            "café",
        ] {
            assert_eq!(visible(s), s);
        }
    }
}

#[cfg(test)]
mod respell_tests {
    use super::*;

    #[test]
    fn confusable_brand_words_are_respelled() {
        let catalog = Catalog::new(&[]);
        for (raw, want) in [
            ("amaz0nサインイン", "amazonサインイン"),
            ("arnazon sign-in", "amazon sign-in"),
            ("paypa1 login", "paypal login"),
            (
                "© 1996-2025, amaz0n.com, inc.",
                "© 1996-2025, amazon.com, inc.",
            ),
            ("rnercari", "mercari"),
        ] {
            assert_eq!(respell_brands(raw, &catalog), want, "{raw}");
        }
        for same in [
            "modern", "amazon", "sign in", "ebay", "easy", "targets", "楽天",
        ] {
            assert_eq!(respell_brands(same, &catalog), same);
        }
    }
}
