// @ts-check
// The warning page's password-reuse mode: protection.js moves a tab here when the page fights the
// in-page protected-password alert (content/password-alert.js) or it could not be drawn. Same
// headline and choices as that alert ("You just typed your Amazon password on example.top…", change
// the password on the real site, "this site is mine" confirmed on the options page, the recovery
// assistant after a lookalike), in a page no web page can script, cover or click into.
import { t, uiLang } from "../shared/i18n-dom.js";
import { el } from "../shared/dom.js";

/** @param {unknown} u */
const https = (u) => typeof u === "string" && u.startsWith("https://");

/**
 * Rewrites the warning page for the record's `password` alert (shared/password-messages.js PW_TO_CONTENT).
 * @param {any} w the warning record `{ url, verdict, reason, password }`
 * @param {(id: string) => HTMLElement} $
 */
export function showPasswordMode(w, $) {
  const a = w.password;
  const names = a.retailer_name;
  const name = (names && (names[uiLang()] || names.en)) || t("ext_short_name");
  const host = String(a.host || "").slice(0, 100);
  const otp = a.type === "otp";
  document.body.dataset.mode = "password";
  $("headline").textContent = otp ? t("password_otp_title", [host]) : t("password_alert_title", [name, host]);
  $("advice").textContent = otp ? t("password_otp_body", [name]) : t("password_alert_body");
  $("advice").after(el("p", { id: "password-next", textContent: t("warning_password_next") }));
  const official = /** @type {HTMLAnchorElement} */ ($("official"));
  official.hidden = !https(a.change_url);
  if (https(a.change_url)) {
    official.href = a.change_url;
    official.textContent = t("password_change", [name]);
  }
  const actions = official.parentElement;
  const domain = w.verdict?.registrable_domain;
  if (a.lookalike && /^[a-z0-9-]{1,40}$/.test(String(a.retailer))) {
    actions?.append(el("a", { id: "password-recovery", class: "button", href: `../recovery/recovery.html?retailer=${a.retailer}`,
      target: "_blank", textContent: t("password_recovery") }));
  }
  if (!otp && typeof domain === "string" && domain) {
    actions?.append(el("a", { id: "password-mine", class: "button quiet", target: "_blank",
      href: `../options/options.html?allow=${encodeURIComponent(domain)}#passwords`, textContent: t("password_mine") }));
  }
  $("trust").hidden = true; // trusting a domain answers a lookalike warning; "this site is mine" answers this one
}
