// @ts-check
// Which inputs a page has, shadow roots included, and which text fields are drawn as passwords (classic
// script; pure functions on one global, no messaging, no UI; loaded after collect-text.js, whose
// OmamoriCollect.shadowRootOf it uses to read closed roots where the browser allows).
//
// API (global `OmamoriFields`; content/scan.js calls it):
//   OmamoriFields.FIELDS → string
//       The selector of what a page can type into: inputs, contenteditable and role=textbox boxes.
//   OmamoriFields.deepAll(doc, selector, max, dom) → Element[]
//       The elements matching `selector` in the document and in the shadow roots allInputs searches
//       (main.js finds the page's own frames with it: a kit may put its frame in a shadow root).
//   OmamoriFields.allInputs(doc, max, dom) → HTMLInputElement[]
//       Inputs (and contenteditable or role=textbox boxes: scan.js's fieldKind tells a masked one as a password) of the document and of the (open or readable closed) shadow roots of its empty
//       elements (`<login-box></login-box>`, `<div id=host></div>`: a shadow host's light DOM is
//       usually empty; `:empty` keeps the search to a selector query; only the tags attachShadow
//       accepts are asked) and of the parents of slotted elements (`[slot]`: a host with light
//       DOM), nested up to 4 deep, ≤ max.
//   OmamoriFields.isMaskedText(input) → boolean
//       A text field drawn as dots: -webkit-text-security disc/circle/square, or a password-glyph
//       font (family names such as "password", "text-security", "dotsfont"). scan.js counts it as a
//       password field.
//   OmamoriFields.label(input, labelsOf) → string
//       What a field's label says (≤ 200 characters): scan.js reads a card field's kind from it.
//   OmamoriFields.labelIndex(doc) → (input) → HTMLLabelElement[]
//       Each field's <label>s as `input.labels` gives them, found in one pass (`labels` walks the
//       document per call); one per scan.

(() => {
  "use strict";

  const MASK_FONT = anyOf(RULES.mask_fonts);

  // What a page can type into: inputs, and boxes drawn as fields — contenteditable elements, or
  // elements that declare themselves text boxes (role=textbox) and read the keys with a script.
  const FIELDS = "input, [contenteditable]:not([contenteditable=false i]), [role=textbox i]";

  // The elements attachShadow accepts, besides custom elements (a name with a hyphen): HTML's list.
  const SHADOW_HOSTS = new Set(["ARTICLE", "ASIDE", "BLOCKQUOTE", "BODY", "DIV", "FOOTER", "H1", "H2", "H3", "H4", "H5", "H6",
    "HEADER", "MAIN", "NAV", "P", "SECTION", "SPAN"]);

  // The empty elements that may hold a shadow root: the selector leaves out the common tags that never
  // do (most of a page's empty elements; a loop over them in JS costs more), the loop below checks the rest.
  const MAYBE_HOSTS = ":empty:not(input, img, br, hr, meta, link, script, style, source, track, wbr, area, base, col, embed, param, " +
    "iframe, canvas, video, audio, picture, textarea, select, option, button, label, a, i, b, em, strong, small, u, s, sup, sub, " +
    "td, th, tr, li, ul, ol, dt, dd, table, tbody, thead, tfoot, form, fieldset, legend, noscript, template, title, svg, path, " +
    "use, g, circle, rect, line, polygon, polyline, ellipse, stop, defs, symbol, mask, image)";

  function allInputs(doc, max = RULES.limits.scan_inputs, dom = null) {
    return deepAll(doc, FIELDS, max, dom);
  }

  function deepAll(doc, selector, max, dom = null) {
    const out = [];
    const visit = (root, depth) => {
      for (const el of root.querySelectorAll(selector)) {
        if (out.length >= max) return;
        out.push(el);
      }
      if (depth >= 4) return;
      const hosts = root.querySelectorAll(MAYBE_HOSTS);
      for (let i = 0; i < hosts.length && i < 2000 && out.length < max; i++) {
        // Only these elements can hold a shadow root (attachShadow): the rest cost no API call.
        const tag = hosts[i].tagName.toUpperCase();
        if (!SHADOW_HOSTS.has(tag) && !tag.includes("-")) continue;
        const sr = OmamoriCollect.shadowRootOf(hosts[i], dom);
        if (sr) visit(sr, depth + 1);
      }
      // A host whose light DOM is not empty (content slotted into its shadow tree: `<x-login><span
      // slot=logo>…</span></x-login>`): the parents of slotted elements.
      const slotted = root.querySelectorAll("[slot]");
      let last = null;
      for (let i = 0; i < slotted.length && i < 50 && out.length < max; i++) {
        const host = slotted[i].parentElement;
        if (!host || host === last || host.matches(":empty")) continue;
        last = host;
        const sr = OmamoriCollect.shadowRootOf(host, dom);
        if (sr) visit(sr, depth + 1);
      }
    };
    visit(doc, 0);
    return out;
  }

  function isMaskedText(input) {
    const type = (input.getAttribute("type") || "text").toLowerCase();
    if (type !== "text" && type !== "tel" && type !== "") return false;
    const cs = (input.ownerDocument.defaultView || globalThis).getComputedStyle(input);
    const sec = cs.getPropertyValue("-webkit-text-security") || cs.webkitTextSecurity || "";
    if (/disc|circle|square/.test(sec)) return true;
    return MASK_FONT.test(cs.fontFamily || "");
  }

  /**
   * The <label>s of each field, as `input.labels` gives them (the labels of its tree whose `control`
   * it is, in document order), from one pass over the document's labels: `input.labels` walks the
   * whole document on every call (160 fields on a 9,000-element page: ~4 ms). A field in a shadow
   * tree is asked itself. Make one per scan: labels added later are not in it.
   * @param {Document} doc @returns {(input: HTMLInputElement) => readonly HTMLLabelElement[]}
   */
  function labelIndex(doc) {
    /** @type {Map<Element, HTMLLabelElement[]> | null} */
    let map = null; // made at the first field asked about: most scans never ask
    return (input) => {
      if (input.getRootNode() !== doc) return [...(input.labels ?? [])];
      if (!map) {
        map = new Map();
        for (const l of doc.querySelectorAll("label")) {
          const c = l.control;
          if (c) (map.get(c) ?? map.set(c, []).get(c))?.push(l);
        }
      }
      return map.get(input) ?? [];
    };
  }

  // What may caption a field from just before it: a <label>, or a short text box (form builders'
  // `<span>カード番号</span><input placeholder="0000 0000 0000 0000">`, no <label>).
  const CAPTIONS = new Set(["LABEL", "SPAN", "DIV", "P", "DT", "TH", "B", "STRONG"]);
  const isCaption = (el) => el.tagName === "LABEL" ||
    (CAPTIONS.has(el.tagName) && String(el.textContent).trim().length <= 40 && !el.querySelector("input, select, textarea"));

  /**
   * What a field's label says: its <label>s and aria-label (with its placeholder), else its placeholder
   * and the caption just before it or before its group (`<label>カード番号</label><div><input>…<input></div>`,
   * `<span>有効期限</span><input placeholder="MM/YY">`). Short, bounded.
   * `labelsOf`: a labelIndex of the field's document (else the field's own `labels`).
   * @param {HTMLInputElement} input @param {((input: HTMLInputElement) => readonly HTMLLabelElement[]) | null} [labelsOf]
   */
  function label(input, labelsOf = null) {
    const placeholder = input.getAttribute("placeholder") || "";
    let s = `${input.getAttribute("aria-label") || ""} ${placeholder}`;
    let own = !!input.getAttribute("aria-label");
    for (const l of labelsOf ? labelsOf(input) : input.labels ?? []) {
      s += ` ${l.textContent}`;
      own = true;
    }
    if (own) return s.slice(0, 200);
    /** @type {Element | null} */
    let el = input;
    for (let depth = 0; el && depth < 2; depth++, el = el.parentElement) {
      let prev = el.previousElementSibling;
      while (prev && prev.tagName === "INPUT") prev = prev.previousElementSibling;
      if (prev && isCaption(prev)) return `${placeholder} ${prev.textContent}`.trim().slice(0, 200);
      if (prev) break;
    }
    return placeholder.slice(0, 200);
  }

  globalThis.OmamoriFields = Object.freeze({ FIELDS, allInputs, deepAll, isMaskedText, label, labelIndex });
})();
