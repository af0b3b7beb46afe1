//! Build step: compiles `src/domain/public_suffix_list.dat` (Mozilla's Public Suffix List, standard
//! format with its ICANN/PRIVATE section markers) into a table of ASCII names (sorted) with flags,
//! searched by `src/domain/psl.rs`. Data, not code: the table costs the WASM compiler nothing, where
//! the `psl` crate's 10,000-arm `match` tree was ~880 KB of functions (twiggy).
//!
//! Each name is a rule's domain without `*.` / `!`, in ASCII (IDN rules punycoded here, RFC 3492).
//! Flags: see `src/domain/psl.rs`.
use std::collections::{BTreeMap, BTreeSet};

pub const SRC: &str = "src/domain/public_suffix_list.dat";

const RULE: u8 = 1;
const RULE_PRIVATE: u8 = 2;
const WILD: u8 = 4;
const WILD_PRIVATE: u8 = 8;
const EXCEPTION: u8 = 16;
const EXCEPTION_PRIVATE: u8 = 32;

/// The generated Rust source: `PSL_TABLE`, the rules front-coded in the order of their reversed
/// labels (`jp`, `jp.co`, `jp.kanagawa.kawasaki`, …) in two streams one after the other: first, per
/// rule, the rest of its key after the bytes it shares with the previous key (ASCII) and its flags
/// with the top bit set (the end mark); then, per rule, one byte: how many bytes it shares.
/// `PSL_KEYS_LEN` is where the second stream starts, `PSL_RULES` the rules, `PSL_NAMES` the rules
/// plus the label suffixes of rules that are no rule themselves (`src/domain/psl.rs` adds those
/// when it decodes the table once). Apart, the lengths and the text each compress better: 1.9 KB
/// less gzip than one stream of both (docs/wasm-size.md).
pub fn generate(text: &str) -> String {
    let mut table: BTreeMap<String, u8> = BTreeMap::new();
    let mut private: Option<bool> = None;
    for line in text.lines() {
        let line = line.trim();
        if line.contains("===BEGIN ICANN DOMAINS===") {
            private = Some(false);
        } else if line.contains("===BEGIN PRIVATE DOMAINS===") {
            private = Some(true);
        }
        if line.is_empty() || line.starts_with("//") {
            continue;
        }
        // A rule is the first whitespace-free run of the line (the format's own definition).
        let rule = line.split_whitespace().next().unwrap_or_default();
        let private =
            private.unwrap_or_else(|| panic!("{SRC}: rule {rule:?} outside the section markers"));
        let (name, flag, private_flag) = if let Some(r) = rule.strip_prefix("*.") {
            (r, WILD, WILD_PRIVATE)
        } else if let Some(r) = rule.strip_prefix('!') {
            (r, EXCEPTION, EXCEPTION_PRIVATE)
        } else {
            (rule, RULE, RULE_PRIVATE)
        };
        assert!(
            !name.contains('*'),
            "{SRC}: unsupported wildcard rule {rule:?}"
        );
        let name = to_ascii(name);
        let f = table.entry(name).or_insert(0);
        assert!(*f & flag == 0, "{SRC}: duplicate rule {rule:?}");
        *f |= flag | if private { private_flag } else { 0 };
    }
    // Every label suffix of a rule is a name of the search too (flags 0 unless it is a rule).
    let mut names: BTreeSet<&str> = table.keys().map(String::as_str).collect();
    for name in table.keys() {
        let mut rest = name.as_str();
        while let Some((_, parent)) = rest.split_once('.') {
            names.insert(parent);
            rest = parent;
        }
    }
    // src/domain/psl.rs gives a group four times its rules in slots, a power of two: under 2/3 full.
    let mut per_tld: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    for name in &names {
        let tld = name.rsplit('.').next().unwrap_or_default();
        let counts = per_tld.entry(tld).or_default();
        counts.0 += usize::from(table.contains_key(*name));
        counts.1 += 1;
    }
    for (tld, (rules, names)) in per_tld {
        let slots = (rules * 4).next_power_of_two().max(8);
        assert!(
            names * 3 <= slots * 2,
            "{SRC}: {tld}: {names} names in {slots} slots"
        );
    }
    let names = names.len();
    assert!(table.len() > 1000, "{SRC}: only {} rules", table.len());
    // src/domain/psl.rs indexes a group's names with u16 slots.
    assert!(names < usize::from(u16::MAX), "{SRC}: {names} names");
    // In key order the rules of one top-level label are contiguous, parents first:
    // `src/domain/psl.rs` decodes only the group a lookup needs. A group starts where a key
    // shares less than the previous key's top-level label, or exactly it and goes on with no dot.
    let mut keyed: Vec<(String, u8)> = table
        .iter()
        .map(|(name, &f)| (name.rsplit('.').collect::<Vec<_>>().join("."), f))
        .collect();
    keyed.sort();
    let mut out: Vec<u8> = Vec::new();
    let mut shared_lens: Vec<u8> = Vec::new();
    let mut prev = "";
    for (key, f) in &keyed {
        assert!(key.len() <= 253, "{SRC}: name longer than 253 bytes: {key}");
        assert!(key.is_ascii() && *f < 0x80, "{SRC}: {key}: not ASCII");
        let shared = key
            .bytes()
            .zip(prev.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        let prev_tld = prev.split('.').next().unwrap_or_default();
        let starts = shared < prev_tld.len()
            || (shared == prev_tld.len() && key.as_bytes().get(shared) != Some(&b'.'));
        let tld = key.split('.').next().unwrap_or_default();
        assert_eq!(starts, tld != prev_tld, "{SRC}: {key}: group boundary");
        shared_lens.push(shared as u8);
        out.extend_from_slice(&key.as_bytes()[shared..]);
        out.push(f | 0x80);
        prev = key;
    }
    let (rules, keys_len) = (keyed.len(), out.len());
    out.extend_from_slice(&shared_lens);
    let bytes: String = out
        .iter()
        .map(|b| std::ascii::escape_default(*b).to_string())
        .collect();
    format!(
        "// @generated by build.rs from {SRC} — edit that file.\n\
         pub(super) static PSL_TABLE: &[u8] = b\"{bytes}\";\n\
         pub(super) const PSL_KEYS_LEN: usize = {keys_len};\n\
         pub(super) const PSL_RULES: usize = {rules};\n\
         #[cfg(test)] // the decoded groups hold this many names (src/domain/psl_tests.rs)\n\
         pub(super) const PSL_NAMES: usize = {names};\n"
    )
}

/// ASCII form of a rule name: lower-case, non-ASCII labels punycoded (`公司.cn` → `xn--55qx5d.cn`).
/// PSL rules are already NFC and lower-case, so this is IDNA's ToASCII for them.
fn to_ascii(name: &str) -> String {
    name.split('.')
        .map(|label| {
            if label.is_ascii() {
                label.to_ascii_lowercase()
            } else {
                format!("xn--{}", punycode(label))
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

/// RFC 3492 encoding of one label: the engine's own encoder (src/domain/punycode.rs).
fn punycode(label: &str) -> String {
    let chars: Vec<char> = label.chars().collect();
    crate::punycode::encode(&chars).expect("a PSL label punycode can encode")
}
