// @ts-check
// The toolbar popup: shows the stored verdict of one tab. It renders only; detection happens in
// the background. The tab is the active one, or `?tab=<id>` (used when the popup is opened as a
// tab, e.g. by the e2e tests). From here the user can also stop trusting the tab's site and open the
// false-alarm report (report/report.html) for the tab's warning.
import { runtime, storage, tabs } from "../platform/browser.js";
import { KEYS, MSG } from "../platform/messages.js";
import { localize, t } from "../shared/i18n-dom.js";
import { checklistRow } from "../shared/checklist-view.js";
import { byId } from "../shared/dom.js";
import { render } from "./popup-view.js";

async function tabId() {
  const param = new URLSearchParams(location.search).get("tab");
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  return (await tabs.active())?.id ?? null;
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
  render(record ?? null, id);
  byId("untrust").addEventListener("click", async () => {
    const domain = byId("untrust").dataset.domain ?? "";
    const answer = await runtime.sendMessage({ kind: MSG.untrustSite, tabId: id }).catch(() => null);
    byId("untrust-result").textContent = answer?.ok ? t("popup_untrust_done", [answer.domain ?? domain]) : t("popup_untrust_failed");
  });
  await renderChecklist();
  // Keep up with the page (a form that appears later, a new navigation, an undone trust) while the popup is open.
  storage.onChanged((changes, area) => {
    if (area === "session" && key in changes) render(changes[key].newValue ?? null, id);
  });
  document.body.dataset.ready = "1";
}

main();
