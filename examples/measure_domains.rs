//! Lookalike measurements, each corpus split into a tuning half and a held-back half (lowest bit of
//! FNV-1a 64 of the URL or domain; `tools/corpus/split.py` computes the same):
//!
//! ```text
//! cargo run --release --example measure_domains -- ../shared/data [tuning|held-back|both]
//! ```
//!
//! - generated corpora (`tests/corpus/*.tsv`: dnstwist's fuzzers and ours): caught per kind;
//! - JPCERT phishing URLs (`jpcert_*_phish_older.csv`): recall on URLs whose host names a catalog
//!   brand (a brand token of four letters or more in the host);
//! - popular lists (Tranco top 100k registrable domains, Majestic top 15k): lookalike verdicts by
//!   severity, medium/high ones listed;
//! - `legit_login_urls.csv`: retailer sign-in URLs that are not official.
//!
//! Misses are printed for the tuning half only (`SHOW_MISSES=1`): the held-back half is for
//! reporting, never for tuning.

// A native measuring tool: std's case mapping is fine here (clippy.toml bans it for the WASM's size).
#![allow(clippy::disallowed_methods)]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use omamori::catalog::builtin_retailers;
use omamori::verdict::{Severity, VerdictKind};
use omamori::{Engine, Settings};

fn fnv1a64(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

fn half(s: &str) -> &'static str {
    if fnv1a64(s) & 1 == 1 {
        "held-back"
    } else {
        "tuning"
    }
}

#[path = "common/mod.rs"]
mod common;
use common::fields;

fn pct(a: usize, b: usize) -> f64 {
    100.0 * a as f64 / b.max(1) as f64
}

fn generated(engine: &Engine, show: bool) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    for file in ["dnstwist.tsv", "shapes.tsv"] {
        let Ok(text) = fs::read_to_string(dir.join(file)) else {
            continue;
        };
        // (half, kind) → (total, caught)
        let mut per: BTreeMap<(String, String), (usize, usize)> = BTreeMap::new();
        for line in text.lines().filter(|l| !l.starts_with('#')) {
            let f: Vec<&str> = line.split('\t').collect();
            if f.len() < 3 {
                continue;
            }
            let v = engine.check_url(f[2]);
            let caught = v.verdict == VerdictKind::Lookalike;
            let e = per.entry((f[0].to_string(), f[1].to_string())).or_default();
            e.0 += 1;
            e.1 += usize::from(caught);
            if show && !caught && f[0] == "tuning" {
                println!("   MISS {} {}: {:?}", f[1], f[2], v.verdict);
            }
        }
        println!("== {file}");
        for h in ["tuning", "held-back"] {
            let (mut t, mut c) = (0, 0);
            let mut line = String::new();
            for ((hh, kind), (n, k)) in &per {
                if hh == h {
                    t += n;
                    c += k;
                    line.push_str(&format!(" {kind} {:.1}% ({k}/{n});", pct(*k, *n)));
                }
            }
            println!("   {h}: {:.1}% ({c}/{t}):{line}", pct(c, t));
        }
    }
}

/// All URLs, caught, URLs whose host names a brand, those caught, their severities.
type HalfCounts = (usize, usize, usize, usize, BTreeMap<String, usize>);

fn phishing(engine: &Engine, dir: &Path, show: bool) {
    let tokens: Vec<&str> = builtin_retailers()
        .iter()
        .flat_map(|r| r.brand_tokens.iter().copied())
        .filter(|t| t.len() >= 4)
        .collect();
    for file in [
        "jpcert_retail_phish_older.csv",
        "jpcert_adjacent_phish_older.csv",
    ] {
        let Ok(text) = fs::read_to_string(dir.join(file)) else {
            continue;
        };
        // half → (all, all caught, branded, branded caught, severities of caught branded)
        let mut per: BTreeMap<&str, HalfCounts> = BTreeMap::new();
        for line in text.lines().skip(1) {
            let f = fields(line);
            if f.len() < 3 {
                continue;
            }
            let url = &f[1];
            let h = half(url);
            let v = engine.check_url(url);
            let caught = v.verdict == VerdictKind::Lookalike;
            let host = v.host.clone().unwrap_or_default().to_lowercase();
            let branded = tokens.iter().any(|t| host.contains(t));
            let e = per.entry(h).or_default();
            e.0 += 1;
            e.1 += usize::from(caught);
            if branded {
                e.2 += 1;
                e.3 += usize::from(caught);
                if caught {
                    *e.4.entry(format!("{:?}", v.severity)).or_default() += 1;
                } else if show && h == "tuning" {
                    println!("   MISS {}: {url} {:?}", f[2], v.verdict);
                }
            }
        }
        println!("== {file}");
        for (h, (n, c, b, bc, sev)) in per {
            println!(
                "   {h}: all {:.1}% ({c}/{n}); host names a brand {:.1}% ({bc}/{b}); severities {sev:?}",
                pct(c, n),
                pct(bc, b)
            );
        }
    }
}

fn popular(engine: &Engine, dir: &Path, file: &str, column: usize) {
    let Ok(text) = fs::read_to_string(dir.join(file)) else {
        return;
    };
    let mut counts: BTreeMap<String, usize> = BTreeMap::new();
    let mut listed = Vec::new();
    let mut n = 0;
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split(',').collect();
        let Some(domain) = f.get(column) else {
            continue;
        };
        n += 1;
        let v = engine.check_url(domain);
        if v.verdict == VerdictKind::Lookalike {
            let sev = v.severity.map_or("none".to_string(), |s| format!("{s:?}"));
            *counts.entry(sev.clone()).or_default() += 1;
            let shown = std::env::var("SHOW_LOW").is_ok() || v.severity != Some(Severity::Low);
            if shown {
                listed.push(format!(
                    "{domain} {sev} {} {:?}",
                    v.retailer.unwrap_or_default(),
                    v.reasons
                        .iter()
                        .map(|r| format!(
                            "{}{}",
                            r.kind.as_str(),
                            r.variant.map(|x| format!("/{x}")).unwrap_or_default()
                        ))
                        .collect::<Vec<_>>()
                ));
            }
        }
    }
    println!("== {file}: {n} domains; lookalike by severity {counts:?}");
    for l in listed {
        println!("   {l}");
    }
}

fn legit(engine: &Engine, dir: &Path) {
    let Ok(text) = fs::read_to_string(dir.join("legit_login_urls.csv")) else {
        return;
    };
    let (mut n, mut ok) = (0, 0);
    for line in text.lines().skip(1) {
        let f = fields(line);
        n += 1;
        let v = engine.check_url(&f[0]);
        if v.verdict == VerdictKind::Official {
            ok += 1;
        } else {
            println!(
                "   not official: {} ({}) -> {:?}",
                f[0].chars().take(70).collect::<String>(),
                f[1],
                v.verdict
            );
        }
    }
    println!("== legit_login_urls.csv: {ok}/{n} official");
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data".into());
    let dir = Path::new(&dir);
    let engine = Engine::new(Settings::default()).expect("default settings are valid");
    let show = std::env::var("SHOW_MISSES").is_ok();
    generated(&engine, show);
    phishing(&engine, dir, show);
    popular(&engine, dir, "tranco_top100k.csv", 1);
    popular(&engine, dir, "majestic_million_top15k.csv", 1);
    legit(&engine, dir);
}
