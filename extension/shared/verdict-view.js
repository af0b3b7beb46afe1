// @ts-check
// How a verdict looks in the extension's UI: badge, locale keys, retailer names. Pure (the
// content script has its own copy of reasonKey because it cannot import modules; the rule is
// checked against every reason kind in docs/api.md by tests/js/locales.test.mjs).

/** @typedef {Partial<import("../types/verdict").Verdict> | null | undefined} MaybeVerdict */

/** Locale key of a reason kind: "reason_" + kind with "-" → "_" ("tld-swap" → "reason_tld_swap"). */
export const reasonKey = (/** @type {string} */ kind) => "reason_" + String(kind).replace(/-/g, "_");

export const COLORS = Object.freeze({ high: "#c5221f", medium: "#e37400", low: "#e37400", official: "#188038" });

/**
 * Whether the core's policy asks for `action` on this verdict ("badge", "banner", …).
 * @param {MaybeVerdict} verdict
 * @param {import("../types/verdict").Action} action
 */
export const hasAction = (verdict, action) => Array.isArray(verdict?.actions) && verdict.actions.includes(action);

/**
 * How strongly a verdict warns: 0 when the policy asks for no banner, else 1 + its severity's place
 * in `severities` (the engine's rules().severities, least severe first); 1 for an unknown severity.
 * @param {MaybeVerdict} verdict @param {readonly string[]} severities
 */
export const warningRank = (verdict, severities) =>
  hasAction(verdict, "banner") ? 1 + Math.max(0, severities.indexOf(/** @type {string} */ (verdict?.severity))) : 0;

/**
 * A tab's record of a verdict (storage.session, and what the content script is answered): the
 * verdict, whether the content script saw a sign-in form (null until it sent the page's signals)
 * and its `rank` (warningRank), handed along because the content script cannot import this module.
 * @param {import("../types/verdict").Verdict} verdict @param {boolean | null} signinForm @param {readonly string[]} severities
 * @returns {import("../types/verdict").TabRecord}
 */
export const recordOf = (verdict, signinForm, severities) => ({ ...verdict, signinForm, rank: warningRank(verdict, severities) });

/**
 * Whether the UI warns about this verdict: the policy asks for a badge on a page that is not the
 * retailer's own (it returns no actions for a trusted domain or a finding below the sensitivity).
 * Never re-derived from `verdict` and `trusted`.
 */
export const warns = (/** @type {MaybeVerdict} */ verdict) => hasAction(verdict, "badge") && verdict?.verdict !== "official";

/**
 * Toolbar badge for a stored verdict, shown iff the policy asks for one: the green check on the
 * retailer's own site (official verdicts always carry "badge"), else "!" / "?" by severity.
 */
export function badgeFor(/** @type {MaybeVerdict} */ verdict) {
  if (!verdict) return { text: "", color: null };
  // A protected password was typed on this tab's page (issue 12): the red badge whatever the page is.
  if ((verdict.reasons ?? []).some((r) => r?.kind === "password-reuse")) return { text: "!", color: COLORS.high };
  if (!hasAction(verdict, "badge")) return { text: "", color: null };
  if (verdict.verdict === "official") return { text: "✓", color: COLORS.official };
  return verdict.severity === "high" ? { text: "!", color: COLORS.high } : { text: "?", color: COLORS.medium };
}

/** The retailer's display name in the UI language ("ja…" → Japanese, anything else → English). */
export function retailerName(/** @type {MaybeVerdict} */ verdict, /** @type {string} */ uiLanguage) {
  const names = verdict?.retailer_name;
  if (!names) return verdict?.retailer ?? "";
  return String(uiLanguage).toLowerCase().startsWith("ja") ? names.ja || names.en : names.en || names.ja;
}

/**
 * One of the popup's states for a stored tab record (null: nothing checked on this tab): "lookalike"
 * exactly when the policy warns (as the badge), "trusted" for a lookalike the user trusts.
 */
export function statusOf(/** @type {MaybeVerdict} */ record) {
  if (!record || record.verdict === "invalid") return "unchecked";
  if (warns(record)) return "lookalike";
  if (record.verdict === "official") return "official";
  if (record.verdict === "lookalike" && record.trusted) return "trusted";
  return "unrelated";
}
