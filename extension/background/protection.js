// @ts-check
// What keeps a warning on screen when the page fights it, and the decisions that lower protection.
//
// * Content scripts report how the in-page UI fares (`ui-report`). When a warning cannot be drawn
//   or the page keeps defeating it ("draw-failed", "fighting"), or the user asks for the details
//   (`open-warning`), the tab is navigated to the extension's own warning page (the pattern of
//   Chrome's interstitial): no page script can reach, cover or click into it.
// * The protected-password alert ("password") has the same guarantee: when it cannot be drawn or
//   the page keeps defeating it, the tab moves to the warning page in its password-reuse mode (the
//   record carries the alert: "You just typed your Amazon password on …", change password, …).
// * Trusting a site (`trust-domain`) and continuing past a warning (`continue-anyway`: this URL, in
//   this tab, for this visit; not trust) are taken only there: the dispatcher accepts them only
//   from extension pages.
// * Documents without a web URL (blob:, about:blank, about:srcdoc, data:) are checked as the web
//   document that created them: a blob: URL carries its creator's origin; a popup its opener
//   (webNavigation.onCreatedNavigationTarget); a frame its parent; else the tab's last web page.
import { action, i18n, runtime, storage, tabs, webNavigation } from "../platform/browser.js";
import { FROM_CONTENT, FROM_EXTENSION, KEYS } from "../platform/messages.js";
import { retailerName } from "../shared/verdict-view.js";
import { pwAlertKey } from "../shared/password-messages.js";
import { applySettings, getEngine, settingsWithDomain } from "./engine.js";
import { serial, storedRecord, storeVerdict } from "./verdict-store.js";
import { frameVerdict } from "./frames.js";

const WARNING_PAGE = "warning/warning.html";
const UI_PARTS = ["banner", "guard", "note", "chip", "password"];
const UI_STATES = ["drawn", "draw-failed", "fighting"];

/** @param {unknown} url */
const isWeb = (url) => typeof url === "string" && /^https?:\/\//i.test(url);
/** @param {any} v */
const warns = (v) => Array.isArray(v?.actions) && (v.actions.includes("banner") || v.actions.includes("form-guard"));

/** tabId → web URL of the document that opened it (window.open), for about:blank popups. */
const creators = new Map();
/** tabId → the top frame's last committed web URL. */
const lastWeb = new Map();
/** tabId → URL of the top frame whose banner the content script reported drawn. */
const drawn = new Map();
// A page whose banner was not reported drawn this long after its load event (the content script
// never ran, or died before drawing) is shown the warning page instead.
const DRAW_DEADLINE_MS = 5000;

/**
 * The web URL a document is checked as (see the header), or null.
 * @param {{ tabId: number, frameId: number, url?: string, origin?: string }} doc
 * @returns {Promise<string | null>}
 */
export async function webUrlOf({ tabId, frameId, url, origin }, depth = 0) {
  if (isWeb(url)) return /** @type {string} */ (url);
  const u = String(url ?? "");
  if (u.startsWith("blob:")) {
    try {
      const inner = new URL(u.slice(5));
      if (isWeb(inner.href)) return `${inner.origin}/`;
    } catch {
      /* opaque blob: fall through */
    }
  }
  if (!/^(about:|data:|blob:)/i.test(u)) return null; // extension pages, file:, …
  if (typeof origin === "string" && isWeb(origin)) return `${origin}/`; // Chromium: the creator's origin
  if (frameId !== 0 && depth < 8) {
    const frame = await webNavigation.getFrame({ tabId, frameId }).catch(() => null);
    if (frame && frame.parentFrameId >= 0) {
      const parent = await webNavigation.getFrame({ tabId, frameId: frame.parentFrameId }).catch(() => null);
      if (parent) return webUrlOf({ tabId, frameId: frame.parentFrameId, url: parent.url }, depth + 1);
    }
    return lastWeb.get(tabId) ?? null;
  }
  return creators.get(tabId) ?? lastWeb.get(tabId) ?? null;
}


/** @param {number} tabId */
async function allowance(tabId) {
  const { [KEYS.allow(tabId)]: a } = await storage.session.get(KEYS.allow(tabId));
  return a && typeof a === "object" && Array.isArray(a.urls) ? a : null;
}
/** Whether the user chose "continue anyway" for `url` in this tab (this visit). */
/** @param {number} tabId @param {string} url */
export const isAllowed = async (tabId, url) => (await allowance(tabId))?.urls.includes(url) ?? false;

/** @param {number} tabId */
async function warningOf(tabId) {
  const { [KEYS.warning(tabId)]: w } = await storage.session.get(KEYS.warning(tabId));
  return w && typeof w === "object" ? w : null;
}

/** @param {unknown} id */
function tabIdOf(id) {
  if (!Number.isInteger(id) || /** @type {number} */ (id) < 0) throw new Error("bad tab id");
  return /** @type {number} */ (id);
}

/**
 * The verdict a content script's document was given (the tab's record for the top frame, after the
 * writes queued before: a banner drawn at document_start can report before the navigation's record
 * is stored; a sub-frame's own page verdict, frames.js).
 */
async function verdictOf(/** @type {any} */ sender) {
  if (sender.frameId !== 0) return frameVerdict(sender.tab.id, sender.frameId);
  const record = await storedRecord(sender.tab.id);
  return record && record.url === sender.url ? record : null;
}

/** Replaces the tab's page by the warning page; `reason`: "user", "fighting" or "draw-failed". */
async function escalate(/** @type {any} */ sender, /** @type {string} */ reason) {
  const tabId = sender.tab.id;
  const verdict = await verdictOf(sender);
  if (!warns(verdict)) return { ok: true, escalated: false };
  if (reason !== "user" && (await isAllowed(tabId, sender.url))) return { ok: true, escalated: false };
  const top = sender.frameId === 0 ? sender.documentUrl ?? sender.url : lastWeb.get(tabId) ?? sender.url;
  await storage.session.set({ [KEYS.warning(tabId)]: { url: sender.url, return_url: top, verdict, reason } });
  await tabs.update(tabId, runtime.getURL(WARNING_PAGE));
  return { ok: true, escalated: true };
}

/** The password alert the page fights (or that could not be drawn) moves to the warning page. */
async function escalatePassword(/** @type {any} */ sender, /** @type {string} */ reason) {
  const tabId = sender.tab.id;
  const { [pwAlertKey(tabId)]: rec } = await storage.session.get(pwAlertKey(tabId));
  const top = sender.documentUrl ?? sender.url;
  // Only for an alert the background sent this tab's page (same origin: a page may pushState away
  // from the URL it was alerted on before it fights the alert).
  const origin = (/** @type {string} */ u) => (isWeb(u) ? new URL(u).origin : null);
  if (sender.frameId !== 0 || !rec?.alert || !origin(rec.url) || origin(rec.url) !== origin(sender.url)) {
    return { ok: true, escalated: false };
  }
  const { [KEYS.verdict(tabId)]: tabRecord } = await storage.session.get(KEYS.verdict(tabId));
  const current = tabRecord && tabRecord.url === sender.url ? tabRecord : (await getEngine()).checkUrl(sender.url);
  // The page may have moved its address since the alert (pushState: a fresh record without the reason).
  const reasons = current.reasons ?? [];
  const reuse = rec.reason?.kind === "password-reuse" && !reasons.some((r) => r.kind === "password-reuse") ? [rec.reason] : [];
  const verdict = { ...current, reasons: [...reasons, ...reuse] };
  await storage.session.set({ [KEYS.warning(tabId)]: { url: sender.url, return_url: top, verdict, reason, password: rec.alert } });
  await tabs.update(tabId, runtime.getURL(WARNING_PAGE));
  return { ok: true, escalated: true };
}

/** Registers the bookkeeping listeners (called synchronously at the service worker's top level). */
export function registerProtectionEvents() {
  webNavigation.onCreatedNavigationTarget(async (/** @type {any} */ d) => {
    const frame = await webNavigation.getFrame({ tabId: d.sourceTabId, frameId: d.sourceFrameId }).catch(() => null);
    const source = await webUrlOf({ tabId: d.sourceTabId, frameId: d.sourceFrameId, url: frame?.url ?? "" });
    if (source) creators.set(d.tabId, source);
  });

  webNavigation.onCompleted((/** @type {any} */ d) => {
    if (d.frameId !== 0) return;
    setTimeout(async () => {
      const { [KEYS.verdict(d.tabId)]: record } = await storage.session.get(KEYS.verdict(d.tabId));
      if (!record?.actions?.includes("banner") || drawn.get(d.tabId) === record.url) return;
      if ((await webUrlOf({ tabId: d.tabId, frameId: 0, url: d.url })) !== record.url && record.document_url !== d.url) return; // moved on
      console.warn("Omamori: no banner drawn on", d.url);
      await escalate({ tab: { id: d.tabId }, frameId: 0, url: record.url, documentUrl: d.url }, "draw-failed").catch(() => {});
    }, DRAW_DEADLINE_MS);
  });

  webNavigation.onCommitted((/** @type {any} */ d) => {
    if (d.frameId !== 0) return;
    drawn.delete(d.tabId);
    // Queued after the service worker's own handler (registered first), which has reset the record.
    serial(d.tabId, async () => {
      if (isWeb(d.url)) {
        lastWeb.set(d.tabId, d.url);
        const a = await allowance(d.tabId);
        if (a && a.top !== d.url) await storage.session.remove(KEYS.allow(d.tabId));
        return;
      }
      if (String(d.url).startsWith(runtime.getURL(WARNING_PAGE))) {
        const w = await warningOf(d.tabId);
        if (w) await storeVerdict(d.tabId, w.verdict, w.verdict.signinForm ?? null); // badge and title stay
        return;
      }
      const web = await webUrlOf({ tabId: d.tabId, frameId: 0, url: d.url });
      if (!web) return;
      const verdict = (await getEngine()).checkUrl(web);
      await storeVerdict(d.tabId, { ...verdict, document_url: d.url }, null);
    });
  });

  tabs.onRemoved((/** @type {number} */ tabId) => {
    creators.delete(tabId);
    lastWeb.delete(tabId);
    drawn.delete(tabId);
    storage.session.remove([KEYS.warning(tabId), KEYS.allow(tabId)]).catch(() => {});
  });
}

export const protectionHandlers = {
  fromContent: {
    /** How the in-page UI fares; a warning that cannot be shown moves to the warning page. */
    async [FROM_CONTENT.uiReport](/** @type {any} */ message, /** @type {any} */ sender) {
      if (!UI_PARTS.includes(message.what) || !UI_STATES.includes(message.state)) throw new Error("bad ui report");
      // The banner, or the chip it was minimised to (content/chip.js), is on screen.
      if (message.state === "drawn" && (message.what === "banner" || message.what === "chip") && sender.frameId === 0) drawn.set(sender.tab.id, sender.url);
      if (message.state === "drawn" || message.what === "note") return { ok: true, escalated: false };
      if (message.what === "password") return escalatePassword(sender, message.state);
      return escalate(sender, message.state);
    },
    async [FROM_CONTENT.openWarning](/** @type {any} */ _message, /** @type {any} */ sender) {
      return escalate(sender, "user");
    },
  },
  fromExtension: {
    async [FROM_EXTENSION.getWarning](/** @type {any} */ message) {
      const tabId = tabIdOf(message.tabId);
      const record = await warningOf(tabId);
      if (record && !record.password) {
        await action.setTitle(tabId, i18n.getMessage("title_lookalike", [retailerName(record.verdict, i18n.getUILanguage())]));
      }
      return { ok: true, record };
    },
    async [FROM_EXTENSION.trustDomain](/** @type {any} */ message) {
      const tabId = tabIdOf(message.tabId);
      const w = await warningOf(tabId);
      const domain = w?.verdict?.registrable_domain ?? w?.verdict?.host;
      if (!w || typeof domain !== "string" || message.domain !== domain) throw new Error("not the domain of this warning");
      await applySettings(await settingsWithDomain("trusted_domains", domain, true));
      await storage.session.remove(KEYS.warning(tabId));
      await tabs.update(tabId, w.return_url);
      return { ok: true, domain };
    },
    async [FROM_EXTENSION.continueAnyway](/** @type {any} */ message) {
      const tabId = tabIdOf(message.tabId);
      const w = await warningOf(tabId);
      if (!w || message.url !== w.url) throw new Error("not the page of this warning");
      const a = await allowance(tabId);
      const urls = a && a.top === w.return_url ? [...new Set([...a.urls, w.url])] : [w.url];
      await storage.session.set({ [KEYS.allow(tabId)]: { top: w.return_url, urls } });
      await storage.session.remove(KEYS.warning(tabId));
      await tabs.update(tabId, w.return_url);
      return { ok: true };
    },
  },
};
