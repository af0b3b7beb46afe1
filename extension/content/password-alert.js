// @ts-check
// Protected-password alert, drawing side (classic content script, every frame, document_start;
// loaded before password-watch.js). Draws, in the top frame only:
//  - the alert "You just typed your Amazon password on example.top, which is not Amazon" (or the
//    one-time-code variant) when the background sends `password-show-alert`;
//  - the first-time consent card after a successful sign-in on the retailer's official site.
//
// Global API (the isolated world's global, shared with this extension's other content scripts and
// invisible to the page):
//   OmamoriPasswordAlert.askConsent({ retailer_name })   draws the consent card (top frame)
//   OmamoriPasswordAlert.drawAlert(alert)                draws the alert (top frame); alert as in
//                                                        shared/password-messages.js PW_TO_CONTENT
// Decisions that lower protection are not taken here: "this site is mine" opens the options page,
// where the user confirms it. Buttons react only to trusted (user) clicks.
//
// Until the merge with content/ui-host.js this file has its own minimal protected host (makeHost):
// a built-in element (pages cannot define or subclass it) with a closed shadow root, re-inserted
// when removed, its style restored, shown in the top layer as a manual popover. It has the same
// contract as ui-host.js's hosts ({ root, show(), hide(), shown }); swap makeHost for it.
(() => {
  "use strict";
  if (globalThis.OmamoriPasswordAlert) return;
  const api = globalThis.browser ?? globalThis.chrome;
  // Keep in sync with PW_FROM_CONTENT / PW_TO_CONTENT (tests/js/password-messages.test.mjs).
  const MSG = { consentAnswer: "password-consent-answer", openMine: "password-open-mine", openRecovery: "password-open-recovery", showAlert: "password-show-alert" };
  const isTop = window === window.top;
  const t = (key, subs) => api.i18n.getMessage(key, subs) || key;
  const uiLang = String(api.i18n.getUILanguage() || "en").toLowerCase().startsWith("ja") ? "ja" : "en";
  const nameOf = (names) => (names && (names[uiLang] || names.en)) || "";
  const send = (m) => api.runtime.sendMessage(m).catch(() => null);

  const HOST_BASE =
    "all: initial !important; display: block !important; position: fixed !important; margin: 0 !important;" +
    "padding: 0 !important; border: 0 !important; background: transparent !important; z-index: 2147483647 !important;" +
    "visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;" +
    "clip-path: none !important; pointer-events: auto !important; overflow: visible !important; zoom: 1 !important;" +
    "max-width: none !important; max-height: none !important; min-width: 0 !important; min-height: 0 !important;" +
    "height: auto !important; inset: auto !important;";
  const ALERT_STYLE = HOST_BASE + "top: 96px !important; left: calc(50vw - min(280px, 50vw - 12px)) !important;" +
    "width: min(560px, calc(100vw - 24px)) !important;";
  const CARD_STYLE = HOST_BASE + "bottom: 16px !important; right: 16px !important; width: min(380px, calc(100vw - 32px)) !important;";

  function makeHost(style) {
    const host = document.createElement("div");
    const root = host.attachShadow({ mode: "closed" });
    // One of Omamori's own hosts: the banner's watchdog (ui-host.js, loaded at document_idle, before
    // any alert can be drawn) must not take it for a page element competing in the top layer.
    if (typeof OUR_HOSTS !== "undefined") OUR_HOSTS.add(host);
    host.style.cssText = style;
    const styleAttr = host.getAttribute("style");
    let wanted = false;
    let repairs = 0;
    let since = 0;
    const fix = (fromTimer) => {
      if (!wanted) return;
      const now = Date.now();
      if (now - since > 1000) {
        since = now;
        repairs = 0;
      }
      if (fromTimer !== true && ++repairs > 50) return;
      const html = document.documentElement;
      if (!html) return;
      if (host.parentNode !== html || host.nextSibling) html.appendChild(host);
      if (host.getAttribute("style") !== styleAttr) host.style.cssText = style;
      for (const n of host.getAttributeNames()) if (n !== "style" && n !== "popover") host.removeAttribute(n);
      if (typeof host.showPopover === "function") {
        if (host.getAttribute("popover") !== "manual") host.setAttribute("popover", "manual");
        try {
          if (!host.matches(":popover-open")) host.showPopover();
        } catch {
          /* not connected, or blocked: z-index still applies */
        }
      }
    };
    const observer = new MutationObserver(() => fix());
    let timer = 0;
    return {
      root,
      host,
      show() {
        wanted = true;
        fix();
        observer.observe(document.documentElement, { childList: true });
        observer.observe(host, { attributes: true });
        if (!timer) timer = setInterval(() => fix(true), 1000); // what observers cannot see (a closed popover)
      },
      hide() {
        wanted = false;
        observer.disconnect();
        clearInterval(timer);
        timer = 0;
        host.remove();
      },
      get shown() {
        return wanted;
      },
    };
  }

  const CSS = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .box { font: 15px/1.55 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
      "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif; color: #202124; background: #fff;
      border-radius: 12px; border-top: 8px solid #b3261e; box-shadow: 0 10px 40px rgba(0,0,0,.5);
      padding: 18px 20px 18px; position: relative; text-align: left; letter-spacing: normal; }
    .box.consent { border-top: 0; border-left: 5px solid #1a56c4; box-shadow: 0 4px 18px rgba(0,0,0,.18); font-size: 14px; }
    .brand { font-size: 12px; font-weight: 600; color: #b3261e; margin: 0 0 4px; }
    .consent .brand { color: #1a56c4; }
    h2 { font-size: 19px; font-weight: 700; margin: 0 0 6px; line-height: 1.4; color: #b3261e; padding-right: 24px; }
    .consent h2 { color: #202124; font-size: 16px; }
    p { margin: 0 0 12px; color: #3c4043; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    a.btn, button { font: inherit; font-size: 14px; font-weight: 600; border-radius: 6px; padding: 8px 13px; cursor: pointer;
      border: 1px solid #dadce0; background: #fff; color: #202124; text-decoration: none; display: inline-block; }
    .primary { background: #b3261e !important; border-color: #b3261e !important; color: #fff !important; }
    .consent .primary { background: #1a56c4 !important; border-color: #1a56c4 !important; }
    button.quiet { border-color: transparent; color: #5f6368; font-weight: 500; text-decoration: underline; }
    button.close { position: absolute; top: 8px; right: 8px; border: 0; padding: 2px 8px; font-size: 20px; line-height: 1; color: #5f6368; }
    a:focus-visible, button:focus-visible { outline: 3px solid #8ab4f8; outline-offset: 2px; }
  `;

  // el() and button() (real clicks only) come from dom.js, which the manifest loads before this file.
  function styled(root, ...nodes) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      root.adoptedStyleSheets = [sheet];
      root.replaceChildren(...nodes);
    } catch {
      root.replaceChildren(el("style", { text: CSS }), ...nodes);
    }
  }

  /** @type {any} */
  let alertHost = null;
  /** @type {any} */
  let cardHost = null;

  // Only the top frame listens for the alert (below); the tour (tour/frame.js) draws it in its frame.
  function drawAlert(a) {
    if (!a || typeof a !== "object") return;
    const name = nameOf(a.retailer_name) || t("ext_short_name");
    const host = String(a.host || location.hostname).slice(0, 100);
    const otp = a.type === "otp";
    const title = otp ? t("password_otp_title", [host]) : t("password_alert_title", [name, host]);
    const body = otp ? t("password_otp_body", [name]) : t("password_alert_body");
    const https = (u) => typeof u === "string" && u.startsWith("https://");
    const actions = [button(t("password_leave"), "primary", () => void leavePage()) /* content/banner.js */];
    if (https(a.change_url)) {
      actions.push(el("a", { class: "btn", href: a.change_url, target: "_blank", rel: "noopener noreferrer", text: t("password_change", [name]) }));
    }
    if (a.lookalike) actions.push(button(t("password_recovery"), "", () => send({ kind: MSG.openRecovery })));
    if (!otp) actions.push(button(t("password_mine"), "quiet", () => send({ kind: MSG.openMine })));
    const close = button("×", "close", () => alertHost.hide());
    close.setAttribute("aria-label", t("note_close"));
    const box = el("div", { class: "box", role: "alertdialog", "aria-label": title },
      el("div", { class: "brand", text: t("ext_short_name") }),
      el("h2", { text: title }),
      el("p", { text: body }),
      el("div", { class: "row" }, ...actions),
      close);
    alertHost = alertHost || makeHost(ALERT_STYLE);
    styled(alertHost.root, box);
    alertHost.show();
    // The field loses focus: Enter no longer submits the password while the alert is up.
    const active = /** @type {HTMLElement | null} */ (document.activeElement);
    if (active && typeof active.blur === "function") active.blur();
  }

  function askConsent(c) {
    if (!isTop || !c) return;
    const name = nameOf(c.retailer_name);
    const answer = (value) => () => {
      send({ kind: MSG.consentAnswer, answer: value });
      cardHost.hide();
    };
    const yes = button(t("password_consent_yes"), "primary", answer("yes"));
    const box = el("div", { class: "box consent", role: "dialog", "aria-label": t("password_consent_title", [name]) },
      el("div", { class: "brand", text: t("ext_short_name") }),
      el("h2", { text: t("password_consent_title", [name]) }),
      el("p", { text: t("password_consent_body", [name]) }),
      el("div", { class: "row" }, yes, button(t("password_consent_no"), "quiet", answer("no"))));
    cardHost = cardHost || makeHost(CARD_STYLE);
    styled(cardHost.root, box);
    cardHost.show();
    // A question the user just caused (by signing in): it takes the focus, Enter or Space answers it.
    yes.focus({ preventScroll: true });
  }

  if (isTop) {
    api.runtime.onMessage.addListener((message, sender) => {
      // Only this extension's background (not a content script of another tab) sends it.
      if (sender && sender.id === api.runtime.id && !sender.tab && message && message.kind === MSG.showAlert) {
        drawAlert(message.alert);
      }
    });
  }

  Object.defineProperty(globalThis, "OmamoriPasswordAlert", {
    value: Object.freeze({ askConsent, drawAlert }),
    configurable: false,
    writable: false,
  });
})();
