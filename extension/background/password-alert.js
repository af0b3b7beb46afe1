// @ts-check
// Protected-password alert (issue 12), background side: learns a fingerprint of a retailer password
// after a successful sign-in on the retailer's official site (with the user's consent), checks what
// is typed on every other site against it (rate-limited, in the engine), warns about one-time codes
// on flagged pages, and adds the reason `password-reuse` to the tab's stored verdict.
//
// The rate limit outlives the service worker: each bucket (per tab and registrable domain of the
// tab's page) is saved in storage.session after every check and put back when a fresh worker (or a
// matcher rebuilt after a settings change) first meets it; restoring never adds budget. Firefox has
// storage.session too (since 115), so both browsers keep the same bound.
//
// The password itself only ever exists here for the time of one engine call (fingerprint or match):
// it is never stored, logged or sent anywhere. Stored: storage.local "passwords" (fingerprints,
// consent, the user's own domains; shared/password-state.js) and storage.session "pwsignin:<tab>"
// (the fingerprint of a sign-in waiting for its next page), "pwalert:<tab>" (the last alert, for the
// warning page when the page fights the in-page alert: protection.js) and "pwlimit:<tab>:<domain>".
//
// service-worker.js adds `passwordHandlers` (a handler group by trust) to its routes.

import { PasswordMatcher, isOneTimeCode, passwordBounds, passwordFingerprint } from "../pkg/omamori.js";
import { runtime, storage, tabs } from "../platform/browser.js";
import { KEYS } from "../platform/messages.js";
import { getEngine } from "./engine.js";
import { serial, storeVerdict } from "./verdict-store.js";
import {
  PW_FROM_CONTENT, PW_FROM_EXTENSION, PW_KEY, PW_TO_CONTENT, pwAlertKey, pwLimitKey, pwSigninKey,
} from "../shared/password-messages.js";
import {
  applicable, forget, isDomain, isRetailerId, learn, printList, setConsent, setMine,
  signinRetailer, signinSucceeded, validatePasswords, watchOtp,
} from "../shared/password-state.js";

const MAX_TYPED = 256; // characters of a candidate looked at (the engine keeps the last 64)

function registerPasswordAlert({ contentHandlers, extensionHandlers }) {
  /** @type {any} */
  let cache = null; // { state, list, matcher }

  async function load() {
    if (cache) return cache;
    const { [PW_KEY]: raw } = await storage.local.get(PW_KEY);
    return build(validatePasswords(raw));
  }
  function build(state) {
    const list = printList(state);
    /** @type {any} */
    let matcher = null;
    try {
      matcher = new PasswordMatcher(list.map((x) => x.print));
    } catch (error) {
      console.error("Omamori: stored fingerprints refused:", error);
      matcher = new PasswordMatcher([]);
    }
    cache?.matcher?.free?.();
    cache = { state, list, matcher };
    return cache;
  }
  let queue = Promise.resolve();
  /** Read-modify-write of the state, one at a time. */
  function update(fn) {
    const run = queue.then(async () => {
      const { state } = await load();
      const next = fn(state);
      if (next !== state) {
        await storage.local.set({ [PW_KEY]: next });
        build(next);
      }
      return next;
    });
    queue = run.catch(() => {});
    return run;
  }
  storage.onChanged((changes, area) => {
    if (area === "local" && PW_KEY in changes) cache = null; // rebuilt on next use
  });
  tabs.onRemoved(async (tabId) => {
    const all = await storage.session.get(null).catch(() => ({}));
    const limits = Object.keys(all).filter((k) => k.startsWith(pwLimitKey(tabId, "")));
    for (const k of limits) cache?.matcher?.forgetSource(k);
    storage.session.remove([pwSigninKey(tabId), pwAlertKey(tabId), ...limits]).catch(() => {});
  });

  /** One rate-limited check; the bucket is put back from, and saved to, storage.session. */
  async function limitedCheck(tabId, domain, typed, indices, now) {
    const m = cache ?? (await load());
    const source = pwLimitKey(tabId, domain);
    // No bucket in this matcher (a fresh worker, a rebuilt matcher, or one the engine evicted): the
    // saved one, if any, comes back first.
    if (m.matcher.limitOf(source) === null) {
      const { [source]: saved } = await storage.session.get(source);
      if (saved) m.matcher.restoreLimit(source, saved, now);
    }
    const out = m.matcher.check(source, typed, indices, now);
    const state = m.matcher.limitOf(source);
    if (state) await storage.session.set({ [source]: state });
    return out;
  }

  /** Per-tab order of the sign-in messages: the next page's `signin-done` waits for the `signin` sent
   *  just before the navigation (it arrives first, but its fingerprint takes a few milliseconds). */
  const tabQueues = new Map();
  function inOrder(tabId, fn) {
    const run = (tabQueues.get(tabId) ?? Promise.resolve()).then(fn, fn);
    const tail = run.catch(() => {});
    tabQueues.set(tabId, tail);
    tail.then(() => tabQueues.get(tabId) === tail && tabQueues.delete(tabId));
    return run;
  }

  const pendingOf = async (tabId) => (await storage.session.get(pwSigninKey(tabId)))[pwSigninKey(tabId)] ?? null;
  // The catalog only changes with the engine (settings): read it once per engine, not per keystroke.
  /** @type {{ engine: any, retailers: any[] }} */
  let catalogOf = { engine: null, retailers: [] };
  const retailersOf = async () => {
    const engine = await getEngine();
    if (catalogOf.engine !== engine) catalogOf = { engine, retailers: engine.retailers() };
    return catalogOf.retailers;
  };

  /** The frame's URL verdict and what to watch there. */
  async function frameInfo(sender) {
    const engine = await getEngine();
    const verdict = engine.checkUrl(sender.url);
    const { state, list } = await load();
    const retailers = await retailersOf();
    const indices = applicable(list, retailers, verdict.registrable_domain, state.mine);
    return { verdict, state, list, retailers, indices };
  }

  // ---- content scripts ------------------------------------------------------------------------

  contentHandlers.set(PW_FROM_CONTENT.config, async (_m, sender) => {
    const tabId = sender.tab.id;
    const now = Date.now();
    const { verdict, state, list, indices } = await frameInfo(sender);
    const learnFor = signinRetailer(verdict);
    let pending = await pendingOf(tabId);
    if (learnFor && sender.frameId === 0 && pending?.retailer !== learnFor) {
      // A retailer's sign-in page: one-time codes typed on a foreign page soon after are suspicious.
      pending = { retailer: learnFor, at: now };
      await storage.session.set({ [pwSigninKey(tabId)]: pending });
    }
    const { [KEYS.verdict(tabId)]: tabRecord } = await storage.session.get(KEYS.verdict(tabId));
    const lengths = indices.map((i) => list[i].print.length);
    const bounds = passwordBounds();
    return {
      ok: true,
      watch: lengths.length > 0,
      min: lengths.length ? Math.min(...lengths) : 0,
      max: bounds.max_chars,
      otp: watchOtp({ tabRecord, frameVerdict: verdict, pending, now }) !== null,
      otp_max: bounds.otp_max_digits * 2 + 1,
      learn: !!learnFor && state.consent[learnFor] !== "no",
    };
  });

  contentHandlers.set(PW_FROM_CONTENT.signin, (message, sender) => inOrder(sender.tab.id, async () => {
    const verdict = (await getEngine()).checkUrl(sender.url);
    const retailer = signinRetailer(verdict);
    if (!retailer) throw new Error("not an official sign-in page");
    const { state } = await load();
    // A sign-in form was sent: the next official page that is not the sign-in page again means the
    // user is signed in (the two-step/passkey reminder waits for that, issue 12 item 6).
    await storage.session.set({ [pwSigninKey(sender.tab.id)]: { retailer, at: Date.now(), submitted: true } });
    if (state.consent[retailer] === "no") return { ok: true };
    const password = typeof message.password === "string" ? message.password : "";
    let print;
    try {
      print = passwordFingerprint(password, crypto.getRandomValues(new Uint8Array(16)));
    } catch {
      return { ok: true }; // too short or too long to protect
    }
    // The marketplace signed in on gives the alert's change-password link (amazon.co.jp, not amazon.com).
    const change_url = verdict.change_password_url ?? null;
    await storage.session.set({ [pwSigninKey(sender.tab.id)]: { retailer, at: Date.now(), submitted: true, print, change_url } });
    return { ok: true };
  }));

  contentHandlers.set(PW_FROM_CONTENT.signinDone, (_m, sender) => inOrder(sender.tab.id, async () => {
    if (sender.frameId !== 0) return { ok: true };
    const tabId = sender.tab.id;
    const pending = await pendingOf(tabId);
    if (!pending?.print) return { ok: true };
    const verdict = (await getEngine()).checkUrl(sender.url);
    if (!signinSucceeded(pending, verdict, Date.now())) return { ok: true };
    const { state } = await load();
    const { print, ...rest } = pending; // the fingerprint leaves the session record either way
    if (state.consent[pending.retailer] === "yes") {
      await update((s) => learn(s, pending.retailer, print, Date.now(), pending.change_url));
      await storage.session.set({ [pwSigninKey(tabId)]: rest });
      return { ok: true, learned: true };
    }
    if (state.consent[pending.retailer] === "no") {
      await storage.session.set({ [pwSigninKey(tabId)]: rest });
      return { ok: true };
    }
    // Not asked yet: keep the fingerprint until the user answers the card.
    return { ok: true, consent: { retailer: pending.retailer, retailer_name: verdict.retailer_name } };
  }));

  contentHandlers.set(PW_FROM_CONTENT.consentAnswer, async (message, sender) => {
    if (sender.frameId !== 0) throw new Error("top frame only");
    if (!["yes", "no"].includes(message.answer)) throw new Error("unknown answer");
    const tabId = sender.tab.id;
    const pending = await pendingOf(tabId);
    const verdict = (await getEngine()).checkUrl(sender.url);
    // Only on the retailer's official site, for the sign-in that asked.
    if (!pending?.print || verdict.verdict !== "official" || verdict.retailer !== pending.retailer) {
      throw new Error("nothing to answer");
    }
    const { print, ...rest } = pending;
    await update((s) => {
      const next = setConsent(s, pending.retailer, message.answer);
      return message.answer === "yes" ? learn(next, pending.retailer, print, Date.now(), pending.change_url) : next;
    });
    await storage.session.set({ [pwSigninKey(tabId)]: rest });
    return { ok: true };
  });

  contentHandlers.set(PW_FROM_CONTENT.candidate, async (message, sender) => {
    const tabId = sender.tab.id;
    const typed = typeof message.typed === "string" ? message.typed.slice(-MAX_TYPED) : "";
    if (!typed) return { ok: true, alerted: false };
    const now = Date.now();
    const info = await frameInfo(sender);
    const { verdict, list, retailers, indices } = info;
    const { [KEYS.verdict(tabId)]: tabRecord } = await storage.session.get(KEYS.verdict(tabId));
    const pending = await pendingOf(tabId);
    /** @type {any} */
    let alert = null;
    /** @type {any} */
    let reuse = null; // the verdict's `password-reuse` reason (also for the warning page: protection.js)
    const otpMode = watchOtp({ tabRecord, frameVerdict: verdict, pending, now });
    if ((otpMode === "any" || (otpMode === "code-fields" && message.code_field === true)) && isOneTimeCode(typed)) {
      const flagged = tabRecord?.verdict === "lookalike" ? tabRecord : verdict.verdict === "lookalike" ? verdict : null;
      const retailer = flagged?.retailer ?? pending?.retailer;
      alert = { type: "otp", retailer, ...names(retailers, retailer, flagged) };
    } else if (indices.length) {
      const domain = tabRecord?.registrable_domain ?? verdict.registrable_domain ?? hostOf(tabRecord?.url ?? sender.url);
      const out = await limitedCheck(tabId, String(domain), typed, indices, now);
      if (out.retry_ms != null) return { ok: true, alerted: false, retry_ms: out.retry_ms };
      if (out.matched != null) {
        const retailer = list[out.matched].retailer;
        alert = { type: "password", retailer, ...names(retailers, retailer, null, list[out.matched].print.change_url) };
        reuse = await reuseReason(retailer, retailers, sender.url, list[out.matched].print.change_url);
      }
    }
    if (!alert) return { ok: true, alerted: false };
    const top = tabRecord?.url ?? sender.url;
    const shown = {
      ...alert,
      host: hostOf(top),
      lookalike: tabRecord?.verdict === "lookalike" || verdict.verdict === "lookalike",
    };
    // The record first (the page may fight the alert at once: protection.js reads it), then the
    // alert, then the tab's verdict (off the path from keystroke to alert).
    await storage.session.set({ [pwAlertKey(tabId)]: { url: top, alert: shown, reason: reuse } });
    await tabs.sendToFrame(tabId, 0, { kind: PW_TO_CONTENT.showAlert, alert: shown }).catch(() => {});
    if (reuse) await noteReuse(tabId, reuse);
    return { ok: true, alerted: true };
  });

  contentHandlers.set(PW_FROM_CONTENT.openMine, async (_m, sender) => {
    const { [KEYS.verdict(sender.tab.id)]: rec } = await storage.session.get(KEYS.verdict(sender.tab.id));
    const domain = rec?.registrable_domain ?? (await getEngine()).checkUrl(sender.url).registrable_domain;
    if (!isDomain(domain)) throw new Error("no domain");
    await tabs.create({ url: runtime.getURL(`options/options.html?allow=${encodeURIComponent(domain)}#passwords`), openerTabId: sender.tab.id });
    return { ok: true };
  });

  contentHandlers.set(PW_FROM_CONTENT.openRecovery, async (_m, sender) => {
    const { [pwAlertKey(sender.tab.id)]: rec } = await storage.session.get(pwAlertKey(sender.tab.id));
    const retailer = rec?.alert?.retailer;
    if (!isRetailerId(retailer)) throw new Error("no alert on this tab");
    await tabs.create({ url: runtime.getURL(`recovery/recovery.html?retailer=${retailer}`), openerTabId: sender.tab.id });
    return { ok: true };
  });

  /** The reason `password-reuse` (docs/api.md) for a match of `retailer`'s password in `frameUrl`. */
  async function reuseReason(retailer, retailers, frameUrl, changeUrl) {
    // The marketplace the password was learned on (its change-password page's domain), else the main one.
    const learnedOn = changeUrl ? (await getEngine()).checkUrl(changeUrl).registrable_domain : null;
    const domain = learnedOn ?? retailers.find((r) => r.id === retailer)?.domains?.[0] ?? retailer;
    return { kind: "password-reuse", variant: null, matched: domain, brand: retailer, detail: hostOf(frameUrl) };
  }

  /** The tab's stored verdict gains the reason (once per retailer). */
  async function noteReuse(tabId, reason) {
    await serial(tabId, async () => {
      const { [KEYS.verdict(tabId)]: rec } = await storage.session.get(KEYS.verdict(tabId));
      if (!rec || (rec.reasons ?? []).some((r) => r.kind === "password-reuse" && r.brand === reason.brand)) return;
      const { signinForm, ...verdict } = rec;
      await storeVerdict(tabId, { ...verdict, reasons: [...(rec.reasons ?? []), reason] }, signinForm ?? null);
    });
  }

  // ---- extension pages ------------------------------------------------------------------------

  extensionHandlers.set(PW_FROM_EXTENSION.list, async () => {
    const { state } = await load();
    const retailers = await retailersOf();
    const rows = retailers.map((r) => ({
      retailer: r.id, name: r.name, learned: state.prints[r.id]?.learned ?? null, consent: state.consent[r.id] ?? null,
    }));
    return { ok: true, rows, mine: state.mine };
  });
  extensionHandlers.set(PW_FROM_EXTENSION.forget, async (message) => {
    if (message.retailer !== undefined && !isRetailerId(message.retailer)) throw new Error("unknown retailer");
    await update((s) => forget(s, message.retailer));
    return { ok: true };
  });
  extensionHandlers.set(PW_FROM_EXTENSION.consent, async (message) => {
    if (!(await retailersOf()).some((r) => r.id === message.retailer)) throw new Error("unknown retailer");
    await update((s) => setConsent(s, message.retailer, message.consent ?? null));
    return { ok: true };
  });
  extensionHandlers.set(PW_FROM_EXTENSION.mine, async (message) => {
    const domain = (await getEngine()).checkUrl(`https://${String(message.domain ?? "").slice(0, 253)}/`).registrable_domain;
    if (!isDomain(domain)) throw new Error("not a domain");
    await update((s) => setMine(s, domain, message.mine === true));
    return { ok: true, domain };
  });
}

/** Names and links of a retailer for the alert; `changeUrl`: where the password was learned, if known. */
function names(retailers, id, verdict, changeUrl = null) {
  const r = retailers.find((x) => x.id === id);
  return {
    retailer_name: r?.name ?? verdict?.retailer_name ?? null,
    official_url: r?.official_url ?? verdict?.official_url ?? null,
    change_url: changeUrl ?? r?.change_password_url ?? r?.official_url ?? null,
  };
}

function hostOf(url) {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}


/** The handler group for service-worker.js's routes: content-script and extension-page messages. */
export const passwordHandlers = (() => {
  const contentHandlers = new Map();
  const extensionHandlers = new Map();
  registerPasswordAlert({ contentHandlers, extensionHandlers });
  return { fromContent: Object.fromEntries(contentHandlers), fromExtension: Object.fromEntries(extensionHandlers) };
})();

/**
 * The tab's sign-in as the reminder needs it: `signedIn` — a sign-in form was sent on the retailer's
 * official sign-in page and `verdict` is one of its official pages that is not the sign-in page
 * again; `asking` — the password-protection question is still open on this page (one card at a time).
 * @param {number} tabId @param {any} verdict
 */
export async function signinState(tabId, verdict) {
  const key = pwSigninKey(tabId);
  const { [key]: pending } = await storage.session.get(key);
  return { signedIn: !!pending?.submitted && signinSucceeded(pending, verdict, Date.now()), asking: !!pending?.print };
}
