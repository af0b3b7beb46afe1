//! The engine's own URL parser (`src/domain/url.rs`, `host.rs`, `idn.rs`, `punycode.rs`) against
//! the `url` and `idna` crates it replaced (dev-dependencies only): every URL and domain in the
//! committed corpora and cases, and a generated set of tricky inputs (every Unicode code point in a
//! host: tests/host_equivalence.rs). The URL parts the engine reads (scheme, userinfo, host, path,
//! query) and its host facts must be the same; where they are not, the difference is one of the
//! documented ones (docs/url-parsing.md), each counted here so that a change in either direction fails.

use std::net::IpAddr;

use omamori::domain::DomainInfo;

#[path = "common/rtl.rs"]
mod rtl;
use rtl::is_rtl;

/// What the engine takes from a URL, as text: scheme, username, password, host (ASCII), Unicode
/// host, IP, path, query; or the error message.
type Parts = Result<[String; 8], String>;

fn ours(input: &str) -> Parts {
    let d = DomainInfo::parse(input).map_err(|e| e.to_string())?;
    Ok([
        d.url.scheme().to_string(),
        d.url.username().to_string(),
        d.url.password().unwrap_or("").to_string(),
        d.hostname.clone(),
        d.unicode_host().to_string(),
        format!("{:?}", d.ip),
        d.url.path().to_string(),
        format!("{:?}", d.url.query()),
    ])
}

/// `DomainInfo::parse`'s URL handling as it was on the `url` crate (before this parser).
fn reference(input: &str) -> Parts {
    let trimmed = input.trim();
    if trimmed.is_empty() {
        return Err("not a URL: empty input".into());
    }
    let not_a_url = |e: url::ParseError| format!("not a URL: {e}");
    let url = match url::Url::parse(trimmed) {
        Ok(u) if u.has_host() || !["http", "https"].contains(&u.scheme()) => u,
        Ok(_) | Err(url::ParseError::RelativeUrlWithoutBase) if !trimmed.contains("://") => {
            url::Url::parse(&format!("http://{trimmed}")).map_err(not_a_url)?
        }
        Ok(u) => u,
        Err(e) => return Err(not_a_url(e)),
    };
    let url = if ["http", "https"].contains(&url.scheme()) {
        url
    } else if url.scheme().contains('.') && !trimmed.contains("://") {
        url::Url::parse(&format!("http://{trimmed}")).map_err(not_a_url)?
    } else {
        return Err(format!("unsupported scheme: {}", url.scheme()));
    };
    let (hostname, ip) = match url.host() {
        None => return Err("URL has no host".into()),
        Some(url::Host::Domain(d)) => (d.trim_end_matches('.').to_ascii_lowercase(), None),
        Some(url::Host::Ipv4(a)) => (a.to_string(), Some(IpAddr::V4(a))),
        Some(url::Host::Ipv6(a)) => (a.to_string(), Some(IpAddr::V6(a))),
    };
    if hostname.is_empty() {
        return Err("URL has no host".into());
    }
    if hostname.len() > 253 {
        return Err("host too long: more than 253".into());
    }
    if hostname.split('.').count() > 127 {
        return Err("host labels too long: more than 127".into());
    }
    Ok([
        url.scheme().to_string(),
        url.username().to_string(),
        url.password().unwrap_or("").to_string(),
        hostname.clone(),
        idna::domain_to_unicode(&hostname).0,
        format!("{ip:?}"),
        url.path().to_string(),
        format!("{:?}", url.query()),
    ])
}

/// Every field of the committed corpora and URL cases that looks like a URL or a domain.
fn corpus_inputs() -> Vec<String> {
    let root = env!("CARGO_MANIFEST_DIR");
    let files = [
        "tests/corpus/benign.txt",
        "tests/corpus/dnstwist.tsv",
        "tests/corpus/expected_misses.txt",
        "tests/corpus/generated_expected_misses.txt",
        "tests/corpus/shapes.tsv",
        "tests/cases/urls.txt",
    ];
    let mut out = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(format!("{root}/{f}")).expect(f);
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            for field in line.split_whitespace() {
                if field.contains("://") {
                    out.push(field.to_string());
                } else if field.contains('.') {
                    out.push(field.to_string());
                    out.push(format!("https://{field}/"));
                }
            }
        }
    }
    out
}

/// Inputs written to break a URL parser: userinfo, backslashes, whitespace, escapes, IDN
/// deviations, IPv4 and IPv6 forms, ports, other schemes, dot segments.
fn tricky_inputs() -> Vec<String> {
    let hosts = [
        "amazon.co.jp",
        "AMAZON.Co.JP",
        "amazon.co.jp.",
        "amazon.co.jp..",
        "%61mazon.co.jp",
        "amazon%2eco%2ejp",
        "amazon%2Fco.jp",
        "amazon%00.jp",
        "%E3%82%A2%E3%83%9E%E3%82%BE%E3%83%B3.jp",
        "%ff.jp",
        "xn--mazon-3ve.co.jp",
        "XN--MAZON-3VE.co.jp",
        "xn--.jp",
        "xn--a-.jp",
        "xn--a.jp",
        "xn--zz.jp",
        "xn--ls8h.la",
        "ѕһеіn.com",
        "faß.de",
        "ΣΑΣ.gr",
        "ς.gr",
        "a\u{200d}b.jp",
        "क\u{94d}\u{200d}.in",
        "a\u{200c}b.jp",
        "\u{915}\u{94d}\u{200c}.in",
        "\u{915}\u{94d}\u{200c}\u{937}.in",
        "\u{915}\u{200d}\u{937}.in",
        "\u{645}\u{6cc}\u{200c}\u{62e}\u{648}\u{627}\u{647}\u{645}.ir",
        "\u{628}\u{200c}.ir",
        "\u{200c}a.jp",
        "xn--1ug.jp",
        "xn--a-ecp.ru",
        "xn--ab-fsf.jp",
        "xn--ss-7ka.jp",
        "xn--zca.de",
        "xn--4ca.gr",
        "a\u{ad}b.jp",
        "ａｍａｚｏｎ.co.jp",
        "amazon。co。jp",
        "amazon．co．jp",
        "ｱﾏｿﾞﾝ.jp",
        "\u{301}a.jp",
        "a\u{301}.jp",
        "①.jp",
        "ℌ.jp",
        "\u{1e9e}.de",
        "☃.net",
        "\u{e000}.jp",
        "\u{fffd}.jp",
        "a\u{200e}.jp",
        "a\u{3000}b.jp",
        "\u{5d0}\u{5d1}.il",
        "1\u{5d0}.il",
        "192.0.2.1",
        "0xc0.0.2.1",
        "0300.0.2.1",
        "0300.0.0x2.01",
        "3221225985",
        "0xC0000201",
        "192.0.513",
        "192.168",
        "192.0.2.1.",
        "256.0.0.1",
        "1.2.3.4.5",
        "4294967296",
        "0x100000000",
        "08.1.1.1",
        "amazon.09",
        "amazon.0x1",
        "amazon.0xg",
        "1.amazon",
        "[::1]",
        "[2001:db8::1]",
        "[::ffff:192.0.2.1]",
        "[::ffff:192.0.2.01]",
        "[1:2:3:4:5:6:7:8:9]",
        "[12345::]",
        "[::1",
        "[:1]",
        "[1::2::3]",
        "[v1.x]",
        "",
        "a b.jp",
        "a<b.jp",
        "a^b.jp",
        "a|b.jp",
        "a*b.jp",
        "a_b.jp",
        "a'b.jp",
        "a~b.jp",
        "a!b.jp",
        "-a-.jp",
        "ab--cd.jp",
    ];
    let shapes = [
        "http://{h}",
        "https://{h}/ap/signin?openid=1#frag",
        "{h}",
        "{h}/ap/signin",
        "{h}:443",
        "{h}:8080/x",
        "https://user:pass@{h}/",
        "https://{h}@evil.example/",
        "https://evil.example@{h}/",
        "https://a@b@{h}/",
        "https://:@{h}/",
        "https://user:@{h}/",
        "https://:pw@{h}/",
        "https://u%40s:p%3a@{h}/",
        "https://üser:pä ss@{h}/",
        "https:\\\\{h}\\a\\b",
        "https:{h}/x",
        "https:///{h}/x",
        "HTTPS://{h}/",
        "  https://{h}/  ",
        "\u{1}https://{h}/\u{1f}",
        "ht\ttps://{h}/",
        "https://\n{h}/\r",
        "https://{h}:0080/",
        "https://{h}:443/",
        "http://{h}:80/",
        "https://{h}:65535/",
        "https://{h}:65536/",
        "https://{h}:1a/",
        "https://{h}:/",
        "https://{h}/a/./b/../c/%2e/%2E%2e/d",
        "https://{h}/a/..",
        "https://{h}/a/.",
        "https://{h}/..%2f",
        "https://{h}/ä ö\"<>`{}^|\\x",
        "https://{h}/?q= \"<>'`{}#f",
        "https://{h}?",
        "https://{h}#?x",
        "https://{h}/%zz%2",
        "https://{h}/\u{7f}\u{0}",
    ];
    let mut out = Vec::new();
    for shape in shapes {
        for h in hosts {
            out.push(shape.replace("{h}", h));
        }
    }
    for other in [
        "javascript:alert(1)",
        "JavaScript://amazon.co.jp/%0aalert(1)",
        "data:text/html,<b>amazon</b>",
        "mailto:a@b.c",
        "file:///etc/passwd",
        "ftp://amazon.co.jp/",
        "ws://amazon.co.jp/",
        "blob:https://amazon.co.jp/uuid",
        "about:blank",
        "chrome-extension://abc/x.html",
        "localhost:8080",
        "amazon.co.jp:abc",
        "a.b:c@d.e",
        "1http://amazon.co.jp",
        "+http://amazon.co.jp",
        "http//amazon.co.jp",
        "http:",
        "http://",
        "https://@",
        "https://@/x",
        "https://u@",
        "::",
        "not a url at all",
        "",
        "\u{3000}",
    ] {
        out.push(other.to_string());
    }
    out
}

#[test]
fn corpora_and_tricky_urls_parse_as_the_url_crate() {
    let mut inputs = corpus_inputs();
    let corpus = inputs.len();
    inputs.extend(tricky_inputs());
    let (mut differ, mut bidi) = (Vec::new(), 0);
    for input in &inputs {
        let (a, b) = (ours(input), reference(input));
        let idna_error = Err("not a URL: invalid international domain name".to_string());
        if a == b {
            continue;
        }
        // The one documented difference in these inputs: a right-to-left host the Bidi rule
        // refuses (`1א.il`) is judged, not called invalid.
        if b == idna_error && input.chars().any(is_rtl) {
            bidi += 1;
            continue;
        }
        differ.push(format!("{input:?}\n  ours {a:?}\n  url  {b:?}"));
    }
    assert!(corpus > 20_000, "{corpus} corpus inputs");
    assert!(
        bidi < inputs.len() / 100,
        "{bidi} right-to-left hosts differ"
    );
    assert!(
        differ.is_empty(),
        "{} of {} inputs differ:\n{}",
        differ.len(),
        inputs.len(),
        differ.join("\n")
    );
}

/// The one-scan parse (`parse_plain`) and the full parser against the `url` crate on mutations of
/// corpus URLs: every byte that moves a URL off the common shape (escapes, dot segments, `\`, `@`,
/// a port, `?`/`#`, spaces, tabs, non-ASCII, number-like labels, `xn--`, case) inserted at every
/// position. Thousands of inputs each side of the fast path's edges; the same parts or the
/// documented difference only.
#[test]
fn mutated_corpus_urls_parse_as_the_url_crate() {
    let urls: Vec<String> = corpus_inputs()
        .into_iter()
        .filter(|u| u.starts_with("http") && u.len() < 60)
        .step_by(97)
        .take(120)
        .collect();
    let inserts = [
        "%41", "%2e", "%2E", "%", "%zz", "xn--", "XN--", "..", ".", "/./", "/../", "/.", "/%2e",
        "\\", "@", ":", ":80", ":443", ":0x", "?", "#", " ", "\t", "\n", "é", "\u{7f}", "\"", "<",
        "{", "`", "A", "Z", "0", "-", "_", ".1", ".0x7f", "0x7f.", ".com", "[",
    ];
    let idna_error = Err("not a URL: invalid international domain name".to_string());
    let (mut n, mut lenient, mut differ) = (0, 0, Vec::new());
    for url in &urls {
        for insert in inserts {
            for at in (0..=url.len()).filter(|&i| url.is_char_boundary(i)) {
                let input = format!("{}{insert}{}", &url[..at], &url[at..]);
                n += 1;
                let (a, b) = (ours(&input), reference(&input));
                if a == b {
                    continue;
                }
                // The documented lenient direction (docs/url-parsing.md): an `xn--` label that
                // decodes to what `idna` refuses (unassigned, right-to-left) is judged, not called
                // invalid. The full parser's, never the one-scan path's (it leaves `xn--` alone).
                let punycode =
                    |parts: &[String; 8]| parts[3].split('.').any(|l| l.starts_with("xn--"));
                if b == idna_error && a.as_ref().is_ok_and(punycode) {
                    lenient += 1;
                    continue;
                }
                differ.push(format!("{input:?}\n  ours {a:?}\n  url  {b:?}"));
            }
        }
    }
    assert!(
        urls.len() >= 100 && n > 100_000,
        "{} URLs, {n} inputs",
        urls.len()
    );
    assert!(lenient < n / 100, "{lenient} punycode hosts differ");
    assert!(
        differ.is_empty(),
        "{} of {n} inputs differ:\n{}",
        differ.len(),
        differ
            .iter()
            .take(20)
            .cloned()
            .collect::<Vec<_>>()
            .join("\n")
    );
}
