//! Measures the engine on the evaluation data in `../shared/data` (not shipped with the project):
//!
//! ```text
//! cargo run --release --example measure -- ../shared/data
//! ```
//!
//! Prints recall on the JPCERT retailer phishing URLs (overall, and on URLs whose host carries a
//! brand sign), the lookalike verdicts on the Tranco top 100,000 (each listed), and whether every
//! real retailer sign-in URL in `legit_login_urls.csv` is recognised as official.

// A native measuring tool: std's case mapping is fine here (clippy.toml bans it for the WASM's size).
#![allow(clippy::disallowed_methods)]

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::time::Instant;

use omamori::verdict::VerdictKind;
use omamori::{Engine, Settings};

#[path = "common/mod.rs"]
mod common;
use common::fields;

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "../shared/data".into());
    let dir = Path::new(&dir);
    let engine = Engine::new(Settings::default()).expect("default settings are valid");
    let show_misses = std::env::var("SHOW_MISSES").is_ok();

    // Phishing recall.
    for file in [
        "jpcert_retail_phish_older.csv",
        "jpcert_adjacent_phish_older.csv",
    ] {
        let Ok(text) = fs::read_to_string(dir.join(file)) else {
            eprintln!("skip {file}: not found");
            continue;
        };
        let mut per_brand: BTreeMap<String, (u32, u32)> = BTreeMap::new();
        let (mut total, mut hit, mut branded, mut branded_hit, mut invalid) = (0, 0, 0, 0, 0);
        let mut sev: BTreeMap<String, u32> = BTreeMap::new();
        for line in text.lines().skip(1) {
            let f = fields(line);
            if f.len() < 3 {
                continue;
            }
            let (url, brand) = (&f[1], &f[2]);
            let v = engine.check_url(url);
            total += 1;
            let is_hit = v.verdict == VerdictKind::Lookalike;
            if v.verdict == VerdictKind::Invalid {
                invalid += 1;
            }
            let host = v.host.clone().unwrap_or_default().to_lowercase();
            let brand_sign = [
                "amazon",
                "amzn",
                "rakuten",
                "mercari",
                "yahoo",
                "yodobashi",
                "biccamera",
                "apple",
                "icloud",
                "paypal",
                "paypay",
                "mitsukoshi",
                "isetan",
                "uniqlo",
                "zozo",
                "au-",
                "aupay",
            ]
            .iter()
            .any(|b| host.contains(b) || url.to_lowercase().contains(&format!("{b}.")));
            if brand_sign {
                branded += 1;
                if is_hit {
                    branded_hit += 1;
                } else if show_misses {
                    println!("MISS {brand}: {url}");
                }
            }
            if is_hit {
                hit += 1;
                *sev.entry(format!("{:?}", v.severity)).or_default() += 1;
            }
            let e = per_brand.entry(brand.clone()).or_default();
            e.0 += 1;
            e.1 += u32::from(is_hit);
        }
        println!("== {file}: {total} URLs, {invalid} invalid");
        println!(
            "   lookalike verdicts: {hit} ({:.1}%); severities {sev:?}",
            100.0 * hit as f64 / total as f64
        );
        println!(
            "   URLs with a brand sign in host/URL: {branded}; caught {branded_hit} ({:.1}%)",
            100.0 * branded_hit as f64 / branded.max(1) as f64
        );
        let mut top: Vec<_> = per_brand.into_iter().collect();
        top.sort_by_key(|e| std::cmp::Reverse(e.1 .0));
        for (b, (n, h)) in top.iter().take(8) {
            println!("   {b}: {h}/{n}");
        }
    }

    // Tranco false positives.
    if let Ok(text) = fs::read_to_string(dir.join("tranco_top100k.csv")) {
        let t0 = Instant::now();
        let mut n = 0;
        let mut flagged = Vec::new();
        let mut official = 0;
        let mut times = Vec::with_capacity(100_000);
        for line in text.lines().skip(1) {
            let Some((rank, domain)) = line.split_once(',') else {
                continue;
            };
            n += 1;
            let t = Instant::now();
            let v = engine.check_url(domain);
            times.push(t.elapsed().as_nanos());
            match v.verdict {
                VerdictKind::Lookalike => flagged.push(format!(
                    "{rank:>6} {domain:<32} {} {:?} {:?}",
                    v.retailer.unwrap_or_default(),
                    v.severity,
                    v.reasons
                        .iter()
                        .map(|r| format!(
                            "{}{}",
                            r.kind.as_str(),
                            r.variant.map(|x| format!("/{x}")).unwrap_or_default()
                        ))
                        .collect::<Vec<_>>()
                )),
                VerdictKind::Official => official += 1,
                _ => {}
            }
        }
        times.sort_unstable();
        let q = |p: f64| {
            times[((times.len() as f64 * p) as usize).min(times.len() - 1)] as f64 / 1000.0
        };
        println!(
            "   check_url per domain: median {:.2} µs, p99 {:.2} µs",
            q(0.5),
            q(0.99)
        );
        println!(
            "== tranco_top100k.csv: {n} domains in {:?}; official {official}; lookalike {}",
            t0.elapsed(),
            flagged.len()
        );
        for f in &flagged {
            println!("   {f}");
        }
    }

    // Legitimate sign-in URLs.
    if let Ok(text) = fs::read_to_string(dir.join("legit_login_urls.csv")) {
        let (mut n, mut ok) = (0, 0);
        for line in text.lines().skip(1) {
            let f = fields(line);
            let v = engine.check_url(&f[0]);
            n += 1;
            if v.verdict == VerdictKind::Official {
                ok += 1;
            } else {
                println!(
                    "   not official: {} ({}) -> {:?} {:?}",
                    f[0].chars().take(80).collect::<String>(),
                    f[1],
                    v.verdict,
                    v.retailer
                );
            }
        }
        println!("== legit_login_urls.csv: {ok}/{n} official");
    }
}
