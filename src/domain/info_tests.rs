//! Tests of `DomainInfo` and the label helpers in `domain/mod.rs`.
use super::*;

#[test]
fn label_offsets_and_counts() {
    // (text, label count, offset of each label k = 0..=count).
    let table: &[(&str, usize, &[usize])] = &[
        ("", 1, &[0, 1]),
        ("jp", 1, &[0, 3]),
        ("amazon.co.jp", 3, &[0, 7, 10, 13]),
        ("a..b", 3, &[0, 2, 3, 5]),
        ("\u{30a2}\u{30de}.jp", 2, &[0, 7, 10]),
    ];
    for &(text, count, offsets) in table {
        assert_eq!(label_count(text), count, "{text}");
        for (k, &want) in offsets.iter().enumerate() {
            assert_eq!(label_offset(text, k), want, "{text} label {k}");
        }
        assert_eq!(label_offset(text, count + 3), text.len() + 1, "{text}");
    }
}

#[test]
fn parses_and_splits() {
    let d = DomainInfo::parse("https://www.amazon.co.jp/ap/signin").unwrap();
    assert_eq!(d.registrable(), Some("amazon.co.jp"));
    assert_eq!(d.suffix(), "co.jp");
    assert_eq!(d.brand_label(), "amazon");
    assert_eq!(d.subdomain_labels().collect::<Vec<_>>(), vec!["www"]);
}

#[test]
fn private_suffixes_count() {
    let d = DomainInfo::parse("https://amazon-login.web.app/").unwrap();
    assert_eq!(d.registrable(), Some("amazon-login.web.app"));
    assert_eq!(d.brand_label(), "amazon-login");
    let d = DomainInfo::parse("https://evil.github.io/amazon").unwrap();
    assert_eq!(d.brand_label(), "evil");
    let d = DomainInfo::parse("https://a.b.amazon-login.web.app/").unwrap();
    assert_eq!(d.brand_label(), "amazon-login");
    assert_eq!(d.subdomain_labels().collect::<Vec<_>>(), vec!["a", "b"]);
}

#[test]
fn unknown_suffix_uses_default_rule() {
    let d = DomainInfo::parse("http://amaz0n-co-jp.test:8080/").unwrap();
    assert_eq!(d.registrable(), Some("amaz0n-co-jp.test"));
    assert_eq!(d.brand_label(), "amaz0n-co-jp");
}

#[test]
fn unicode_form() {
    let d = DomainInfo::parse("https://xn--mazon-3ve.co.jp/").unwrap();
    assert!(d.has_punycode);
    assert_eq!(d.brand_label(), "\u{0430}mazon");
    assert_eq!(d.brand_skeleton, "arnazon");
}

#[test]
fn schemeless_and_errors() {
    assert!(DomainInfo::parse("amazon.co.jp/ap/signin").is_ok());
    assert!(DomainInfo::parse("amazon.co.jp:443").is_ok());
    assert!(matches!(
        DomainInfo::parse("mailto:a@b.c"),
        Err(InputError::UnsupportedScheme(_))
    ));
    assert!(DomainInfo::parse("").is_err());
    assert!(DomainInfo::parse("http://").is_err());
    assert!(DomainInfo::parse("not a url at all").is_err());
}

#[test]
fn ip_hosts() {
    let d = DomainInfo::parse("http://192.0.2.1/amazon/").unwrap();
    assert!(d.ip.is_some());
    assert!(d.registrable().is_none());
}

#[test]
fn under() {
    assert!(is_under("a.amazon.co.jp", "amazon.co.jp"));
    assert!(is_under("amazon.co.jp", "amazon.co.jp"));
    assert!(!is_under("notamazon.co.jp", "amazon.co.jp"));
}

/// The path-and-query text (decoded only when it has a `%`, lower-cased in place) is the
/// decode-then-lower-case of the joined text, for every escape shape: complete, cut off at a part's end, signed (`%+4` decodes, as `from_str_radix`
/// reads it), NUL, non-ASCII, upper-case letters and escapes, in the path and in the query.
#[test]
fn path_and_query_lower_is_decode_then_lower() {
    let pieces = [
        "", "A", "%41", "%4", "%", "%+4", "%-4", "%00", "%7F", "%7f", "%80", "%C3%A9", "%2E",
        "%2f", "%3F", "%zz", "Sign%49n", "?", "#", "é", "/", "..", "%%41",
    ];
    let mut checked = 0;
    for a in pieces {
        for b in pieces {
            for c in ["", "?", "?x%41Y", "?%4", "?%"] {
                let url = format!("https://shop.example/{a}/X{b}{c}");
                let Ok(info) = DomainInfo::parse(&url) else {
                    continue;
                };
                let mut joined = info.url.path().to_string();
                if let Some(q) = info.url.query() {
                    joined.push('?');
                    joined.push_str(q);
                }
                let want = percent_decode_ascii(&joined).to_ascii_lowercase();
                assert_eq!(info.path_and_query_lower(), want, "{url}");
                checked += 1;
            }
        }
    }
    assert!(checked > 2000, "{checked}");
}

/// The subdomain labels (and the hyphen pieces) iterate as `text.split(sep)` does, from either
/// end and mixed, on empty pieces and non-ASCII text too.
#[test]
fn split_byte_splits_like_str_split() {
    let texts = [
        "",
        "a",
        "a.b",
        "a..b",
        ".a",
        "a.",
        "..",
        "www.shop.x",
        "аб.в.ｃ",
        "x.é.",
    ];
    for sep in ['.', '-', 'x'] {
        for text in texts.map(|t| t.replace('.', &sep.to_string())) {
            for pattern in 0u32..64 {
                let mut ours = split_byte(&text, sep as u8);
                let mut std = text.split(sep);
                for step in 0..7 {
                    let (a, b) = if pattern >> step & 1 == 1 {
                        (ours.next_back(), std.next_back())
                    } else {
                        (ours.next(), std.next())
                    };
                    assert_eq!(a, b, "{text:?} pattern {pattern:b} step {step}");
                }
            }
        }
    }
    let none = SubdomainLabels {
        rest: None,
        sep: b'.',
    };
    assert_eq!(none.count(), 0);
}
