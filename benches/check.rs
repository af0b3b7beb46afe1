//! Criterion benchmark of `Engine::check_url` per URL with the full catalog, and of building the
//! engine. Run by hand: `cargo bench --bench check`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use omamori::{Engine, Settings};

/// The URL mix (`benches/urls.txt`, shared with `tools/bench-wasm.mjs`): (URL, optional name).
fn urls() -> Vec<(&'static str, Option<&'static str>)> {
    include_str!("urls.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let mut cols = l.split_whitespace();
            (cols.next().unwrap_or_default(), cols.next())
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let engine = Engine::new(Settings::default()).expect("default settings");
    let urls = urls();
    c.bench_function("engine_new", |b| {
        b.iter(|| Engine::new(black_box(Settings::default())))
    });
    c.bench_function("check_url_mix", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % urls.len();
            engine.check_url(black_box(urls[i].0))
        })
    });
    for (url, name) in urls.iter().filter_map(|(u, n)| Some((*u, (*n)?))) {
        c.bench_function(&format!("check_url_{name}"), |b| {
            b.iter(|| engine.check_url(black_box(url)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
