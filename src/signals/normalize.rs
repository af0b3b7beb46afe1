//! What the user reads, from what the page's DOM holds: NFKC (full-width and mathematical letters,
//! ligatures and circled letters become the letters they show), with invisible characters and
//! bidi controls removed. A kit writes `Ama\u{200B}zon` or `Ama\u{00AD}zon`: the user reads
//! "Amazon", and so must the assessment.
//!
//! Confusable folding of Latin look-alikes from other scripts (`Аmazon` with Cyrillic А) is in
//! `words::fold`, which runs on the output of [`visible`] (with `letters.rs`: kana look-alikes,
//! old kanji, small capitals); ASCII confusables of brand words in brand positions (`amaz0n`,
//! `arnazon`) are respelled by [`respell_brands`].

use crate::domain::unicode::nfkc;
use crate::signals::letters::{is_hiragana, parenthesized_letter};

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

/// The text as the user reads it: right-to-left overrides applied, invisible characters removed,
/// parenthesized letters read as the letter (`⒜` → `a`), then NFKC.
///
/// `visible("Ama\u{200B}zon")` == `"Amazon"`; `visible("ＡＭＡＺＯＮ")` == `"AMAZON"`;
/// `visible("ｻｲﾝｲﾝ")` == `"サインイン"`; `visible("楽天")` == `"楽天"`;
/// `visible("\u{202E}nozamA\u{202C}")` == `"Amazon"`.
pub fn visible(s: &str) -> String {
    if s.is_ascii() {
        return s.to_string();
    }
    // A parenthesized letter (`⒫`) is the letter it draws, before NFKC makes it `(p)`. A spacing
    // (han)dakuten is the combining mark it draws beside the kana before it: a kit writes `エホ゜ス`
    // (ホ, U+309C) and the user reads `エポス`; NFKC would make it a space and a mark composing with
    // nothing, while the combining mark (U+309A) composes `ポ`.
    let read = |c: char| match c {
        '\u{309B}' => '\u{3099}',
        '\u{309C}' => '\u{309A}',
        _ => parenthesized_letter(c).unwrap_or(c),
    };
    if s.contains(RLO) {
        return nfkc(
            drawn_order(s)
                .into_iter()
                .filter(|&c| !is_invisible(c))
                .map(read),
        )
        .collect();
    }
    nfkc(s.chars().filter(|&c| !is_invisible(c)).map(read)).collect()
}

/// RIGHT-TO-LEFT OVERRIDE: what follows it, up to POP DIRECTIONAL FORMATTING (U+202C) or the end,
/// is drawn in reverse order, whatever its script (UAX #9, explicit overrides). The content script
/// marks CSS `unicode-bidi: bidi-override; direction: rtl` and `<bdo dir=rtl>` with the same pair.
const RLO: char = '\u{202E}';
const PDF: char = '\u{202C}';

/// The characters of `s` in the order they are drawn where right-to-left overrides reverse them:
/// a kit writes "nozamA" inside an override and the user reads "Amazon". Overrides nested in an
/// override end at the first PDF (a kit gains nothing by nesting: the outer one reverses all).
fn drawn_order(s: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find(RLO) {
        out.extend(rest[..i].chars());
        let inner = &rest[i + RLO.len_utf8()..];
        let end = inner.find(PDF).unwrap_or(inner.len());
        out.extend(inner[..end].chars().rev());
        rest = inner.get(end + PDF.len_utf8()..).unwrap_or("");
    }
    out.extend(rest.chars());
    out
}

/// Letters spaced out one by one as the word they show: `a m a z o n` → `amazon`,
/// `a m a z o n . c o m, inc.` → `amazon.com, inc.`, `ア マ ゾ ン` → `アマゾン`. A run of at least
/// four space-separated pieces that each hold at most one letter or digit (and at most two
/// characters), with at least three letters or digits in all, is joined; `q & a` and `a b` stay.
pub fn join_spaced(s: &str) -> String {
    let pieces: Vec<&str> = s.split(' ').collect();
    let alnum = |p: &str| p.chars().filter(|c| c.is_alphanumeric()).count();
    let single = |p: &str| !p.is_empty() && p.chars().count() <= 2 && alnum(p) <= 1;
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < pieces.len() {
        // A run starts and ends on a letter or digit (`© a m a z o n` keeps its `© `).
        let mut run = pieces[i..].iter().take_while(|p| single(p)).count();
        if alnum(pieces[i]) == 0 {
            run = 0;
        }
        while run > 0 && alnum(pieces[i + run - 1]) == 0 {
            run -= 1;
        }
        let letters = pieces[i..i + run].iter().filter(|p| alnum(p) == 1).count();
        if i > 0 {
            out.push(' ');
        }
        if run >= 4 && letters >= 3 {
            pieces[i..i + run].iter().for_each(|p| out.push_str(p));
            i += run;
        } else {
            out.push_str(pieces[i]);
            i += 1;
        }
    }
    out
}

/// Marks a kit sets between the letters of a brand (`R•a•k•u•t•e•n`, `メ・ル・カ・リ`, `Y–a–h–o–o`,
/// `a/u`), after NFKC (full-width `／`, half-width `･` are these).
pub const LETTER_SEPARATORS: &str = "·•‧∙・-‐–—_/.|*";

/// Letters set apart one by one with the same mark as the word they show: `r•a•k•u•t•e•n` →
/// `rakuten`, `メ・ル・カ・リ` → `メルカリ`, `y–a–h–o–o–! j–a–p–a–n` → `yahoo! japan` (a mark before
/// a closing sign goes too). A run of at least three single letters (no digits: `1.2.3.4` stays)
/// with the same mark between each pair is joined; words (`エポス・セゾン`, `e-mail`) stay.
pub fn join_separated(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let single = |i: usize| {
        chars.get(i).is_some_and(|c| c.is_alphabetic())
            && (i == 0 || !chars[i - 1].is_alphanumeric())
            && !chars.get(i + 1).is_some_and(|c| c.is_alphanumeric())
    };
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let sep = chars
            .get(i + 1)
            .copied()
            .filter(|c| LETTER_SEPARATORS.contains(*c));
        if let (true, Some(sep)) = (single(i), sep) {
            let mut end = i; // the run's last letter
            while chars.get(end + 1) == Some(&sep) && single(end + 2) {
                end += 2;
            }
            if (end - i) / 2 + 1 >= 3 {
                (i..=end).step_by(2).for_each(|k| out.push(chars[k]));
                i = end + 1;
                // `o–!`: the mark before a closing sign is one of the run's.
                if chars.get(i) == Some(&sep)
                    && chars
                        .get(i + 1)
                        .is_some_and(|c| matches!(c, '!' | '?' | '.'))
                {
                    i += 1;
                }
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

/// A wordmark drawn in two or three pieces (a picture's `<text>Pay</text><text>Pal</text>`, two
/// coloured runs read as "Pay Pal") as the one word the user sees: `pay pal` → `paypal`. Only for
/// short pictures and wordmarks at a form (`form_logos`), never body text: 2–3 pieces of 2–8
/// letters each; `sign in to your account`, pieces of one letter (`a b c`) or with digits stay (None).
pub fn wordmark_joined(s: &str) -> Option<String> {
    let pieces: Vec<&str> = s.split(' ').collect();
    let word =
        |p: &&str| (2..=8).contains(&p.chars().count()) && p.chars().all(char::is_alphabetic);
    ((2..=3).contains(&pieces.len()) && pieces.iter().all(word)).then(|| pieces.concat())
}

/// Brand words as a kit respells them with confusable ASCII (`amaz0n`, `paypa1`, `arnazon`): each
/// ASCII word of folded `s` whose confusable skeleton is a catalog brand's skeleton becomes that
/// brand's token. For brand positions only (title, headings, logo alts, copyright, buttons); body
/// text keeps its words (`rn` is common in prose). Tokens of three letters or fewer are left alone.
///
/// `respell_brands("amaz0nサインイン")` == `"amazonサインイン"`; `"modern"` stays.
pub fn respell_brands(s: &str, catalog: &Catalog) -> String {
    let kana = hiragana_brands(s, catalog);
    let s = kana.as_deref().unwrap_or(s);
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

/// Hiragana run length from which a run that spells a brand's katakana name is read as that name.
const HIRAGANA_BRAND_MIN: usize = 4;

/// `s` with each run of hiragana (four or more, the whole run) that spells a catalog brand's katakana
/// name written as that name: a kit's `あまぞん` is `アマゾン`, `めるかり` `メルカリ`. Shorter runs stay
/// (`どこも`, "everywhere", is not `ドコモ`), and so do runs that only contain a name. None when nothing
/// changes.
fn hiragana_brands(s: &str, catalog: &Catalog) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut changed = false;
    let mut rest = s;
    while let Some(start) = rest.find(is_hiragana) {
        let len = rest[start..]
            .find(|c: char| !is_hiragana(c))
            .unwrap_or(rest.len() - start);
        let run = &rest[start..start + len];
        out.push_str(&rest[..start]);
        // Each hiragana's katakana is 0x60 code points on (あ U+3042 → ア U+30A2).
        let kana: String = if run.chars().count() >= HIRAGANA_BRAND_MIN {
            run.chars()
                .filter_map(|c| char::from_u32(c as u32 + 0x60))
                .collect()
        } else {
            String::new()
        };
        let brand = !kana.is_empty()
            && catalog
                .retailers()
                .iter()
                .any(|r| r.brand_tokens_ja.contains(&kana.as_str()));
        out.push_str(if brand { &kana } else { run });
        changed |= brand;
        rest = &rest[start + len..];
    }
    out.push_str(rest);
    changed.then_some(out)
}

#[cfg(test)]
#[path = "normalize_tests.rs"]
mod separated_tests;

#[cfg(test)]
mod wordmark_tests {
    use super::wordmark_joined;

    #[test]
    fn wordmark_pieces_join() {
        for (raw, want) in [
            ("pay pal", Some("paypal")),
            ("mer ca ri", Some("mercari")),
            ("メル カリ", Some("メルカリ")),
            // Left alone: one word, long phrases, pieces of one letter or with digits or marks.
            ("paypal", None),
            ("sign in to your account", None),
            ("a b", None),
            ("au pay", Some("aupay")),
            ("amazon.co jp", None),
            ("pay 2 pal", None),
            ("verification required", None),
            ("", None),
        ] {
            assert_eq!(wordmark_joined(raw).as_deref(), want, "{raw}");
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
        for (raw, want) in [
            ("あまぞん お客様サポート", "アマゾン お客様サポート"),
            ("めるかりにログイン", "めるかりにログイン"),
            ("ようこそめるかり", "ようこそめるかり"),
            ("「めるかり」", "「メルカリ」"),
            ("らくてんカード", "ラクテンカード"),
        ] {
            assert_eq!(respell_brands(raw, &catalog), want, "{raw}");
        }
        for same in [
            "modern",
            "amazon",
            "sign in",
            "ebay",
            "easy",
            "targets",
            "楽天",
            "どこも同じ",
            "にとり",
            "ありがとうございます",
        ] {
            assert_eq!(respell_brands(same, &catalog), same);
        }
    }
}
