// Content script (classic script, every frame of http/https pages, document_idle).
//
// It does two things and decides nothing itself:
//  1. finds sign-in forms and reports bounded page signals (docs/api.md "Page signals": counts,
//     short trimmed strings, hosts — never what anyone typed) to the background;
//  2. draws what the background answers: the warning banner and the form guard, each inside a
//     closed shadow root that the page cannot read, restyle or remove for good.
//
// Verdicts come only from the background's replies to this script's own runtime messages; nothing
// is read from the page's DOM, window or events. Buttons ignore synthetic (page-dispatched) events.
(() => {
  "use strict";

  // The one access point to the extension API in this file: content scripts cannot import
  // background/browser.js (Chromium has no module content scripts).
  const api = globalThis.browser ?? globalThis.chrome;
  // Keep in sync with FROM_CONTENT in background/messages.js (tests/js/messages.test.mjs checks it).
  const MSG = {
    pageSignals: "page-signals", trustSite: "trust-site", uiState: "ui-state",
    pageCheck: "page-check", reminderAnswer: "reminder-answer", openRecovery: "open-recovery",
  };

  const isTop = window === window.top;
  const t = (key, subs) => api.i18n.getMessage(key, subs) || key;
  const uiLang = String(api.i18n.getUILanguage() || "en").toLowerCase().startsWith("ja") ? "ja" : "en";
  const reasonKey = (kind) => "reason_" + String(kind).replace(/-/g, "_"); // same rule as shared/verdict-view.js

  // ---------------------------------------------------------------------------------------------
  // 1. Sign-in forms and page signals
  // ---------------------------------------------------------------------------------------------

  const CREDENTIAL_KINDS = ["password", "email", "tel", "otp", "card"];
  const NON_TEXT_TYPES = new Set([
    "hidden", "submit", "button", "reset", "image", "checkbox", "radio", "file", "range", "color",
    "date", "datetime-local", "month", "week", "time", "search",
  ]);
  const SIGNIN_WORDS = /sign[\s-]?in|log[\s-]?in|logon|password|continue|next|ログイン|サインイン|パスワード|次へ|続行|続ける|認証/i;
  // A page scan reads at most this many elements of each sort: a sign-in page has a handful of
  // inputs and a few hundred links; a bound keeps a pathological page (100,000 inputs) cheap.
  const SCAN = { inputs: 200, links: 500, images: 300, textNodes: 3000 };
  const COPYRIGHT_HINT = /©|\(c\)|copyright/i;

  /** Kind of a form field (docs/api.md "Field kinds"), or null for non-text controls. */
  const PASSWORD_HINT = /password|passwort|contrase(ñ|n)a|mot de passe|senha|パスワード|暗証番号|密码|密碼/i;

  function fieldKind(el) {
    if (el.tagName !== "INPUT") return null;
    const type = (el.getAttribute("type") || "text").toLowerCase();
    if (NON_TEXT_TYPES.has(type)) return null;
    const ac = (el.getAttribute("autocomplete") || "").toLowerCase();
    const nameId = `${el.getAttribute("name") || ""} ${el.id || ""}`.toLowerCase();
    const maxLength = el.maxLength;
    if (type === "password") return "password";
    // Kits also ask for the password in a text field (masked with CSS, or an invalid type such as
    // type="Contraseña", which browsers treat as text): trust the field's own label instead.
    if (/^(current|new)-password$/.test(ac) || /(^|[^a-z])(pw|pwd|passwd|pass|password)([^a-z]|$)/.test(nameId) ||
        PASSWORD_HINT.test(el.getAttribute("placeholder") || "")) return "password";
    if (ac.includes("one-time-code") || (/otp|code|pin/.test(nameId) && maxLength > 0 && maxLength <= 8)) return "otp";
    if (ac.startsWith("cc-") || /cc-?number|card|cvv|cvc|expir/.test(nameId)) return "card";
    if (type === "email" || /email|username/.test(ac) || /e-?mail|user|login|signin|account/.test(nameId)) return "email";
    if (type === "tel" || ac.startsWith("tel")) return "tel";
    return "text";
  }

  function isVisible(el) {
    if (typeof el.checkVisibility === "function") {
      if (!el.checkVisibility({ visibilityProperty: true })) return false;
    }
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  }

  // Cut before collapsing whitespace: textContent of a big container can be megabytes, and only
  // `max` characters are kept (leading whitespace of up to 3·max characters still collapses away).
  const clean = (s, max) => String(s ?? "").slice(0, max * 4).replace(/\s+/g, " ").trim().slice(0, max);
  const pushUnique = (list, value, max) => {
    if (value && list.length < max && !list.includes(value)) list.push(value);
  };
  const hostOf = (url) => {
    try {
      const u = new URL(url, document.baseURI);
      return /^https?:$/.test(u.protocol) ? u.hostname : "";
    } catch {
      return "";
    }
  };

  /** The visible fields by kind and whether they make a sign-in (or payment) form. Cheap when there are no inputs. */
  function scanForms() {
    const inputs = document.getElementsByTagName("input"); // live collection: no query cost
    const fields = { email: 0, tel: 0, password: 0, otp: 0, card: 0, text: 0 };
    const credentialInputs = [];
    if (inputs.length === 0) return { fields, signin: false, credentialInputs };
    const n = Math.min(inputs.length, SCAN.inputs);
    for (let i = 0; i < n; i++) {
      const el = inputs[i];
      const kind = fieldKind(el);
      if (!kind || !isVisible(el)) continue;
      fields[kind] += 1;
      if (kind !== "text") credentialInputs.push(el);
    }
    let signin = fields.password > 0 || fields.card > 0;
    if (!signin && (fields.email > 0 || fields.tel > 0)) {
      // Email-first step (Amazon asks for the email, then the password on the next page): an email
      // or phone field, a submit control next to it, and sign-in words on the page.
      const el = credentialInputs.find((e) => ["email", "tel"].includes(fieldKind(e)));
      const scope = el.form || el.closest("div, section, main") || document.body;
      const submit = scope && scope.querySelector("button, input[type=submit], input[type=image], [role=button]");
      const words = `${document.title} ${scope ? clean(scope.textContent, 2000) : ""} ${submit ? submit.value || submit.textContent : ""}`;
      signin = !!submit && SIGNIN_WORDS.test(words);
    }
    return { fields, signin, credentialInputs };
  }

  /** Visible text near the sign-in forms first, then from the top of the page; plus © lines. */
  function collectText(formEls, budget) {
    let text = "";
    const copyright = [];
    const skip = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG"]);
    const walk = (root, limit) => {
      if (!root) return;
      // No acceptNode callback: a JS filter called back from the walker per node was the larger
      // part of the scan's cost; skipping script/style text in the loop is cheaper.
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      let count = 0;
      for (let node = walker.nextNode(); node && count < limit; node = walker.nextNode(), count++) {
        const parent = node.parentElement;
        if (parent && skip.has(parent.tagName.toUpperCase())) continue;
        const raw = node.nodeValue;
        // Once the text budget is full only © lines are still wanted: skip the clean-up for the rest.
        if (text.length >= budget && !COPYRIGHT_HINT.test(raw)) continue;
        const s = clean(raw, 400);
        if (!s) continue;
        if (/©|\(c\)\s*\d{4}|copyright/i.test(s)) pushUnique(copyright, s.slice(0, 200), 5);
        if (text.length < budget) text += (text ? " " : "") + s;
      }
    };
    const seen = new Set();
    for (const form of formEls) {
      // The form's surroundings: climb until the container says something (or 3 levels).
      let box = form;
      for (let i = 0; i < 3 && box.parentElement && clean(box.textContent, 300).length < 300; i++) box = box.parentElement;
      if (seen.has(box)) continue;
      seen.add(box);
      walk(box, SCAN.textNodes / 2);
    }
    walk(document.body, SCAN.textNodes);
    return { text: text.slice(0, budget), copyright };
  }

  function collectSignals(scan) {
    const started = performance.now(); // cost of the page scan, logged at debug level (tools/measure-pages.mjs reads it)
    const q = (sel) => document.querySelectorAll(sel);
    const headings = [];
    for (const h of q("h1, h2, h3")) {
      if (headings.length >= 20) break;
      const s = clean(h.textContent, 200);
      if (s) headings.push(s);
    }
    const buttons = [];
    for (const b of q("button, input[type=submit], input[type=button], [role=button]")) {
      if (buttons.length >= 20) break;
      const s = clean(b.tagName === "INPUT" ? b.value : b.textContent, 100);
      if (s) buttons.push(s);
    }
    const imgAlts = [];
    const imgHosts = [];
    const imgs = q("img");
    for (let i = 0; i < Math.min(imgs.length, SCAN.images); i++) {
      pushUnique(imgAlts, clean(imgs[i].getAttribute("alt"), 100), 50);
      pushUnique(imgHosts, hostOf(imgs[i].getAttribute("src") || ""), 30);
    }
    const hostsOf = (sel, attr, max = 30) => {
      const out = [];
      for (const el of q(sel)) pushUnique(out, hostOf(el.getAttribute(attr) || ""), max);
      return out;
    };
    const linkHosts = [];
    const links = document.links;
    // Anchors expose their resolved URL: reading a.hostname costs far less than `new URL` per link.
    for (let i = 0; i < Math.min(links.length, SCAN.links) && linkHosts.length < 30; i++) {
      const a = links[i];
      if (a.protocol === "http:" || a.protocol === "https:") pushUnique(linkHosts, a.hostname, 30);
    }
    const formEls = [...new Set(scan.credentialInputs.map((el) => el.form || el.parentElement).filter(Boolean))];
    const formActionHosts = [];
    for (const f of document.forms) pushUnique(formActionHosts, hostOf(f.getAttribute("action") || location.href), 10);
    const { text, copyright } = collectText(formEls, 4000);
    const og = document.querySelector('meta[property="og:site_name"]');
    const signals = {
      title: clean(document.title, 200),
      lang: clean(document.documentElement.getAttribute("lang"), 16),
      og_site_name: clean(og && og.getAttribute("content"), 100),
      headings,
      text,
      copyright,
      img_alts: imgAlts,
      buttons,
      fields: scan.fields,
      form_action_hosts: formActionHosts,
      img_hosts: imgHosts,
      css_hosts: hostsOf('link[rel~="stylesheet" i]', "href"),
      script_hosts: hostsOf("script[src]", "src"),
      favicon_hosts: hostsOf('link[rel~="icon" i]', "href"),
      link_hosts: linkHosts,
      signin_form: scan.signin,
    };
    console.debug(`omamori: page signals collected in ${(performance.now() - started).toFixed(2)} ms`);
    return signals;
  }

  // ---------------------------------------------------------------------------------------------
  // 2. Talking to the background
  // ---------------------------------------------------------------------------------------------

  let verdict = null; // the background's latest answer for this frame
  let reportedKinds = ""; // field kinds present at the last report (re-report when a new kind appears)
  let reports = 0;
  const MAX_REPORTS = 6; // initial + a few growth steps (email step → password step); a page cannot make us chat

  async function send(message) {
    try {
      return await api.runtime.sendMessage(message);
    } catch {
      return null; // extension reloaded or background unavailable: draw nothing
    }
  }

  async function report(scan) {
    if (reports >= MAX_REPORTS) return;
    reports += 1;
    reportedKinds = kindsOf(scan);
    // Without a credential or payment field there is nothing for the page assessment to weigh: send
    // only the field counts (the background still needs to hear from the page to draw a domain
    // warning), so a page with no sign-in form costs a length check, not a page scan.
    const f = scan.fields;
    const full = scan.signin || f.password > 0 || f.card > 0 || f.otp > 0;
    const signals = full ? collectSignals(scan) : { fields: scan.fields, signin_form: false };
    const answer = await send({ kind: MSG.pageSignals, signals });
    if (answer && answer.ok && answer.verdict) apply(answer.verdict);
  }

  const kindsOf = (scan) => CREDENTIAL_KINDS.filter((k) => scan.fields[k] > 0).join(",") + (scan.signin ? "+" : "");

  // Forms added later by scripts: a throttled observer. Each mutation batch only arms a timer;
  // the scan runs at most once per second and is a live-collection length check when there are no inputs.
  let scanTimer = 0;
  function scheduleScan() {
    if (scanTimer) return;
    scanTimer = setTimeout(() => {
      scanTimer = 0;
      const scan = scanForms();
      if (scan.signin && kindsOf(scan) !== reportedKinds) report(scan);
      if (guard.armed) guard.check();
    }, 1000);
  }
  const formObserver = new MutationObserver(scheduleScan);

  function startScanning() {
    const scan = scanForms();
    if (isTop || scan.signin) report(scan);
    if (document.documentElement) formObserver.observe(document.documentElement, { childList: true, subtree: true });
  }

  // A page restored from the back/forward cache does not run this script again, but the
  // background saw a new navigation and reset the tab's record: report again.
  window.addEventListener("pageshow", (e) => {
    if (e.persisted) {
      reports = 0;
      const scan = scanForms();
      if (isTop || scan.signin) report(scan);
    }
  });

  // ---------------------------------------------------------------------------------------------
  // 3. Drawing: protected hosts in closed shadow roots
  // ---------------------------------------------------------------------------------------------

  // `all: initial !important` in the style attribute beats every page stylesheet rule, !important
  // included (inline important declarations win within the author origin; CSS Cascade 5 §6.2),
  // and the later declarations then set what we need.
  const HOST_BASE =
    "all: initial !important; display: block !important; position: fixed !important; margin: 0 !important;" +
    "padding: 0 !important; border: 0 !important; background: transparent !important; z-index: 2147483647 !important;" +
    "visibility: visible !important; opacity: 1 !important; transform: none !important; filter: none !important;" +
    "clip-path: none !important; pointer-events: auto !important; overflow: visible !important;" +
    "max-width: none !important; max-height: none !important; min-width: 0 !important; min-height: 0 !important;";
  const BANNER_STYLE = HOST_BASE + "top: 0 !important; left: 0 !important; right: auto !important; bottom: auto !important;" +
    "width: 100% !important; height: auto !important;";
  const GUARD_STYLE = HOST_BASE + "top: 0 !important; left: 0 !important; right: auto !important; bottom: auto !important;" +
    "width: 100% !important; height: 100% !important;";

  /**
   * A host element appended to <html> that keeps itself there: re-inserted when removed, its style
   * attribute restored when changed, other attributes (hidden, inert, …) dropped, shown in the top
   * layer as a manual popover where supported (above any z-index) and re-shown if the page hides it.
   */
  function protectedHost(tag, style) {
    const host = document.createElement(tag);
    const root = host.attachShadow({ mode: "closed" });
    // Set through the CSSOM, which a page's CSP does not restrict (a style *attribute* it may);
    // the serialization is what the attribute must keep.
    host.style.cssText = style;
    const styleAttr = host.getAttribute("style");
    let wanted = false;
    // A page that fights back (removes the host in a loop) gets at most 50 repairs a second from the
    // observers; the 2-second timer still repairs after that, and the page's tab stays responsive.
    let repairs = 0;
    let window0 = 0;
    const fix = (fromTimer) => {
      if (!wanted) return;
      const now = Date.now();
      if (now - window0 > 1000) {
        window0 = now;
        repairs = 0;
      }
      if (fromTimer !== true && ++repairs > 50) return;
      const html = document.documentElement;
      if (!html) return;
      if (host.parentNode !== html) html.appendChild(host);
      if (host.getAttribute("style") !== styleAttr) host.style.cssText = style;
      for (const name of host.getAttributeNames()) {
        if (name !== "style" && name !== "popover") host.removeAttribute(name);
      }
      if (typeof host.showPopover === "function") {
        if (host.getAttribute("popover") !== "manual") host.setAttribute("popover", "manual");
        try {
          if (!host.matches(":popover-open")) host.showPopover();
        } catch {
          /* not connected yet, or another top-layer element is in the way: z-index still applies */
        }
      }
    };
    const treeObserver = new MutationObserver(() => fix());
    const attrObserver = new MutationObserver(() => fix());
    host.addEventListener("toggle", (e) => {
      if (e.newState === "closed") queueMicrotask(fix);
    });
    let timer = 0;
    return {
      host,
      root,
      show() {
        wanted = true;
        fix();
        treeObserver.observe(document, { childList: true });
        treeObserver.observe(document.documentElement, { childList: true });
        attrObserver.observe(host, { attributes: true });
        // Backstop for what observers cannot see (a replaced <html>, a closed popover).
        if (!timer) timer = setInterval(() => fix(true), 2000);
      },
      hide() {
        wanted = false;
        treeObserver.disconnect();
        attrObserver.disconnect();
        clearInterval(timer);
        timer = 0;
        try {
          if (host.matches(":popover-open")) host.hidePopover();
        } catch {
          /* already hidden */
        }
        host.remove();
      },
      get shown() {
        return wanted;
      },
    };
  }

  const el = (tag, attrs = {}, ...children) => {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "text") e.textContent = v;
      else e.setAttribute(k, v);
    }
    for (const c of children) if (c) e.append(c);
    return e;
  };

  /** A button that only reacts to real user clicks, never to page-dispatched events. */
  function button(label, cls, onClick) {
    const b = el("button", { type: "button", class: cls, text: label });
    b.addEventListener("click", (e) => {
      if (!e.isTrusted) return;
      e.preventDefault();
      e.stopPropagation();
      onClick();
    });
    return b;
  }

  /** A shield with an exclamation mark (built with DOM calls: no markup strings). */
  function shieldIcon() {
    const NS = "http://www.w3.org/2000/svg";
    const svg = document.createElementNS(NS, "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("width", "28");
    svg.setAttribute("height", "28");
    svg.setAttribute("aria-hidden", "true");
    for (const [fill, d] of [
      ["currentColor", "M12 1.5 3.5 5v6.2c0 5.3 3.6 10.2 8.5 11.3 4.9-1.1 8.5-6 8.5-11.3V5L12 1.5z"],
      ["var(--shield-mark)", "M11 6.5h2v8h-2zm0 10h2v2h-2z"],
    ]) {
      const path = document.createElementNS(NS, "path");
      path.setAttribute("fill", fill);
      path.setAttribute("d", d);
      svg.append(path);
    }
    const box = el("div", { class: "icon" });
    box.append(svg);
    return box;
  }

  /**
   * Styles for a shadow root: a constructed style sheet where possible (CSSOM, not subject to the
   * page's CSP `style-src`), else a <style> element.
   */
  function styleRoot(root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
      root.adoptedStyleSheets = [sheet];
      return null;
    } catch {
      return el("style", { text: STYLE });
    }
  }

  const STYLE = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .bar, .card { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
      "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif; color: #fff; letter-spacing: normal;
      text-align: left; }
    .bar { display: flex; gap: 16px; align-items: flex-start; padding: 14px 24px 16px; background: #b3261e;
      border-bottom: 4px solid #7f1b16; box-shadow: 0 2px 12px rgba(0,0,0,.35); --shield-mark: #b3261e; }
    .bar.medium, .bar.low { background: #fff4e5; color: #3d2a00; border-bottom-color: #e37400; --shield-mark: #fff4e5; }
    .bar.medium .icon, .bar.low .icon { color: #e37400; }
    .icon { flex: none; color: #fff; margin-top: 2px; }
    .main { flex: 1 1 auto; min-width: 0; }
    .brand { font-size: 12px; font-weight: 600; letter-spacing: .04em; opacity: .85; margin: 0 0 2px; }
    h2 { font-size: 19px; font-weight: 700; margin: 0 0 4px; line-height: 1.35; }
    p { margin: 0 0 6px; }
    ul { margin: 4px 0 0; padding: 0 0 0 20px; }
    li { margin: 2px 0; }
    .actions { flex: none; display: flex; flex-direction: column; gap: 8px; align-items: stretch; min-width: 220px; }
    button { font: inherit; font-size: 14px; font-weight: 600; border-radius: 6px; padding: 8px 14px; cursor: pointer;
      border: 1px solid rgba(255,255,255,.85); background: transparent; color: inherit; }
    button:focus-visible { outline: 3px solid #fff; outline-offset: 2px; }
    button.primary { background: #fff; color: #b3261e; border-color: #fff; }
    button.quiet { border-color: transparent; text-decoration: underline; font-weight: 500; }
    .medium button, .low button { border-color: #b06000; }
    .medium button.primary, .low button.primary { background: #e37400; color: #fff; border-color: #e37400; }
    .medium button:focus-visible, .low button:focus-visible { outline-color: #3d2a00; }
    .confirm { margin-top: 8px; padding: 10px 12px; border-radius: 6px; background: rgba(0,0,0,.18); }
    .medium .confirm, .low .confirm { background: rgba(227,116,0,.12); }
    .confirm .row { display: flex; gap: 8px; margin-top: 8px; flex-wrap: wrap; }
    @media (max-width: 720px) { .bar { flex-wrap: wrap; } .actions { min-width: 0; width: 100%; } }
    /* form guard */
    .backdrop { position: fixed; inset: 0; background: rgba(32, 8, 8, .45); }
    .card { position: fixed; width: min(420px, calc(100vw - 24px)); background: #fff; color: #202124; border-radius: 10px;
      border-top: 6px solid #b3261e; box-shadow: 0 8px 32px rgba(0,0,0,.45); padding: 16px 18px 18px; --shield-mark: #fff; }
    .card .icon { color: #b3261e; }
    .card .head { display: flex; gap: 10px; align-items: center; margin-bottom: 6px; }
    .card h2 { color: #b3261e; font-size: 18px; margin: 0; }
    .card .actions { min-width: 0; margin-top: 12px; }
    .card button { border-color: #dadce0; color: #202124; }
    .card button.primary { background: #b3261e; color: #fff; border-color: #b3261e; }
    .card button.quiet { color: #5f6368; }
    .card button:focus-visible { outline-color: #1a73e8; }
  `;

  const leave = () => location.replace("about:blank"); // replace: Back does not return to this page
  const goOfficial = () => {
    const url = verdict && verdict.official_url;
    if (typeof url === "string" && url.startsWith("https://")) location.assign(url);
  };
  const retailerName = (v) => (v.retailer_name && (v.retailer_name[uiLang] || v.retailer_name.en)) || v.retailer || "";

  function reasonLines(v) {
    const seen = new Set();
    const lines = [];
    for (const r of v.reasons || []) {
      if (!r || seen.has(r.kind)) continue;
      seen.add(r.kind);
      const line = api.i18n.getMessage(reasonKey(r.kind), [clean(r.matched || retailerName(v), 100), clean(v.host || location.hostname, 100)]);
      if (line) lines.push(line);
    }
    return lines.slice(0, 5);
  }

  // ---- banner ----
  const banner = protectedHost("omamori-banner", BANNER_STYLE);
  let bannerText = { title: "", lines: [] };

  function drawBanner(v) {
    const name = retailerName(v);
    const severity = ["high", "medium", "low"].includes(v.severity) ? v.severity : "high";
    const title = t("banner_title", [name]);
    const lines = reasonLines(v);
    const confirmBox = el("div", { class: "confirm", hidden: "" });
    const trustBtn = button(t("banner_trust"), "quiet", () => {
      confirmBox.hidden = false;
      trustBtn.hidden = true;
    });
    confirmBox.append(
      el("div", { text: t("banner_trust_confirm") }),
      el("div", { class: "row" },
        button(t("banner_trust_yes"), "", trustSite),
        button(t("banner_trust_cancel"), "quiet", () => {
          confirmBox.hidden = true;
          trustBtn.hidden = false;
        })),
    );
    const icon = shieldIcon();
    const bar = el("div", { class: `bar ${severity}`, role: "alertdialog", "aria-labelledby": "omamori-title", "aria-describedby": "omamori-desc" },
      icon,
      el("div", { class: "main" },
        el("div", { class: "brand", text: t("ext_short_name") }),
        el("h2", { id: "omamori-title", text: title }),
        el("p", { id: "omamori-desc", text: t(severity === "high" ? "banner_advice_high" : "banner_advice") }),
        lines.length ? el("ul", {}, ...lines.map((l) => el("li", { text: l }))) : null,
        confirmBox),
      el("div", { class: "actions" },
        v.official_url ? button(t("banner_go_official", [name]), "primary", goOfficial) : null,
        button(t("banner_leave"), "", leave),
        trustBtn),
    );
    banner.root.replaceChildren(...[styleRoot(banner.root), bar].filter(Boolean));
    bannerText = { title, lines };
    banner.show();
  }

  async function trustSite() {
    const answer = await send({ kind: MSG.trustSite });
    if (answer && answer.ok) apply(answer.verdict);
  }

  // ---- form guard ----
  const guard = {
    armed: false, // the verdict asks for it (form-guard action)
    dismissed: false, // the user chose to continue; per page load
    shown: false,
    ui: protectedHost("omamori-guard", GUARD_STYLE),
    field: null,
    arm() {
      if (this.armed) return;
      this.armed = true;
      document.addEventListener("focusin", onFocusIn, true);
      document.addEventListener("keydown", onKeyDown, true);
      this.check();
    },
    disarm() {
      this.armed = false;
      document.removeEventListener("focusin", onFocusIn, true);
      document.removeEventListener("keydown", onKeyDown, true);
      this.close();
    },
    /** A credential field already focused (autofocus) when the verdict arrived. */
    check() {
      const a = document.activeElement;
      if (this.armed && !this.dismissed && a && isCredential(a)) this.open(a);
    },
    open(field) {
      field.blur();
      this.field = field;
      if (this.shown) return;
      this.shown = true;
      drawGuard(field);
      this.ui.show();
      mirror();
    },
    close() {
      this.shown = false;
      this.ui.hide();
      mirror();
    },
  };

  const isCredential = (target) => target instanceof HTMLInputElement && CREDENTIAL_KINDS.includes(fieldKind(target));

  function onFocusIn(e) {
    if (guard.dismissed || !isCredential(e.target)) return;
    guard.open(e.target);
  }
  function onKeyDown(e) {
    if (guard.dismissed || !isCredential(e.target)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
    guard.open(e.target);
  }

  function drawGuard(field) {
    const v = verdict;
    const name = retailerName(v);
    const r = field.getBoundingClientRect();
    const width = Math.min(420, window.innerWidth - 24);
    const left = Math.max(12, Math.min(r.left, window.innerWidth - width - 12));
    // Below the field when there is room, else above it; always inside the viewport.
    const below = r.bottom + 10;
    const top = below + 260 < window.innerHeight ? below : Math.max(12, r.top - 270);
    const icon = shieldIcon();
    const card = el("div", { class: "card", role: "alertdialog", "aria-labelledby": "omamori-guard-title" },
      el("div", { class: "head" }, icon, el("h2", { id: "omamori-guard-title", text: t("guard_title") })),
      el("p", { text: t("guard_body", [name]) }),
      el("div", { class: "actions" },
        v.official_url ? button(t("banner_go_official", [name]), "primary", goOfficial) : null,
        button(t("banner_leave"), "", leave),
        button(t("guard_dismiss"), "quiet", () => {
          guard.dismissed = true;
          guard.close();
          if (guard.field && guard.field.isConnected) guard.field.focus();
        })),
    );
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
    guard.ui.root.replaceChildren(...[styleRoot(guard.ui.root), el("div", { class: "backdrop" }), card].filter(Boolean));
    const first = card.querySelector("button");
    if (first) first.focus();
  }

  // ---- applying a verdict ----
  function apply(v) {
    if (!v || typeof v !== "object") return;
    verdict = v;
    const actions = Array.isArray(v.actions) ? v.actions : [];
    const warn = v.verdict === "lookalike" && !v.trusted;
    if (warn && actions.includes("banner")) drawBanner(v);
    else if (banner.shown) banner.hide();
    if (warn && actions.includes("form-guard")) guard.arm();
    else if (guard.armed) guard.disarm();
    mirror();
    checkNote(v); // section 4
  }

  /** Tells the background what is on screen (top frame only), for the popup and the e2e tests. */
  function mirror() {
    if (!isTop) return;
    send({
      kind: MSG.uiState,
      ui: {
        banner: banner.shown,
        guard: guard.armed,
        guardShown: guard.shown,
        lang: uiLang,
        title: banner.shown ? bannerText.title : "",
        lines: banner.shown ? bannerText.lines : [],
        reminder: noteUi("reminder"), // section 4
        assist: noteUi("assist"),
        noteChecked: note.checks > 0 && !note.busy,
      },
    });
  }

  // ---------------------------------------------------------------------------------------------
  // 4. Two-step reminder and recovery offer (official sign-in / account pages, top frame only)
  // ---------------------------------------------------------------------------------------------
  // A small card at the bottom right, away from the sign-in form. The background decides whether
  // to show it (shared/reminders.js, shared/takeover.js); this part only sends the page's visible
  // text (innerText: never what anyone typed into a field) and draws the answer.

  const CARD_STYLE = HOST_BASE + "top: auto !important; left: auto !important; right: 16px !important; bottom: 16px !important;" +
    "width: 360px !important; max-width: calc(100vw - 32px) !important; height: auto !important;";
  const CARD_CSS = `
    :host { all: initial; }
    * { box-sizing: border-box; }
    .note { font: 14px/1.55 system-ui, -apple-system, "Segoe UI", "Hiragino Sans", "Hiragino Kaku Gothic ProN",
      "Noto Sans JP", "Noto Sans CJK JP", "Yu Gothic UI", Meiryo, sans-serif; color: #202124; background: #fff;
      border: 1px solid #dadce0; border-left: 5px solid #1a56c4; border-radius: 10px; padding: 14px 16px 14px;
      box-shadow: 0 4px 18px rgba(0,0,0,.18); text-align: left; letter-spacing: normal; position: relative; }
    .note.assist { border-left-color: #e37400; }
    .brand { display: flex; align-items: center; gap: 6px; font-size: 12px; font-weight: 600; color: #1a56c4; margin: 0 0 4px; }
    .assist .brand { color: #b06000; }
    h2 { font-size: 16px; font-weight: 700; margin: 0 0 4px; line-height: 1.4; padding-right: 22px; }
    p { margin: 0 0 10px; color: #3c4043; }
    .row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
    a.primary, button { font: inherit; font-size: 13px; font-weight: 600; border-radius: 6px; padding: 7px 12px; cursor: pointer;
      border: 1px solid #dadce0; background: #fff; color: #202124; text-decoration: none; display: inline-block; }
    a.primary, button.primary { background: #1a56c4; border-color: #1a56c4; color: #fff; }
    .assist button.primary { background: #b06000; border-color: #b06000; }
    button.quiet { border-color: transparent; color: #5f6368; font-weight: 500; padding-left: 6px; padding-right: 6px; }
    button.close { position: absolute; top: 8px; right: 8px; border: 0; padding: 2px 6px; font-size: 18px; line-height: 1; color: #5f6368; }
    a:focus-visible, button:focus-visible { outline: 3px solid #8ab4f8; outline-offset: 2px; }
  `;

  function styleCard(root) {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
      return null;
    } catch {
      return el("style", { text: CARD_CSS });
    }
  }

  const note = {
    ui: protectedHost("omamori-note", CARD_STYLE),
    kind: "", // "reminder" | "assist" | ""
    title: "",
    href: "",
    buttons: {}, // name → button element (for the mirror)
    dismissed: false, // the user closed it: not again on this page
    checks: 0,
    busy: false,
  };
  const MAX_CHECKS = 3;

  function hideNote() {
    note.kind = "";
    note.buttons = {};
    note.ui.hide();
    mirror();
  }

  function drawNote(kind, title, body, actions) {
    const box = el("div", { class: `note ${kind === "assist" ? "assist" : ""}`, role: "region", "aria-label": title },
      el("div", { class: "brand", text: t("ext_short_name") }),
      el("h2", { text: title }),
      el("p", { text: body }),
      el("div", { class: "row" }, ...actions.map(([, node]) => node)));
    const close = button("×", "close", () => {
      note.dismissed = true;
      hideNote();
    });
    close.setAttribute("aria-label", t("note_close"));
    box.append(close);
    note.kind = kind;
    note.title = title;
    note.buttons = Object.fromEntries([...actions, ["close", close]]);
    note.ui.root.replaceChildren(...[styleCard(note.ui.root), box].filter(Boolean));
    note.ui.show();
    mirror();
  }

  function drawReminder(answer) {
    const v = verdict || {};
    const name = retailerName(v);
    const url = answer.two_step_url;
    note.href = url;
    const open = el("a", { class: "primary", href: url, target: "_blank", rel: "noopener noreferrer", text: t("reminder_open") });
    const reply = (value) => () => {
      send({ kind: MSG.reminderAnswer, answer: value });
      note.dismissed = true;
      hideNote();
    };
    drawNote("reminder", t("reminder_title", [name]), t("reminder_body"), [
      ["open", open],
      ["on", button(t("reminder_already_on"), "", reply("on"))],
      ["later", button(t("reminder_later"), "quiet", reply("later"))],
    ]);
  }

  function drawAssist(answer) {
    const v = verdict || {};
    const name = retailerName(v);
    note.href = "";
    const body = answer.signs.includes("unfamiliar-email") ? t("assist_body_email", [name]) : t("assist_body_no_account", [name]);
    drawNote("assist", t("assist_title"), body, [
      ["recovery", button(t("assist_open"), "primary", () => send({ kind: MSG.openRecovery }))],
      ["later", button(t("assist_dismiss"), "quiet", () => {
        note.dismissed = true;
        hideNote();
      })],
    ]);
  }

  /** After each verdict: on the retailer's official sign-in/account pages, ask the background. */
  async function checkNote(v) {
    if (!isTop || note.dismissed || note.busy || note.checks >= MAX_CHECKS) return;
    if (v.verdict !== "official" || !["signin", "account"].includes(v.page_kind)) return;
    note.checks += 1;
    note.busy = true;
    try {
      const text = document.body ? String(document.body.innerText || "").slice(0, 20000) : "";
      const answer = await send({ kind: MSG.pageCheck, text, shown: note.kind === "reminder" });
      if (!answer || !answer.ok || note.dismissed) return;
      if (answer.takeover && Array.isArray(answer.takeover.signs)) drawAssist(answer.takeover);
      else if (answer.reminder && typeof answer.reminder.two_step_url === "string" &&
        answer.reminder.two_step_url.startsWith("https://")) drawReminder(answer.reminder);
    } finally {
      note.busy = false;
      mirror();
    }
  }

  /** What the note shows, for the background's ui mirror (button centres: the e2e tests click them). */
  function noteUi(kind) {
    if (note.kind !== kind || !note.ui.shown) return { shown: false };
    const buttons = {};
    for (const [name, b] of Object.entries(note.buttons)) {
      const r = b.getBoundingClientRect();
      buttons[name] = [Math.round(r.left + r.width / 2), Math.round(r.top + r.height / 2)];
    }
    return { shown: true, title: note.title, href: note.href, buttons };
  }

  startScanning();
})();
