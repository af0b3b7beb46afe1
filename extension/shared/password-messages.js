// @ts-check
// Message kinds of the protected-password alert (issue 12). Same trust split as messages.js: the
// first group comes from content scripts (password-watch.js, password-alert.js: inside web pages,
// validated; tab, frame and URL come from `sender`), the second only from the extension's pages,
// the third goes from the background to a tab's top frame. The content scripts (classic scripts)
// repeat the kinds they use; tests/js/password-messages.test.mjs checks that the copies agree.

/** Sent by content scripts. */
export const PW_FROM_CONTENT = Object.freeze({
  /** `{}` → `{ ok, watch, min, max, otp, learn }`: what this frame should watch. */
  config: "password-config",
  /** `{ password }` → `{ ok }`: the user submitted the sign-in form of an official sign-in page.
   *  The background keeps only a fingerprint (never the password) until the next page says whether
   *  the sign-in succeeded. */
  signin: "password-signin",
  /** `{}` → `{ ok, consent? }`: the top frame of a page loaded; if it follows a successful sign-in,
   *  the answer may ask for the first-time consent. */
  signinDone: "password-signin-done",
  /** `{ typed, code_field }` → `{ ok, alerted, retry_ms? }`: the end of what the user typed or pasted
   *  into a field (at most `max` characters); `code_field`: the field looks like a one-time-code field.
   *  A match is drawn by the top frame (PW_TO_CONTENT.showAlert). */
  candidate: "password-candidate",
  /** `{ answer: "yes" | "no" }` → `{ ok }`: the first-time consent card's answer (official page only). */
  consentAnswer: "password-consent-answer",
  /** `{}` → `{ ok }`: "this site is mine": opens the options page to confirm it (never decided in-page). */
  openMine: "password-open-mine",
  /** `{}` → `{ ok }`: open the recovery assistant for the retailer of this tab's last alert. */
  openRecovery: "password-open-recovery",
});

/** Sent by the extension's own pages (options). */
export const PW_FROM_EXTENSION = Object.freeze({
  /** `{}` → `{ ok, rows: [{ retailer, name, learned, consent }], mine: [domain] }`. */
  list: "password-list",
  /** `{ retailer? }` → `{ ok }`: forget one retailer's fingerprint (all without `retailer`). */
  forget: "forget-passwords",
  /** `{ retailer, consent: "yes" | "no" | null }` → `{ ok }`: learn (or never learn) this retailer's password. */
  consent: "password-consent",
  /** `{ domain, mine: boolean }` → `{ ok, domain }`: allow (or stop allowing) reuse on a registrable domain. */
  mine: "password-mine",
});

/** Sent by the background to a tab's top frame (password-alert.js). */
export const PW_TO_CONTENT = Object.freeze({
  /** `{ alert: { type: "password" | "otp", retailer_name, host, change_url, official_url, lookalike } }` */
  showAlert: "password-show-alert",
});

/** storage.local key of the protected-password state (shared/password-state.js). */
export const PW_KEY = "passwords";
/** storage.session key of a tab's last alert `{ url, alert }` (the warning page's password-reuse mode). */
export const pwAlertKey = (tabId) => `pwalert:${tabId}`;
/** storage.session key of the rate-limit bucket of a tab on a registrable domain (survives the worker). */
export const pwLimitKey = (tabId, domain) => `pwlimit:${tabId}:${domain}`;
/** storage.session key of a tab's pending sign-in (a fingerprint waiting for the next page). */
export const pwSigninKey = (tabId) => `pwsignin:${tabId}`;
