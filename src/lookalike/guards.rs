//! False-positive guards: named predicates, each with its own test table (the habit of Chromium's
//! `IsLikelyEditDistanceFalsePositive`). A guard says "this match is probably innocent".

use super::keywords::{contains, segments_into, COMBO_WORDS, GLUED_TLD_LIKE, TLD_LIKE};

/// An edit-distance match that is more likely a different name than a typo.
///
/// - trailing digits on another suffix (`amazon1.net`): numbered sites, not typos — but only off the
///   brand's own suffixes (`amazon1.co.jp` stays a match);
/// - a single letter added at the end off the brand's suffixes (`targets.net`, `shopifys.com`?): plural
///   and possessive forms of everyday names;
/// - off the brand's suffixes, brands under six letters (`apple` vs `avple.tv`, `aupay` vs `apay.ph`):
///   the space of five-letter names is too dense;
/// - off the brand's suffixes, a different *first* letter (`pakuten.pl`, `pakpay.lol`): readers
///   anchor on the first letter, and squatters keep it (`anazon`, `rakutcn`);
/// - a hyphen-only difference off the brand's suffixes is **not** excused (`ama-zon.com` is a classic).
pub fn is_likely_edit_distance_false_positive(
    candidate: &str,
    brand: &str,
    variant: &str,
    same_suffix: bool,
) -> bool {
    if same_suffix {
        return false;
    }
    let trailing_digit = candidate.len() == brand.len() + 1
        && candidate.starts_with(brand)
        && candidate.as_bytes()[brand.len()].is_ascii_digit();
    let first_letter_changed = matches!(variant, "replacement" | "bitsquatting" | "vowel-swap")
        && candidate.as_bytes().first() != brand.as_bytes().first();
    trailing_digit
        || (variant == "addition" && candidate.ends_with('s'))
        || brand.len() < 6
        || first_letter_changed
}

/// Country-code TLDs sold worldwide as generic names (and common in phishing): a brand on one of
/// these is not a national registration. IANA delegates them to countries, registries market them
/// globally (`.co`, `.io`, `.me`, `.tv`, and the former free Freenom TLDs `.tk .ml .ga .cf .gq`).
pub const GENERIC_USE_CCTLDS: &[&str] = &[
    "ac", "ai", "cc", "cf", "co", "fm", "ga", "gg", "gq", "io", "la", "ly", "me", "ml", "nu", "pw",
    "sh", "su", "tk", "to", "tv", "vc", "ws",
];

/// The exact brand on a national registry's suffix (`amazon.co.za`, `costco.co.uk`, `yahoo.de`):
/// retailers register their name in the countries they trade in, and national registries check
/// trademarks, so an exact-name registration there is far more often the brand's own than a
/// squatter's. Only ICANN suffixes count (`amazon.blogspot.jp` is not a national registration).
///
/// A second-level national suffix (`com.co`, `co.uk`) counts even under a generic-use TLD: it is the
/// country's own namespace, not the globally marketed one.
pub fn is_plausible_national_registration(suffix: &str, suffix_is_icann: bool) -> bool {
    let tld = suffix.rsplit('.').next().unwrap_or("");
    suffix_is_icann
        && tld.len() == 2
        && (suffix.contains('.') || !contains(GENERIC_USE_CCTLDS, tld))
}

/// Whether any hyphen part of `rest` is phishing vocabulary, allowing one typo in words of six
/// letters or more (`verificationn`). Used for the weak tier of combosquats: `amazon-user-2019`
/// yes, `amazon-ads-attestation` (an ad service's name) no.
pub fn has_phishing_word(rest: &str) -> bool {
    rest.split('-').filter(|p| !p.is_empty()).any(|part| {
        is_phishing_vocabulary(part)
            || (part.len() >= 6
                && COMBO_WORDS
                    .iter()
                    .any(|w| w.len() >= 6 && super::typosquat::classify(part, w).is_some()))
    })
}

/// Whether `rest` (what a label holds besides the brand, hyphen-separated parts) is made only of
/// phishing words and country codes. `amazon` + `securelogin` yes; `apple` + `bees` (applebees.com)
/// no; `pirate` + `ebay`'s leftovers in `thepiratebay` no. A whole hyphen part may be any country
/// code (`amazon-de-login`); glued text only the few in `GLUED_TLD_LIKE`.
/// Whether text glued to a brand without a hyphen (`amazon` + `jpsupport`) is phishing vocabulary.
/// Only the few `GLUED_TLD_LIKE` country codes count here (`apple` + `bees` is not `be` + `es`).
pub fn is_glued_vocabulary(glued: &str) -> bool {
    glued.is_empty()
        || (super::beside::is_vocabulary(glued) && !contains(TLD_LIKE, glued))
        || segments_into(glued, &[GLUED_TLD_LIKE])
}

pub fn is_phishing_vocabulary(rest: &str) -> bool {
    let mut any = false;
    for part in rest.split('-').filter(|p| !p.is_empty()) {
        any = true;
        if !super::beside::is_vocabulary(part) {
            return false;
        }
    }
    any
}

/// Whether `rest` (hyphen-separated parts) is made only of country codes and `co`/`com` (`jp`,
/// `cojp`, `co-jp`): a TLD swap.
pub fn is_tld_like(rest: &str) -> bool {
    let mut any = false;
    for part in rest.split('-').filter(|p| !p.is_empty()) {
        any = true;
        if !(contains(TLD_LIKE, part) || segments_into(part, &[GLUED_TLD_LIKE])) {
            return false;
        }
    }
    any
}

/// Whether a brand word sits inside an unrelated word: letters continue the brand on either side
/// (`thepiratebay` has `ebay` after `pirat`, `zoho` is not `zozo`, `applebees` continues `apple`).
pub fn is_embedded_in_word(label: &str, start: usize, end: usize) -> bool {
    let b = label.as_bytes();
    let before = start > 0 && b[start - 1].is_ascii_alphabetic();
    let after = end < b.len() && b[end].is_ascii_alphabetic();
    before || after
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edit_distance_guard() {
        let innocent = [
            ("amazon1", "amazon", "addition", false),
            ("targets", "target", "addition", false),
        ];
        for (c, b, v, s) in innocent {
            assert!(is_likely_edit_distance_false_positive(c, b, v, s), "{c}");
        }
        let suspicious = [
            ("amazon1", "amazon", "addition", true),
            ("amzon", "amazon", "omission", false),
            ("ama-zon", "amazon", "hyphenation", false),
            ("anazon", "amazon", "replacement", false),
            ("erakuten", "rakuten", "insertion", false),
            ("avple", "apple", "replacement", true),
        ];
        for (c, b, v, s) in suspicious {
            assert!(!is_likely_edit_distance_false_positive(c, b, v, s), "{c}");
        }
    }

    #[test]
    fn vocabulary() {
        for r in ["login", "securelogin", "jp", "jpsupport", "support"] {
            assert!(is_phishing_vocabulary(r), "{r}");
        }
        assert!(is_phishing_vocabulary("de-login"));
        for r in ["", "bees", "thepirat", "pine", "s", "-"] {
            assert!(!is_phishing_vocabulary(r), "{r}");
        }
        assert!(is_tld_like("cojp"));
        assert!(is_tld_like("co-jp"));
        assert!(!is_tld_like("login"));
        assert!(!is_tld_like("bees"));
    }

    #[test]
    fn national_registration() {
        assert!(is_plausible_national_registration("co.za", true));
        assert!(is_plausible_national_registration("de", true));
        assert!(!is_plausible_national_registration("tk", true));
        assert!(!is_plausible_national_registration("top", true));
        assert!(!is_plausible_national_registration("blogspot.jp", false));
        assert!(is_plausible_national_registration("com.co", true));
        assert!(!is_plausible_national_registration("co", true));
        assert!(is_glued_vocabulary("jp"));
        assert!(has_phishing_word("user-2019"));
        assert!(has_phishing_word("verificationn"));
        assert!(!has_phishing_word("ads-attestation"));
        assert!(!has_phishing_word("static"));
        assert!(!is_glued_vocabulary("sa"));
        assert!(!is_glued_vocabulary("bees"));
    }

    #[test]
    fn embedded_in_word() {
        assert!(is_embedded_in_word("thepiratebay", 8, 12));
        assert!(is_embedded_in_word("applebees", 0, 5));
        assert!(!is_embedded_in_word("amazon", 0, 6));
        assert!(!is_embedded_in_word("amazon1", 0, 6));
    }
}
