//! Tests of `src/domain/skeleton.rs`.
use super::*;

#[test]
fn ascii_fast_path_agrees_with_full_algorithm() {
    let all: String = (32u8..127).map(char::from).collect();
    assert_eq!(skeleton(&all), full_skeleton(&all));
    for w in [
        "amazon",
        "rn",
        "paypal",
        "l1I|",
        "w0O",
        "xn--mazon-3ve",
        "a-b.c",
    ] {
        assert_eq!(skeleton(w), full_skeleton(w), "{w}");
    }
}

/// Every ASCII character alone (the byte table's one-byte entries and the longer ones, `\0`
/// included) and a few words, through one reused buffer: the same as [`skeleton`].
#[test]
fn skeleton_into_a_reused_buffer_agrees() {
    let mut buf = String::from("left over");
    let singles: Vec<String> = (0u8..128).map(|b| char::from(b).to_string()).collect();
    let words = ["amazon", "rnm", "", "аmazon", "þaypal", "AMAZ0N", "a-b.c"];
    for w in singles.iter().map(String::as_str).chain(words) {
        skeleton_into(&mut buf, w);
        assert_eq!(buf, skeleton(w), "{w:?}");
        assert_eq!(buf, full_skeleton(w), "{w:?}");
    }
}

/// The per-character path of [`stable_skeleton`] relies on it: an ASCII character's skeleton
/// is starters only (class 0) and no mark, so nothing around it reorders with it or is
/// filtered out of it.
#[test]
fn ascii_entries_are_starters() {
    for (i, e) in ascii_table().entries.iter().enumerate() {
        assert!(!e.is_empty(), "{i}");
        for c in e.chars() {
            assert_eq!(
                unicode_normalization::char::canonical_combining_class(c),
                0,
                "{i}: {e:?}"
            );
            assert!(!is_combining_mark(c), "{i}: {e:?}");
        }
    }
}

/// The per-character path gives what the normalizer's does: every character alone, and
/// strings mixing ASCII letters with the characters the tables map (confusables, extra
/// mappings), marks and precomposed letters. Enough of them took the per-character path.
#[test]
fn stable_path_agrees_with_the_normalizer() {
    let general = |s: &str| full_skeleton_with(s, false);
    let mut differ = Vec::new();
    for c in (0x80..=u32::from(char::MAX)).filter_map(char::from_u32) {
        let one = c.to_string();
        if full_skeleton(&one) != general(&one) {
            differ.push(c);
        }
    }
    assert!(
        differ.is_empty(),
        "{} differ: {:?}",
        differ.len(),
        &differ[..differ.len().min(20)]
    );
    let pool: Vec<char> = "аеорсухіјѕԁһӏɑɡονρτυхʏþœłøđæɫŧнкーロｱﾏ楽天メルカリé\u{301}\u{334}\u{0903}İı\u{200d}Ꭺ𝐚ａ0157mrnlI|-."
        .chars()
        .collect();
    let (mut seed, mut stable) = (0x2545_f491_4f6c_dd1du64, 0);
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..20_000 {
        let s: String = (0..1 + next(8)).map(|_| pool[next(pool.len())]).collect();
        assert_eq!(full_skeleton(&s), general(&s), "{s:?}");
        let lgc = is_lgc_label(&s);
        stable += usize::from(stable_skeleton(&s, lgc).is_some());
    }
    assert!(stable > 2_000, "{stable} took the per-character path");
}

#[test]
fn table() {
    let same = [
        ("amazon", "arnazon"),
        ("amaz0n", "amazon"),
        ("\u{0430}mazon", "amazon"),
        ("paypaI", "paypal"),
        ("rakuten", "rakuten"),
        ("app1e", "apple"),
        ("mercar\u{0456}", "mercari"),
        ("yodobashi\u{30FC}jp", "yodobashi-jp"),
    ];
    for (a, b) in same {
        assert_eq!(skeleton(a), skeleton(b), "{a} vs {b}");
    }
    // Diacritics (Chrome's diacritic remover) and Chrome's extra confusables.
    let chrome = [
        ("am\u{00E1}z\u{022F}n", "amazon"),
        ("p\u{0103}ypa\u{026B}", "paypal"),
        ("yo\u{1E11}obas\u{1E27}i", "yodobashi"),
        ("mer\u{1D04}a\u{1E5B}i", "mercari"),
        ("\u{00E3}rnazon", "amazon"),
        ("\u{0142}ine", "line"),
        ("ra\u{043A}uten", "rakuten"),
        ("s\u{043D}ein", "shein"),
        ("\u{0167}emu", "temu"),
        ("amazon\u{30FC}jp", "amazon-jp"),
    ];
    for (a, b) in chrome {
        assert_eq!(skeleton(a), skeleton(b), "{a} vs {b}");
    }
    let different = [
        ("amazon", "amazom"),
        ("ebay", "ebey"),
        ("rakuten", "rakuben"),
    ];
    for (a, b) in different {
        assert_ne!(skeleton(a), skeleton(b), "{a} vs {b}");
    }
}

#[test]
fn skeleton_sets() {
    let both = skeletons("\u{00FE}aypal");
    assert!(both.contains(&skeleton("paypal")), "{both:?}");
    assert!(skeletons("e\u{00FE}ay").contains(&skeleton("ebay")));
    assert!(skeletons("app\u{04CF}e").contains(&skeleton("apple")));
    assert_eq!(skeletons("amazon"), vec![skeleton("amazon")]);
    // Too many ambiguous characters: no supplemental forms (Chrome's bound).
    assert_eq!(skeletons(&"\u{00FE}".repeat(6)).len(), 1);
}

#[test]
fn hooked_letters() {
    // dnstwist's homoglyph fuzzer uses these; NFD keeps them and confusables.txt leaves them.
    let cases = [
        ("a\u{027E}nazon", "amazon"),
        ("\u{0188}ostco", "costco"),
        ("\u{A791}itori", "nitori"),
        ("\u{029D}cb", "jcb"),
        ("ra\u{2C6A}uten", "rakuten"),
        ("\u{2C73}almart", "walmart"),
        ("mizu\u{2C68}o", "mizuho"),
        ("\u{0289}niqlo", "uniqlo"),
    ];
    for (idn, brand) in cases {
        assert_eq!(skeleton(idn), skeleton(brand), "{idn}");
    }
    assert_ne!(skeleton("\u{0188}ostco"), skeleton("eostco"));
}
