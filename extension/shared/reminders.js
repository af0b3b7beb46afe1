// @ts-check
// Two-step-verification reminders and the per-retailer security checklist: pure functions over the
// `security` object in storage.local (no browser API, no clock of their own: callers pass `now`),
// so tests/js/reminders.test.mjs runs them in Node. The background owns every write.
//
// storage.local "security", schema 1:
//   { schema: 1,
//     retailers: { amazon: { two_step: "on" | "not-yet" | "unknown",
//                            last_reminded: <ms>,    // 0 = never; set when a reminder is shown or postponed
//                            visited: <ms>,          // last official page of this retailer (0 = never)
//                            email_hash?: <hex>,     // salted SHA-256 of the user's account email (options)
//                            two_step_url?, help_url?  // the last visited marketplace's pages (from its verdict)
//                          } } }
// Keyed by catalog retailer id: every marketplace and subdomain of a retailer shares one entry.

export const SECURITY_KEY = "security";
export const SALT_KEY = "install_salt";
/** Test-only clock offset (ms). Only extension pages write it; the content script never does. */
export const CLOCK_KEY = "debug_clock_offset_ms";
export const SCHEMA = 1;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const TWO_STEP_STATES = Object.freeze(["on", "not-yet", "unknown"]);
const MAX_OFFSET_MS = 400 * DAY_MS;
const MAX_RETAILERS = 200;
const ID = /^[a-z0-9_-]{1,64}$/;
const HASH = /^[0-9a-f]{64}$/;

/** @param {unknown} id @returns {id is string} */
export function isRetailerId(id) {
  return typeof id === "string" && ID.test(id);
}
const isHttpsUrl = (u) => typeof u === "string" && u.length <= 500 && /^https:\/\/[^\s]+$/.test(u);
const ms = (v) => (Number.isFinite(v) && v > 0 ? Math.floor(v) : 0);

export function emptySecurity() {
  return { schema: SCHEMA, retailers: {} };
}

function entry(raw) {
  const r = raw && typeof raw === "object" ? raw : {};
  const out = {
    two_step: TWO_STEP_STATES.includes(r.two_step) ? r.two_step : "unknown",
    last_reminded: ms(r.last_reminded),
    visited: ms(r.visited),
  };
  if (typeof r.email_hash === "string" && HASH.test(r.email_hash)) out.email_hash = r.email_hash;
  for (const k of ["two_step_url", "help_url"]) if (isHttpsUrl(r[k])) out[k] = r[k];
  return out;
}

/** Whatever storage held → a valid schema-1 object (unknown fields and malformed entries dropped). */
export function validateSecurity(raw) {
  const s = emptySecurity();
  const list = raw && typeof raw === "object" && raw.retailers && typeof raw.retailers === "object" ? raw.retailers : {};
  for (const [id, value] of Object.entries(list).slice(0, MAX_RETAILERS)) {
    if (isRetailerId(id)) s.retailers[id] = entry(value);
  }
  return s;
}

/** The test clock offset as stored (anything malformed → 0, capped to ±400 days). */
export function clockOffset(raw) {
  if (!Number.isFinite(raw)) return 0;
  return Math.max(-MAX_OFFSET_MS, Math.min(MAX_OFFSET_MS, Math.round(raw)));
}

export function retailerState(state, id) {
  return entry(state.retailers[id]);
}

/** A new state with `patch` merged into retailer `id`'s entry. */
export function withRetailer(state, id, patch) {
  if (!isRetailerId(id)) return state;
  const next = validateSecurity(state);
  next.retailers[id] = entry({ ...next.retailers[id], ...patch });
  return next;
}

/**
 * A visit of an official page; `verdict` (optional) gives the marketplace's settings/help links.
 * @param {any} state
 * @param {string} id
 * @param {number} now
 * @param {{ two_step_url?: string | null, help_url?: string | null } | null} [verdict]
 */
export function recordVisit(state, id, now, verdict = null) {
  const links = {};
  for (const k of /** @type {const} */ (["two_step_url", "help_url"])) {
    const url = verdict?.[k];
    if (isHttpsUrl(url)) links[k] = url;
  }
  return withRetailer(state, id, { visited: now, ...links });
}

/**
 * Whether to remind about retailer `id` now: reminders on, two-step not known to be on, and the
 * last reminder (shown or postponed) at least `interval_days` ago.
 */
export function shouldRemind(state, id, reminder, now) {
  if (!reminder || reminder.enabled === false || !isRetailerId(id)) return false;
  const r = retailerState(state, id);
  if (r.two_step === "on") return false;
  const days = Number.isFinite(reminder.interval_days) && reminder.interval_days > 0 ? reminder.interval_days : 7;
  return r.last_reminded === 0 || now - r.last_reminded >= days * DAY_MS;
}

/**
 * The background's decision for an official page: `{ show, state }`, where `state` records the
 * reminder as shown (so it appears at most once per interval) when `show` is true.
 */
export function reminderDecision(state, verdict, reminder, now) {
  const no = { show: false, state };
  if (!verdict || verdict.verdict !== "official" || !isRetailerId(verdict.retailer)) return no;
  if (!Array.isArray(verdict.actions) || !verdict.actions.includes("two-step-reminder")) return no;
  if (typeof verdict.two_step_url !== "string" || !verdict.two_step_url.startsWith("https://")) return no;
  if (!shouldRemind(state, verdict.retailer, reminder, now)) return no;
  return { show: true, state: withRetailer(state, verdict.retailer, { last_reminded: now }) };
}

/** The user's answer on the reminder card: "on" (already on) or "later" (remind me later). */
export function recordAnswer(state, id, answer, now) {
  if (answer === "on") return withRetailer(state, id, { two_step: "on" });
  if (answer === "later") return withRetailer(state, id, { two_step: "not-yet", last_reminded: now });
  return state;
}

/** The retailer's own settings page said two-step verification is on. */
export function recordTwoStepOn(state, id) {
  return withRetailer(state, id, { two_step: "on" });
}

/** Options "reset": two-step state and reminder date forgotten; visit and email hash kept. */
export function resetRetailer(state, id) {
  return withRetailer(state, id, { two_step: "unknown", last_reminded: 0 });
}

export function setEmailHash(state, id, hash) {
  if (hash !== null && !(typeof hash === "string" && HASH.test(hash))) return state;
  const next = withRetailer(state, id, {});
  if (!isRetailerId(id)) return next;
  if (hash) next.retailers[id].email_hash = hash;
  else delete next.retailers[id].email_hash;
  return next;
}

/**
 * Rows of the security checklist: retailers the user visited (or set an email for), most recent
 * first, joined with the catalog (`retailers()` of the engine) for names and links.
 */
export function checklist(state, catalog) {
  const byId = new Map((Array.isArray(catalog) ? catalog : []).map((r) => [r.id, r]));
  return Object.entries(validateSecurity(state).retailers)
    .filter(([id, r]) => byId.has(id) && (r.visited > 0 || r.email_hash || r.two_step !== "unknown"))
    .sort(([a, x], [b, y]) => y.visited - x.visited || a.localeCompare(b))
    .map(([id, r]) => ({
      id,
      name: byId.get(id).name ?? { en: id, ja: id },
      two_step: r.two_step,
      two_step_url: r.two_step_url ?? byId.get(id).two_step_url ?? null,
      passkey_url: byId.get(id).passkey_url ?? null, // issue 12: the checklist shows both
      help_url: r.help_url ?? byId.get(id).help_url ?? null,
      last_reminded: r.last_reminded,
      has_email: !!r.email_hash,
    }));
}

// ---- issue 12: passkeys first, reminders when signed in ------------------------------------------
// Used by the reminder card after the merge with content/reminder-card.js (see the issue 12 report):
// reminderPlan() says what to recommend and what the button opens; signedInReminderDecision() is the
// timing (not over the sign-in form; on account pages or right after a successful sign-in; "reminded"
// is recorded by recordAnswer(), i.e. when the user answered, not when the card was drawn).

/**
 * What the reminder recommends for an official verdict: a passkey where the marketplace offers one
 * (phishing pages cannot relay a passkey; they relay SMS codes), else two-step verification. The
 * locale keys name what the button opens (「パスキーを設定する」/「2段階認証を設定する」).
 */
export function reminderPlan(verdict) {
  if (isHttpsUrl(verdict?.passkey_url)) {
    return { kind: "passkey", url: verdict.passkey_url, title_key: "reminder_title_passkey", body_key: "reminder_body_passkey", button_key: "reminder_open_passkey" };
  }
  if (isHttpsUrl(verdict?.two_step_url)) {
    return { kind: "two-step", url: verdict.two_step_url, title_key: "reminder_title", body_key: "reminder_body", button_key: "reminder_open" };
  }
  return null;
}

/**
 * Whether to show the reminder on this official page: only when the user is signed in — an account
 * page, or any official page of the retailer right after a successful sign-in (`signedIn`, from the
 * password module's sign-in tracking) — never on the sign-in page itself; reminders on; two-step not
 * known to be on; the last answer at least the interval ago. Showing writes nothing.
 */
export function signedInReminderDecision(state, verdict, reminder, now, { signedIn = false } = {}) {
  if (!verdict || verdict.verdict !== "official" || !isRetailerId(verdict.retailer)) return false;
  if (verdict.page_kind === "signin") return false;
  if (verdict.page_kind !== "account" && !signedIn) return false;
  if (!reminderPlan(verdict)) return false;
  return shouldRemind(state, verdict.retailer, reminder, now);
}
