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
