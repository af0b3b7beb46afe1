// @ts-check
// The false-alarm report, built locally from a tab's stored verdict. Pure: the page shows exactly
// this text, and the user sends it (mail app) or copies it; the extension sends nothing itself.
// The stored verdict holds no page content (docs/api.md); the one page-derived fact it has, whether
// a sign-in form was seen, goes in only when the user ticks it.

/** Where reports go: a placeholder until the project has a real address (README "False alarms"). */
export const REPORT_ADDRESS = "false-alarms@omamori.example";

const MAX_NOTE = 1000;

/**
 * @param {Partial<import("../types/verdict").TabRecord>} record the tab's stored verdict
 * @param {{ extVersion: string, coreVersion: string, lang: string, includeForm?: boolean, note?: string }} about
 * @returns {string}
 */
export function reportText(record, about) {
  const reasons = Array.isArray(record.reasons) ? record.reasons : [];
  const lines = [
    "Omamori false-alarm report",
    `url: ${record.url ?? ""}`,
    `host: ${record.host ?? ""}`,
    `registrable_domain: ${record.registrable_domain ?? ""}`,
    `verdict: ${record.verdict ?? ""}`,
    `severity: ${record.severity ?? ""}`,
    `retailer: ${record.retailer ?? ""}`,
    `trusted_by_user: ${record.trusted ? "yes" : "no"}`,
    "reasons:",
    ...(reasons.length ? reasons.map((r) => `- ${r.kind}${r.variant ? `/${r.variant}` : ""} (matched ${r.matched})`) : ["- (none)"]),
    `extension_version: ${about.extVersion}`,
    `core_version: ${about.coreVersion}`,
    `ui_language: ${about.lang}`,
  ];
  if (about.includeForm) {
    const form = record.signinForm === true ? "yes" : record.signinForm === false ? "no" : "unknown";
    lines.push(`signin_form_seen: ${form}`);
  }
  const note = String(about.note ?? "").trim().slice(0, MAX_NOTE);
  if (note) lines.push("note:", note);
  return lines.join("\n");
}

/** The mail subject: the host only. */
export const reportSubject = (/** @type {Partial<import("../types/verdict").TabRecord>} */ record) =>
  `Omamori false alarm: ${record.host ?? record.url ?? ""}`;

/** A mailto: link to REPORT_ADDRESS with `subject` and `body` (percent-encoded, CRLF line breaks). */
export function mailtoLink(/** @type {string} */ subject, /** @type {string} */ body) {
  const enc = (/** @type {string} */ s) => encodeURIComponent(s.replace(/\r?\n/g, "\r\n"));
  return `mailto:${REPORT_ADDRESS}?subject=${enc(subject)}&body=${enc(body)}`;
}
