// @ts-check
// Account-safety checks on a retailer's official pages that are not wording rules: the email
// addresses a page shows, compared by salted hash with the one the user gave. The wording itself
// (the sign-in page's "no account with this email" error, "two-step verification is on" on the
// two-step settings page, per retailer, in the catalog) is the engine's:
// `engine.accountText(url, text)` → `{ no_account, two_step_page, two_step_on }` (docs/api.md).
// Pure functions over visible page TEXT (the content script sends `innerText`, which never contains
// what anyone typed into a field), already cut to `rules().limits.page_text` by the caller.

/** NFKC folds full-width digits/letters (ｍｅ＠ｅｘａｍｐｌｅ．ｊｐ); whitespace collapsed. */
export const normalizeText = (text) => String(text ?? "").normalize("NFKC").replace(/\s+/g, " ");

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+/g;

/** Email addresses written in the page text (at most 5; masked ones like a***@… are skipped). */
export function displayedEmails(text) {
  const out = [];
  for (const m of normalizeText(text).matchAll(EMAIL)) {
    const e = normalizeEmail(m[0]);
    if (e && !out.includes(e)) out.push(e);
    if (out.length >= 5) break;
  }
  return out;
}

/** Lower-case, trimmed; null when it is not an email address. */
export function normalizeEmail(email) {
  const e = String(email ?? "").trim().toLowerCase();
  return /^[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63})+$/.test(e) ? e : null;
}

const hex = (buf) => [...new Uint8Array(buf)].map((b) => b.toString(16).padStart(2, "0")).join("");

/** Hex SHA-256 of salt + ":" + normalized email (`subtle` is crypto.subtle). Null for a non-email. */
export async function hashEmail(email, salt, subtle = globalThis.crypto.subtle) {
  const e = normalizeEmail(email);
  if (!e || typeof salt !== "string" || salt.length < 16) return null;
  return hex(await subtle.digest("SHA-256", new TextEncoder().encode(`${salt}:${e}`)));
}

/** A random per-install salt (hex, 32 bytes). */
export function newSalt(random = globalThis.crypto) {
  return hex(random.getRandomValues(new Uint8Array(32)));
}

/**
 * Takeover signs on an official sign-in page: `["no-account"]` (the engine's `accountText` found the
 * retailer's "no account with this email" error: pass its `no_account`) and/or `["unfamiliar-email"]`
 * (the page shows an account email whose hash differs from the one the user gave for this retailer).
 */
export async function takeoverSigns({ noAccount, text, emailHash, salt, subtle }) {
  const signs = [];
  if (noAccount === true) signs.push("no-account");
  if (emailHash && salt) {
    const shown = displayedEmails(text);
    if (shown.length) {
      const hashes = await Promise.all(shown.map((e) => hashEmail(e, salt, subtle)));
      if (!hashes.includes(emailHash)) signs.push("unfamiliar-email");
    }
  }
  return signs;
}

/**
 * The recovery offer's order (issue 12, item 7). "No account with this email" is usually a typo or
 * another address of the user's: the first card asks to check the address ("retry" closes it, "sure"
 * moves on); only then, or straight away for an unfamiliar account email shown on the page, the
 * takeover steps (assist_title / assist_body_* and the recovery assistant). Locale keys by step.
 */
export function assistFlow(signs) {
  const list = Array.isArray(signs) ? signs : [];
  const takeover = { step: "takeover", title_key: "assist_title", body_key: list.includes("unfamiliar-email") ? "assist_body_email" : "assist_body_no_account" };
  if (list.includes("no-account") && !list.includes("unfamiliar-email")) {
    return [
      { step: "check-email", title_key: "assist_check_email_title", body_key: "assist_check_email_body",
        buttons: { retry: "assist_check_email_retry", sure: "assist_check_email_sure" } },
      takeover,
    ];
  }
  return list.length ? [takeover] : [];
}
