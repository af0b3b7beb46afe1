// @ts-check
// The report page's form for one tab record: the preview shows exactly the text a report would
// contain (report-text.js), kept in step with the "include the sign-in form" box and the note; the
// mail link and the copy button hand that text over. Nothing is sent from here. Used by report.js
// and by the tour (tour/frame.js).
import { t } from "../shared/i18n-dom.js";
import { byId } from "../shared/dom.js";
import { mailtoLink, reportSubject, reportText } from "./report-text.js";

/**
 * @param {Partial<import("../types/verdict").TabRecord>} record
 * @param {{ extVersion: string, coreVersion: string, lang: string }} about
 */
export function showReport(record, about) {
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
}
