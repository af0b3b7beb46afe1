//! What the page-signal tests share: the default engine and a sign-in form's signals.
use omamori::{Engine, PageSignals, Settings};
use serde_json::{json, Value};

pub fn engine() -> Engine {
    Engine::new(Settings::default()).expect("default settings")
}

/// Default fields: an email + password sign-in form; `extra` overrides keys.
pub fn signals(extra: Value) -> PageSignals {
    let mut base = json!({
        "fields": { "email": 1, "password": 1 },
        "signin_form": true,
    });
    if let (Some(b), Some(e)) = (base.as_object_mut(), extra.as_object()) {
        for (k, v) in e {
            b.insert(k.clone(), v.clone());
        }
    }
    serde_json::from_value(base).expect("signals")
}
