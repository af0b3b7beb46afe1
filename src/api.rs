//! The only `#[wasm_bindgen]` surface. It translates and nothing else: JS values in through
//! serde-wasm-bindgen, verdicts out as plain JSON-compatible objects, errors as `JsError`.
//! Panics cannot cross the boundary: the release profile aborts, and the panic hook logs first.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::{Engine as CoreEngine, PageSignals, Settings};

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

/// Verdicts go out as JSON text parsed by the host's `JSON.parse`: one boundary crossing instead of
/// one per field (serde-wasm-bindgen builds objects field by field), and plain JSON-compatible
/// objects by construction.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    let text = serde_json::to_string(value).map_err(|e| JsError::new(&e.to_string()))?;
    js_sys::JSON::parse(&text).map_err(|_| JsError::new("verdict is not valid JSON"))
}

fn from_js<T: serde::de::DeserializeOwned + Default>(
    value: JsValue,
    what: &str,
) -> Result<T, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(T::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("invalid {what}: {e}")))
}

/// `checkPage` input: `{ url, signals }`.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct PageInput {
    url: String,
    signals: PageSignals,
}

/// The detection engine, built once with the user's settings.
#[wasm_bindgen]
#[derive(Debug)]
pub struct Engine(CoreEngine);

#[wasm_bindgen]
impl Engine {
    /// `new Engine(settings?)`; throws an `Error` on malformed settings.
    #[wasm_bindgen(constructor)]
    pub fn new(settings: JsValue) -> Result<Engine, JsError> {
        let settings: Settings = from_js(settings, "settings")?;
        CoreEngine::new(settings)
            .map(Engine)
            .map_err(|e| JsError::new(&e.to_string()))
    }

    /// Verdict for a URL (a plain object; `invalid` verdict for malformed URLs).
    #[wasm_bindgen(js_name = checkUrl)]
    pub fn check_url(&self, url: &str) -> Result<JsValue, JsError> {
        to_js(&self.0.check_url(url))
    }

    /// Verdict for `{url, signals}` of a page.
    #[wasm_bindgen(js_name = checkPage)]
    pub fn check_page(&self, input: JsValue) -> Result<JsValue, JsError> {
        let input: PageInput = from_js(input, "page input")?;
        to_js(&self.0.check_page(&input.url, input.signals))
    }

    /// The catalog's retailers for the options page.
    pub fn retailers(&self) -> Result<JsValue, JsError> {
        to_js(&self.0.retailers())
    }
}

// ---- compact hot path: the navigation check as one number, reasons only when shown ----------------

#[wasm_bindgen]
impl Engine {
    /// The URL's verdict packed into a number (verdict, retailer, severity, page kind, trusted,
    /// actions); `compactLayout()` says how to read it. No JSON text, no object.
    #[wasm_bindgen(js_name = checkUrlCompact)]
    pub fn check_url_compact(&self, url: &str) -> u32 {
        self.0.check_url_compact(url)
    }

    /// How to decode `checkUrlCompact`'s number (field positions and value names).
    #[wasm_bindgen(js_name = compactLayout)]
    pub fn compact_layout(&self) -> Result<JsValue, JsError> {
        to_js(&self.0.compact_layout())
    }

    /// The reasons of the URL's verdict (what the banner and popup show), fetched when shown.
    pub fn reasons(&self, url: &str) -> Result<JsValue, JsError> {
        to_js(&self.0.check_url(url).reasons)
    }
}

/// The core's version.
#[wasm_bindgen]
pub fn version() -> String {
    crate::VERSION.to_string()
}
