//! Typed text against the protected fingerprints, under a rate limit per source (the background
//! uses one source per tab, so a page cannot multiply its budget with frames).

use std::collections::HashMap;

use serde::Serialize;

use super::fingerprint::{suffix_chars, Fingerprint, PasswordError, SALT_LEN};
use super::rate_limit::RateLimit;
use super::MAX_PASSWORD_CHARS;

/// Most sources (tabs) with a bucket in use; beyond it, full buckets are dropped first, then the oldest.
pub const MAX_SOURCES: usize = 256;

/// The protected fingerprints and the rate limits of the sources that asked.
#[derive(Debug, Default)]
pub struct Matcher {
    prints: Vec<(Fingerprint, [u8; SALT_LEN])>,
    limits: HashMap<String, (RateLimit, u64)>,
}

/// The answer to one check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckOutcome {
    /// Index (in the list given to [`Matcher::new`]) of the fingerprint that matched.
    pub matched: Option<usize>,
    /// The check was refused by the rate limit: retry after this many milliseconds.
    pub retry_ms: Option<u64>,
}

impl Matcher {
    /// A matcher over stored fingerprints; refuses a malformed one.
    pub fn new(prints: Vec<Fingerprint>) -> Result<Self, PasswordError> {
        let mut out = Vec::with_capacity(prints.len());
        for p in prints {
            let salt = p.validate()?;
            out.push((p, salt));
        }
        Ok(Matcher {
            prints: out,
            limits: HashMap::new(),
        })
    }

    /// Whether the end of `typed` is one of the fingerprints in `allowed` (indices; the others do
    /// not apply on this page). Only the last [`MAX_PASSWORD_CHARS`] characters are looked at.
    /// Text shorter than every applicable password costs nothing from the rate limit.
    pub fn check(
        &mut self,
        source: &str,
        typed: &str,
        allowed: &[usize],
        now_ms: u64,
    ) -> CheckOutcome {
        let typed = suffix_chars(typed, MAX_PASSWORD_CHARS).unwrap_or(typed);
        let typed_len = typed.chars().count();
        let applicable: Vec<usize> = allowed
            .iter()
            .copied()
            .filter(|&i| {
                self.prints
                    .get(i)
                    .is_some_and(|(p, _)| p.length <= typed_len)
            })
            .collect();
        let none = CheckOutcome {
            matched: None,
            retry_ms: None,
        };
        if applicable.is_empty() {
            return none;
        }
        if let Err(wait) = self.bucket(source, now_ms).take(now_ms) {
            return CheckOutcome {
                retry_ms: Some(wait),
                ..none
            };
        }
        let matched = applicable.into_iter().find(|&i| {
            let (p, salt) = &self.prints[i];
            p.matches_suffix(salt, typed)
        });
        CheckOutcome { matched, ..none }
    }

    /// The source's bucket as it stands (to be saved), or None when it has none.
    pub fn limit_of(&self, source: &str) -> Option<RateLimit> {
        self.limits.get(source).map(|(b, _)| b.clone())
    }

    /// Puts back a saved bucket (a fresh worker or matcher meeting a source seen before); it
    /// replaces the one in use only when that one has more budget left.
    pub fn restore_limit(&mut self, source: &str, saved: RateLimit, now_ms: u64) {
        let saved = RateLimit::restored(saved, now_ms);
        let current = self.bucket(source, now_ms);
        if saved.tokens_at(now_ms) < current.tokens_at(now_ms) {
            *current = saved;
        }
    }

    /// Drops a source's bucket (its tab closed).
    pub fn forget_source(&mut self, source: &str) {
        self.limits.remove(source);
    }

    fn bucket(&mut self, source: &str, now_ms: u64) -> &mut RateLimit {
        if !self.limits.contains_key(source) && self.limits.len() >= MAX_SOURCES {
            self.limits.retain(|_, (b, _)| !b.is_full(now_ms));
            if self.limits.len() >= MAX_SOURCES {
                let oldest = self
                    .limits
                    .iter()
                    .min_by_key(|(_, (_, used))| *used)
                    .map(|(k, _)| k.clone());
                if let Some(k) = oldest {
                    self.limits.remove(&k);
                }
            }
        }
        let entry = self
            .limits
            .entry(source.to_string())
            .or_insert_with(|| (RateLimit::new(now_ms), now_ms));
        entry.1 = now_ms;
        &mut entry.0
    }
}

#[cfg(test)]
mod tests {
    use super::super::{fingerprint, BURST};
    use super::*;

    fn matcher() -> Matcher {
        Matcher::new(vec![
            fingerprint("amazon-pass-1", &[1; 16]).unwrap(),
            fingerprint("rakuten-pw", &[2; 16]).unwrap(),
        ])
        .unwrap()
    }

    #[test]
    fn finds_the_password_at_the_end_of_the_text() {
        let mut m = matcher();
        let table: &[(&str, &[usize], Option<usize>)] = &[
            ("amazon-pass-1", &[0, 1], Some(0)),
            ("xxamazon-pass-1", &[0, 1], Some(0)),
            ("rakuten-pw", &[0, 1], Some(1)),
            ("rakuten-pw", &[0], None), // not applicable on this page (its own retailer's site)
            ("amazon-pass-2", &[0, 1], None),
            ("amazon-pass-1 ", &[0, 1], None),
        ];
        for (typed, allowed, want) in table {
            assert_eq!(
                m.check("tab", typed, allowed, 0).matched,
                *want,
                "{typed:?}"
            );
        }
    }

    #[test]
    fn short_text_costs_nothing() {
        let mut m = matcher();
        for _ in 0..1000 {
            assert_eq!(
                m.check("tab", "rakuten", &[0, 1], 0),
                CheckOutcome {
                    matched: None,
                    retry_ms: None
                }
            );
        }
        assert_eq!(m.check("tab", "rakuten-pw", &[0, 1], 0).matched, Some(1));
    }

    #[test]
    fn rate_limited_per_source() {
        let mut m = matcher();
        for i in 0..BURST {
            assert_eq!(
                m.check("tab-1", &format!("guess-{i:04}"), &[0, 1], 0)
                    .retry_ms,
                None
            );
        }
        // The right password is refused too while the bucket is empty: the page learns nothing.
        let refused = m.check("tab-1", "amazon-pass-1", &[0, 1], 0);
        assert_eq!(
            refused,
            CheckOutcome {
                matched: None,
                retry_ms: Some(500)
            }
        );
        // Another tab has its own bucket; the first one refills.
        assert_eq!(
            m.check("tab-2", "amazon-pass-1", &[0, 1], 0).matched,
            Some(0)
        );
        assert_eq!(
            m.check("tab-1", "amazon-pass-1", &[0, 1], 500).matched,
            Some(0)
        );
    }

    #[test]
    fn a_saved_bucket_carries_over_to_a_new_matcher() {
        // A page empties its bucket; the worker stops; a new matcher meets the source again.
        let mut old = matcher();
        for i in 0..BURST {
            old.check("tab-1", &format!("guess-{i:04}"), &[0, 1], 0);
        }
        let saved = old.limit_of("tab-1").expect("a bucket in use");
        assert_eq!(old.limit_of("tab-9"), None);
        let json = serde_json::to_string(&saved).unwrap();
        let mut fresh = matcher();
        fresh.restore_limit("tab-1", serde_json::from_str(&json).unwrap(), 100);
        assert_eq!(
            fresh.check("tab-1", "amazon-pass-1", &[0, 1], 100).retry_ms,
            Some(400)
        );
        // Restoring an older, fuller bucket over one in use gives nothing back.
        let mut full = RateLimit::new(0);
        let _ = full.take(0);
        fresh.restore_limit("tab-1", full, 100);
        assert!(fresh
            .check("tab-1", "amazon-pass-1", &[0, 1], 100)
            .retry_ms
            .is_some());
        // Another source is untouched.
        assert_eq!(
            fresh.check("tab-2", "amazon-pass-1", &[0, 1], 100).matched,
            Some(0)
        );
    }

    #[test]
    fn bounded_sources() {
        let mut m = matcher();
        for i in 0..(MAX_SOURCES * 3) {
            m.check(&format!("tab-{i}"), "long-enough-text", &[0], i as u64);
        }
        assert!(m.limits.len() <= MAX_SOURCES);
    }

    #[test]
    fn refuses_a_malformed_record() {
        let mut bad = fingerprint("amazon-pass-1", &[1; 16]).unwrap();
        bad.hash = u64::MAX;
        assert!(Matcher::new(vec![bad]).is_err());
    }

    #[test]
    fn long_input_is_bounded() {
        let mut m = matcher();
        let long = format!("{}amazon-pass-1", "x".repeat(1_000_000));
        assert_eq!(m.check("tab", &long, &[0], 0).matched, Some(0));
    }
}
