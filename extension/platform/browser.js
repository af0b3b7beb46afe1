// @ts-check
// The only module that touches the WebExtension API (`browser` in Firefox, `chrome` in Chromium).
// Everything else — background, popup, options — imports what it needs from here, so the
// differences between the two browsers live in one place.
// (Pattern: uBlock Origin Lite platform/mv3/extension/js/ext.js.)
//
// The content script is a classic script (Chromium has no module content scripts:
// https://crbug.com/40743651) and cannot import this file; it has its own two-line access point.

// Firefox defines `browser` (promise-based); Chromium defines `chrome`, which returns promises
// from MV3 APIs when no callback is passed (https://developer.chrome.com/docs/extensions/develop/migrate/api-calls#replace-callbacks).
const api = globalThis.browser ?? globalThis.chrome;

export const runtime = {
  id: api.runtime.id,
  getURL: (path) => api.runtime.getURL(path),
  getManifest: () => api.runtime.getManifest(),
  openOptionsPage: () => api.runtime.openOptionsPage(),
  sendMessage: (message) => api.runtime.sendMessage(message),
  /** True when `sender` is one of this extension's own pages (popup, options), not a content script. */
  isExtensionPage(sender) {
    const origin = api.runtime.getURL("");
    return sender?.id === api.runtime.id && typeof sender.url === "string" && sender.url.startsWith(origin);
  },
  /**
   * `handler(message, sender)` may return a value or a promise; its result is the response.
   * Returns true to keep the channel open in Chromium, which does not accept a promise from the
   * listener (https://developer.chrome.com/docs/extensions/develop/concepts/messaging#simple).
   */
  onMessage(handler) {
    api.runtime.onMessage.addListener((message, sender, sendResponse) => {
      Promise.resolve()
        .then(() => handler(message, sender))
        .then(
          (result) => sendResponse(result ?? { ok: true }),
          (error) => sendResponse({ ok: false, error: String(error?.message ?? error) }),
        );
      return true;
    });
  },
};

export const i18n = {
  getMessage: (key, substitutions) => api.i18n.getMessage(key, substitutions),
  getUILanguage: () => api.i18n.getUILanguage(),
};

export const storage = {
  local: {
    get: (keys) => api.storage.local.get(keys),
    set: (items) => api.storage.local.set(items),
  },
  session: {
    get: (keys) => api.storage.session.get(keys),
    set: (items) => api.storage.session.set(items),
    remove: (keys) => api.storage.session.remove(keys),
  },
  /** `listener(changes, areaName)`; areaName is "local", "session", … */
  onChanged: (listener) => api.storage.onChanged.addListener(listener),
};

export const tabs = {
  /** The active tab of the current window (id only: this extension has no "tabs" permission). */
  async active() {
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    return tab ?? null;
  },
  /** Opens `url` (one of this extension's pages) in a new tab next to `openerTabId`. */
  create: ({ url, openerTabId }) => api.tabs.create({ url, ...(openerTabId >= 0 ? { openerTabId } : {}) }),
  /** Navigates tab `tabId` to `url` (the warning page, or back to the page it replaced). */
  update: (tabId, url) => api.tabs.update(tabId, { url }),
  /** One step back in the tab's history (rejects when there is none, in Chromium). */
  goBack: (tabId) => api.tabs.goBack(tabId),
  /**
   * Opens `url` (no URL: the browser's new-tab page) in a new active tab where `tab` is, then closes
   * `tab`: its history, and so Back into it, goes with it. A popup window cannot hold a second
   * tab: the new tab then opens in a normal window.
   */
  async replace(tab, url) {
    const where = { active: true, ...(url ? { url } : {}) };
    const made = await api.tabs.create({ ...where, ...(tab.windowId >= 0 ? { windowId: tab.windowId } : {}), ...(tab.index >= 0 ? { index: tab.index } : {}) })
      .catch(() => api.tabs.create(where));
    await api.tabs.remove(tab.id);
    return made;
  },
  sendToFrame: (tabId, frameId, message) => api.tabs.sendMessage(tabId, message, { frameId }),
  /** The tab of the calling extension page (undefined in the popup). */
  current: () => api.tabs.getCurrent(),
  onRemoved: (listener) => api.tabs.onRemoved.addListener(listener),
  onReplaced: (listener) => api.tabs.onReplaced.addListener(listener),
};

export const webNavigation = {
  /** A navigation is about to start (before its request): the earliest event that wakes the background. */
  onBeforeNavigate: (listener) => api.webNavigation.onBeforeNavigate.addListener(listener),
  onCommitted: (listener) => api.webNavigation.onCommitted.addListener(listener),
  onCompleted: (listener) => api.webNavigation.onCompleted.addListener(listener),
  /** A single-page app changed the address (history.pushState / replaceState) without a navigation. */
  onHistoryStateUpdated: (listener) => api.webNavigation.onHistoryStateUpdated.addListener(listener),
  onCreatedNavigationTarget: (listener) => api.webNavigation.onCreatedNavigationTarget.addListener(listener),
  /** `{ url, parentFrameId, … }` of one frame, or null. */
  getFrame: (details) => api.webNavigation.getFrame(details),
};

export const action = {
  /** @param {number} tabId @param {{ text: string, color?: string | null }} badge */
  async setBadge(tabId, { text, color }) {
    // A tab that closed meanwhile rejects: nothing to show then.
    try {
      await api.action.setBadgeText({ tabId, text });
      if (text) {
        await api.action.setBadgeBackgroundColor({ tabId, color });
        // Chromium ≥ 110 and Firefox ≥ 63 have setBadgeTextColor; white text on the coloured badge.
        await api.action.setBadgeTextColor?.({ tabId, color: "#ffffff" });
      }
    } catch {
      /* tab gone */
    }
  },
  setTitle: (tabId, title) => api.action.setTitle({ tabId, title }).catch(() => {}),
  getBadgeText: (tabId) => api.action.getBadgeText({ tabId }),
};
