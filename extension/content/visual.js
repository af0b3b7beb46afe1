// @ts-check
// The page's brand pictures, drawn small for the engine (classic script; one global).
//
// API (global `OmamoriVisual`, no messaging, no UI; content/scan.js calls it):
//   OmamoriVisual.grayOf(rgba, width, height) → Uint8Array
//       RGBA (canvas ImageData.data) composited over white, then luma (BT.601).
//   OmamoriVisual.zoomBox(gray, side) → { x0, y0, x1, y1 } | null
//       The part of a drawn picture that is not paper, which drawPicture draws again over the square.
//   OmamoriVisual.encodeGray(gray) → string
//       The wire form of one picture: gray levels cut to 16 (the top 4 bits), two pixels a byte
//       (high nibble first), base64 (btoa's alphabet).
//   OmamoriVisual.collectPictures({ doc, formEls, limits }) → Promise<{ pictures: string[], ms: number, skipped: number }>
//       The favicon and at most `visual_images` pictures near the credential forms (`<img>` incl.
//       data: URLs, inline `<svg>`, `<canvas>`, CSS background-image; at least 24×24 px and not
//       inside a button or label: icons are nobody's logo), each drawn into a `visual_side` square
//       canvas (RULES.limits; 64×64) on white, gray, base64. Cross-origin pictures that would taint
//       the canvas are skipped (getImageData throws); nothing is fetched that the page did not
//       already load, except the favicon URL the page names (same-origin or CORS only). Stops at
//       `visual_budget_ms` of drawing work (`ms` reports the synchronous work: finding, making the canvas, drawing); at most
//       `pictures[0]` pictures. Call it only on pages
//       with a credential or payment field: it costs nothing otherwise because it is never called.
//
// The page signal field is `pictures` (docs/api.md); the engine (src/visual/) crops, hashes and
// matches them against the catalog's logo fingerprints. Nothing of a picture but 64×64 gray
// levels leaves the page, and only to the extension's own background.
(() => {
  "use strict";

  const MIN_SIDE = 24; // a logo near a form is at least this big (CSS px); 16–20 px pictures are icons

  // Integer arithmetic only (BT.601 weights in 256ths: 77, 150, 29): the loop runs 4,096 times a
  // picture and stays well under a millisecond even before the JIT warms up.
  function grayOf(rgba, width, height) {
    const out = new Uint8Array(width * height);
    for (let i = 0, p = 0; p < out.length; i += 4, p++) {
      const a = rgba[i + 3];
      const y = (77 * rgba[i] + 150 * rgba[i + 1] + 29 * rgba[i + 2] + 128) >> 8;
      out[p] = (y * a + 255 * (255 - a) + 127) / 255 | 0;
    }
    return out;
  }

  function encodeGray(gray) {
    const packed = new Uint8Array(gray.length >> 1);
    for (let i = 0; i < packed.length; i++) packed[i] = (gray[2 * i] & 0xf0) | (gray[2 * i + 1] >> 4);
    let bin = "";
    for (let i = 0; i < packed.length; i += 1024) bin += String.fromCharCode.apply(null, Array.from(packed.subarray(i, i + 1024)));
    return btoa(bin);
  }

  // A pixel is part of the picture's drawing, not its paper, when it differs from the paper by more
  // than this (of 255; two of the 16 wire levels): only where to spend the square's resolution
  // depends on it — the engine decides what is ink (src/visual/shape.rs).
  const ZOOM_CONTRAST = 32;

  /**
   * The part of a `side`² gray picture worth the whole square: the box around what differs from its
   * paper (the colour its four corners share), one pixel wider on each side; null when the corners
   * disagree (no paper), nothing differs, or the box is the square already. A word on a wide canvas,
   * a mark with a wide margin: drawn again from that part of the source, the drawing gets all 64
   * pixels instead of a few (measured: "amazon" at 32 px on a canvas four times its width lost 15
   * bits of 64 to the lower resolution, tools/visual/roc.mjs).
   */
  function zoomBox(gray, side) {
    const paper = gray[0];
    const far = (g) => Math.abs(g - paper) > ZOOM_CONTRAST;
    if (far(gray[side - 1]) || far(gray[side * (side - 1)]) || far(gray[side * side - 1])) return null;
    let x0 = side, y0 = side, x1 = 0, y1 = 0;
    for (let y = 0, i = 0; y < side; y++) {
      for (let x = 0; x < side; x++, i++) {
        if (!far(gray[i])) continue;
        if (x < x0) x0 = x;
        if (x >= x1) x1 = x + 1;
        if (y < y0) y0 = y;
        if (y >= y1) y1 = y + 1;
      }
    }
    if (x1 <= x0) return null;
    const box = { x0: Math.max(0, x0 - 1), y0: Math.max(0, y0 - 1), x1: Math.min(side, x1 + 1), y1: Math.min(side, y1 + 1) };
    return box.x1 - box.x0 >= side - 2 && box.y1 - box.y0 >= side - 2 ? null : box;
  }

  /**
   * Draws `source` (img, canvas) stretched over the square canvas on white — then, when its drawing
   * leaves paper around it (`zoomBox`), that part of the source alone; its gray levels as base64, or
   * null when the canvas is tainted (cross-origin) or the picture is one flat colour.
   */
  function drawPicture(ctx, source, side) {
    const read = () => grayOf(ctx.getImageData(0, 0, side, side).data, side, side); // throws on a tainted canvas
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, side, side);
    try {
      ctx.drawImage(source, 0, 0, side, side);
      let gray = read();
      if (gray.every((g) => g === gray[0])) return null;
      const box = zoomBox(gray, side);
      const w = source.naturalWidth ?? source.width, h = source.naturalHeight ?? source.height;
      if (box && w > 0 && h > 0) {
        const sx = w / side, sy = h / side;
        ctx.fillRect(0, 0, side, side);
        ctx.drawImage(source, box.x0 * sx, box.y0 * sy, (box.x1 - box.x0) * sx, (box.y1 - box.y0) * sy, 0, 0, side, side);
        gray = read();
      }
      return encodeGray(gray);
    } catch {
      return null;
    }
  }

  const loadImage = (src, doc) =>
    new Promise((resolve) => {
      const img = new (doc.defaultView || globalThis).Image();
      img.crossOrigin = "anonymous"; // a CORS-clean cross-origin favicon is allowed; others fail to load
      img.decoding = "async";
      const done = (ok) => resolve(ok ? img : null);
      // Decoded off the main thread before it is drawn (drawImage would decode synchronously).
      img.onload = () => img.decode().then(() => done(true), () => done(true));
      img.onerror = () => done(false);
      setTimeout(() => done(img.complete && img.naturalWidth > 0), 300);
      img.src = src;
    });

  const serialize = (svg) => "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(svg));

  // Whether an inline <svg> draws anything once serialized alone (an image document: nothing
  // outside it is there, nothing external loads): only its own shapes do (a <use> of its own
  // symbol draws that symbol's shapes, which are inside it). An icon from a sprite
  // (`<svg><use href="#icon-cart"/></svg>`, the drawing in a <symbol> elsewhere on the page) draws
  // a blank square, which drawPicture drops as one flat colour: telling it before serializing
  // saves loading it as an image (the page's first SVG image costs the renderer milliseconds).
  // A style on the root could paint a background: such an svg is drawn.
  const SHAPES = "path, rect, circle, ellipse, line, polyline, polygon, text, image, foreignObject";
  const drawsAlone = (svg) => svg.querySelector(SHAPES) !== null || /background/i.test(svg.getAttribute("style") || "");

  /** The pictures near the forms: <img>, <svg>, <canvas>, and elements with a CSS background image. */
  function nearbyPictures(doc, formEls, max) {
    const out = [];
    const seen = new Set();
    const push = (el) => {
      if (out.length < max && !seen.has(el)) {
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
    for (const scope of scopes) {
      for (const el of scope.querySelectorAll("img, svg, canvas")) {
        if (out.length >= max) break;
        if (el.tagName.toLowerCase() !== "svg" && el.closest("svg")) continue;
        if (el.parentElement && el.parentElement.closest("svg")) continue; // a nested <svg>
        // Icon buttons (show password, close, menu) are nobody's logo.
        if (el.closest("button, label, [role=button], a[href='#']")) continue;
        const r = el.getBoundingClientRect();
        if (r.width >= MIN_SIDE && r.height >= MIN_SIDE) push(el);
      }
      // CSS background images of the first few elements above the form (logos drawn by CSS).
      let n = 0;
      for (const el of scope.querySelectorAll("div, span, a, h1, i")) {
        if (++n > 60 || out.length >= max) break;
        const bg = getComputedStyle(el).backgroundImage;
        if (bg && bg.startsWith("url(")) push(el);
      }
    }
    return out;
  }

  /** @param {{ doc?: Document, formEls?: Element[], limits?: any }} [opts] */
  async function collectPictures({ doc = document, formEls = [], limits = {} } = {}) {
    const maxImages = limits.images ?? RULES.limits.visual_images;
    const maxPictures = limits.pictures ?? RULES.limits.pictures[0];
    const budget = limits.budget_ms ?? RULES.limits.visual_budget_ms;
    const side = RULES.limits.visual_side;
    const started = performance.now();
    let work = 0; // synchronous drawing time only: waiting for an image to load costs the page nothing
    let search = 0; // finding the pictures (reported in `ms`, not held against the drawing budget)
    const pictures = [];
    let skipped = 0;
    // The canvas is made at the first picture (reported in `ms`, not held against the drawing
    // budget): a page's first 2D canvas costs the renderer most of a millisecond, and many sign-in
    // pages have no picture to draw.
    /** @type {CanvasRenderingContext2D | null | undefined} */
    let ctx;
    let setup = 0;
    const add = (p) => {
      if (p && !pictures.includes(p) && pictures.length < maxPictures) pictures.push(p);
      else if (!p) skipped += 1;
    };
    const draw = (source) => {
      if (ctx === undefined) {
        const t = performance.now();
        // An OffscreenCanvas (the page's own constructor, as for Image below: in Firefox its
        // origin is the page's, so a cross-origin picture taints it as a <canvas> would) costs
        // about half of a <canvas> element's set-up; the element where there is none.
        const Offscreen = (doc.defaultView || globalThis).OffscreenCanvas;
        const canvas = typeof Offscreen === "function" ? new Offscreen(side, side) : doc.createElement("canvas");
        canvas.width = side;
        canvas.height = side;
        ctx = /** @type {CanvasRenderingContext2D | null} */ (/** @type {unknown} */ (canvas.getContext("2d", { willReadFrequently: true })));
        setup = performance.now() - t;
      }
      const t = performance.now();
      const p = ctx ? drawPicture(ctx, source, side) : null;
      work += performance.now() - t;
      return p;
    };
    const icon = doc.querySelector('link[rel~="icon" i]');
    const iconHref = icon && /** @type {HTMLLinkElement} */ (icon).href;
    if (iconHref && /^(https?|data):/.test(iconHref)) {
      const img = await loadImage(iconHref, doc);
      if (img) add(draw(img));
    }
    const t0 = performance.now();
    const near = nearbyPictures(doc, formEls, maxImages);
    search = performance.now() - t0;
    for (const el of near) {
      if (work > budget || pictures.length >= maxPictures) break;
      const tag = el.tagName.toLowerCase();
      if (tag === "img") {
        const img = /** @type {HTMLImageElement} */ (el);
        if (img.complete && img.naturalWidth > 0) {
          await img.decode().catch(() => {}); // off the main thread: drawImage would decode synchronously
          add(draw(img));
        }
      } else if (tag === "canvas") {
        add(draw(el));
      } else if (tag === "svg") {
        if (!drawsAlone(el)) {
          skipped += 1;
          continue;
        }
        const t = performance.now();
        const src = serialize(el);
        work += performance.now() - t;
        const img = await loadImage(src, doc);
        if (img) add(draw(img));
      } else {
        const m = /^url\(["']?(.*?)["']?\)/.exec(getComputedStyle(el).backgroundImage);
        const img = m ? await loadImage(m[1], doc) : null;
        if (img) add(draw(img));
      }
    }
    return { pictures, ms: setup + work + search, skipped, wall: performance.now() - started };
  }

  globalThis.OmamoriVisual = Object.freeze({ grayOf, encodeGray, zoomBox, collectPictures });
})();
