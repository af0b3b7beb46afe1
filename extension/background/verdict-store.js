// @ts-check
// Per-tab records: the latest verdict of each tab's top frame in storage.session (the popup reads
// it), and the toolbar badge and title that show it. Other background modules read a tab's verdict here instead of
// classifying the same URL again.

import { action, i18n, storage } from "../platform/browser.js";
import { KEYS } from "../platform/messages.js";
import { badgeFor, recordOf, retailerName, warns } from "../shared/verdict-view.js";
import { getEngine, severityOrder } from "./engine.js";
import { urlVerdicts } from "./url-verdicts.js";

/** @typedef {import("../types/verdict").Verdict} Verdict */
/** @typedef {import("../types/verdict").TabRecord} TabRecord */
/** @typedef {import("../types/verdict").PageSignals} PageSignals */

// Updates of one tab's record are serialized, so a navigation's URL verdict can never overwrite the
// page verdict that followed it, and a read queued behind a write sees it.
/** @type {Map<number, Promise<unknown>>} */
const queues = new Map();
/**
 * @template T
 * @param {number} tabId
 * @param {() => Promise<T>} fn
 * @returns {Promise<T>}
 */
export function serial(tabId, fn) {
  const run = (queues.get(tabId) ?? Promise.resolve()).then(fn, fn);
  const tail = run.catch(() => {});
  queues.set(tabId, tail);
  tail.then(() => queues.get(tabId) === tail && queues.delete(tabId));
  return run;
}

const navigations = urlVerdicts(getEngine);

/**
 * The URL verdict of a tab's top-frame `url`: computed once per navigation (url-verdicts.js), first
 * asked at onBeforeNavigate, then by onCommitted's record and the content script's `url-verdict`.
 */
export const urlVerdict = (/** @type {number} */ tabId, /** @type {string} */ url) => navigations.verdict(tabId, url);

export const isWeb = (/** @type {unknown} */ url) => typeof url === "string" && /^https?:\/\//i.test(url);

/** The tab's record of a verdict (what storage.session keeps and the content script is answered; shared/verdict-view.js recordOf). */
export const tabRecord = (/** @type {Verdict} */ verdict, /** @type {boolean | null} */ signinForm) => recordOf(verdict, signinForm, severityOrder());

/** Stores `verdict` as the tab's record and shows it on the badge and title. */
export async function storeVerdict(/** @type {number} */ tabId, /** @type {Verdict & { document_url?: string }} */ verdict, /** @type {boolean | null} */ signinForm) {
  // `trusted` and `actions` come with the verdict: the engine is always rebuilt together with the settings.
  const record = tabRecord(verdict, signinForm);
  await storage.session.set({ [KEYS.verdict(tabId)]: record });
  await action.setBadge(tabId, badgeFor(record));
  await action.setTitle(tabId, titleFor(record));
  return record;
}

function titleFor(/** @type {TabRecord} */ record) {
  const name = retailerName(record, i18n.getUILanguage());
  if (warns(record)) return i18n.getMessage("title_lookalike", [name]);
  if (record.verdict === "official") return i18n.getMessage("title_official", [name]);
  return i18n.getMessage("action_title");
}

/**
 * A top-level navigation committed, or the top frame changed its address (pushState): the URL
 * verdict, after `combine` (the tab's frames may raise it: frames.js); signinForm stays null until
 * the content script has seen the page.
 * @param {number} tabId @param {string} url @param {(v: Verdict) => Verdict | Promise<Verdict>} [combine]
 */
export function recordNavigation(tabId, url, combine = (v) => v) {
  return serial(tabId, async () => {
    if (!isWeb(url)) {
      await storage.session.remove(KEYS.verdict(tabId));
      await action.setBadge(tabId, { text: "" });
      return;
    }
    await storeVerdict(tabId, await combine(await urlVerdict(tabId, url)), null);
  });
}

/** The top frame's page verdict (from its page signals) replaces the tab's record. */
export function recordPage(/** @type {number} */ tabId, /** @type {PageSignals} */ signals, /** @type {Verdict} */ verdict) {
  return serial(tabId, () => storeVerdict(tabId, verdict, signals.signin_form));
}

/** The tab's stored record, after the writes queued before this call. */
export function storedRecord(/** @type {number} */ tabId) {
  return serial(tabId, async () => {
    const key = KEYS.verdict(tabId);
    const { [key]: record } = await storage.session.get(key);
    return /** @type {TabRecord | undefined} */ (record) ?? null;
  });
}

/**
 * The verdict of a content script's top-frame page: the tab's stored record when it is for
 * `sender.url`; classified again only when the record is missing or for another URL (a
 * same-document navigation, a record dropped by the browser). Null for sub-frames.
 * @param {{ frameId?: number, url?: string, tab?: { id?: number } }} sender
 * @returns {Promise<Verdict | null>}
 */
export async function topFrameVerdict(sender) {
  const tabId = sender.tab?.id;
  if (sender.frameId !== 0 || typeof tabId !== "number" || typeof sender.url !== "string") return null;
  const record = await storedRecord(tabId);
  if (record && record.url === sender.url) return record;
  return urlVerdict(tabId, sender.url);
}

export async function forgetTab(/** @type {number} */ tabId) {
  navigations.forget(tabId);
  await storage.session.remove(KEYS.verdict(tabId));
}
