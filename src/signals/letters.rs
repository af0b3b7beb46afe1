//! Letters drawn like other letters that a reader takes for them, in Japanese and Latin text: kanji
//! and hiragana beside katakana (`メル力リ`, `ぺイぺイ`), old forms of kanji (`樂天`), Latin small
//! capitals (`ᴘᴀʏᴘᴀʟ`). `words::fold` applies them; NFKC and UTS #39 leave these apart.

/// Kanji drawn like katakana (`力` for `カ`, `口` for `ロ`, `一` for `ー`), sorted: beside katakana
/// a kit's "メル力リ" or "ヤフ一" reads as "メルカリ", "ヤフー".
const KANJI_AS_KANA: &[(char, char)] = &[
    ('一', 'ー'),
    ('二', 'ニ'),
    ('八', 'ハ'),
    ('力', 'カ'),
    ('卜', 'ト'),
    ('口', 'ロ'),
    ('夕', 'タ'),
    ('工', 'エ'),
    ('才', 'オ'),
];

/// Hiragana drawn like katakana (`へ`/`ヘ`, `ぺ`/`ペ`, `り`/`リ`), as pairs (drawn, read): beside
/// katakana a kit's "ぺイぺイ" reads as "ペイペイ".
const HIRAGANA_AS_KANA: &str = "へヘべベぺペりリ";

/// The character read for `c` in `pairs`, a string of (drawn, read) character pairs.
fn read_as(pairs: &str, c: char) -> Option<char> {
    let mut it = pairs.chars();
    while let (Some(drawn), Some(read)) = (it.next(), it.next()) {
        if drawn == c {
            return Some(read);
        }
    }
    None
}

/// Whether `c` is a katakana letter or the prolonged sound mark (ァ–ー).
pub(super) fn is_katakana(c: char) -> bool {
    ('\u{30A1}'..='\u{30FC}').contains(&c)
}

/// `chars` with each kanji of [`KANJI_AS_KANA`] and each hiragana of [`HIRAGANA_AS_KANA`] that
/// touches a katakana letter read as that katakana: `メル力リ` → `メルカリ`, `ぺイぺイ` → `ペイペイ`;
/// `入口`, `一覧`, `工場` and `ありがとう` stay (no katakana beside them).
pub fn kana_lookalikes(chars: &mut [char]) {
    for i in 0..chars.len() {
        let read = if matches!(chars[i], 'へ' | 'べ' | 'ぺ' | 'り') {
            read_as(HIRAGANA_AS_KANA, chars[i])
        } else {
            KANJI_AS_KANA
                .binary_search_by_key(&chars[i], |&(kanji, _)| kanji)
                .ok()
                .map(|k| KANJI_AS_KANA[k].1)
        };
        let Some(read) = read else { continue };
        let beside = (i > 0 && is_katakana(chars[i - 1]))
            || chars.get(i + 1).is_some_and(|&c| is_katakana(c));
        if beside {
            chars[i] = read;
        }
    }
}

/// Old (pre-1946) forms of kanji in brand and sign-in words, as pairs (old, today's): `樂天` is read
/// `楽天`, `會員` `会員`, `髙島屋` `高島屋`. NFKC leaves them apart (distinct characters); a Japanese
/// reader takes them as the same.
const OLD_KANJI: &str = "會会樂楽髙高";

/// `c` in its current form if it is an old form of a kanji ([`OLD_KANJI`]).
pub fn current_kanji(c: char) -> char {
    if c < '\u{6703}' {
        return c;
    }
    read_as(OLD_KANJI, c).unwrap_or(c)
}

/// Latin small capitals (`ᴘᴀʏᴘᴀʟ`) as pairs (small capital, letter): NFKC leaves them and UTS #39
/// maps only some (`ᴄ`, `ʏ`, `ᴜ`, `ᴠ`, `ᴡ`, `ᴢ`, which are left out here).
const SMALL_CAPITALS: &str = "ɢgɪiɴnʀrʙbʜhʟlᴀaᴅdᴇeᴊjᴋkᴍmᴏoᴘpᴛtꜰfꜱsꞯq";

/// The letter a negative circled or negative squared capital draws (`🅿🅰🆈` → `pay`): white
/// letters in black circles (U+1F150–U+1F169) or squares (U+1F170–U+1F189), A to Z in order.
/// NFKC maps the circled and squared letters (`Ⓐ`, `🄰`) but not these, which have no decomposition.
pub fn enclosed_letter(c: char) -> Option<char> {
    let first = match c {
        '\u{1F150}'..='\u{1F169}' => 0x1F150,
        '\u{1F170}'..='\u{1F189}' => 0x1F170,
        _ => return None,
    };
    char::from_u32('a' as u32 + (c as u32 - first))
}

/// The letter a Latin small capital draws (`ᴘ` → `p`).
pub fn small_capital(c: char) -> Option<char> {
    read_as(SMALL_CAPITALS, c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kanji_beside_katakana_read_as_katakana() {
        let read = |s: &str| {
            let mut v: Vec<char> = s.chars().collect();
            kana_lookalikes(&mut v);
            v.into_iter().collect::<String>()
        };
        for (raw, want) in [
            ("メル力リ", "メルカリ"),
            ("ヤフ一", "ヤフー"),
            ("ヤフ一 ID", "ヤフー ID"),
            ("口グイン", "ログイン"),
            ("アマゾン", "アマゾン"),
            ("一覧", "一覧"),
            ("入口", "入口"),
            ("工場の口座", "工場の口座"),
            ("楽天会員", "楽天会員"),
        ] {
            assert_eq!(read(raw), want, "{raw}");
        }
    }

    #[test]
    fn reading_tables_are_pairs() {
        assert!(KANJI_AS_KANA.windows(2).all(|w| w[0].0 < w[1].0));
        for pairs in [HIRAGANA_AS_KANA, OLD_KANJI, SMALL_CAPITALS] {
            let chars: Vec<char> = pairs.chars().collect();
            assert!(chars.len() % 2 == 0, "{pairs}");
            assert!(chars.chunks(2).all(|p| p[0] != p[1]), "{pairs}");
        }
        // current_kanji's quick exit is below every old form.
        assert!(OLD_KANJI.chars().step_by(2).all(|c| c >= '\u{6703}'));
    }

    #[test]
    fn old_kanji_and_small_capitals_read_as_drawn() {
        for (c, want) in [
            ('樂', '楽'),
            ('會', '会'),
            ('髙', '高'),
            ('楽', '楽'),
            ('a', 'a'),
        ] {
            assert_eq!(current_kanji(c), want);
        }
        for (c, want) in [
            ('\u{1D18}', Some('p')),
            ('\u{029F}', Some('l')),
            ('p', None),
        ] {
            assert_eq!(small_capital(c), want);
        }
    }

    #[test]
    fn enclosed_letters_read_as_drawn() {
        for (c, want) in [
            ('\u{1F150}', Some('a')), // negative circled A
            ('\u{1F169}', Some('z')),
            ('\u{1F170}', Some('a')), // negative squared A
            ('\u{1F17F}', Some('p')),
            ('\u{1F189}', Some('z')),
            ('\u{1F16A}', None), // raised MC sign
            ('\u{1F18A}', None), // crossed negative squared P
            ('A', None),
        ] {
            assert_eq!(enclosed_letter(c), want, "{c}");
        }
    }
}
