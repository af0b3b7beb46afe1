// @ts-check
// The banner's strings, sent with a verdict that asks for the banner: the content script draws its
// first warning without fetching the message bundle itself. In Chromium a content script's first
// i18n.getMessage is a synchronous round trip from the page's renderer to the browser process
// (~5 ms on a quiet machine, tens of ms under load), right on the path to the banner's first paint;
// the background has the bundle already (loaded once per start, while the module compiles).
//
// Each string is a template: the message with substitution i written as the marker U+E000 + i,
// which content/messaging.js `t` fills in (the same result as getMessage with those substitutions).

import { reasonKey } from "../shared/verdict-view.js";

/** @typedef {import("../types/verdict").Verdict} Verdict */

/** The keys content/banner.js draws with (tests/js/banner-text.test.mjs checks them against banner.js). */
export const BANNER_KEYS = Object.freeze([
  "ext_short_name", "banner_title", "banner_advice_high", "banner_advice", "banner_go_official", "banner_leave",
  "banner_details", "banner_minimise",
]);

/** Substitution markers: U+E000 + i stands for substitution i (getMessage takes up to 9). */
export const MARKERS = Object.freeze(Array.from({ length: 9 }, (_, i) => String.fromCharCode(0xe000 + i)));

/**
 * The templates the banner needs for `verdict` (its fixed strings and a line per reason kind), or
 * undefined when the verdict draws no banner.
 * @param {Verdict | null | undefined} verdict
 * @param {(key: string, substitutions?: string[]) => string} getMessage i18n.getMessage
 * @returns {Record<string, string> | undefined}
 */
export function bannerMessages(verdict, getMessage) {
  if (!verdict || !Array.isArray(verdict.actions) || !verdict.actions.includes("banner")) return undefined;
  const kinds = Array.isArray(verdict.reasons) ? verdict.reasons.map((r) => reasonKey(r?.kind)) : [];
  /** @type {Record<string, string>} */
  const out = {};
  for (const key of new Set([...BANNER_KEYS, ...kinds])) {
    const template = getMessage(key, [...MARKERS]);
    if (template) out[key] = template;
  }
  return out;
}
