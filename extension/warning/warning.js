// @ts-check
// The extension's warning page: shown in the tab instead of a page the background warns about
// when the page hides the in-page warning, or when the user opens the details (protection.js).
// No web page can script, cover or click into it, so the choices that lower protection live
// here: continue to this page for this visit, or trust its registrable domain (confirm step,
// Cancel focused by default).
import { runtime, tabs } from "../platform/browser.js";
import { MSG } from "../platform/messages.js";
import { reasonKey, retailerName } from "../shared/verdict-view.js";
import { localize, t, uiLang } from "../shared/i18n-dom.js";
import { showPasswordMode } from "./password-mode.js";

const $ = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @param {{ kind: string } & Record<string, unknown>} message */
const ask = (message) => runtime.sendMessage(message).catch((/** @type {unknown} */ e) => ({ ok: false, error: String(e) }));

async function main() {
  localize();
  const tab = await tabs.current();
  const tabId = tab?.id ?? -1;
  const answer = tabId >= 0 ? await ask({ kind: MSG.getWarning, tabId }) : null;
  const w = answer?.ok ? answer.record : null;
  if (!w) {
    $("headline").textContent = t("warning_page_title");
    $("none").hidden = false;
    $("more").hidden = true;
    document.body.dataset.ready = "1";
    return;
  }
  const v = w.verdict;
  const name = retailerName(v, uiLang());
  const domain = v.registrable_domain ?? v.host ?? "";
  $("headline").textContent = t("banner_title", [name]);
  $("hidden-note").hidden = w.reason === "user";
  $("advice").textContent = t(v.severity === "high" ? "banner_advice_high" : "banner_advice");
  $("address").textContent = t("warning_address", [String(w.url).slice(0, 300)]);
  const seen = new Set();
  $("reasons").replaceChildren(...(v.reasons ?? []).filter((/** @type {any} */ r) => r && !seen.has(r.kind) && seen.add(r.kind))
    .map((/** @type {any} */ r) => Object.assign(document.createElement("li"), { textContent: t(reasonKey(r.kind), [r.matched || name, v.host ?? ""]) })));
  $("reasons-heading").hidden = seen.size === 0;
  const official = /** @type {HTMLAnchorElement} */ ($("official"));
  if (typeof v.official_url === "string" && v.official_url.startsWith("https://")) {
    official.href = v.official_url;
    official.textContent = t("banner_go_official", [name]);
    official.hidden = false;
  }
  $("back").addEventListener("click", async () => {
    // The background decides (background/leave.js): back past the warned site, or this tab is
    // replaced by the real site or a new-tab page. Never a blank page, never the warned page.
    const left = await ask({ kind: MSG.leaveWarning });
    if (left?.ok && Number.isInteger(left.back) && left.back > 0) history.go(-left.back);
  });
  $("continue").addEventListener("click", () => void ask({ kind: MSG.continueAnyway, tabId, url: w.url }));
  $("trust").textContent = t("warning_trust", [domain]);
  $("trust-yes").textContent = t("warning_trust_yes", [domain]);
  $("confirm-text").textContent = t("warning_trust_confirm", [domain]);
  $("trust").hidden = !domain;
  $("trust").addEventListener("click", () => {
    $("confirm").hidden = false;
    $("trust").hidden = true;
    $("trust-cancel").focus(); // the safe choice is the default
  });
  $("trust-cancel").addEventListener("click", () => {
    $("confirm").hidden = true;
    $("trust").hidden = false;
  });
  $("trust-yes").addEventListener("click", () => void ask({ kind: MSG.trustDomain, tabId, domain }));
  if (w.password) showPasswordMode(w, $); // the protected-password alert, moved here
  document.body.dataset.ready = "1";
}

main();
