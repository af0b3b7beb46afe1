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
//   OmamoriVisual.drawCost(area, side, parts) → number
//       The most pixels a picture of `area` source pixels costs the budget, drawn whole and (parts > 0) in parts.
//   OmamoriVisual.encodeGray(gray) → string
//       The wire form of one picture: gray levels cut to 16 (the top 4 bits), two pixels a byte
//       (high nibble first), base64 (btoa's alphabet).
//   OmamoriVisual.collectPictures({ doc, formEls, limits }) → Promise<{ pictures: string[], ms: number, px: number, skipped: number }>
//       The favicon and at most `visual_images` pictures near the credential forms (visual-find.js:
//       `<img>` incl. data: URLs, inline `<svg>` incl. a sprite's `<use>`, `<canvas>`, CSS background or mask
//       images), each drawn into a `visual_side` square canvas (RULES.limits; 64×64) on the colour the page
//       shows it on (a mask: its alpha), gray, base64 (a CSS sprite: the part the element shows); a wide
//       picture's parts (at most `visual_regions`) follow it. Cross-origin pictures that would taint the
//       canvas are skipped (getImageData throws); nothing is fetched that the page did not already load,
//       except the favicon URL the page names (same-origin or CORS only). Bounded by `visual_budget_px`
//       pixels drawn and read (`px`; the same on every machine), at most `pictures[0]` pictures; `ms` reports
//       the synchronous work (finding, making the canvas, drawing), and no picture is drawn once it passes
//       `visual_work_ms` (a backstop for what the pixels do not measure: a heavy svg's rasterization). Call
//       it only on pages with a credential or payment field: it costs nothing otherwise because it is never called.
//
// The page signal field is `pictures` (docs/api.md); the engine (src/visual/) crops, hashes and
// matches them against the catalog's logo fingerprints. Nothing of a picture but 64×64 gray
// levels leaves the page, and only to the extension's own background.
(() => {
  "use strict";

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
   * Paints the square: `draw()`'s drawImage calls on `paper` (a CSS colour), as drawn or (`mask`) only their
   * alpha, in black — a CSS mask's picture is the shape the box's colour shows through.
   */
  function paint(ctx, side, draw, paper, mask) {
    if (mask) {
      ctx.clearRect(0, 0, side, side);
      draw();
      ctx.globalCompositeOperation = "source-in";
      ctx.fillStyle = "#000";
      ctx.fillRect(0, 0, side, side);
      ctx.globalCompositeOperation = "destination-over";
    }
    ctx.fillStyle = paper;
    ctx.fillRect(0, 0, side, side);
    ctx.globalCompositeOperation = "source-over";
    if (!mask) draw();
  }

  /**
   * Draws `source` (img, canvas) stretched over the square canvas on `paper` (the colour the page shows it on;
   * white by default) — then, when its drawing leaves paper around it (`zoomBox`), that part of the source alone;
   * its gray levels as base64, or null when the canvas is tainted (cross-origin) or the picture is one flat colour.
   * `view`: the source rectangle the page shows (a sprite's); `mask`: draw only the alpha (a CSS mask image).
   */
  function drawPicture(ctx, source, side, view, paper = "#fff", mask = false) {
    const read = () => grayOf(ctx.getImageData(0, 0, side, side).data, side, side); // throws on a tainted canvas
    const [vx, vy, w, h] = view ?? [0, 0, source.naturalWidth ?? source.width, source.naturalHeight ?? source.height];
    try {
      paint(ctx, side, () => ctx.drawImage(source, vx, vy, w, h, 0, 0, side, side), paper, mask);
      let gray = read();
      if (gray.every((g) => g === gray[0])) return null;
      const box = zoomBox(gray, side);
      if (box && w > 0 && h > 0) {
        const sx = w / side, sy = h / side;
        const [bx, by, bw, bh] = [vx + box.x0 * sx, vy + box.y0 * sy, (box.x1 - box.x0) * sx, (box.y1 - box.y0) * sy];
        paint(ctx, side, () => ctx.drawImage(source, bx, by, bw, bh, 0, 0, side, side), paper, mask);
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
  function drawRegions(ctx, source, side, max, view, paper = "#fff", mask = false) {
    const [vx, vy, w, h] = view ?? [0, 0, source.naturalWidth ?? source.width, source.naturalHeight ?? source.height];
    if (!(max > 0 && h > 0 && w >= REGION_ASPECT * h)) return [];
    const read = () => grayOf(ctx.getImageData(0, 0, side, side).data, side, side);
    try {
      const band = side / SLICES;
      paint(ctx, side, () => {
        for (let i = 0; i < SLICES; i++) ctx.drawImage(source, vx + (i * w) / SLICES, vy, w / SLICES, h, 0, i * band, side, band);
      }, paper, mask);
      const boxes = regionBoxes(read(), side, w, h, max);
      const out = [];
      for (const [sx, sy, sw, sh] of boxes) {
        paint(ctx, side, () => ctx.drawImage(source, vx + sx, vy + sy, sw, sh, 0, 0, side, side), paper, mask);
        const gray = read();
        if (!gray.every((g) => g === gray[0])) out.push(encodeGray(gray));
      }
      return out;
    } catch {
      return [];
    }
  }

  // The drawing budget is counted in pixels, not milliseconds, so that what is drawn is the same on a busy
  // machine as on an idle one: a drawImage costs the source pixels it samples plus the square's, a read-back the
  // square's. Each step is charged its most before it runs (a picture: two draws of at most the whole source and
  // two reads; its parts: the bands and each part, each at most the whole source, and their reads); a step that
  // would pass RULES.limits.visual_budget_px is not run (a later, smaller picture still may be).
  const pictureCost = (area, sq) => 2 * area + 4 * sq;
  const partsCost = (area, sq, n) => 2 * area + (2 + 2 * n) * sq;
  /** The most a picture of `area` source pixels costs drawn with `parts` parts (0: the whole alone). */
  const drawCost = (area, side, parts) => pictureCost(Math.max(area, side * side), side * side) + (parts ? partsCost(Math.max(area, side * side), side * side, parts) : 0);
  const areaOf = (source, view) => (view ? view[2] * view[3] : (source.naturalWidth ?? source.width) * (source.naturalHeight ?? source.height));

  /** After the page's next frame has been made (two animation frames), or RULES.limits.visual_wait_ms where none comes. */
  function nextFrame(view) {
    return new Promise((resolve) => {
      if (!view || typeof view.requestAnimationFrame !== "function") return resolve(undefined);
      let done = false;
      const go = () => done || ((done = true), resolve(undefined));
      view.requestAnimationFrame(() => view.requestAnimationFrame(go));
      setTimeout(go, RULES.limits.visual_wait_ms);
    });
  }

  /**
   * A w × h canvas to draw on: an OffscreenCanvas (the page's own constructor, as for Image: in Firefox its origin
   * is the page's, so a cross-origin picture taints it as a <canvas> would), about half of a <canvas> element's
   * set-up cost, else a <canvas>.
   * @returns {any}
   */
  function canvasOf(doc, w, h) {
    const Offscreen = (doc.defaultView || globalThis).OffscreenCanvas;
    const canvas = typeof Offscreen === "function" ? new Offscreen(w, h) : doc.createElement("canvas");
    canvas.width = w;
    canvas.height = h;
    return canvas;
  }

  // The addresses the picture step loads (a favicon) or waits for (a picture still loading): http(s) and data: only.
  const LOADABLE = /^(https?|data):/;

  /** @param {{ doc?: Document, formEls?: Element[], limits?: any }} [opts] */
  async function collectPictures({ doc = document, formEls = [], limits = {} } = {}) {
    const F = OmamoriVisualFind;
    const maxImages = limits.images ?? RULES.limits.visual_images;
    const maxPictures = limits.pictures ?? RULES.limits.pictures[0];
    const maxRegions = limits.regions ?? RULES.limits.visual_regions;
    const budget = limits.budget_px ?? RULES.limits.visual_budget_px;
    const side = RULES.limits.visual_side;
    const square = side * side;
    const started = performance.now();
    let work = 0; // synchronous time (finding, making the canvas, drawing): reported, never decides what is drawn
    let spent = 0; // pixels drawn and read (the budget's unit)
    const pictures = [];
    let skipped = 0;
    // The canvas is made at the first picture: a page's first 2D canvas costs the renderer most of a
    // millisecond, and many sign-in pages have no picture to draw.
    /** @type {CanvasRenderingContext2D | null | undefined} */
    let ctx;
    const add = (p) => {
      if (p && !pictures.includes(p) && pictures.length < maxPictures) pictures.push(p);
      else if (!p) skipped += 1;
    };
    const timed = (job) => {
      const t = performance.now();
      if (ctx === undefined) {
        const canvas = canvasOf(doc, side, side);
        ctx = /** @type {CanvasRenderingContext2D | null} */ (/** @type {unknown} */ (canvas.getContext("2d", { willReadFrequently: true })));
      }
      const p = ctx ? job(ctx) : null;
      work += performance.now() - t;
      return p;
    };
    /** Charges `cost` pixels when the budget has them; false (nothing charged) when it has not. */
    const charge = (cost) => (spent + cost <= budget ? ((spent += cost), true) : false);
    // The picture, then a wide picture's parts (drawRegions), within the budget and the pictures' cap.
    const drawn = (source, el, view, mask = false) => {
      const area = Math.max(areaOf(source, view), square);
      if (!charge(pictureCost(area, square))) return void (skipped += 1);
      const paper = el ? F.paperOf(el) : "#fff";
      add(timed((c) => drawPicture(c, source, side, view, paper, mask)));
      const room = Math.min(maxRegions, maxPictures - pictures.length);
      if (room > 0 && charge(partsCost(area, square, room))) for (const p of timed((c) => drawRegions(c, source, side, room, view, paper, mask)) ?? []) add(p);
    };
    const icon = doc.querySelector('link[rel~="icon" i]');
    const iconHref = icon && /** @type {HTMLLinkElement} */ (icon).href;
    if (iconHref && LOADABLE.test(iconHref)) {
      const img = await F.loadImage(iconHref, doc);
      if (img) drawn(img, null);
    }
    const t0 = performance.now();
    const near = F.nearbyPictures(doc, formEls, maxImages);
    work += performance.now() - t0;
    const maxWork = limits.work_ms ?? RULES.limits.visual_work_ms;
    let framed = false;
    for (const el of near) {
      if (pictures.length >= maxPictures) break;
      if (work > maxWork) {
        skipped += 1; // the time backstop (a drawing slower than its pixels: a heavy svg, a huge canvas)
        continue;
      }
      const tag = el.tagName.toLowerCase();
      // A name set one image per letter (read once: its letters' boxes are layout reads).
      const row = tag === "img" || tag === "canvas" ? null : F.imageRow(el);
      if (tag === "img") {
        const shown = /** @type {HTMLImageElement} */ (el);
        // A picture still loading at the scan (a data: URI is decoded asynchronously too: Firefox often
        // has not finished it at DOMContentLoaded) is waited for as a favicon is, within loadImage's bound.
        const src = shown.currentSrc || shown.src;
        const loading = !shown.complete && LOADABLE.test(src);
        const img = shown.complete && shown.naturalWidth > 0 ? shown : loading ? await F.loadImage(src, doc) : null;
        if (img) {
          await img.decode().catch(() => {}); // off the main thread: drawImage would decode synchronously
          drawn(img, el, F.objectView(el, img)); // a sprite sheet shown by object-position: the part seen
        }
      } else if (tag === "canvas") {
        // A canvas handed over to an OffscreenCanvas shows what was committed at the page's last frame: drawn in
        // the same task as the form's check, its first frame is still to come and it reads blank. The first
        // canvas waits for the next frame (~16 ms; RULES.limits.visual_wait_ms at most, as a picture's load: a hidden
        // tab makes no frame, a loaded machine makes them late).
        if (!framed) await nextFrame(doc.defaultView), (framed = true);
        drawn(el, el);
      } else if (row) {
        // A name set one image per letter: the row drawn as the user sees it, one strip, then as a picture.
        const w = Math.round(row.box.width), h = Math.round(row.box.height);
        if (row.imgs.some((i) => !i.complete || !i.naturalWidth) || !charge(row.imgs.reduce((n, i) => n + i.naturalWidth * i.naturalHeight, w * h))) {
          skipped += 1;
          continue;
        }
        const t = performance.now();
        const strip = canvasOf(doc, w, h);
        const sc = strip.getContext("2d");
        for (const i of row.imgs) {
          const b = i.getBoundingClientRect();
          sc?.drawImage(i, b.left - row.box.left, b.top - row.box.top, b.width, b.height);
        }
        work += performance.now() - t;
        drawn(strip, el);
      } else if (tag === "svg") {
        const t = performance.now();
        const src = F.svgSource(el);
        work += performance.now() - t;
        const img = src ? await F.loadImage(src, doc) : null;
        if (img) drawn(img, el.parentElement);
        else skipped += 1;
      } else {
        const css = F.cssPicture(el);
        const img = css ? await F.loadImage(css.url, doc) : null;
        if (img && css) drawn(img, css.mask ? el.parentElement : el, F.cssView(el, img, css.mask, css.pseudo), css.mask);
      }
    }
    return { pictures, ms: work, px: spent, skipped, wall: performance.now() - started };
  }

  globalThis.OmamoriVisual = Object.freeze({ grayOf, encodeGray, zoomBox, regionBoxes, REGION_SLICES: SLICES, REGION_ASPECT, drawCost, collectPictures });
})();
