// @ts-check
// Handlers for messages from this extension's own pages (popup, options, recovery assistant). The
// dispatcher (service-worker.js) routes here only what `runtime.isExtensionPage(sender)` accepts.

import { tabs } from "../platform/browser.js";
import { FROM_EXTENSION } from "../platform/messages.js";
import { checklist, isRetailerId, resetRetailer, setEmailHash } from "../shared/reminders.js";
import { applySettings, coreVersion, getEngine, settingsWithDomain } from "./engine.js";
import { withSecurity } from "./security-state.js";
import { hashEmail } from "./takeover.js";
import { storedRecord } from "./verdict-store.js";

/** @typedef {import("../types/background").Handlers<import("../types/background").Sender>} Handlers */

const MAX_URL = 2048;

/** @type {Handlers} */
const handlers = {
  /** The catalog, from `engine.retailers()`. */
  async [FROM_EXTENSION.getRetailers]() {
    return { ok: true, retailers: (await getEngine()).retailers() };
  },

  /** A URL's verdict with the current settings (options: preview a user site). */
  async [FROM_EXTENSION.checkUrl](message) {
    return { ok: true, verdict: (await getEngine()).checkUrl(String(message.url ?? "").slice(0, MAX_URL)) };
  },

  async [FROM_EXTENSION.getVersion]() {
    return { ok: true, version: await coreVersion() };
  },

  async [FROM_EXTENSION.getChecklist]() {
    const catalog = (await getEngine()).retailers();
    return withSecurity((state) => ({ result: { ok: true, rows: checklist(state, catalog) } }));
  },

  async [FROM_EXTENSION.resetRetailer](message) {
    if (!isRetailerId(message.retailer)) throw new Error("unknown retailer");
    return withSecurity((state) => ({ state: resetRetailer(state, message.retailer), result: { ok: true } }));
  },

  /** The salted hash of the user's account email for a retailer (null or "": remove it). */
  async [FROM_EXTENSION.setAccountEmail](message) {
    const id = message.retailer;
    if (!isRetailerId(id) || !(await getEngine()).retailers().some((r) => r.id === id)) throw new Error("unknown retailer");
    return withSecurity(async (state, ctx) => {
      if (message.email === null || message.email === "") return { state: setEmailHash(state, id, null), result: { ok: true } };
      const hash = await hashEmail(String(message.email).slice(0, 320), await ctx.salt());
      if (!hash) return { result: { ok: false, error: "not an email address" } };
      return { state: setEmailHash(state, id, hash), result: { ok: true } };
    });
  },

  /**
   * The popup's "stop trusting": the domain is the one the tab's stored verdict was trusted for.
   * The tab is then loaded again, so the page's warning comes back the ordinary way.
   */
  async [FROM_EXTENSION.untrustSite](message) {
    const tabId = message.tabId;
    if (!Number.isInteger(tabId) || tabId < 0) throw new Error("no tab");
    const shown = await storedRecord(tabId);
    if (!shown || shown.verdict !== "lookalike" || !shown.trusted || typeof shown.url !== "string") throw new Error("this tab's site is not trusted");
    const domain = shown.registrable_domain ?? shown.host;
    if (!domain) throw new Error("no domain to stop trusting");
    await applySettings(await settingsWithDomain("trusted_domains", domain, false));
    // Trusted through another entry (a parent domain added in options): say so rather than pretend.
    if ((await getEngine()).checkUrl(shown.url).trusted) return { ok: false, domain, error: "still trusted" };
    await tabs.update(tabId, shown.url);
    return { ok: true, domain };
  },
};

export const pageHandlers = { fromExtension: handlers };
