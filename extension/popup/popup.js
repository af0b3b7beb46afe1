// @ts-check
// The toolbar popup: shows the stored verdict of one tab. It renders only; detection happens in
// the background. The tab is the active one, or `?tab=<id>` (used when the popup is opened as a
// tab, e.g. by the e2e tests).
import { runtime, storage, tabs } from "../platform/browser.js";
import { KEYS, MSG } from "../platform/messages.js";
import { reasonKey, retailerName, statusOf } from "../shared/verdict-view.js";
import { localize, t, uiLang } from "../shared/i18n-dom.js";
import { checklistRow } from "../shared/checklist-view.js";
import { byId, el } from "../shared/dom.js";

/** @typedef {import("../types/verdict").TabRecord} TabRecord */

async function tabId() {
  const param = new URLSearchParams(location.search).get("tab");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return (await tabs.active())?.id ?? null;
}

function render(/** @type {TabRecord | null} */ record) {
  const state = statusOf(record);
  const name = record ? retailerName(record, uiLang()) : "";
  document.body.dataset.state = state;
  document.body.dataset.severity = record?.severity ?? "";
  const texts = {
    lookalike: [t("banner_title", [name]), t("popup_lookalike_detail")],
    trusted: [t("popup_trusted_title"), t("popup_trusted_detail", [name, record?.registrable_domain ?? ""])],
    official: [t("popup_official_title", [name]), t("popup_official_detail", [record?.registrable_domain ?? ""])],
    unrelated: [t("popup_unrelated_title"), t("popup_unrelated_detail")],
    unchecked: [t("popup_unchecked_title"), t("popup_unchecked_detail")],
  }[state];
  byId("headline").textContent = texts[0];
  byId("detail").textContent = texts[1];

  const reasons = record && (state === "lookalike" || state === "trusted") ? record.reasons ?? [] : [];
  const seen = new Set();
  byId("reasons").replaceChildren(
    ...reasons
      .filter((r) => r && !seen.has(r.kind) && seen.add(r.kind))
      .map((r) => el("li", null, t(reasonKey(r.kind), [r.matched || name, record?.host ?? ""]))),
  );
  byId("reasons-heading").hidden = reasons.length === 0;

  byId("form-note").textContent =
    !record || state === "unchecked" ? "" : record.signinForm === true ? t("popup_form_seen") : t("popup_form_none");

  const link = /** @type {HTMLAnchorElement} */ (byId("official"));
  const url = record?.official_url;
  if ((state === "lookalike" || state === "official" || state === "trusted") && typeof url === "string" && url.startsWith("https://")) {
    link.href = url;
    link.textContent = state === "official" ? t("popup_official_signin", [name]) : t("banner_go_official", [name]);
    link.hidden = false;
  } else {
    link.hidden = true;
  }
}

/** The security checklist: retailers visited, two-step state (shared/reminders.js). */
async function renderChecklist() {
  const answer = await runtime.sendMessage({ kind: MSG.getChecklist }).catch(() => null);
  const rows = answer?.ok && Array.isArray(answer.rows) ? answer.rows : [];
  byId("checklist").replaceChildren(...rows.slice(0, 6).map((row) => checklistRow(row)));
  byId("checklist-section").hidden = rows.length === 0;
}

async function main() {
  localize();
  byId("options").addEventListener("click", (e) => {
    e.preventDefault();
    runtime.openOptionsPage();
    window.close();
  });
  const id = await tabId();
  const key = KEYS.verdict(id ?? -1);
  const { [key]: record } = id === null ? {} : await storage.session.get(key);
  render(record ?? null);
  await renderChecklist();
  // Keep up with the page (a form that appears later, a new navigation) while the popup is open.
  storage.onChanged((changes, area) => {
    if (area === "session" && key in changes) render(changes[key].newValue ?? null);
  });
  document.body.dataset.ready = "1";
}

main();
