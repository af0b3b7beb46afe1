// @ts-check
// Fills an extension page's text from the locale files: `data-i18n="key"` sets the text,
// `data-i18n-attr="placeholder:key,title:key"` sets attributes. Every key used this way is
// checked to exist in both languages by tests/js/locales.test.mjs.
import { i18n } from "../platform/browser.js";

/**
 * The message `key` in the UI language (the key itself when missing).
 * @param {string} key
 * @param {string[]} [substitutions]
 */
export const t = (key, substitutions) => i18n.getMessage(key, substitutions) || key;
export const uiLang = () => (String(i18n.getUILanguage()).toLowerCase().startsWith("ja") ? "ja" : "en");

export function localize(/** @type {ParentNode} */ root = document) {
  document.documentElement.lang = uiLang();
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(/** @type {HTMLElement} */ (el).dataset.i18n ?? "");
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of (/** @type {HTMLElement} */ (el).dataset.i18nAttr ?? "").split(",")) {
      const [attr, key] = pair.split(":").map((s) => s.trim());
      el.setAttribute(attr, t(key));
    }
  }
}
