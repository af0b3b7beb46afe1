// @ts-check
// Handlers for messages from content scripts, i.e. from inside web pages that may be hostile. The
// dispatcher (service-worker.js) has checked that the sender is a web page tab and the message's
// size; tab and URL come from `sender`, never from the message; every payload field is validated.

import { runtime, tabs } from "../platform/browser.js";
import { FROM_CONTENT } from "../platform/messages.js";
import { isRetailerId, recordAnswer, recordTwoStepOn, recordVisit, reminderDecision, retailerState } from "../shared/reminders.js";
import { currentSettings, engineRules, getEngine } from "./engine.js";
import { noteVisit, withSecurity } from "./security-state.js";
import { sanitizeSignals } from "./signals.js";
import { takeoverSigns } from "./takeover.js";
import { recordPage, topFrameVerdict } from "./verdict-store.js";
import { isAllowed, noteFrameVerdict } from "./protection.js";

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
    const continued = await isAllowed(tabId, url);
    if (sender.frameId !== 0) {
      // A sub-frame with a sign-in form: it draws its own warning; the tab's record is the top frame's.
      noteFrameVerdict(sender, verdict);
      return { ok: true, verdict, continued };
    }
    noteVisit(verdict);
    return { ok: true, verdict: await recordPage(tabId, signals, verdict), continued };
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
