// @ts-check
// The security state in storage.local (two-step reminders, checklist, account email hashes; the
// pure rules are shared/reminders.js): every change is one read-modify-write, one at a time.

import { storage } from "../platform/browser.js";
import { KEYS } from "../platform/messages.js";
import { CLOCK_KEY, SALT_KEY, clockOffset, isRetailerId, recordVisit, validateSecurity } from "../shared/reminders.js";
import { newSalt } from "./takeover.js";

/** @typedef {import("../types/settings").Security} Security */
/** @typedef {{ now: number, salt(): Promise<string> }} SecurityContext */

const VISIT_EVERY_MS = 60 * 60 * 1000; // a visit is written at most hourly per retailer
/** @type {Map<string, number>} */
const visitWritten = new Map();

/** @type {Promise<unknown>} */
let queue = Promise.resolve();

/**
 * Read-modify-write of storage.local "security", one at a time. `fn(state, ctx)` → `{ state?, result }`:
 * `state` is written when it differs from what was stored; `result` is returned.
 * @param {(state: Security, ctx: SecurityContext) => any} fn
 * @returns {Promise<any>}
 */
export function withSecurity(fn) {
  const run = queue.then(async () => {
    const stored = await storage.local.get([KEYS.security, CLOCK_KEY, SALT_KEY]);
    const state = validateSecurity(stored[KEYS.security]);
    // The clock is Date.now() plus a test-only offset that only extension pages can set.
    const now = Date.now() + clockOffset(stored[CLOCK_KEY]);
    let salt = stored[SALT_KEY];
    /** @type {SecurityContext} */
    const ctx = {
      now,
      async salt() {
        if (typeof salt !== "string" || salt.length < 16) {
          salt = newSalt();
          await storage.local.set({ [SALT_KEY]: salt });
        }
        return salt;
      },
    };
    const out = (await fn(state, ctx)) ?? {};
    if (out.state && JSON.stringify(out.state) !== JSON.stringify(stored[KEYS.security])) {
      await storage.local.set({ [KEYS.security]: out.state });
    }
    return out.result;
  });
  queue = run.catch(() => {});
  return run;
}

/** An official page was seen: its retailer's visit (and marketplace links) recorded, at most hourly. */
export function noteVisit(/** @type {import("../types/verdict").Verdict} */ verdict) {
  const id = verdict?.retailer;
  if (verdict?.verdict !== "official" || !isRetailerId(id)) return;
  const last = visitWritten.get(id) ?? 0;
  if (Date.now() - last < VISIT_EVERY_MS) return;
  visitWritten.set(id, Date.now());
  withSecurity((state, { now }) => ({ state: recordVisit(state, id, now, verdict) })).catch((e) =>
    console.error("Omamori: visit not recorded:", e));
}
