//! The core assertions of `tests/lookalike.rs` (the cases of `tests/cases/urls.txt`), run inside WebAssembly (`wasm-pack test --node`)
//! through the exported JS API (`api::Engine`), so the WASM build is held to the same table.
#![cfg(target_arch = "wasm32")]

mod cases;

use cases::Case;
use omamori::api::Engine;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).expect("object field")
}

fn first_reason(v: &JsValue, key: &str) -> Option<String> {
    let reasons = js_sys::Array::from(&get(v, "reasons"));
    if reasons.length() == 0 {
        return None;
    }
    get(&reasons.get(0), key).as_string()
}

fn check_table(table: &[Case]) {
    let engine = Engine::new(JsValue::UNDEFINED).expect("engine builds");
    assert!(!table.is_empty(), "an empty table tests nothing");
    for c in table {
        let url = &c.url;
        let v = engine.check_url(url).expect("checkUrl returns a verdict");
        assert_eq!(
            get(&v, "verdict").as_string().as_deref(),
            Some(c.verdict.as_str()),
            "{url}"
        );
        assert_eq!(get(&v, "retailer").as_string(), c.retailer, "{url}");
        assert_eq!(first_reason(&v, "kind"), c.kind, "{url}");
        if c.variant.is_some() {
            assert_eq!(first_reason(&v, "variant"), c.variant, "{url}");
        }
    }
}

#[wasm_bindgen_test]
fn official_sites() {
    check_table(&cases::load().official);
}

#[wasm_bindgen_test]
fn lookalikes() {
    check_table(&cases::load().lookalike);
}

#[wasm_bindgen_test]
fn legitimate_domains_dont_trigger() {
    check_table(&cases::load().legitimate);
}

#[wasm_bindgen_test]
fn malformed_input_is_invalid_not_a_crash() {
    let engine = Engine::new(JsValue::UNDEFINED).expect("engine builds");
    for input in &cases::load().invalid {
        let v = engine
            .check_url(input)
            .expect("a verdict, not an exception");
        assert_eq!(
            get(&v, "verdict").as_string().as_deref(),
            Some("invalid"),
            "{input:?}"
        );
        assert!(get(&v, "error").as_string().is_some_and(|e| !e.is_empty()));
    }
}

#[wasm_bindgen_test]
fn malformed_settings_and_page_input_are_errors() {
    let bad = js_sys::JSON::parse(r#"{"sensitivity":"loud"}"#).unwrap();
    assert!(Engine::new(bad).is_err());
    let engine = Engine::new(JsValue::NULL).expect("null settings mean defaults");
    assert!(engine.check_page(JsValue::from_f64(3.0)).is_err());
    let page = js_sys::JSON::parse(r#"{"url":"https://amazon-login.example/","signals":{"title":"x","fields":{"password":1}}}"#).unwrap();
    let v = engine.check_page(page).expect("page verdict");
    assert_eq!(get(&v, "verdict").as_string().as_deref(), Some("lookalike"));
    let list = js_sys::Array::from(&engine.retailers().unwrap());
    assert!(list.length() >= 25);
}

/// `checkUrlCompact` read with `compactLayout()` (as the JS decoder in docs/api.md does) says what
/// `checkUrl` says, and `reasons(url)` is the verdict's reasons, for every table case.
#[wasm_bindgen_test]
fn compact_answer_matches_the_full_verdict() {
    let engine = Engine::new(JsValue::UNDEFINED).expect("engine builds");
    let layout = engine.compact_layout().expect("layout");
    let fields = get(&layout, "fields");
    let list = |key: &str| js_sys::Array::from(&get(&layout, key));
    let cases = cases::load();
    for c in cases
        .official
        .iter()
        .chain(&cases.lookalike)
        .chain(&cases.legitimate)
    {
        let url = c.url.as_str();
        let n = engine.check_url_compact(url);
        let code = |field: &str| {
            let f = get(&fields, field);
            let shift = get(&f, "shift").as_f64().expect("shift") as u32;
            let bits = get(&f, "bits").as_f64().expect("bits") as u32;
            (n >> shift) & ((1 << bits) - 1)
        };
        let optional = |key: &str, c: u32| match c {
            0 => None,
            c => list(key).get(c - 1).as_string(),
        };
        let full = engine.check_url(url).expect("checkUrl");
        assert_eq!(
            list("verdicts").get(code("verdict")).as_string(),
            get(&full, "verdict").as_string(),
            "{url}"
        );
        assert_eq!(
            optional("retailers", code("retailer")),
            get(&full, "retailer").as_string(),
            "{url}"
        );
        assert_eq!(
            optional("severities", code("severity")),
            get(&full, "severity").as_string(),
            "{url}"
        );
        let reasons = js_sys::Array::from(&engine.reasons(url).expect("reasons"));
        let full_reasons = js_sys::Array::from(&get(&full, "reasons"));
        assert_eq!(reasons.length(), full_reasons.length(), "{url}");
    }
}
