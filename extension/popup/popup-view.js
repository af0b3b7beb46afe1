// @ts-check
// The popup's status part, drawn from one tab record into popup.html's elements: headline, detail,
// what Omamori did not check, reasons, the official-site link, undo trust, the false-alarm report.
// Render only (no browser API but the UI language): the popup and the tour (tour/frame.js) use it.
import { reasonKey, retailerName, statusOf } from "../shared/verdict-view.js";
import { t, uiLang } from "../shared/i18n-dom.js";
import { byId, el } from "../shared/dom.js";

/** @typedef {import("../types/verdict").TabRecord} TabRecord */

/** Whether `url` is the official sign-in page `signin` itself (same host and path). */
function isSigninPage(/** @type {string | undefined} */ url, /** @type {string} */ signin) {
  try {
    const a = new URL(String(url)), b = new URL(signin);
    return a.host === b.host && a.pathname.replace(/\/+$/, "") === b.pathname.replace(/\/+$/, "");
  } catch {
    return false;
  }
}

export function render(/** @type {TabRecord | null} */ record, /** @type {number | null} */ id) {
  const state = statusOf(record);
  const name = record ? retailerName(record, uiLang()) : "";
  const domain = record?.registrable_domain ?? record?.host ?? "";
  document.body.dataset.state = state;
  document.body.dataset.severity = record?.severity ?? "";
  const texts = {
    lookalike: [t("banner_title", [name]), t("popup_lookalike_detail")],
    trusted: [t("popup_trusted_title"), t("popup_trusted_detail", [name, domain])],
    official: [t("popup_official_title", [name]), t("popup_official_detail", [domain])],
    unrelated: [t("popup_unrelated_title"), t("popup_unrelated_detail")],
    unchecked: [t("popup_unchecked_title"), t("popup_unchecked_detail")],
  }[state];
  byId("headline").textContent = texts[0];
  byId("detail").textContent = texts[1];
  // Outside the catalog Omamori has not judged the site: say what it cannot tell.
  byId("caution").textContent = state === "unrelated" ? t("popup_unrelated_caution") : "";
  byId("caution").hidden = state !== "unrelated";

  const reasons = record && (state === "lookalike" || state === "trusted") ? record.reasons ?? [] : [];
  const seen = new Set();
  byId("reasons").replaceChildren(
    ...reasons
      .filter((r) => r && !seen.has(r.kind) && seen.add(r.kind))
      .map((r) => el("li", null, t(reasonKey(r.kind), [r.matched || name, record?.host ?? ""]))),
  );
  byId("reasons-heading").hidden = reasons.length === 0;

  // A sign-in form matters only where what is typed would go to someone other than the retailer.
  byId("form-note").textContent = state === "lookalike" && record?.signinForm === true ? t("popup_form_seen", [name]) : "";

  const link = /** @type {HTMLAnchorElement} */ (byId("official"));
  const url = record?.official_url;
  const offer = typeof url === "string" && url.startsWith("https://") &&
    (state === "lookalike" || state === "trusted" || (state === "official" && record?.page_kind !== "signin" && !isSigninPage(record?.url, url)));
  if (offer) {
    link.href = url;
    link.textContent = state === "official" ? t("popup_official_signin", [name]) : t("banner_go_official", [name]);
  }
  link.hidden = !offer;

  const untrust = /** @type {HTMLButtonElement} */ (byId("untrust"));
  untrust.hidden = state !== "trusted" || !domain;
  untrust.textContent = t("popup_untrust", [domain]);
  untrust.dataset.domain = domain;

  const report = /** @type {HTMLAnchorElement} */ (byId("report"));
  report.hidden = !(state === "lookalike" || state === "trusted") || id === null;
  if (id !== null) report.href = `../report/report.html?tab=${id}`;
}
