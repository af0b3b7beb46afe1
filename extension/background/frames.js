// @ts-check
// The frames of each tab's current top document: the one owner of per-frame verdicts and of the
// rule that combines them. One verdict per tab: the worst of its frames. A kit framed inside a
// harmless page (an iframe on a random domain, or a frame the page wrote itself) warns the whole
// tab — badge, popup and the top page's banner — not only inside its frame, where it may be small
// or hidden.
//
// The worst warning a frame reported holds for the life of the top document: a page script cannot
// lower it, neither by navigating its frame elsewhere (about:blank, a harmless page), nor by
// making its form look harmless and reporting again, nor by changing the top frame's address with
// history.pushState (a same-document navigation keeps the frames). It is forgotten only when the
// top frame commits a new document or the tab closes. The worst warning is kept in storage.session
// too: a service worker stopped while the user stays on the page (MV3 stops an idle worker after
// ~30 s) would otherwise forget it, and the top frame's next report (a click's rescan, a pushState)
// would replace the tab's record with the top page's own, lower verdict.

import { storage, tabs, webNavigation } from "../platform/browser.js";
import { KEYS, TO_CONTENT } from "../platform/messages.js";
import { warningRank } from "../shared/verdict-view.js";
import { severityOrder } from "./engine.js";
import { serial, storeVerdict } from "./verdict-store.js";

/** @typedef {import("../types/verdict").Verdict} Verdict */

/** How strongly a verdict warns (0: no banner), in the engine's order of severities. */
const rank = (/** @type {Verdict} */ v) => warningRank(v, severityOrder());

/**
 * tabId → the sub-frames of the tab's current top document that reported page signals (frameId →
 * their latest URL and verdict), and the worst warning any of them reported.
 * @type {Map<number, { frames: Map<number, { url: string, verdict: Verdict }>, worst: { frameUrl: string, verdict: Verdict } | null }>}
 */
const byTab = new Map();

/** tabId → how many times its frames were forgotten (a restore begun before a forget must not undo it). */
const forgotten = new Map();

/** Forgets a tab's frames (the top frame committed a new document, or the tab closed). */
export function forgetFrames(/** @type {number} */ tabId) {
  byTab.delete(tabId);
  forgotten.set(tabId, (forgotten.get(tabId) ?? 0) + 1);
  void storage.session.remove(KEYS.frames(tabId)).catch(() => {});
}

/** How many times a tab's frames were forgotten so far: taken when a report arrives, compared after. */
export const generationOf = (/** @type {number} */ tabId) => forgotten.get(tabId) ?? 0;

/** After a worker restart: the tab's worst frame warning, read back from storage.session once. */
export async function restoreFrames(/** @type {number} */ tabId) {
  if (byTab.has(tabId)) return;
  const generation = forgotten.get(tabId) ?? 0;
  const key = KEYS.frames(tabId);
  const { [key]: worst } = await storage.session.get(key).catch(() => ({ [key]: null }));
  if (byTab.has(tabId) || (forgotten.get(tabId) ?? 0) !== generation) return;
  const valid = worst && typeof worst === "object" && typeof worst.frameUrl === "string" && worst.verdict && typeof worst.verdict === "object";
  if (valid) byTab.set(tabId, { frames: new Map(), worst });
}

/** The latest page verdict of a tab's sub-frame (null: it reported none). */
export const frameVerdict = (/** @type {number} */ tabId, /** @type {number} */ frameId) => byTab.get(tabId)?.frames.get(frameId)?.verdict ?? null;

/**
 * The tab's verdict for its top page (`top`, at `topUrl`): raised to the worst frame warning when
 * that warns more — the frame's verdict, under the top page's URL, with `frame_url` saying where it
 * came from.
 * @param {number} tabId @param {Verdict} top @param {string} topUrl
 */
export function worstOf(tabId, top, topUrl) {
  const w = byTab.get(tabId)?.worst;
  if (!w || rank(w.verdict) <= rank(top)) return top;
  return { ...w.verdict, url: topUrl, frame_url: w.frameUrl };
}

/**
 * The frame as the browser lists it in the tab (webNavigation.getFrame's details): null when it is
 * not listed (a late report from a frame of the previous top document), undefined when the browser
 * could not tell. A frame the browser does not know yet is asked for again: a frame written by its
 * parent (srcdoc, about:blank) can report before webNavigation has recorded its commit.
 * @returns {Promise<any>}
 */
async function listedFrame(/** @type {number} */ tabId, /** @type {number} */ frameId) {
  for (let attempt = 0; attempt < FRAME_ASKS; attempt++) {
    if (attempt) await new Promise((r) => setTimeout(r, FRAME_ASK_MS));
    try {
      const frame = await webNavigation.getFrame({ tabId, frameId });
      if (frame != null) return frame;
    } catch {
      return undefined; // the browser could not tell: keep the report (a warning is never dropped on doubt)
    }
  }
  return null;
}
/** How often, and how far apart, a frame unknown to the browser is asked for (~1 s in all). */
const FRAME_ASKS = 6;
const FRAME_ASK_MS = 200;

/**
 * A sub-frame's page verdict. When it warns more than the tab's record, the record becomes it
 * and the top frame is told to draw it (the badge and title follow the record). A frame the browser
 * never lists (Chromium keeps no navigation for a `javascript:` URL's document) still counts when its
 * document was live when it reported and the top frame has committed no new document since the
 * report arrived (`since`: generationOf then): a previous document's late report arrives before the
 * new document's commit is heard.
 * @param {number} tabId @param {number} frameId @param {Verdict} verdict @param {string} frameUrl
 * @param {number} since @param {boolean} live
 * @returns {Promise<{ frame: any } | null>} the frame as the browser lists it (listedFrame), or null
 *   when the report was dropped
 */
export async function noteFrame(tabId, frameId, verdict, frameUrl, since, live) {
  const frame = await listedFrame(tabId, frameId);
  if (frame === null && !(live && generationOf(tabId) === since)) return null;
  await restoreFrames(tabId);
  const tab = byTab.get(tabId) ?? { frames: new Map(), worst: null };
  byTab.set(tabId, tab);
  tab.frames.set(frameId, { url: frameUrl, verdict });
  if (rank(verdict) > 0 && !(tab.worst && rank(verdict) <= rank(tab.worst.verdict))) await raise(tabId, tab, frameUrl, verdict);
  return { frame };
}

/**
 * The tab's record raised to a frame's warning, and the top frame told to draw it.
 * @param {number} tabId @param {{ worst: { frameUrl: string, verdict: Verdict } | null }} tab
 * @param {string} frameUrl @param {Verdict} verdict
 */
async function raise(tabId, tab, frameUrl, verdict) {
  tab.worst = { frameUrl, verdict };
  await storage.session.set({ [KEYS.frames(tabId)]: tab.worst });
  await serial(tabId, async () => {
    const { [KEYS.verdict(tabId)]: record } = await storage.session.get(KEYS.verdict(tabId));
    if (!record || typeof record.url !== "string") return;
    const raised = worstOf(tabId, record, record.url);
    if (raised === record) return;
    const stored = await storeVerdict(tabId, raised, record.signinForm ?? null);
    await tabs.sendToFrame(tabId, 0, { kind: TO_CONTENT.tabVerdict, verdict: stored }).catch(() => {});
  });
}

/**
 * Whether a frame's signals show a sign-in, card or code form (the twin of content/main.js
 * `weighs`: content scripts and background modules share no code).
 * @param {import("../types/verdict").PageSignals} signals
 */
const showsForm = (signals) => {
  const f = signals.fields;
  return signals.signin_form === true || f.password > 0 || f.card > 0 || f.otp > 0;
};

/**
 * Tells a sub-frame's parent that the frame has a sign-in, card or code form (its field counts, its
 * buttons' and fields' labels: what the user reads in the frame): a page may write its form into a
 * frame of its own and keep the brand in its own text. The parent decides whether the frame is its
 * own (content/collect-frames.js showing) and reports the page with it. Nothing is told of a frame
 * without such a form, or one the browser could not tell about (`frame` undefined).
 * @param {number} tabId @param {string} frameUrl
 * @param {import("../types/verdict").PageSignals} signals the frame's, sanitized
 * @param {any} frame the frame as noteFrame found it listed (null: not listed)
 */
export async function tellParent(tabId, frameUrl, signals, frame) {
  if (!showsForm(signals) || frame === undefined) return;
  const { fields, buttons = [], field_labels = [] } = signals;
  const signin = signals.signin_form === true;
  // A frame the browser keeps no navigation for is one its parent wrote (Chromium: a `javascript:`
  // URL's document): told to the top frame as such, which looks among its own written frames.
  if (frame && frame.parentFrameId < 0) return;
  // The frame's document URL as the browser knows it (`data:…`, `about:blank`): the sender's URL of
  // a frame matched by its creator's origin is the creator's.
  const url = !frame ? "about:blank" : typeof frame.url === "string" && frame.url ? frame.url : frameUrl;
  const parent = frame ? frame.parentFrameId : 0;
  await tabs.sendToFrame(tabId, parent, { kind: TO_CONTENT.childForm, url, fields, signin, buttons, field_labels }).catch(() => {});
}
