// @ts-check
// Handlers for messages from content scripts, i.e. from inside web pages that may be hostile. The
// dispatcher (service-worker.js) has checked that the sender is a web page tab and the message's
// size; tab and URL come from `sender`, never from the message; every payload field is validated.

import { runtime, storage, tabs } from "../platform/browser.js";
import { FROM_CONTENT, KEYS } from "../platform/messages.js";
import { isRetailerId, recordAnswer, recordTwoStepOn, recordVisit, reminderDecision, retailerState } from "../shared/reminders.js";
import { applySettings, currentSettings, engineRules, getEngine, settingsWithDomain } from "./engine.js";
import { noteVisit, withSecurity } from "./security-state.js";
import { sanitizeSignals } from "./signals.js";
import { takeoverSigns } from "./takeover.js";
import { recheck, recordPage, serial, storedRecord, topFrameVerdict } from "./verdict-store.js";

/** @typedef {import("../types/background").TabSender} TabSender */
/** @typedef {import("../types/background").Handlers<TabSender>} Handlers */

/** The verdict of the sender's top-frame page when it is an official retailer page (the tab's stored verdict). */
async function officialPage(/** @type {TabSender} */ sender) {
  const verdict = await topFrameVerdict(sender);
  if (!verdict || verdict.verdict !== "official" || !isRetailerId(verdict.retailer)) return null;
  return verdict;
}

/** @type {Handlers} */
const handlers = {
  /** Page signals of a frame: its page verdict; the top frame's replaces the tab's record. */
  async [FROM_CONTENT.pageSignals](message, sender) {
    const signals = /** @type {import("../types/verdict").PageSignals} */ (sanitizeSignals(message.signals, await engineRules()));
    const tabId = sender.tab.id;
    const url = sender.url;
    const verdict = (await getEngine()).checkPage({ url, signals });
    if (sender.frameId !== 0) {
      // A sub-frame with a sign-in form: it draws its own warning; the tab's record is the top frame's.
      return { ok: true, verdict };
    }
    noteVisit(verdict);
    return { ok: true, verdict: await recordPage(tabId, url, signals, verdict) };
  },

  /** "I trust this site" on the banner of the page this tab is being warned about. */
  async [FROM_CONTENT.trustSite](_message, sender) {
    if (sender.frameId !== 0) throw new Error("only the top frame can trust its site");
    const tabId = sender.tab.id;
    const url = sender.url;
    // Only a page this extension is warning about can be trusted (the button is on its banner).
    const shown = await storedRecord(tabId);
    if (!shown || shown.url !== url || shown.verdict !== "lookalike") throw new Error("no warning on this page");
    const domain = shown.registrable_domain ?? shown.host;
    if (!domain) throw new Error("no domain to trust");
    await applySettings(await settingsWithDomain("trusted_domains", domain, true));
    return { ok: true, domain, verdict: await recheck(tabId, url) };
  },

  /** What the content script drew (banner/guard, reminder card), mirrored to storage.session. */
  async [FROM_CONTENT.uiState](message, sender) {
    if (sender.frameId !== 0) return { ok: true };
    const ui = message.ui && typeof message.ui === "object" ? message.ui : {};
    const text = (/** @type {unknown} */ v, /** @type {number} */ n) => (typeof v === "string" ? v.slice(0, n) : "");
    /** @param {any} c */
    const card = (c) => {
      if (!c || typeof c !== "object" || c.shown !== true) return { shown: false };
      /** @type {Record<string, number[]>} */
      const buttons = {};
      for (const [k, p] of Object.entries(c.buttons && typeof c.buttons === "object" ? c.buttons : {}).slice(0, 5)) {
        if (/^[a-z]{1,10}$/.test(k) && Array.isArray(p) && p.length === 2 && p.every(Number.isFinite)) buttons[k] = p.map(Math.round);
      }
      return { shown: true, title: text(c.title, 300), href: text(c.href, 500), buttons };
    };
    const record = {
      url: sender.url,
      banner: ui.banner === true,
      guard: ui.guard === true,
      guardShown: ui.guardShown === true,
      lang: text(ui.lang, 16),
      title: text(ui.title, 300),
      lines: Array.isArray(ui.lines) ? ui.lines.slice(0, 20).map((/** @type {unknown} */ l) => text(l, 300)) : [],
      // The reminder and the recovery offer: what they say and where their buttons are (for the e2e tests).
      reminder: card(ui.reminder),
      assist: card(ui.assist),
      noteChecked: ui.noteChecked === true,
    };
    await serial(sender.tab.id, () => storage.session.set({ [KEYS.ui(sender.tab.id)]: record }));
    return { ok: true };
  },

  /** An official sign-in/account page's visible text: whether to show the two-step reminder or the recovery offer. */
  async [FROM_CONTENT.pageCheck](message, sender) {
    const none = { ok: true, reminder: null, takeover: null };
    const verdict = await officialPage(sender);
    if (!verdict) return none;
    const id = /** @type {string} */ (verdict.retailer);
    const text = typeof message.text === "string" ? message.text.slice(0, (await engineRules()).limits.page_text) : "";
    const account = (await getEngine()).accountText(sender.url, text);
    const reminderSettings = (await currentSettings())?.reminder;
    return withSecurity(async (state0, ctx) => {
      let state = recordVisit(state0, id, ctx.now, verdict);
      if (account.two_step_on) state = recordTwoStepOn(state, id);
      /** @type {{ signs: string[], retailer: string } | null} */
      let takeover = null;
      if (verdict.page_kind === "signin") {
        const emailHash = retailerState(state, id).email_hash ?? null;
        const signs = await takeoverSigns({
          noAccount: account.no_account, text, emailHash, salt: emailHash ? await ctx.salt() : null, subtle: globalThis.crypto.subtle,
        });
        if (signs.length) takeover = { signs, retailer: id };
      }
      /** @type {{ retailer: string, two_step_url: string | null } | null} */
      let reminder = null;
      if (!takeover && message.shown !== true) {
        const decision = reminderDecision(state, verdict, reminderSettings, ctx.now);
        state = decision.state;
        if (decision.show) reminder = { retailer: id, two_step_url: verdict.two_step_url };
      }
      return { state, result: { ok: true, reminder, takeover, two_step: retailerState(state, id).two_step } };
    });
  },

  /** The user's click on the two-step reminder: "on" or "later". */
  async [FROM_CONTENT.reminderAnswer](message, sender) {
    const verdict = await officialPage(sender);
    if (!verdict) throw new Error("not an official page");
    if (!["on", "later"].includes(message.answer)) throw new Error("unknown answer");
    const id = /** @type {string} */ (verdict.retailer);
    await withSecurity((state, { now }) => ({ state: recordAnswer(state, id, message.answer, now) }));
    return { ok: true };
  },

  /** Opens the recovery assistant for this official page's retailer. */
  async [FROM_CONTENT.openRecovery](_message, sender) {
    const verdict = await officialPage(sender);
    if (!verdict) throw new Error("not an official page");
    await tabs.create({ url: runtime.getURL(`recovery/recovery.html?retailer=${verdict.retailer}`), openerTabId: sender.tab.id });
    return { ok: true };
  },
};

export const contentHandlers = { fromContent: handlers };
