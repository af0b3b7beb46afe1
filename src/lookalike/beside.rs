//! What stands beside a brand in a label: phishing vocabulary (English, romaji, pinyin),
//! marketplace and country words, random-looking junk, or ordinary words. Feeds `score::Evidence`.
//!
//! `amazon` + `rogin` → credential; `rakuten` + `store` → vocabulary; `amazon` + `sjhf` → junk;
//! `amazon` + `black` → an ordinary word (neither).

use std::sync::OnceLock;

use super::keywords::{contains, WordSet, COMBO_WORDS, GLUED_TLD_LIKE, TLD_LIKE};
use super::score::Evidence;
use super::vocabulary::{MARKET_WORDS, PHISHING_WORDS, PINYIN_WORDS, ROMAJI_WORDS};
use crate::substrings::Substrings;

/// English words that speak of credentials; with the romaji and pinyin lists they make a
/// combosquat strong.
pub const CREDENTIAL_WORDS: &[&str] = &[
    "account", "auth", "login", "logon", "password", "secure", "security", "signin", "update",
    "verify",
];

/// The lists a vocabulary part may be segmented into.
const VOCABULARY: &[&[&str]] = &[
    COMBO_WORDS,
    GLUED_TLD_LIKE,
    MARKET_WORDS,
    ROMAJI_WORDS,
    PINYIN_WORDS,
];

/// The vocabulary lists without the marketplace words.
const PHISHING: &[&[&str]] = &[COMBO_WORDS, GLUED_TLD_LIKE, ROMAJI_WORDS, PINYIN_WORDS];

/// [`VOCABULARY`] and [`PHISHING`] as word sets (built at first use).
fn vocabulary_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(VOCABULARY))
}

fn phishing_set() -> &'static WordSet {
    static SET: OnceLock<WordSet> = OnceLock::new();
    SET.get_or_init(|| WordSet::new(PHISHING))
}

/// What the text beside a brand says (summed over its hyphen parts).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Beside {
    pub credential: bool,
    /// Some part holds a phishing-specific word (`support`, `refund`; credential words included).
    pub phishing: bool,
    pub vocabulary: bool,
    /// Some part is made of marketplace words (`store`, `mall`) and nothing stronger.
    pub market: bool,
    pub junk: bool,
    /// Some part is an ordinary word (neither vocabulary nor junk).
    pub other: bool,
}

impl Beside {
    /// Adds what this says to `e`.
    pub fn apply(&self, e: &mut Evidence) {
        e.credential_words |= self.credential;
        e.phishing_words |= self.phishing || self.credential;
        // Vocabulary among ordinary words reads as a name (`amazon-value-service`).
        e.other_vocabulary |= self.vocabulary && !self.other;
        e.market_words |= self.market && !self.other;
        e.junk |= self.junk;
    }

    /// Only vocabulary (and at least one part of it).
    pub fn only_vocabulary(&self) -> bool {
        (self.credential || self.vocabulary || self.market) && !self.junk && !self.other
    }
}

/// Whether `part` is made only of vocabulary words (`securelogin`, `kaiinninsho`, `jp`).
pub fn is_vocabulary(part: &str) -> bool {
    contains(TLD_LIKE, part) || vocabulary_set().segments(part)
}

/// The words searched inside a label, one matcher per list, built at first use (a `str::contains`
/// per word built a searcher per word, on every combosquat candidate): credential words (English,
/// romaji, pinyin), then [`PHISHING_WORDS`].
fn matchers() -> &'static [Substrings; 2] {
    static SETS: OnceLock<[Substrings; 2]> = OnceLock::new();
    SETS.get_or_init(|| {
        let credential: Vec<&str> = CREDENTIAL_WORDS
            .iter()
            .chain(ROMAJI_WORDS)
            .chain(PINYIN_WORDS)
            .copied()
            .collect();
        [
            Substrings::new(&credential),
            Substrings::new(PHISHING_WORDS),
        ]
    })
}

/// Whether `part` holds a credential word (`login`, `rogin`, `denglu`).
pub fn is_credential(part: &str) -> bool {
    matchers()[0].any_in(part)
}

/// Whether a [`PHISHING_WORDS`] word occurs inside `text` (`mysecurelogin`, `x-verify-now`).
pub fn holds_phishing_word(text: &str) -> bool {
    matchers()[1].any_in(text)
}

/// Whether `s` looks random: letters and digits mixed (`4fd`, `logins4fd`), or two or more
/// letters without a vowel (`sjhf`, `bl`). Words (`black`, `as`, `bees`) are not junk, nor are
/// plain numbers (`2019`).
pub fn is_junk(s: &str) -> bool {
    if s.len() < 2 || !s.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return false;
    }
    let letters = s.bytes().filter(u8::is_ascii_alphabetic).count();
    let digits = s.len() - letters;
    let vowels = s.bytes().filter(|b| b"aeiouy".contains(b)).count();
    (letters > 0 && digits > 0 && s.len() >= 3) || (letters >= 2 && vowels == 0)
}

/// Classifies the text beside a brand: hyphen-separated parts of `rest` (empty parts ignored).
/// A part of three letters or fewer without digits is never junk here (`mizuho-fg`, `yamato-hd`,
/// `amazon-dss`: abbreviations).
pub fn beside(rest: &str) -> Beside {
    let mut b = Beside::default();
    let parts = rest.split('-').filter(|p| !p.is_empty()).count();
    for part in rest.split('-').filter(|p| !p.is_empty()) {
        if is_vocabulary(part) {
            if contains(TLD_LIKE, part) || phishing_set().segments(part) {
                b.vocabulary = true;
            } else {
                b.market = true;
            }
            // `id` beside the brand and another word names the brand's account
            // (`amazonid-contacts`, `appleid-desk`: Apple ID, Rakuten ID, au ID). Alone with the
            // brand (`appleid.com`) it is the brand's own name for it, often its registration;
            // inside other words it is only letters.
            b.credential |= is_credential(part) || (part == "id" && parts > 1);
            b.phishing |= holds_phishing_word(part);
        } else if is_junk(part) && (part.len() >= 4 || part.bytes().any(|c| c.is_ascii_digit())) {
            b.junk = true;
            // `logins4fd`: a credential word inside junk still speaks of credentials.
            b.credential |= CREDENTIAL_WORDS
                .iter()
                .any(|w| w.len() >= 5 && part.contains(w));
        } else if !part.bytes().all(|c| c.is_ascii_digit()) {
            b.other = true;
        }
    }
    b
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_sorted() {
        assert!(CREDENTIAL_WORDS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn table() {
        let cases = [
            ("rogin", true, true, false, false),
            ("login", true, true, false, false),
            ("sjhf", false, false, true, false),
            ("black", false, false, false, true),
            ("jp-kakunin", true, true, false, false),
            ("logins4fd", true, false, true, false),
            ("2019", false, false, false, false),
            ("denglu", true, true, false, false),
        ];
        for (rest, credential, vocabulary, junk, other) in cases {
            let b = beside(rest);
            assert_eq!(
                (b.credential, b.vocabulary, b.junk, b.other),
                (credential, vocabulary, junk, other),
                "{rest}"
            );
        }
        assert!(beside("store").market && !beside("store").vocabulary);
        // The matcher answers as a `str::contains` per word of the three lists.
        let plain = |t: &str| {
            CREDENTIAL_WORDS
                .iter()
                .chain(ROMAJI_WORDS)
                .chain(PINYIN_WORDS)
                .any(|w| t.contains(w))
        };
        for t in [
            "",
            "x",
            "rogin",
            "xxdenglu",
            "mysignin2",
            "black",
            "accoun",
            "accountsx",
            "x-verify-now",
            "ログイン",
        ] {
            assert_eq!(is_credential(t), plain(t), "{t}");
            let phishing = PHISHING_WORDS.iter().any(|w| t.contains(w));
            assert_eq!(holds_phishing_word(t), phishing, "{t}");
        }
        assert!(holds_phishing_word("mysecurelogin") && !holds_phishing_word("amazon"));
        for s in ["as", "bees", "ia", "ite", "black", "2019"] {
            assert!(!is_junk(s), "{s}");
        }
        for s in ["bl", "sjhf", "4fd", "x9k"] {
            assert!(is_junk(s), "{s}");
        }
    }
}
