// @ts-check
// The user's settings: one object in storage.local under KEYS.settings, with a versioned schema.
// Pure functions only (no browser API), so tests/js/settings.test.mjs runs them in Node. Domains are
// normalised by the engine's rule: every function that reads domain lists takes `normalize`, the
// wasm module's normalizeDomain (registrable domain, or undefined when not a domain name).
//
// Schema 1:
//   {
//     schema: 1,
//     disabled_retailers: ["costco"],        // catalog ids the user switched off (all on by default)
//     user_sites: ["example.jp"],            // the user's own protected sites (registrable domains)
//     trusted_domains: ["my-shop.test"],     // "I trust this site" exceptions
//     sensitivity: "normal",                 // "low" | "normal" | "high"
//     reminder: { enabled: true, interval_days: 7 },   // two-step-verification reminder (later issue)
//   }
// The first four fields are the engine's settings object (docs/api.md, "Settings"); see toEngineSettings.

export const SCHEMA = 1;
export const SENSITIVITIES = Object.freeze(["low", "normal", "high"]);
export const REMINDER_DAYS = Object.freeze({ min: 1, max: 90, default: 7 });
const MAX_LIST = 500; // far more than anyone types by hand; bounds what a corrupted store can cost

export function defaults() {
  return {
    schema: SCHEMA,
    disabled_retailers: [],
    user_sites: [],
    trusted_domains: [],
    sensitivity: "normal",
    reminder: { enabled: true, interval_days: REMINDER_DAYS.default },
  };
}

/**
 * What the user typed ("https://www.MyBank.co.jp/login") as a registrable domain ("mybank.co.jp"),
 * or null. The rule is the engine's (`normalizeDomain` of the wasm module, docs/api.md): callers
 * pass it in, so the settings stored are exactly the ones the engine accepts.
 * @param {(input: string) => string | null | undefined} normalize
 */
function domainOf(input, normalize) {
  const d = typeof input === "string" ? normalize(input) : null;
  return typeof d === "string" && d ? d : null;
}

function domainList(value, normalize) {
  if (!Array.isArray(value)) return [];
  const out = new Set();
  for (const item of value.slice(0, MAX_LIST)) {
    const d = domainOf(item, normalize);
    if (d) out.add(d);
  }
  return [...out].sort();
}

function idList(value) {
  if (!Array.isArray(value)) return [];
  const ids = value.filter((v) => typeof v === "string" && /^[a-z0-9_-]{1,64}$/.test(v));
  return [...new Set(ids)].sort().slice(0, MAX_LIST);
}

function reminder(value) {
  const r = value && typeof value === "object" ? value : {};
  const days = Number.isInteger(r.interval_days) ? r.interval_days : REMINDER_DAYS.default;
  return {
    enabled: typeof r.enabled === "boolean" ? r.enabled : true,
    interval_days: Math.min(REMINDER_DAYS.max, Math.max(REMINDER_DAYS.min, days)),
  };
}

/**
 * Schema-1 object with every field checked; anything unknown or malformed becomes the default.
 * `normalize` is the engine's normalizeDomain (see domainOf).
 */
export function validate(raw, normalize) {
  if (typeof normalize !== "function") throw new TypeError("settings: pass the engine's normalizeDomain");
  const s = raw && typeof raw === "object" ? raw : {};
  return {
    schema: SCHEMA,
    disabled_retailers: idList(s.disabled_retailers),
    user_sites: domainList(s.user_sites, normalize),
    trusted_domains: domainList(s.trusted_domains, normalize),
    sensitivity: SENSITIVITIES.includes(s.sensitivity) ? s.sensitivity : "normal",
    reminder: reminder(s.reminder),
  };
}

// MIGRATIONS[n] turns a schema-n object into a schema-(n+1) object. Schema 0 is the unversioned
// shape of the first development builds: camelCase keys, `trusted` for trusted_domains, and
// `reminderDays` (0 = off) for the reminder.
const MIGRATIONS = [
  (v0) => ({
    schema: 1,
    disabled_retailers: v0.disabledRetailers ?? v0.disabled_retailers,
    user_sites: v0.userSites ?? v0.user_sites,
    trusted_domains: v0.trusted ?? v0.trustedDomains ?? v0.trusted_domains,
    sensitivity: v0.sensitivity,
    reminder:
      typeof v0.reminderDays === "number"
        ? { enabled: v0.reminderDays > 0, interval_days: v0.reminderDays > 0 ? v0.reminderDays : REMINDER_DAYS.default }
        : v0.reminder,
  }),
];

/**
 * Whatever storage held (nothing, an old schema, a corrupted value) → a valid current-schema object.
 * `changed` says whether it differs from what was stored, i.e. whether to write it back.
 * A schema newer than this build knows (a downgrade) is read as far as it fits schema 1, but
 * `changed` stays false so the newer data is not overwritten behind the user's back.
 */
export function migrate(stored, normalize) {
  if (stored === undefined || stored === null) return { settings: defaults(), changed: true };
  if (typeof stored !== "object" || Array.isArray(stored)) return { settings: defaults(), changed: true };
  let version = Number.isInteger(stored.schema) ? stored.schema : 0;
  if (version > SCHEMA) return { settings: validate(stored, normalize), changed: false };
  let value = stored;
  while (version < SCHEMA) {
    value = MIGRATIONS[version](value);
    version += 1;
  }
  const settings = validate(value, normalize);
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(stored) };
}

/** The engine's settings object (docs/api.md "Settings"). */
export function toEngineSettings(settings, normalize) {
  const s = validate(settings, normalize);
  return {
    disabled_retailers: s.disabled_retailers,
    user_sites: s.user_sites,
    trusted_domains: s.trusted_domains,
    sensitivity: s.sensitivity,
  };
}

/** Settings with `domain` added to (or removed from) one of the domain lists. Pure. */
export function withDomain(settings, list, domain, present, normalize) {
  if (!["user_sites", "trusted_domains"].includes(list)) throw new Error(`not a domain list: ${list}`);
  const d = domainOf(domain, normalize);
  if (!d) return validate(settings, normalize);
  const s = validate(settings, normalize);
  const set = new Set(s[list]);
  if (present) set.add(d);
  else set.delete(d);
  return validate({ ...s, [list]: [...set] }, normalize);
}
