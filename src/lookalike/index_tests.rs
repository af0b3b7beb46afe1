//! The brand index is exact: on generated labels (brand tokens with typos, look-alike swaps,
//! `es` inserted, glued words and suffix letters, hyphens, Cyrillic letters) and the committed
//! corpus domains, the per-brand heuristics report the same findings over [`candidates`] as over
//! the index's earlier length-bucket pass (`old_candidates`, which scanned every brand of a near
//! length) and, on a sample, as over every brand of the catalog.

use super::*;
use crate::catalog::Catalog;

/// The per-brand heuristics of [`find_all`] over `brands` (catalog order).
fn per_brand(info: &DomainInfo, catalog: &Catalog, brands: &[usize]) -> Vec<Finding> {
    let parts = Parts::with_skeleton(info.brand_label(), Some(&info.brand_skeleton));
    let skels = skeletons_of(info.brand_label(), info.brand_skeleton.clone());
    let mut out = Vec::new();
    for brand in brands.iter().map(|&i| &catalog.brands()[i]) {
        let slip = Slip::new();
        homoglyph::check(info, brand, catalog, &skels, &slip, &mut out);
        typosquat::check(info, brand, catalog, &slip, &mut out);
        combosquat::check(info, brand, catalog, &parts, &mut out);
    }
    out
}

/// [`candidates`] as it was before the unpaired-letter key: every near-length brand.
fn old_candidates(info: &DomainInfo, parts: &Parts<'_>, skels: &[String], c: &Catalog) -> BrandSet {
    let index = c.index();
    let mut set = index.empty();
    let label = info.brand_label();
    for skel in skels {
        index.add_skeleton(&mut set, skel);
        index.add_near_skeleton(&mut set, skel, visual::NEAR);
    }
    index.add_typo(&mut set, label);
    if let Some(last) = info.subdomain_labels().next_back() {
        index.add_len(
            &mut set,
            last.len() + label.len(),
            last.bytes().next(),
            None,
        );
    }
    for (part, part_skel) in parts.parts() {
        if part.len() < label.len() {
            index.add_skeleton(&mut set, part_skel);
            index.add_typo(&mut set, part);
        }
        index.add_contained(&mut set, part);
    }
    set
}

/// A small seeded PRNG (xorshift64*).
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_f491_4f6c_dd1d) % n as u64) as usize
    }
}

const SWAPS: &[(&str, &str)] = &[
    ("m", "rn"),
    ("m", "n"),
    ("n", "r"),
    ("o", "0"),
    ("l", "1"),
    ("i", "l"),
    ("e", "c"),
    ("b", "d"),
    ("u", "v"),
    ("w", "vv"),
    ("g", "q"),
    ("a", "\u{0430}"),
    ("o", "\u{043e}"),
    ("e", "\u{0435}"),
    ("p", "\u{0440}"),
    ("c", "\u{0441}"),
    ("a", "\u{e1}"),
];
const WORDS: &[&str] = &[
    "login", "jp", "co", "es", "secure", "shop", "-", "x", "ne", "support",
];
const SUFFIXES: &[&str] = &[
    "com", "co.jp", "jp", "top", "net", "web.app", "com.au", "de",
];

/// One generated label: a brand token (or random letters) with a few edits.
fn label(r: &mut Rng, tokens: &[&str]) -> String {
    let mut s: Vec<char> = if r.below(6) == 0 {
        (0..2 + r.below(12))
            .map(|_| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789-"[r.below(37)]))
            .collect()
    } else {
        tokens[r.below(tokens.len())].chars().collect()
    };
    for _ in 0..r.below(4) {
        let i = r.below(s.len() + 1);
        match r.below(6) {
            0 if i < s.len() => {
                s.remove(i);
            }
            1 => s.insert(i, char::from(b'a' + r.below(26) as u8)),
            2 if i + 1 < s.len() => s.swap(i, i + 1),
            3 => {
                let (from, to) = SWAPS[r.below(SWAPS.len())];
                let text: String = s.iter().collect();
                s = text.replacen(from, to, 1).chars().collect();
            }
            4 => s
                .splice(i..i, WORDS[r.below(WORDS.len())].chars())
                .for_each(drop),
            _ if i < s.len() => s[i] = char::from(b'a' + r.below(26) as u8),
            _ => {}
        }
    }
    s.into_iter().collect()
}

fn urls() -> Vec<String> {
    let catalog = Catalog::new(&[]);
    let tokens: Vec<&str> = catalog.brands().iter().map(|b| b.token.as_str()).collect();
    let mut r = Rng(0x1234_5678_9abc_def1);
    let mut out = Vec::new();
    for _ in 0..110_000 {
        let sub = ["", "www.", "ama.", "secure-login."][r.below(4)];
        let suffix = SUFFIXES[r.below(SUFFIXES.len())];
        out.push(format!("https://{sub}{}.{suffix}/", label(&mut r, &tokens)));
    }
    for file in ["benign.txt", "dnstwist.tsv", "shapes.tsv"] {
        let path = format!("{}/tests/corpus/{file}", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(path).expect("corpus file");
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            for field in line
                .split('\t')
                .filter(|f| f.contains('.') && !f.contains(' '))
            {
                out.push(format!("https://{field}/"));
            }
        }
    }
    out
}

#[test]
fn candidates_keep_every_finding_of_the_length_pass() {
    let catalog = Catalog::new(&[]);
    let all: Vec<usize> = (0..catalog.brands().len()).collect();
    let (mut checked, mut found, mut fewer, mut gaps) = (0, 0, 0, 0);
    for (n, url) in urls().iter().enumerate() {
        let Ok(info) = DomainInfo::parse(url) else {
            continue;
        };
        if info.ip.is_some() || info.brand_label().is_empty() {
            continue;
        }
        let parts = Parts::with_skeleton(info.brand_label(), Some(&info.brand_skeleton));
        let skels = skeletons_of(info.brand_label(), info.brand_skeleton.clone());
        let new: Vec<usize> = candidates(&info, &parts, &skels, &catalog).iter().collect();
        let old: Vec<usize> = old_candidates(&info, &parts, &skels, &catalog)
            .iter()
            .collect();
        assert!(
            new.iter().all(|i| old.contains(i)),
            "{url}: {new:?} ⊄ {old:?}"
        );
        let want = per_brand(&info, &catalog, &old);
        assert_eq!(per_brand(&info, &catalog, &new), want, "{url}");
        if n % 50 == 0 {
            // Every brand of the catalog: the same, but for two gaps the length pass already had
            // (kept: answers stay as they were): a hyphen part that is a brand with `es` inserted
            // (`niestori-net`: never near the whole label), and a look-alike swap at each end
            // (`nizuhobanlc` for `mizuhobank`: the near test wants one end in place).
            let full = per_brand(&info, &catalog, &all);
            let extra: Vec<&Finding> = full.iter().filter(|f| !want.contains(f)).collect();
            assert!(want.iter().all(|f| full.contains(f)), "{url}: full pass");
            let known = |f: &&Finding| {
                f.variant == Some("plural")
                    || f.kind == ReasonKind::Homoglyph && f.strength != Strength::Strong
            };
            assert!(extra.iter().all(known), "{url}: {extra:?}");
            gaps += extra.len();
        }
        checked += 1;
        found += usize::from(!want.is_empty());
        fewer += usize::from(new.len() < old.len());
    }
    eprintln!(
        "{checked} labels, {found} with findings, {fewer} pruned further, {gaps} full-pass gaps"
    );
    // The generated labels reach findings and prunings both (a test that cannot fail proves nothing).
    assert!(
        checked >= 100_000 && found > checked / 20 && fewer > checked / 10,
        "{checked} {found} {fewer} {gaps}"
    );
}
