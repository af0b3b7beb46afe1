//! Tests of `src/domain/psl.rs`: its answers against the `psl` crate (the list's reference).
use super::*;

fn ours(host: &str) -> (Option<String>, Option<Section>, Option<String>) {
    match suffix(host) {
        None => (None, None, None),
        Some(s) => (
            Some(host[host.len() - s.len..].to_string()),
            s.section,
            domain_str(host).map(str::to_string),
        ),
    }
}

fn theirs(host: &str) -> (Option<String>, Option<Section>, Option<String>) {
    let text = |b: &[u8]| String::from_utf8_lossy(b).into_owned();
    let s = psl::suffix(host.as_bytes());
    let section = s.and_then(|s| s.typ()).map(|t| match t {
        psl::Type::Icann => Section::Icann,
        psl::Type::Private => Section::Private,
    });
    (
        s.map(|s| text(s.as_bytes())),
        section,
        psl::domain(host.as_bytes()).map(|d| text(d.as_bytes())),
    )
}

#[test]
fn table_cases() {
    let cases: &[(&str, &str, Option<Section>, Option<&str>)] = &[
        (
            "www.amazon.co.jp",
            "co.jp",
            Some(Section::Icann),
            Some("amazon.co.jp"),
        ),
        ("co.jp", "co.jp", Some(Section::Icann), None),
        (
            "x.github.io",
            "github.io",
            Some(Section::Private),
            Some("x.github.io"),
        ),
        ("github.io", "github.io", Some(Section::Private), None),
        (
            "shop.x.web.app",
            "web.app",
            Some(Section::Private),
            Some("x.web.app"),
        ),
        ("a.b.ck", "b.ck", Some(Section::Icann), Some("a.b.ck")),
        ("www.ck", "ck", Some(Section::Icann), Some("www.ck")),
        (
            "a.city.kawasaki.jp",
            "kawasaki.jp",
            Some(Section::Icann),
            Some("city.kawasaki.jp"),
        ),
        ("x.kawasaki.jp", "x.kawasaki.jp", Some(Section::Icann), None),
        ("amaz0n-co-jp.test", "test", None, Some("amaz0n-co-jp.test")),
        (
            "a.b.xn--fiqs8s",
            "xn--fiqs8s",
            Some(Section::Icann),
            Some("b.xn--fiqs8s"),
        ),
        (
            "x.xn--55qx5d.cn",
            "xn--55qx5d.cn",
            Some(Section::Icann),
            Some("x.xn--55qx5d.cn"),
        ),
        (
            "foo.bar.amazonaws.com",
            "com",
            Some(Section::Icann),
            Some("amazonaws.com"),
        ),
        (
            "r.cloud.int.apple",
            "int.apple",
            Some(Section::Private),
            Some("cloud.int.apple"),
        ),
        (
            "x.r.cloud.int.apple",
            "x.r.cloud.int.apple",
            Some(Section::Private),
            None,
        ),
        ("a..com", "com", Some(Section::Icann), Some(".com")),
        (".com", "com", Some(Section::Icann), None),
        ("localhost", "localhost", None, None),
    ];
    for &(host, sfx, section, reg) in cases {
        let got = ours(host);
        assert_eq!(
            got,
            (Some(sfx.to_string()), section, reg.map(str::to_string)),
            "{host}"
        );
    }
    assert_eq!(ours(""), (None, None, None));
}

/// Every name of every group, decoded, with its flags.
fn all_names() -> Vec<(&'static [u8], u8)> {
    let g = groups();
    (0..g.tld_ends.len())
        .flat_map(|i| {
            let idx = g.group(i);
            (0..idx.ends.len()).map(move |n| (idx.name(n), idx.flags[n]))
        })
        .collect()
}

/// Every group's top-level label finds its group, and a label the table lacks finds none.
#[test]
fn groups_by_top_level_label() {
    let g = groups();
    assert!(g.tld_ends.len() > 1_000, "{} groups", g.tld_ends.len());
    for i in 0..g.tld_ends.len() {
        let tld = g.tld(i);
        assert!(!tld.is_empty() && !tld.contains(&b'.'), "{tld:?}");
        let found = g.get(tld).map(|idx| idx as *const Index);
        assert_eq!(found, Some(g.group(i) as *const Index), "{tld:?}");
    }
    for missing in ["", "zz9q", "zz", "jpx", "comx"] {
        assert!(g.get(missing.as_bytes()).is_none(), "{missing}");
    }
}

/// Every rule of the list, probed as itself, under one and two more labels, and (for wildcards)
/// with a label the wildcard covers: the same suffix, section and registrable domain as the
/// `psl` crate whose snapshot the list file is.
#[test]
fn equivalent_to_psl_crate() {
    let mut probes = 0;
    let names = all_names();
    assert_eq!(names.len(), PSL_NAMES);
    const { assert!(PSL_RULES > 9_000 && PSL_RULES < PSL_NAMES) };
    for (name, f) in &names {
        let name = std::str::from_utf8(name).unwrap_or("");
        let tld = name.rsplit('.').next().unwrap_or_default();
        let group = groups().get(tld.as_bytes()).expect(name);
        let found = group.find(name.as_bytes()).ok().map(|i| group.flags[i]);
        assert_eq!(found, Some(*f), "{name}");
        for host in [
            name.to_string(),
            format!("zz9q.{name}"),
            format!("a.zz9q.{name}"),
            format!("www.{name}"),
            format!("a.www.{name}"),
            format!("city.{name}"),
            format!("a.b.city.{name}"),
        ] {
            assert_eq!(ours(&host), theirs(&host), "{host}");
            probes += 1;
        }
    }
    assert!(probes > 50_000, "{probes} probes");
}

/// Hosts made of the list's own labels and made-up ones, mixed at random (a fixed seed): the
/// same answers as the `psl` crate for shapes the rule-by-rule probes do not make.
#[test]
fn random_hosts_as_psl_crate() {
    let names = all_names();
    let labels: Vec<&[u8]> = names
        .iter()
        .flat_map(|(name, _)| name.split(|&c| c == b'.'))
        .collect();
    let made_up: [&[u8]; 6] = [b"www", b"amaz0n", b"x-1", b"", b"xn--abc", b"city"];
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    for _ in 0..50_000 {
        // A name of the list as the tail, one to three labels in front.
        let mut host = names[next(names.len())].0.to_vec();
        for _ in 0..1 + next(3) {
            let label = if next(3) == 0 {
                made_up[next(made_up.len())]
            } else {
                labels[next(labels.len())]
            };
            host.splice(0..0, label.iter().copied().chain([b'.']));
        }
        let host = String::from_utf8_lossy(&host).into_owned();
        assert_eq!(ours(&host), theirs(&host), "{host}");
    }
}
