// @ts-check
// Options page: edits the one settings object in storage.local. The background notices the change
// (storage.onChanged) and rebuilds the engine; this page never runs detection itself. The list of
// shops comes from the engine's catalog through the background.
import { runtime, storage } from "../platform/browser.js";
import { KEYS, MSG } from "../platform/messages.js";
import { migrate, REMINDER_DAYS, validate, withDomain } from "../shared/settings.js";
import init, { normalizeDomain } from "../pkg/omamori.js";
import { localize, t, uiLang } from "../shared/i18n-dom.js";
import { checklistRow, emptyRow } from "../shared/checklist-view.js";
import { byId as $, el } from "../shared/dom.js";

// The engine's own domain rule (docs/api.md "normalizeDomain"): the lists hold what the engine accepts.
await init({ module_or_path: runtime.getURL("pkg/omamori_bg.wasm") });

/** @typedef {import("../types/settings").Settings} Settings */
/** @typedef {import("../types/settings").ChecklistRow} ChecklistRow */
/** @typedef {import("../types/verdict").RetailerInfo} RetailerInfo */

/** @type {Settings} */
let settings;
const input = (/** @type {string} */ id) => /** @type {HTMLInputElement} */ ($(id));

async function load() {
  const { [KEYS.settings]: stored } = await storage.local.get(KEYS.settings);
  return migrate(stored, normalizeDomain).settings;
}

let savedTimer = 0;
async function save(next) {
  settings = validate(next, normalizeDomain);
  await storage.local.set({ [KEYS.settings]: settings });
  render();
  $("saved").textContent = t("options_saved");
  clearTimeout(savedTimer);
  savedTimer = setTimeout(() => ($("saved").textContent = ""), 2000);
}

function domainList(/** @type {HTMLElement} */ ul, /** @type {string[]} */ domains, /** @type {"user_sites" | "trusted_domains"} */ list) {
  if (domains.length === 0) {
    ul.replaceChildren(el("li", { class: "empty" }, t("options_list_empty")));
    return;
  }
  ul.replaceChildren(
    ...domains.map((domain) =>
      el("li", null,
        el("span", null, domain),
        el("button", {
          type: "button", class: "button", "aria-label": `${t("options_remove")}: ${domain}`,
          on: { click: () => save(withDomain(settings, list, domain, false, normalizeDomain)) },
        }, t("options_remove")))),
  );
}

/** @type {RetailerInfo[]} */
let retailers = [];
function renderRetailers() {
  const lang = uiLang();
  const toggle = (/** @type {string} */ id, /** @type {boolean} */ on) => {
    const off = new Set(settings.disabled_retailers);
    if (on) off.delete(id);
    else off.add(id);
    save({ ...settings, disabled_retailers: [...off] });
  };
  $("retailers").replaceChildren(
    ...retailers.map((r) => {
      const domains = r.domains ?? [];
      const box = el("input", { type: "checkbox", value: r.id, checked: !settings.disabled_retailers.includes(r.id) });
      box.addEventListener("change", () => toggle(r.id, box.checked));
      return el("li", null,
        el("label", null, box,
          el("span", null, (r.name && (r.name[lang] || r.name.en)) || r.id,
            el("small", null, domains.slice(0, 3).join(", ") + (domains.length > 3 ? ", …" : "")))));
    }),
  );
}

function render() {
  renderRetailers();
  domainList($("user-sites"), settings.user_sites, "user_sites");
  domainList($("trusted"), settings.trusted_domains, "trusted_domains");
  for (const radio of document.querySelectorAll('input[name="sensitivity"]')) {
    const r = /** @type {HTMLInputElement} */ (radio);
    r.checked = r.value === settings.sensitivity;
  }
  input("reminder-enabled").checked = settings.reminder.enabled;
  input("reminder-days").value = String(settings.reminder.interval_days);
  input("reminder-days").disabled = !settings.reminder.enabled;
}

async function addUserSite(/** @type {Event} */ event) {
  event.preventDefault();
  const field = input("user-site-input");
  const error = $("user-site-error");
  const host = normalizeDomain(field.value);
  if (!host) {
    error.textContent = t("options_domain_invalid");
    error.hidden = false;
    return;
  }
  // Store the registrable domain as the engine computes it from the public suffix list
  // ("www.mybank.co.jp" → "mybank.co.jp"); this page has no suffix list of its own.
  const answer = await runtime.sendMessage({ kind: MSG.checkUrl, url: `https://${host}/` }).catch(() => null);
  const verdict = answer?.ok ? answer.verdict : null;
  if (verdict?.verdict === "official") {
    error.textContent = t("options_domain_already_protected", [verdict.retailer_name?.[uiLang()] ?? verdict.retailer ?? ""]);
    error.hidden = false;
    return;
  }
  const domain = verdict?.registrable_domain || host;
  error.hidden = true;
  field.value = "";
  await save(withDomain(settings, "user_sites", domain, true, normalizeDomain));
}

// ---- security checklist: per retailer visited, two-step state, reset, account email (hashed) ----

/** A checklist row's tools: reset, recovery assistant, and the account email (set or remove). */
function tools(/** @type {ChecklistRow} */ row) {
  const send = async (/** @type {object} */ message) => {
    const answer = await runtime.sendMessage(message).catch(() => null);
    if (answer?.ok) await renderChecklist();
    return answer;
  };
  const reset = el("button", { type: "button", class: "button reset", on: { click: () => send({ kind: MSG.resetRetailer, retailer: row.id }) } },
    t("checklist_reset"));
  const recovery = el("a", { href: `../recovery/recovery.html?retailer=${encodeURIComponent(row.id)}`, target: "_blank" }, t("checklist_recovery"));
  if (row.has_email) {
    const remove = el("button", { type: "button", class: "button", on: { click: () => send({ kind: MSG.setAccountEmail, retailer: row.id, email: null }) } },
      t("checklist_email_remove"));
    return el("div", { class: "check-tools" }, reset, recovery, el("span", null, t("checklist_email_set")), remove);
  }
  const inputId = `email-${row.id}`;
  const email = el("input", { type: "email", id: inputId, autocomplete: "off" });
  const err = el("span", { class: "error" });
  const form = el("form", { class: "check-tools email" },
    el("label", { htmlFor: inputId }, t("checklist_email_label")),
    email,
    el("button", { type: "submit", class: "button" }, t("checklist_email_save")),
    err);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const answer = await send({ kind: MSG.setAccountEmail, retailer: row.id, email: email.value });
    if (answer?.ok) email.value = "";
    else err.textContent = t("checklist_email_invalid");
  });
  return el("div", { class: "check-tools" }, reset, recovery, form);
}

async function renderChecklist() {
  const answer = await runtime.sendMessage({ kind: MSG.getChecklist }).catch(() => null);
  const rows = answer?.ok && Array.isArray(answer.rows) ? answer.rows : [];
  $("checklist").replaceChildren(...(rows.length ? rows.map((row) => checklistRow(row, tools(row))) : [emptyRow()]));
}

async function main() {
  localize();
  settings = await load();
  render();
  $("user-site-form").addEventListener("submit", addUserSite);
  for (const radio of document.querySelectorAll('input[name="sensitivity"]')) {
    const r = /** @type {HTMLInputElement} */ (radio);
    r.addEventListener("change", () => r.checked && save({ ...settings, sensitivity: /** @type {Settings["sensitivity"]} */ (r.value) }));
  }
  input("reminder-enabled").addEventListener("change", () =>
    save({ ...settings, reminder: { ...settings.reminder, enabled: input("reminder-enabled").checked } }));
  input("reminder-days").addEventListener("change", () => {
    const days = Math.round(Number(input("reminder-days").value));
    const interval = Number.isFinite(days) ? Math.min(REMINDER_DAYS.max, Math.max(REMINDER_DAYS.min, days)) : REMINDER_DAYS.default;
    save({ ...settings, reminder: { ...settings.reminder, interval_days: interval } });
  });
  // Another window (or the banner's "I trust this site") changed the settings.
  storage.onChanged((changes, area) => {
    if (area === "local" && KEYS.settings in changes) {
      settings = migrate(changes[KEYS.settings].newValue, normalizeDomain).settings;
      render();
    }
  });

  const answer = await runtime.sendMessage({ kind: MSG.getRetailers }).catch(() => null);
  if (answer?.ok && Array.isArray(answer.retailers)) {
    retailers = answer.retailers;
    renderRetailers();
  } else {
    $("retailers-error").hidden = false;
  }
  await renderChecklist();
  storage.onChanged((changes, area) => {
    if (area === "local" && KEYS.security in changes) renderChecklist();
  });
  const v = await runtime.sendMessage({ kind: MSG.getVersion }).catch(() => null);
  if (v?.ok) $("version").textContent = t("options_version", [v.version, runtime.getManifest().version]);
  document.body.dataset.ready = "1";
}

main();
