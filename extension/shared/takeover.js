// Page wording that matters for account safety, in one place: the retailer's "no account with this
// email" sign-in error (a sign the account's email was changed by someone else), and the retailer's
// settings page saying two-step verification is on. Pure functions over visible page TEXT (the
// content script sends `innerText`, which never contains what anyone typed into a field); the
// background calls them only for the retailer's official pages. Keep the patterns conservative: a
// miss costs a reminder, a false match would tell a user their account is taken over.

const MAX_TEXT = 20000;
/** NFKC folds full-width digits/letters (２段階, Ｅメール); whitespace collapsed. */
export const normalizeText = (text) =>
  String(text ?? "").slice(0, MAX_TEXT).normalize("NFKC").replace(/\s+/g, " ");

/**
 * "No account with this email/ID" errors on the sign-in page, per retailer id.
 * Sources:
 *  - amazon (ja): 「問題が発生しました。このEメールアドレスを持つアカウントが見つかりません」, the error box of
 *    https://www.amazon.co.jp/ap/signin (quoted e.g. in https://itojisan.xyz/?p=3937,
 *    https://apptopi.jp/2020/10/12/amazon-log-in-matome); the phone-number variant
 *    「この携帯電話番号を持つアカウントが見つかりません」 follows the same wording.
 *  - amazon (en): "We cannot find an account with that email address" (amazon.com/ap/signin error box;
 *    also "…with that mobile number").
 *  - mercari: its sign-in page answers a wrong email and a wrong password with one generic error,
 *    「メールアドレスまたはパスワードが違います」 (described e.g. in https://yuipcoders.com/post/400): it
 *    never says the account is missing, so a typo would look the same as a changed email. No pattern:
 *    for Mercari the unfamiliar-email check below is the takeover sign.
 *  - rakuten: Rakuten's own help (https://rpointcard.faq.rakuten.net/detail/000013035) quotes the
 *    sign-in error 「ユーザID、パスワードの入力に誤りがあるか登録されていません。」: one message for a wrong
 *    ID, a wrong password and an unknown account, like Mercari's. It says nothing about the account being
 *    gone, so it is no takeover sign: no pattern (checked for issue 12, item 7).
 *  - yahoo_japan: not verified against the retailer's own pages yet, so no pattern (a guessed wording
 *    would either never match or match the wrong thing). Add it with a source.
 */
export const NO_ACCOUNT_PATTERNS = Object.freeze({
  amazon: [
    /この\s?(?:Eメールアドレス|メールアドレス|携帯電話番号)\s?を持つアカウントが見つかりません/,
    /we cannot find an account with (?:that|this) (?:e-?mail address|mobile (?:phone )?number)/i,
  ],
});

/** True when `text` (visible page text of retailer `retailer`'s official sign-in page) shows the error. */
export function detectNoAccount(retailer, text) {
  const patterns = NO_ACCOUNT_PATTERNS[retailer];
  if (!patterns) return false;
  const t = normalizeText(text);
  return patterns.some((re) => re.test(t));
}

/**
 * "Two-step verification is on" wording on a retailer's two-step settings page. Negations
 * (「有効になっていません」, "is not enabled") never match.
 */
const TWO_STEP_ON = [
  /2段階認証(?:\s?\(2SV\))?\s?(?:は|が|:)\s?(?:有効|オン|ON)(?![^。.!\n]{0,12}(?:ません|ない|せず|にする|にして|にしま|化))/i,
  /2段階認証[^。\n]{0,4}設定済み/,
  /\b(?:two|2)[- ]step verification(?:\s?\(2SV\))?\s?(?:is (?:currently )?(?:enabled|turned on|on\b(?! hold))|:\s?(?:on|enabled)\b)/i,
];
export function detectTwoStepOn(text) {
  const t = normalizeText(text);
  return TWO_STEP_ON.some((re) => re.test(t));
}

/** Whether `pageUrl` is the retailer's two-step settings page `twoStepUrl` (same host and path; port ignored). */
export function isTwoStepPage(pageUrl, twoStepUrl) {
  try {
    const a = new URL(pageUrl);
    const b = new URL(twoStepUrl);
    return a.protocol === "https:" && a.hostname === b.hostname && a.pathname.replace(/\/+$/, "") === b.pathname.replace(/\/+$/, "");
  } catch {
    return false;
  }
}

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
 * Takeover signs on an official sign-in page: `["no-account"]` and/or `["unfamiliar-email"]` (the
 * page shows an account email whose hash differs from the one the user gave for this retailer).
 */
export async function takeoverSigns({ retailer, text, emailHash, salt, subtle }) {
  const signs = [];
  if (detectNoAccount(retailer, text)) signs.push("no-account");
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
