//! `DomainInfo`: everything the heuristics need to know about a URL's host, computed once per URL
//! (the habit of Chromium's `lookalike_url_util.h`).
//!
//! Public suffixes come from Mozilla's Public Suffix List (`psl.rs`, a table compiled by `build.rs`),
//! **private section included**: `evil.github.io`, `shop.web.app`, `x.blogspot.com` and
//! `bucket.s3.amazonaws.com` are each their own registrable domain, as browsers treat them (they are
//! separate sites, owned by whoever registered them). So `amazon-login.web.app` has the brand label
//! `amazon-login` and is judged like `amazon-login.com`, and a retailer's `hosting_domains`
//! (`amazonaws.com`, `cloudfront.net`) never make a subdomain official. Domains that are not under a
//! known suffix (`.test`, `.invalid`) fall back to the PSL's default rule: the last label is the suffix.

pub mod case;
pub mod confusables;
pub mod host;
pub mod idn;
mod normal;
pub mod psl;
pub mod punycode;
pub mod script;
pub mod skeleton;
pub mod unicode;
pub mod url;
pub mod uts39;

pub use skeleton::{skeleton, skeletons, skeletons_of};

use std::net::IpAddr;

use self::host::Host;
use self::url::{Url, UrlError};

use crate::rules::LIMITS;

/// Why a string could not be checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputError {
    /// Not a URL at all (the parser's message).
    NotAUrl(String),
    /// A URL, but not one a page is served from (`mailto:`, `data:` …).
    UnsupportedScheme(String),
    /// An http(s) URL without a host.
    NoHost,
    /// Longer than the rules allow (`crate::rules::LIMITS`): what, and the limit.
    TooLong(&'static str, usize),
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            InputError::NotAUrl(e) => write!(f, "not a URL: {e}"),
            InputError::UnsupportedScheme(s) => write!(f, "unsupported scheme: {s}"),
            InputError::NoHost => write!(f, "URL has no host"),
            InputError::TooLong(what, max) => write!(f, "{what} too long: more than {max}"),
        }
    }
}

impl std::error::Error for InputError {}

/// Host facts computed once per URL. The ASCII hostname and, for a punycode host, its Unicode
/// form are the only texts it owns besides the skeleton: the suffix, the registrable domain, the
/// brand label and the subdomain labels are slices of them (no string per part on the per-URL path).
#[derive(Debug, Clone)]
pub struct DomainInfo {
    /// The parsed URL; its host has moved into `hostname` (`url.host()` is `None`).
    pub url: Url,
    /// ASCII hostname, lower-case, no trailing dot (`www.xn--mazon-3ve.co.jp`).
    pub hostname: String,
    /// The Unicode form when decoding punycode changed the host.
    unicode: Option<String>,
    /// Set when the host is an IP address.
    pub ip: Option<IpAddr>,
    /// Byte lengths of the registrable domain (0: none) and the suffix: tails of `hostname`.
    registrable_len: usize,
    suffix_len: usize,
    /// Whether the suffix is in the PSL's ICANN section (`co.jp`), not its private one (`web.app`).
    pub suffix_is_icann: bool,
    /// The brand label's byte range in the label source (the Unicode form, or `hostname` when
    /// decoding changed the label count); the subdomain labels are the source's text before
    /// `brand.0 - 1` (none when `brand.0` is 0).
    brand: (usize, usize),
    labels_ascii: bool,
    /// Lower-cased skeleton of the brand label (UTS #39 + the extra mappings in `skeleton`).
    pub brand_skeleton: String,
    /// Whether any label of the host is punycode (`xn--`).
    pub has_punycode: bool,
}

/// Schemes a page can be served from; others are `invalid`.
const PAGE_SCHEMES: &[&str] = &["http", "https"];

impl DomainInfo {
    /// Parses `input` and computes the host facts. URLs without a scheme (`amazon.co.jp/ap/signin`)
    /// are read as `http://`, as a browser's address bar does.
    pub fn parse(input: &str) -> Result<Self, InputError> {
        let trimmed = input.trim();
        let max = LIMITS.url_chars;
        if trimmed.len() > max && trimmed.chars().nth(max).is_some() {
            return Err(InputError::TooLong("URL", max));
        }
        if trimmed.is_empty() {
            return Err(InputError::NotAUrl("empty input".into()));
        }
        let not_a_url = |e: UrlError| InputError::NotAUrl(e.to_string());
        let url = match Url::parse(trimmed) {
            Ok(u) => u,
            Err(UrlError::NoScheme) if !trimmed.contains("://") => {
                Url::parse(&format!("http://{trimmed}")).map_err(not_a_url)?
            }
            Err(e) => return Err(not_a_url(e)),
        };
        if !PAGE_SCHEMES.contains(&url.scheme()) {
            // `amazon.co.jp:443` parses with scheme `amazon.co.jp`; treat a dotted "scheme" as a host.
            if url.scheme().contains('.') && !trimmed.contains("://") {
                let again = Url::parse(&format!("http://{trimmed}")).map_err(not_a_url)?;
                return Self::from_url(again);
            }
            return Err(InputError::UnsupportedScheme(url.scheme().to_string()));
        }
        Self::from_url(url)
    }

    /// Computes the host facts of an already parsed http(s) URL (its host moves into `hostname`).
    pub fn from_url(mut url: Url) -> Result<Self, InputError> {
        let (hostname, ip) = match url.take_host() {
            None => return Err(InputError::NoHost),
            Some(Host::Domain(mut d)) => {
                d.truncate(d.trim_end_matches('.').len());
                (d, None)
            }
            Some(Host::Ipv4(a)) => (a.to_string(), Some(IpAddr::V4(a))),
            Some(Host::Ipv6(a)) => (a.to_string(), Some(IpAddr::V6(a))),
        };
        if hostname.is_empty() {
            return Err(InputError::NoHost);
        }
        // DNS bounds, before any per-label work (RFC 1035 §2.3.4).
        if hostname.len() > LIMITS.host_chars {
            return Err(InputError::TooLong("host", LIMITS.host_chars));
        }
        // One pass: the labels, and whether one starts `xn--` (the first, or one after a dot).
        let b = hostname.as_bytes();
        let (mut labels, mut has_punycode) = (1, b.starts_with(b"xn--"));
        for (i, &c) in b.iter().enumerate() {
            if c == b'.' {
                labels += 1;
                has_punycode |= b[i + 1..].starts_with(b"xn--");
            }
        }
        if labels > LIMITS.host_labels {
            return Err(InputError::TooLong("host labels", LIMITS.host_labels));
        }
        let unicode = has_punycode
            .then(|| idn::to_unicode(&hostname))
            .filter(|u| *u != hostname);
        let (registrable_len, suffix_len, suffix_is_icann) = if ip.is_some() {
            (0, 0, false)
        } else {
            // One PSL lookup gives both the suffix and the registrable domain (tails of the host).
            match psl::suffix(&hostname) {
                Some(s) => (
                    psl::registrable_len(&hostname, s).unwrap_or(0),
                    s.len,
                    s.section == Some(psl::Section::Icann),
                ),
                None => (0, 0, false),
            }
        };
        let mut brand = (0, 0);
        // The Unicode form normally has the same labels; if decoding changed the count (a
        // punycode label that decodes to a dot), fall back to the ASCII labels.
        let labels_ascii = unicode.as_deref().is_none_or(|u| label_count(u) != labels);
        // The text the brand label is cut from (`label_source`'s choice, before the value exists).
        let source = match &unicode {
            Some(u) if !labels_ascii => u.as_str(),
            _ => hostname.as_str(),
        };
        if registrable_len > 0 && labels_ascii {
            // The labels are the hostname's: the registrable domain and the suffix are its tails,
            // one label apart (`psl::registrable_len`), so the brand label lies between them.
            brand = (
                hostname.len() - registrable_len,
                hostname.len() - suffix_len - 1,
            );
        } else if registrable_len > 0 {
            let reg_labels = label_count(&hostname[hostname.len() - registrable_len..]);
            let suffix_labels = label_count(&hostname[hostname.len() - suffix_len..]);
            if let (Some(start), Some(end)) = (
                labels.checked_sub(reg_labels),
                labels.checked_sub(suffix_labels),
            ) {
                if start < end {
                    // Labels start..end joined by dots is the text between their offsets.
                    brand = (label_offset(source, start), label_offset(source, end) - 1);
                }
            }
        }
        // The brand label's skeleton before the value is built: the value is then built once, in
        // place, not built and moved.
        let brand_skeleton = skeleton(&source[brand.0..brand.1]);
        Ok(DomainInfo {
            url,
            hostname,
            unicode,
            ip,
            registrable_len,
            suffix_len,
            suffix_is_icann,
            brand,
            labels_ascii,
            brand_skeleton,
            has_punycode,
        })
    }

    /// Unicode form of the host (`www.аmazon.co.jp`).
    pub fn unicode_host(&self) -> &str {
        self.unicode.as_deref().unwrap_or(&self.hostname)
    }

    /// eTLD+1, ASCII (`xn--mazon-3ve.co.jp`); `None` for IPs and bare suffixes.
    pub fn registrable(&self) -> Option<&str> {
        (self.registrable_len > 0)
            .then(|| &self.hostname[self.hostname.len() - self.registrable_len..])
    }

    /// The public suffix, ASCII (`co.jp`); empty for IPs.
    pub fn suffix(&self) -> &str {
        &self.hostname[self.hostname.len() - self.suffix_len..]
    }

    /// The text the brand and subdomain labels are slices of.
    fn label_source(&self) -> &str {
        if self.labels_ascii {
            &self.hostname
        } else {
            self.unicode_host()
        }
    }

    /// Registrable domain minus suffix, Unicode form (`аmazon`); empty for IPs and bare suffixes.
    pub fn brand_label(&self) -> &str {
        &self.label_source()[self.brand.0..self.brand.1]
    }

    /// Labels left of the registrable domain, Unicode form (`www`), left to right.
    pub fn subdomain_labels(&self) -> SubdomainLabels<'_> {
        let text = match self.brand.0.checked_sub(1) {
            Some(dot) => &self.label_source()[..dot],
            None => "",
        };
        SubdomainLabels {
            rest: (self.brand.0 > 0).then_some(text),
            sep: b'.',
        }
    }

    /// Whether the host has labels left of the registrable domain.
    pub fn has_subdomain(&self) -> bool {
        self.brand.0 > 0
    }

    /// Path plus query, lower-cased and percent-decoded where it is ASCII (`/ap/signin?…`).
    pub fn path_and_query_lower(&self) -> String {
        let (path, query) = (self.url.path(), self.url.query());
        let mut s = String::with_capacity(path.len() + query.map_or(0, |q| q.len() + 1));
        s.push_str(path);
        if let Some(q) = query {
            s.push('?');
            s.push_str(q);
        }
        // Without a `%` there is nothing to decode: one string, lower-cased in place.
        if s.contains('%') {
            s = percent_decode_ascii(&s);
        }
        s.make_ascii_lowercase();
        s
    }
}

/// [`DomainInfo::subdomain_labels`]: the labels as slices of the host (none when it has none).
pub type SubdomainLabels<'a> = SplitByte<'a>;

/// `text.split(sep)` for an ASCII separator, by bytes (an ASCII byte is never part of a longer
/// UTF-8 character): no searcher, no `memchr` call for a piece of a few bytes. Double-ended.
#[derive(Debug, Clone)]
pub struct SplitByte<'a> {
    /// The pieces not yet returned; `None` once the last one has been.
    rest: Option<&'a str>,
    sep: u8,
}

/// [`SplitByte`] over `text` (`sep` ASCII).
pub fn split_byte(text: &str, sep: u8) -> SplitByte<'_> {
    debug_assert!(sep.is_ascii());
    SplitByte {
        rest: Some(text),
        sep,
    }
}

impl<'a> Iterator for SplitByte<'a> {
    type Item = &'a str;
    fn next(&mut self) -> Option<&'a str> {
        let rest = self.rest?;
        match rest.bytes().position(|b| b == self.sep) {
            Some(at) => {
                self.rest = Some(&rest[at + 1..]);
                Some(&rest[..at])
            }
            None => self.rest.take(),
        }
    }
}

impl DoubleEndedIterator for SplitByte<'_> {
    fn next_back(&mut self) -> Option<Self::Item> {
        let rest = self.rest?;
        match rest.bytes().rposition(|b| b == self.sep) {
            Some(at) => {
                self.rest = Some(&rest[..at]);
                Some(&rest[at + 1..])
            }
            None => self.rest.take(),
        }
    }
}

/// Byte offset where label `k` of `s` starts (`s.len() + 1` for `k` = the label count), so that
/// labels `a..b` are `s[label_offset(s, a)..label_offset(s, b) - 1]`.
fn label_offset(s: &str, k: usize) -> usize {
    if k == 0 {
        return 0;
    }
    let mut seen = 0;
    for (i, b) in s.bytes().enumerate() {
        if b == b'.' {
            seen += 1;
            if seen == k {
                return i + 1;
            }
        }
    }
    s.len() + 1
}

/// The number of dot-separated labels (`s.split('.').count()`, by bytes: no searcher per label).
fn label_count(s: &str) -> usize {
    s.bytes().filter(|&b| b == b'.').count() + 1
}

/// Decodes `%xx` escapes that produce ASCII; leaves everything else as it is.
fn percent_decode_ascii(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            let hex = &s[i + 1..i + 3];
            if let Ok(v) = u8::from_str_radix(hex, 16) {
                if v.is_ascii() && v != 0 {
                    out.push(v as char);
                    i += 3;
                    continue;
                }
            }
        }
        out.push(b[i] as char);
        i += 1;
    }
    if s.is_ascii() {
        out
    } else {
        s.to_string()
    }
}

/// Whether `host` is `domain` or a subdomain of it (label boundary).
///
/// `a.amazon.co.jp` is under `amazon.co.jp`; `notamazon.co.jp` is not.
pub fn is_under(host: &str, domain: &str) -> bool {
    host == domain
        || (host.len() > domain.len()
            && host.ends_with(domain)
            && host.as_bytes()[host.len() - domain.len() - 1] == b'.')
}

#[cfg(test)]
#[path = "info_tests.rs"]
mod tests;
