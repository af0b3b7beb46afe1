// @ts-check
// Protected-password state: pure functions over the `passwords` object in storage.local and over
// verdicts (no browser API, no clock of their own), so tests/js/password-state.test.mjs runs them in
// Node. The background (background/password-alert.js) owns every write.
//
// storage.local "passwords", schema 1:
//   { schema: 1,
//     prints:  { amazon: { salt, hash, length, learned,      // fingerprint (src/password/), never a password
//                          change_url? } },                  // the change-password page of the marketplace it was learned on
//     consent: { amazon: "yes" | "no" },                     // the user's answer; absent = not asked yet
//     mine:    ["example.com"] }                             // registrable domains where reuse is allowed
// At most one fingerprint per catalog retailer (the last successful sign-in replaces it).

export const SCHEMA = 1;
/** A pending sign-in counts as successful only if the next page comes within this time. */
export const SIGNIN_WINDOW_MS = 5 * 60 * 1000;
/** One-time codes typed on a foreign page this soon after a retailer sign-in page are warned about. */
export const OTP_AFTER_SIGNIN_MS = 10 * 60 * 1000;
const MAX_MINE = 200;
const ID = /^[a-z0-9_-]{1,64}$/;
const SALT = /^[0-9a-f]{32}$/;
const DOMAIN = /^(?=.{1,253}$)[a-z0-9-]+(\.[a-z0-9-]+)+$/;

export const isRetailerId = (id) => typeof id === "string" && ID.test(id);
export const isDomain = (d) => typeof d === "string" && DOMAIN.test(d);
/** A change-password page worth linking to: https, bounded. */
const isChangeUrl = (u) => typeof u === "string" && u.length <= 300 && /^https:\/\/[^\s/]+\//.test(u);

export function emptyPasswords() {
  return { schema: SCHEMA, prints: {}, consent: {}, mine: /** @type {string[]} */ ([]) };
}

/** A stored fingerprint's shape (the engine validates it again when it builds the matcher). */
export function isPrint(p) {
  return !!p && typeof p === "object" && typeof p.salt === "string" && SALT.test(p.salt) &&
    Number.isSafeInteger(p.hash) && p.hash >= 0 && Number.isSafeInteger(p.length) && p.length > 0 && p.length <= 64;
}

/** Whatever storage held → a valid schema-1 object (malformed entries dropped). */
export function validatePasswords(raw) {
  const s = emptyPasswords();
  const r = raw && typeof raw === "object" ? raw : {};
  for (const [id, p] of Object.entries(r.prints && typeof r.prints === "object" ? r.prints : {})) {
    if (isRetailerId(id) && isPrint(p)) {
      s.prints[id] = { salt: p.salt, hash: p.hash, length: p.length, learned: Number.isFinite(p.learned) ? p.learned : 0 };
      if (isChangeUrl(p.change_url)) s.prints[id].change_url = p.change_url;
    }
  }
  for (const [id, c] of Object.entries(r.consent && typeof r.consent === "object" ? r.consent : {})) {
    if (isRetailerId(id) && (c === "yes" || c === "no")) s.consent[id] = c;
  }
  if (Array.isArray(r.mine)) s.mine = [...new Set(r.mine.filter(isDomain))].sort().slice(0, MAX_MINE);
  for (const id of Object.keys(s.prints)) if (s.consent[id] === "no") delete s.prints[id];
  return s;
}

export function learn(state, retailer, print, now, changeUrl = null) {
  if (!isRetailerId(retailer) || !isPrint(print) || state.consent[retailer] !== "yes") return state;
  const record = { ...print, learned: now, ...(isChangeUrl(changeUrl) ? { change_url: changeUrl } : {}) };
  return { ...state, prints: { ...state.prints, [retailer]: record } };
}

/** Forgets one retailer's fingerprint, or all of them. */
export function forget(state, retailer) {
  if (retailer === undefined || retailer === null) return { ...state, prints: {} };
  const prints = { ...state.prints };
  delete prints[retailer];
  return { ...state, prints };
}

/** "yes" / "no" / null (ask again). "no" forgets the fingerprint too. */
export function setConsent(state, retailer, consent) {
  if (!isRetailerId(retailer)) return state;
  const next = { ...state, consent: { ...state.consent } };
  if (consent === "yes" || consent === "no") next.consent[retailer] = consent;
  else delete next.consent[retailer];
  return consent === "no" ? forget(next, retailer) : next;
}

export function setMine(state, domain, on) {
  if (!isDomain(domain)) return state;
  const mine = new Set(state.mine);
  if (on) mine.add(domain);
  else mine.delete(domain);
  return { ...state, mine: [...mine].sort().slice(0, MAX_MINE) };
}

/** The fingerprints in a stable order (by retailer id): the engine's matcher is built from this list. */
export function printList(state) {
  return Object.keys(state.prints).sort().map((retailer) => ({ retailer, print: state.prints[retailer] }));
}

/**
 * Indices (into printList) of the fingerprints to look for on a page with registrable domain
 * `domain`: every retailer's except those whose sign-in domains include it, and none on a domain
 * the user marked as theirs. `retailers` is engine.retailers() (`{ id, domains }`).
 */
export function applicable(list, retailers, domain, mine) {
  if (typeof domain !== "string" || !domain || mine.includes(domain)) return [];
  const own = new Map(retailers.map((r) => [r.id, r.domains ?? []]));
  const out = [];
  list.forEach(({ retailer }, i) => {
    if (!(own.get(retailer) ?? []).includes(domain)) out.push(i);
  });
  return out;
}

/** The retailer whose official sign-in page `verdict` is (a catalog retailer), or null. */
export function signinRetailer(verdict) {
  return verdict?.verdict === "official" && verdict.page_kind === "signin" && isRetailerId(verdict.retailer)
    ? verdict.retailer : null;
}

/**
 * Whether `verdict` (the next top-level page of the tab) shows that `pending` (a sign-in on an
 * official page) succeeded: an official page of the same retailer that is not a sign-in page again.
 */
export function signinSucceeded(pending, verdict, now) {
  if (!pending || !isRetailerId(pending.retailer) || !(now - pending.at >= 0 && now - pending.at <= SIGNIN_WINDOW_MS)) return false;
  return verdict?.verdict === "official" && verdict.retailer === pending.retailer && verdict.page_kind !== "signin";
}

/**
 * Which one-time codes typed in this frame get the warning: `"any"` field when the tab's page or this
 * frame is flagged (lookalike, not trusted); only fields that look like code fields (`"code-fields"`)
 * when the tab just came from a retailer's sign-in page (`pending.at` within OTP_AFTER_SIGNIN_MS) and
 * this frame is not on an official site — a postal code or a phone number typed on the next shop is
 * not a one-time code; `null` otherwise.
 */
export function watchOtp({ tabRecord, frameVerdict, pending, now }) {
  const flagged = (v) => v?.verdict === "lookalike" && !v.trusted;
  if (flagged(tabRecord) || flagged(frameVerdict)) return "any";
  const recent = pending && now - pending.at >= 0 && now - pending.at <= OTP_AFTER_SIGNIN_MS;
  return recent && frameVerdict?.verdict !== "official" && !frameVerdict?.trusted ? "code-fields" : null;
}
