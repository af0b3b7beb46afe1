// @ts-check
// Protected-password watch (classic content script, every frame, document_start; after
// password-alert.js). Sends the background what it needs to check typing against the protected
// passwords and one-time codes; decides nothing itself.
//
// - Listens to `input`, `paste`, `drop`, `change` and `keydown` on the window in the capture phase
//   (registered before any page script runs, so a page listener cannot stop them first), trusted
//   (user) events only. Fields are inputs, textareas and contenteditable elements. Like Chrome's
//   reuse detector it also keeps the last characters typed in the frame (keydown), so a page that
//   rebuilds its field on every keystroke, keeps each character in a new field or swallows the
//   keys itself is still checked: what is sent is that buffer when the field's value is its end.
//   The field is the event's real target: inside open shadow roots through composedPath(), inside
//   closed ones through chrome.dom.openOrClosedShadowRoot (Chromium) or
//   element.openOrClosedShadowRoot (Firefox), then the root's activeElement. Each frame runs its own
//   copy (all_frames); the alert is drawn by the top frame.
// - What it sends: the end of the field's value (at most `max` characters, from the background's
//   config) once it is as long as the shortest protected password, or short values while one-time
//   codes are watched. Only to this extension's background (runtime.sendMessage), never stored,
//   never logged; one message in flight, the latest value wins, a rate-limited check is retried.
// - On a retailer's official sign-in page (config.learn) it keeps the password field's value in
//   memory and sends it once when the form is submitted; the background keeps only a fingerprint.
//
// Global API: OmamoriPasswordWatch.config() → the background's last config for this frame (or null).
(() => {
  "use strict";
  if (globalThis.OmamoriPasswordWatch) return;
  const api = globalThis.browser ?? globalThis.chrome;
  // Keep in sync with PW_FROM_CONTENT (tests/js/password-messages.test.mjs).
  const MSG = { config: "password-config", signin: "password-signin", signinDone: "password-signin-done", candidate: "password-candidate" };
  const isTop = window === window.top;
  const NOT_TEXT = new Set(["hidden", "submit", "button", "reset", "image", "checkbox", "radio", "file", "range", "color"]);
  // A field that asks for a one-time code (autocomplete, name, id, placeholder or label), and not a
  // postal code or phone number: after a retailer sign-in only such fields count (the background decides).
  const CODE_HINT = /one-time-code|otp|passcode|pin|verif|token|code|認証|確認|コード|暗証/i;
  const NOT_CODE_HINT = /zip|postal|post|tel|phone|mobile|郵便|電話|携帯/i;
  const REFRESH_MS = 5000; // the tab's verdict may change (page signals): re-read the config this often at most

  /** @type {any} */
  let config = null;
  let configAt = 0;
  /** @type {any} */
  let early = null; // the last value typed before the config arrived
  let lastPassword = ""; // learn mode only: the password field's value, in memory
  let sentPassword = "";

  const send = (m) => api.runtime.sendMessage(m).catch(() => null);

  function shadowOf(el) {
    try {
      if (api.dom && typeof api.dom.openOrClosedShadowRoot === "function") return api.dom.openOrClosedShadowRoot(el) || null;
      return el.openOrClosedShadowRoot || el.shadowRoot || null;
    } catch {
      return null;
    }
  }
  const isField = (el) => (el instanceof HTMLInputElement && !NOT_TEXT.has(el.type)) || el instanceof HTMLTextAreaElement ||
    (el instanceof HTMLElement && el.isContentEditable);
  const valueOf = (field) => (field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : field.textContent || "");
  let typedKeys = ""; // the last characters typed in this frame (keydown), bounded
  let lastSent = "";

  /** The input or textarea the event is about, through open and closed shadow roots. */
  function fieldOf(e) {
    let el = e.composedPath()[0];
    for (let depth = 0; el && !isField(el) && depth < 8; depth++) {
      const root = el instanceof Element ? shadowOf(el) : null;
      if (!root) return null;
      el = root.activeElement;
    }
    return el && isField(el) ? el : null;
  }

  async function loadConfig() {
    configAt = Date.now();
    const answer = await send({ kind: MSG.config });
    if (!answer || !answer.ok) return;
    config = answer;
    if (early !== null) {
      const [value, field] = early;
      early = null;
      consider(value, field);
    }
  }

  function isCodeField(field) {
    if (!field) return false;
    const a = (n) => field.getAttribute(n) || "";
    const hints = `${a("autocomplete")} ${a("name")} ${field.id} ${a("placeholder")} ${a("aria-label")}`;
    return CODE_HINT.test(hints) && !NOT_CODE_HINT.test(hints);
  }

  function consider(value, field) {
    if (!value) return;
    if (!config) {
      early = [value, field];
      return;
    }
    if (Date.now() - configAt > REFRESH_MS) loadConfig();
    const otp = config.otp && value.trim().length <= config.otp_max;
    // The keys typed, when the field holds their end (what a rebuilt or split field shows); else the field.
    const typed = !otp && typedKeys.endsWith(value) ? typedKeys : value;
    const password = config.watch && typed.length >= config.min;
    if (!password && !otp) return;
    const message = { kind: MSG.candidate, typed: typed.slice(-2 * config.max), code_field: isCodeField(field) };
    if (message.typed === lastSent && next === null) return; // the keydown already sent it
    lastSent = message.typed;
    check(message);
  }

  function onKey(e) {
    if (!e.isTrusted || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return;
    const limit = config ? 2 * config.max : 512;
    if (e.key === "Backspace") typedKeys = typedKeys.slice(0, -1);
    else if (e.key.length === 1 || (e.key.length === 2 && /[\uD800-\uDBFF]/.test(e.key[0]))) typedKeys = (typedKeys + e.key).slice(-limit);
    else return;
    if (config && config.watch && typedKeys.length >= config.min) consider(typedKeys, fieldOf(e));
  }

  let inflight = false;
  /** @type {any} */
  let next = null;
  async function check(message) {
    next = message;
    if (inflight) return;
    while (next !== null) {
      const sent = next;
      next = null;
      inflight = true;
      const answer = await send(sent);
      inflight = false;
      if (answer && answer.retry_ms > 0 && next === null) {
        setTimeout(() => next === null && !inflight && check(sent), Math.min(answer.retry_ms, 2000));
      }
    }
  }

  function onInput(e) {
    if (!e.isTrusted) return;
    const field = fieldOf(e);
    if (!field) return;
    const value = valueOf(field);
    if (field.type === "password") lastPassword = value.slice(0, 256);
    consider(value, field);
  }

  function onPaste(e) {
    if (!e.isTrusted) return;
    // The input event that follows carries the field's new value; a page that cancels the paste and
    // fills the field itself still gets the pasted text checked.
    const text = e.clipboardData ? e.clipboardData.getData("text/plain") : "";
    if (text) consider(text.slice(-256), fieldOf(e));
  }

  function onSubmitLike(e) {
    if (!e.isTrusted || !config || !config.learn || !lastPassword || lastPassword === sentPassword) return;
    if (e.type === "keydown" && e.key !== "Enter") return;
    if (e.type === "click") {
      const t = e.composedPath()[0];
      if (!(t instanceof Element) || !t.closest("button, input[type=submit], input[type=image], [role=button]")) return;
    }
    sentPassword = lastPassword;
    send({ kind: MSG.signin, password: lastPassword });
  }

  function onDrop(e) {
    if (!e.isTrusted) return;
    // Dropped text: checked even when the page cancels the drop and keeps the text itself.
    const text = e.dataTransfer ? e.dataTransfer.getData("text/plain") : "";
    if (text) consider(text.slice(-256), fieldOf(e));
  }

  for (const type of ["input", "change"]) window.addEventListener(type, onInput, true);
  window.addEventListener("paste", onPaste, true);
  window.addEventListener("drop", onDrop, true);
  window.addEventListener("keydown", onKey, true);
  for (const type of ["keydown", "click", "submit"]) window.addEventListener(type, onSubmitLike, true);

  loadConfig();
  if (isTop) {
    send({ kind: MSG.signinDone }).then((answer) => {
      if (answer && answer.ok && answer.consent && globalThis.OmamoriPasswordAlert) {
        globalThis.OmamoriPasswordAlert.askConsent(answer.consent);
      }
    });
  }

  Object.defineProperty(globalThis, "OmamoriPasswordWatch", {
    value: Object.freeze({ config: () => config }),
    configurable: false,
    writable: false,
  });
})();
