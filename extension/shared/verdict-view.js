// How a verdict looks in the extension's UI: badge, locale keys, retailer names. Pure (the
// content script has its own copy of reasonKey because it cannot import modules; the rule is
// checked against every reason kind in docs/api.md by tests/js/locales.test.mjs).

/** Locale key of a reason kind: "reason_" + kind with "-" → "_" ("tld-swap" → "reason_tld_swap"). */
export const reasonKey = (kind) => "reason_" + String(kind).replace(/-/g, "_");

export const COLORS = Object.freeze({ high: "#c5221f", medium: "#e37400", low: "#e37400", official: "#188038" });

/**
 * Toolbar badge for a stored verdict. Warnings follow the core's policy (`actions` contains
 * "badge"); the green check on the retailer's own site is not a warning and shows whenever the
 * verdict is official. Unrelated, invalid and trusted pages get no badge.
 */
export function badgeFor(verdict) {
  if (!verdict) return { text: "", color: null };
  // A protected password was typed on this tab's page (issue 12): the red badge whatever the page is.
  if ((verdict.reasons ?? []).some((r) => r?.kind === "password-reuse")) return { text: "!", color: COLORS.high };
  if (verdict.verdict === "lookalike" && (verdict.actions ?? []).includes("badge")) {
    return verdict.severity === "high" ? { text: "!", color: COLORS.high } : { text: "?", color: COLORS.medium };
  }
  if (verdict.verdict === "official") return { text: "✓", color: COLORS.official };
  return { text: "", color: null };
}

/** The retailer's display name in the UI language ("ja…" → Japanese, anything else → English). */
export function retailerName(verdict, uiLanguage) {
  const names = verdict?.retailer_name;
  if (!names) return verdict?.retailer ?? "";
  return String(uiLanguage).toLowerCase().startsWith("ja") ? names.ja || names.en : names.en || names.ja;
}

/** One of the popup's states for a stored tab record (null: nothing checked on this tab). */
export function statusOf(record) {
  if (!record) return "unchecked";
  if (record.verdict === "lookalike") return record.trusted ? "trusted" : "lookalike";
  if (record.verdict === "official") return "official";
  if (record.verdict === "invalid") return "unchecked";
  return "unrelated";
}
