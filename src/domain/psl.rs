//! Public suffix lookup over a table compiled by `build.rs` from
//! `src/domain/public_suffix_list.dat` (Mozilla's list, private section included). Same answers as
//! the `psl` crate it replaces (tested rule by rule below) in a fraction of the WASM size: the table
//! is data, where the crate's generated `match` tree was ~880 KB of code the browser compiles on
//! every service-worker start.
//!
//! The PSL algorithm (<https://github.com/publicsuffix/list/wiki/Format#formal-algorithm>): the
//! longest matching rule wins, an exception rule (`!city.kawasaki.jp`) beats every other and its
//! suffix is the rule minus its first label, and with no match the suffix is the last label
//! ("`*`", type unknown). `www.amazon.co.jp` → `co.jp` (ICANN); `x.github.io` → `github.io` (private);
//! `a.b.ck` → `b.ck` (`*.ck`); `www.ck` → `ck` (`!www.ck`); `a.test` → `test` (no rule).

use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/psl_table.rs"));

// Flags per name (build/psl.rs): which kinds of rule have this name, and from which section.
const RULE: u8 = 1;
const RULE_PRIVATE: u8 = 2;
const WILD: u8 = 4;
const WILD_PRIVATE: u8 = 8;
const EXCEPTION: u8 = 16;
const EXCEPTION_PRIVATE: u8 = 32;

/// Which section of the list the prevailing rule comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Icann,
    Private,
}

/// The public suffix of a host: its length in bytes (a tail of the host) and the section of the
/// rule that gave it (`None` for the default rule).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Suffix {
    pub len: usize,
    pub section: Option<Section>,
}

/// The names decoded from `PSL_TABLE` (concatenated; `ends[i]` is where name `i` ends), their
/// flags, and an open-addressing hash table of them (slot = name index + 1, 0 = empty): built on
/// first use (one pass over 10,000 names, ~150 KB), so the shipped table stays small and a lookup
/// is a hash and about one comparison.
struct Index {
    names: Vec<u8>,
    ends: Vec<u32>,
    flags: Vec<u8>,
    slots: Vec<u16>,
}

const SLOTS: usize = 1 << 14; // > 1.5 × the names: short probe runs

/// FNV-1a, 32 bits.
fn hash(name: &[u8]) -> usize {
    let h = name.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    h as usize & (SLOTS - 1)
}

/// Decodes the front-coded table (build/psl.rs): per entry, the length shared with the previous
/// key, the rest of the key, and the flags byte with its top bit set. A key is its name with the
/// labels reversed (`jp.co` for `co.jp`).
fn decode() -> (Vec<u8>, Vec<u32>, Vec<u8>) {
    let mut names = Vec::with_capacity(160_000);
    let mut ends = Vec::with_capacity(PSL_COUNT);
    let mut flags = Vec::with_capacity(PSL_COUNT);
    let mut key: Vec<u8> = Vec::with_capacity(256);
    let mut bytes = PSL_TABLE.iter();
    while let Some(&shared) = bytes.next() {
        key.truncate(usize::from(shared));
        for &b in bytes.by_ref() {
            if b & 0x80 != 0 {
                flags.push(b & 0x7f);
                break;
            }
            key.push(b);
        }
        let start = names.len();
        for (n, label) in key.rsplit(|&c| c == b'.').enumerate() {
            if n > 0 {
                names.push(b'.');
            }
            names.extend_from_slice(label);
        }
        debug_assert!(names.len() > start);
        ends.push(names.len() as u32);
    }
    (names, ends, flags)
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let (names, ends, flags) = decode();
        let mut slots = vec![0u16; SLOTS];
        let mut start = 0usize;
        for (i, &end) in ends.iter().enumerate() {
            let end = end as usize;
            let mut h = hash(&names[start..end]);
            while slots[h] != 0 {
                h = (h + 1) & (SLOTS - 1);
            }
            // Fits: build.rs has fewer names than slots, and fewer than u16::MAX.
            slots[h] = u16::try_from(i + 1).unwrap_or(u16::MAX);
            start = end;
        }
        Index {
            names,
            ends,
            flags,
            slots,
        }
    })
}

/// Flags of `name` when it is in the table (a rule or a label suffix of one).
fn flags(name: &[u8]) -> Option<u8> {
    let idx = index();
    let mut h = hash(name);
    loop {
        let i = usize::from(idx.slots[h]).checked_sub(1)?;
        let end = idx.ends[i] as usize;
        let start = i.checked_sub(1).map_or(0, |p| idx.ends[p] as usize);
        if idx.names.get(start..end) == Some(name) {
            return idx.flags.get(i).copied();
        }
        h = (h + 1) & (SLOTS - 1);
    }
}

fn section(f: u8, private_bit: u8) -> Option<Section> {
    Some(if f & private_bit != 0 {
        Section::Private
    } else {
        Section::Icann
    })
}

/// The public suffix of `host` (ASCII, lower-case, no trailing dot). `None` only for an empty host.
pub fn suffix(host: &str) -> Option<Suffix> {
    let b = host.as_bytes();
    if b.is_empty() {
        return None;
    }
    let last_label = b.iter().rposition(|&c| c == b'.').map_or(0, |i| i + 1);
    let mut best = Suffix {
        len: b.len() - last_label,
        section: None,
    };
    let mut parent = 0u8; // flags of the previous (one label shorter) candidate
    let mut start = b.len();
    loop {
        // The next candidate: one more label to the left.
        let dot = b[..start.saturating_sub(1)]
            .iter()
            .rposition(|&c| c == b'.');
        start = if start == b.len() {
            last_label
        } else {
            dot.map_or(0, |i| i + 1)
        };
        let candidate = &b[start..];
        let found = flags(candidate);
        let f = found.unwrap_or(0);
        if f & EXCEPTION != 0 {
            let first = candidate
                .iter()
                .position(|&c| c == b'.')
                .map_or(0, |i| i + 1);
            return Some(Suffix {
                len: candidate.len() - first,
                section: section(f, EXCEPTION_PRIVATE),
            });
        }
        if f & RULE != 0 {
            best = Suffix {
                len: candidate.len(),
                section: section(f, RULE_PRIVATE),
            };
        } else if found.is_none() && parent & WILD != 0 {
            // Like the `psl` crate, a wildcard covers only labels that are not themselves in the
            // table: under `*.cloud.int.apple` and `*.r.cloud.int.apple`, `r.cloud.int.apple` is not
            // a suffix (the formal algorithm says it is; kept so verdicts stay identical).
            best = Suffix {
                len: candidate.len(),
                section: section(parent, WILD_PRIVATE),
            };
        }
        // No longer rule can match below a name that is in no rule.
        if found.is_none() || start == 0 {
            return Some(best);
        }
        parent = f;
    }
}

/// The registrable domain's length (suffix plus one label) when the host has a label left of its
/// suffix, as the `psl` crate computes it: `www.amazon.co.jp` → `amazon.co.jp`; `co.jp` → `None`.
pub fn registrable_len(host: &str, suffix: Suffix) -> Option<usize> {
    let b = host.as_bytes();
    if b.len() < suffix.len + 2 {
        return None;
    }
    let rest = &b[..b.len() - suffix.len - 1];
    let root = rest.iter().rposition(|&c| c == b'.').map_or(0, |i| i + 1);
    Some(b.len() - root)
}

/// The registrable domain of `host` (`www.mybank.co.jp` → `mybank.co.jp`), if it has one.
pub fn domain_str(host: &str) -> Option<&str> {
    let n = registrable_len(host, suffix(host)?)?;
    host.get(host.len() - n..)
}

#[cfg(test)]
mod tests {
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

    /// Every rule of the list, probed as itself, under one and two more labels, and (for wildcards)
    /// with a label the wildcard covers: the same suffix, section and registrable domain as the
    /// `psl` crate whose snapshot the list file is.
    #[test]
    fn equivalent_to_psl_crate() {
        let mut probes = 0;
        let idx = index();
        assert_eq!(idx.ends.len(), PSL_COUNT);
        for i in 0..idx.ends.len() {
            let start = if i == 0 { 0 } else { idx.ends[i - 1] as usize };
            let name = std::str::from_utf8(&idx.names[start..idx.ends[i] as usize]).unwrap_or("");
            assert_eq!(flags(name.as_bytes()), Some(idx.flags[i]), "{name}");
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
}
