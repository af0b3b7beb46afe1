// @ts-check
// The false-alarm report page (opened from the popup with `?tab=<id>`): the tab's record, and the
// form that shows exactly the text a report would contain and hands it to the user's mail app or
// clipboard (report-view.js). Nothing is sent from here.
import { runtime, storage } from "../platform/browser.js";
import { KEYS, MSG } from "../platform/messages.js";
import { localize, t, uiLang } from "../shared/i18n-dom.js";
import { byId } from "../shared/dom.js";
import { showReport } from "./report-view.js";

async function main() {
  localize();
  document.title = t("report_title");
  const param = new URLSearchParams(location.search).get("tab");
  const id = param !== null && /^\d+$/.test(param) ? Number(param) : null;
  const key = KEYS.verdict(id ?? -1);
  const { [key]: record } = id === null ? {} : await storage.session.get(key);
  if (!record || record.verdict !== "lookalike") {
    byId("none").hidden = false;
    document.body.dataset.ready = "1";
    return;
  }
  const core = await runtime.sendMessage({ kind: MSG.getVersion }).catch(() => null);
  const about = { extVersion: runtime.getManifest().version, coreVersion: core?.ok ? String(core.version) : "unknown", lang: uiLang() };
  showReport(record, about);
  document.body.dataset.ready = "1";
}

main();
