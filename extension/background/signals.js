// Page signals as the background accepts them from a content script (docs/api.md "Page signals").
// The content script caps everything already, but it runs inside pages that may be hostile, so the
// background rebuilds the object from known keys with the same caps before the engine sees it
// (and the core re-caps once more). Pure; tested in tests/js/signals.test.mjs.

export const LIMITS = Object.freeze({
  title: 200,
  lang: 16,
  og_site_name: 100,
  headings: [20, 200],
  text: 4000,
  copyright: [5, 200],
  img_alts: [50, 100],
  buttons: [20, 100],
  form_action_hosts: [10, 253],
  img_hosts: [30, 253],
  css_hosts: [30, 253],
  script_hosts: [30, 253],
  favicon_hosts: [30, 253],
  link_hosts: [30, 253],
});
export const FIELD_KINDS = Object.freeze(["email", "tel", "password", "otp", "card", "text"]);

const str = (v, max) => (typeof v === "string" ? v.slice(0, max) : "");
/** @type {(v: unknown, limit: readonly number[]) => string[]} */
const list = (v, [items, max]) =>
  Array.isArray(v) ? v.slice(0, items).filter((x) => typeof x === "string").map((x) => x.slice(0, max)) : [];

export function sanitizeSignals(raw) {
  const s = raw && typeof raw === "object" ? raw : {};
  const fields = {};
  for (const kind of FIELD_KINDS) {
    const n = s.fields && typeof s.fields === "object" ? s.fields[kind] : 0;
    fields[kind] = Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 0;
  }
  const out = {
    title: str(s.title, LIMITS.title),
    lang: str(s.lang, LIMITS.lang),
    og_site_name: str(s.og_site_name, LIMITS.og_site_name),
    headings: list(s.headings, LIMITS.headings),
    text: str(s.text, LIMITS.text),
    copyright: list(s.copyright, LIMITS.copyright),
    img_alts: list(s.img_alts, LIMITS.img_alts),
    buttons: list(s.buttons, LIMITS.buttons),
    fields,
  };
  for (const key of ["form_action_hosts", "img_hosts", "css_hosts", "script_hosts", "favicon_hosts", "link_hosts"]) {
    out[key] = list(s[key], LIMITS[key]);
  }
  out.signin_form = s.signin_form === true;
  return out;
}
