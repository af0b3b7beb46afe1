//! Confusable supplements to UTS #39: the character mappings Chrome adds before computing a
//! skeleton, and ours for Japanese users. Hand-edited tables, each sorted by character (tested);
//! each entry cites its source at its line.
//!
//! Chrome = Chromium `components/url_formatter/spoof_checks/skeleton_generator.cc` (commit
//! `1749a822c211275c60b56fe44829ba9dba58399f`, `SkeletonGenerator::SkeletonGenerator`):
//! `diacritic_remover_` (`::NFD; ::[:Nonspacing Mark:] Remove; ::NFC; ł > l; ø > o; đ > d;`),
//! `extra_confusable_mapper_` ("Supplement the Unicode confusable list by the following mapping")
//! and `character_map_` (characters that look like two different things).

/// Letters the diacritic remover maps because NFD does not decompose them (Chrome
/// `diacritic_remover_` rules `ł > l; ø > o; đ > d;`).
pub const DIACRITIC_EXTRA: &[(char, char)] = &[
    ('\u{00F8}', 'o'), // ø: Chrome diacritic_remover_ "ø > o"
    ('\u{0111}', 'd'), // đ: Chrome diacritic_remover_ "đ > d"
    ('\u{0142}', 'l'), // ł: Chrome diacritic_remover_ "ł > l"
];

/// Chrome's `extra_confusable_mapper_`, applied before the UTS #39 skeleton: letters that look
/// like a Latin letter or digit but that confusables.txt does not map to it.
pub const CHROME_EXTRA: &[(char, &str)] = &[
    ('\u{00E6}', "ae"), // æ: Chrome "[æӕ] > ae"
    ('\u{0127}', "h"),  // ħ: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{0138}', "k"),  // ĸ: Chrome "[ĸκкқҝҟҡӄԟ] > k"
    ('\u{014B}', "n"),  // ŋ: Chrome "[ŋпԥกח] > n"
    ('\u{0167}', "t"),  // ŧ: Chrome "[ŧтҭԏ七丅丆丁] > t"
    ('\u{0185}', "b"),  // ƅ: Chrome "[ƅьҍв] > b"
    ('\u{03B8}', "0"),  // θ: Chrome "[θ] > 0"
    ('\u{03BA}', "k"),  // κ: Chrome "[ĸκкқҝҟҡӄԟ] > k"
    ('\u{03C7}', "x"),  // χ: Chrome "[χҳӽӿ乂] > x"
    ('\u{03C9}', "w"),  // ω: Chrome "[ωшщพฟພຟ] > w"
    ('\u{03FC}', "p"),  // ϼ: Chrome "[ϼҏ] > p"
    ('\u{0432}', "b"),  // в: Chrome "[ƅьҍв] > b"
    ('\u{0437}', "3"),  // з: Chrome "[зҙӡ…] > 3"
    ('\u{043A}', "k"),  // к: Chrome "[ĸκкқҝҟҡӄԟ] > k"
    ('\u{043C}', "m"),  // м: Chrome "[мӎ] > m"
    ('\u{043D}', "h"),  // н: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{043F}', "n"),  // п: Chrome "[ŋпԥกח] > n"
    ('\u{0442}', "t"),  // т: Chrome "[ŧтҭԏ七丅丆丁] > t"
    ('\u{0448}', "w"),  // ш: Chrome "[ωшщพฟພຟ] > w"
    ('\u{0449}', "w"),  // щ: Chrome "[ωшщพฟພຟ] > w"
    ('\u{044C}', "b"),  // ь: Chrome "[ƅьҍв] > b"
    ('\u{0454}', "e"),  // є: Chrome "[єҽҿၔ] > e"
    ('\u{045B}', "h"),  // ћ: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{048D}', "b"),  // ҍ: Chrome "[ƅьҍв] > b"
    ('\u{048F}', "p"),  // ҏ: Chrome "[ϼҏ] > p"
    ('\u{0491}', "r"),  // ґ: Chrome "ґ > r"
    ('\u{0493}', "f"),  // ғ: Chrome "[ғӻ] > f"
    ('\u{0499}', "3"),  // ҙ: Chrome "[зҙӡ…] > 3"
    ('\u{049B}', "k"),  // қ: Chrome "[ĸκкқҝҟҡӄԟ] > k"
    ('\u{049D}', "k"),  // ҝ: Chrome "[ĸκкқҝҟҡӄԟ] > k"
    ('\u{049F}', "k"),  // ҟ: Chrome "[ĸκкқҝҟҡӄԟ] > k"
    ('\u{04A1}', "k"),  // ҡ: Chrome "[ĸκкқҝҟҡӄԟ] > k"
    ('\u{04A3}', "h"),  // ң: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{04A5}', "h"),  // ҥ: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{04AB}', "c"),  // ҫ: Chrome "[ҫင] > c"
    ('\u{04AD}', "t"),  // ҭ: Chrome "[ŧтҭԏ七丅丆丁] > t"
    ('\u{04B1}', "y"),  // ұ: Chrome "[ұ丫] > y"
    ('\u{04B3}', "x"),  // ҳ: Chrome "[χҳӽӿ乂] > x"
    ('\u{04BD}', "e"),  // ҽ: Chrome "[єҽҿၔ] > e"
    ('\u{04BF}', "e"),  // ҿ: Chrome "[єҽҿၔ] > e"
    ('\u{04C4}', "k"),  // ӄ: Chrome "[ĸκкқҝҟҡӄԟ] > k"
    ('\u{04C8}', "h"),  // ӈ: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{04CA}', "h"),  // ӊ: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{04CE}', "m"),  // ӎ: Chrome "[мӎ] > m"
    ('\u{04D5}', "ae"), // ӕ: Chrome "[æӕ] > ae"
    ('\u{04E1}', "3"),  // ӡ: Chrome "[зҙӡ…] > 3"
    ('\u{04FB}', "f"),  // ӻ: Chrome "[ғӻ] > f"
    ('\u{04FD}', "x"),  // ӽ: Chrome "[χҳӽӿ乂] > x"
    ('\u{04FF}', "x"),  // ӿ: Chrome "[χҳӽӿ乂] > x"
    ('\u{0503}', "d"),  // ԃ: Chrome "[ԃძ] > d"
    ('\u{050B}', "h"),  // ԋ: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{050D}', "g"),  // ԍ: Chrome "[ԍဌ] > g"
    ('\u{050F}', "t"),  // ԏ: Chrome "[ŧтҭԏ七丅丆丁] > t"
    ('\u{051F}', "k"),  // ԟ: Chrome "[ĸκкқҝҟҡӄԟ] > k"
    ('\u{0525}', "n"),  // ԥ: Chrome "[ŋпԥกח] > n"
    ('\u{0527}', "h"),  // ԧ: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{0529}', "h"),  // ԩ: Chrome "[ħнћңҥӈӊԋԧԩ] > h"
    ('\u{0577}', "2"),  // շ: Chrome "[२২੨੨૨೩೭շ] > 2"
    ('\u{2014}', "-"),  // —: Chrome "[—一―⸺⸻] > \-"
    ('\u{2E3A}', "-"),  // ⸺: Chrome "[—一―⸺⸻] > \-"
    ('\u{2E3B}', "-"),  // ⸻: Chrome "[—一―⸺⸻] > \-"
    ('\u{4E01}', "t"),  // 丁: Chrome "[ŧтҭԏ七丅丆丁] > t"
    ('\u{4E03}', "t"),  // 七: Chrome "[ŧтҭԏ七丅丆丁] > t"
    ('\u{4E05}', "t"),  // 丅: Chrome "[ŧтҭԏ七丅丆丁] > t"
    ('\u{4E06}', "t"),  // 丆: Chrome "[ŧтҭԏ七丅丆丁] > t"
    ('\u{4E2B}', "y"),  // 丫: Chrome "[ұ丫] > y"
    ('\u{4E42}', "x"),  // 乂: Chrome "[χҳӽӿ乂] > x"
];

/// Characters that look like two different things: each yields one more skeleton per reading
/// (Chrome `character_map_[u'þ'] = {"b", "p"}; character_map_[u'œ'] = {"ce", "oe"};`), and
/// Cyrillic palochka `ӏ`, which UTS #39 maps to `i` and Chrome also reads as `l`
/// (`AddSkeletonMapping(hostname_unicode, 0x4CF, 0x6C, …)`).
pub const MULTI_READINGS: &[(char, &[&str])] = &[
    ('\u{00FE}', &["b", "p"]),   // þ: Chrome character_map_
    ('\u{0153}', &["ce", "oe"]), // œ: Chrome character_map_
    ('\u{04CF}', &["l"]),        // ӏ: Chrome AddSkeletonMapping(ӏ → l)
];

/// Our supplements for Japanese users (applied before UTS #39): characters Japanese fonts draw
/// like ASCII that confusables.txt does not map to ASCII, each seen in hostnames shown to
/// Japanese users. (`－` is already NFKC-mapped by IDNA, `。` to `.` as well.)
pub const JAPANESE_EXTRA: &[(char, char)] = &[
    ('\u{2015}', '-'), // ― HORIZONTAL BAR (also Chrome "[—一―⸺⸻] > \-")
    ('\u{3002}', '.'), // 。 IDEOGRAPHIC FULL STOP (IDNA maps it to a dot already)
    ('\u{3007}', 'o'), // 〇 IDEOGRAPHIC NUMBER ZERO
    ('\u{30CE}', '/'), // ノ KATAKANA NO: fakes a path separator inside a label
    ('\u{30ED}', 'o'), // ロ KATAKANA RO: a square `o` in many fonts
    ('\u{30FB}', '.'), // ・ KATAKANA MIDDLE DOT
    ('\u{30FC}', '-'), // ー PROLONGED SOUND MARK: reads as a hyphen
    ('\u{4E00}', '-'), // 一 CJK ONE: reads as a hyphen (also Chrome "[—一―⸺⸻] > \-")
    ('\u{4E36}', '.'), // 丶 CJK DOT
    ('\u{53E3}', 'o'), // 口 CJK MOUTH: a square `o` in many fonts
];

/// Latin small capitals, each read as its lower-case letter (Unicode names "LATIN LETTER SMALL
/// CAPITAL X"; dnstwist's `glyphs_unicode` uses them: `ᴍercari`, `ʀakuten`). confusables.txt maps
/// only some of them to ASCII.
pub const SMALL_CAPITALS: &[(char, char)] = &[
    ('\u{0262}', 'g'), // ɢ
    ('\u{026A}', 'i'), // ɪ
    ('\u{0274}', 'n'), // ɴ
    ('\u{0280}', 'r'), // ʀ
    ('\u{028F}', 'y'), // ʏ
    ('\u{0299}', 'b'), // ʙ
    ('\u{029C}', 'h'), // ʜ
    ('\u{029F}', 'l'), // ʟ
    ('\u{1D00}', 'a'), // ᴀ
    ('\u{1D04}', 'c'), // ᴄ
    ('\u{1D05}', 'd'), // ᴅ
    ('\u{1D07}', 'e'), // ᴇ
    ('\u{1D0A}', 'j'), // ᴊ
    ('\u{1D0B}', 'k'), // ᴋ
    ('\u{1D0D}', 'm'), // ᴍ
    ('\u{1D0F}', 'o'), // ᴏ
    ('\u{1D18}', 'p'), // ᴘ
    ('\u{1D1B}', 't'), // ᴛ
    ('\u{1D1C}', 'u'), // ᴜ
    ('\u{1D20}', 'v'), // ᴠ
    ('\u{1D21}', 'w'), // ᴡ
    ('\u{1D22}', 'z'), // ᴢ
    ('\u{A731}', 's'), // ꜱ
];

/// Latin letters with a hook, stroke or tail that NFD does not decompose (so diacritic removal
/// keeps them) and confusables.txt does not map to their base letter, each read as that letter.
/// Source: dnstwist `glyphs_unicode` (`dnstwist.py`, class `Fuzzer`, the homoglyph fuzzer
/// attackers and our corpus use) lists each under the letter; the Unicode name says which.
pub const HOOKED_LETTERS: &[(char, char)] = &[
    ('\u{0188}', 'c'), // ƈ LATIN SMALL LETTER C WITH HOOK (dnstwist 'c')
    ('\u{027E}', 'r'), // ɾ LATIN SMALL LETTER R WITH FISHHOOK (dnstwist 'r')
    ('\u{0289}', 'u'), // ʉ LATIN SMALL LETTER U BAR (dnstwist 'u')
    ('\u{0292}', '3'), // ʒ LATIN SMALL LETTER EZH (dnstwist '3')
    ('\u{029D}', 'j'), // ʝ LATIN SMALL LETTER J WITH CROSSED-TAIL (dnstwist 'j')
    ('\u{2C68}', 'h'), // ⱨ LATIN SMALL LETTER H WITH DESCENDER (dnstwist 'h')
    ('\u{2C6A}', 'k'), // ⱪ LATIN SMALL LETTER K WITH DESCENDER (dnstwist 'k')
    ('\u{2C71}', 'v'), // ⱱ LATIN SMALL LETTER V WITH RIGHT HOOK (dnstwist 'v')
    ('\u{2C73}', 'w'), // ⱳ LATIN SMALL LETTER W WITH HOOK (dnstwist 'w')
    ('\u{2C74}', 'v'), // ⱴ LATIN SMALL LETTER V WITH CURL (dnstwist 'v')
    ('\u{A791}', 'n'), // ꞑ LATIN SMALL LETTER N WITH DESCENDER (dnstwist 'n')
];

fn lookup<T: Copy>(table: &[(char, T)], c: char) -> Option<T> {
    table
        .binary_search_by_key(&c, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// Chrome's diacritic-remover extras (`ł` → `l`), if `c` has one.
pub fn diacritic_extra(c: char) -> Option<char> {
    lookup(DIACRITIC_EXTRA, c)
}

/// Chrome's extra confusable mapping of `c`, if any.
pub fn chrome_extra(c: char) -> Option<&'static str> {
    lookup(CHROME_EXTRA, c)
}

/// Our Japanese supplement for `c`, or the letter a small capital or a hooked letter reads as,
/// if any.
pub fn japanese_extra(c: char) -> Option<char> {
    lookup(JAPANESE_EXTRA, c)
        .or_else(|| lookup(SMALL_CAPITALS, c))
        .or_else(|| lookup(HOOKED_LETTERS, c))
}

/// The extra readings of a character that looks like two things (`þ` → `b`, `p`).
pub fn multi_readings(c: char) -> Option<&'static [&'static str]> {
    lookup(MULTI_READINGS, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_sorted_unique() {
        fn sorted<T>(t: &[(char, T)]) -> bool {
            t.windows(2).all(|w| w[0].0 < w[1].0)
        }
        assert!(sorted(CHROME_EXTRA));
        assert!(sorted(MULTI_READINGS));
        assert!(sorted(JAPANESE_EXTRA));
        assert!(sorted(DIACRITIC_EXTRA));
        assert!(sorted(SMALL_CAPITALS));
        assert!(sorted(HOOKED_LETTERS));
    }

    #[test]
    fn lookups() {
        assert_eq!(chrome_extra('\u{043D}'), Some("h"));
        assert_eq!(diacritic_extra('\u{0142}'), Some('l'));
        assert_eq!(japanese_extra('\u{30ED}'), Some('o'));
        assert_eq!(japanese_extra('\u{027E}'), Some('r'));
        assert_eq!(multi_readings('\u{00FE}'), Some(&["b", "p"][..]));
        assert_eq!(chrome_extra('a'), None);
    }
}
