// The user's settings: one object in storage.local under KEYS.settings, with a versioned schema.
// Pure functions only (no browser API), so tests/js/settings.test.mjs runs them in Node.
//
// Schema 1:
//   {
//     schema: 1,
//     disabled_retailers: ["costco"],        // catalog ids the user switched off (all on by default)
//     user_sites: ["mybank.example.jp"],     // the user's own protected sites (registrable domains)
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
 * A hostname the user typed ("https://MyBank.example.jp/login", "mybank.example.jp.") as a
 * lower-case ASCII hostname (IDN in punycode, as the URL parser gives it), or null when it is
 * not a plausible domain: needs a dot, no IP addresses, no ports/credentials, labels ≤ 63 chars.
 */
export function normalizeDomain(input) {
  if (typeof input !== "string") return null;
  let text = input.trim();
  if (!text || text.length > 253 + 16) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = "http://" + text;
  let url;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.username || url.password || url.port) return null;
  const host = url.hostname.replace(/\.$/, "").toLowerCase();
  if (!host.includes(".") || host.length > 253) return null;
  if (/^[0-9.]+$/.test(host) || host.startsWith("[")) return null; // IPv4 / IPv6
  const labels = host.split(".");
  const label = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
  if (!labels.every((l) => label.test(l))) return null;
  if (/^[0-9]+$/.test(labels[labels.length - 1])) return null;
  return host;
}

function domainList(value) {
  if (!Array.isArray(value)) return [];
  const out = new Set();
  for (const item of value.slice(0, MAX_LIST)) {
    const d = normalizeDomain(item);
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

/** Schema-1 object with every field checked; anything unknown or malformed becomes the default. */
export function validate(raw) {
  const s = raw && typeof raw === "object" ? raw : {};
  return {
    schema: SCHEMA,
    disabled_retailers: idList(s.disabled_retailers),
    user_sites: domainList(s.user_sites),
    trusted_domains: domainList(s.trusted_domains),
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
export function migrate(stored) {
  if (stored === undefined || stored === null) return { settings: defaults(), changed: true };
  if (typeof stored !== "object" || Array.isArray(stored)) return { settings: defaults(), changed: true };
  let version = Number.isInteger(stored.schema) ? stored.schema : 0;
  if (version > SCHEMA) return { settings: validate(stored), changed: false };
  let value = stored;
  while (version < SCHEMA) {
    value = MIGRATIONS[version](value);
    version += 1;
  }
  const settings = validate(value);
  return { settings, changed: JSON.stringify(settings) !== JSON.stringify(stored) };
}

/** The engine's settings object (docs/api.md "Settings"). */
export function toEngineSettings(settings) {
  const s = validate(settings);
  return {
    disabled_retailers: s.disabled_retailers,
    user_sites: s.user_sites,
    trusted_domains: s.trusted_domains,
    sensitivity: s.sensitivity,
  };
}

/** Settings with `domain` added to (or removed from) one of the domain lists. Pure. */
export function withDomain(settings, list, domain, present) {
  if (!["user_sites", "trusted_domains"].includes(list)) throw new Error(`not a domain list: ${list}`);
  const d = normalizeDomain(domain);
  if (!d) return validate(settings);
  const s = validate(settings);
  const set = new Set(s[list]);
  if (present) set.add(d);
  else set.delete(d);
  return validate({ ...s, [list]: [...set] });
}
