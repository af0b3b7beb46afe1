//! Fuzzes `Engine::check_url` and `check_page` with arbitrary bytes: any input must give a verdict
//! that serializes, never a panic. Run: `cargo +nightly fuzz run check -- -max_total_time=600`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use omamori::{Engine, PageSignals, Settings};
use std::sync::OnceLock;

static ENGINE: OnceLock<Engine> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let engine = ENGINE.get_or_init(|| Engine::new(Settings::default()).expect("default settings"));
    let text = String::from_utf8_lossy(data);
    let v = engine.check_url(&text);
    serde_json::to_string(&v).expect("verdict serializes");
    if let Ok(signals) = serde_json::from_slice::<PageSignals>(data) {
        let v = engine.check_page("https://fuzz.example/", signals);
        serde_json::to_string(&v).expect("verdict serializes");
    }
    let signals = PageSignals { title: text.to_string(), text: text.to_string(), signin_form: true, ..Default::default() };
    let _ = engine.check_page(&text, signals);
});
