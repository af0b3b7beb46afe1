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
});

/** Sent by the extension's own pages (popup, options). */
export const FROM_EXTENSION = Object.freeze({
  /** `{}` → `{ ok, retailers }`: the catalog, from `engine.retailers()`. */
  getRetailers: "get-retailers",
  /** `{ url }` → `{ ok, verdict }`: check a URL with the current settings (options: preview a user site). */
  checkUrl: "check-url",
  /** `{}` → `{ ok, version }`: the core's version. */
  getVersion: "get-version",
});

export const MSG = Object.freeze({ ...FROM_CONTENT, ...FROM_EXTENSION });

/** storage.session keys (per tab) and the storage.local key of the settings. */
export const KEYS = Object.freeze({
  verdict: (tabId) => `verdict:${tabId}`,
  ui: (tabId) => `ui:${tabId}`,
  settings: "settings",
});
