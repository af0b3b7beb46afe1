// @ts-check
// Handlers for messages from this extension's own pages (popup, options, recovery assistant). The
// dispatcher (service-worker.js) routes here only what `runtime.isExtensionPage(sender)` accepts.

import { FROM_EXTENSION } from "../platform/messages.js";
import { checklist, isRetailerId, resetRetailer, setEmailHash } from "../shared/reminders.js";
import { coreVersion, getEngine } from "./engine.js";
import { withSecurity } from "./security-state.js";
import { hashEmail } from "./takeover.js";

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
};

export const pageHandlers = { fromExtension: handlers };
