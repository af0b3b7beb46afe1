// Background entry: a service worker in Chromium, an event page (background.scripts) in Firefox;
// an ES module in both. It owns the one WASM engine, checks every top-level navigation and the
// page signals content scripts send, keeps each tab's latest verdict in storage.session and sets
// the toolbar badge.
//
// MV3 stops and restarts this worker at any time, so every listener is registered synchronously
// at the top level and awaits the one `ready` promise (uBOL background.js does the same). The
// wasm-bindgen glue is imported statically: Chromium forbids dynamic import() in service workers
// (https://github.com/w3c/ServiceWorker/issues/1356).

import init, { Engine, version } from "../pkg/omamori.js";
import { action, i18n, runtime, storage, tabs, webNavigation } from "./browser.js";
import { FROM_CONTENT, FROM_EXTENSION, KEYS } from "./messages.js";
import { registerProtection, webUrlOf } from "./protection.js";
import { migrate, toEngineSettings } from "../shared/settings.js";
import { sanitizeSignals } from "../shared/signals.js";
import { badgeFor, retailerName } from "../shared/verdict-view.js";
import {
  CLOCK_KEY, SALT_KEY, checklist, clockOffset, isRetailerId, recordAnswer, recordTwoStepOn, recordVisit,
  reminderDecision, resetRetailer, retailerState, setEmailHash, validateSecurity,
} from "../shared/reminders.js";
import { detectTwoStepOn, hashEmail, isTwoStepPage, newSalt, takeoverSigns } from "../shared/takeover.js";

const MAX_MESSAGE_CHARS = 64 * 1024; // page signals are capped to ~20 KB; anything bigger is not ours

let engine = null;
let settings = null;

// ---- engine lifecycle -------------------------------------------------------------------------

async function start() {
  await init({ module_or_path: runtime.getURL("pkg/omamori_bg.wasm") });
  await loadSettings();
}

async function loadSettings() {
  const { [KEYS.settings]: stored } = await storage.local.get(KEYS.settings);
  const { settings: current, changed } = migrate(stored);
  buildEngine(current);
  if (changed) await storage.local.set({ [KEYS.settings]: current });
}

function buildEngine(next) {
  let built;
  try {
    built = new Engine(toEngineSettings(next));
  } catch (error) {
    // Settings are validated by migrate(), so this means the core rejects something the
    // extension thinks is valid. Keep protecting with the defaults rather than not at all.
    console.error("Omamori: engine rejected the settings, using defaults:", error);
    built = new Engine({});
  }
  engine?.free?.();
  engine = built;
  settings = next;
}

/** Everything waits on this; it is replaced (chained) when settings change. */
let ready = start().catch((error) => console.error("Omamori: engine failed to start:", error));

async function getEngine() {
  await ready;
  if (!engine) throw new Error("engine unavailable");
  return engine;
}

function whenReady(fn) {
  ready = ready.then(fn).catch((error) => console.error("Omamori:", error));
  return ready;
}

// ---- per-tab records --------------------------------------------------------------------------

// Updates of one tab's record are serialized, so a navigation's URL verdict can never overwrite the
// page verdict that followed it.
const queues = new Map();
function serial(tabId, fn) {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => {});
  queues.set(tabId, tail);
  tail.then(() => queues.get(tabId) === tail && queues.delete(tabId));
  return run;
}

const isWeb = (url) => typeof url === "string" && /^https?:\/\//i.test(url);

async function storeVerdict(tabId, verdict, signinForm) {
  // `trusted` comes with the verdict: the engine is always rebuilt together with the settings.
  const record = { ...verdict, signinForm };
  await storage.session.set({ [KEYS.verdict(tabId)]: record });
  const badge = badgeFor(record);
  await action.setBadge(tabId, badge);
  await action.setTitle(tabId, titleFor(record));
  return record;
}

function titleFor(record) {
  const name = retailerName(record, i18n.getUILanguage());
  if (record.verdict === "lookalike" && !record.trusted) return i18n.getMessage("title_lookalike", [name]);
  if (record.verdict === "official") return i18n.getMessage("title_official", [name]);
  return i18n.getMessage("action_title");
}

async function forgetTab(tabId) {
  await storage.session.remove(KEYS.verdict(tabId));
}

// ---- navigation -------------------------------------------------------------------------------

webNavigation.onCommitted((details) => {
  if (details.frameId !== 0) return;
  serial(details.tabId, async () => {
    if (!isWeb(details.url)) {
      await storage.session.remove(KEYS.verdict(details.tabId));
      await action.setBadge(details.tabId, { text: "" });
      return;
    }
    const verdict = (await getEngine()).checkUrl(details.url);
    // signinForm stays null until the content script has seen the page.
    await storeVerdict(details.tabId, verdict, null);
  });
});

tabs.onRemoved((tabId) => void forgetTab(tabId));
tabs.onReplaced((_addedTabId, removedTabId) => void forgetTab(removedTabId));

// ---- settings ---------------------------------------------------------------------------------

storage.onChanged((changes, area) => {
  if (area !== "local" || !(KEYS.settings in changes)) return;
  whenReady(async () => {
    const { settings: next } = migrate(changes[KEYS.settings].newValue);
    if (JSON.stringify(next) !== JSON.stringify(settings)) buildEngine(next);
  });
});

// ---- security state: two-step reminders, checklist, account email hash -----------------------

const MAX_PAGE_TEXT = 20000;
const VISIT_EVERY_MS = 60 * 60 * 1000; // a visit is written at most hourly per retailer
const visitWritten = new Map();

/** Read-modify-write of storage.local "security", one at a time. `fn(state, ctx)` → { state?, result }. */
let securityQueue = Promise.resolve();
function withSecurity(fn) {
  const run = securityQueue.then(async () => {
    const stored = await storage.local.get([KEYS.security, CLOCK_KEY, SALT_KEY]);
    const state = validateSecurity(stored[KEYS.security]);
    // The clock is Date.now() plus a test-only offset that only extension pages can set.
    const now = Date.now() + clockOffset(stored[CLOCK_KEY]);
    let salt = stored[SALT_KEY];
    const ctx = {
      now,
      async salt() {
        if (typeof salt !== "string" || salt.length < 16) {
          salt = newSalt();
          await storage.local.set({ [SALT_KEY]: salt });
        }
        return salt;
      },
    };
    const out = (await fn(state, ctx)) ?? {};
    if (out.state && JSON.stringify(out.state) !== JSON.stringify(stored[KEYS.security])) {
      await storage.local.set({ [KEYS.security]: out.state });
    }
    return out.result;
  });
  securityQueue = run.catch(() => {});
  return run;
}

function noteVisit(verdict) {
  if (verdict?.verdict !== "official" || !isRetailerId(verdict.retailer)) return;
  const last = visitWritten.get(verdict.retailer) ?? 0;
  if (Date.now() - last < VISIT_EVERY_MS) return;
  visitWritten.set(verdict.retailer, Date.now());
  withSecurity((state, { now }) => ({ state: recordVisit(state, verdict.retailer, now, verdict) })).catch((e) =>
    console.error("Omamori: visit not recorded:", e));
}

/** The URL verdict of a content script's top-frame page, when it is an official retailer page. */
async function officialPage(sender) {
  if (sender.frameId !== 0) return null;
  const verdict = (await getEngine()).checkUrl(sender.url);
  if (verdict.verdict !== "official" || !isRetailerId(verdict.retailer)) return null;
  return verdict;
}

// ---- messages ---------------------------------------------------------------------------------

/** Handlers for content scripts: inputs from inside web pages. Tab and URL come from `sender`. */
const contentHandlers = new Map([
  [
    FROM_CONTENT.pageSignals,
    async (message, sender) => {
      const signals = sanitizeSignals(message.signals);
      const tabId = sender.tab.id;
      const url = sender.url;
      const verdict = (await getEngine()).checkPage({ url, signals });
      if (sender.frameId !== 0) {
        // A sub-frame with a sign-in form: it draws its own warning; the tab's record is the top frame's.
        return { ok: true, verdict };
      }
      noteVisit(verdict);
      const record = await serial(tabId, () => storeVerdict(tabId, verdict, signals.signin_form));
      return { ok: true, verdict: record };
    },
  ],
  [
    FROM_CONTENT.pageCheck,
    async (message, sender) => {
      const none = { ok: true, reminder: null, takeover: null };
      const verdict = await officialPage(sender);
      if (!verdict) return none;
      const text = typeof message.text === "string" ? message.text.slice(0, MAX_PAGE_TEXT) : "";
      const id = verdict.retailer;
      const answer = await withSecurity(async (state0, ctx) => {
        let state = recordVisit(state0, id, ctx.now, verdict);
        if (verdict.two_step_url && isTwoStepPage(sender.url, verdict.two_step_url) && detectTwoStepOn(text)) {
          state = recordTwoStepOn(state, id);
        }
        let takeover = null;
        if (verdict.page_kind === "signin") {
          const emailHash = retailerState(state, id).email_hash ?? null;
          const signs = await takeoverSigns({ retailer: id, text, emailHash, salt: emailHash ? await ctx.salt() : null });
          if (signs.length) takeover = { signs, retailer: id };
        }
        let reminder = null;
        if (!takeover && message.shown !== true) {
          const decision = reminderDecision(state, verdict, settings?.reminder, ctx.now);
          state = decision.state;
          if (decision.show) reminder = { retailer: id, two_step_url: verdict.two_step_url };
        }
        return { state, result: { ok: true, reminder, takeover, two_step: retailerState(state, id).two_step } };
      });
      return answer;
    },
  ],
  [
    FROM_CONTENT.reminderAnswer,
    async (message, sender) => {
      const verdict = await officialPage(sender);
      if (!verdict) throw new Error("not an official page");
      if (!["on", "later"].includes(message.answer)) throw new Error("unknown answer");
      await withSecurity((state, { now }) => ({ state: recordAnswer(state, verdict.retailer, message.answer, now) }));
      return { ok: true };
    },
  ],
  [
    FROM_CONTENT.openRecovery,
    async (_message, sender) => {
      const verdict = await officialPage(sender);
      if (!verdict) throw new Error("not an official page");
      await tabs.create({ url: runtime.getURL(`recovery/recovery.html?retailer=${verdict.retailer}`), openerTabId: sender.tab.id });
      return { ok: true };
    },
  ],
]);

/** Handlers for the extension's own pages (popup, options). */
const extensionHandlers = new Map([
  [FROM_EXTENSION.getRetailers, async () => ({ ok: true, retailers: (await getEngine()).retailers() })],
  [
    FROM_EXTENSION.checkUrl,
    async (message) => ({ ok: true, verdict: (await getEngine()).checkUrl(String(message.url ?? "").slice(0, 2048)) }),
  ],
  [FROM_EXTENSION.getVersion, async () => ({ ok: true, version: (await ready, version()) })],
  [
    FROM_EXTENSION.getChecklist,
    async () => {
      const catalog = (await getEngine()).retailers();
      return withSecurity((state) => ({ result: { ok: true, rows: checklist(state, catalog) } }));
    },
  ],
  [
    FROM_EXTENSION.resetRetailer,
    async (message) => {
      if (!isRetailerId(message.retailer)) throw new Error("unknown retailer");
      return withSecurity((state) => ({ state: resetRetailer(state, message.retailer), result: { ok: true } }));
    },
  ],
  [
    FROM_EXTENSION.setAccountEmail,
    async (message) => {
      const id = message.retailer;
      if (!isRetailerId(id) || !(await getEngine()).retailers().some((r) => r.id === id)) throw new Error("unknown retailer");
      return withSecurity(async (state, ctx) => {
        if (message.email === null || message.email === "") return { state: setEmailHash(state, id, null), result: { ok: true } };
        const hash = await hashEmail(String(message.email).slice(0, 320), await ctx.salt());
        if (!hash) return { result: { ok: false, error: "not an email address" } };
        return { state: setEmailHash(state, id, hash), result: { ok: true } };
      });
    },
  ],
]);

runtime.onMessage(async (message, sender) => {
  if (!message || typeof message !== "object" || typeof message.kind !== "string") {
    return { ok: false, error: "malformed message" };
  }
  if (runtime.isExtensionPage(sender)) {
    const handler = extensionHandlers.get(message.kind);
    if (!handler) return { ok: false, error: `unknown message kind: ${message.kind}` };
    return handler(message, sender);
  }
  // Everything else comes from a content script, i.e. from inside a web page.
  const handler = contentHandlers.get(message.kind);
  if (!handler) return { ok: false, error: `unknown message kind: ${message.kind}` };
  if (!sender.tab || typeof sender.tab.id !== "number" || sender.tab.id < 0) return { ok: false, error: "not from a tab" };
  // blob:, about:blank, about:srcdoc and data: documents are checked as the web page that made them.
  const url = await webUrlOf({ tabId: sender.tab.id, frameId: sender.frameId, url: sender.url, origin: sender.origin });
  if (!url) return { ok: false, error: "not from a web page" };
  if (JSON.stringify(message).length > MAX_MESSAGE_CHARS) return { ok: false, error: "message too large" };
  return handler(message, { ...sender, url, documentUrl: sender.url });
});

registerProtection({
  getEngine,
  settings: () => settings,
  applySettings: (next) => whenReady(async () => {
    buildEngine(next);
    await storage.local.set({ [KEYS.settings]: next });
  }),
  storeVerdict,
  serial,
  contentHandlers,
  extensionHandlers,
});
