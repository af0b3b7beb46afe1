//! A URL parser for what the engine reads: the scheme of any URL, and for `http`/`https` the
//! userinfo, host, port, path and query exactly as the WHATWG URL Standard (and the `url` crate,
//! which the equivalence test compares against) serializes them. Leading and trailing C0 controls
//! and spaces are trimmed, tabs and newlines removed, backslashes read as slashes, dot segments
//! resolved, and the characters the standard escapes percent-encoded. Other schemes are only
//! named: the engine does not check them. Linear time; errors, never a panic.

use std::borrow::Cow;
use std::fmt::Write;

use super::host::{self, Host};

/// Why a text is not an http(s) URL (the `url` crate's wording).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlError {
    NoScheme,
    EmptyHost,
    Idna,
    InvalidPort,
    InvalidIpv4,
    InvalidIpv6,
}

impl std::fmt::Display for UrlError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            UrlError::NoScheme => "relative URL without a base",
            UrlError::EmptyHost => "empty host",
            UrlError::Idna => "invalid international domain name",
            UrlError::InvalidPort => "invalid port number",
            UrlError::InvalidIpv4 => "invalid IPv4 address",
            UrlError::InvalidIpv6 => "invalid IPv6 address",
        })
    }
}

/// A parsed URL. For schemes other than the special network ones (`http`, `https`, `ws`, `wss`,
/// `ftp`) only `scheme` is filled.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Url {
    scheme: Cow<'static, str>,
    username: String,
    password: String,
    host: Option<Host>,
    port: Option<u16>,
    /// `/` (the most common path) is borrowed: no allocation.
    path: Cow<'static, str>,
    query: Option<String>,
}

impl Url {
    /// The scheme, lower case (`https`).
    pub fn scheme(&self) -> &str {
        &self.scheme
    }
    /// The user name, percent-encoded (`""` when there is none).
    pub fn username(&self) -> &str {
        &self.username
    }
    /// The password, percent-encoded; `None` when absent or empty.
    pub fn password(&self) -> Option<&str> {
        (!self.password.is_empty()).then_some(self.password.as_str())
    }
    /// The host; `None` for schemes this parser only names.
    pub fn host(&self) -> Option<&Host> {
        self.host.as_ref()
    }
    /// Moves the host out (`DomainInfo` keeps it as its hostname, without a copy).
    pub(crate) fn take_host(&mut self) -> Option<Host> {
        self.host.take()
    }
    /// The port, `None` when absent or the scheme's default.
    pub fn port(&self) -> Option<u16> {
        self.port
    }
    /// The path, starting with `/` for a URL with a host.
    pub fn path(&self) -> &str {
        &self.path
    }
    /// The query without its `?`.
    pub fn query(&self) -> Option<&str> {
        self.query.as_deref()
    }

    /// Parses `input` as an absolute URL.
    pub fn parse(input: &str) -> Result<Url, UrlError> {
        match parse_plain(input) {
            Some(url) => Ok(url),
            None => Self::parse_full(input),
        }
    }

    /// [`Url::parse`] without the one-scan path for the common URL.
    fn parse_full(input: &str) -> Result<Url, UrlError> {
        let trimmed = input.trim_matches(|c: char| c <= ' ');
        let cleaned: String;
        let input = if trimmed.bytes().any(|b| matches!(b, b'\t' | b'\n' | b'\r')) {
            cleaned = trimmed.replace(['\t', '\n', '\r'], "");
            cleaned.as_str()
        } else {
            trimmed
        };
        let (scheme, rest) = split_scheme(input).ok_or(UrlError::NoScheme)?;
        let special = ["http", "https", "ws", "wss", "ftp"]
            .into_iter()
            .zip([80, 443, 80, 443, 21])
            .find(|(name, _)| name.eq_ignore_ascii_case(scheme));
        let Some((name, default_port)) = special else {
            return Ok(Url {
                scheme: scheme.to_ascii_lowercase().into(),
                ..Url::default()
            });
        };
        let scheme = Cow::Borrowed(name);
        let rest = rest.trim_start_matches(['/', '\\']);
        let authority_end = rest
            .bytes()
            .position(|b| matches!(b, b'/' | b'\\' | b'?' | b'#'))
            .unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(authority_end);
        let (userinfo, host_port) = match authority.bytes().rposition(|b| b == b'@') {
            Some(at) => (Some(&authority[..at]), &authority[at + 1..]),
            None => (None, authority),
        };
        let (host_text, port_text) = split_port(host_port);
        if host_text.is_empty() {
            return Err(UrlError::EmptyHost);
        }
        let host = host::parse(host_text)?;
        let port = match port_text {
            None | Some("") => None,
            Some(p) if p.bytes().all(|b| b.is_ascii_digit()) => {
                let digits = p.trim_start_matches('0');
                match digits.parse::<u16>() {
                    _ if digits.is_empty() => Some(0),
                    Ok(n) => Some(n),
                    Err(_) => return Err(UrlError::InvalidPort),
                }
            }
            Some(_) => return Err(UrlError::InvalidPort),
        };
        let (mut username, mut password) = (String::new(), String::new());
        if let Some(info) = userinfo {
            let (user, pass) = info.split_once(':').unwrap_or((info, ""));
            encode_into(&mut username, user, USERINFO);
            encode_into(&mut password, pass, USERINFO);
        }
        let before_fragment = match tail.bytes().position(|b| b == b'#') {
            Some(hash) => &tail[..hash],
            None => tail,
        };
        let (path_text, query_text) = match before_fragment.bytes().position(|b| b == b'?') {
            Some(q) => (&before_fragment[..q], Some(&before_fragment[q + 1..])),
            None => (before_fragment, None),
        };
        let query = query_text.map(|q| {
            let mut s = String::with_capacity(q.len());
            encode_into(&mut s, q, SPECIAL_QUERY);
            s
        });
        Ok(Url {
            scheme,
            username,
            password,
            host: Some(host),
            port: port.filter(|&p| p != default_port),
            path: parse_path(path_text),
            query,
        })
    }
}

/// The common URL in one scan: `http(s)://host/path?query#fragment`, printable ASCII only, a
/// host of letters, digits, `-`, `_` and `.` (no userinfo, port, percent-escape, `xn--` label or
/// number-like last label: those are the full parser's), no backslash. What [`Url::parse`] would
/// build, or `None` to let it (tests/url_equivalence.rs compares the two on generated URLs).
fn parse_plain(input: &str) -> Option<Url> {
    let b = input.as_bytes();
    let (scheme, start) = if b.starts_with(b"https://") {
        ("https", 8)
    } else if b.starts_with(b"http://") {
        ("http", 7)
    } else {
        return None;
    };
    let xn =
        |from: usize, to: usize| to - from >= 4 && b[from..from + 4].eq_ignore_ascii_case(b"xn--");
    // The host: up to the first `/`, `?` or `#`; where its last two labels start.
    let (mut host_end, mut label, mut previous) = (b.len(), start, start);
    for (i, &c) in b.iter().enumerate().skip(start) {
        match HOST_BYTES[usize::from(c)] {
            LABEL => {}
            DOT if !xn(label, i) => (previous, label) = (label, i + 1),
            END => {
                host_end = i;
                break;
            }
            _ => return None,
        }
    }
    // The label the IPv4 test reads (after one trailing dot is ignored): a number-like one
    // (its first character a digit) and `xn--` labels are the full parser's.
    let last = if label == host_end && host_end > start {
        &b[previous..host_end - 1]
    } else {
        &b[label..host_end]
    };
    if host_end == start || xn(label, host_end) || last.first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    // The rest: printable ASCII (nothing to trim, no tab or newline to remove), no backslash; and
    // whether the path is `parse_path`'s plain one (nothing to encode, no segment starting with
    // `.` or `%`), so that it is the text as it stands.
    let (mut query, mut hash, mut plain_path) = (None, None, true);
    for (i, &c) in b.iter().enumerate().skip(host_end) {
        match c {
            b'\\' => return None,
            b'#' if hash.is_none() => hash = Some(i),
            b'?' if query.is_none() && hash.is_none() => query = Some(i),
            0x21..=0x7e => {
                if query.is_none() && hash.is_none() {
                    plain_path &=
                        !(in_set(PATH, c) || matches!(c, b'.' | b'%') && b[i - 1] == b'/');
                }
            }
            _ => return None,
        }
    }
    let path_end = query.or(hash).unwrap_or(b.len());
    let path_text = &input[host_end..path_end];
    let path = match path_text.len() {
        _ if !plain_path => parse_path(path_text),
        0 | 1 => Cow::Borrowed("/"),
        _ => Cow::Owned(path_text.to_string()),
    };
    Some(Url {
        scheme: Cow::Borrowed(scheme),
        username: String::new(),
        password: String::new(),
        host: Some(Host::Domain(input[start..host_end].to_ascii_lowercase())),
        port: None,
        path,
        query: query.map(|q| {
            let text = &input[q + 1..hash.unwrap_or(b.len())];
            let mut s = String::with_capacity(text.len());
            encode_into(&mut s, text, SPECIAL_QUERY);
            s
        }),
    })
}

/// What [`parse_plain`] does with a host byte (one load per byte, not a chain of range tests):
/// a label's letter, digit, `-` or `_`; a dot; the host's end (`/`, `?`, `#`); anything else
/// (0) is the full parser's.
const LABEL: u8 = 1;
const DOT: u8 = 2;
const END: u8 = 3;
static HOST_BYTES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut c = 0;
    while c < 256 {
        t[c] = match c as u8 {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'-' | b'_' => LABEL,
            b'.' => DOT,
            b'/' | b'?' | b'#' => END,
            _ => 0,
        };
        c += 1;
    }
    t
};

/// `scheme` and the text after its `:`; `None` when `input` does not start with a scheme.
fn split_scheme(input: &str) -> Option<(&str, &str)> {
    let colon = input.bytes().position(|b| b == b':')?;
    let scheme = &input[..colon];
    let mut bytes = scheme.bytes();
    let first_ok = bytes.next().is_some_and(|b| b.is_ascii_alphabetic());
    let rest_ok = bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    (first_ok && rest_ok).then(|| (scheme, &input[colon + 1..]))
}

/// Host text and port text: the first `:` outside `[…]` separates them.
fn split_port(host_port: &str) -> (&str, Option<&str>) {
    let mut in_brackets = false;
    for (i, b) in host_port.bytes().enumerate() {
        match b {
            b'[' => in_brackets = true,
            b']' => in_brackets = false,
            b':' if !in_brackets => return (&host_port[..i], Some(&host_port[i + 1..])),
            _ => {}
        }
    }
    (host_port, None)
}

/// An ASCII byte set (bit `b % 32` of word `b / 32`; four `u32`s, not a `u128`, whose variable
/// shifts are library calls on wasm32); non-ASCII bytes always count as in it.
pub(crate) type EncodeSet = [u32; 4];

/// `mask` plus the bytes of `extra`.
pub(crate) const fn set(mut mask: EncodeSet, extra: &[u8]) -> EncodeSet {
    let mut i = 0;
    while i < extra.len() {
        mask[(extra[i] >> 5) as usize] |= 1 << (extra[i] & 31);
        i += 1;
    }
    mask
}

/// C0 controls and DEL.
const CONTROLS: EncodeSet = [u32::MAX, 0, 0, 1 << 31];
const PATH: EncodeSet = set(CONTROLS, b" \"<>`#?{}");
const USERINFO: EncodeSet = set(PATH, b"/:;=@[\\]^|");
const SPECIAL_QUERY: EncodeSet = set(CONTROLS, b" \"#<>'");

/// Whether byte `b` is in `set` (non-ASCII bytes always are).
pub(crate) fn in_set(set: EncodeSet, b: u8) -> bool {
    b >= 0x80 || set[usize::from(b >> 5)] & (1 << (b & 31)) != 0
}

fn encode_into(out: &mut String, s: &str, encode: EncodeSet) {
    if !s.bytes().any(|b| in_set(encode, b)) {
        out.push_str(s);
        return;
    }
    for c in s.chars() {
        if c.is_ascii() && !in_set(encode, c as u8) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                // Writing to a String cannot fail.
                let _ = write!(out, "%{b:02X}");
            }
        }
    }
}

/// The path of a special URL: segments split at `/` and `\`, each percent-encoded, `.` and `..`
/// (also as `%2e`) resolved.
fn parse_path(text: &str) -> Cow<'static, str> {
    let text = text.strip_prefix(['/', '\\']).unwrap_or(text);
    if text.is_empty() {
        return Cow::Borrowed("/");
    }
    // The common path: nothing to encode, no backslash, no segment that could be a dot segment.
    let b = text.as_bytes();
    let plain = !b.iter().enumerate().any(|(i, &c)| {
        c == b'\\' || in_set(PATH, c) || matches!(c, b'.' | b'%') && (i == 0 || b[i - 1] == b'/')
    });
    if plain {
        let mut path = String::with_capacity(text.len() + 1);
        path.push('/');
        path.push_str(text);
        return Cow::Owned(path);
    }
    let mut segments: Vec<String> = Vec::new();
    let parts: Vec<&str> = text.split(['/', '\\']).collect();
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let mut seg = String::with_capacity(part.len());
        encode_into(&mut seg, part, PATH);
        let lower = seg.to_ascii_lowercase();
        match lower.as_str() {
            ".." | ".%2e" | "%2e." | "%2e%2e" => {
                segments.pop();
                if last {
                    segments.push(String::new());
                }
            }
            "." | "%2e" => {
                if last {
                    segments.push(String::new());
                }
            }
            _ => segments.push(seg),
        }
    }
    let mut path = String::with_capacity(text.len() + 1);
    for s in &segments {
        path.push('/');
        path.push_str(s);
    }
    if path.is_empty() {
        path.push('/');
    }
    Cow::Owned(path)
}

#[cfg(test)]
#[path = "url_tests.rs"]
mod tests;
