//! The one-scan path for the common URL (`parse_plain`) against the full parser, field by field, on
//! generated URLs: plain ones (which it must take) and near misses (ports, userinfo, escapes,
//! `xn--` labels, numeric hosts, backslashes, controls, upper-case schemes), which it must either
//! parse exactly as the full parser does or leave to it.

use super::*;

/// A small seeded PRNG (xorshift64*), so every run checks the same URLs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
}

const SCHEMES: &[&str] = &[
    "https://",
    "http://",
    "https://",
    "http://",
    "HTTPS://",
    "Http://",
    "https:/",
    "https:///",
    "https:\\\\",
    "ftp://",
    " https://",
    "https://\t",
    "",
];
const LABELS: &[&str] = &[
    "amazon",
    "www",
    "co",
    "jp",
    "com",
    "example",
    "a",
    "rakuten",
    "xn--mazon-3ve",
    "XN--bcher-kva",
    "xn--",
    "Amazon",
    "MERCARI",
    "1",
    "192",
    "0x7f",
    "09",
    "0",
    "a_b",
    "a-b",
    "-",
    "",
    "ama%7Aon",
    "ex ample",
    "\u{0430}mazon",
    "123abc",
    "abc123",
    "4294967296",
];
const TAILS: &[&str] = &[
    "",
    "/",
    "/ap/signin",
    "/a/b/../c",
    "/./x",
    "/%2e/x",
    "/a b",
    "/\"<>`{}",
    "/ü",
    "/a\\b",
    "?q=1",
    "/search?q=shoes&x=%41",
    "?q=a b'\"<>",
    "#frag",
    "/p#f?g",
    "/p?q#f",
    "?",
    "#",
    "/.",
    "/..",
    "/a/.%2E",
    ":8080/",
    ":443",
    ":",
    ":0x1",
    "@evil.test/",
    "user:pw@",
    "/%zz",
    "/\u{7f}",
    "\t/x",
    "/x\n",
    "/a//b",
    "//",
    "/~user/(x)!$*,;=",
    "?a#b#c",
];

/// One generated URL; `plain`: drawn from the lists' first entries (the common shapes) only.
fn url(r: &mut Rng, plain: bool) -> String {
    let some = |r: &mut Rng, xs: &[&'static str], n: usize| {
        if plain {
            r.pick(&xs[..n])
        } else {
            r.pick(xs)
        }
    };
    let mut s = some(r, SCHEMES, 4).to_string();
    if !plain && r.below(8) == 0 {
        s.push_str(r.pick(TAILS)); // userinfo or port in front of the host
    }
    for i in 0..1 + r.below(4) {
        if i > 0 {
            s.push('.');
        }
        s.push_str(some(r, LABELS, 13));
    }
    if r.below(10) == 0 {
        s.push('.');
    }
    for _ in 0..r.below(3) {
        s.push_str(some(r, TAILS, 21));
    }
    s
}

#[test]
fn one_scan_path_builds_what_the_full_parser_builds() {
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let (mut taken, total) = (0, 120_000);
    for _ in 0..total {
        let plain = r.below(2) == 0;
        let input = url(&mut r, plain);
        if let Some(fast) = parse_plain(&input) {
            taken += 1;
            assert_eq!(Ok(fast), Url::parse_full(&input), "{input:?}");
        }
    }
    // Both kinds are exercised: most generated URLs are plain, many are not.
    assert!(
        taken > total / 4 && taken < total * 9 / 10,
        "{taken} of {total}"
    );
}

#[test]
fn plain_urls_take_the_one_scan_path() {
    for input in [
        "https://www.amazon.co.jp/ap/signin",
        "http://example.com",
        "https://a.b.example.org/search?q=shoes#top",
        "https://amazon.co.jp./",
        "https://EXAMPLE.com/A",
    ] {
        assert!(parse_plain(input).is_some(), "{input}");
    }
    for input in [
        "https://xn--mazon-3ve.co.jp/",
        "https://192.0.2.1/",
        "https://example.com:8080/",
        "https://user@example.com/",
        "https://ex%61mple.com/",
        "https://example.com\\path",
        " https://example.com/",
        "HTTPS://example.com/",
        "https:///example.com/",
        "https://example.com/a b",
    ] {
        assert!(parse_plain(input).is_none(), "{input}");
    }
}
