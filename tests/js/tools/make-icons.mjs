// Draws the extension's toolbar icons (an omamori charm pouch: red pouch, gold knot, white label)
// and writes extension/icons/icon-{16,32,48,128}.png. Run once after changing the drawing:
//   node tests/js/tools/make-icons.mjs
// No dependencies: shapes are signed-distance functions, 4×4 supersampled, written as RGBA PNG
// (tools/png-encode.mjs).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { encodePng } from "../../../tools/png-encode.mjs";

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../extension/icons");

// Shapes in unit coordinates (0..1, y down). Later shapes paint over earlier ones.
const roundRect = (x0, y0, x1, y1, r) => (x, y) => {
  const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2, hx = (x1 - x0) / 2 - r, hy = (y1 - y0) / 2 - r;
  const dx = Math.max(Math.abs(x - cx) - hx, 0), dy = Math.max(Math.abs(y - cy) - hy, 0);
  return Math.hypot(dx, dy) - r + Math.min(Math.max(Math.abs(x - cx) - hx, Math.abs(y - cy) - hy), 0);
};
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r;
// The pouch: a rounded rectangle whose top corners are cut at 45° (the charm's folded top).
const pouch = (x, y) => {
  const body = roundRect(0.2, 0.16, 0.8, 0.95, 0.08)(x, y);
  const cut = Math.max((0.2 + 0.16 + 0.12 - x - y) / Math.SQRT2, (x - 0.8 + 0.16 + 0.12 - y) / Math.SQRT2);
  return Math.max(body, cut);
};
const layers = [
  [pouch, [179, 38, 30]],                                 // red pouch
  [roundRect(0.36, 0.42, 0.64, 0.86, 0.03), [255, 255, 255]], // white label
  [roundRect(0.42, 0.52, 0.58, 0.57, 0.015), [179, 38, 30]],  // two lines of "writing" on the label
  [roundRect(0.42, 0.66, 0.58, 0.71, 0.015), [179, 38, 30]],
  [circle(0.5, 0.17, 0.1), [246, 196, 69]],                // gold knot
  [roundRect(0.47, 0.02, 0.53, 0.14, 0.02), [246, 196, 69]],  // gold cord
];

function render(size) {
  const ss = 4;
  const px = Buffer.alloc(size * size * 4);
  for (let j = 0; j < size; j++) {
    for (let i = 0; i < size; i++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sj = 0; sj < ss; sj++) {
        for (let si = 0; si < ss; si++) {
          const x = (i + (si + 0.5) / ss) / size, y = (j + (sj + 0.5) / ss) / size;
          let c = null;
          for (const [shape, color] of layers) if (shape(x, y) <= 0) c = color;
          if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
        }
      }
      const o = (j * size + i) * 4;
      if (a) { px[o] = r / a; px[o + 1] = g / a; px[o + 2] = b / a; px[o + 3] = (255 * a) / (ss * ss); }
    }
  }
  return encodePng(px, size, size);
}

fs.mkdirSync(out, { recursive: true });
for (const size of [16, 32, 48, 128]) {
  fs.writeFileSync(path.join(out, `icon-${size}.png`), render(size));
  console.log(`icon-${size}.png`);
}
