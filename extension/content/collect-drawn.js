// @ts-check
// Text as CSS draws it where the DOM does not say it (classic script; pure functions on one global,
// no messaging, no UI): collect-text.js and scan.js call it.
//
// API (global `OmamoriDrawn`):
//   OmamoriDrawn.generated(el, pseudo, view) → string
//       The text of `el`'s ::before/::after: strings, attr() (Firefox gives `attr(x)` unresolved),
//       a counter drawn in a custom @counter-style (its first symbol: `@counter-style b { symbols:
//       "Amazon" }`), open-quote/close-quote (the element's `quotes` pair at the nesting depth).
//   OmamoriDrawn.generatedText(root, { maxElements, scope, copyright }) → string
//       CSS ::before/::after text of the leaf-like elements (≤ 1 child element) under `root`, in
//       document order, at most `maxElements` (150) elements looked at (replaced/void elements and
//       boxes holding more than 80 characters of text are skipped): the cheap way to read a
//       brand drawn by CSS next to the form when the form's text comes from pageText. With `scope`
//       (a selector, as OmamoriCollect.visibleText's), only the elements matching it are looked at. Each box's
//       text is read as drawn: its ::before, its own text, its ::after (`A` + `mazon Sign-In`);
//       those carrying a © mark are also pushed to the `copyright` array when one is given.
//   OmamoriDrawn.drawnOrder(letters) → string | null
//       Letters in their own boxes ([element, text] pairs) read left to right as drawn, when they
//       sit on one row and their boxes are not in document order (absolute positions, grid
//       columns: `<span style="left:96px">n</span><span style="left:0">R</span>…`); else null.
//   OmamoriDrawn.textMarks(form, max, memo) → string[]
//       Short texts just above a credential form in its container or the boxes just before it (a
//       brand written as text where a logo would be), read with OmamoriCollect.pageText (so
//       out-of-order letters come out drawn); an empty box's CSS text (::before/::after/::marker,
//       the <text> of a data: SVG painted as its background, mask or border image; a video's data: SVG poster).
//   OmamoriDrawn.svgText(src) → string
//       The <text> an SVG given as a data: URL draws ("" for any other URL): a picture of a word.
//   OmamoriDrawn.svgWords(svg) → string
//       The words an inline SVG draws with <text>; one letter per <text> is read left to right as drawn.
//   OmamoriDrawn.overrideScope(doc) → string
//       A selector of the elements that may draw their text reversed by a CSS right-to-left
//       override ("" when none on the page; cross-origin sheets are not read): pageText checks the
//       style of those only.
/* global OmamoriCollect, OmamoriFields, styleScopes, COPYRIGHT_LINE */
(() => {
  "use strict";

  const STRINGS = /"((?:[^"\\]|\\.)*)"/g;
  const unquote = (/** @type {string} */ v) => [...v.matchAll(STRINGS)].map((m) => m[1].replace(/\\"/g, '"'));

  // The symbols of the document's @counter-style rules by name (generated-scope.js styleScopes: the
  // rules are walked once per collection): `content: counter(x, brand)` with `@counter-style brand
  // { symbols: "Amazon" }` draws the brand.
  const counterSymbols = (doc) => (styleScopes.last.get(doc) ?? styleScopes(doc)).counters;

  // How many ::before quotes are open around `el` (its ancestors', a few levels up): the nesting
  // depth `open-quote` picks its pair of `quotes` by.
  const quoteDepth = (el, view) => {
    let d = 0;
    for (let a = el.parentElement, i = 0; a && i < 6; a = a.parentElement, i++) {
      if (/open-quote/.test(view.getComputedStyle(a, "::before").content)) d += 1;
    }
    return d;
  };

  // A counter drawn as letters (`content: counter(c, lower-alpha)` with `counter-reset: c 5` draws
  // "e"): its value set on the element itself (reset or set, plus its own increment); letters set
  // by counters running over siblings are not followed.
  const ALPHA = /^(lower|upper)-(alpha|latin)$/;
  const counterValue = (el, name, view) => {
    const cs = view.getComputedStyle(el);
    const own = (prop) => new RegExp(`(?:^|\\s)${name}(?:\\s+(-?\\d+))?(?:\\s|$)`).exec(prop || "");
    /** @type {number | null} */
    let v = null;
    for (const prop of [cs.counterReset, cs.counterSet]) {
      const m = own(prop);
      if (m) v = m[1] === undefined ? 0 : +m[1];
    }
    const inc = own(cs.counterIncrement);
    return v === null ? null : v + (inc ? (inc[1] === undefined ? 1 : +inc[1]) : 0);
  };
  // CSS lower-alpha: 1 → a, 26 → z, 27 → aa (an alphabetic counter system, CSS Counter Styles 3 §6.1).
  const alpha = (n, upper) => {
    if (!(n >= 1) || n > 18278) return "";
    let s = "";
    for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(97 + ((k - 1) % 26)) + s;
    return upper ? s.toUpperCase() : s;
  };
  // The predefined kana counter styles (CSS Counter Styles 3 §7.1.2, alphabetic): `counter(c,
  // katakana)` with `counter-reset: c 34` draws メ.
  /** @type {Record<string, string[]>} */
  const KANA = {
    hiragana: [..."あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわゐゑをん"],
    katakana: [..."アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヰヱヲン"],
  };
  const kana = (n, symbols) => {
    if (!(n >= 1) || n > 2400) return "";
    let s = "";
    for (let k = n; k > 0; k = Math.floor((k - 1) / symbols.length)) s = symbols[(k - 1) % symbols.length] + s;
    return s;
  };

  function generated(el, pseudo, view) {
    const cs = view.getComputedStyle(el, pseudo);
    const c = cs.content;
    if (!c || c === "none" || c === "normal") return "";
    // Strings and attr() (Firefox gives `attr(data-b)` unresolved, Chromium the string); a counter
    // drawn in a custom @counter-style (its first symbol); open/close-quote (the `quotes` pair at
    // the nesting depth).
    let out = "";
    const re = /"((?:[^"\\]|\\.)*)"|attr\(\s*([-\w]+)\s*\)|counters?\(\s*([-\w]+)\s*(?:,\s*"[^"]*"\s*)?(?:,\s*([-\w]+)\s*)?\)|(open|close)-quote|(url\((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^)]*)\))/g;
    for (const m of c.matchAll(re)) {
      if (m[1] !== undefined) out += m[1].replace(/\\"/g, '"');
      else if (m[2] !== undefined) out += el.getAttribute(m[2]) || "";
      else if (m[4] !== undefined && ALPHA.test(m[4])) out += alpha(counterValue(el, m[3], view), m[4].startsWith("upper"));
      else if (m[4] !== undefined && Object.hasOwn(KANA, m[4])) out += kana(counterValue(el, m[3], view), KANA[m[4]]);
      else if (m[4] !== undefined) out += counterSymbols(el.ownerDocument).get(m[4])?.[0] ?? "";
      // A picture as content (`content: url("data:image/svg+xml,…<text>PayPal</text>…")`): its drawn text.
      else if (m[6] !== undefined) out += svgUrlText(m[6]);
      else if (m[5] !== undefined) {
        const q = unquote(cs.quotes || "");
        const d = Math.min(quoteDepth(el, view), Math.max(0, q.length / 2 - 1));
        out += q[2 * d + (m[5] === "close" ? 1 : 0)] ?? "";
      }
    }
    return out;
  }

  const GENERATED_BOX_CHARS = 80;

  /** @param {any} root @param {{ maxElements?: number, scope?: string | null, copyright?: string[] | null }} [opts] */
  function generatedText(root, { maxElements = 150, scope = null, copyright = null } = {}) {
    const view = (root.ownerDocument || root).defaultView || globalThis;
    const out = [];
    if (scope === "") return "";
    const els = root.querySelectorAll(scope ?? "*");
    for (let i = 0; i < els.length && i < maxElements; i++) {
      const el = els[i];
      // Replaced and void elements (inputs, images, buttons' icons…) draw no ::before/::after.
      const tag = el.tagName.toUpperCase();
      if (el.childElementCount > 1 || NO_PSEUDO.has(tag)) continue;
      // A brand drawn by CSS sits in an empty or short box (a logo, a heading, a label), not a paragraph.
      if ((el.textContent || "").length > GENERATED_BOX_CHARS) continue;
      // A box not rendered (display none, opacity 0 up the tree) draws no ::before/::after either:
      // checkVisibility costs a tenth of a pseudo-element's style. Not visibility: a pseudo-element
      // can set it back to visible.
      if (typeof el.checkVisibility === "function" && !el.checkVisibility({ opacityProperty: true })) continue;
      const before = generated(el, "::before", view);
      const after = generated(el, "::after", view);
      // As drawn: the box's own text between its ::before and ::after (`A` + `mazon Sign-In`).
      if (!before.trim() && !after.trim()) continue;
      const drawn = `${before}${(el.textContent || "").replace(/\s+/g, " ")}${after}`.replace(/\s+/g, " ").trim();
      out.push(drawn);
      // A © line drawn by CSS (`footer::after { content: "© … Amazon.com, Inc." }`).
      if (copyright && copyright.length < RULES.limits.copyright[0] && COPYRIGHT_LINE.test(drawn)) copyright.push(drawn.slice(0, RULES.limits.copyright[1]));
    }
    return out.join(" ");
  }

  // Elements that draw no ::before/::after text: not rendered as text (scripts, styles, SVG…: collect-text.js's
  // SKIP_TAGS), replaced and void elements, <select>.
  const NO_PSEUDO = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD", "TITLE", "IFRAME", "OBJECT", "RT", "RP",
    "INPUT", "IMG", "BR", "HR", "META", "LINK", "SOURCE", "TRACK", "WBR", "AREA", "BASE", "COL", "EMBED", "PARAM", "TEXTAREA",
    "CANVAS", "VIDEO", "AUDIO", "OPTION", "SELECT"]);

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
  // A <text>'s letters, its <tspan>s' included (`<text><tspan fill=red>e</tspan><tspan>b</tspan>…`
  // draws "eb…" in one run).
  const SVG_TEXT = /<text\b[^>]*>((?:[^<]|<\/?tspan\b[^>]*>){1,400}?)<\/text>/gi;
  const CSS_URL = /url\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'|([^)\s]*))/i;
  function svgText(/** @type {string | null} */ src) {
    const m = SVG_DATA.exec(src || "");
    if (!m || !src) return "";
    // No more of the picture's source than the page text budget (a wordmark's <text> comes early).
    let svg = src.slice(m[0].length, m[0].length + RULES.limits.text);
    try { svg = m[1] ? atob(svg) : decodeURIComponent(svg); } catch { /* cut or partly encoded */ }
    return [...svg.matchAll(SVG_TEXT)].map((t) => t[1].replace(/<[^>]*>/g, "").slice(0, 40)).join(" ").trim();
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
   * text, or the text of an SVG data: URL it paints as its background, mask or border image, or a
 * video's data: SVG poster). At most `max`;
   * links, headings, labels and boxes holding pictures or controls are not wordmarks.
   * @param {Element} form @param {number} max @param {any} memo
   */
  function textMarks(form, max, memo) {
    /** @type {string[]} */
    const out = [];
    // A <form>'s marks sit in its container, and so do those of a frame element standing for its
    // document's form (main.js currentScan); fields without a <form> come with their box (the
    // box's own texts before its first field count).
    const isForm = /^(FORM|IFRAME|FRAME|OBJECT|EMBED)$/.test(form.tagName);
    const stop = isForm ? form : form.querySelector(OmamoriFields.FIELDS) || form;
    // A form placed straight in a shadow root has the root as its container.
    const container = isForm ? form.parentElement ?? /** @type {any} */ (form.parentNode) : form;
    if (!container) return out;
    const view = form.ownerDocument.defaultView || globalThis;
    /** @param {Element} el */
    const mark = (el) => {
      const tag = el.tagName.toUpperCase();
      // A picture of a word embedded as a data: SVG document (`<embed src>`, `<object data>`).
      if (tag === "EMBED" || tag === "OBJECT") return keep(svgText(el.getAttribute(tag === "EMBED" ? "src" : "data")));
      // A video's poster frame shown where a logo would be (`<video poster="data:image/svg+xml,…">`).
      if (tag === "VIDEO") return keep(svgText(el.getAttribute("poster")));
      // A read-only box the page wrote a word in (`<input readonly value="amazon.co.jp">`,
      // `<textarea readonly>`), drawn where a logo would be: its markup's text, never what is typed.
      // Only a box outside every form and without a name: no field the user fills in or sends.
      if (tag === "INPUT" || tag === "TEXTAREA") {
        const box = /** @type {HTMLInputElement} */ (el);
        if (!(box.readOnly || box.disabled) || box.form || box.name) return;
        return keep(tag === "INPUT" ? (/^(text|)$/i.test(box.getAttribute("type") || "") ? box.getAttribute("value") : "") : box.defaultValue);
      }
      let raw = (el.textContent || "").trim();
      // A box of empty boxes each drawing a letter with CSS (`<i></i>…` with `i::before { content:
      // counter(c, lower-alpha) }`), or of pictures each drawing a slice of a word as a data: SVG
      // (`<img src="data:…>Pa<…"><img …yP…><img …al…>`): their texts in a row.
      if (!raw && el.childElementCount >= 2 && el.childElementCount <= 24 && !el.querySelector(":scope > * > *")) {
        const drawnBy = (/** @type {Element} */ c) => c.tagName === "IMG" ? svgText(c.getAttribute("src")).replace(/\s+/g, "") : `${generated(c, "::before", view)}${generated(c, "::after", view)}`;
        return keep([...el.children].map(drawnBy).join(""));
      }
      // An empty box drawing its text with CSS (`.logo::before { content: … }`, a list marker, a
      // data: SVG as its background or mask).
      if (!raw && el.childElementCount === 0) {
        raw = `${generated(el, "::before", view)}${generated(el, "::after", view)}`.trim();
        if (!raw && el.tagName === "LI") raw = generated(el, "::marker", view).trim();
        if (!raw) {
          const cs = view.getComputedStyle(el);
          raw = svgUrlText(cs.backgroundImage) || svgUrlText(cs.maskImage || cs.webkitMaskImage) || svgUrlText(cs.borderImageSource);
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
      const t = verticalRow(el, view) ?? clippedText(el, view) ?? OmamoriCollect.pageText(el, { maxNodes: 30, maxChars: 40, memo }).text;
      if (t && !out.includes(t)) out.push(t);
      // A ruby's reading drawn above its base (`<ruby>会員専用<rt>イオンカード</rt></ruby>`; page text
      // leaves readings out): a mark of its own.
      for (const rt of el.querySelectorAll("rt")) keep(rt.textContent);
    };
    /** @param {string | null} t */
    const keep = (t) => {
      const v = (t || "").replace(/\s+/g, " ").trim();
      if (v.length >= 2 && v.length <= 24 && !out.includes(v)) out.push(v);
    };
    // Tables of letters and MathML letters too; pictures embedded as documents; read-only boxes.
    const els = container.querySelectorAll("div, span, p, b, strong, i, em, font, header, li, table, math, embed, object, video, input, textarea");
    for (let i = 0; i < Math.min(els.length, 40) && out.length < max; i++) {
      const el = els[i];
      if (el.contains(stop)) continue;
      if (stop.contains(el) || !(el.compareDocumentPosition(stop) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      mark(el);
    }
    // The boxes just before the box (at most 2), whole, while fewer than `max` marks are found.
    let sib = container.previousElementSibling;
    // A short line in the box (a greeting, "sign in to continue") does not stop the look: the
    // wordmark may stand just before the box.
    for (let i = 0; i < 2 && sib && out.length < max; sib = sib.previousElementSibling) {
      if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT|LINK|META)$/.test(sib.tagName)) continue;
      mark(sib);
      i += 1;
    }
    return out;
  }

  /**
   * A short text set in vertical writing whose box is a row of one-character columns (`<div
   * style="writing-mode: vertical-rl">リ<br>カ<br>ル<br>メ</div>` draws メルカリ across): its characters
   * left to right as drawn; null for any other box (one style read per wordmark candidate).
   * @param {Element} el @param {Window | typeof globalThis} view @returns {string | null}
   */
  function verticalRow(el, view) {
    if (!/^(vertical|sideways)/.test(view.getComputedStyle(el).writingMode || "")) return null;
    const box = el.getBoundingClientRect();
    if (!(box.width > box.height)) return null;
    const doc = el.ownerDocument;
    const range = doc.createRange();
    const at = [];
    const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n && at.length <= 24; n = walker.nextNode()) {
      const s = n.nodeValue || "";
      for (let i = 0; i < s.length && at.length <= 24; i++) {
        if (/\s/.test(s[i])) continue;
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const r = range.getBoundingClientRect();
        if (r.width > 0) at.push({ r, t: s[i] });
      }
    }
    if (at.length < 2 || at.length > 24) return null;
    const top = Math.max(...at.map((x) => x.r.top));
    const bottom = Math.min(...at.map((x) => x.r.bottom));
    if (!(bottom > top)) return null; // more than one row: read as written
    return at.sort((a, b) => a.r.left - b.r.left).map((x) => x.t).join("");
  }

  /**
   * The words an SVG draws with `<text>`: in document order, or — when it draws a word one letter per
   * `<text>` (at least 3 of at most 2 characters, placed in any order) — its letters left to right as
   * drawn (`<text x="104">o</text><text x="46">a</text>…` reads "amazon").
   * @param {Element} svg @returns {string}
   */
  function svgWords(svg) {
    const texts = [...svg.querySelectorAll("text")].slice(0, 24);
    const words = texts.map((t) => (t.textContent || "").trim());
    if (texts.length < 3 || words.some((w) => w.length === 0 || w.length > 2)) return words.join(" ");
    return texts.map((t, i) => ({ x: t.getBoundingClientRect().left, w: words[i] })).sort((a, b) => a.x - b.x).map((t) => t.w).join("");
  }

  /**
   * A short text in a box that clips it (`overflow: hidden`, a `clip-path`) as far as it shows: a kit
   * glues junk letters to the brand and cuts them away (`<b style="clip-path: inset(0 3ch 0 2ch)">
   * QXRakutenZVW</b>` shows "Rakuten"). A character is shown when its centre is inside the box (its
   * border box, less a clip-path inset in px; not hit testing: the page may be held unpainted by
   * paint-hold.js, clipped whole); null when the box does not clip, the text is long,
   * or every character or none shows (read as written).
   * @param {Element} el @param {Window | typeof globalThis} view @returns {string | null}
   */
  function clippedText(el, view) {
    const cs = view.getComputedStyle(el);
    const clips = cs.overflowX !== "visible" || cs.overflowY !== "visible";
    // A clip-path inset in px (computed lengths are absolute): `inset(0px 61px 0px 41px)`.
    const inset = /^inset\(([-\d.]+)px(?: ([-\d.]+)px)?(?: ([-\d.]+)px)?(?: ([-\d.]+)px)?\)$/.exec(cs.clipPath || "");
    if (!clips && !inset) return null;
    const b = el.getBoundingClientRect();
    const [t = 0, r = t, bt = t, l = r] = inset ? inset.slice(1).filter((v) => v !== undefined).map(Number) : [];
    const box = { left: b.left + l, right: b.right - r, top: b.top + t, bottom: b.bottom - bt };
    const range = el.ownerDocument.createRange();
    let shown = "";
    let letters = 0;
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const s = n.nodeValue || "";
      for (let i = 0; i < s.length; i++) {
        if (/\s/.test(s[i])) continue;
        if (++letters > 32) return null;
        range.setStart(n, i);
        range.setEnd(n, i + 1);
        const c = range.getBoundingClientRect();
        const [x, y] = [c.left + c.width / 2, c.top + c.height / 2];
        if (c.width > 0 && x > box.left && x < box.right && y > box.top && y < box.bottom) shown += s[i];
      }
    }
    return shown && shown.length < letters ? shown : null;
  }

  /**
   * The elements that may draw their text reversed with CSS (`unicode-bidi: bidi-override;
   * direction: rtl`), as one selector: the selectors of the document's rules that set such a
   * unicode-bidi, and inline styles that do ("" when none on the page; cross-origin sheets unread).
   * From the rules of the last styleScopes walk (generated-scope.js); at most 1000 rules.
   * @param {Document} doc @returns {string}
   */
  function overrideScope(doc) {
    const rules = styleScopes.last.get(doc) ?? styleScopes(doc);
    const had = overrideScopes.get(rules);
    if (had !== undefined) return had;
    const parts = ['[style*="bidi-override" i]', ...rules.override];
    let scope = parts.join(", ");
    try {
      if (!doc.querySelector(scope)) scope = ""; // nothing on the page draws reversed
    } catch {
      scope = parts[0]; // a selector the browser does not take back: inline styles only
      if (!doc.querySelector(scope)) scope = "";
    }
    overrideScopes.set(rules, scope);
    return scope;
  }
  const overrideScopes = new WeakMap();

  globalThis.OmamoriDrawn = Object.freeze({ generated, generatedText, drawnOrder, textMarks, overrideScope, svgText, svgWords });
})();
