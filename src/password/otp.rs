//! One-time codes: what a verification code typed into a page looks like.
//!
//! Six to eight digits (SMS and authenticator codes of the catalog's retailers are 6 digits; some
//! banks and marketplaces send 8), ASCII or full-width (Japanese IMEs type `１２３４５６`), optionally
//! split once by a space or hyphen as the message shows it (`123 456`, `1234-5678`).
//! `123456` and `１２３ ４５６` are codes; `12345`, `123456789`, `12-34-56` and `a12345` are not.

/// Fewest digits of a one-time code.
pub const MIN_DIGITS: usize = 6;
/// Most digits of a one-time code.
pub const MAX_DIGITS: usize = 8;

/// Whether `typed` (a field's whole value) is a one-time code.
pub fn is_one_time_code(typed: &str) -> bool {
    let s = typed.trim();
    if s.chars().count() > MAX_DIGITS + 1 {
        return false;
    }
    let mut digits = 0;
    let mut separators = 0;
    let mut last_was_digit = false;
    for c in s.chars() {
        if c.is_ascii_digit() || ('０'..='９').contains(&c) {
            digits += 1;
            last_was_digit = true;
        } else if matches!(c, ' ' | '-' | '　' | '－') && last_was_digit {
            separators += 1;
            last_was_digit = false;
        } else {
            return false;
        }
    }
    last_was_digit && separators <= 1 && (MIN_DIGITS..=MAX_DIGITS).contains(&digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes() {
        for s in [
            "123456",
            "1234567",
            "12345678",
            " 123456 ",
            "123 456",
            "1234-5678",
            "１２３４５６",
            "１２３　４５６",
            "000000",
        ] {
            assert!(is_one_time_code(s), "{s:?}");
        }
    }

    #[test]
    fn not_codes() {
        for s in [
            "",
            "12345",
            "123456789",
            "12-34-56",
            "a12345",
            "123456a",
            "-123456",
            "123456-",
            "123  456",
            "090-1234-5678",
            "2026/11/30",
            "12.3456",
            "password1",
        ] {
            assert!(!is_one_time_code(s), "{s:?}");
        }
    }
}
