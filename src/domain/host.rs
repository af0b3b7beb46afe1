//! The WHATWG URL Standard's host parser for http(s) URLs: IPv6 in brackets, percent-decoding,
//! domain to ASCII (`idn.rs`), and the IPv4 forms browsers accept (`0x7f.1`, `017700000001`,
//! `2130706433`) read as the address they name.

use std::net::{Ipv4Addr, Ipv6Addr};

use super::idn;
use super::url::UrlError;

/// A parsed host.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Host {
    /// ASCII, lower case, as the URL serializes it (a trailing dot kept).
    Domain(String),
    Ipv4(Ipv4Addr),
    Ipv6(Ipv6Addr),
}

/// Parses the host of a special URL (`input` is the text between the authority's `@` and its
/// port or path, tabs and newlines already removed).
pub fn parse(input: &str) -> Result<Host, UrlError> {
    if let Some(inner) = input.strip_prefix('[') {
        let inner = inner.strip_suffix(']').ok_or(UrlError::InvalidIpv6)?;
        return parse_ipv6(inner).map(Host::Ipv6);
    }
    let decoded = percent_decode(input);
    let domain = idn::to_ascii(&decoded).ok_or(UrlError::Idna)?;
    if domain.is_empty() {
        return Err(UrlError::EmptyHost);
    }
    if ends_in_a_number(&domain) {
        return parse_ipv4(&domain).map(Host::Ipv4);
    }
    Ok(Host::Domain(domain))
}

/// `%xx` escapes decoded as bytes, the result read as UTF-8 (invalid sequences become U+FFFD,
/// which the domain check rejects).
fn percent_decode(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.bytes().any(|b| b == b'%') {
        return s.into();
    }
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let hex = |j: usize| b.get(j).and_then(|&c| char::from(c).to_digit(16));
        if let (b'%', Some(hi), Some(lo)) = (b[i], hex(i + 1), hex(i + 2)) {
            out.push((hi * 16 + lo) as u8);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned().into()
}

/// Whether the last label (ignoring one trailing dot) is a number: then the host must be IPv4.
fn ends_in_a_number(domain: &str) -> bool {
    let domain = domain.strip_suffix('.').unwrap_or(domain);
    let last = match domain.bytes().rposition(|b| b == b'.') {
        Some(dot) => &domain[dot + 1..],
        None => domain,
    };
    !last.is_empty() && (last.bytes().all(|b| b.is_ascii_digit()) || ipv4_number(last).is_ok())
}

/// One IPv4 part: decimal, `0x` hex or `0` octal. `Ok(None)` when it overflows 32 bits.
fn ipv4_number(part: &str) -> Result<Option<u32>, ()> {
    if part.is_empty() {
        return Err(());
    }
    let (digits, radix) = if let Some(h) = part.strip_prefix("0x").or(part.strip_prefix("0X")) {
        (h, 16)
    } else if part.len() >= 2 && part.starts_with('0') {
        (&part[1..], 8)
    } else {
        (part, 10)
    };
    if digits.is_empty() {
        return Ok(Some(0));
    }
    if !digits.bytes().all(|b| char::from(b).is_digit(radix)) {
        return Err(());
    }
    Ok(u32::from_str_radix(digits, radix).ok())
}

/// The URL Standard's IPv4 parser: up to four parts, the last one filling the remaining bytes.
fn parse_ipv4(domain: &str) -> Result<Ipv4Addr, UrlError> {
    let domain = domain.strip_suffix('.').unwrap_or(domain);
    let mut numbers = [0u32; 4];
    let mut count = 0;
    for part in domain.split('.') {
        let slot = numbers.get_mut(count).ok_or(UrlError::InvalidIpv4)?;
        *slot = ipv4_number(part)
            .ok()
            .flatten()
            .ok_or(UrlError::InvalidIpv4)?;
        count += 1;
    }
    let (last, init) = match numbers[..count].split_last() {
        Some(split) => split,
        None => return Err(UrlError::InvalidIpv4),
    };
    if init.iter().any(|&n| n > 255) || u64::from(*last) >= 1u64 << (8 * (5 - count)) {
        return Err(UrlError::InvalidIpv4);
    }
    let mut address = *last;
    for (i, &n) in init.iter().enumerate() {
        address += n << (8 * (3 - i));
    }
    Ok(Ipv4Addr::from(address))
}

/// IPv6 text (without the brackets); the standard library's parser accepts the same forms as the
/// URL Standard's (hex groups of up to four digits, one `::`, a dotted IPv4 tail).
fn parse_ipv6(inner: &str) -> Result<Ipv6Addr, UrlError> {
    inner.parse().map_err(|_| UrlError::InvalidIpv6)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        let v4 = |a, b, c, d| Ok(Host::Ipv4(Ipv4Addr::new(a, b, c, d)));
        let dom = |d: &str| Ok(Host::Domain(d.to_string()));
        let table: &[(&str, Result<Host, UrlError>)] = &[
            ("Amazon.CO.jp", dom("amazon.co.jp")),
            ("amazon.co.jp.", dom("amazon.co.jp.")),
            ("%61mazon.co.jp", dom("amazon.co.jp")),
            ("xn--mazon-3ve.co.jp", dom("xn--mazon-3ve.co.jp")),
            ("\u{0430}mazon.co.jp", dom("xn--mazon-3ve.co.jp")),
            ("ＡＭＡＺＯＮ.co.jp", dom("amazon.co.jp")),
            ("amazon\u{3002}co\u{3002}jp", dom("amazon.co.jp")),
            ("192.0.2.1", v4(192, 0, 2, 1)),
            ("0xc0.0.2.1", v4(192, 0, 2, 1)),
            ("0300.0.2.1", v4(192, 0, 2, 1)),
            ("3221225985", v4(192, 0, 2, 1)),
            ("192.0.513", v4(192, 0, 2, 1)),
            ("192.0.2.1.", v4(192, 0, 2, 1)),
            ("[::1]", Ok(Host::Ipv6(Ipv6Addr::LOCALHOST))),
            ("", Err(UrlError::EmptyHost)),
            ("256.0.0.1", Err(UrlError::InvalidIpv4)),
            ("1.2.3.4.5", Err(UrlError::InvalidIpv4)),
            ("4294967296", Err(UrlError::InvalidIpv4)),
            ("amazon.09", Err(UrlError::InvalidIpv4)),
            ("[::1", Err(UrlError::InvalidIpv6)),
            ("[1:2]", Err(UrlError::InvalidIpv6)),
            ("ama zon.jp", Err(UrlError::Idna)),
            ("amazon%2fco.jp", Err(UrlError::Idna)),
            ("a<b.jp", Err(UrlError::Idna)),
            ("%ff.jp", Err(UrlError::Idna)),
            ("xn--.jp", Err(UrlError::Idna)),
            ("xn--a-.jp", Err(UrlError::Idna)),
            ("xn--Bcher-kva.de", dom("xn--bcher-kva.de")),
            ("xn--bcher-kva-.de", Err(UrlError::Idna)),
        ];
        for (input, want) in table {
            assert_eq!(&parse(input), want, "{input:?}");
        }
    }

    #[test]
    fn to_unicode_round_trip() {
        assert_eq!(
            idn::to_unicode("www.xn--mazon-3ve.co.jp"),
            "www.\u{0430}mazon.co.jp"
        );
        assert_eq!(idn::to_unicode("amazon.co.jp"), "amazon.co.jp");
    }
}
