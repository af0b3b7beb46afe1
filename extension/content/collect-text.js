// @ts-check
// What the user sees, as text (classic script; pure functions on one global, no messaging, no UI).
//
// API (global `OmamoriCollect`; content/scan.js calls it, the engine normalises further: NFKC,
// invisible and bidi characters, confusables — src/signals/normalize.rs):
//   OmamoriCollect.visibleText(root, { maxNodes, maxElements, maxChars, dom, lines, pseudo }) → string
//       The rendered text under `root` (an element; open shadow roots included, and closed ones
//       through `dom` — see shadowRootOf), joined the way it renders: adjacent inline elements without a space
//       (`<span>Ama</span><span>zon</span>` → "Amazon"), a space between block-level boxes and at
//       <br>. Skipped: display:none, visibility:hidden/collapse, opacity 0, font-size 0, zero-size
//       boxes, boxes clipped away (clip rect(0 0 0 0), clip-path inset(50%)) or moved off-screen,
//       and inline text whose colour equals its background colour (a junk letter in white inside a
//       black word; whole white blocks stay: they may sit on a picture). With `pseudo: true` (use it on the
//       form's surroundings and headings, not the whole body: it costs a style resolution per
//       element) CSS ::before/::after content is included where it renders (`scope`: a selector of
//       the elements that may have it, "" for none, null to ask every element). Bounded: at most
//       `maxNodes` text nodes (RULES.limits.scan_text_nodes), `maxElements` elements (400)
//       and `maxChars` characters (RULES.limits.text). With
//       `lines: true`, block boundaries are kept as "\n" (one line per rendered block).
//   OmamoriCollect.pageText(root, { maxNodes, maxChars, maxCopyright }) → { text, copyright, nodes }
//       The fast path for a whole page: one TreeWalker over text nodes; per parent element one
//       native checkVisibility (display, visibility, opacity up the tree) and its block box by tag
//       name; a CSS right-to-left override read only where the document's rules set one
//       (overrideScope); the full checks (font-size 0, clip, off-screen, ink of the
//       background) only for short texts (≤ 4 characters: junk letters, split fragments). `text` is joined as visibleText
//       joins it (no ::before/::after), and
//       `copyright`, the rendered lines carrying ©/(c)/"copyright" — still looked for after the
//       text budget is full (then only nodes whose raw text has such a mark cost anything).
//       Text inside shadow roots is not in it (use visibleText on the form's box for that).
//       `memo` (OmamoriCollect.pageMemo()): what is learnt per element (shown, hidden short text,
//       background), shared by calls on the same page so a form's box read first is not read twice.
//   OmamoriCollect.copyrightLines(root, { max, maxChars }) → string[]
//       The rendered lines under `root` that carry ©, (c) or "copyright" (a © line spread over
//       several nodes comes out whole: `<span>©</span> <i>Amazon</i>.com` → "© Amazon.com"),
//       at most `max` (5) lines of `maxChars` (200) characters.
//   OmamoriCollect.shadowRootOf(el, dom) → ShadowRoot | null
//       The element's shadow root, closed ones too where the browser lets an extension read them:
//       Chromium through `dom.openOrClosedShadowRoot` (pass the extension API's `dom` namespace from
//       the content script's one access point — this file touches no extension API itself),
//       Firefox through element.openOrClosedShadowRoot (content scripts only); else the open one.
(() => {
  "use strict";

  // RT/RP: a ruby's reading (`<ruby>楽<rt>らく</rt>天</ruby>` reads 楽天; the furigana sits above).
  const SKIP_TAGS = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG", "HEAD", "TITLE", "IFRAME", "OBJECT", "RT", "RP"]);
  // Right-to-left override … pop (UAX #9) around what CSS `unicode-bidi: bidi-override; direction:
  // rtl` and `<bdo dir=rtl>` draw reversed; the engine reverses it (normalize.rs).
  const [RLO, PDF, overrides] = ["\u202E", "\u202C", (cs) => cs.direction === "rtl" && /override/.test(cs.unicodeBidi || "")];

  function shadowRootOf(el, dom) {
    try {
      // Chromium: chrome.dom.openOrClosedShadowRoot, passed in by the caller's API access point.
      if (dom && typeof dom.openOrClosedShadowRoot === "function") return dom.openOrClosedShadowRoot(el) || null;
    } catch { /* not an element the API accepts */ }
    // Firefox exposes closed roots to content scripts as element.openOrClosedShadowRoot.
    if ("openOrClosedShadowRoot" in el) return el.openOrClosedShadowRoot || null;
    return el.shadowRoot || null;
  }

  const parseColor = (s) => {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(s || "");
    return m ? { r: +m[1], g: +m[2], b: +m[3], a: m[4] === undefined ? 1 : +m[4] } : null;
  };

  /** The element's own opaque background colour; null for an image (cannot tell), undefined for transparent. */
  function ownBackground(cs) {
    if (cs.backgroundImage !== "none") return null;
    const c = parseColor(cs.backgroundColor);
    return c && c.a > 0.9 ? c : undefined;
  }

  /**
   * Letters hidden by colour: an inline element (a junk letter inside a word) whose text colour is
   * its background's and not its surroundings'. Whole blocks of white text are left alone: kits
   * that draw the page as a picture put white text over it, and the background image is not an
   * ancestor the walk can see.
   */
  const inkHidden = (block, color, parentColor, bg) =>
    !block && bg !== null && sameColor(color, bg) && !sameColor(color, parentColor);

  const sameColor = (a, b) => a && b && Math.abs(a.r - b.r) + Math.abs(a.g - b.g) + Math.abs(a.b - b.b) < 12;

  /** Whether the element's own box hides what it holds (checked once per element, cached by the walker). */
  function hides(el, cs, view, sized = true) {
    if (cs.display === "none" || cs.visibility === "hidden" || cs.visibility === "collapse") return true;
    return parseFloat(cs.opacity) === 0 || boxHides(el, cs, view, sized);
  }

  /** What checkVisibility does not see: font-size 0 (unless `sized` is false), a clipped or zero-size box, a box off-screen. */
  function boxHides(el, cs, view, sized = true) {
    if (sized && parseFloat(cs.fontSize) === 0) return true;
    // The cheap reads first: most boxes are not absolutely positioned and have no clip path.
    if (cs.position === "absolute" && /rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)/.test(cs.clip)) return true;
    const clipPath = cs.clipPath;
    if (clipPath !== "none" && /inset\(\s*50%/.test(clipPath)) return true;
    const display = cs.display;
    if (display !== "contents" && display !== "inline") {
      const r = el.getBoundingClientRect();
      if ((r.width === 0 || r.height === 0) && cs.overflow !== "visible") return true;
      if (r.right < -view.innerWidth || r.bottom < -view.innerHeight || r.left > view.innerWidth * 5) return true;
    }
    return false;
  }

  // CSS generated content as drawn (strings, attr(), counters, quotes): collect-drawn.js.
  const generated = (el, pseudo, view) => OmamoriDrawn.generated(el, pseudo, view);

  function visibleText(root, { maxNodes = RULES.limits.scan_text_nodes, maxElements = Math.min(4 * maxNodes, 400), maxChars = RULES.limits.text, dom = null, lines = false, pseudo = false, scope = null } = {}) {
    const doc = root.ownerDocument || root;
    const view = doc.defaultView || globalThis;
    let out = "";
    let nodes = 0;
    let elements = 0;
    let shadows = 0;
    const push = (s, block) => {
      if (out.length >= maxChars) return;
      if (block && out && !out.endsWith("\n")) out += "\n";
      out += s;
    };
    // `bg`: the background colour behind this node (white at the top; null when an image is behind it).
    // `mute`: the text's element has font-size 0 (its own text is not drawn; a child may set its own size).
    /** @type {(node: any, bg: any, parentColor?: any, mute?: boolean) => void} */
    const walk = (node, bg, parentColor = null, mute = false) => {
      if (out.length >= maxChars || nodes >= maxNodes || elements >= maxElements) return;
      if (node.nodeType === 3) {
        nodes += 1;
        const t = mute ? "" : node.nodeValue.replace(/\s+/g, " ");
        if (t.trim() || (t === " " && out && !out.endsWith(" "))) push(t, false);
        return;
      }
      if (node.nodeType === 11) {
        for (let c = node.firstChild; c; c = c.nextSibling) walk(c, bg, parentColor); // a shadow root
        return;
      }
      // An SVG drawing's text is a picture's; HTML in its <foreignObject> is HTML (a kit's form in an <svg>).
      if (node.nodeType === 1 && node.tagName.toUpperCase() === "SVG") {
        for (const fo of [...node.getElementsByTagName("foreignObject")].slice(0, 4)) walk(fo, bg, parentColor);
        return;
      }
      if (node.nodeType !== 1 || SKIP_TAGS.has(node.tagName.toUpperCase())) return;
      elements += 1;
      if (node.tagName === "BR") return push(" ", false);
      const cs = view.getComputedStyle(node);
      if (hides(node, cs, view, node.childElementCount === 0)) return;
      const zero = parseFloat(cs.fontSize) === 0;
      // A word drawn as a data: SVG picture reads in line with the text around it (`ama` + `zon`).
      if (node.tagName === "IMG") return push(OmamoriDrawn.svgText(node.getAttribute("src")), false);
      const own = ownBackground(cs);
      const here = own === undefined ? bg : own;
      const block = !cs.display.startsWith("inline") && cs.display !== "contents";
      const color = parseColor(cs.color);
      if (inkHidden(block, color, parentColor, here)) return;
      if (block) push("", true);
      const reversed = overrides(cs);
      if (reversed) push(RLO, false);
      // Generated text sits on leaf-like boxes (an empty logo box, a heading, a label): elements with
      // at most one child element are asked; a container's pseudo-elements are decoration.
      // `scope` is the document's: inside a shadow tree every leaf-like element is asked.
      const leafish = pseudo && node.childElementCount <= 1 && (scope === null || shadows > 0 || (scope !== "" && node.matches(scope)));
      if (leafish) push(generated(node, "::before", view), false);
      const sr = shadowRootOf(node, dom);
      if (sr) {
        shadows += 1;
        walk(sr, here, color);
        shadows -= 1;
      }
      // A <slot> draws the host's elements assigned to it (its own children are the fallback).
      const assigned = node.tagName === "SLOT" && typeof node.assignedNodes === "function" ? node.assignedNodes({ flatten: true }) : [];
      if (assigned.length) for (const c of assigned) walk(c, here, color, zero);
      else for (let c = node.firstChild; c; c = c.nextSibling) walk(c, here, color, zero);
      if (leafish) push(generated(node, "::after", view), false);
      if (reversed) push(PDF, false);
      if (block) push("", true);
    };
    const start = root.nodeType === 9 ? root.body || root.documentElement : root;
    if (start) walk(start, { r: 255, g: 255, b: 255, a: 1 });
    if (lines) return out.split("\n").map((l) => l.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n").slice(0, maxChars);
    return out.replace(/\s+/g, " ").trim().slice(0, maxChars);
  }

  function copyrightLines(root, { max = RULES.limits.copyright[0], maxChars = RULES.limits.copyright[1], ...opts } = {}) {
    const out = [];
    for (const line of visibleText(root, { ...opts, lines: true }).split("\n")) {
      if (out.length >= max) break;
      if (COPYRIGHT_LINE.test(line)) out.push(line.slice(0, maxChars));
    }
    return out;
  }

  // Elements that render inline unless a page restyles them (a restyled one only costs a space).
  const INLINE_TAGS = new Set(["A", "ABBR", "B", "BDI", "BDO", "BIG", "CITE", "CODE", "DATA", "DFN", "EM", "FONT", "I", "KBD",
    "LABEL", "MARK", "NOBR", "Q", "RT", "RUBY", "S", "SAMP", "SMALL", "SPAN", "STRIKE", "STRONG", "SUB", "SUP", "TIME", "TT", "U", "VAR"]);
  // A text node this short may be a junk letter or a fragment of a split word: its own box is checked in full.
  const SHORT = 4;

  /** What pageText learns per element, for later calls on the same page: `pageText(box, { memo })` then `pageText(body, { memo })`. */
  const pageMemo = () => ({ shown: new Map(), short: new Map(), backs: new Map(), rendered: new Map(), unread: new Map() });

  // Elements whose text is never drawn as text: a script, style, template or an SVG drawing (`closest`
  // of these, answered once per element from its parent's answer: `closest` climbs the whole
  // ancestor chain on every call).
  const UNREAD = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "SVG"]);
  const inUnread = (el, memo) => {
    const chain = [];
    let v = false;
    for (let e = el; e; e = e.parentElement) {
      const had = memo.get(e);
      if (had !== undefined) {
        v = had;
        break;
      }
      // HTML in an SVG <foreignObject> is laid out and read as any HTML.
      if (e.tagName.toUpperCase() === "FOREIGNOBJECT") break;
      chain.push(e);
      if (UNREAD.has(e.tagName.toUpperCase())) {
        v = true;
        break;
      }
    }
    // Every element of the chain below an unread one is unread too; above it, the answer is its own.
    for (let i = chain.length - 1; i >= 0; i--) {
      if (!v && UNREAD.has(chain[i].tagName.toUpperCase())) v = true;
      memo.set(chain[i], v);
    }
    return v;
  };

  function pageText(root, { maxNodes = RULES.limits.scan_text_nodes, maxChars = RULES.limits.text, maxCopyright = RULES.limits.copyright[0], memo = pageMemo() } = {}) {
    const doc = root.ownerDocument || root;
    const view = doc.defaultView || globalThis;
    const start = root.nodeType === 9 ? root.body || root.documentElement : root;
    const out = { text: "", copyright: /** @type {string[]} */ ([]), nodes: 0 };
    if (!start) return out;
    // Per parent element: shown (checkVisibility: display, visibility, opacity of it and its
    // ancestors — native, no style object per element) and its block box (by tag name).
    const { shown, short, backs, rendered, unread } = memo;
    const blocks = new Map();
    const canCheck = typeof start.checkVisibility === "function";
    const isShown = (el) => {
      let v = shown.get(el);
      if (v === undefined) {
        v = SKIP_TAGS.has(el.tagName.toUpperCase()) || inUnread(el, unread) ? false
          : canCheck ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : !hides(el, view.getComputedStyle(el), view);
        shown.set(el, v);
      }
      return v;
    };
    const blockOf = (el) => {
      let b = blocks.get(el);
      if (b === undefined) {
        b = el;
        while (b !== start && INLINE_TAGS.has(b.tagName.toUpperCase()) && b.parentElement) b = b.parentElement;
        blocks.set(el, b);
      }
      return b;
    };
    // The background colour behind an element (its own or the nearest ancestor's within 12 levels;
    // undefined: none found), remembered per element: short texts share their ancestors.
    const backOf = (el, depth = 0) => {
      if (!el || depth >= 12) return undefined;
      if (backs.has(el)) return backs.get(el);
      let bg = ownBackground(view.getComputedStyle(el));
      if (bg === undefined) bg = backOf(el.parentElement, depth + 1);
      if (depth === 0 || bg !== undefined) backs.set(el, bg);
      return bg;
    };
    // A short text's own element, in full: font-size 0, clipped, off-screen, ink of the background.
    const shortHidden = (el) => {
      let v = short.get(el);
      if (v === undefined) {
        v = shortHides(el);
        short.set(el, v);
      }
      return v;
    };
    const shortHides = (el) => {
      const cs = view.getComputedStyle(el);
      if (canCheck ? boxHides(el, cs, view) : hides(el, cs, view)) return true;
      const parent = el.parentElement;
      if (!parent || !INLINE_TAGS.has(el.tagName.toUpperCase())) return false;
      const pcs = view.getComputedStyle(parent);
      const bg = backOf(el);
      return inkHidden(false, parseColor(cs.color), parseColor(pcs.color), bg === undefined ? { r: 255, g: 255, b: 255, a: 1 } : bg);
    };
    // A box not rendered (display none, opacity 0, a script or style) hides its whole subtree: the
    // walk jumps past the outermost such box instead of asking again for each of its texts.
    const skipHidden = (el) => {
      /** @type {Node | null} */
      let top = null;
      for (let e = el; e && e !== start; e = e.parentElement) {
        // Remembered per element: hidden boxes side by side (menus, tooltips) share their ancestors.
        let drawn = rendered.get(e);
        if (drawn === undefined) {
          drawn = !SKIP_TAGS.has(e.tagName.toUpperCase()) && (!canCheck || e.checkVisibility({ opacityProperty: true }));
          rendered.set(e, drawn);
        }
        if (drawn) break;
        top = e;
      }
      if (!top) return;
      let last = top;
      while (last.lastChild) last = last.lastChild;
      walker.currentNode = last;
    };
    // The element whose CSS right-to-left override draws `el`'s text reversed (null: none); the
    // run of text under one override is reversed as a whole (`<b class=r><i>noz</i><i>amA</i></b>`).
    const rtl = overrideScope(doc);
    const reversed = new Map();
    const overrideOf = (el) => {
      if (rtl === "") return null;
      let v = reversed.get(el);
      if (v === undefined) {
        const at = el.closest(rtl);
        v = at && overrides(view.getComputedStyle(at)) ? at : null;
        reversed.set(el, v);
      }
      return v;
    };
    let openAt = null;
    let line = "";
    let lineBlock = null;
    const lines = [];
    const lineEls = [];
    // The line's pieces while each is a letter or two in its own element (`<span style="left:0">R</span>…`):
    // such letters can be placed out of document order (absolute positions, grid columns).
    /** @type {[Element, string][] | null} */
    let letters = [];
    const flush = () => {
      if (openAt) line += PDF;
      openAt = null;
      if (letters && letters.length >= 3) line = OmamoriDrawn.drawnOrder(letters) ?? line;
      const l = line.replace(/\s+/g, " ").trim();
      if (l) { lines.push(l); lineEls.push(lineBlock); }
      line = "";
      letters = [];
    };
    const walker = doc.createTreeWalker(start, 4 /* NodeFilter.SHOW_TEXT */);
    let full = false;
    let chars = 0;
    const late = new Set(); // blocks holding a © mark seen after the text budget was full
    for (let node = walker.nextNode(); node && out.nodes < maxNodes; node = walker.nextNode()) {
      out.nodes += 1;
      const raw = node.nodeValue;
      if (full) {
        // Only a text with a © mark needs its element (the first touch of a node from script costs the
        // browser a wrapper object: a big page's remaining texts are read without their elements); a
        // long text (a script's or a style's) is asked its tag before the pattern.
        if (late.size >= maxCopyright) continue;
        const long = raw.length > 200;
        const el = long || COPYRIGHT_LINE.test(raw) ? node.parentElement : null;
        if (el && !SKIP_TAGS.has(el.tagName.toUpperCase()) && (!long || COPYRIGHT_LINE.test(raw)) && isShown(el)) late.add(blockOf(el));
        continue;
      }
      // Blank text between boxes only makes a space: its element is not needed (under an element
      // every text has one).
      const trimmed = raw.trim();
      if (!trimmed) {
        if (raw && line && !line.endsWith(" ")) line += " ";
        continue;
      }
      const el = node.parentElement;
      if (!el) continue;
      if (!isShown(el)) {
        skipHidden(el);
        continue;
      }
      if (trimmed.length <= SHORT && shortHidden(el)) continue;
      const block = blockOf(el);
      if (block !== lineBlock) {
        chars += line.length + 1;
        flush();
        lineBlock = block;
      }
      // <bdo dir=rtl> draws its text reversed, and so does a CSS right-to-left override (asked only
      // of the elements overrideScope names).
      const at = overrideOf(el);
      if (at !== openAt) {
        line += (openAt ? PDF : "") + (at ? RLO : "");
        openAt = at;
      }
      line += el.tagName === "BDO" && el.dir === "rtl" ? RLO + raw + PDF : raw;
      if (letters) letters = trimmed.length <= 2 && el !== block && !letters.some(([e]) => e === el) ? [...letters, [el, trimmed]] : null;
      if (chars + line.length >= maxChars) full = true;
    }
    flush();
    for (const block of late) lines.push(visibleText(block, { maxNodes: 50, maxChars: RULES.limits.copyright[1] }));
    const max = RULES.limits.copyright[1];
    lines.forEach((l, i) => {
      if (!COPYRIGHT_LINE.test(l) || out.copyright.length >= maxCopyright) return;
      // A short © block is read again with its styles (a CSS right-to-left override, ink-hidden letters).
      const b = lineEls[i];
      const styled = b && b !== start && l.length <= max && b.childElementCount <= 20 ? visibleText(b, { maxNodes: 50, maxChars: max }) : "";
      out.copyright.push((COPYRIGHT_LINE.test(styled) ? styled : l).slice(0, max));
    });
    out.text = lines.join(" ").slice(0, maxChars);
    return out;
  }

  globalThis.OmamoriCollect = Object.freeze({ visibleText, pageText, pageMemo, copyrightLines, shadowRootOf });
})();
