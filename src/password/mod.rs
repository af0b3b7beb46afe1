//! Protected passwords: what Omamori keeps of a retailer password (a fingerprint, never the
//! password), how typed text is matched against it, how often a page may have it checked, and
//! which typed strings are one-time codes.
//!
//! The core stays pure: the salt and the clock come in as arguments (the background draws the salt
//! from `crypto.getRandomValues` and passes `Date.now()`).

mod fingerprint;
mod matcher;
mod otp;
mod rate_limit;

pub use fingerprint::{fingerprint, Fingerprint, PasswordError, FINGERPRINT_BITS, SALT_LEN};
pub use matcher::{CheckOutcome, Matcher, MAX_SOURCES};
pub use otp::is_one_time_code;
pub use rate_limit::{RateLimit, BURST, REFILL_MS};

/// Shortest password Omamori learns (Amazon and Rakuten require at least 6 characters; shorter
/// strings would also match too much of what people type).
pub const MIN_PASSWORD_CHARS: usize = 6;
/// Longest password Omamori learns, and the most typed characters ever looked at.
pub const MAX_PASSWORD_CHARS: usize = 64;

/// Bounds the content script needs (exported through `api.rs` so JS never repeats them).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Bounds {
    pub min_chars: usize,
    pub max_chars: usize,
    pub otp_min_digits: usize,
    pub otp_max_digits: usize,
}

/// The bounds above as one value.
pub const BOUNDS: Bounds = Bounds {
    min_chars: MIN_PASSWORD_CHARS,
    max_chars: MAX_PASSWORD_CHARS,
    otp_min_digits: otp::MIN_DIGITS,
    otp_max_digits: otp::MAX_DIGITS,
};
