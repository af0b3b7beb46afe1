// @ts-check
// One verdict per tab: the worst of its frames. A kit framed inside a harmless page (an iframe on a
// random domain, or a frame the page wrote itself) warns the whole tab — badge, popup and the top
// page's banner — not only inside its frame, where it may be small or hidden.

import { storage, tabs } from "../platform/browser.js";
import { KEYS, TO_CONTENT } from "../platform/messages.js";
import { hasAction } from "../shared/verdict-view.js";
import { serial, storeVerdict } from "./verdict-store.js";

/** @typedef {import("../types/verdict").Verdict} Verdict */

const RANK = { high: 3, medium: 2, low: 1 };
/** How strongly a verdict warns: 0 when the policy asks for no banner, else its severity's rank. */
const rank = (/** @type {any} */ v) => (hasAction(v, "banner") ? RANK[/** @type {"high"} */ (v?.severity)] ?? 1 : 0);

/** tabId → the worst warning a sub-frame of the tab's current page reported, with the frame's URL. */
const worst = new Map();

/** Forgets a tab's frames (a new top-level page, or the tab closed). */
export const forgetFrames = (/** @type {number} */ tabId) => void worst.delete(tabId);

/**
 * The tab's record for its top page (`topUrl`), raised to the worst frame warning when that warns
 * more: the frame's verdict, under the top page's URL, with `frame_url` saying where it came from.
 * @param {number} tabId @param {Verdict} top @param {string} topUrl
 */
export function worstOf(tabId, top, topUrl) {
  const w = worst.get(tabId);
  if (!w || w.topUrl !== topUrl || rank(w.verdict) <= rank(top)) return top;
  return { ...w.verdict, url: topUrl, frame_url: w.frameUrl };
}

/**
 * A sub-frame's page verdict. When it warns more than the tab's record, the record becomes it
 * and the top frame is told to draw it (the badge and title follow the record).
 * @param {number} tabId @param {Verdict} verdict @param {string} frameUrl
 */
export function noteFrame(tabId, verdict, frameUrl) {
  if (rank(verdict) === 0) return Promise.resolve();
  return serial(tabId, async () => {
    const { [KEYS.verdict(tabId)]: record } = await storage.session.get(KEYS.verdict(tabId));
    if (!record || typeof record.url !== "string") return;
    const prev = worst.get(tabId);
    if (!prev || prev.topUrl !== record.url || rank(verdict) > rank(prev.verdict)) worst.set(tabId, { topUrl: record.url, frameUrl, verdict });
    const raised = worstOf(tabId, record, record.url);
    if (raised === record) return;
    const stored = await storeVerdict(tabId, raised, record.signinForm ?? null);
    await tabs.sendToFrame(tabId, 0, { kind: TO_CONTENT.tabVerdict, verdict: stored }).catch(() => {});
  });
}
