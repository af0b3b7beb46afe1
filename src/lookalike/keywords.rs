//! Word lists for combosquat, tld-swap and sign-in-path analysis. Hand-edited, sorted (tested).
//!
//! These are the generic words phishing hostnames attach to a brand (`amazon-login`,
//! `secure-rakuten`, `amazonjp-support`), not answers from any corpus.

use crate::catalog::fnv::FnvSet;

/// Country codes and domain words that make `brand-jp`, `brand-co-jp`, `brandjp` a TLD swap.
pub const TLD_LIKE: &[&str] = &[
    "ae", "au", "be", "br", "ca", "cn", "co", "com", "de", "eg", "es", "fr", "in", "it", "jp",
    "mx", "net", "nl", "org", "pl", "sa", "se", "sg", "tr", "uk", "us",
];

/// The country-code words that may be glued to a brand without a hyphen (`amazonjp`, `amazoncojp`).
/// Kept short on purpose: gluing any two-letter code allows words (`bees` = `be` + `es`).
pub const GLUED_TLD_LIKE: &[&str] = &["co", "com", "jp", "uk", "us"];

/// Words that, attached to a brand, make a combosquat.
pub const COMBO_WORDS: &[&str] = &[
    "access",
    "account",
    "accounts",
    "alert",
    "app",
    "apps",
    "auth",
    "authentication",
    "authorize",
    "bill",
    "billing",
    "card",
    "care",
    "center",
    "centre",
    "check",
    "client",
    "confirm",
    "confirmation",
    "contact",
    "customer",
    "customers",
    "delivery",
    "help",
    "helpdesk",
    "home",
    "id",
    "info",
    "information",
    "invoice",
    "japan",
    "jpn",
    "limited",
    "lock",
    "locked",
    "log",
    "login",
    "logon",
    "mail",
    "maintenance",
    "manage",
    "member",
    "members",
    "my",
    "mypage",
    "notice",
    "notification",
    "official",
    "online",
    "order",
    "orders",
    "pass",
    "password",
    "pay",
    "payment",
    "payments",
    "point",
    "points",
    "portal",
    "prime",
    "protect",
    "protection",
    "recovery",
    "refund",
    "renew",
    "reset",
    "restore",
    "review",
    "safe",
    "safety",
    "secure",
    "security",
    "service",
    "services",
    "session",
    "shop",
    "sign",
    "signin",
    "signon",
    "site",
    "support",
    "survey",
    "suspend",
    "suspended",
    "system",
    "team",
    "ticket",
    "unlock",
    "update",
    "user",
    "users",
    "validate",
    "validation",
    "verification",
    "verify",
    "wallet",
    "warning",
    "web",
    "www",
];

/// Path words that make a URL look like a sign-in or account-recovery step.
pub const SIGNIN_PATH_WORDS: &[&str] = &[
    "account",
    "ap/signin",
    "auth",
    "card",
    "confirm",
    "login",
    "logon",
    "mfa",
    "password",
    "payment",
    "secure",
    "security",
    "sign-in",
    "signin",
    "update",
    "verify",
];

/// Whether `word` is in the sorted list.
pub fn contains(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// Whether `s` is a concatenation of list words (`securelogin` → secure + login), or empty.
pub fn segments_into(s: &str, lists: &[&[&str]]) -> bool {
    let n = s.len();
    if n > 64 || !s.is_ascii() {
        return false;
    }
    let mut ok = vec![false; n + 1];
    ok[0] = true;
    for end in 1..=n {
        for start in (0..end).rev() {
            if ok[start] && lists.iter().any(|l| contains(l, &s[start..end])) {
                ok[end] = true;
                break;
            }
        }
    }
    ok[n]
}

/// Several word lists as one set, for [`WordSet::segments`] on the per-URL path: one hash lookup
/// per piece instead of a binary search in each list, and no piece longer than the longest word.
#[derive(Debug)]
pub struct WordSet {
    words: FnvSet<&'static str>,
    longest: usize,
}

impl WordSet {
    pub fn new(lists: &[&[&'static str]]) -> Self {
        let words: FnvSet<&'static str> = lists.iter().flat_map(|l| l.iter().copied()).collect();
        let longest = words.iter().map(|w| w.len()).max().unwrap_or(0);
        WordSet { words, longest }
    }

    /// [`segments_into`] over these lists (the same answer for every `s`).
    pub fn segments(&self, s: &str) -> bool {
        let n = s.len();
        if n > 64 || !s.is_ascii() {
            return false;
        }
        let mut ok = [false; 65];
        ok[0] = true;
        for end in 1..=n {
            for start in (end.saturating_sub(self.longest)..end).rev() {
                if ok[start] && self.words.contains(&s[start..end]) {
                    ok[end] = true;
                    break;
                }
            }
        }
        ok[n]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_set_segments_as_the_lists_do() {
        let lists: &[&[&'static str]] = &[COMBO_WORDS, GLUED_TLD_LIKE, SIGNIN_PATH_WORDS];
        let set = WordSet::new(lists);
        for s in [
            "",
            "securelogin",
            "cojp",
            "jpsupport",
            "bees",
            "pine",
            "accountsverify",
            "accountverifyx",
            "sign-in",
            "ａccount",
            &"login".repeat(13),
            &"co".repeat(33),
        ] {
            assert_eq!(set.segments(s), segments_into(s, lists), "{s:?}");
        }
        assert!(set.segments("securelogin"));
        assert!(!set.segments("bees"));
    }

    #[test]
    fn lists_sorted_unique() {
        for l in [TLD_LIKE, GLUED_TLD_LIKE, COMBO_WORDS, SIGNIN_PATH_WORDS] {
            assert!(
                l.windows(2).all(|w| w[0] < w[1]),
                "{:?}",
                l.windows(2).find(|w| w[0] >= w[1])
            );
        }
    }

    #[test]
    fn segmentation() {
        assert!(segments_into("securelogin", &[COMBO_WORDS]));
        assert!(segments_into("cojp", &[GLUED_TLD_LIKE]));
        assert!(segments_into("jpsupport", &[GLUED_TLD_LIKE, COMBO_WORDS]));
        assert!(!segments_into("bees", &[GLUED_TLD_LIKE, COMBO_WORDS]));
        assert!(!segments_into("pine", &[GLUED_TLD_LIKE, COMBO_WORDS]));
    }
}
