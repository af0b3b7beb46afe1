//! Tests of `src/domain/unicode.rs`: the four normalization forms against ICU4X's
//! `icu_normalizer` (the normalizer the engine shipped before `normal.rs`), every character and
//! mixed strings; the mark test against `unicode-normalization`.
use super::*;
use icu_normalizer::{ComposingNormalizerBorrowed, DecomposingNormalizerBorrowed};

/// Ours and ICU's NFD, NFKD, NFC and NFKC of `s`, in that order.
fn forms(s: &str) -> [(String, String); 4] {
    [
        (
            nfd(s.chars()).collect(),
            DecomposingNormalizerBorrowed::new_nfd()
                .normalize(s)
                .into_owned(),
        ),
        (
            nfkd(s.chars()).collect(),
            DecomposingNormalizerBorrowed::new_nfkd()
                .normalize(s)
                .into_owned(),
        ),
        (
            nfc(s.chars()).collect(),
            ComposingNormalizerBorrowed::new_nfc()
                .normalize(s)
                .into_owned(),
        ),
        (
            nfkc(s.chars()).collect(),
            ComposingNormalizerBorrowed::new_nfkc()
                .normalize(s)
                .into_owned(),
        ),
    ]
}

const NAMES: [&str; 4] = ["NFD", "NFKD", "NFC", "NFKC"];

#[test]
fn every_character_as_icu() {
    let mut differ: [Vec<char>; 4] = Default::default();
    let mut mark_differ = Vec::new();
    for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
        for (i, (ours, icu)) in forms(&c.to_string()).iter().enumerate() {
            if ours != icu {
                differ[i].push(c);
            }
        }
        if is_combining_mark(c) != unicode_normalization::char::is_combining_mark(c) {
            mark_differ.push(c);
        }
    }
    let counts: Vec<usize> = differ.iter().map(Vec::len).collect();
    assert_eq!(
        (counts, mark_differ.len()),
        (vec![0, 0, 0, 0], 0),
        "{NAMES:?} {differ:?}, marks {mark_differ:?}"
    );
}

#[test]
fn strings_as_icu() {
    let cases = [
        "",
        "ｱﾏｿﾞﾝ",
        "ＰａｙＰａｌ",
        "ﬁnance",
        "a\u{327}\u{301}\u{300}",
        "\u{1e9b}\u{323}",
        "한국어",
        "ᄀ\u{1161}\u{11a8}",
        "가\u{11a8}\u{11a8}",
        "e\u{301}\u{301}",
        "Å\u{30a}",
        "㍿",
        "①②",
        "ｶﾞ",
        "ガ\u{3099}",
        "\u{fb2c}\u{5b7}",
        "\u{301}\u{301}a",
        "\u{b47}\u{b3e}",
        "\u{fdfa}\u{301}",
        "q\u{307}\u{323}",
        "楽天市場",
    ];
    for s in cases {
        for (i, (ours, icu)) in forms(s).into_iter().enumerate() {
            assert_eq!(ours, icu, "{} of {s:?}", NAMES[i]);
        }
    }
}

/// Random strings (a fixed seed) of characters that normalization touches — marks of every
/// class, composites, compatibility characters, Hangul syllables and jamo, kana and their voicing
/// marks — among ASCII letters: composition across characters, blocking and reordering.
#[test]
fn random_strings_as_icu() {
    let pool: Vec<char> = (0..0x3_0000u32)
        .filter_map(char::from_u32)
        .filter(|&c| {
            let one = c.to_string();
            unicode_normalization::char::canonical_combining_class(c) != 0
                || forms(&one).iter().any(|(_, icu)| *icu != one)
                || (0x1100..0x1200).contains(&u32::from(c))
                || (0x3040..0x3100).contains(&u32::from(c))
                || (0xAC00..0xAC40).contains(&u32::from(c))
        })
        .collect();
    assert!(pool.len() > 5000, "{} characters", pool.len());
    let mut seed = 0x9e37_79b9_7f4a_7c15u64;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..5000 {
        let s: String = (0..1 + next(10))
            .map(|_| match next(4) {
                0 => char::from(b'a' + next(26) as u8),
                _ => pool[next(pool.len())],
            })
            .collect();
        for (i, (ours, icu)) in forms(&s).into_iter().enumerate() {
            assert_eq!(
                ours,
                icu,
                "{} of {s:?} {:x?}",
                NAMES[i],
                s.chars().map(u32::from).collect::<Vec<_>>()
            );
        }
    }
}

/// `is_stable_starter` (the fast paths' test) claims only what ICU and `unicode-normalization`
/// agree to: class 0, every form of the character alone is itself, and it is not the second
/// character of any composition (the last character of a primary composite's NFD, or a Hangul
/// vowel / trailing jamo).
#[test]
fn stable_starters_as_icu() {
    use std::collections::HashSet;
    use unicode_normalization::UnicodeNormalization;
    let all: Vec<char> = (0..=u32::from(char::MAX))
        .filter_map(char::from_u32)
        .collect();
    let mut seconds: HashSet<char> = (0x1161..0x11C3).filter_map(char::from_u32).collect();
    for &x in &all {
        let one = x.to_string();
        let d: String = one.nfd().collect();
        if d != one && one.nfc().eq(one.chars()) {
            seconds.extend(d.chars().last());
        }
    }
    let (mut wrong, mut stable) = (Vec::new(), 0usize);
    for &c in all.iter().filter(|&&c| is_stable_starter(c)) {
        stable += 1;
        let one = c.to_string();
        if unicode_normalization::char::canonical_combining_class(c) != 0
            || forms(&one).iter().any(|(_, icu)| *icu != one)
            || seconds.contains(&c)
        {
            wrong.push(c);
        }
    }
    assert!(wrong.is_empty(), "{} wrong: {wrong:?}", wrong.len());
    // Not vacuous: letters of the look-alike scripts are stable, precomposed and combining are not.
    assert!(stable > 1_000_000, "{stable}");
    for c in ['a', 'а', 'ı', 'ア', '楽', 'ー'] {
        assert!(is_stable_starter(c), "{c}");
    }
    for c in ['é', '\u{301}', 'ｱ', '가', '\u{1161}', '\u{3099}', 'ﬁ', 'Å'] {
        assert!(!is_stable_starter(c), "{c}");
    }
}
