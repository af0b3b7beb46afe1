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

// TypeScript types of the rules table and the account-wording answer (docs/api.md "Rules",
// "Account wording"), emitted into the generated `omamori.d.ts`.
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &str = r#"
/** `[items, characters per item]`. */
export type ListBound = [number, number];
export interface Limits {
  title: number; lang: number; og_site_name: number; app_name: number; headings: ListBound; text: number;
  copyright: ListBound; img_alts: ListBound; buttons: ListBound; field_labels: ListBound; form_logos: ListBound; form_action_hosts: ListBound; signin_action_hosts: ListBound;
  img_hosts: ListBound; css_hosts: ListBound; script_hosts: ListBound; favicon_hosts: ListBound;
  link_hosts: ListBound; source_hosts: ListBound; page_hosts: ListBound; local_paths: ListBound; form_ids: ListBound; image_hashes: ListBound; pictures: ListBound; visual_side: number; visual_images: number; visual_budget_px: number; visual_regions: number; visual_wait_ms: number; visual_wait_data_ms: number; visual_svg_chars: number; visual_work_ms: number; paint_hold_ms: number; settle_ms: number; scan_inputs: number; scan_links: number; scan_images: number;
  scan_text_nodes: number; page_text: number; message_chars: number; url_chars: number;
  host_chars: number; host_labels: number; field_count: number; code_boxes: number;
}
export interface Rules {
  limits: Limits; field_kinds: string[]; severities: ("low" | "medium" | "high")[]; credential_kinds: string[]; signin_words: string[];
  step_words: string[]; id_hints: string[]; password_hints: string[]; card_hints: string[]; copyright_hints: string[]; source_marks: string[];
  password_names: string[]; otp_names: string[]; card_names: string[]; email_names: string[]; mask_fonts: string[];
}
export interface AccountText { no_account: boolean; two_step_page: boolean; two_step_on: boolean; }
"#;

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

    /// `{no_account, two_step_page, two_step_on}` for the visible text of an official page.
    #[wasm_bindgen(js_name = accountText, unchecked_return_type = "AccountText")]
    pub fn account_text(&self, url: &str, text: &str) -> Result<JsValue, JsError> {
        to_js(&self.0.account_text(url, text))
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

/// Every bound and word list the extension's scripts use (`docs/api.md` "Rules"): the same table
/// the engine applies.
#[wasm_bindgen(unchecked_return_type = "Rules")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&crate::rules::rules())
}

/// A user-entered domain as the registrable domain the engine's settings hold
/// (`https://www.MyBank.co.jp/` → `mybank.co.jp`), or `undefined` when it is not a domain name.
#[wasm_bindgen(js_name = normalizeDomain)]
pub fn normalize_domain(input: &str) -> Option<String> {
    crate::settings::normalize_domain(input).ok()
}

/// `pictureHash(picture)` → the 16-hex-digit hash the engine matches for one picture as the
/// content script sends it (`signals.pictures`: 64×64 gray levels, 4 bits each, base64); `undefined` for a
/// blank picture; throws on a malformed one. tools/visual/fingerprints.mjs derives the catalog's
/// fingerprints with it.
#[wasm_bindgen(js_name = pictureHash)]
pub fn picture_hash(picture: &str) -> Result<Option<String>, JsError> {
    use crate::visual::hash::{hash_encoded, PictureError};
    match hash_encoded(picture) {
        Ok(h) => Ok(Some(format!("{h:016x}"))),
        Err(PictureError::Blank) => Ok(None),
        Err(PictureError::Malformed) => Err(JsError::new(
            "invalid picture: not visual_side² 4-bit gray levels in base64",
        )),
    }
}

/// `pictureHashes(picture)` → every hash the engine matches for one picture: the whole shape's
/// (as `pictureHash`), then its parts' (a word over a smile arrow, a symbol beside a word), then, for
/// a mark on a tile, the mark's prefixed `tile:` (matched `TILE_PENALTY` bits farther); empty for
/// a blank picture; throws on a malformed one. tools/visual/roc.mjs tunes the threshold with it.
#[wasm_bindgen(js_name = pictureHashes)]
pub fn picture_hashes(picture: &str) -> Result<Vec<String>, JsError> {
    use crate::visual::hash::{hashes_encoded, PictureError};
    match hashes_encoded(picture) {
        Ok(h) => Ok(h
            .shape
            .iter()
            .map(|h| format!("{h:016x}"))
            .chain(h.tile.map(|t| format!("tile:{t:016x}")))
            .collect()),
        Err(PictureError::Blank) => Ok(Vec::new()),
        Err(PictureError::Malformed) => Err(JsError::new(
            "invalid picture: not visual_side² 4-bit gray levels in base64",
        )),
    }
}

// ---- protected passwords (src/password/): translation only -----------------------------------

/// `passwordFingerprint(password, salt)` → `{ salt, hash, length }`; `salt` is a `Uint8Array` of
/// 16 random bytes. Throws on a bad salt or a password outside the learnable lengths.
#[wasm_bindgen(js_name = passwordFingerprint)]
pub fn password_fingerprint(password: &str, salt: &[u8]) -> Result<JsValue, JsError> {
    let print = crate::password::fingerprint(password, salt).map_err(|e| JsError::new(&e.0))?;
    to_js(&print)
}

/// `isOneTimeCode(text)`: whether a field's value is a 6–8 digit one-time code.
#[wasm_bindgen(js_name = isOneTimeCode)]
pub fn is_one_time_code(text: &str) -> bool {
    crate::password::is_one_time_code(text)
}

/// `passwordBounds()` → `{ min_chars, max_chars, otp_min_digits, otp_max_digits }`.
#[wasm_bindgen(js_name = passwordBounds)]
pub fn password_bounds() -> Result<JsValue, JsError> {
    to_js(&crate::password::BOUNDS)
}

/// `new PasswordMatcher([{ salt, hash, length }, …])`: the protected fingerprints and a rate limit
/// per source.
#[wasm_bindgen]
#[derive(Debug)]
pub struct PasswordMatcher(crate::password::Matcher);

#[wasm_bindgen]
impl PasswordMatcher {
    #[wasm_bindgen(constructor)]
    pub fn new(prints: JsValue) -> Result<PasswordMatcher, JsError> {
        let prints: Vec<crate::password::Fingerprint> = from_js(prints, "fingerprints")?;
        crate::password::Matcher::new(prints)
            .map(PasswordMatcher)
            .map_err(|e| JsError::new(&e.0))
    }

    /// `check(source, typed, allowed, nowMs)` → `{ matched, retry_ms }`; `allowed` lists the
    /// indices of the fingerprints that apply on the page.
    pub fn check(
        &mut self,
        source: &str,
        typed: &str,
        allowed: JsValue,
        now_ms: f64,
    ) -> Result<JsValue, JsError> {
        let allowed: Vec<usize> = from_js(allowed, "indices")?;
        // Date.now() is a non-negative integer below 2^53; anything else is clamped.
        let now = if now_ms.is_finite() && now_ms > 0.0 {
            now_ms as u64
        } else {
            0
        };
        to_js(&self.0.check(source, typed, &allowed, now))
    }

    /// The source's rate-limit state to save (`{ tokens, since_ms }`), or null when it has none.
    #[wasm_bindgen(js_name = limitOf)]
    pub fn limit_of(&self, source: &str) -> Result<JsValue, JsError> {
        to_js(&self.0.limit_of(source))
    }

    /// Puts back a saved rate-limit state (a restarted worker); never adds budget.
    #[wasm_bindgen(js_name = restoreLimit)]
    pub fn restore_limit(
        &mut self,
        source: &str,
        saved: JsValue,
        now_ms: f64,
    ) -> Result<(), JsError> {
        let saved: Option<crate::password::RateLimit> = from_js(saved, "rate limit")?;
        let now = if now_ms.is_finite() && now_ms > 0.0 {
            now_ms as u64
        } else {
            0
        };
        if let Some(saved) = saved {
            self.0.restore_limit(source, saved, now);
        }
        Ok(())
    }

    /// Drops a source's rate-limit state (its tab closed).
    #[wasm_bindgen(js_name = forgetSource)]
    pub fn forget_source(&mut self, source: &str) {
        self.0.forget_source(source);
    }
}
