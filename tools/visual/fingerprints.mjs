// Derives the catalog's logo fingerprints (src/visual/fingerprints.txt) — derived data, never
// hand-edited.
//
//   node tools/visual/fingerprints.mjs           write src/visual/fingerprints.txt
//   node tools/visual/fingerprints.mjs --check   exit 1 when the committed file is stale
//
// Sources (dev dependencies, nothing fetched at run time):
//  - simple-icons (CC0-1.0, node_modules/simple-icons/LICENSE.md): the SVG brand marks of the
//    catalog retailers it has (ICONS below). Trademarks stay their owners'; we keep only a 64-bit
//    hash of each rendering, to recognise the mark, which is the purpose it is shown for.
//  - For retailers without a simple-icons entry: their name (`name_en` in retailers.toml) set as a
//    text wordmark in DejaVu Sans Bold (the fonts installed here) — our own rendering, not their
//    logo artwork; it recognises pages that draw the name as a picture in a plain sans-serif font.
// Rendering: @resvg/resvg-js (MPL-2.0). Hash: OmamoriVisual.dhash from extension/content/visual.js,
// the same function the content script uses on the page's pictures.
//
// Plus generic shapes (SHAPES below), which compete with the marks in the matcher.
// Variants per retailer: {mark colour on white, white on mark colour} × {5 %, 25 % margin}, each
// stretched to 64×64 and hashed by OmamoriVisual.hashPixels (which crops to the mark) — the same
// steps the content script applies to a picture on the page.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import * as icons from "simple-icons";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = path.join(repo, "src", "visual", "fingerprints.txt");

// Catalog id → simple-icons slugs (only the retailer's own mark; sub-brands such as Apple Music are not it).
const ICONS = {
  aliexpress: ["aliexpress"],
  apple: ["apple"],
  ebay: ["ebay"],
  etsy: ["etsy"],
  paypal: ["paypal"],
  rakuten: ["rakuten"],
  shopify: ["shopify"],
  target: ["target"],
  uniqlo: ["uniqlo", "uniqlo_ja"],
};

function loadVisual() {
  const src = fs.readFileSync(path.join(repo, "extension", "content", "visual.js"), "utf8");
  const ctx = { performance, setTimeout };
  ctx.globalThis = ctx;
  vm.runInNewContext(src, ctx);
  return ctx.OmamoriVisual;
}

function retailers() {
  const toml = fs.readFileSync(path.join(repo, "src", "catalog", "retailers.toml"), "utf8");
  const list = [];
  for (const block of toml.split("[[retailer]]").slice(1)) {
    const id = /^id = "(.*)"/m.exec(block)?.[1];
    const name = /^name_en = "(.*)"/m.exec(block)?.[1];
    if (id && name) list.push({ id, name });
  }
  return list;
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Renders an SVG stretched to 64×64 (as the content script draws a picture into its canvas) and hashes it. */
function hashOf(svg, V) {
  const img = new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render();
  if (img.width !== 64 || img.height !== 64) throw new Error(`rendered ${img.width}×${img.height}`);
  const h = V.hashPixels(img.pixels, 64, 64);
  if (!h) throw new Error("empty rendering");
  return h;
}

/** The SVG of a mark: `inner` drawn in `fg` on `bg`, its box (x, y, w, h) plus `margin` (fraction) on every side, stretched to 64×64. */
function markSvg(inner, [x, y, w, h], fg, bg, margin) {
  const mx = w * margin, my = h * margin;
  const box = [x - mx, y - my, w + 2 * mx, h + 2 * my];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64" viewBox="${box.join(" ")}" preserveAspectRatio="none">` +
    `<rect x="${box[0]}" y="${box[1]}" width="${box[2]}" height="${box[3]}" fill="${bg}"/>${inner(fg)}</svg>`;
}

function variants(r) {
  const marks = [];
  for (const slug of ICONS[r.id] ?? []) {
    const icon = Object.values(icons).find((i) => i && i.slug === slug);
    if (!icon) throw new Error(`simple-icons has no ${slug}`);
    marks.push({ kind: `icon:${slug}`, hex: icon.hex, box: [0, 0, 24, 24], inner: (fill) => `<path fill="${fill}" d="${icon.path}"/>` });
  }
  if (!marks.length) {
    // A text wordmark: 72 px DejaVu Sans Bold, about 0.68 em per character (the crop makes the box exact).
    const w = Math.ceil(r.name.length * 72 * 0.7);
    marks.push({ kind: "wordmark", hex: "000000", box: [0, 0, w, 100], inner: (fill) => `<text x="0" y="78" font-family="DejaVu Sans" font-weight="bold" font-size="72" fill="${fill}">${esc(r.name)}</text>` });
  }
  const out = [];
  for (const m of marks) {
    const neg = m.hex === "000000" ? "#000000" : `#${m.hex}`;
    for (const [pol, fg, bg] of [["pos", `#${m.hex}`, "#ffffff"], ["neg", "#ffffff", neg]]) {
      for (const margin of [0.05, 0.25]) out.push({ name: `${m.kind}:${pol}:m${Math.round(margin * 100)}`, svg: markSvg(m.inner, m.box, fg, bg, margin) });
    }
  }
  return out;
}

// Generic shapes (id `~shape`): pictures every other site shows (an avatar circle, a spinner ring, a
// square button). A page hash nearest to one of these is no brand's; a retailer mark that is itself
// this plain (a bullseye is a ring) is then recognised only when it is clearly nearer to the mark.
const SHAPES = {
  circle: `<circle cx="12" cy="12" r="11" fill="#000"/>`,
  ring: `<circle cx="12" cy="12" r="9.5" fill="none" stroke="#000" stroke-width="3"/>`,
  "thin-ring": `<circle cx="12" cy="12" r="10.5" fill="none" stroke="#000" stroke-width="1.2"/>`,
  square: `<rect x="1" y="1" width="22" height="22" fill="#000"/>`,
  "rounded-square": `<rect x="1" y="1" width="22" height="22" rx="6" fill="#000"/>`,
  triangle: `<path d="M12 1 23 23H1z" fill="#000"/>`,
  bar: `<rect x="0" y="8" width="24" height="8" rx="2" fill="#000"/>`,
  // The show-password eye next to every password field, outlined and filled.
  eye: `<path d="M1 12s4-7.5 11-7.5S23 12 23 12s-4 7.5-11 7.5S1 12 1 12z" fill="none" stroke="#000" stroke-width="2"/><circle cx="12" cy="12" r="3.5" fill="#000"/>`,
  "eye-filled": `<path d="M1 12s4-7.5 11-7.5S23 12 23 12s-4 7.5-11 7.5S1 12 1 12z" fill="#000"/><circle cx="12" cy="12" r="4" fill="#fff"/><circle cx="12" cy="12" r="2" fill="#000"/>`,
};

const V = loadVisual();
const lines = [];
for (const [name, body] of Object.entries(SHAPES)) {
  for (const [pol, fg, bg] of [["pos", "#000", "#ffffff"], ["neg", "#fff", "#000000"]]) {
    // Swap ink and paper for the negative: the shape's own white details become black.
    const inner = (fill) => (fill === "#000" ? body : body.replaceAll("#fff", "@").replaceAll("#000", "#fff").replaceAll("@", "#000"));
    lines.push(`~shape ${hashOf(markSvg(inner, [0, 0, 24, 24], fg, bg, 0.1), V)} ${name}:${pol}`);
  }
}
for (const r of retailers()) {
  for (const v of variants(r)) {
    lines.push(`${r.id} ${hashOf(v.svg, V)} ${v.name}`);
  }
}
lines.sort();
const text = "# @generated by tools/visual/fingerprints.mjs — do not edit. <retailer id> <dHash hex> <variant>\n" + lines.join("\n") + "\n";
if (process.argv.includes("--check")) {
  const now = fs.existsSync(out) ? fs.readFileSync(out, "utf8") : "";
  if (now !== text) {
    console.error(`${path.relative(repo, out)} is stale: run node tools/visual/fingerprints.mjs`);
    process.exit(1);
  }
  console.log(`${path.relative(repo, out)} is up to date (${lines.length} fingerprints)`);
} else {
  fs.writeFileSync(out, text);
  console.log(`wrote ${path.relative(repo, out)} (${lines.length} fingerprints)`);
}
