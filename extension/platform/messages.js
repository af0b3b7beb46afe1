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
  /** `{}` → `{ ok, verdict }`: the URL verdict of this top-frame document (null for sub-frames), asked
   *  at document_start so a lookalike's banner is drawn before the page's first paint. */
  urlVerdict: "url-verdict",
  /** `{ text, shown }` → `{ ok, reminder, takeover }`: on an official sign-in/account page, the page's
   *  visible text (innerText, ≤ 20,000 chars, never field values); the answer says whether to show the
   *  two-step reminder and the recovery offer. `shown`: a reminder is already on screen. */
  pageCheck: "page-check",
  /** `{ answer: "on" | "later" }` → `{ ok }`: the user's click on the two-step reminder. */
  reminderAnswer: "reminder-answer",
  /** `{}` → `{ ok }`: open the recovery assistant for this official page's retailer. */
  openRecovery: "open-recovery",
  /** `{ what: "banner" | "guard" | "note" | "chip" | "password", state: "drawn" | "draw-failed" | "fighting" }` → `{ ok, escalated }`:
   *  how the in-page UI fares; a warning that cannot be shown moves to the warning page (protection.js). */
  uiReport: "ui-report",
  /** `{}` → `{ ok, escalated }`: the user asked for the warning's details: open the warning page in this tab. */
  openWarning: "open-warning",
  /** `{}` → `{ ok, back }` (the caller goes `back` steps back in history) or `{ ok, replaced }` (the tab
   *  was replaced by the real site or a new-tab page): "Leave" from the banner, form guard or password alert (leave.js). */
  leave: "leave",
});

/** Sent by the extension's own pages (popup, options, warning page). */
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
  /** `{ tabId }` → `{ ok, domain }`: stop trusting the site of that tab's stored verdict (popup's undo). */
  untrustSite: "untrust-site",
  /** `{ tabId }` → `{ ok, record }`: the warning page's record `{ url, return_url, verdict, reason, password? }`
   *  (`password`: the protected-password alert the page fought, shared/password-messages.js PW_TO_CONTENT). */
  getWarning: "get-warning",
  /** `{ tabId, domain }` → `{ ok, domain }`: trust the registrable domain of the tab's warning, go back to it. */
  trustDomain: "trust-domain",
  /** `{ tabId, url }` → `{ ok }`: continue to the warned URL in this tab for this visit (not trust). */
  continueAnyway: "continue-anyway",
  /** `{}` → as FROM_CONTENT.leave: "Leave" on the warning page, for the tab it shows in (leave.js). */
  leaveWarning: "leave-warning",
});

/** Sent by the background to a tab's top frame (content scripts accept them only from this extension). */
export const TO_CONTENT = Object.freeze({
  /** `{ verdict }`: the tab's record changed without this frame asking (a sub-frame's warning raised it). */
  tabVerdict: "tab-verdict",
  /** `{}`: this frame's address changed without a navigation (history.pushState / replaceState): check the page again. */
  addressChanged: "address-changed",
  /** `{ url, fields, signin, buttons, field_labels }`: a sub-frame of this frame (at `url`) has a sign-in, card or code form (its field counts and labels). */
  childForm: "child-form",
});

export const MSG = Object.freeze({ ...FROM_CONTENT, ...FROM_EXTENSION });

/** storage.session keys (per tab) and the storage.local key of the settings. */
export const KEYS = Object.freeze({
  verdict: (tabId) => `verdict:${tabId}`,
  /** storage.session: the warning page's record of a tab (protection.js). */
  warning: (tabId) => `warning:${tabId}`,
  /** storage.session: the warned URLs the user continued to in a tab, `{ top, urls }` (protection.js). */
  allow: (tabId) => `allow:${tabId}`,
  /** storage.session: the worst warning a sub-frame of the tab's current top document reported, `{ frameUrl, verdict }` (frames.js). */
  frames: (tabId) => `frames:${tabId}`,
  /** storage.session: the model of a tab's session history, `{ entries, index }` (tab-history.js). */
  history: (tabId) => `history:${tabId}`,
  settings: "settings",
  /** storage.local: the reminder / checklist state (shared/reminders.js). */
  security: "security",
  /** storage.local: recovery-assistant progress of one retailer, `{ done: [step ids] }`. */
  recovery: (retailer) => `recovery:${retailer}`,
});
