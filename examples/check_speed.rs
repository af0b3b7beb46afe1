//! Native time per URL of the navigation check, full verdict and compact answer, on a file of URLs
//! (one per line; e.g. the peer benchmark's mix). Run by hand, for profiling (`perf record`):
//!
//! ```text
//! cargo run --release --example check_speed -- URLS.txt [ROUNDS]
//! cargo run --release --example check_speed -- --agree FILE…
//! cargo run --release --example check_speed -- --dump FILE… > verdicts.tsv
//! cargo build --release --example check_speed &&
//!   valgrind --tool=callgrind --collect-atstart=no --toggle-collect='check_speed::counted' \
//!   target/release/examples/check_speed --count benches/urls.txt 10000
//! ```
//!
//! `--count-compact` counts `check_url_compact` instead (toggle `check_speed::counted_compact`).
//!
//! Times are CPU time of the thread (`/proc/thread-self/schedstat`, Linux), so a busy machine does
//! not inflate them; elsewhere, wall time.
//!
//! `--agree`: the compact answer must equal the packed full verdict on every line of the files
//! (tests/compact.rs does the same on the committed corpora, in CI): a URL, or a CSV line whose
//! field holds a URL or a domain (`../shared/data/tranco_top100k.csv`, the JPCERT lists).

use std::time::Instant;

use omamori::{Engine, Settings};

fn read(file: &str) -> String {
    std::fs::read_to_string(file).unwrap_or_else(|e| {
        eprintln!("{file}: {e}");
        std::process::exit(2);
    })
}

/// The URL a line names (fields split at commas and tabs): a field with `://`, else a dotted field
/// as `https://{field}/`.
fn url_of(line: &str) -> Option<String> {
    let fields: Vec<&str> = line.split([',', '\t']).map(str::trim).collect();
    if let Some(u) = fields.iter().find(|f| f.contains("://")) {
        return Some((*u).to_string());
    }
    let d = fields
        .iter()
        .find(|f| f.contains('.') && !f.contains(' ') && !f.contains(':'))?;
    Some(format!("https://{d}/"))
}

/// The URLs of a benchmark list: the first column of each line, `#` comments and blank lines skipped.
fn url_lines(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.split_whitespace().next())
        .filter(|u| !u.starts_with('#'))
        .collect()
}

/// `--dump`: one line per URL, the compact answer and the full verdict as JSON, so that two builds
/// can be diffed (a speed change must not change a single verdict).
fn dump(engine: &Engine, files: &[String]) {
    use std::io::Write;
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for file in files {
        for url in read(file).lines().filter_map(url_of) {
            let verdict = serde_json::to_string(&engine.check_url(&url)).expect("verdict JSON");
            let compact = engine.check_url_compact(&url);
            writeln!(out, "{url}\t{compact:#x}\t{verdict}").expect("stdout");
        }
    }
}

/// `--count`: `calls` full checks cycling over the URLs, and nothing else, for an instruction count
/// (callgrind collects inside this function only; instructions per check = total / calls).
#[inline(never)]
fn counted(engine: &Engine, urls: &[&str], calls: usize) -> usize {
    let mut sum = 0usize;
    for u in urls.iter().cycle().take(calls) {
        sum = sum.wrapping_add(engine.check_url(u).reasons.len());
    }
    sum
}

/// `--count-compact`: the same for the navigation hot path's compact answer
/// (`--toggle-collect='check_speed::counted_compact'`).
#[inline(never)]
fn counted_compact(engine: &Engine, urls: &[&str], calls: usize) -> usize {
    let mut sum = 0usize;
    for u in urls.iter().cycle().take(calls) {
        sum = sum.wrapping_add(engine.check_url_compact(u) as usize);
    }
    sum
}

/// Nanoseconds this thread has run on a CPU (Linux), else since an arbitrary start.
fn cpu_ns(start: Instant) -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or_else(|| start.elapsed().as_nanos() as u64)
}

fn agree(engine: &Engine, files: &[String]) {
    let (mut n, mut bad) = (0usize, 0usize);
    for file in files {
        for url in read(file).lines().filter_map(url_of) {
            n += 1;
            let (compact, full) = (
                engine.check_url_compact(&url),
                engine.pack(&engine.check_url(&url)),
            );
            if compact != full {
                bad += 1;
                eprintln!("differs: {url}: compact {compact:#x}, full {full:#x}");
            }
        }
    }
    println!("{n} URLs, {bad} differ");
    if bad > 0 {
        std::process::exit(1);
    }
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let engine = Engine::new(Settings::default()).expect("default settings");
    if args.first().map(String::as_str) == Some("--agree") {
        return agree(&engine, &args[1..]);
    }
    if args.first().map(String::as_str) == Some("--dump") {
        return dump(&engine, &args[1..]);
    }
    let count = args.first().map(String::as_str);
    if count == Some("--count") || count == Some("--count-compact") {
        let text = read(args.get(1).map_or("benches/urls.txt", String::as_str));
        let urls = url_lines(&text);
        let calls: usize = args.get(2).and_then(|c| c.parse().ok()).unwrap_or(10_000);
        let sum = if count == Some("--count") {
            counted(&engine, &urls, calls)
        } else {
            counted_compact(&engine, &urls, calls)
        };
        println!("{calls} checks over {} URLs (checksum {sum})", urls.len());
        return;
    }
    let Some(file) = args.first() else {
        eprintln!(
            "usage: check_speed URLS.txt [ROUNDS] | --agree FILE… | --dump FILE… | --count[-compact] URLS.txt [CALLS]"
        );
        std::process::exit(2);
    };
    let rounds: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let text = read(file);
    let urls = url_lines(&text);
    let time = |name: &str, f: &dyn Fn(&str) -> u32| {
        let start = Instant::now();
        let mut best = u64::MAX;
        let mut sum = 0u64;
        for _ in 0..rounds {
            let t0 = cpu_ns(start);
            for u in &urls {
                sum = sum.wrapping_add(u64::from(f(u)));
            }
            best = best.min(cpu_ns(start) - t0);
        }
        println!(
            "{name:<28} {:>8.3} µs/URL (CPU, best of {rounds} rounds over {} URLs; checksum {sum})",
            best as f64 / 1e3 / urls.len() as f64,
            urls.len()
        );
    };
    time("check_url", &|u| engine.check_url(u).actions.len() as u32);
    time("check_url_compact", &|u| engine.check_url_compact(u));
}
