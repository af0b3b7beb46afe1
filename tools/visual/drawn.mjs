// A picture as the content script's drawPicture (extension/content/visual.js) draws it over its square,
// for the tools that render with resvg (fixtures.mjs, fingerprints.mjs): first the whole source stretched
// over the square; when that leaves paper around the drawing (visual.js `zoomBox`), the source's part
// inside the box drawn again over the whole square (drawImage with a source rectangle: here the source
// PNG placed so that the box fills the square).
import { Resvg } from "@resvg/resvg-js";

const placed = (png, side, [x, y, w, h]) =>
  `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${side}" height="${side}"><rect width="${side}" height="${side}" fill="#fff"/>` +
  `<image x="${x}" y="${y}" width="${w}" height="${h}" preserveAspectRatio="none" xlink:href="data:image/png;base64,${Buffer.from(png).toString("base64")}"/></svg>`;

/** The whole PNG `png` stretched over `side`² (RGBA), as drawImage(source, 0, 0, side, side) draws it. */
export function stretched(png, side) {
  return new Resvg(placed(png, side, [0, 0, side, side]), { fitTo: { mode: "original" } }).render().pixels;
}

/**
 * The gray square visual.js sends: `first` the RGBA of the source drawn over the whole square, `source()` a
 * PNG of the source (called only when the drawing is zoomed; the finer, the closer to a browser drawing
 * from the source itself). `V` is visual.js's OmamoriVisual.
 */
export function drawnGray(V, side, first, source) {
  const gray = V.grayOf(first, side, side);
  const box = V.zoomBox(gray, side);
  if (!box) return gray;
  const w = (side * side) / (box.x1 - box.x0), h = (side * side) / (box.y1 - box.y0);
  const svg = placed(source(), side, [(-box.x0 * w) / side, (-box.y0 * h) / side, w, h]);
  return V.grayOf(new Resvg(svg, { fitTo: { mode: "original" } }).render().pixels, side, side);
}

/** PNG `png` (w × h), its part `view` [x, y, vw, vh] stretched over `side`² (RGBA), as drawImage with a source rectangle. */
export function viewed(png, side, w, h, [x, y, vw, vh]) {
  const sw = (side * w) / vw, sh = (side * h) / vh;
  return new Resvg(placed(png, side, [(-x * side) / vw, (-y * side) / vh, sw, sh]), { fitTo: { mode: "original" } }).render().pixels;
}

/**
 * The parts of a wide picture as visual.js drawRegions draws them: the source (w × h, its part `view`) read in
 * V.REGION_SLICES bands of the square, V.regionBoxes, each part drawn alone; gray squares (none for a narrow picture).
 */
export function drawnRegions(V, side, png, w, h, max, view = [0, 0, w, h]) {
  const [vx, vy, vw, vh] = view;
  const slices = V.REGION_SLICES;
  if (!(vh > 0 && vw >= V.REGION_ASPECT * vh)) return [];
  const band = side / slices;
  const bands = Array.from({ length: slices }, (_, i) => {
    const x = vx + (i * vw) / slices, k = side / (vw / slices), kh = band / vh;
    return `<svg x="0" y="${i * band}" width="${side}" height="${band}" overflow="hidden"><image x="${-x * k}" y="${-vy * kh}" width="${w * k}" height="${h * kh}" preserveAspectRatio="none" xlink:href="data:image/png;base64,${Buffer.from(png).toString("base64")}"/></svg>`;
  }).join("");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${side}" height="${side}"><rect width="${side}" height="${side}" fill="#fff"/>${bands}</svg>`;
  const gray = V.grayOf(new Resvg(svg, { fitTo: { mode: "original" } }).render().pixels, side, side);
  return V.regionBoxes(gray, side, vw, vh, max)
    .map(([x, y, bw, bh]) => V.grayOf(viewed(png, side, w, h, [vx + x, vy + y, bw, bh]), side, side))
    .filter((g) => !g.every((v) => v === g[0]));
}

/** The part `view` [x, y, vw, vh] of PNG `png` as a PNG of its own (a sprite sheet's icon as the element shows it). */
export function cropped(png, [x, y, vw, vh]) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${vw}" height="${vh}"><image x="${-x}" y="${-y}" xlink:href="data:image/png;base64,${Buffer.from(png).toString("base64")}"/></svg>`;
  return Buffer.from(new Resvg(svg, { fitTo: { mode: "original" } }).render().asPng());
}
