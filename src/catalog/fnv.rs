//! FNV-1a, the hash of the engine's lookup tables (catalog domains, brand index, visual pairs).
//!
//! The tables are built once from the catalog and only read per URL, so the keyed SipHash of
//! `std` (a defence against hash flooding on insertion) buys nothing there and cost about a tenth
//! of a URL check. Lookups of attacker-chosen keys still meet only the catalog's fixed entries.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a 64 (`http://www.isthe.com/chongo/tech/comp/fnv/`).
#[derive(Debug, Clone, Copy)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// A map of the engine's lookup tables.
pub type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A set of the engine's lookup tables.
pub type FnvSet<K> = HashSet<K, BuildHasherDefault<Fnv>>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_reference_values() {
        // Published FNV-1a 64 test vectors.
        for (text, want) in [
            ("", 0xcbf2_9ce4_8422_2325_u64),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ] {
            let mut h = Fnv::default();
            h.write(text.as_bytes());
            assert_eq!(h.finish(), want, "{text:?}");
        }
        let map: FnvMap<String, u8> = [("amazon.co.jp".to_string(), 1)].into_iter().collect();
        assert_eq!(map.get("amazon.co.jp"), Some(&1));
        assert_eq!(map.get("amazon.co.jp.evil"), None);
    }
}
