//! Punycode (RFC 3492): the `xn--` form of a non-ASCII DNS label, both ways. No tables; the label
//! lengths are bounded (`MAX_DECODE`, `MAX_ENCODE`), so the quadratic worst case stays small.

/// Longest Punycode text [`decode`] reads and longest label [`encode`] writes: more is an error
/// (the `idna` crate's bounds; a DNS label is at most 63 bytes anyway).
pub const MAX_DECODE: usize = 2000;
pub const MAX_ENCODE: usize = 1000;

const BASE: u32 = 36;
const T_MIN: u32 = 1;
const T_MAX: u32 = 26;
const SKEW: u32 = 38;
const DAMP: u32 = 700;
const INITIAL_BIAS: u32 = 72;
const INITIAL_N: u32 = 0x80;

fn adapt(mut delta: u32, num_points: u32, first: bool) -> u32 {
    delta /= if first { DAMP } else { 2 };
    delta += delta / num_points;
    let mut k = 0;
    while delta > ((BASE - T_MIN) * T_MAX) / 2 {
        delta /= BASE - T_MIN;
        k += BASE;
    }
    k + (BASE - T_MIN + 1) * delta / (delta + SKEW)
}

fn digit_value(b: u8) -> Option<u32> {
    match b {
        b'a'..=b'z' => Some(u32::from(b - b'a')),
        b'A'..=b'Z' => Some(u32::from(b - b'A')),
        b'0'..=b'9' => Some(u32::from(b - b'0') + 26),
        _ => None,
    }
}

fn digit(d: u32) -> char {
    // d < 36 by construction: a..z then 0..9.
    char::from(if d < 26 {
        b'a' + d as u8
    } else {
        b'0' + (d - 26) as u8
    })
}

fn threshold(k: u32, bias: u32) -> u32 {
    if k <= bias {
        T_MIN
    } else if k >= bias + T_MAX {
        T_MAX
    } else {
        k - bias
    }
}

/// Decodes the part after `xn--`; `None` when it is not valid Punycode (a non-basic byte, a
/// truncated number, an overflow, a code point that is not a character) or longer than `MAX_DECODE`.
pub fn decode(input: &str) -> Option<Vec<char>> {
    let bytes = input.as_bytes();
    if bytes.len() > MAX_DECODE || !input.is_ascii() {
        return None;
    }
    // Basic code points before the last `-` (a leading `-` is not a delimiter), lower-cased as
    // UTS #46 reads them; the deltas after it.
    let (mut output, rest): (Vec<char>, &[u8]) = match bytes.iter().rposition(|&b| b == b'-') {
        Some(d) if d > 0 => (
            bytes[..d]
                .iter()
                .map(|&b| char::from(b.to_ascii_lowercase()))
                .collect(),
            &bytes[d + 1..],
        ),
        _ => (Vec::new(), bytes),
    };
    let (mut n, mut bias, mut i) = (INITIAL_N, INITIAL_BIAS, 0u32);
    let mut pos = 0;
    while pos < rest.len() {
        let old_i = i;
        let mut w = 1u32;
        let mut k = BASE;
        loop {
            let d = digit_value(*rest.get(pos)?)?;
            pos += 1;
            i = i.checked_add(d.checked_mul(w)?)?;
            let t = threshold(k, bias);
            if d < t {
                break;
            }
            w = w.checked_mul(BASE - t)?;
            k += BASE;
        }
        let len = u32::try_from(output.len() + 1).ok()?;
        bias = adapt(i - old_i, len, old_i == 0);
        n = n.checked_add(i / len)?;
        i %= len;
        output.insert(i as usize, char::from_u32(n)?);
        i += 1;
    }
    Some(output)
}

/// Encodes a label's characters as Punycode (without `xn--`); `None` when longer than `MAX_ENCODE`.
pub fn encode(input: &[char]) -> Option<String> {
    if input.len() > MAX_ENCODE {
        return None;
    }
    let mut out: String = input.iter().filter(|c| c.is_ascii()).collect();
    let basic = out.len() as u32;
    if basic > 0 {
        out.push('-');
    }
    let (mut n, mut delta, mut bias, mut handled) = (INITIAL_N, 0u32, INITIAL_BIAS, basic);
    let total = input.len() as u32;
    while handled < total {
        let m = input.iter().map(|&c| c as u32).filter(|&c| c >= n).min()?;
        delta = delta.checked_add((m - n).checked_mul(handled + 1)?)?;
        n = m;
        for &c in input {
            let c = c as u32;
            if c < n {
                delta = delta.checked_add(1)?;
            }
            if c == n {
                let mut q = delta;
                let mut k = BASE;
                loop {
                    let t = threshold(k, bias);
                    if q < t {
                        break;
                    }
                    out.push(digit(t + (q - t) % (BASE - t)));
                    q = (q - t) / (BASE - t);
                    k += BASE;
                }
                out.push(digit(q));
                bias = adapt(delta, handled + 1, handled == basic);
                delta = 0;
                handled += 1;
            }
        }
        delta += 1;
        n += 1;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_the_idna_crate() {
        // Labels of our own, RFC 3492 §7.1 samples, and edge cases (basic only, leading hyphen).
        let table = [
            "\u{0430}mazon",
            "アマゾン",
            "楽天",
            "bücher",
            "faß",
            "\u{4ed6}\u{4eec}\u{4e3a}\u{4ec0}\u{4e48}\u{4e0d}\u{8bf4}\u{4e2d}\u{6587}",
            "3年b組金八先生",
            "安室奈美恵-with-super-monkeys",
            "-\u{1f600}-",
            "\u{10ffff}",
            "abc",
        ];
        for unicode in table {
            let chars: Vec<char> = unicode.chars().collect();
            let want = idna::punycode::encode_str(unicode);
            assert_eq!(encode(&chars), want, "{unicode}");
            let puny = want.unwrap_or_default();
            assert_eq!(decode(&puny), Some(chars), "{puny}");
            assert_eq!(
                decode(&puny.to_ascii_uppercase()).map(|c| c.len()),
                Some(unicode.chars().count())
            );
        }
    }

    #[test]
    fn rejects_malformed() {
        let long = "a".repeat(MAX_DECODE + 1);
        for bad in ["ü", "a-9", "99999999999", "a-!", "-a"] {
            assert_eq!(decode(bad), None, "{bad:?}");
            assert_eq!(idna::punycode::decode_to_string(bad), None, "{bad:?}");
        }
        assert_eq!(decode(&long), None);
        assert_eq!(encode(&vec!['é'; MAX_ENCODE + 1]), None);
    }
}
