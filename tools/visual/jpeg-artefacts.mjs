// A kit author's re-saved picture, for the visual fixtures (tools/visual/fixtures.mjs): the losses of a
// baseline JPEG applied to RGBA pixels — colour to YCbCr, chroma averaged over 2×2 (4:2:0), each 8×8 block
// DCT-transformed, quantised with the standard tables (ITU T.81 Annex K) scaled for `quality` as libjpeg
// scales them, and transformed back — then stored losslessly as a PNG (no JPEG encoder among our
// dependencies; the ringing and blocking are the JPEG's, the entropy coding is not what a page sees).

const LUMA = [16, 11, 10, 16, 24, 40, 51, 61, 12, 12, 14, 19, 26, 58, 60, 55, 14, 13, 16, 24, 40, 57, 69, 56,
  14, 17, 22, 29, 51, 87, 80, 62, 18, 22, 37, 56, 68, 109, 103, 77, 24, 35, 55, 64, 81, 104, 113, 92,
  49, 64, 78, 87, 103, 121, 120, 101, 72, 92, 95, 98, 112, 100, 103, 99];
const CHROMA = [17, 18, 24, 47, 99, 99, 99, 99, 18, 21, 26, 66, 99, 99, 99, 99, 24, 26, 56, 99, 99, 99, 99, 99,
  47, 66, 99, 99, 99, 99, 99, 99, ...Array(32).fill(99)];

/** libjpeg's table scaling for quality 1–100. */
const scaled = (table, quality) => {
  const s = quality < 50 ? 5000 / quality : 200 - 2 * quality;
  return table.map((q) => Math.min(255, Math.max(1, Math.floor((q * s + 50) / 100))));
};

const C = Array.from({ length: 8 }, (_, u) => Array.from({ length: 8 }, (_, x) =>
  (u === 0 ? Math.SQRT1_2 : 1) * Math.cos(((2 * x + 1) * u * Math.PI) / 16) / 2));

/** One plane (`w`×`h` floats, level-shifted) through 8×8 DCT, quantisation and back, in place. */
function blocks(plane, w, h, table) {
  const b = new Float64Array(64), f = new Float64Array(64);
  for (let by = 0; by < h; by += 8) {
    for (let bx = 0; bx < w; bx += 8) {
      // Edge blocks repeat the last row/column, as encoders pad.
      for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) b[y * 8 + x] = plane[Math.min(h - 1, by + y) * w + Math.min(w - 1, bx + x)] - 128;
      for (let v = 0; v < 8; v++) for (let u = 0; u < 8; u++) {
        let s = 0;
        for (let y = 0; y < 8; y++) for (let x = 0; x < 8; x++) s += C[v][y] * C[u][x] * b[y * 8 + x];
        f[v * 8 + u] = Math.round(s / table[v * 8 + u]) * table[v * 8 + u];
      }
      for (let y = 0; y < 8 && by + y < h; y++) for (let x = 0; x < 8 && bx + x < w; x++) {
        let s = 0;
        for (let v = 0; v < 8; v++) for (let u = 0; u < 8; u++) s += C[v][y] * C[u][x] * f[v * 8 + u];
        plane[(by + y) * w + bx + x] = s + 128;
      }
    }
  }
}

/** RGBA pixels as a JPEG of `quality` would give them back (alpha flattened on white). */
export function jpegArtefacts(rgba, w, h, quality) {
  const n = w * h, Y = new Float64Array(n), cw = Math.ceil(w / 2), ch = Math.ceil(h / 2);
  const Cb = new Float64Array(cw * ch), Cr = new Float64Array(cw * ch), cnt = new Float64Array(cw * ch);
  for (let i = 0; i < n; i++) {
    const a = rgba[i * 4 + 3] / 255, [r, g, bl] = [0, 1, 2].map((k) => rgba[i * 4 + k] * a + 255 * (1 - a));
    Y[i] = 0.299 * r + 0.587 * g + 0.114 * bl;
    const c = (Math.floor(i / w) >> 1) * cw + ((i % w) >> 1);
    Cb[c] += 128 - 0.168736 * r - 0.331264 * g + 0.5 * bl;
    Cr[c] += 128 + 0.5 * r - 0.418688 * g - 0.081312 * bl;
    cnt[c] += 1;
  }
  for (let c = 0; c < cw * ch; c++) { Cb[c] /= cnt[c]; Cr[c] /= cnt[c]; }
  blocks(Y, w, h, scaled(LUMA, quality));
  blocks(Cb, cw, ch, scaled(CHROMA, quality));
  blocks(Cr, cw, ch, scaled(CHROMA, quality));
  const out = new Uint8Array(n * 4);
  const clamp = (v) => Math.max(0, Math.min(255, Math.round(v)));
  for (let i = 0; i < n; i++) {
    const c = (Math.floor(i / w) >> 1) * cw + ((i % w) >> 1), y = Y[i], cb = Cb[c] - 128, cr = Cr[c] - 128;
    out.set([clamp(y + 1.402 * cr), clamp(y - 0.344136 * cb - 0.714136 * cr), clamp(y + 1.772 * cb), 255], i * 4);
  }
  return out;
}
