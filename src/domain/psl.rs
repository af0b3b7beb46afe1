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

/// The names of one group of `PSL_TABLE` (one top-level label; concatenated, `ends[i]` is where
/// name `i` ends): its rules, then the label suffixes of rules that are no rule (flags 0: a lookup
/// stops at the first suffix that is in no rule); their flags; and an open-addressing hash table of
/// them (a slot holds the name's index plus one, 0 when empty). Built on the group's first use, so
/// a service-worker start decodes the few groups its hosts need (`jp`, `com`), not all 10,000
/// rules; a lookup is a hash and about one comparison.
struct Index {
    names: Vec<u8>,
    ends: Vec<u32>,
    flags: Vec<u8>,
    slots: Vec<u16>,
}

/// FNV-1a, 32 bits, masked to a power-of-two table.
fn hash(name: &[u8], mask: usize) -> usize {
    let h = name.iter().fold(0x811c_9dc5u32, |h, &b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    h as usize & mask
}

impl Index {
    fn name(&self, i: usize) -> &[u8] {
        let start = i.checked_sub(1).map_or(0, |p| self.ends[p] as usize);
        &self.names[start..self.ends[i] as usize]
    }

    /// The index of `name`, or the empty slot where it would go. Inlined: it is the whole lookup.
    #[inline(always)]
    fn find(&self, name: &[u8]) -> Result<usize, usize> {
        let mask = self.slots.len() - 1;
        let mut h = hash(name, mask);
        loop {
            let Some(i) = usize::from(self.slots[h]).checked_sub(1) else {
                return Err(h);
            };
            if self.name(i) == name {
                return Ok(i);
            }
            h = (h + 1) & mask;
        }
    }

    /// Adds `name` with its flags unless it is in the index; whether it was added. The slots
    /// stay under 2/3 full (build/psl.rs checks each group's names against its slots).
    fn add(&mut self, name: &[u8], flags: u8) -> bool {
        let Err(slot) = self.find(name) else {
            return false;
        };
        self.names.extend_from_slice(name);
        self.ends.push(self.names.len() as u32);
        self.flags.push(flags);
        // Fits: build.rs has fewer names than u16::MAX.
        self.slots[slot] = u16::try_from(self.ends.len()).unwrap_or(u16::MAX);
        true
    }
}

/// Where the groups of `PSL_TABLE` start (found by one scan of the table on first use): per group,
/// its first byte in the key stream and its first rule (one more entry closes the last group), its
/// top-level label (concatenated in `tlds`, `tld_ends[i]` is where label `i` ends), a hash table
/// of those labels (group index plus one), and the group's `Index` once decoded.
struct Groups {
    key_start: Vec<u32>,
    rule_start: Vec<u32>,
    tlds: Vec<u8>,
    tld_ends: Vec<u32>,
    slots: Vec<u16>,
    decoded: Vec<OnceLock<Index>>,
}

/// The two streams of `PSL_TABLE` (build/psl.rs): keys with their flags, and shared lengths.
fn streams() -> (&'static [u8], &'static [u8]) {
    PSL_TABLE.split_at(PSL_KEYS_LEN.min(PSL_TABLE.len()))
}

impl Groups {
    #[inline(never)]
    fn scan() -> Groups {
        let (keys, shared) = streams();
        debug_assert_eq!(shared.len(), PSL_RULES);
        let mut g = Groups {
            key_start: Vec::with_capacity(2048),
            rule_start: Vec::with_capacity(2048),
            tlds: Vec::with_capacity(16_384),
            tld_ends: Vec::with_capacity(2048),
            slots: vec![0u16; 4096],
            decoded: Vec::new(),
        };
        // The end marks (top bit set), eight bytes at a time: rule `r + 1` starts after the `r`-th
        // mark. A group starts where a rule shares less than the previous top-level label, or
        // exactly it and goes on with no dot (build/psl.rs checks that this splits by label).
        g.start(keys, 0, 0, 0);
        let mut tld_len = g.tlds.len();
        let mut rule = 1;
        let chunks = keys.chunks_exact(8);
        let mut last = [0u8; 8];
        last[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        let words = chunks.map(|c| <[u8; 8]>::try_from(c).unwrap_or_default());
        for (n, word) in words.chain([last]).enumerate() {
            let mut word = u64::from_le_bytes(word) & 0x8080_8080_8080_8080;
            while word != 0 && rule < shared.len() {
                let at = n * 8 + word.trailing_zeros() as usize / 8 + 1;
                let n = usize::from(shared[rule]);
                if n < tld_len || (n == tld_len && keys.get(at) != Some(&b'.')) {
                    tld_len = g.start(keys, at, n, rule);
                }
                rule += 1;
                word &= word - 1;
            }
        }
        g.key_start.push(keys.len() as u32);
        g.rule_start.push(shared.len() as u32);
        let mask = g.slots.len() - 1;
        for i in 0..g.tld_ends.len() {
            let mut h = hash(g.tld(i), mask);
            while g.slots[h] != 0 {
                h = (h + 1) & mask;
            }
            // Fits: about 1,500 top-level labels in 4,096 slots.
            g.slots[h] = u16::try_from(i + 1).unwrap_or(u16::MAX);
        }
        g.decoded = (0..g.tld_ends.len()).map(|_| OnceLock::new()).collect();
        g
    }

    /// Starts a group at byte `at` of the key stream, rule `rule`, which shares `n` bytes of the
    /// previous group's top-level label; the length of its own.
    fn start(&mut self, keys: &[u8], at: usize, n: usize, rule: usize) -> usize {
        let ends = &self.tld_ends;
        let prev = ends.len().checked_sub(2).map_or(0, |p| ends[p] as usize);
        let tld_start = self.tlds.len();
        let rest = keys.get(at..).unwrap_or_default();
        let end = rest
            .iter()
            .position(|&c| c == b'.' || c & 0x80 != 0)
            .unwrap_or(rest.len());
        self.tlds.extend_from_within(prev..prev + n);
        self.tlds.extend_from_slice(&rest[..end]);
        self.tld_ends.push(self.tlds.len() as u32);
        self.key_start.push(at as u32);
        self.rule_start.push(rule as u32);
        self.tlds.len() - tld_start
    }

    fn tld(&self, i: usize) -> &[u8] {
        let start = i.checked_sub(1).map_or(0, |p| self.tld_ends[p] as usize);
        &self.tlds[start..self.tld_ends[i] as usize]
    }

    /// The decoded group of top-level label `tld`, if the table has one.
    fn get(&self, tld: &[u8]) -> Option<&Index> {
        let mask = self.slots.len() - 1;
        let mut h = hash(tld, mask);
        loop {
            let i = usize::from(self.slots[h]).checked_sub(1)?;
            if self.tld(i) == tld {
                return Some(self.group(i));
            }
            h = (h + 1) & mask;
        }
    }

    fn group(&self, i: usize) -> &Index {
        self.decoded[i].get_or_init(|| self.decode(i))
    }

    /// Decodes group `i`: per rule, the rest of its key after the bytes it shares with the previous
    /// key and the flags byte with its top bit set; the shared lengths come from the second
    /// stream. A key is its name with the labels reversed (`jp.co` for `co.jp`).
    #[inline(never)]
    fn decode(&self, i: usize) -> Index {
        let (keys, shared) = streams();
        let keys = &keys[self.key_start[i] as usize..self.key_start[i + 1] as usize];
        let shared = &shared[self.rule_start[i] as usize..self.rule_start[i + 1] as usize];
        let slots = (shared.len() * 4).next_power_of_two().max(8);
        let mut idx = Index {
            names: Vec::with_capacity(keys.len() * 4),
            ends: Vec::with_capacity(shared.len() + shared.len() / 8),
            flags: Vec::with_capacity(shared.len() + shared.len() / 8),
            slots: vec![0u16; slots],
        };
        // The key grows and shrinks at its end; the name, its labels reversed, right-aligned in
        // `buf`, keeps the labels the key shares with the previous one (a tail, `.jp`) and only
        // the key's new labels are written in front of them.
        let mut key: Vec<u8> = Vec::with_capacity(256);
        key.extend_from_slice(self.tld(i)); // what the group's first key shares
        let mut buf = [0u8; 256];
        let mut rest = keys;
        let mut last_parent_len = 0;
        for &shared in shared {
            let shared = usize::from(shared).min(key.len());
            let end = rest
                .iter()
                .position(|&c| c & 0x80 != 0)
                .unwrap_or(rest.len());
            let flags = rest.get(end).map_or(0, |&b| b & 0x7f);
            key.truncate(shared);
            key.extend_from_slice(&rest[..end]);
            rest = rest.get(end + 1..).unwrap_or_default();
            if key.len() > buf.len() {
                continue; // build.rs keeps names under 254 bytes
            }
            // Whole labels (with their dot) inside the shared bytes stay.
            let shared_dot = key[..shared].iter().rposition(|&c| c == b'.');
            let kept = shared_dot.map_or(0, |d| d + 1);
            let parent_len = key[shared..]
                .iter()
                .rposition(|&c| c == b'.')
                .map(|d| shared + d)
                .or(shared_dot)
                .unwrap_or(0);
            let mut at = buf.len() - kept;
            for (n, label) in key[kept..].split(|&c| c == b'.').enumerate() {
                if n > 0 {
                    at -= 1;
                    buf[at] = b'.';
                }
                at -= label.len();
                buf[at..at + label.len()].copy_from_slice(label);
            }
            let name = &buf[at..];
            idx.add(name, flags);
            // Its label suffixes (`co.jp` for `kawasaki.co.jp`). A parent's key is a prefix of
            // the key, so it comes first: a parent not in the index yet is no rule (flags 0), and
            // the walk up stops at the first parent found. Skipped when the key has the previous
            // key's parent.
            if parent_len > 0 && (parent_len != last_parent_len || shared < parent_len) {
                let mut parent = name;
                while let Some(dot) = parent.iter().position(|&c| c == b'.') {
                    parent = &parent[dot + 1..];
                    if !idx.add(parent, 0) {
                        break;
                    }
                }
            }
            last_parent_len = parent_len;
        }
        idx
    }
}

fn groups() -> &'static Groups {
    static GROUPS: OnceLock<Groups> = OnceLock::new();
    GROUPS.get_or_init(Groups::scan)
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
    let Some(group) = groups().get(&b[last_label..]) else {
        return Some(best);
    };
    // Flags of a name when it is in the group (a rule or a label suffix of one).
    let flags = |name: &[u8]| {
        group
            .find(name)
            .ok()
            .and_then(|i| group.flags.get(i).copied())
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
#[path = "psl_tests.rs"]
mod tests;
