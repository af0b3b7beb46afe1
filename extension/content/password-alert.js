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
// The alert is drawn in a host of content/ui-host.js, the banner's watchdog (loaded at document_idle
// in the same isolated world): top layer, closed shadow root, repaired when removed, covered,
// restyled or zoomed away, checked by hit tests. When it cannot be drawn (ui-host.js not loaded
// yet: a page that never finishes loading) or the page keeps defeating it, the background is told
// (`ui-report`, what "password") and moves the tab to the extension's warning page in its
// password-reuse mode (background/protection.js), as for the banner.
/* global createHost */
(() => {
  "use strict";
  if (globalThis.OmamoriPasswordAlert) return;
  const api = globalThis.browser ?? globalThis.chrome;
  // Keep in sync with PW_FROM_CONTENT / PW_TO_CONTENT (tests/js/password-messages.test.mjs).
  const MSG = {
    consentAnswer: "password-consent-answer", openMine: "password-open-mine", openRecovery: "password-open-recovery",
    showAlert: "password-show-alert", uiReport: "ui-report",
  };
  const isTop = window === window.top;
  const t = (key, subs) => api.i18n.getMessage(key, subs) || key;
  const uiLang = String(api.i18n.getUILanguage() || "en").toLowerCase().startsWith("ja") ? "ja" : "en";
  const nameOf = (names) => (names && (names[uiLang] || names.en)) || "";
  const send = (m) => api.runtime.sendMessage(m).catch(() => null);

  // Where the hosts sit (after ui-host.js's base style): the alert near the top, the card bottom right.
  const ALERT = { name: "password", style: "top: 96px !important; left: calc(50vw - min(280px, 50vw - 12px)) !important;" +
    "width: min(560px, calc(100vw - 24px)) !important; height: auto !important;", minWidth: (vw) => Math.min(560, vw - 24) - 20, minHeight: 100 };
  const CARD = { name: "note", style: "bottom: 16px !important; right: 16px !important; width: min(380px, calc(100vw - 32px)) !important;" +
    "height: auto !important;", minWidth: () => 0, minHeight: 40 };
  const report = (state) => send({ kind: MSG.uiReport, what: "password", state });

  /** A protected host from ui-host.js (the banner's watchdog), or null before it has loaded. */
  function protectedHost(spec, onReport) {
    return typeof createHost === "function" ? createHost(spec, onReport) : null;
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

  // el() and button() (real clicks only) come from dom.js, loaded by the manifest's first content-script
  // group, which runs before this one in the same isolated world (each script is listed once: tools/manifest.mjs).
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
    alertHost = alertHost || protectedHost(ALERT, report);
    if (!alertHost || !alertHost.root) {
      report("draw-failed");
    } else {
      styled(alertHost.root, box);
      alertHost.show();
    }
    // The field loses focus: Enter no longer submits the password while the alert is up.
    const active = /** @type {HTMLElement | null} */ (document.activeElement);
    if (active && typeof active.blur === "function") active.blur();
  }

  /** The card waits for ui-host.js (document_idle): it asks after a sign-in, it warns of nothing. */
  function askConsent(c, tries = 0) {
    if (!isTop || !c) return;
    if (!cardHost && typeof createHost !== "function") {
      if (tries < 60) setTimeout(() => askConsent(c, tries + 1), 250);
      return;
    }
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
    cardHost = cardHost || protectedHost(CARD, () => {});
    if (!cardHost || !cardHost.root) return;
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
