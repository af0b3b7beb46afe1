// @ts-check
// Where the page's brand pictures are and what draws them (classic script; one global, pure DOM
// reads, no messaging, no UI): visual.js's collectPictures calls it.
//
// API (global `OmamoriVisualFind`):
//   OmamoriVisualFind.nearbyPictures(doc, formEls, max) → Element[]
//       At most `max` pictures near the credential forms: `<img>`, inline `<svg>`, `<canvas>` at least
//       MIN_SIDE px and not inside a button or label (icons are nobody's logo), then boxes just above the
//       form painted by a CSS background image or a CSS mask image.
//   OmamoriVisualFind.cssPicture(el) → { url, mask, pseudo } | null
//       The URL of the picture a box paints: its background image, else its mask image (`mask: true`:
//       the box's colour shows through the picture's alpha, so only the alpha is the logo), else its list
//       marker's image (`list-style-image`), else its `::before` or `::after` box's (`pseudo`) background or mask.
//   OmamoriVisualFind.cssView(el, img, mask, pseudo) → [x, y, w, h] | null
//       The part of a CSS picture the box shows (a sprite sheet's one icon), in the image's pixels.
//   OmamoriVisualFind.objectView(el, img) → [x, y, w, h] | null
//       The part of an <img> its box shows when `object-fit` crops it (`none`, `cover`: a sprite sheet shown
//       by `object-position`), in the image's pixels; null when the whole image is seen.
//   OmamoriVisualFind.imageRow(el) → { imgs: HTMLImageElement[], box: DOMRect } | null
//       The images side by side that `el` holds as one line (a name set one picture per letter, each too small
//       to be a picture alone), with the box around them; null when `el` holds no such row.
//   OmamoriVisualFind.badgeStrip(els) → Set<Element>
//       Those of `els` that stand in a strip of badges: at least STRIP_MIN pictures of about one size side by side
//       (or stacked), a little apart — the card brands and payment services a shop accepts, store or sign-in buttons.
//       Each is some company's mark and none is the page's own logo: neither drawn for the engine nor read as the
//       form's logo (scan.js).
//   OmamoriVisualFind.loadImage(src, doc) → Promise<HTMLImageElement | null>
//   OmamoriVisualFind.svgSource(svg) → string | null
//       The inline <svg> as a data: URL of its own, its `<use>`s of symbols kept elsewhere on the page
//       copied in (an SVG sprite: `<svg><use href="#logo"/></svg>`, the drawing in a hidden sheet);
//       null when it draws nothing alone, or is bigger than SVG_ELEMENTS elements or RULES.limits.visual_svg_chars
//       characters.
//   OmamoriVisualFind.paperOf(el) → string
//       The colour a picture with transparent parts is seen on: the first opaque background of the
//       element or its ancestors (a dark page's white logo is white on dark), else white.
/* global styleScopes, ruleCounts */
(() => {
  "use strict";

  const MIN_SIDE = 24; // a logo near a form is at least this big (CSS px); 16–20 px pictures are icons
  // A sprite's symbol is copied into an svg shown at least this big on its longer side: the icons of an icon
  // sheet (cart, lock, menu) are shown at 16–32 px, a logo drawn from a sheet is bigger.
  const SPRITE_LOGO_SIDE = 40;
  const SVG_ELEMENTS = 400; // an svg drawn as a picture has at most this many elements (a chart or a map is not a logo)

  /** The pictures near the forms: <img>, <svg>, <canvas>, and elements with a CSS background or mask image. */
  function nearbyPictures(doc, formEls, max) {
    const out = [];
    const seen = new Set();
    // STRIP_READS times `max` pictures are read, so that a strip's badges are known before `max` are kept.
    const cap = max * STRIP_READS;
    const push = (el) => {
      if (out.length < cap && !seen.has(el)) {
        seen.add(el);
        out.push(el);
      }
    };
    const scopes = [];
    for (const f of formEls) {
      let box = f;
      for (let i = 0; i < 3 && box.parentElement; i++) box = box.parentElement;
      if (!scopes.includes(box)) scopes.push(box);
    }
    if (!scopes.length && doc.body) scopes.push(doc.body);
    // The first field of each form: a box drawn by its ::before/::after is read only above one (or around one).
    const firsts = formEls.map((f) => f.querySelector("input:not([type=hidden]), select, textarea") || f);
    const above = (el) => !firsts.length || firsts.some((f) => f.compareDocumentPosition(el) & PRECEDING);
    // Only an element some rule gives a ::before/::after `content` has such a box (generated-scope.js, the
    // collection's walk of the rules): those alone are asked. When the rules cannot tell (a cross-origin sheet,
    // too many rules), the rendered boxes above a form's first field, PSEUDO_READS at most.
    const known = pseudoScope(doc);
    const mayDraw = (el) => (known === null ? pseudoReads < PSEUDO_READS && above(el) : known !== "" && el.matches(known));
    rows = new WeakMap();
    const tried = new Set(); // a parent's row is read once, not once per small image in it
    pseudoReads = 0;
    for (const scope of scopes) {
      for (const el of scope.querySelectorAll("img, svg, canvas")) {
        if (out.length >= cap) break;
        if (el.tagName.toLowerCase() !== "svg" && el.closest("svg")) continue;
        if (el.parentElement && el.parentElement.closest("svg")) continue; // a nested <svg>
        // Icon buttons (show password, close, menu) are nobody's logo.
        if (el.closest("button, label, [role=button], a[href='#']")) continue;
        const r = el.getBoundingClientRect();
        if (r.width >= MIN_SIDE && r.height >= MIN_SIDE) push(el);
        else if (el.parentElement && !seen.has(el.parentElement) && !tried.has(el.parentElement)) {
          tried.add(el.parentElement);
          if (imageRow(el.parentElement)) push(el.parentElement);
        }
      }
      // CSS background, mask or list-marker images of the first few elements above the form (logos drawn by CSS).
      // (A ::before/::after box's style is resolved on demand for every element asked — the page's rules matched
      // again, the costliest read here — so only the elements mayDraw lets through are asked.)
      let n = 0;
      for (const el of scope.querySelectorAll("div, span, a, h1, i, li")) {
        if (++n > 60 || out.length >= cap) break;
        if (cssPicture(el, mayDraw(el))) push(el);
      }
    }
    const strip = badgeStrip(out);
    return out.filter((el) => !strip.has(el)).slice(0, max);
  }

  // A strip of badges: STRIP_MIN pictures or more, each a neighbour of the next — heights within STRIP_HEIGHTS of
  // each other and widths within STRIP_WIDTHS, in one row (tops within a quarter of the height, at most a height
  // apart, not overlapping) or one column (the same with lefts and widths). A logo beside a word, a mark over a
  // tagline, or a logo among menu icons differ in size; a name set one picture per letter (imageRow) is smaller
  // than MIN_SIDE and read as one row.
  const STRIP_MIN = 3, STRIP_HEIGHTS = 1.25, STRIP_WIDTHS = 2, STRIP_READS = 4;
  function badgeStrip(els) {
    const boxes = els.map((el) => el.getBoundingClientRect());
    const alike = (a, b, k) => Math.min(a, b) > 0 && Math.max(a, b) <= Math.min(a, b) * k;
    const near = (a0, a1, b0, b1, gap) => {
      const g = Math.max(a0, b0) - Math.min(a1, b1);
      return g >= -1 && g <= gap;
    };
    const neighbours = (a, b) => {
      if (!alike(a.height, b.height, STRIP_HEIGHTS) || !alike(a.width, b.width, STRIP_WIDTHS)) return false;
      const h = Math.max(a.height, b.height), w = Math.max(a.width, b.width);
      const row = Math.abs(a.top - b.top) <= h / 4 && near(a.left, a.right, b.left, b.right, h);
      const column = Math.abs(a.left - b.left) <= w / 4 && near(a.top, a.bottom, b.top, b.bottom, h);
      return row || column;
    };
    // Groups of neighbours (each element's group: the smallest index joined to it).
    const group = boxes.map((_, i) => i);
    const root = (i) => (group[i] === i ? i : (group[i] = root(group[i])));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) if (neighbours(boxes[i], boxes[j])) group[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }
    const sizes = new Map();
    for (let i = 0; i < boxes.length; i++) sizes.set(root(i), (sizes.get(root(i)) ?? 0) + 1);
    return new Set(els.filter((_, i) => sizes.get(root(i)) >= STRIP_MIN));
  }

  /**
   * The elements that may have a ::before/::after box, as a selector ("" none), or null when the page's rules cannot tell:
   * the collection's answer (generated-scope.js), read again when the document's sheets are not the ones it read.
   */
  function pseudoScope(doc) {
    if (typeof styleScopes !== "function" || typeof ruleCounts !== "function") return null;
    const last = styleScopes.last.get(doc);
    const now = [...doc.styleSheets, ...(doc.adoptedStyleSheets ?? [])];
    const counts = last && last.sheets.length === now.length ? ruleCounts(now) : null;
    const same = last && counts && now.every((s, i) => s === last.sheets[i] && counts[i] === last.counts[i]);
    return (same ? last : styleScopes(doc)).generated;
  }
  const PRECEDING = 2; // Node.DOCUMENT_POSITION_PRECEDING (an ancestor is preceding too)
  const PSEUDO_READS = 24; // elements whose ::before and ::after styles one search resolves
  let pseudoReads = 0;
  /** @type {WeakMap<Element, any>} the rows the last search read (visual.js asks again for the ones it draws) */
  let rows = new WeakMap();

  const URL_OF = /^url\(["']?(.*?)["']?\)/;
  // A box's background or mask picture (`pseudo`: of its ::before or ::after box), or null.
  const painted = (cs, pseudo) => {
    const bg = URL_OF.exec(cs.backgroundImage || "");
    if (bg) return { url: bg[1], mask: false, pseudo };
    const mask = URL_OF.exec(cs.maskImage || cs.webkitMaskImage || "");
    return mask ? { url: mask[1], mask: true, pseudo } : null;
  };
  function cssPicture(el, pseudos = true) {
    const cs = /** @type {any} */ (getComputedStyle(el));
    const own = painted(cs, null);
    if (own) return own;
    // A list item's marker (list-style-image is inherited: only a box shown as a list item draws it).
    const marker = /list-item/.test(cs.display) ? URL_OF.exec(cs.listStyleImage || "") : null;
    if (marker) return { url: marker[1], mask: false, pseudo: null };
    // A box not rendered (display: none, or inside a hidden one) draws no ::before/::after; display: contents does.
    if (!pseudos || cs.display === "none" || (cs.display !== "contents" && el.getClientRects && el.getClientRects().length === 0)) return null;
    pseudoReads += 1;
    for (const pseudo of ["::before", "::after"]) {
      const ps = /** @type {any} */ (getComputedStyle(el, pseudo));
      if (ps.content === "none" || ps.content === "normal" || ps.display === "none") continue;
      const p = painted(ps, pseudo);
      if (p) return p;
    }
    return null;
  }

  /**
   * The part of a CSS picture that `el` shows, as a source rectangle [x, y, w, h] in the image's pixels:
   * a sprite sheet's one icon (size auto or in px, position in px or %). Null when the element shows the
   * whole image, or its sizing is contain / cover / a percentage (the picture is drawn whole).
   */
  const px = (v) => (/^-?[\d.]+px$/.test(v) ? parseFloat(v) : null);
  function cssView(el, img, mask, pseudo = null) {
    const cs = /** @type {any} */ (getComputedStyle(el, pseudo));
    // A pseudo box has no client rect: its used size (the computed width and height of a rendered box).
    const r = pseudo ? { width: px(cs.width) ?? NaN, height: px(cs.height) ?? NaN } : el.getBoundingClientRect();
    const iw = img.naturalWidth, ih = img.naturalHeight;
    const prop = (name) => String((mask ? cs[`mask${name}`] || cs[`webkitMask${name}`] : cs[`background${name}`]) || "");
    const size = (prop("Size") || "auto").split(",")[0].trim().split(/\s+/);
    let sw = iw, sh = ih;
    if (size[0] !== "auto") {
      sw = px(size[0]) ?? NaN;
      sh = size[1] && size[1] !== "auto" ? px(size[1]) ?? NaN : (sw * ih) / iw;
    } else if (size[1] && size[1] !== "auto") return null;
    if (!(sw > 0 && sh > 0 && iw > 0 && ih > 0)) return null;
    return shownPart(iw, ih, sw, sh, (prop("Position") || "0% 0%").split(",")[0], r.width, r.height);
  }

  /**
   * The part [x, y, w, h] of an iw × ih image, drawn sw × sh at `position` (CSS: px or %) in a bw × bh box, that
   * the box shows; null when it shows the whole image, or the position is in other units.
   */
  function shownPart(iw, ih, sw, sh, position, bw, bh) {
    const pos = position.trim().split(/\s+/);
    const off = (v, box, drawn) => (v && v.endsWith("%") ? ((box - drawn) * parseFloat(v)) / 100 : px(v ?? "0px"));
    const ox = off(pos[0], bw, sw), oy = off(pos[1] ?? "50%", bh, sh);
    if (ox === null || oy === null || !(bw > 0 && bh > 0)) return null;
    const kx = iw / sw, ky = ih / sh;
    const x0 = Math.max(0, -ox * kx), y0 = Math.max(0, -oy * ky);
    const x1 = Math.min(iw, (bw - ox) * kx), y1 = Math.min(ih, (bh - oy) * ky);
    if (x1 - x0 < 1 || y1 - y0 < 1) return null;
    return x0 === 0 && y0 === 0 && x1 === iw && y1 === ih ? null : [x0, y0, x1 - x0, y1 - y0];
  }

  function objectView(el, img) {
    const cs = getComputedStyle(el);
    const fit = cs.objectFit;
    if (fit !== "none" && fit !== "cover") return null; // fill, contain, scale-down: the whole image is seen
    const b = el.getBoundingClientRect();
    const iw = img.naturalWidth, ih = img.naturalHeight;
    if (!(iw > 0 && ih > 0)) return null;
    const k = fit === "none" ? 1 : Math.max(b.width / iw, b.height / ih);
    return shownPart(iw, ih, iw * k, ih * k, cs.objectPosition || "50% 50%", b.width, b.height);
  }

  // A row of letter images: at least ROW_MIN images, each at least ROW_MIN_HEIGHT px high, of heights within a
  // quarter of each other, tops aligned, each no further from the last than half their height, together at
  // least MIN_SIDE wide; at most ROW_MAX (a name, not a gallery of thumbnails).
  const ROW_MIN = 3, ROW_MAX = 24, ROW_MIN_HEIGHT = 10;
  function imageRow(el) {
    if (!rows.has(el)) rows.set(el, readRow(el));
    return rows.get(el);
  }
  function readRow(el) {
    const imgs = [...el.children].filter((c) => c.tagName.toLowerCase() === "img");
    if (imgs.length < ROW_MIN || imgs.length > ROW_MAX) return null;
    const boxes = imgs.map((i) => i.getBoundingClientRect());
    const h = boxes[0].height;
    let right = boxes[0].left;
    for (const b of boxes) {
      if (b.height < ROW_MIN_HEIGHT || Math.abs(b.height - h) > h / 4 || Math.abs(b.top - boxes[0].top) > h / 4) return null;
      if (b.left < right - 1 || b.left - right > h / 2) return null;
      right = b.right;
    }
    const box = new DOMRect(boxes[0].left, Math.min(...boxes.map((b) => b.top)), right - boxes[0].left, Math.max(...boxes.map((b) => b.bottom)) - Math.min(...boxes.map((b) => b.top)));
    return box.width >= MIN_SIDE ? { imgs: /** @type {HTMLImageElement[]} */ (imgs), box } : null;
  }

  // How long a picture may take to load and decode: RULES.limits.visual_wait_ms, visual_wait_data_ms (a data:
  // picture is in the page already: waiting for its decode costs the page nothing).
  const loadImage = (src, doc) =>
    new Promise((resolve) => {
      const img = new (doc.defaultView || globalThis).Image();
      img.crossOrigin = "anonymous"; // a CORS-clean cross-origin favicon is allowed; others fail to load
      img.decoding = "async";
      const done = (ok) => resolve(ok ? img : null);
      // Decoded off the main thread before it is drawn (drawImage would decode synchronously).
      img.onload = () => img.decode().then(() => done(true), () => done(true));
      img.onerror = () => done(false);
      setTimeout(() => done(img.complete && img.naturalWidth > 0), /^data:/i.test(src) ? RULES.limits.visual_wait_data_ms : RULES.limits.visual_wait_ms);
      img.src = src;
    });

  // Whether an inline <svg> draws anything once serialized alone (an image document: nothing outside it is
  // there, nothing external loads): only its own shapes do. A style on the root could paint a background.
  const SHAPES = "path, rect, circle, ellipse, line, polyline, polygon, text, image, foreignObject";
  const drawsAlone = (svg) => svg.querySelector(SHAPES) !== null || /background/i.test(svg.getAttribute("style") || "");

  /** @param {Element} svg @returns {string | null} */
  function svgSource(svg) {
    if (svg.getElementsByTagName("*").length > SVG_ELEMENTS) return null;
    let alone = svg;
    const r = svg.getBoundingClientRect();
    // `<use>`s of drawings outside the svg (a sprite sheet elsewhere on the page), in a logo-sized svg only.
    const outside = [...svg.querySelectorAll("use")].map((u) => (u.getAttribute("href") || u.getAttribute("xlink:href") || "").trim())
      .filter((h) => h.startsWith("#") && !svg.querySelector(`[id="${CSS.escape(h.slice(1))}"]`));
    if (outside.length && Math.max(r.width, r.height) >= SPRITE_LOGO_SIDE) {
      alone = /** @type {Element} */ (svg.cloneNode(true));
      const doc = svg.ownerDocument;
      const defs = doc.createElementNS("http://www.w3.org/2000/svg", "defs");
      let size = alone.getElementsByTagName("*").length;
      for (const href of [...new Set(outside)].slice(0, 4)) {
        const target = doc.getElementById(href.slice(1));
        if (!target || target.namespaceURI !== "http://www.w3.org/2000/svg") continue;
        size += 1 + target.getElementsByTagName("*").length;
        if (size > SVG_ELEMENTS) return null;
        defs.appendChild(target.cloneNode(true));
      }
      alone.insertBefore(defs, alone.firstChild);
    }
    if (!drawsAlone(alone)) return null;
    if (alone !== svg) {
      // The copy drawn at the size the page shows it (a sprite's svg often sets its size by CSS only).
      if (!alone.getAttribute("width") && r.width) alone.setAttribute("width", String(Math.round(r.width)));
      if (!alone.getAttribute("height") && r.height) alone.setAttribute("height", String(Math.round(r.height)));
    }
    // A heavy drawing (megabytes of path data in few elements) is not drawn: its rasterization is outside the pixel budget.
    const text = new XMLSerializer().serializeToString(alone);
    return text.length > RULES.limits.visual_svg_chars ? null : "data:image/svg+xml;charset=utf-8," + encodeURIComponent(text);
  }

  function paperOf(el) {
    for (let a = el, i = 0; a && i < 12; a = a.parentElement, i++) {
      const c = getComputedStyle(a).backgroundColor;
      const m = /^rgba?\(([^)]+)\)$/.exec(c || "");
      if (!m) continue;
      const parts = m[1].split(/[,\s/]+/).filter(Boolean);
      if (parts.length < 4 || parseFloat(parts[3]) >= 0.99) return c;
    }
    return "#fff";
  }

  globalThis.OmamoriVisualFind = Object.freeze({ nearbyPictures, badgeStrip, cssPicture, cssView, objectView, imageRow, loadImage, svgSource, paperOf });
})();
