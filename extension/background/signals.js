// @ts-check
// Page signals as the background accepts them from a content script (docs/api.md "Page signals").
// The content script caps everything already, but it runs inside pages that may be hostile, so the
// background rebuilds the object from known keys before the engine sees it (and the core re-caps
// once more). Every bound and the field kinds come from the engine: pass `rules()` of the wasm
// module (docs/api.md "Rules"); nothing is typed here. Pure; tested in tests/js/signals.test.mjs
// and, against the real engine, in tests/js/rules.test.mjs.

/** Signal keys holding one string, and lists of strings (wire names, docs/api.md). */
export const STRING_KEYS = Object.freeze(["title", "lang", "og_site_name", "app_name", "text"]);
export const LIST_KEYS = Object.freeze([
  "headings", "copyright", "img_alts", "buttons", "field_labels", "form_logos",
  "form_action_hosts", "signin_action_hosts", "img_hosts", "css_hosts", "script_hosts", "favicon_hosts", "link_hosts", "source_hosts", "page_hosts", "image_hashes", "pictures", "local_paths", "form_ids",
]);

const str = (v, max) => (typeof v === "string" ? v.slice(0, max) : "");
/** @type {(v: unknown, limit: readonly number[]) => string[]} */
const list = (v, [items, max]) =>
  Array.isArray(v) ? v.slice(0, items).filter((x) => typeof x === "string").map((x) => x.slice(0, max)) : [];

/**
 * The signals object rebuilt from `raw` with the engine's bounds.
 * @param {unknown} raw what the content script sent
 * @param {{limits: Record<string, any>, field_kinds: string[]}} rules the engine's `rules()`
 */
export function sanitizeSignals(raw, rules) {
  const { limits, field_kinds: fieldKinds } = rules;
  const s = /** @type {any} */ (raw && typeof raw === "object" ? raw : {});
  const out = {};
  for (const key of STRING_KEYS) out[key] = str(s[key], limits[key]);
  for (const key of LIST_KEYS) out[key] = list(s[key], limits[key]);
  const fields = {};
  for (const kind of fieldKinds) {
    const n = s.fields && typeof s.fields === "object" ? s.fields[kind] : 0;
    fields[kind] = Number.isInteger(n) && n > 0 ? Math.min(n, limits.field_count) : 0;
  }
  out.fields = fields;
  out.signin_form = s.signin_form === true;
  return out;
}
