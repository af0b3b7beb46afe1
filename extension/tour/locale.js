// @ts-check
// One language's messages, read from the extension's own _locales/<lang>/messages.json and
// formatted the way i18n.getMessage formats them ($NAME$ placeholders whose content names $1…$9;
// "$$" is a dollar sign). The tour uses it to show the extension in the language picked on the
// page, whatever the browser's UI language is.

export const LANGS = Object.freeze(["en", "ja"]);

/** "ja…" → "ja", anything else → "en". @param {unknown} lang */
export const pickLang = (lang) => (String(lang ?? "").toLowerCase().startsWith("ja") ? "ja" : "en");

/**
 * @typedef {{ message: string, description?: string, placeholders?: Record<string, { content: string }> }} Entry
 * @typedef {Record<string, Entry>} Messages
 */

/**
 * The text of one entry with its substitutions ("" for a missing entry, as getMessage).
 * @param {Entry | undefined} entry @param {string | string[]} [substitutions]
 */
export function formatMessage(entry, substitutions = []) {
  if (!entry || typeof entry.message !== "string") return "";
  const subs = (Array.isArray(substitutions) ? substitutions : [substitutions]).map(String);
  /** @type {Map<string, string>} */
  const placeholders = new Map();
  for (const [name, p] of Object.entries(entry.placeholders ?? {})) placeholders.set(name.toLowerCase(), String(p?.content ?? ""));
  const positional = (/** @type {string} */ s) => s.replace(/\$([1-9])/g, (_, d) => subs[Number(d) - 1] ?? "");
  // One pass over the message: what a substitution brings in is never read again.
  return entry.message.replace(/\$\$|\$([A-Za-z0-9_@]+)\$|\$([1-9])/g, (m, name, digit) => {
    if (m === "$$") return "$";
    if (digit) return subs[Number(digit) - 1] ?? "";
    const content = placeholders.get(String(name).toLowerCase());
    return content === undefined ? m : positional(content);
  });
}

/**
 * The messages of `lang` as an i18n-like object: `getMessage(key, subs)` ("" when missing, like the
 * browser's; `missing` lists the keys asked for that do not exist) and `getUILanguage()`.
 * @param {string} lang @param {(path: string) => string} urlOf the extension URL of a file
 */
export async function loadLocale(lang, urlOf) {
  const chosen = pickLang(lang);
  const response = await fetch(urlOf(`_locales/${chosen}/messages.json`));
  if (!response.ok) throw new Error(`messages of ${chosen}: HTTP ${response.status}`);
  /** @type {Messages} */
  const messages = await response.json();
  /** @type {Set<string>} */
  const missing = new Set();
  return {
    lang: chosen,
    missing,
    /** @param {string} key @param {string | string[]} [subs] */
    getMessage(key, subs) {
      const entry = Object.prototype.hasOwnProperty.call(messages, key) ? messages[key] : undefined;
      if (!entry) missing.add(key);
      return formatMessage(entry, subs);
    },
    getUILanguage: () => chosen,
  };
}
