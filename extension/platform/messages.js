// @ts-check
// Message kinds exchanged with the background. Every message is `{ kind: MSG.x, ...payload }`.
// The background's dispatcher (service-worker.js) groups handlers by trust: the first group comes
// from content scripts, i.e. from inside web pages that may be hostile; the second only from this
// extension's own pages. The content script (a classic script, it cannot import modules) repeats
// the first group verbatim; tests/js/messages.test.mjs checks that the two copies agree.

/** Sent by content scripts (untrusted: validated, capped; the tab and URL come from `sender`). */
export const FROM_CONTENT = Object.freeze({
  /** `{ signals }` → `{ ok, verdict }`: page signals of this frame; the answer says what to draw. */
  pageSignals: "page-signals",
  /** `{}` → `{ ok, domain }`: the user clicked "I trust this site" in the banner (top frame only). */
  trustSite: "trust-site",
  /** `{ ui }` → `{ ok }`: what the content script drew (banner/guard), mirrored to storage.session. */
  uiState: "ui-state",
  /** `{ text, shown }` → `{ ok, reminder, takeover }`: on an official sign-in/account page, the page's
   *  visible text (innerText, ≤ 20,000 chars, never field values); the answer says whether to show the
   *  two-step reminder and the recovery offer. `shown`: a reminder is already on screen. */
  pageCheck: "page-check",
  /** `{ answer: "on" | "later" }` → `{ ok }`: the user's click on the two-step reminder. */
  reminderAnswer: "reminder-answer",
  /** `{}` → `{ ok }`: open the recovery assistant for this official page's retailer. */
  openRecovery: "open-recovery",
});

/** Sent by the extension's own pages (popup, options). */
export const FROM_EXTENSION = Object.freeze({
  /** `{}` → `{ ok, retailers }`: the catalog, from `engine.retailers()`. */
  getRetailers: "get-retailers",
  /** `{ url }` → `{ ok, verdict }`: check a URL with the current settings (options: preview a user site). */
  checkUrl: "check-url",
  /** `{}` → `{ ok, version }`: the core's version. */
  getVersion: "get-version",
  /** `{}` → `{ ok, rows }`: the security checklist (shared/reminders.js checklist()). */
  getChecklist: "get-checklist",
  /** `{ retailer }` → `{ ok }`: forget the two-step state and reminder date of a retailer. */
  resetRetailer: "reset-retailer",
  /** `{ retailer, email }` → `{ ok }`: store the salted hash of the user's account email (null: remove). */
  setAccountEmail: "set-account-email",
  /** `{ tab }` → `{ ok, domain }`: stop trusting the site of that tab's stored verdict (popup's undo). */
  untrustSite: "untrust-site",
});

export const MSG = Object.freeze({ ...FROM_CONTENT, ...FROM_EXTENSION });

/** storage.session keys (per tab) and the storage.local key of the settings. */
export const KEYS = Object.freeze({
  verdict: (tabId) => `verdict:${tabId}`,
  ui: (tabId) => `ui:${tabId}`,
  settings: "settings",
  /** storage.local: the reminder / checklist state (shared/reminders.js). */
  security: "security",
  /** storage.local: recovery-assistant progress of one retailer, `{ done: [step ids] }`. */
  recovery: (retailer) => `recovery:${retailer}`,
});
