//! The password fingerprint: scrypt (N = 2^10, r = 8, p = 1) over the password with a 16-byte
//! random salt, truncated to 37 bits, plus the password's length in characters.
//!
//! Why these numbers (also in PRIVACY.md):
//! - **Salted**: the same password gives unrelated fingerprints for two retailers or two users, so
//!   no precomputed table applies and two stored fingerprints cannot be compared with each other.
//! - **Slow**: Chrome's reuse detector uses scrypt N = 32 (2^5). We use N = 2^10: each guess costs
//!   an attacker who copied the fingerprint 32 times more (about 1 MB of memory and ~1–3 ms per
//!   guess), while one check per keystroke still stays a few milliseconds in WebAssembly
//!   (measured in the report of issue 12; `cargo test --release password` prints nothing timed).
//! - **Truncated to 37 bits** (Chrome's choice too): a stored fingerprint matches about one string in
//!   137 billion, so a random keystroke sequence raises a false alarm about once in 2^37 checks, but
//!   for any password space larger than 2^37 the fingerprint cannot single out the password: every
//!   fingerprint is shared by a great many strings, and a leaked one confirms a guess only together
//!   with a short candidate list.
//! - **Length kept**: matching checks only the suffix of what is typed that has the learned length,
//!   one hash per fingerprint per check (Chrome keeps the length for the same reason).

use serde::{Deserialize, Serialize};

use super::{MAX_PASSWORD_CHARS, MIN_PASSWORD_CHARS};

/// Salt length in bytes (16, as Chrome).
pub const SALT_LEN: usize = 16;
/// Bits of the scrypt output that are kept.
pub const FINGERPRINT_BITS: u32 = 37;
/// log2 of scrypt's N.
const LOG_N: u8 = 10;
const R: u32 = 8;
const P: u32 = 1;

/// What is stored for one protected password. `hash` < 2^37 (a safe JSON number); `salt` is hex.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fingerprint {
    pub salt: String,
    pub hash: u64,
    pub length: usize,
}

/// Why a fingerprint could not be made or read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordError(pub String);

impl std::fmt::Display for PasswordError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PasswordError {}

/// The fingerprint of `password` with `salt` (exactly [`SALT_LEN`] random bytes).
pub fn fingerprint(password: &str, salt: &[u8]) -> Result<Fingerprint, PasswordError> {
    let salt: [u8; SALT_LEN] = salt
        .try_into()
        .map_err(|_| PasswordError(format!("the salt must be {SALT_LEN} bytes")))?;
    let length = password.chars().count();
    if !(MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&length) {
        return Err(PasswordError(format!(
            "a protected password has {MIN_PASSWORD_CHARS} to {MAX_PASSWORD_CHARS} characters"
        )));
    }
    Ok(Fingerprint {
        salt: to_hex(&salt),
        hash: truncated_hash(password.as_bytes(), &salt)
            .ok_or_else(|| PasswordError("the hash could not be computed".into()))?,
        length,
    })
}

impl Fingerprint {
    /// Checks a stored fingerprint's shape (it comes back from storage).
    pub fn validate(&self) -> Result<[u8; SALT_LEN], PasswordError> {
        let salt = from_hex(&self.salt)
            .ok_or_else(|| PasswordError("the salt is not 32 hex digits".into()))?;
        if self.hash >> FINGERPRINT_BITS != 0 {
            return Err(PasswordError(format!(
                "the hash has more than {FINGERPRINT_BITS} bits"
            )));
        }
        if !(MIN_PASSWORD_CHARS..=MAX_PASSWORD_CHARS).contains(&self.length) {
            return Err(PasswordError("the length is out of range".into()));
        }
        Ok(salt)
    }

    /// Whether the last `self.length` characters of `typed` hash to this fingerprint
    /// ("…my-secret-pw" typed after a stray character still matches "my-secret-pw").
    pub fn matches_suffix(&self, salt: &[u8; SALT_LEN], typed: &str) -> bool {
        match suffix_chars(typed, self.length) {
            Some(tail) => truncated_hash(tail.as_bytes(), salt) == Some(self.hash),
            None => false,
        }
    }
}

/// The last `n` characters of `s`, or None when `s` is shorter.
pub(super) fn suffix_chars(s: &str, n: usize) -> Option<&str> {
    if n == 0 {
        return Some("");
    }
    let (start, _) = s.char_indices().rev().nth(n - 1)?;
    Some(&s[start..])
}

/// None only if scrypt refuses the constants (it does not; no panic path either way, and a
/// failed hash never matches anything).
fn truncated_hash(password: &[u8], salt: &[u8; SALT_LEN]) -> Option<u64> {
    let mut out = [0u8; 8];
    // `Params`' own length field only serves the PHC string format (it must be 10..=64); the
    // output length is the buffer's.
    let params = scrypt::Params::new(LOG_N, R, P, scrypt::Params::RECOMMENDED_LEN).ok()?;
    scrypt::scrypt(password, salt, &params, &mut out).ok()?;
    Some(u64::from_be_bytes(out) >> (64 - FINGERPRINT_BITS))
}

fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

fn from_hex(s: &str) -> Option<[u8; SALT_LEN]> {
    if s.len() != SALT_LEN * 2 || !s.is_ascii() {
        return None;
    }
    let mut out = [0u8; SALT_LEN];
    for (i, o) in out.iter_mut().enumerate() {
        *o = u8::from_str_radix(&s[2 * i..2 * i + 2], 16).ok()?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SALT: [u8; 16] = [7; 16];
    const OTHER_SALT: [u8; 16] = [8; 16];

    #[test]
    fn same_password_same_salt_same_fingerprint() {
        let a = fingerprint("correct-horse-42", &SALT).unwrap();
        let b = fingerprint("correct-horse-42", &SALT).unwrap();
        assert_eq!(a, b);
        assert_eq!(a.length, 16);
        assert_eq!(a.salt, "07".repeat(16));
    }

    #[test]
    fn salt_and_password_change_the_fingerprint() {
        let a = fingerprint("correct-horse-42", &SALT).unwrap();
        assert_ne!(
            a.hash,
            fingerprint("correct-horse-42", &OTHER_SALT).unwrap().hash
        );
        assert_ne!(a.hash, fingerprint("correct-horse-43", &SALT).unwrap().hash);
    }

    #[test]
    fn truncated_to_37_bits() {
        // Over many passwords the kept value never exceeds 37 bits and does use the top bit.
        let mut top = false;
        for i in 0..64 {
            let h = fingerprint(&format!("password-{i}"), &SALT).unwrap().hash;
            assert!(h < 1 << 37, "{h} has more than 37 bits");
            top |= h >> 36 == 1;
        }
        assert!(
            top,
            "the 37th bit is never set: the truncation keeps fewer bits"
        );
    }

    #[test]
    fn rejects_bad_salt_and_lengths() {
        for (pw, salt) in [
            ("correct-horse-42", &SALT[..15]),
            ("correct-horse-42", &[0u8; 17][..]),
            ("short", &SALT[..]),
            (&"x".repeat(65)[..], &SALT[..]),
        ] {
            assert!(
                fingerprint(pw, salt).is_err(),
                "{pw:?} / {} bytes",
                salt.len()
            );
        }
        assert!(fingerprint("six666", &SALT).is_ok());
        assert!(fingerprint(&"x".repeat(64), &SALT).is_ok());
    }

    #[test]
    fn suffix_matching() {
        let fp = fingerprint("パスワード-ok7", &SALT).unwrap();
        let salt = fp.validate().unwrap();
        for (typed, expected) in [
            ("パスワード-ok7", true),
            ("user@example.comパスワード-ok7", true), // typed after other text in the same field
            ("xパスワード-ok7", true),
            ("パスワード-ok", false),   // not yet complete
            ("パスワード-ok7x", false), // something after it
            ("スワード-ok7", false),    // shorter than the password
            ("", false),
        ] {
            assert_eq!(fp.matches_suffix(&salt, typed), expected, "{typed:?}");
        }
    }

    #[test]
    fn validate_refuses_tampered_records() {
        let good = fingerprint("correct-horse-42", &SALT).unwrap();
        assert!(good.validate().is_ok());
        for bad in [
            Fingerprint {
                salt: "zz".repeat(16),
                ..good.clone()
            },
            Fingerprint {
                salt: "07".repeat(15),
                ..good.clone()
            },
            Fingerprint {
                hash: 1 << 37,
                ..good.clone()
            },
            Fingerprint {
                length: 3,
                ..good.clone()
            },
            Fingerprint {
                length: 65,
                ..good.clone()
            },
        ] {
            assert!(bad.validate().is_err(), "{bad:?}");
        }
    }

    #[test]
    fn suffix_chars_counts_characters_not_bytes() {
        assert_eq!(suffix_chars("abcパス", 2), Some("パス"));
        assert_eq!(suffix_chars("abc", 3), Some("abc"));
        assert_eq!(suffix_chars("abc", 4), None);
        assert_eq!(suffix_chars("abc", 0), Some(""));
    }
}
