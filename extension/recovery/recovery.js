// @ts-check
// Recovery assistant (extension page, works offline): the steps to take when a retailer account may
// have been taken over, for `?retailer=<catalog id>`. Links come from the engine's catalog (help_url,
// two_step_url) through the background. Ticked steps are saved in storage.local "recovery:<id>".
// No phone numbers: they are only on the retailer's own help pages, which the first step links to.
import { runtime, storage } from "../platform/browser.js";
import { KEYS, MSG } from "../platform/messages.js";
import { localize, t, uiLang } from "../shared/i18n-dom.js";
import { retailerState, validateSecurity } from "../shared/reminders.js";
import { byId as $, el } from "../shared/dom.js";

/** @typedef {import("../types/verdict").RetailerInfo} RetailerInfo */

/**
 * [id, message key, link kind] in order; the first three are "right now".
 * @type {[string, string, "help" | "two_step" | null][]}
 */
export const STEPS = [
  ["contact", "recovery_step_contact", "help"],
  ["card", "recovery_step_card", null],
  ["passwords", "recovery_step_passwords", null],
  ["reset", "recovery_step_reset", null],
  ["two-step", "recovery_step_two_step", "two_step"],
  ["email", "recovery_step_email", null],
  ["addresses", "recovery_step_addresses", null],
  ["payments", "recovery_step_payments", null],
  ["orders", "recovery_step_orders", null],
  ["digital", "recovery_step_digital", null],
  ["subscriptions", "recovery_step_subscriptions", null],
  ["seller", "recovery_step_seller", null],
];
const NOW = 3;

const httpsUrl = (/** @type {unknown} */ u) => (typeof u === "string" && u.startsWith("https://") ? u : null);

async function main() {
  localize();
  const id = new URLSearchParams(location.search).get("retailer") ?? "";
  const answer = await runtime.sendMessage({ kind: MSG.getRetailers }).catch(() => null);
  /** @type {RetailerInfo | null} */
  const retailer = /^[a-z0-9_-]{1,64}$/.test(id) && answer?.ok ? answer.retailers.find((/** @type {RetailerInfo} */ r) => r.id === id) : null;
  if (!retailer) {
    $("heading").textContent = t("recovery_title");
    $("unknown").hidden = false;
    document.body.dataset.ready = "1";
    return;
  }
  const name = retailer.name?.[uiLang()] || retailer.name?.en || id;
  document.title = `${t("recovery_title")} — ${name}`;
  $("heading").textContent = t("recovery_heading", [name]);
  const key = KEYS.recovery(id);
  const { [key]: stored, [KEYS.security]: security } = await storage.local.get([key, KEYS.security]);
  // The marketplace the user last visited (amazon.co.jp rather than the catalog's default site).
  const site = retailerState(validateSecurity(security), id);
  const done = new Set(Array.isArray(stored?.done) ? stored.done.filter((s) => STEPS.some(([sid]) => sid === s)) : []);
  const links = {
    help: [httpsUrl(site.help_url) ?? httpsUrl(retailer.help_url), t("recovery_link_help", [name])],
    two_step: [httpsUrl(site.two_step_url) ?? httpsUrl(retailer.two_step_url), t("recovery_link_two_step")],
  };

  const progress = () => {
    $("progress").textContent = t("recovery_progress", [String(done.size), String(STEPS.length)]);
  };
  const save = () => storage.local.set({ [key]: { done: STEPS.map(([sid]) => sid).filter((s) => done.has(s)) } });

  STEPS.forEach(([sid, msg, link], i) => {
    const box = el("input", { type: "checkbox", value: sid, checked: done.has(sid) });
    const [url, linkText] = link ? links[link] : [null, ""];
    const li = el("li", { dataset: { step: sid } },
      el("label", null, box, el("span", { class: "num" }, `${i + 1}.`), el("span", null, t(msg, [name]))),
      url && el("p", { class: "link" },
        el("a", { href: url, target: "_blank", rel: "noopener noreferrer", dataset: { link: /** @type {string} */ (link) } }, linkText)));
    li.classList.toggle("done", box.checked);
    box.addEventListener("change", async () => {
      if (box.checked) done.add(sid);
      else done.delete(sid);
      li.classList.toggle("done", box.checked);
      progress();
      await save();
    });
    $(i < NOW ? "steps-now" : "steps-after").append(li);
  });
  progress();
  $("steps-box").hidden = false;
  document.body.dataset.ready = "1";
}

main();
