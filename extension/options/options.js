// Options page: edits the one settings object in storage.local. The background notices the change
// (storage.onChanged) and rebuilds the engine; this page never runs detection itself. The list of
// shops comes from the engine's catalog through the background.
import { runtime, storage } from "../platform/browser.js";
import { KEYS, MSG } from "../platform/messages.js";
import { migrate, normalizeDomain, REMINDER_DAYS, validate, withDomain } from "../shared/settings.js";
import { localize, t, uiLang } from "../shared/i18n-dom.js";
import { checklistRow, emptyRow } from "../shared/checklist-view.js";

const $ = (id) => document.getElementById(id);
let settings = null;

async function load() {
  const { [KEYS.settings]: stored } = await storage.local.get(KEYS.settings);
  return migrate(stored).settings;
}

let savedTimer = 0;
async function save(next) {
  settings = validate(next);
  await storage.local.set({ [KEYS.settings]: settings });
  render();
  $("saved").textContent = t("options_saved");
  clearTimeout(savedTimer);
  savedTimer = setTimeout(() => ($("saved").textContent = ""), 2000);
}

function domainList(ul, domains, list) {
  if (domains.length === 0) {
    const li = document.createElement("li");
    li.className = "empty";
    li.textContent = t("options_list_empty");
    ul.replaceChildren(li);
    return;
  }
  ul.replaceChildren(
    ...domains.map((domain) => {
      const li = document.createElement("li");
      const name = document.createElement("span");
      name.textContent = domain;
      const remove = document.createElement("button");
      remove.type = "button";
      remove.className = "button";
      remove.textContent = t("options_remove");
      remove.setAttribute("aria-label", `${t("options_remove")}: ${domain}`);
      remove.addEventListener("click", () => save(withDomain(settings, list, domain, false)));
      li.append(name, remove);
      return li;
    }),
  );
}

let retailers = [];
function renderRetailers() {
  const lang = uiLang();
  $("retailers").replaceChildren(
    ...retailers.map((r) => {
      const li = document.createElement("li");
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.value = r.id;
      box.checked = !settings.disabled_retailers.includes(r.id);
      box.addEventListener("change", () => {
        const off = new Set(settings.disabled_retailers);
        if (box.checked) off.delete(r.id);
        else off.add(r.id);
        save({ ...settings, disabled_retailers: [...off] });
      });
      const text = document.createElement("span");
      text.textContent = (r.name && (r.name[lang] || r.name.en)) || r.id;
      const small = document.createElement("small");
      small.textContent = (r.domains ?? []).slice(0, 3).join(", ") + ((r.domains ?? []).length > 3 ? ", …" : "");
      text.append(small);
      label.append(box, text);
      li.append(label);
      return li;
    }),
  );
}

function render() {
  renderRetailers();
  domainList($("user-sites"), settings.user_sites, "user_sites");
  domainList($("trusted"), settings.trusted_domains, "trusted_domains");
  for (const radio of document.querySelectorAll('input[name="sensitivity"]')) radio.checked = radio.value === settings.sensitivity;
  $("reminder-enabled").checked = settings.reminder.enabled;
  $("reminder-days").value = String(settings.reminder.interval_days);
  $("reminder-days").disabled = !settings.reminder.enabled;
}

async function addUserSite(event) {
  event.preventDefault();
  const input = $("user-site-input");
  const error = $("user-site-error");
  const host = normalizeDomain(input.value);
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
  input.value = "";
  await save(withDomain(settings, "user_sites", domain, true));
}

// ---- security checklist: per retailer visited, two-step state, reset, account email (hashed) ----

function tools(row) {
  const box = document.createElement("div");
  box.className = "check-tools";
  const reset = document.createElement("button");
  reset.type = "button";
  reset.className = "button reset";
  reset.textContent = t("checklist_reset");
  reset.addEventListener("click", async () => {
    await runtime.sendMessage({ kind: MSG.resetRetailer, retailer: row.id }).catch(() => null);
    await renderChecklist();
  });
  const recovery = document.createElement("a");
  recovery.href = `../recovery/recovery.html?retailer=${encodeURIComponent(row.id)}`;
  recovery.target = "_blank";
  recovery.textContent = t("checklist_recovery");
  box.append(reset, recovery);
  if (row.has_email) {
    const set = document.createElement("span");
    set.textContent = t("checklist_email_set");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.className = "button";
    remove.textContent = t("checklist_email_remove");
    remove.addEventListener("click", async () => {
      await runtime.sendMessage({ kind: MSG.setAccountEmail, retailer: row.id, email: null }).catch(() => null);
      await renderChecklist();
    });
    box.append(set, remove);
  } else {
    const form = document.createElement("form");
    form.className = "check-tools email";
    const inputId = `email-${row.id}`;
    const label = document.createElement("label");
    label.htmlFor = inputId;
    label.textContent = t("checklist_email_label");
    const input = document.createElement("input");
    input.type = "email";
    input.id = inputId;
    input.autocomplete = "off";
    const save = document.createElement("button");
    save.type = "submit";
    save.className = "button";
    save.textContent = t("checklist_email_save");
    const err = document.createElement("span");
    err.className = "error";
    form.append(label, input, save, err);
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const answer = await runtime.sendMessage({ kind: MSG.setAccountEmail, retailer: row.id, email: input.value }).catch(() => null);
      if (answer?.ok) {
        input.value = "";
        await renderChecklist();
      } else {
        err.textContent = t("checklist_email_invalid");
      }
    });
    box.append(form);
  }
  return box;
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
    radio.addEventListener("change", () => radio.checked && save({ ...settings, sensitivity: radio.value }));
  }
  $("reminder-enabled").addEventListener("change", (e) =>
    save({ ...settings, reminder: { ...settings.reminder, enabled: e.target.checked } }));
  $("reminder-days").addEventListener("change", (e) => {
    const days = Math.round(Number(e.target.value));
    const interval = Number.isFinite(days) ? Math.min(REMINDER_DAYS.max, Math.max(REMINDER_DAYS.min, days)) : REMINDER_DAYS.default;
    save({ ...settings, reminder: { ...settings.reminder, interval_days: interval } });
  });
  // Another window (or the banner's "I trust this site") changed the settings.
  storage.onChanged((changes, area) => {
    if (area === "local" && KEYS.settings in changes) {
      settings = migrate(changes[KEYS.settings].newValue).settings;
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
