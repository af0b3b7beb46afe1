//! The navigation hot path (`Engine::check_url_compact`) packs the pipeline's decision without
//! building the verdict; it must answer exactly what packing the full `check_url` verdict answers,
//! on every committed corpus (tests/cases, tests/corpus), in several URL shapes, under several
//! settings. A new path through the classifier that the compact answer misses fails here.
//! (`cargo run --release --example check_speed -- --agree FILE…` runs the same comparison on the
//! shared Tranco/JPCERT lists, by hand.)

#[allow(dead_code)] // only the inputs of the case table are used here
mod cases;

use omamori::{Engine, Settings};

const DNSTWIST: &str = include_str!("corpus/dnstwist.tsv");
const SHAPES: &str = include_str!("corpus/shapes.tsv");
const BENIGN: &str = include_str!("corpus/benign.txt");
const MISSES: &str = include_str!("corpus/expected_misses.txt");
const GENERATED_MISSES: &str = include_str!("corpus/generated_expected_misses.txt");

/// Hosts of a corpus file: the column that holds a dotted name (TSV lines), or the line itself.
fn hosts(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| {
            let col = l.split('\t').find(|c| c.contains('.') && !c.contains(' '));
            col.map(|c| c.trim().to_string())
        })
        .collect()
}

/// Every input: the case table as written (invalid inputs included) and each corpus host in the
/// shapes a navigation has (scheme, `www.`, paths that count for the page kind, a port, a
/// trailing dot, upper case, userinfo).
#[allow(clippy::disallowed_methods)] // test input built natively: the WASM's case tables are not at stake
fn inputs() -> Vec<String> {
    let table = cases::load();
    let mut out: Vec<String> = table
        .official
        .iter()
        .chain(&table.lookalike)
        .chain(&table.legitimate)
        .map(|c| c.url.clone())
        .chain(table.invalid.iter().cloned())
        .collect();
    let mut all_hosts = Vec::new();
    for text in [DNSTWIST, SHAPES, BENIGN, GENERATED_MISSES] {
        all_hosts.extend(hosts(text));
    }
    for line in MISSES
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        out.push(line.trim().to_string());
    }
    for h in &all_hosts {
        out.push(format!("https://{h}/"));
    }
    for (i, h) in all_hosts.iter().enumerate() {
        // The other shapes on a spread of hosts (all of them would only repeat the same work).
        if i % 7 != 0 {
            continue;
        }
        out.extend([
            format!("http://www.{h}/ap/signin"),
            format!("https://{h}:8443/account/settings?x=1"),
            format!("https://{}./login", h.to_uppercase()),
            format!("https://amazon.co.jp@{h}/"),
            format!("{h}/signin"),
        ]);
    }
    out
}

fn engines() -> Vec<(&'static str, Engine)> {
    let high: Settings =
        serde_json::from_str(r#"{"sensitivity":"high"}"#).expect("high sensitivity");
    let low: Settings = serde_json::from_str(r#"{"sensitivity":"low"}"#).expect("low sensitivity");
    let own = Settings {
        user_sites: vec!["mybank.co.jp".into(), "shop-example.jp".into()],
        trusted_domains: vec!["amazon-login.example".into(), "amaz0n.co.jp".into()],
        ..Settings::default()
    };
    [
        ("default", Settings::default()),
        ("high", high),
        ("low", low),
        ("user sites + trusted", own),
    ]
    .into_iter()
    .map(|(name, s)| (name, Engine::new(s).expect("valid settings")))
    .collect()
}

#[test]
fn compact_answer_equals_the_packed_full_verdict_on_every_corpus() {
    let inputs = inputs();
    assert!(inputs.len() > 10_000, "corpora missing: {}", inputs.len());
    for (name, engine) in engines() {
        let layout = engine.compact_layout();
        let mut lookalikes = 0;
        for url in &inputs {
            let full = engine.check_url(url);
            let compact = engine.check_url_compact(url);
            assert_eq!(
                compact,
                engine.pack(&full),
                "{name}: {url}: compact {:?} vs full {:?}",
                layout.decode(compact),
                layout.decode(engine.pack(&full))
            );
            lookalikes += usize::from(full.verdict == omamori::verdict::VerdictKind::Lookalike);
        }
        // The comparison covered every kind of answer, not only `unrelated`.
        assert!(
            lookalikes > inputs.len() / 2,
            "{name}: {lookalikes} lookalikes"
        );
    }
}

#[test]
fn user_sites_and_trust_reach_the_compact_answer() {
    let (_, engine) = engines().pop().expect("engines");
    let layout = engine.compact_layout();
    for (url, verdict, retailer, trusted) in [
        (
            "https://mybank.co.jp/",
            "official",
            Some("user:mybank.co.jp"),
            false,
        ),
        (
            "https://mybamk.co.jp/",
            "lookalike",
            Some("user:mybank.co.jp"),
            false,
        ),
        ("https://amaz0n.co.jp/", "lookalike", Some("amazon"), true),
        ("https://example.org/", "unrelated", None, false),
        ("mailto:a@b.c", "invalid", None, false),
    ] {
        let d = layout.decode(engine.check_url_compact(url));
        assert_eq!(d.verdict, verdict, "{url}");
        assert_eq!(d.retailer.as_deref(), retailer, "{url}");
        assert_eq!(d.trusted, trusted, "{url}");
    }
}
