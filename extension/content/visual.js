// @ts-check
// The page's brand pictures, drawn small for the engine (classic script; one global).
//
// API (global `OmamoriVisual`, no messaging, no UI; content/scan.js calls it):
//   OmamoriVisual.grayOf(rgba, width, height) → Uint8Array
//       RGBA (canvas ImageData.data) composited over white, then luma (BT.601).
//   OmamoriVisual.zoomBox(gray, side) → { x0, y0, x1, y1 } | null
//       The part of a drawn picture that is not paper, which drawPicture draws again over the square.
//   OmamoriVisual.regionBoxes(gray, side, w, h, max) → [sx, sy, sw, sh][]
//       The parts of a wide picture (a header strip, a mark beside a word) worth drawing alone, from
//       the square on which drawRegions drew it in REGION_SLICES bands (with REGION_ASPECT: for the tools).
//   OmamoriVisual.encodeGray(gray) → string
//       The wire form of one picture: gray levels cut to 16 (the top 4 bits), two pixels a byte
//       (high nibble first), base64 (btoa's alphabet).
//   OmamoriVisual.collectPictures({ doc, formEls, limits }) → Promise<{ pictures: string[], ms: number, skipped: number }>
//       The favicon and at most `visual_images` pictures near the credential forms (`<img>` incl.
//       data: URLs, inline `<svg>`, `<canvas>`, CSS background-image; at least 24×24 px and not
//       inside a button or label: icons are nobody's logo), each drawn into a `visual_side` square
//       canvas (RULES.limits; 64×64) on white, gray, base64 (a CSS sprite: the part the element shows);
//       a wide picture's parts (at most `visual_regions`) follow it. Cross-origin pictures that would taint
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

  // Sub-pictures of a wide picture (a header strip: a menu icon, the logo, a search box, links; a mark
  // beside a word). Stretched over the square, the logo is a sliver of it; drawn again alone, it gets
  // the whole square. The strip is read in SLICES bands of the square, each a quarter of its width
  // (side × SLICES columns by side / SLICES rows), its columns of ink cut where a gap of paper is at
  // least REGION_GAP of its height wide (the space between words of one name is narrower), and at most
  // RULES.limits.visual_regions of the parts, left to right, are drawn alone. Only pictures at least
  // REGION_ASPECT times wider than high are searched; the engine hashes and matches each part as a
  // picture of its own (src/visual/).
  const SLICES = 4;
  const REGION_ASPECT = 3;
  const REGION_GAP = 1 / 6;

  /**
   * The parts of a wide picture as source rectangles [sx, sy, sw, sh] (at most `max`, left to right),
   * from `gray`, the `side`² square on which the source (w × h) was drawn in SLICES bands (band i:
   * source x from i·w/SLICES, drawn over rows i·side/SLICES …). Empty when the strip's corners do not
   * share a paper colour, or fewer than two parts stand apart.
   */
  function regionBoxes(gray, side, w, h, max) {
    const rows = side / SLICES, cols = side * SLICES;
    const at = (x, y) => gray[(Math.floor(x / side) * rows + y) * side + (x % side)];
    const corners = [at(0, 0), at(cols - 1, 0), at(0, rows - 1), at(cols - 1, rows - 1)];
    const near = (a, b) => Math.abs(a - b) <= ZOOM_CONTRAST;
    const paper = corners.find((c) => corners.filter((o) => near(o, c)).length >= 3);
    if (paper === undefined) return [];
    const ink = (x, y) => !near(at(x, y), paper);
    const runs = [];
    const gap = Math.max(1, Math.round((REGION_GAP * h * cols) / w));
    for (let x = 0; x < cols; x++) {
      let any = false;
      for (let y = 0; y < rows && !any; y++) any = ink(x, y);
      if (!any) continue;
      const last = runs[runs.length - 1];
      if (last && x - last[1] < gap) last[1] = x + 1;
      else runs.push([x, x + 1]);
    }
    if (runs.length < 2) return [];
    const out = [];
    for (const [x0, x1] of runs) {
      if (out.length >= max) break;
      let y0 = rows, y1 = 0;
      for (let y = 0; y < rows; y++) {
        for (let x = x0; x < x1; x++) {
          if (!ink(x, y)) continue;
          y0 = Math.min(y0, y);
          y1 = Math.max(y1, y + 1);
          break;
        }
      }
      // One column and one row of paper around the part (the engine crops to the ink).
      const sx = Math.max(0, x0 - 1) * (w / cols), ex = Math.min(cols, x1 + 1) * (w / cols);
      const sy = Math.max(0, y0 - 1) * (h / rows), ey = Math.min(rows, y1 + 1) * (h / rows);
      out.push([sx, sy, ex - sx, ey - sy]);
    }
    return out;
  }

  /**
   * Draws `source` (img, canvas) stretched over the square canvas on white — then, when its drawing
   * leaves paper around it (`zoomBox`), that part of the source alone; its gray levels as base64, or
   * null when the canvas is tainted (cross-origin) or the picture is one flat colour.
   */
  function drawPicture(ctx, source, side, view) {
    const read = () => grayOf(ctx.getImageData(0, 0, side, side).data, side, side); // throws on a tainted canvas
    const [vx, vy, w, h] = view ?? [0, 0, source.naturalWidth ?? source.width, source.naturalHeight ?? source.height];
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, side, side);
    try {
      if (view) ctx.drawImage(source, vx, vy, w, h, 0, 0, side, side);
      else ctx.drawImage(source, 0, 0, side, side);
      let gray = read();
      if (gray.every((g) => g === gray[0])) return null;
      const box = zoomBox(gray, side);
      if (box && w > 0 && h > 0) {
        const sx = w / side, sy = h / side;
        ctx.fillRect(0, 0, side, side);
        ctx.drawImage(source, vx + box.x0 * sx, vy + box.y0 * sy, (box.x1 - box.x0) * sx, (box.y1 - box.y0) * sy, 0, 0, side, side);
        gray = read();
      }
      return encodeGray(gray);
    } catch {
      return null;
    }
  }

  /**
   * The parts of a wide `source` (`regionBoxes`), each drawn alone over the square: gray levels as
   * base64, at most `max`; none for a picture less than REGION_ASPECT times wider than high, or tainted.
   * `view`: the source rectangle the page shows (a sprite's), else the whole source.
   */
  function drawRegions(ctx, source, side, max, view) {
    const [vx, vy, w, h] = view ?? [0, 0, source.naturalWidth ?? source.width, source.naturalHeight ?? source.height];
    if (!(max > 0 && h > 0 && w >= REGION_ASPECT * h)) return [];
    try {
      ctx.fillStyle = "#fff";
      ctx.fillRect(0, 0, side, side);
      const band = side / SLICES;
      for (let i = 0; i < SLICES; i++) ctx.drawImage(source, vx + (i * w) / SLICES, vy, w / SLICES, h, 0, i * band, side, band);
      const boxes = regionBoxes(grayOf(ctx.getImageData(0, 0, side, side).data, side, side), side, w, h, max);
      const out = [];
      for (const [sx, sy, sw, sh] of boxes) {
        ctx.fillRect(0, 0, side, side);
        ctx.drawImage(source, vx + sx, vy + sy, sw, sh, 0, 0, side, side);
        const gray = grayOf(ctx.getImageData(0, 0, side, side).data, side, side);
        if (!gray.every((g) => g === gray[0])) out.push(encodeGray(gray));
      }
      return out;
    } catch {
      return [];
    }
  }

  /**
   * The part of a CSS background image that `el` shows, as a source rectangle [x, y, w, h] in the
   * image's pixels: a sprite sheet's one icon (background-size auto or in px, background-position in
   * px or %). Null when the element shows the whole image, or its sizing is contain / cover / a
   * percentage (the picture is drawn whole, as before).
   */
  function backgroundView(el, img) {
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    const iw = img.naturalWidth, ih = img.naturalHeight;
    const px = (v) => (/^-?[\d.]+px$/.test(v) ? parseFloat(v) : null);
    const size = cs.backgroundSize.split(",")[0].trim().split(/\s+/);
    let sw = iw, sh = ih;
    if (size[0] !== "auto") {
      sw = px(size[0]) ?? NaN;
      sh = size[1] && size[1] !== "auto" ? px(size[1]) ?? NaN : (sw * ih) / iw;
    } else if (size[1] && size[1] !== "auto") return null;
    if (!(sw > 0 && sh > 0 && iw > 0 && ih > 0)) return null;
    const pos = cs.backgroundPosition.split(",")[0].trim().split(/\s+/);
    const off = (v, box, drawn) => (v && v.endsWith("%") ? ((box - drawn) * parseFloat(v)) / 100 : px(v ?? "0px"));
    const ox = off(pos[0], r.width, sw), oy = off(pos[1] ?? "50%", r.height, sh);
    if (ox === null || oy === null) return null;
    const kx = iw / sw, ky = ih / sh;
    const x0 = Math.max(0, -ox * kx), y0 = Math.max(0, -oy * ky);
    const x1 = Math.min(iw, (r.width - ox) * kx), y1 = Math.min(ih, (r.height - oy) * ky);
    if (x1 - x0 < 1 || y1 - y0 < 1) return null;
    return x0 === 0 && y0 === 0 && x1 === iw && y1 === ih ? null : [x0, y0, x1 - x0, y1 - y0];
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
    const maxRegions = limits.regions ?? RULES.limits.visual_regions;
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
    const timed = (job) => {
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
      const p = ctx ? job(ctx) : null;
      work += performance.now() - t;
      return p;
    };
    const draw = (source, view) => timed((c) => drawPicture(c, source, side, view));
    // A wide picture's parts after it (drawRegions), within the budget and the pictures' cap.
    const parts = (source, view) => {
      const room = Math.min(maxRegions, maxPictures - pictures.length);
      if (room > 0 && work <= budget) for (const p of timed((c) => drawRegions(c, source, side, room, view)) ?? []) add(p);
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
        const shown = /** @type {HTMLImageElement} */ (el);
        // A picture still loading at the scan (a data: URI is decoded asynchronously too: Firefox often
        // has not finished it at DOMContentLoaded) is waited for as a favicon is, within loadImage's bound.
        const src = shown.currentSrc || shown.src;
        const loading = !shown.complete && /^(https?|data):/.test(src);
        const img = shown.complete && shown.naturalWidth > 0 ? shown : loading ? await loadImage(src, doc) : null;
        if (img) {
          await img.decode().catch(() => {}); // off the main thread: drawImage would decode synchronously
          add(draw(img));
          parts(img);
        }
      } else if (tag === "canvas") {
        add(draw(el));
        parts(el);
      } else if (tag === "svg") {
        if (!drawsAlone(el)) {
          skipped += 1;
          continue;
        }
        const t = performance.now();
        const src = serialize(el);
        work += performance.now() - t;
        const img = await loadImage(src, doc);
        if (img) {
          add(draw(img));
          parts(img);
        }
      } else {
        const m = /^url\(["']?(.*?)["']?\)/.exec(getComputedStyle(el).backgroundImage);
        const img = m ? await loadImage(m[1], doc) : null;
        if (img) {
          const view = backgroundView(el, img);
          add(draw(img, view));
          parts(img, view);
        }
      }
    }
    return { pictures, ms: setup + work + search, skipped, wall: performance.now() - started };
  }

  globalThis.OmamoriVisual = Object.freeze({ grayOf, encodeGray, zoomBox, regionBoxes, REGION_SLICES: SLICES, REGION_ASPECT, collectPictures });
})();
