//! The protected-password exports of `api.rs`, inside WebAssembly (`wasm-pack test --node`): the
//! fingerprint crosses the boundary and back, suffix matching, the rate limit's retry, errors as
//! `Error`s (never a panic), one-time codes.
#![cfg(target_arch = "wasm32")]

use omamori::api::{is_one_time_code, password_bounds, password_fingerprint, PasswordMatcher};
use wasm_bindgen::JsValue;
use wasm_bindgen_test::wasm_bindgen_test;

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).expect("object field")
}

fn indices(list: &[u32]) -> JsValue {
    let a = js_sys::Array::new();
    for i in list {
        a.push(&JsValue::from(*i));
    }
    a.into()
}

#[wasm_bindgen_test]
fn fingerprint_then_match_through_the_boundary() {
    let print = password_fingerprint("Kamome-2026-sora", &[3u8; 16]).expect("fingerprint");
    assert_eq!(get(&print, "length").as_f64(), Some(16.0));
    let hash = get(&print, "hash").as_f64().expect("hash is a number");
    assert!(hash < 2f64.powi(37));
    let list = js_sys::Array::of1(&print);
    let mut m = PasswordMatcher::new(list.into()).expect("matcher");
    let hit = m
        .check("tab-1", "me@example.jpKamome-2026-sora", indices(&[0]), 0.0)
        .expect("check");
    assert_eq!(get(&hit, "matched").as_f64(), Some(0.0));
    let miss = m
        .check("tab-1", "Kamome-2026-soro", indices(&[0]), 0.0)
        .expect("check");
    assert!(get(&miss, "matched").is_null());
    // Not applicable on this page: nothing checked.
    let none = m
        .check("tab-1", "Kamome-2026-sora", indices(&[]), 0.0)
        .expect("check");
    assert!(get(&none, "matched").is_null() && get(&none, "retry_ms").is_null());
}

#[wasm_bindgen_test]
fn rate_limited_checks_say_when_to_retry() {
    let print = password_fingerprint("Kamome-2026-sora", &[3u8; 16]).expect("fingerprint");
    let mut m = PasswordMatcher::new(js_sys::Array::of1(&print).into()).expect("matcher");
    let mut last = JsValue::NULL;
    for i in 0..=omamori::password::BURST {
        last = m
            .check(
                "tab-1",
                &format!("guess-number-{i:04}"),
                indices(&[0]),
                1000.0,
            )
            .expect("check");
    }
    assert_eq!(get(&last, "retry_ms").as_f64(), Some(500.0));
}

#[wasm_bindgen_test]
fn a_saved_rate_limit_crosses_the_boundary_into_a_new_matcher() {
    // What the background does across a worker restart: limitOf → storage.session (JSON) → restoreLimit.
    let print = password_fingerprint("Kamome-2026-sora", &[3u8; 16]).expect("fingerprint");
    let mut old = PasswordMatcher::new(js_sys::Array::of1(&print).into()).expect("matcher");
    assert!(old.limit_of("tab-1:shop.test").expect("limitOf").is_null());
    for i in 0..omamori::password::BURST {
        let text = format!("guess-number-{i:04}");
        old.check("tab-1:shop.test", &text, indices(&[0]), 1000.0)
            .expect("check");
    }
    let saved = old.limit_of("tab-1:shop.test").expect("limitOf");
    let stored = js_sys::JSON::stringify(&saved).expect("json");
    let back = js_sys::JSON::parse(&String::from(stored)).expect("json");
    let mut fresh = PasswordMatcher::new(js_sys::Array::of1(&print).into()).expect("matcher");
    fresh
        .restore_limit("tab-1:shop.test", back, 1100.0)
        .expect("restoreLimit");
    let refused = fresh
        .check("tab-1:shop.test", "Kamome-2026-sora", indices(&[0]), 1100.0)
        .expect("check");
    assert_eq!(get(&refused, "retry_ms").as_f64(), Some(400.0));
    assert!(get(&refused, "matched").is_null());
    // Malformed saved state: an error, never a panic; nothing saved is nothing restored.
    assert!(fresh
        .restore_limit("t", JsValue::from_str("nope"), 0.0)
        .is_err());
    let bad = js_sys::JSON::parse(r#"{"tokens":-1,"since_ms":0}"#).expect("json");
    assert!(fresh.restore_limit("t", bad, 0.0).is_err());
    assert!(fresh.restore_limit("t", JsValue::NULL, 0.0).is_ok());
}

#[wasm_bindgen_test]
fn malformed_input_is_an_error_not_a_panic() {
    assert!(password_fingerprint("Kamome-2026-sora", &[1u8; 15]).is_err());
    assert!(password_fingerprint("short", &[1u8; 16]).is_err());
    assert!(PasswordMatcher::new(JsValue::from_str("not a list")).is_err());
    let bad = js_sys::JSON::parse(r#"[{"salt":"zz","hash":1,"length":8}]"#).expect("json");
    assert!(PasswordMatcher::new(bad).is_err());
    let print = password_fingerprint("Kamome-2026-sora", &[3u8; 16]).expect("fingerprint");
    let mut m = PasswordMatcher::new(js_sys::Array::of1(&print).into()).expect("matcher");
    assert!(m.check("t", "x", JsValue::from_str("nope"), 0.0).is_err());
    // NaN / negative clocks are clamped, not trusted.
    assert!(m
        .check("t", "Kamome-2026-sora", indices(&[0]), f64::NAN)
        .is_ok());
}

#[wasm_bindgen_test]
fn one_time_codes_and_bounds() {
    assert!(is_one_time_code("123 456"));
    assert!(!is_one_time_code("12345"));
    let b = password_bounds().expect("bounds");
    assert_eq!(get(&b, "min_chars").as_f64(), Some(6.0));
    assert_eq!(get(&b, "otp_max_digits").as_f64(), Some(8.0));
}
