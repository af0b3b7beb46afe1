// Rendering helpers of the security checklist (popup and options): one row per retailer.
import { t, uiLang } from "./i18n-dom.js";

const STATE_KEYS = { on: "checklist_two_step_on", "not-yet": "checklist_two_step_not_yet", unknown: "checklist_two_step_unknown" };

const node = (tag, cls, text) => {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text;
  return e;
};

export function formatDate(ms, lang = uiLang()) {
  return new Date(ms).toLocaleDateString(lang === "ja" ? "ja-JP" : "en-US", { year: "numeric", month: "short", day: "numeric" });
}

/** A checklist <li> for `row` (shared/reminders.js checklist()); `extra` nodes are appended. */
export function checklistRow(row, ...extra) {
  const li = node("li", `check ${row.two_step}`);
  li.dataset.retailer = row.id;
  li.dataset.twoStep = row.two_step;
  const head = node("div", "check-head");
  head.append(node("strong", "", row.name?.[uiLang()] || row.name?.en || row.id));
  const state = node("span", `state ${row.two_step}`, t(STATE_KEYS[row.two_step] ?? STATE_KEYS.unknown));
  head.append(state);
  li.append(head);
  const meta = node("div", "check-meta");
  meta.append(node("span", "when", row.last_reminded ? t("checklist_last_reminded", [formatDate(row.last_reminded)]) : t("checklist_never_reminded")));
  if (typeof row.two_step_url === "string" && row.two_step_url.startsWith("https://")) {
    const a = node("a", "settings", t("checklist_settings"));
    a.href = row.two_step_url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    meta.append(a);
  }
  if (typeof row.passkey_url === "string" && row.passkey_url.startsWith("https://")) {
    const a = node("a", "passkey", t("checklist_passkey"));
    a.href = row.passkey_url;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    meta.append(a);
  }
  li.append(meta, ...extra);
  return li;
}

export function emptyRow() {
  return node("li", "empty", t("checklist_empty"));
}
