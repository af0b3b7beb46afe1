//! False-positive guards: named predicates, each with its own test table (the habit of Chromium's
//! `IsLikelyEditDistanceFalsePositive`). A guard says "this match is probably innocent".

use super::keywords::{contains, segments_into, COMBO_WORDS, GLUED_TLD_LIKE, TLD_LIKE};

/// An edit-distance match that is more likely a different name than a typo.
///
/// - trailing digits on another suffix (`amazon1.net`): numbered sites, not typos — but only off the
///   brand's own suffixes (`amazon1.co.jp` stays a match);
/// - a single letter added at the end off the brand's suffixes (`targets.net`, `shopifys.com`?): plural
///   and possessive forms of everyday names;
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
    trailing_digit || (variant == "addition" && candidate.ends_with('s'))
}

/// Whether `rest` (what a label holds besides the brand, hyphen-separated parts) is made only of
/// phishing words and country codes. `amazon` + `securelogin` yes; `apple` + `bees` (applebees.com)
/// no; `pirate` + `ebay`'s leftovers in `thepiratebay` no. A whole hyphen part may be any country
/// code (`amazon-de-login`); glued text only the few in `GLUED_TLD_LIKE`.
pub fn is_phishing_vocabulary(rest: &str) -> bool {
    let mut any = false;
    for part in rest.split('-').filter(|p| !p.is_empty()) {
        any = true;
        if !(contains(TLD_LIKE, part) || segments_into(part, &[COMBO_WORDS, GLUED_TLD_LIKE])) {
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
    fn embedded_in_word() {
        assert!(is_embedded_in_word("thepiratebay", 8, 12));
        assert!(is_embedded_in_word("applebees", 0, 5));
        assert!(!is_embedded_in_word("amazon", 0, 6));
        assert!(!is_embedded_in_word("amazon1", 0, 6));
    }
}
