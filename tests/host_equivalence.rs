//! The engine's host mapping (`src/domain/idn.rs`, `punycode.rs`) against the `idna` crate's UTS #46
//! (a dev-dependency only): every Unicode code point typed into a host and as Punycode. Where they
//! differ, the difference is one of the documented ones (docs/url-parsing.md), each counted here so
//! that a change in either direction fails. (The URL parts: tests/url_equivalence.rs.)

use idna::AsciiDenyList;
use omamori::domain::{idn, punycode};

#[path = "common/rtl.rs"]
mod rtl;
use rtl::is_rtl;

/// How our host mapping and the `idna` crate's UTS #46 compare on one host.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Agreement {
    Same,
    /// `idna` rejects the host; we map it, and the code point is unassigned (as `unicode-script`
    /// knows it: script `Unknown`).
    AcceptUnassigned,
    /// `idna` rejects the host; we map it to right-to-left text (the Bidi rule, not checked).
    AcceptBidi,
    /// `idna` rejects the host; we map it (any other reason).
    AcceptOther,
    /// We reject a host `idna` maps: never allowed (a host a browser opens must get a verdict).
    Reject,
    /// Both map it, to different ASCII.
    Different,
}

fn compare(host: &str, c: char) -> Agreement {
    use unicode_script::{Script, UnicodeScript};
    let theirs = idna::domain_to_ascii_cow(host.as_bytes(), AsciiDenyList::URL).ok();
    match (idn::to_ascii(host), theirs) {
        (Some(a), Some(b)) if a == b => Agreement::Same,
        (None, None) => Agreement::Same,
        (Some(_), None) if c.script() == Script::Unknown => Agreement::AcceptUnassigned,
        (Some(a), None) if idn::to_unicode(&a).chars().any(is_rtl) => Agreement::AcceptBidi,
        (Some(_), None) => Agreement::AcceptOther,
        (None, Some(_)) => Agreement::Reject,
        (Some(_), Some(_)) => Agreement::Different,
    }
}

/// Every code point (bar most of the unassigned planes) typed into a host (`a{c}b.jp`) and as Punycode (`xn--…` of `a{c}b`).
#[test]
fn every_code_point_in_a_host() {
    use std::collections::BTreeMap;
    let mut seen: BTreeMap<Agreement, Vec<String>> = BTreeMap::new();
    // Planes 4 to 13 hold no character yet: one code point in 256 of them is enough.
    let codes =
        (0..=u32::from(char::MAX)).filter(|u| !(0x40000..0xe0000).contains(u) || u % 256 == 0);
    for c in codes.filter_map(char::from_u32) {
        let code = u32::from(c);
        let typed = format!("a{c}b.jp");
        seen.entry(compare(&typed, c))
            .or_default()
            .push(format!("{code:04X}"));
        if let Some(p) = punycode::encode(&['a', c, 'b']).filter(|_| !c.is_ascii()) {
            let decoded = compare(&format!("xn--{p}.jp"), c);
            seen.entry(decoded)
                .or_default()
                .push(format!("xn:{code:04X}"));
        }
    }
    let mut report = String::new();
    for (agreement, codes) in &seen {
        let sample = codes.iter().take(40).cloned().collect::<Vec<_>>().join(" ");
        report.push_str(&format!("{agreement:?}: {} — {sample}\n", codes.len()));
    }
    eprintln!("{report}");
    let count = |a| seen.get(&a).map_or(0, Vec::len);
    // A host the browser opens must never be refused.
    assert_eq!(count(Agreement::Reject), 0, "{report}");
    // Characters newer than the standard library's Unicode tables (case pairs added in Unicode 17:
    // `ꟛ`, `Ɤ`, Latin small capitals): docs/url-parsing.md.
    assert!(
        count(Agreement::Different) + count(Agreement::AcceptOther) <= 64,
        "{report}"
    );
    assert!(count(Agreement::Same) > 600_000, "{report}");
    assert!(count(Agreement::AcceptUnassigned) > 100_000, "{report}");
}
