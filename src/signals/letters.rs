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

/// Whether `c` is a hiragana letter (ぁ–ゖ).
pub(super) fn is_hiragana(c: char) -> bool {
    ('\u{3041}'..='\u{3096}').contains(&c)
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

/// Other forms of kanji in brand and sign-in words, as pairs (drawn, Japanese form): old (pre-1946)
/// forms (`樂天` is read `楽天`, `會員` `会員`, `髙島屋` `高島屋`) and the simplified Chinese forms a kit
/// written in China uses (`乐天市场` `楽天市場`, `会员登录` `会員登録`, `伊势丹` `伊勢丹`, `东`
/// `東`, `岛` `島`). NFKC leaves them apart (distinct characters); a Japanese reader takes them as
/// the same.
/// Also variant forms a font draws like the kanji (`兲` for `天`: `楽兲市場`, `亰` for `京`).
const OLD_KANJI: &str = "會会樂楽髙高乐楽员員场場录録势勢岛島东東兲天亰京";

/// `c` in its Japanese form if it is an old or simplified form of a kanji ([`OLD_KANJI`]).
pub fn current_kanji(c: char) -> char {
    if c < '\u{4E1C}' {
        return c;
    }
    read_as(OLD_KANJI, c).unwrap_or(c)
}

/// Katakana after which a small vowel letter writes one sound with it (`ファ`, `ティ`, `ドゥ`,
/// `シェ`, `フォ`), per small letter, as (small, letters it follows).
const SMALL_VOWEL_AFTER: &[(char, &str)] = &[
    ('ァ', "クグツヴフ"),
    ('ィ', "ウクグスズツテデヴフ"),
    ('ゥ', "トドヴフ"),
    ('ェ', "イウキギクグシジチツテデニヒフミリヴ"),
    ('ォ', "ウクグツトヴフ"),
    ('ャ', "キギシジチテデニヒビピフミリヴ"),
    ('ュ', "キギシジチテデニヒビピフミリヴ"),
    ('ョ', "キギシジチニヒビピミリヴ"),
];

/// Small katakana that a reader takes for the full-size letter (`ペィペィ` is read `ペイペイ`,
/// `メルヵリ` `メルカリ`): a small vowel or ya/yu/yo after a katakana it does not combine with (no
/// `ペィ` sound is written so), and `ヵ`/`ヶ` beside katakana. `ティ`, `ショ`, `ファ` stay, and so does
/// `ッ` (it doubles any consonant).
pub fn small_kana(chars: &mut [char]) {
    for i in 1..chars.len() {
        let Some(&(small, after)) = SMALL_VOWEL_AFTER.iter().find(|(s, _)| *s == chars[i]) else {
            if matches!(chars[i], 'ヵ' | 'ヶ')
                && (is_katakana(chars[i - 1]) || chars.get(i + 1).is_some_and(|&c| is_katakana(c)))
            {
                chars[i] = if chars[i] == 'ヵ' { 'カ' } else { 'ケ' };
            }
            continue;
        };
        let prev = chars[i - 1];
        if is_katakana(prev) && !matches!(prev, 'ー' | 'ッ') && !after.contains(prev) {
            // The full-size letter is the code point after the small one (ァ U+30A1 → ア U+30A2).
            chars[i] = char::from_u32(small as u32 + 1).unwrap_or(small);
        }
    }
}

/// The letter a parenthesized small letter draws (`⒫⒜⒴` → `pay`, U+249C–U+24B5, a to z): NFKC
/// would make it `(p)`, three characters, and the brand would be lost.
pub fn parenthesized_letter(c: char) -> Option<char> {
    matches!(c, '\u{249C}'..='\u{24B5}').then(|| char::from(b'a' + (c as u32 - 0x249C) as u8))
}

/// Latin small capitals (`ᴘᴀʏᴘᴀʟ`) as pairs (small capital, letter): NFKC leaves them and UTS #39
/// maps only some (`ᴄ`, `ʏ`, `ᴜ`, `ᴠ`, `ᴡ`, `ᴢ`, which are left out here).
const SMALL_CAPITALS: &str = "ɢgɪiɴnʀrʙbʜhʟlᴀaᴅdᴇeᴊjᴋkᴍmᴏoᴘpᴛtꜰfꜱsꞯq";

/// The letter a negative circled or negative squared capital draws (`🅿🅰🆈` → `pay`): white
/// letters in black circles (U+1F150–U+1F169) or squares (U+1F170–U+1F189), A to Z in order.
/// NFKC maps the circled and squared letters (`Ⓐ`, `🄰`) but not these, which have no decomposition.
/// Regional indicator symbols (`🇦`, U+1F1E6–U+1F1FF, A to Z) draw their letter in a box where no
/// flag is formed (`🇪🇧🇦🇾` is "EBAY").
pub fn enclosed_letter(c: char) -> Option<char> {
    let first = match c {
        '\u{1F150}'..='\u{1F169}' => 0x1F150,
        '\u{1F170}'..='\u{1F189}' => 0x1F170,
        '\u{1F1E6}'..='\u{1F1FF}' => 0x1F1E6,
        _ => return None,
    };
    char::from_u32('a' as u32 + (c as u32 - first))
}

/// The letter a Latin small capital draws (`ᴘ` → `p`).
pub fn small_capital(c: char) -> Option<char> {
    read_as(SMALL_CAPITALS, c)
}

/// Latin letters spelled out in katakana (`ジェーシービー` is JCB, `ディー払い` is d払い, `エーユー` is au),
/// each name followed by its letter, sorted by name, with the common second spellings (`ジェイ`, `エイ`,
/// `ケイ`). No name starts another except `エイ`/`エイチ` (the longest is read).
const LETTER_NAMES: &str = "アイiアールrイーeエイaエイチhエスsエックスxエッチhエヌnエフfエムmエルlエーaオーoキューqケイkケーkシーcジェイjジェーjジーgゼットzダブリューwティーtディーdビーbピーpブイvユーuワイy";

/// The letter whose katakana name starts `chars`, and the name's length (the longest name).
fn letter_name_at(chars: &[char]) -> Option<(usize, char)> {
    let (mut best, mut n, mut same) = (None, 0, true);
    for c in LETTER_NAMES.chars() {
        if c.is_ascii_lowercase() {
            if same && n > best.map_or(0, |(m, _)| m) {
                best = Some((n, c));
            }
            (n, same) = (0, true);
        } else {
            same &= chars.get(n) == Some(&c);
            n += 1;
        }
    }
    best
}

/// `chars` with Latin letters spelled out in katakana read as the letters, where a katakana word
/// starts with two or more letter names (`ジェーシービーカード` → `jcbカード`, `エーユーペイ` → `auペイ`) or
/// is one letter name before kanji or hiragana (`ディー払い` → `d払い`). Words that only start with a
/// name stay: `ユーザー`, `シーズン`, `ティーカップ`, `ケーキ`, `アイス`.
pub fn letter_names(chars: Vec<char>) -> Vec<char> {
    if !chars.iter().any(|&c| is_katakana(c)) {
        return chars;
    }
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        if is_katakana(chars[i]) && (i == 0 || !is_katakana(chars[i - 1])) {
            let (mut j, mut letters) = (i, Vec::new());
            while let Some((n, l)) = letter_name_at(&chars[j..]) {
                letters.push(l);
                j += n;
            }
            let next_is_kana_or_kanji = chars
                .get(j)
                .is_some_and(|&c| is_hiragana(c) || ('\u{4E00}'..='\u{9FFF}').contains(&c));
            if letters.len() >= 2 || (letters.len() == 1 && next_is_kana_or_kanji) {
                out.extend(letters);
                i = j;
                continue;
            }
        }
        out.push(chars[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `s` as one of the in-place readings leaves it.
    fn read_with(reading: fn(&mut [char]), s: &str) -> String {
        let mut v: Vec<char> = s.chars().collect();
        reading(&mut v);
        v.into_iter().collect()
    }

    #[test]
    fn kanji_beside_katakana_read_as_katakana() {
        let read = |s: &str| read_with(kana_lookalikes, s);
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
        assert!(OLD_KANJI.chars().step_by(2).all(|c| c >= '\u{4E1C}'));
    }

    #[test]
    fn old_kanji_and_small_capitals_read_as_drawn() {
        for (c, want) in [
            ('樂', '楽'),
            ('會', '会'),
            ('髙', '高'),
            ('楽', '楽'),
            ('乐', '楽'),
            ('员', '員'),
            ('场', '場'),
            ('势', '勢'),
            ('东', '東'),
            ('一', '一'),
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

    #[test]
    fn small_kana_read_full_size_where_no_sound_is_written_so() {
        let read = |s: &str| read_with(small_kana, s);
        for (raw, want) in [
            ("ペィペィ", "ペイペイ"),
            ("メルヵリ", "メルカリ"),
            ("アマゾン", "アマゾン"),
            ("ラクテンヵード", "ラクテンカード"),
            ("ァマゾン", "ァマゾン"),
            ("マァ", "マア"),
            ("ヤフォー", "ヤフォー"),
            ("ティファニー", "ティファニー"),
            ("ショッピング", "ショッピング"),
            ("セキュリティ", "セキュリティ"),
            ("チェック", "チェック"),
            ("ウォレット", "ウォレット"),
            ("ディズニー", "ディズニー"),
            ("ビュー", "ビュー"),
            ("ジャパン", "ジャパン"),
            ("3ヶ月", "3ヶ月"),
            ("霞ヶ関", "霞ヶ関"),
            ("ぁぃ", "ぁぃ"),
        ] {
            assert_eq!(read(raw), want, "{raw}");
        }
        // Each small letter's full-size letter is the next code point.
        for (small, _) in SMALL_VOWEL_AFTER {
            let full = char::from_u32(*small as u32 + 1).unwrap();
            assert!(is_katakana(full) && full != *small, "{small}");
        }
    }

    #[test]
    fn parenthesized_letters_read_as_drawn() {
        for (c, want) in [
            ('\u{249C}', Some('a')), // ⒜
            ('\u{24AB}', Some('p')), // ⒫
            ('\u{24B5}', Some('z')), // ⒵
            ('\u{249B}', None),      // ⒛ (twenty full stop)
            ('\u{24B6}', None),      // Ⓐ (NFKC reads it)
            ('p', None),
        ] {
            assert_eq!(parenthesized_letter(c), want, "{c}");
        }
    }
    #[test]
    fn letter_names_in_katakana_read_as_letters() {
        let read = |s: &str| {
            letter_names(s.chars().collect())
                .into_iter()
                .collect::<String>()
        };
        for (raw, want) in [
            ("ジェーシービーカード", "jcbカード"),
            ("ジェイシービー", "jcb"),
            ("ディー払い", "d払い"),
            ("エーユーペイ", "auペイ"),
            ("お支払いはピーシーで", "お支払いはpcで"),
            ("エイチアイエス", "his"),
            ("ユーザー", "ユーザー"),
            ("シーズン", "シーズン"),
            ("ティーカップ", "ティーカップ"),
            ("ケーキ", "ケーキ"),
            ("アイス", "アイス"),
            ("ディーアカウント", "ディーアカウント"),
            ("ビー", "ビー"),
            ("メルカリ", "メルカリ"),
            ("アイ", "アイ"),
        ] {
            assert_eq!(read(raw), want, "{raw}");
        }
        // Names of katakana, each with one letter, sorted.
        let names: Vec<&str> = LETTER_NAMES
            .split(|c: char| c.is_ascii_lowercase())
            .collect();
        assert_eq!(names.last(), Some(&""));
        let names = &names[..names.len() - 1];
        assert_eq!(names.len(), 30);
        assert!(names.windows(2).all(|w| w[0] < w[1]), "{names:?}");
        assert!(names
            .iter()
            .all(|n| !n.is_empty() && n.chars().all(is_katakana)));
    }
}
