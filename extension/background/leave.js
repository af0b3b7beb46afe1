// @ts-check
// "Leave", one implementation for every surface (banner, form guard, password alert, warning page):
//  1. back in history to the nearest entry that is not the flagged site (nor another site the
//     engine warns about, nor a non-web page such as the warning page itself): the caller jumps
//     `back` steps (history.go), and the next navigation of the tab is checked: still on the flagged
//     site (the model counted wrong, or the page added entries) → one more step back, up to
//     MAX_STEPS; no navigation at all within LAND_MS → step 2;
//  2. else the impersonated retailer's real site when the verdict names one, else a new-tab page,
//     in a fresh tab at the same place that replaces the flagged tab: Back cannot return to the
//     flagged page (its history goes with the tab), and nothing lands on about:blank.
// The tab's history is modelled from webNavigation events (tab-history.js) and kept in
// storage.session (the service worker may be restarted while the user reads the warning).
import { runtime, storage, tabs, webNavigation } from "../platform/browser.js";
import { FROM_CONTENT, FROM_EXTENSION, KEYS } from "../platform/messages.js";
import { warns } from "../shared/verdict-view.js";
import { getEngine } from "./engine.js";
import { advance, moveOf, safeBack } from "./tab-history.js";
import { storedRecord } from "./verdict-store.js";

const MAX_STEPS = 10; // corrective steps back after the first jump
const LAND_MS = 2500; // a jump that moves nothing within this time had nowhere to go

/** @param {unknown} url */
const isWeb = (url) => typeof url === "string" && /^https?:\/\//i.test(url);

// ---- the history model, per tab -------------------------------------------------------------------

/** @type {Map<number, Promise<unknown>>} */
const chains = new Map();
/** Runs the tab's history updates one after the other (events arrive faster than storage answers). */
function inOrder(/** @type {number} */ tabId, /** @type {() => Promise<void>} */ fn) {
  const run = (chains.get(tabId) ?? Promise.resolve()).then(fn).catch(() => {});
  chains.set(tabId, run);
  return run;
}

async function historyOf(/** @type {number} */ tabId) {
  const key = KEYS.history(tabId);
  const { [key]: h } = await storage.session.get(key);
  return h && typeof h === "object" ? h : null;
}

// ---- leaving in progress ------------------------------------------------------------------------

/** tabId → { unsafe, steps, timer, fallback } while a "Leave" is under way. */
const leaving = new Map();

/**
 * What "not the flagged site" means for this leave: a non-web page, the flagged registrable
 * domains, or a page the engine warns about.
 * @param {Set<string>} flagged
 */
async function unsafeTest(flagged) {
  const engine = await getEngine();
  return (/** @type {string} */ url) => {
    if (!isWeb(url)) return true;
    const v = engine.checkUrl(url);
    return flagged.has(v.registrable_domain ?? v.host ?? "") || warns(v);
  };
}

/** The domain a URL counts as for "the flagged site". */
async function domainOf(/** @type {string} */ url) {
  if (!isWeb(url)) return "";
  const v = (await getEngine()).checkUrl(url);
  return v.registrable_domain ?? v.host ?? "";
}

/**
 * Replaces the tab by a fresh one at the same place: the retailer's real site, else a new-tab page.
 * @param {{ id: number, index?: number, windowId?: number }} tab @param {string | null} official
 */
async function replaceTab(tab, official) {
  const url = typeof official === "string" && official.startsWith("https://") ? official : undefined;
  await tabs.replace(tab, url);
}

/** @param {number} tabId */
function settle(tabId) {
  const l = leaving.get(tabId);
  if (l) clearTimeout(l.timer);
  leaving.delete(tabId);
}

/** The tab's top frame now shows `url`: a leave under way steps back again or is done. */
function landed(/** @type {number} */ tabId, /** @type {string} */ url) {
  const l = leaving.get(tabId);
  if (!l) return;
  clearTimeout(l.timer);
  if (!l.unsafe(url)) return settle(tabId);
  if (l.steps >= MAX_STEPS) {
    settle(tabId);
    return void replaceTab(l.tab, l.official).catch(() => {});
  }
  l.steps += 1;
  l.timer = setTimeout(() => fallBack(tabId), LAND_MS);
  tabs.goBack(tabId).catch(() => fallBack(tabId));
}

/** Nothing to go back to after all: the real site or a new-tab page. */
function fallBack(/** @type {number} */ tabId) {
  const l = leaving.get(tabId);
  if (!l) return;
  settle(tabId);
  replaceTab(l.tab, l.official).catch(() => {});
}

/** Registers the history bookkeeping (called synchronously at the service worker's top level). */
export function registerLeaveEvents() {
  /** @param {any} d */
  const onTop = (d) => {
    if (d.frameId !== 0) return;
    const move = moveOf(d);
    void inOrder(d.tabId, async () => {
      const h = advance(await historyOf(d.tabId), String(d.url), move);
      await storage.session.set({ [KEYS.history(d.tabId)]: h });
    }).then(() => landed(d.tabId, String(d.url)));
  };
  webNavigation.onCommitted(onTop);
  webNavigation.onHistoryStateUpdated(onTop);
  tabs.onRemoved((/** @type {number} */ tabId) => {
    settle(tabId);
    chains.delete(tabId);
    storage.session.remove(KEYS.history(tabId)).catch(() => {});
  });
}

/**
 * Leaves the flagged page of `tab`. `flaggedUrls`: the pages whose sites count as flagged;
 * `verdict`: the warning's verdict (its `official_url` when it names a retailer).
 * @param {{ id: number, index?: number, windowId?: number }} tab @param {string[]} flaggedUrls @param {any} verdict
 * @returns {Promise<{ ok: true, back: number } | { ok: true, replaced: true }>}
 */
async function leave(tab, flaggedUrls, verdict) {
  const flagged = new Set((await Promise.all(flaggedUrls.map(domainOf))).filter(Boolean));
  const named = warns(verdict) ? verdict?.registrable_domain ?? verdict?.host : null;
  if (typeof named === "string" && named) flagged.add(named);
  const unsafe = await unsafeTest(flagged);
  const official = warns(verdict) && typeof verdict.official_url === "string" ? verdict.official_url : null;
  await chains.get(tab.id); // the latest navigation is in the model
  const { steps } = safeBack(await historyOf(tab.id), unsafe);
  settle(tab.id);
  if (steps > 0) {
    leaving.set(tab.id, { tab, unsafe, official, steps: 0, timer: setTimeout(() => fallBack(tab.id), LAND_MS) });
    return { ok: true, back: steps };
  }
  await replaceTab(tab, official);
  return { ok: true, replaced: true };
}

export const leaveHandlers = {
  fromContent: {
    /** `{}` from the banner, the form guard or the password alert of a page in this tab. */
    async [FROM_CONTENT.leave](/** @type {any} */ _message, /** @type {any} */ sender) {
      const record = await storedRecord(sender.tab.id);
      const top = record && isWeb(record.url) ? [record.url] : [];
      return leave(sender.tab, [sender.url, ...top], record);
    },
  },
  fromExtension: {
    /** `{}` from the warning page, in the tab it replaced the flagged page of. */
    async [FROM_EXTENSION.leaveWarning](/** @type {any} */ _message, /** @type {any} */ sender) {
      const tab = sender.tab;
      if (!tab || !Number.isInteger(tab.id) || tab.id < 0 || !String(sender.url ?? "").startsWith(runtime.getURL("warning/"))) {
        throw new Error("not from the warning page");
      }
      const { [KEYS.warning(tab.id)]: w } = await storage.session.get(KEYS.warning(tab.id));
      const urls = w && typeof w === "object" ? [w.url, w.return_url].filter(isWeb) : [];
      return leave(tab, urls, w?.verdict ?? null);
    },
  },
};
