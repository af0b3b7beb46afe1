//! Corpus test: dnstwist-style permutations of the catalog's brands, generated here (derived data
//! is computed, never typed), must all be caught — except the entries of the expected-misses
//! ledger `tests/corpus/expected_misses.txt`. An unexpected miss fails; so does a ledger entry that
//! is now caught (the ledger only shrinks; rust-url's `expected_failures.txt` habit). A benign list
//! (`tests/corpus/benign.txt`, hand-written) must produce no lookalike verdict.
//!
//! Regenerate the ledger after an intended change: `OMAMORI_BLESS=1 cargo test --test corpus`.

use std::collections::BTreeSet;
use std::fs;

use omamori::verdict::VerdictKind;
use omamori::{Engine, Settings};

/// Brands permuted, with the suffixes tried for each (the official one and two foreign ones).
const TARGETS: &[(&str, &[&str])] = &[
    ("amazon", &["co.jp", "com", "top"]),
    ("rakuten", &["co.jp", "com", "xyz"]),
    ("mercari", &["com", "jp", "shop"]),
    ("yodobashi", &["com", "net"]),
    ("biccamera", &["com", "top"]),
    ("paypal", &["com", "info"]),
    ("walmart", &["com", "shop"]),
    ("uniqlo", &["com", "online"]),
];

const KEYBOARD: &[&str] = &[
    "1qaz", "2wsx", "3edc", "4rfv", "5tgb", "6yhn", "7ujm", "8ik", "9ol", "0p",
];
const ROWS: &[&str] = &["qwertyuiop", "asdfghjkl", "zxcvbnm"];
const COMBO: &[&str] = &[
    "login",
    "secure",
    "account-update",
    "support",
    "jp-verify",
    "signin",
    "my",
];
const HOMOGLYPHS: &[(char, &str)] = &[
    ('a', "а"),
    ('o', "о0"),
    ('e', "е"),
    ('i', "і1"),
    ('l', "1ӏ"),
    ('m', "rn"),
    ('c', "с"),
    ('p', "р"),
];

/// Keys next to `c` on a QWERTY keyboard (row neighbours and column neighbours).
fn neighbours(c: char) -> Vec<char> {
    let mut out = Vec::new();
    for set in ROWS.iter().chain(KEYBOARD) {
        let chars: Vec<char> = set.chars().collect();
        if let Some(i) = chars.iter().position(|&x| x == c) {
            if i > 0 {
                out.push(chars[i - 1]);
            }
            if i + 1 < chars.len() {
                out.push(chars[i + 1]);
            }
        }
    }
    out.retain(|x| x.is_ascii_lowercase());
    out
}

/// (fuzzer, label) permutations of `brand` (dnstwist's names).
fn permutations(brand: &str) -> Vec<(&'static str, String)> {
    let b: Vec<char> = brand.chars().collect();
    let s = |v: &[char]| v.iter().collect::<String>();
    let mut out = Vec::new();
    for i in 0..b.len() {
        let mut v = b.clone();
        v.remove(i);
        out.push(("omission", s(&v)));
        let mut v = b.clone();
        v.insert(i, b[i]);
        out.push(("repetition", s(&v)));
        for n in neighbours(b[i]) {
            let mut v = b.clone();
            v[i] = n;
            out.push(("replacement", s(&v)));
            let mut v = b.clone();
            v.insert(i + 1, n);
            out.push(("insertion", s(&v)));
        }
        if i + 1 < b.len() && b[i] != b[i + 1] {
            let mut v = b.clone();
            v.swap(i, i + 1);
            out.push(("transposition", s(&v)));
        }
        if "aeiou".contains(b[i]) {
            for x in "aeiou".chars().filter(|&x| x != b[i]) {
                let mut v = b.clone();
                v[i] = x;
                out.push(("vowel-swap", s(&v)));
            }
        }
        for bit in 0..8 {
            let x = ((b[i] as u8) ^ (1 << bit)) as char;
            if x.is_ascii_lowercase() || x.is_ascii_digit() {
                let mut v = b.clone();
                v[i] = x;
                out.push(("bitsquatting", s(&v)));
            }
        }
        if i > 0 {
            out.push(("hyphenation", format!("{}-{}", s(&b[..i]), s(&b[i..]))));
        }
        for &(from, tos) in HOMOGLYPHS {
            if b[i] == from {
                for to in tos.chars() {
                    let mut v: Vec<String> = b.iter().map(|c| c.to_string()).collect();
                    v[i] = if from == 'm' {
                        "rn".into()
                    } else {
                        to.to_string()
                    };
                    out.push(("homoglyph", v.concat()));
                }
            }
        }
    }
    for c in 'a'..='z' {
        out.push(("addition", format!("{brand}{c}")));
    }
    out.sort();
    out.dedup();
    out.retain(|(_, l)| l != brand);
    out
}

/// Every URL the corpus expects caught, with its shape.
fn corpus() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (brand, suffixes) in TARGETS {
        for suffix in *suffixes {
            for (kind, label) in permutations(brand) {
                out.push((
                    format!("{kind} {brand}"),
                    format!("https://{label}.{suffix}/"),
                ));
            }
            for w in COMBO {
                out.push((
                    format!("combosquat {brand}"),
                    format!("https://{brand}-{w}.{suffix}/"),
                ));
                out.push((
                    format!("combosquat {brand}"),
                    format!("https://{w}-{brand}.{suffix}/"),
                ));
            }
        }
        out.push((
            format!("tld-swap {brand}"),
            format!("https://{brand}-jp.top/"),
        ));
        out.push((
            format!("tld-swap {brand}"),
            format!("https://{brand}.shop/"),
        ));
        out.push((
            format!("subdomain {brand}"),
            format!("https://{}.{}.com/", &brand[..3], &brand[3..]),
        ));
        for foreign in ["example.top", "secure-check.test", "xn--gmq92k.cn"] {
            out.push((
                format!("embedding {brand}"),
                format!("https://{brand}.com.{foreign}/"),
            ));
            out.push((
                format!("embedding {brand}"),
                format!("https://www-{brand}-com.{foreign}/signin"),
            ));
            out.push((
                format!("embedding {brand}"),
                format!("https://{brand}.{foreign}/"),
            ));
        }
    }
    out.push((
        "embedding amazon".into(),
        "https://amazon.co.jp.example.top/".into(),
    ));
    out.push((
        "embedding rakuten".into(),
        "https://www.rakuten.co.jp.x-login.cn/".into(),
    ));
    out
}

#[test]
fn lookalike_corpus_against_ledger() {
    let engine = Engine::new(Settings::default()).expect("default settings");
    let mut misses = BTreeSet::new();
    let all = corpus();
    for (_, url) in &all {
        if engine.check_url(url).verdict != VerdictKind::Lookalike {
            misses.insert(url.clone());
        }
    }
    let ledger_path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/expected_misses.txt"
    );
    if std::env::var("OMAMORI_BLESS").is_ok() {
        let text: String = misses.iter().map(|u| format!("{u}\n")).collect();
        fs::write(ledger_path, format!("# URLs of the generated corpus the engine does not catch (see tests/corpus.rs).\n{text}")).unwrap();
    }
    let ledger: BTreeSet<String> = fs::read_to_string(ledger_path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_string)
        .collect();
    let unexpected: Vec<_> = misses.difference(&ledger).collect();
    let stale: Vec<_> = ledger.difference(&misses).collect();
    println!(
        "corpus: {} URLs, {} caught, {} expected misses",
        all.len(),
        all.len() - misses.len(),
        ledger.len()
    );
    assert!(
        unexpected.is_empty(),
        "new misses (fix them, or bless the ledger):\n{unexpected:#?}"
    );
    assert!(
        stale.is_empty(),
        "ledger entries now caught (remove them):\n{stale:#?}"
    );
    // The ledger must stay a small minority of the corpus.
    assert!(
        ledger.len() * 10 < all.len(),
        "ledger too large: {} of {}",
        ledger.len(),
        all.len()
    );
}

#[test]
fn benign_corpus_never_lookalike() {
    let engine = Engine::new(Settings::default()).expect("default settings");
    let text = fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/corpus/benign.txt"
    ))
    .expect("benign list");
    let mut flagged = Vec::new();
    let mut n = 0;
    for line in text
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
    {
        n += 1;
        let v = engine.check_url(line.trim());
        if v.verdict == VerdictKind::Lookalike {
            flagged.push(format!(
                "{line}: {:?} {:?}",
                v.retailer,
                v.reasons.first().map(|r| r.kind.as_str())
            ));
        }
    }
    assert!(n >= 50, "benign list too short");
    assert!(
        flagged.is_empty(),
        "benign domains flagged:\n{}",
        flagged.join("\n")
    );
}

/// FNV-1a 64 of `s`; its lowest bit puts a line in the held-back half (`tools/corpus/split.py`).
fn held_back(s: &str) -> bool {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h & 1 == 1
}

/// The generated corpora (`tests/corpus/dnstwist.tsv` from dnstwist itself, `shapes.tsv` from our
/// generators; both committed, regenerated by `tools/corpus/*.py`) against their expected-misses
/// ledger `tests/corpus/generated_expected_misses.txt`: an unexpected miss or catch fails. Each
/// line's half is checked against the hash, and each half must stay at 95 % or more.
#[test]
fn generated_corpora_against_ledger() {
    let engine = Engine::new(Settings::default()).expect("default settings");
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/corpus/");
    let mut misses = BTreeSet::new();
    let mut n = 0;
    for file in ["dnstwist.tsv", "shapes.tsv"] {
        let text = fs::read_to_string(format!("{dir}{file}")).expect("generated corpus");
        // (half, kind) → (total, caught)
        let mut per: std::collections::BTreeMap<(String, String), (usize, usize)> =
            std::collections::BTreeMap::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            assert_eq!(f.len(), 4, "{file}: {line}");
            let want = if held_back(f[2]) {
                "held-back"
            } else {
                "tuning"
            };
            assert_eq!(f[0], want, "{file}: split of {}", f[2]);
            n += 1;
            let caught = engine.check_url(f[2]).verdict == VerdictKind::Lookalike;
            if !caught {
                misses.insert(format!("{file}\t{}\t{}", f[1], f[2]));
            }
            let e = per.entry((f[0].to_string(), f[1].to_string())).or_default();
            e.0 += 1;
            e.1 += usize::from(caught);
        }
        for half in ["tuning", "held-back"] {
            let (t, c) = per
                .iter()
                .filter(|((h, _), _)| h == half)
                .fold((0, 0), |(t, c), (_, (a, b))| (t + a, c + b));
            println!("{file} {half}: {c}/{t} caught");
            assert!(
                c * 100 >= t * 95,
                "{file} {half}: {c}/{t} caught, below 95 %"
            );
        }
    }
    let ledger_path = format!("{dir}generated_expected_misses.txt");
    if std::env::var("OMAMORI_BLESS").is_ok() {
        let text: String = misses.iter().map(|u| format!("{u}\n")).collect();
        fs::write(&ledger_path, format!("# Generated-corpus lines the engine does not catch (tests/corpus.rs): file, kind, host.\n{text}")).unwrap();
    }
    let ledger: BTreeSet<String> = fs::read_to_string(&ledger_path)
        .unwrap_or_default()
        .lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(str::to_string)
        .collect();
    let unexpected: Vec<_> = misses.difference(&ledger).collect();
    let stale: Vec<_> = ledger.difference(&misses).collect();
    assert!(n > 5000, "generated corpora too small: {n}");
    assert!(unexpected.is_empty(), "new misses:\n{unexpected:#?}");
    assert!(stale.is_empty(), "ledger entries now caught:\n{stale:#?}");
}
