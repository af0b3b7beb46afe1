// @ts-check
// The false-alarm report page (opened from the popup with `?tab=<id>`): shows exactly the text a
// report would contain (report-text.js) and hands it to the user's mail app or clipboard. Nothing
// is sent from here.
import { runtime, storage } from "../platform/browser.js";
import { KEYS, MSG } from "../platform/messages.js";
import { localize, t, uiLang } from "../shared/i18n-dom.js";
import { byId } from "../shared/dom.js";
import { mailtoLink, reportSubject, reportText } from "./report-text.js";

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
  const includeForm = /** @type {HTMLInputElement} */ (byId("include-form"));
  const note = /** @type {HTMLTextAreaElement} */ (byId("note"));
  const update = () => {
    const text = reportText(record, { ...about, includeForm: includeForm.checked, note: note.value });
    byId("preview").textContent = text;
    /** @type {HTMLAnchorElement} */ (byId("mail")).href = mailtoLink(reportSubject(record), text);
    byId("copied").textContent = "";
  };
  includeForm.addEventListener("change", update);
  note.addEventListener("input", update);
  byId("copy").addEventListener("click", async () => {
    const text = byId("preview").textContent ?? "";
    const ok = await navigator.clipboard?.writeText(text).then(() => true, () => false);
    if (!ok) getSelection()?.selectAllChildren(byId("preview"));
    byId("copied").textContent = ok ? t("report_copied") : t("report_copy_select");
  });
  update();
  byId("form").hidden = false;
  document.body.dataset.ready = "1";
}

main();
