// @ts-check
// The content scripts' one access point to the extension API (a classic script cannot import
// platform/browser.js: Chromium has no module content scripts, https://crbug.com/40743651), the
// message kinds it sends, and the page's UI language.
/* exported MSG, send, t, learnMessages, uiLang, isTop, reportUi, shadowRootOf, shadowDomApi, onBackground, urlVerdictAsked */

/** @type {any} */
const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;

// Keep in sync with FROM_CONTENT in background/messages.js (tests/js/messages.test.mjs checks it).
const MSG = Object.freeze({
  pageSignals: "page-signals", urlVerdict: "url-verdict", pageCheck: "page-check", reminderAnswer: "reminder-answer",
  openRecovery: "open-recovery", uiReport: "ui-report", openWarning: "open-warning", leave: "leave",
});

const isTop = window === window.top;

/**
 * Message templates that came with a verdict (background/banner-text.js): substitution i is the
 * marker U+E000 + i. With them the banner draws without this frame's first i18n.getMessage, which
 * in Chromium fetches the whole message bundle from the browser process synchronously.
 * @type {Map<string, string>}
 */
const learned = new Map();
/** @param {unknown} messages the `messages` of a background answer */
function learnMessages(messages) {
  if (!messages || typeof messages !== "object") return;
  for (const [key, template] of Object.entries(messages)) if (typeof template === "string") learned.set(key, template);
}

/** The message `key` with `subs`, as i18n.getMessage gives it (the key itself when there is none). @param {string} key @param {string[]} [subs] */
function t(key, subs) {
  const template = learned.get(key);
  if (template === undefined) return api.i18n.getMessage(key, subs) || key;
  const list = Array.isArray(subs) ? subs : subs === undefined ? [] : [subs];
  return template.replace(/[\uE000-\uE008]/g, (m) => String(list[m.charCodeAt(0) - 0xe000] ?? "")) || key;
}
const uiLang = String(api.i18n.getUILanguage() || "en").toLowerCase().startsWith("ja") ? "ja" : "en";

/**
 * A message to the background; null when it is unavailable (extension reloaded). Oversized
 * messages are not sent: the background refuses them anyway.
 * @param {{ kind: string } & Record<string, unknown>} message
 * @returns {Promise<any>}
 */
async function send(message) {
  try {
    if (JSON.stringify(message).length > RULES.limits.message_chars) return null;
    return await api.runtime.sendMessage(message);
  } catch {
    return null;
  }
}

/**
 * Tells the background how the in-page UI fares; it escalates when a warning cannot be shown.
 * @param {"banner" | "guard" | "note" | "chip"} what @param {"drawn" | "draw-failed" | "fighting"} state
 */
const reportUi = (what, state) => void send({ kind: MSG.uiReport, what, state });

/**
 * The shadow root of an element, closed ones included: extensions may pierce them (Chromium
 * chrome.dom.openOrClosedShadowRoot, https://developer.chrome.com/docs/extensions/reference/api/dom;
 * Firefox Element.openOrClosedShadowRoot in content scripts), so a page cannot hide its top-layer
 * elements from the watchdog inside a closed shadow root.
 * @param {Element} el @returns {ShadowRoot | null}
 */
const shadowRootOf = (el) => {
  try {
    return api.dom?.openOrClosedShadowRoot?.(el) ?? /** @type {any} */ (el).openOrClosedShadowRoot ?? el.shadowRoot ?? null;
  } catch {
    return null;
  }
};

/** What collect-text.js needs to open closed shadow roots: Chromium's chrome.dom (null in Firefox,
 * where Element.openOrClosedShadowRoot serves content scripts). */
const shadowDomApi = () => api.dom ?? null;

/**
 * Messages the background sends to this frame (`tabs.sendMessage`): only this extension can send
 * them, never the page. `fn(message)` for each.
 * @param {(message: any) => void} fn
 */
const onBackground = (fn) => api.runtime.onMessage.addListener((/** @type {any} */ message, /** @type {any} */ sender) => {
  if (!sender || sender.id !== api.runtime.id || !message || typeof message !== "object") return;
  fn(message);
});

/**
 * The top frame's URL verdict, asked as soon as the messaging is defined (main.js draws it): the
 * round trip to the background overlaps the evaluation of the other content scripts. Null in
 * sub-frames and on non-web documents.
 * @type {Promise<any> | null}
 */
const urlVerdictAsked = isTop && /^https?:$/.test(location.protocol) ? send({ kind: MSG.urlVerdict }) : null;
