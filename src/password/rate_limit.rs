//! How often a page may have typed text checked against the protected passwords: a token bucket.
//!
//! A check answers "is this the protected password?", so without a bound a page could use Omamori
//! as an oracle (put guesses into a field and watch for the warning). The content script only
//! reports trusted (user) input events, and on top of that each tab gets [`BURST`] checks in a row,
//! then one more every [`REFILL_MS`]. People type a password in well under the burst (checks only
//! start once the text is as long as a protected password), so real typing is never slowed; a
//! limited check tells the caller when to retry, so the last keystroke is still checked.
//!
//! Example: 20 checks at t = 0 pass, the 21st waits 500 ms; after 10 s the bucket is full again.
//!
//! A bucket outlives the service worker: the background saves it ([`RateLimit`] is serialisable)
//! after each check and restores it ([`RateLimit::restored`]) when a fresh worker or matcher first
//! sees the source, so a page that waits for the worker to stop gets no new budget.

use serde::{Deserialize, Serialize};

/// Checks allowed in a row.
pub const BURST: u32 = 20;
/// One more check every this many milliseconds (2 per second).
pub const REFILL_MS: u64 = 500;

/// One bucket. `now_ms` is the caller's clock (Date.now()); a clock that goes back refills nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RateLimit {
    tokens: u32,
    /// When the last whole token was added (or the bucket was made).
    since_ms: u64,
}

impl RateLimit {
    /// A full bucket.
    pub fn new(now_ms: u64) -> Self {
        RateLimit {
            tokens: BURST,
            since_ms: now_ms,
        }
    }

    /// A saved bucket as it may be trusted at `now_ms`: never more than [`BURST`] tokens, never
    /// counting from the future (a saved time ahead of the clock adds nothing until it is reached).
    pub fn restored(saved: RateLimit, now_ms: u64) -> Self {
        RateLimit {
            tokens: saved.tokens.min(BURST),
            since_ms: saved.since_ms.min(now_ms),
        }
    }

    /// Takes one check: `Ok(())`, or `Err(ms)` to wait before the next check is allowed.
    pub fn take(&mut self, now_ms: u64) -> Result<(), u64> {
        self.refill(now_ms);
        if self.tokens > 0 {
            self.tokens -= 1;
            return Ok(());
        }
        Err(REFILL_MS - (now_ms - self.since_ms))
    }

    /// Whether the bucket is full at `now_ms` (a full bucket carries no state worth keeping).
    pub fn is_full(&self, now_ms: u64) -> bool {
        self.tokens_at(now_ms) == BURST
    }

    /// Checks left at `now_ms`.
    pub fn tokens_at(&self, now_ms: u64) -> u32 {
        let mut b = self.clone();
        b.refill(now_ms);
        b.tokens
    }

    fn refill(&mut self, now_ms: u64) {
        if now_ms < self.since_ms {
            self.since_ms = now_ms; // clock went back: start counting again, add nothing
            return;
        }
        let whole = (now_ms - self.since_ms) / REFILL_MS;
        if whole == 0 {
            return;
        }
        let added = u32::try_from(whole).unwrap_or(u32::MAX);
        self.tokens = self.tokens.saturating_add(added).min(BURST);
        self.since_ms = if self.tokens == BURST {
            now_ms
        } else {
            self.since_ms + whole * REFILL_MS
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (time of the attempt in ms, expected answer) from a fresh bucket at t = 1000.
    fn run(steps: &[(u64, Result<(), u64>)]) {
        let mut b = RateLimit::new(1000);
        for (i, (t, want)) in steps.iter().enumerate() {
            assert_eq!(b.take(*t), *want, "step {i} at {t} ms");
        }
    }

    #[test]
    fn burst_then_wait() {
        let mut steps: Vec<(u64, Result<(), u64>)> = (0..BURST).map(|_| (1000, Ok(()))).collect();
        steps.push((1000, Err(500)));
        steps.push((1200, Err(300)));
        steps.push((1500, Ok(())));
        steps.push((1500, Err(500)));
        steps.push((1999, Err(1)));
        steps.push((2000, Ok(())));
        run(&steps);
    }

    #[test]
    fn refills_to_burst_and_no_further() {
        let mut b = RateLimit::new(0);
        for _ in 0..BURST {
            b.take(0).unwrap();
        }
        assert!(!b.is_full(0));
        // An hour later: a full bucket, not 7,200 checks.
        assert!(b.is_full(3_600_000));
        for _ in 0..BURST {
            b.take(3_600_000).unwrap();
        }
        assert_eq!(b.take(3_600_000), Err(REFILL_MS));
    }

    #[test]
    fn partial_refill_keeps_the_remainder() {
        let mut b = RateLimit::new(0);
        for _ in 0..BURST {
            b.take(0).unwrap();
        }
        // 1.2 refills at 600 ms: one token, and the next comes at 1000 ms, not 1100 ms.
        assert_eq!(b.take(600), Ok(()));
        assert_eq!(b.take(600), Err(400));
        assert_eq!(b.take(1000), Ok(()));
    }

    #[test]
    fn clock_going_back_adds_nothing() {
        let mut b = RateLimit::new(10_000);
        for _ in 0..BURST {
            b.take(10_000).unwrap();
        }
        assert_eq!(b.take(5_000), Err(REFILL_MS));
        assert_eq!(b.take(5_499), Err(1));
        assert_eq!(b.take(5_500), Ok(()));
    }

    #[test]
    fn a_restored_bucket_keeps_its_budget() {
        // (saved tokens, saved since, restored at, checks then allowed at that instant)
        let cases: &[(u32, u64, u64, usize)] = &[
            (0, 1000, 1000, 0),     // empty, restored at once: nothing
            (0, 1000, 1499, 0),     // still nothing before the next token
            (0, 1000, 2000, 2),     // two tokens refilled in a second
            (3, 1000, 1000, 3),     // what was left
            (999, 1000, 1000, 20),  // tampered count: clamped to the burst
            (0, 90_000, 1000, 0),   // saved time ahead of the clock: nothing added
            (0, 1000, 100_000, 20), // long after: full, not more
        ];
        for &(tokens, since_ms, at, want) in cases {
            let saved = RateLimit { tokens, since_ms };
            let mut b = RateLimit::restored(saved, at);
            let allowed = (0..50).filter(|_| b.take(at).is_ok()).count();
            assert_eq!(allowed, want, "saved {tokens}@{since_ms}, restored at {at}");
        }
    }

    #[test]
    fn survives_a_round_trip_through_json() {
        let mut b = RateLimit::new(0);
        for _ in 0..BURST {
            b.take(0).unwrap();
        }
        let text = serde_json::to_string(&b).unwrap();
        let back: RateLimit = serde_json::from_str(&text).unwrap();
        assert_eq!(RateLimit::restored(back, 0).take(0), Err(REFILL_MS));
    }

    #[test]
    fn a_page_typing_guesses_gets_two_a_second() {
        // An oracle attack: one guess every 10 ms for a minute.
        let mut b = RateLimit::new(0);
        let allowed = (0..6000u64).filter(|i| b.take(i * 10).is_ok()).count();
        assert_eq!(allowed as u64, u64::from(BURST) + 60_000 / REFILL_MS - 1);
    }
}
