// @ts-check
// Handlers for messages from content scripts, i.e. from inside web pages that may be hostile. The
// dispatcher (service-worker.js) has checked that the sender is a web page tab and the message's
// size; tab and URL come from `sender`, never from the message; every payload field is validated.

import { i18n, runtime, tabs } from "../platform/browser.js";
import { FROM_CONTENT } from "../platform/messages.js";
import { isRetailerId, recordAnswer, recordTwoStepOn, recordVisit, reminderPlan, retailerState, signedInReminderDecision } from "../shared/reminders.js";
import { currentSettings, engineRules, getEngine } from "./engine.js";
import { noteVisit, withSecurity } from "./security-state.js";
import { sanitizeSignals } from "./signals.js";
import { assistFlow, takeoverSigns } from "./takeover.js";
import { signinState } from "./password-alert.js";
import { recordPage, tabRecord, topFrameVerdict, urlVerdict } from "./verdict-store.js";
import { isAllowed } from "./protection.js";
import { generationOf, noteFrame, restoreFrames, tellParent, worstOf } from "./frames.js";
import { bannerMessages } from "./banner-text.js";

/** @typedef {import("../types/background").TabSender} TabSender */
/** @typedef {import("../types/background").Handlers<TabSender>} Handlers */

/** The verdict of the sender's top-frame page when it is an official retailer page (the tab's stored verdict). */
async function officialPage(/** @type {TabSender} */ sender) {
  const verdict = await topFrameVerdict(sender);
  if (!verdict || verdict.verdict !== "official" || !isRetailerId(verdict.retailer)) return null;
  return verdict;
}

/**
 * The address the page shows now. A single-page app changes it with history.pushState, which the
 * browser's `sender.url` may not follow (Chromium keeps the document's first URL): the content
 * script sends `location.href`, taken only when it has the sender's origin (a page can change its
 * path, never its origin, without a navigation).
 * @param {any} message @param {TabSender} sender @param {number} maxChars the engine's URL cap
 */
function pageUrl(message, sender, maxChars) {
  const said = message.url;
  if (typeof said !== "string" || said.length > maxChars || /** @type {any} */ (sender).documentUrl !== sender.url) return sender.url;
  try {
    return new URL(said).origin === new URL(sender.url).origin ? said : sender.url;
  } catch {
    return sender.url;
  }
}

/** @type {Handlers} */
const handlers = {
  /** Page signals of a frame: its page verdict; the top frame's replaces the tab's record. */
  async [FROM_CONTENT.pageSignals](message, sender) {
    const since = generationOf(sender.tab.id); // the tab's top document when the report arrived
    const signals = /** @type {import("../types/verdict").PageSignals} */ (sanitizeSignals(message.signals, await engineRules()));
    const tabId = sender.tab.id;
    const url = pageUrl(message, sender, (await engineRules()).limits.url_chars);
    const allowed = isAllowed(tabId, url); // a storage read, while the engine checks the page
    const verdict = (await getEngine()).checkPage({ url, signals });
    const continued = await allowed;
    if (sender.frameId !== 0) {
      // A sub-frame with a sign-in form draws its own warning, and a warning frame raises the tab's
      // record (the worst frame decides the badge, the popup and the top page's banner).
      const lifecycle = /** @type {any} */ (sender).documentLifecycle; // Chromium
      const noted = await noteFrame(tabId, sender.frameId, verdict, url, since, lifecycle === undefined || lifecycle === "active");
      if (noted) void tellParent(tabId, url, signals, noted.frame);
      return { ok: true, verdict: tabRecord(verdict, signals.signin_form), continued, messages: bannerMessages(verdict, i18n.getMessage) };
    }
    noteVisit(verdict);
    await restoreFrames(tabId); // a worker stopped since a frame warned: its warning still counts
    // The page is answered at once; the record's write (storage, badge, title: three calls to the
    // browser) follows in the tab's queue, which every later reader of the record waits on.
    const worst = worstOf(tabId, verdict, url);
    recordPage(tabId, signals, worst).catch((error) => console.error("Omamori: page verdict not stored:", error));
    return { ok: true, verdict: tabRecord(worst, signals.signin_form), continued, messages: bannerMessages(worst, i18n.getMessage) };
  },

  /**
   * The URL verdict of a top-frame document, asked by the content script at document_start (before
   * the page is parsed): the one computed for this navigation since onBeforeNavigate, the verdict
   * webNavigation.onCommitted stores, without waiting for that write. Sub-frames get null: they
   * warn from their page signals. A verdict that asks for the banner comes with its strings
   * (banner-text.js), and so does the page verdict's answer.
   */
  async [FROM_CONTENT.urlVerdict](_message, sender) {
    if (sender.frameId !== 0) return { ok: true, verdict: null };
    const verdict = await urlVerdict(sender.tab.id, sender.url);
    return { ok: true, verdict: verdict && tabRecord(verdict, null), messages: bannerMessages(verdict, i18n.getMessage) };
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
    const { signedIn, asking } = await signinState(sender.tab.id, verdict);
    return withSecurity(async (state0, ctx) => {
      let state = recordVisit(state0, id, ctx.now, verdict);
      if (account.two_step_on) state = recordTwoStepOn(state, id);
      /** @type {{ signs: string[], retailer: string, steps: any[] } | null} */
      let takeover = null;
      if (verdict.page_kind === "signin") {
        const emailHash = retailerState(state, id).email_hash ?? null;
        const signs = await takeoverSigns({
          noAccount: account.no_account, text, emailHash, salt: emailHash ? await ctx.salt() : null, subtle: globalThis.crypto.subtle,
        });
        // "No account with this email" is usually a typo: the card first asks to check the address.
        if (signs.length) takeover = { signs, retailer: id, steps: assistFlow(signs) };
      }
      // Passkey first, else two-step verification; only when signed in (an account page, or right after
      // a sign-in), never over the sign-in form. Showing writes nothing: "reminded" is the user's answer.
      /** @type {any} */
      let reminder = null;
      const plan = reminderPlan(verdict);
      if (!takeover && !asking && message.shown !== true && plan && signedInReminderDecision(state, verdict, reminderSettings, ctx.now, { signedIn })) {
        reminder = { retailer: id, ...plan };
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
