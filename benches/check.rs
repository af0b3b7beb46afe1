//! Criterion benchmark of `Engine::check_url` per URL with the full catalog, and of building the
//! engine. Run by hand: `cargo bench --bench check`.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use omamori::{Engine, Settings};

/// A mix like real traffic: official pages, unrelated sites, and lookalikes of several shapes.
const URLS: &[&str] = &[
    "https://www.amazon.co.jp/ap/signin?openid.return_to=https%3A%2F%2Fwww.amazon.co.jp%2F",
    "https://www.google.com/search?q=omamori",
    "https://news.yahoo.co.jp/articles/abc",
    "https://ja.wikipedia.org/wiki/%E3%81%8A%E5%AE%88%E3%82%8A",
    "https://amzon.co.jp/",
    "https://www.amazon.co.jp.example.top/ap/signin",
    "https://secure-rakuten.net/login",
    "https://xn--mazon-3ve.co.jp/",
    "https://hgfxc.bduxfks.cn/",
    "https://shop.example.com/products/42?ref=abc",
];

fn bench(c: &mut Criterion) {
    let engine = Engine::new(Settings::default()).expect("default settings");
    c.bench_function("engine_new", |b| {
        b.iter(|| Engine::new(black_box(Settings::default())))
    });
    c.bench_function("check_url_mix", |b| {
        let mut i = 0;
        b.iter(|| {
            i = (i + 1) % URLS.len();
            engine.check_url(black_box(URLS[i]))
        })
    });
    for (name, url) in [
        ("official", URLS[0]),
        ("unrelated", URLS[1]),
        ("embedding", URLS[5]),
    ] {
        c.bench_function(&format!("check_url_{name}"), |b| {
            b.iter(|| engine.check_url(black_box(url)))
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
