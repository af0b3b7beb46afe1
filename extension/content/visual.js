// @ts-check
// Visual fingerprints of the page's brand pictures (classic script; pure functions on one global).
//
// API (global `OmamoriVisual`, no messaging, no UI; content/scan.js calls it):
//   OmamoriVisual.dhash(gray, width, height) → "0123456789abcdef"
//       64-bit difference hash of a grayscale buffer (Uint8Array/Array, row-major, width·height
//       values 0–255): area-averaged to 9×8, one bit per horizontal neighbour pair (left < right),
//       most significant bit first, as 16 lower-case hex digits. tools/visual/fingerprints.mjs uses
//       this same function for the catalog's logo fingerprints (src/visual/fingerprints.txt).
//   OmamoriVisual.grayOf(rgba, width, height) → Uint8Array
//       RGBA (canvas ImageData.data) composited over white, then luma (BT.601).
//   OmamoriVisual.hashPixels(rgba, width, height) → string | null
//       The picture's hash as the engine compares it: gray, cropped to what differs from the
//       corner (background) colour — so a logo with or without a margin hashes alike — then dhash.
//       null for a blank picture. The page draws each picture into a 64×64 canvas first; the
//       fingerprint tool renders the marks at 64×64 the same way.
//   OmamoriVisual.collectImageHashes({ doc, formEls, limits }) → Promise<{ hashes: string[], ms: number, skipped: number }>
//       Hashes of the favicon and of at most `limits.images` (default 6) images near the credential
//       forms (`<img>` incl. data: URLs, inline `<svg>`, `<canvas>`, CSS background-image; at least
//       24×24 px and not inside a button or label: icons are nobody's logo), drawn into
//       a 64×64 canvas (hashPixels). Cross-origin pictures that would taint the canvas are skipped (getImageData
//       throws); nothing is fetched that the page did not already load, except the favicon URL the
//       page names (same-origin or CORS only). Stops at `limits.budget_ms` (default 8 ms of work).
//       At most `limits.hashes` (default 8, the engine's cap) hashes. Call it only on pages with a
//       credential or payment field: it costs nothing otherwise because it is never called.
//
// The page signal field is `image_hashes` (docs/api.md); the engine matches them against the
// catalog's fingerprints (src/visual/). Nothing of the picture but its 64-bit hash leaves the page.
(() => {
  "use strict";

  const MIN_SIDE = 24; // a logo near a form is at least this big (CSS px); 16–20 px pictures are icons
  const SIZE = 64; // canvas side: enough to crop a logo's margin and average to 9×8; cheap to read back

  function grayOf(rgba, width, height) {
    const out = new Uint8Array(width * height);
    for (let i = 0, p = 0; p < out.length; i += 4, p++) {
      const a = rgba[i + 3] / 255;
      const y = 0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2];
      out[p] = Math.round(y * a + 255 * (1 - a));
    }
    return out;
  }

  function dhash(gray, width, height) {
    const cols = 9;
    const rows = 8;
    const small = new Float64Array(cols * rows);
    for (let y = 0; y < rows; y++) {
      const y0 = Math.floor((y * height) / rows);
      const y1 = Math.max(y0 + 1, Math.floor(((y + 1) * height) / rows));
      for (let x = 0; x < cols; x++) {
        const x0 = Math.floor((x * width) / cols);
        const x1 = Math.max(x0 + 1, Math.floor(((x + 1) * width) / cols));
        let sum = 0;
        for (let yy = y0; yy < y1; yy++) for (let xx = x0; xx < x1; xx++) sum += gray[yy * width + xx];
        small[y * cols + x] = sum / ((y1 - y0) * (x1 - x0));
      }
    }
    let hex = "";
    for (let y = 0; y < rows; y++) {
      let byte = 0;
      for (let x = 0; x < 8; x++) byte = (byte << 1) | (small[y * cols + x] < small[y * cols + x + 1] - 0.5 ? 1 : 0);
      hex += byte.toString(16).padStart(2, "0");
    }
    return hex;
  }

  function hashPixels(rgba, width, height) {
    const gray = grayOf(rgba, width, height);
    const bg = gray[0];
    let x0 = width, y0 = height, x1 = -1, y1 = -1;
    for (let y = 0; y < height; y++) {
      for (let x = 0; x < width; x++) {
        if (Math.abs(gray[y * width + x] - bg) > 24) {
          if (x < x0) x0 = x;
          if (x > x1) x1 = x;
          if (y < y0) y0 = y;
          if (y > y1) y1 = y;
        }
      }
    }
    if (x1 < 0) return null;
    const w = x1 - x0 + 1, h = y1 - y0 + 1;
    const crop = new Uint8Array(w * h);
    for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) crop[y * w + x] = gray[(y + y0) * width + x + x0];
    return dhash(crop, w, h);
  }

  /** Draws `source` (img, canvas, ImageBitmap) into a 32×32 canvas; returns its hash or null when tainted/empty. */
  function hashDrawable(ctx, source) {
    ctx.fillStyle = "#fff";
    ctx.fillRect(0, 0, SIZE, SIZE);
    try {
      ctx.drawImage(source, 0, 0, SIZE, SIZE);
      const data = ctx.getImageData(0, 0, SIZE, SIZE).data; // throws on a tainted canvas
      return hashPixels(data, SIZE, SIZE);
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
      img.onload = () => done(true);
      img.onerror = () => done(false);
      setTimeout(() => done(img.complete && img.naturalWidth > 0), 300);
      img.src = src;
    });

  const serialize = (svg) => "data:image/svg+xml;charset=utf-8," + encodeURIComponent(new XMLSerializer().serializeToString(svg));

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
      scopes.push(box);
    }
    if (!scopes.length && doc.body) scopes.push(doc.body);
    for (const scope of scopes) {
      for (const el of scope.querySelectorAll("img, svg, canvas")) {
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
  async function collectImageHashes({ doc = document, formEls = [], limits = {} } = {}) {
    const maxImages = limits.images ?? RULES.limits.visual_images;
    const maxHashes = limits.hashes ?? RULES.limits.image_hashes[0];
    const budget = limits.budget_ms ?? RULES.limits.visual_budget_ms;
    const started = performance.now();
    let work = 0; // synchronous drawing time only: waiting for an image to load costs the page nothing
    const hashes = [];
    let skipped = 0;
    const canvas = doc.createElement("canvas");
    canvas.width = SIZE;
    canvas.height = SIZE;
    const ctx = canvas.getContext("2d", { willReadFrequently: true });
    if (!ctx) return { hashes, ms: 0, skipped };
    const add = (h) => {
      if (h && !hashes.includes(h) && hashes.length < maxHashes) hashes.push(h);
      else if (!h) skipped += 1;
    };
    const timed = (fn) => {
      const t = performance.now();
      const v = fn();
      work += performance.now() - t;
      return v;
    };
    const icon = doc.querySelector('link[rel~="icon" i]');
    const iconHref = icon && /** @type {HTMLLinkElement} */ (icon).href;
    if (iconHref && /^(https?|data):/.test(iconHref)) {
      const img = await loadImage(iconHref, doc);
      if (img) add(timed(() => hashDrawable(ctx, img)));
    }
    for (const el of nearbyPictures(doc, formEls, maxImages)) {
      if (work > budget || hashes.length >= maxHashes) break;
      const tag = el.tagName.toLowerCase();
      if (tag === "img") {
        if (el.complete && el.naturalWidth > 0) add(timed(() => hashDrawable(ctx, el)));
      } else if (tag === "canvas") {
        add(timed(() => hashDrawable(ctx, el)));
      } else if (tag === "svg") {
        const img = await loadImage(timed(() => serialize(el)), doc);
        if (img) add(timed(() => hashDrawable(ctx, img)));
      } else {
        const m = /^url\(["']?(.*?)["']?\)/.exec(getComputedStyle(el).backgroundImage);
        const img = m ? await loadImage(m[1], doc) : null;
        if (img) add(timed(() => hashDrawable(ctx, img)));
      }
    }
    return { hashes, ms: work, skipped, wall: performance.now() - started };
  }

  globalThis.OmamoriVisual = Object.freeze({ dhash, grayOf, hashPixels, collectImageHashes });
})();
