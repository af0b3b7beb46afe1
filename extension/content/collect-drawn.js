// @ts-check
// Text as CSS draws it where the DOM does not say it (classic script; pure functions on one global,
// no messaging, no UI): collect-text.js and scan.js call it.
//
// API (global `OmamoriDrawn`):
//   OmamoriDrawn.generated(el, pseudo, view) → string
//       The text of `el`'s ::before/::after: strings, attr() (Firefox gives `attr(x)` unresolved),
//       a counter drawn in a custom @counter-style (its first symbol: `@counter-style b { symbols:
//       "Amazon" }`), open-quote/close-quote (the element's `quotes` pair at the nesting depth).
//   OmamoriDrawn.drawnOrder(letters) → string | null
//       Letters in their own boxes ([element, text] pairs) read left to right as drawn, when they
//       sit on one row and their boxes are not in document order (absolute positions, grid
//       columns: `<span style="left:96px">n</span><span style="left:0">R</span>…`); else null.
//   OmamoriDrawn.textMarks(form, max, memo) → string[]
//       Short texts just above a credential form in its container or the boxes just before it (a
//       brand written as text where a logo would be), read with OmamoriCollect.pageText (so
//       out-of-order letters come out drawn); an empty box's CSS text (::before/::after/::marker,
//       the <text> of a data: SVG painted as its background or mask).
//   OmamoriDrawn.svgText(src) → string
//       The <text> an SVG given as a data: URL draws ("" for any other URL): a picture of a word.
//   OmamoriDrawn.overrideScope(doc) → string
//       A selector of the elements that may draw their text reversed by a CSS right-to-left
//       override ("" when none on the page; cross-origin sheets are not read): pageText checks the
//       style of those only.
/* global OmamoriCollect */
(() => {
  "use strict";

  const STRINGS = /"((?:[^"\\]|\\.)*)"/g;
  const unquote = (/** @type {string} */ v) => [...v.matchAll(STRINGS)].map((m) => m[1].replace(/\\"/g, '"'));

  // The symbols of the document's @counter-style rules by name (read once per document, bounded):
  // `content: counter(x, brand)` with `@counter-style brand { symbols: "Amazon" }` draws the brand.
  const counterStyles = new WeakMap();
  function counterSymbols(doc) {
    let map = counterStyles.get(doc);
    if (map) return map;
    map = new Map();
    let n = 0;
    const visit = (rules) => {
      for (const r of rules) {
        if (++n > 1000) return;
        if (r.type === 11 /* CSSRule.COUNTER_STYLE_RULE */ && typeof r.symbols === "string") {
          const quoted = unquote(r.symbols);
          map.set(r.name, quoted.length ? quoted : r.symbols.trim().split(/\s+/));
        }
        try { if (r.cssRules) visit(r.cssRules); } catch { /* not readable */ }
      }
    };
    for (const sheet of doc.styleSheets) {
      try { visit(sheet.cssRules); } catch { /* a cross-origin sheet */ }
    }
    counterStyles.set(doc, map);
    return map;
  }

  // How many ::before quotes are open around `el` (its ancestors', a few levels up): the nesting
  // depth `open-quote` picks its pair of `quotes` by.
  const quoteDepth = (el, view) => {
    let d = 0;
    for (let a = el.parentElement, i = 0; a && i < 6; a = a.parentElement, i++) {
      if (/open-quote/.test(view.getComputedStyle(a, "::before").content)) d += 1;
    }
    return d;
  };

  function generated(el, pseudo, view) {
    const cs = view.getComputedStyle(el, pseudo);
    const c = cs.content;
    if (!c || c === "none" || c === "normal") return "";
    // Strings and attr() (Firefox gives `attr(data-b)` unresolved, Chromium the string); a counter
    // drawn in a custom @counter-style (its first symbol); open/close-quote (the `quotes` pair at
    // the nesting depth).
    let out = "";
    const re = /"((?:[^"\\]|\\.)*)"|attr\(\s*([-\w]+)\s*\)|counters?\(\s*[-\w]+\s*(?:,\s*"[^"]*"\s*)?(?:,\s*([-\w]+)\s*)?\)|(open|close)-quote/g;
    for (const m of c.matchAll(re)) {
      if (m[1] !== undefined) out += m[1].replace(/\\"/g, '"');
      else if (m[2] !== undefined) out += el.getAttribute(m[2]) || "";
      else if (m[3] !== undefined) out += counterSymbols(el.ownerDocument).get(m[3])?.[0] ?? "";
      else if (m[4] !== undefined) {
        const q = unquote(cs.quotes || "");
        const d = Math.min(quoteDepth(el, view), Math.max(0, q.length / 2 - 1));
        out += q[2 * d + (m[4] === "close" ? 1 : 0)] ?? "";
      }
    }
    return out;
  }

  /**
   * Letters in their own boxes, read left to right as drawn when they sit on one row (the row's
   * boxes overlap vertically) and their boxes are not in document order; null otherwise.
   * @param {[Element, string][]} letters
   */
  function drawnOrder(letters) {
    if (letters.length > 40) return null;
    const at = letters.map(([el, t]) => ({ r: el.getBoundingClientRect(), t }));
    const top = Math.max(...at.map((x) => x.r.top));
    const bottom = Math.min(...at.map((x) => x.r.bottom));
    if (!(bottom > top) || at.some((x) => x.r.width === 0)) return null;
    const sorted = [...at].sort((a, b) => a.r.left - b.r.left);
    return sorted.every((x, i) => x === at[i]) ? null : sorted.map((x) => x.t).join("");
  }

  // The text an SVG given as a data: URL draws (`<img src="data:image/svg+xml,…<text>ama</text>…">`,
  // `url("data:image/svg+xml,…")` as a box's background or mask): a wordmark drawn as a picture.
  const SVG_DATA = /^\s*data:image\/svg\+xml(?:;[-\w]+=[-\w.]+)*(;base64)?,/i;
  const SVG_TEXT = /<text\b[^>]*>([^<]{1,40})</gi;
  const CSS_URL = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)\s]*))/i;
  function svgText(/** @type {string | null} */ src) {
    const m = SVG_DATA.exec(src || "");
    if (!m || !src) return "";
    let svg = src.slice(m[0].length, m[0].length + 4000);
    try { svg = m[1] ? atob(svg) : decodeURIComponent(svg); } catch { /* cut or partly encoded */ }
    return [...svg.matchAll(SVG_TEXT)].map((t) => t[1]).join(" ").trim();
  }
  const svgUrlText = (/** @type {string} */ css) => {
    const m = CSS_URL.exec(css || "");
    return m ? svgText((m[1] ?? m[2] ?? m[3] ?? "").replace(/\\(["'])/g, "$1")) : "";
  };

  /**
   * Short texts just above a credential form, in the form's own container or in the boxes just
   * before that container (a header bar, a column of letters beside the form): a brand written as
   * text where a logo would be (`<div class="logo">mercari</div>`), read as drawn (letters placed
   * out of document order come out in their drawn order; an empty box's ::before/::after/::marker
   * text, or the text of an SVG data: URL it paints as its background or mask). At most `max`;
   * links, headings, labels and boxes holding pictures or controls are not wordmarks.
   * @param {Element} form @param {number} max @param {any} memo
   */
  function textMarks(form, max, memo) {
    /** @type {string[]} */
    const out = [];
    // A <form>'s marks sit in its container; fields without a <form> come with their box (the
    // box's own texts before its first field count).
    const isForm = form.tagName === "FORM";
    const stop = isForm ? form : form.querySelector("input, [contenteditable]") || form;
    const container = isForm ? form.parentElement : form;
    if (!container) return out;
    const view = form.ownerDocument.defaultView || globalThis;
    /** @param {Element} el */
    const mark = (el) => {
      let raw = (el.textContent || "").trim();
      // An empty box drawing its text with CSS (`.logo::before { content: … }`, a list marker, a
      // data: SVG as its background or mask).
      if (!raw && el.childElementCount === 0) {
        raw = `${generated(el, "::before", view)}${generated(el, "::after", view)}`.trim();
        if (!raw && el.tagName === "LI") raw = generated(el, "::marker", view).trim();
        if (!raw) {
          const cs = view.getComputedStyle(el);
          raw = svgUrlText(cs.backgroundImage) || svgUrlText(cs.maskImage || cs.webkitMaskImage);
        }
        if (raw.length >= 2 && raw.length <= 24 && !out.includes(raw)) out.push(raw);
        return;
      }
      if (raw.length < 2 || raw.length > 24 || el.childElementCount > 12 || el.closest("a, label, h1, h2, h3, button")) return;
      if (el.querySelector("input, button, select, textarea, svg, a, slot")) return;
      const imgs = el.querySelectorAll("img");
      if (imgs.length) {
        // Part of the word drawn as a data: SVG picture (`<img …ama…><span>zon</span>`): read in line.
        if (imgs.length > 3 || [...imgs].some((im) => !svgText(im.getAttribute("src")))) return;
        let t = "";
        const w = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
        for (let n = w.nextNode(); n; n = w.nextNode()) t += n.nodeType === 3 ? n.nodeValue : n.nodeName === "IMG" ? svgText(/** @type {Element} */ (n).getAttribute("src")) : "";
        t = t.replace(/\s+/g, " ").trim();
        if (t.length >= 2 && t.length <= 24 && !out.includes(t)) out.push(t);
        return;
      }
      const t = OmamoriCollect.pageText(el, { maxNodes: 30, maxChars: 40, memo }).text;
      if (t && !out.includes(t)) out.push(t);
    };
    const els = container.querySelectorAll("div, span, p, b, strong, i, em, font, header, li");
    for (let i = 0; i < Math.min(els.length, 40) && out.length < max; i++) {
      const el = els[i];
      if (el.contains(stop)) continue;
      if (stop.contains(el) || !(el.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      mark(el);
    }
    // Nothing above the form in its box: the boxes just before the box (at most 2), whole.
    let sib = container.previousElementSibling;
    for (let i = 0; i < 2 && sib && !out.length; sib = sib.previousElementSibling) {
      if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|LINK|META)$/.test(sib.tagName)) continue;
      mark(sib);
      i += 1;
    }
    return out;
  }

  /**
   * The elements that may draw their text reversed with CSS (`unicode-bidi: bidi-override;
   * direction: rtl`), as one selector: the selectors of the document's rules that set such a
   * unicode-bidi, and inline styles that do ("" when none on the page; cross-origin sheets unread).
   * Read once per document and number of sheets; at most 1000 rules.
   * @param {Document} doc @returns {string}
   */
  function overrideScope(doc) {
    const key = doc.styleSheets.length;
    const had = overrideScopes.get(doc);
    if (had && had.key === key) return had.scope;
    const parts = ['[style*="bidi-override" i]'];
    let n = 0;
    const visit = (rules) => {
      for (const r of rules) {
        if (++n > 1000) return;
        if (r.style && /override/.test(r.style.getPropertyValue("unicode-bidi")) && typeof r.selectorText === "string") parts.push(r.selectorText);
        if (r.cssRules) visit(r.cssRules);
      }
    };
    for (const sheet of doc.styleSheets) {
      try { visit(sheet.cssRules); } catch { /* a cross-origin sheet: a kit's own styles are inline */ }
    }
    let scope = parts.join(", ");
    try {
      if (!doc.querySelector(scope)) scope = ""; // nothing on the page draws reversed
    } catch {
      scope = parts[0]; // a selector the browser does not take back: inline styles only
      if (!doc.querySelector(scope)) scope = "";
    }
    overrideScopes.set(doc, { key, scope });
    return scope;
  }
  const overrideScopes = new WeakMap();

  globalThis.OmamoriDrawn = Object.freeze({ generated, drawnOrder, textMarks, overrideScope, svgText });
})();
