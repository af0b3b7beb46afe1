// @ts-check
// Rendering helpers of the security checklist (popup and options): one row per retailer.
import { el } from "./dom.js";
import { t, uiLang } from "./i18n-dom.js";

/** @typedef {import("../types/settings").ChecklistRow} ChecklistRow */

const STATE_KEYS = { on: "checklist_two_step_on", "not-yet": "checklist_two_step_not_yet", unknown: "checklist_two_step_unknown" };

export function formatDate(/** @type {number} */ ms, lang = uiLang()) {
  return new Date(ms).toLocaleDateString(lang === "ja" ? "ja-JP" : "en-US", { year: "numeric", month: "short", day: "numeric" });
}

/**
 * A checklist <li> for `row` (shared/reminders.js checklist()); `extra` nodes are appended.
 * @param {ChecklistRow} row
 * @param {...Node} extra
 */
export function checklistRow(row, ...extra) {
  const settings = typeof row.two_step_url === "string" && row.two_step_url.startsWith("https://")
    ? el("a", { class: "settings", href: row.two_step_url, target: "_blank", rel: "noopener noreferrer" }, t("checklist_settings"))
    : null;
  const passkey = typeof row.passkey_url === "string" && row.passkey_url.startsWith("https://")
    ? el("a", { class: "passkey", href: row.passkey_url, target: "_blank", rel: "noopener noreferrer" }, t("checklist_passkey"))
    : null;
  const when = row.last_reminded ? t("checklist_last_reminded", [formatDate(row.last_reminded)]) : t("checklist_never_reminded");
  return el("li", { class: `check ${row.two_step}`, dataset: { retailer: row.id, twoStep: row.two_step } },
    el("div", { class: "check-head" },
      el("strong", null, row.name?.[uiLang()] || row.name?.en || row.id),
      el("span", { class: `state ${row.two_step}` }, t(STATE_KEYS[row.two_step] ?? STATE_KEYS.unknown))),
    el("div", { class: "check-meta" }, el("span", { class: "when" }, when), settings, passkey),
    ...extra);
}

export function emptyRow() {
  return el("li", { class: "empty" }, t("checklist_empty"));
}
