// @ts-check
// Background entry: a service worker in Chromium, an event page (background.scripts) in Firefox;
// an ES module in both. Events and message dispatch only:
//   engine.js          the WASM engine and its settings (the one `ready` chain)
//   verdict-store.js   each tab's verdict in storage.session, badge and title
//   frames.js          each tab's frames: their verdicts, the tab's verdict as the worst of them
//   security-state.js  reminders / checklist / email hashes in storage.local
//   content-handlers.js, page-handlers.js   the message handlers, grouped by trust
//   protection.js      warning page escalation, trust / continue, documents without a web URL
//   leave.js           "Leave" from every surface (the tab's history model: tab-history.js)
//
// MV3 stops and restarts this worker at any time, so every listener is registered synchronously
// at the top level; the handlers await the engine's one `ready` promise (uBOL background.js does
// the same).

import { runtime, storage, tabs, webNavigation } from "../platform/browser.js";
import { TO_CONTENT } from "../platform/messages.js";
import { getEngine, onStorageChanged } from "./engine.js";
import { forgetTab, isWeb, recordNavigation, urlVerdict } from "./verdict-store.js";
import { contentHandlers } from "./content-handlers.js";
import { pageHandlers } from "./page-handlers.js";
import { passwordHandlers } from "./password-alert.js";
import { forgetFrames, restoreFrames, worstOf } from "./frames.js";
import { protectionHandlers, registerProtectionEvents, webUrlOf } from "./protection.js";
import { leaveHandlers, registerLeaveEvents } from "./leave.js";

/** @typedef {import("../types/background").HandlerGroup} HandlerGroup */

const MAX_MESSAGE_CHARS = 64 * 1024; // page signals are capped to ~20 KB; anything bigger is not ours

/** Every handler group, by trust: `fromContent` (web pages) and `fromExtension` (this extension's pages). */
const GROUPS = [contentHandlers, pageHandlers, protectionHandlers, passwordHandlers, leaveHandlers];

/** Merges the groups' handler maps; a message kind handled twice is a programming error. */
function routes(/** @type {HandlerGroup[]} */ groups) {
  const fromContent = new Map();
  const fromExtension = new Map();
  for (const group of groups) {
    for (const [map, handlers] of /** @type {const} */ ([[fromContent, group.fromContent], [fromExtension, group.fromExtension]])) {
      for (const [kind, handler] of Object.entries(handlers ?? {})) {
        if (map.has(kind)) throw new Error(`two handlers for message kind ${kind}`);
        map.set(kind, handler);
      }
    }
  }
  return { fromContent, fromExtension };
}
const ROUTES = routes(GROUPS);

// ---- events -----------------------------------------------------------------------------------

// The earliest navigation event: a stopped worker starts here, while the request is on the network,
// and the URL verdict is computed then (url-verdicts.js), so it is ready when the page commits and
// its content script asks for it.
webNavigation.onBeforeNavigate((details) => {
  if (details.frameId !== 0) return;
  if (isWeb(details.url)) void urlVerdict(details.tabId, details.url).catch(() => {});
  else void getEngine().catch(() => {});
});
webNavigation.onCommitted((details) => {
  if (details.frameId !== 0) return;
  forgetFrames(details.tabId);
  void recordNavigation(details.tabId, details.url);
});
// Single-page apps: `history.pushState("/ap/signin")` changes a frame's address without a
// navigation. Only the frame whose address changed is checked again, once: its content script is
// told (it reports the page of its new address), and for the top frame the tab's record describes
// the new URL at once (its URL verdict, still raised by its frames' warnings: frames.js). A sub-frame's
// pushState never touches the top frame's record, nor the top frame's its frames'.
webNavigation.onHistoryStateUpdated((details) => {
  const { tabId, frameId, url } = details;
  if (frameId === 0) void recordNavigation(tabId, url, async (v) => (await restoreFrames(tabId), worstOf(tabId, v, url)));
  void tabs.sendToFrame(tabId, frameId, { kind: TO_CONTENT.addressChanged }).catch(() => {});
});
tabs.onRemoved((tabId) => {
  forgetFrames(tabId);
  void forgetTab(tabId);
});
tabs.onReplaced((_addedTabId, removedTabId) => void forgetTab(removedTabId));
storage.onChanged(onStorageChanged);
registerProtectionEvents(); // after recordNavigation's listener: its onCommitted work queues behind it
registerLeaveEvents();

runtime.onMessage(async (message, sender) => {
  if (!message || typeof message !== "object" || typeof message.kind !== "string") {
    return { ok: false, error: "malformed message" };
  }
  if (runtime.isExtensionPage(sender)) {
    const handler = ROUTES.fromExtension.get(message.kind);
    if (!handler) return { ok: false, error: `unknown message kind: ${message.kind}` };
    return handler(message, sender);
  }
  // Everything else comes from a content script, i.e. from inside a web page.
  const handler = ROUTES.fromContent.get(message.kind);
  if (!handler) return { ok: false, error: `unknown message kind: ${message.kind}` };
  if (!sender.tab || typeof sender.tab.id !== "number" || sender.tab.id < 0) return { ok: false, error: "not from a tab" };
  // blob:, about:blank, about:srcdoc and data: documents are checked as the web page that made them.
  const url = await webUrlOf({ tabId: sender.tab.id, frameId: sender.frameId ?? 0, url: sender.url, origin: sender.origin });
  if (!url) return { ok: false, error: "not from a web page" };
  if (JSON.stringify(message).length > MAX_MESSAGE_CHARS) return { ok: false, error: "message too large" };
  return handler(message, { ...sender, url, documentUrl: sender.url });
});
