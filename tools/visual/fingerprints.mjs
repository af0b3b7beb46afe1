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
// Variants per retailer: {mark colour on white, white on mark colour} × {cropped, 20 % margin}.
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

/** Renders an SVG; returns grayscale cropped to what is not background, with `margin` (fraction) added back. */
function render(svg, margin, V) {
  const img = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: "DejaVu Sans" } }).render();
  const { width: w, height: h } = img;
  const gray = V.grayOf(img.pixels, w, h);
  const bg = gray[0];
  let x0 = w, y0 = h, x1 = -1, y1 = -1;
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    if (Math.abs(gray[y * w + x] - bg) > 24) {
      x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
    }
  }
  if (x1 < 0) throw new Error("empty rendering");
  const mx = Math.round((x1 - x0 + 1) * margin), my = Math.round((y1 - y0 + 1) * margin);
  const cw = x1 - x0 + 1 + 2 * mx, ch = y1 - y0 + 1 + 2 * my;
  const crop = new Uint8Array(cw * ch).fill(bg);
  for (let y = y0; y <= y1; y++) for (let x = x0; x <= x1; x++) crop[(y - y0 + my) * cw + (x - x0 + mx)] = gray[y * w + x];
  return { gray: crop, w: cw, h: ch };
}

function variants(r) {
  const marks = [];
  for (const slug of ICONS[r.id] ?? []) {
    const icon = Object.values(icons).find((i) => i && i.slug === slug);
    if (!icon) throw new Error(`simple-icons has no ${slug}`);
    marks.push({ kind: `icon:${slug}`, hex: icon.hex, body: (fill) => `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="-2 -2 28 28"><path fill="${fill}" d="${icon.path}"/></svg>` });
  }
  if (!marks.length) {
    marks.push({ kind: "wordmark", hex: "000000", body: (fill) => `<svg xmlns="http://www.w3.org/2000/svg" width="${60 + 44 * r.name.length}" height="140"><text x="30" y="95" font-family="DejaVu Sans" font-weight="bold" font-size="72" fill="${fill}">${esc(r.name)}</text></svg>` });
  }
  const out = [];
  for (const m of marks) {
    for (const [pol, fg, bg] of [["pos", `#${m.hex}`, "#ffffff"], ["neg", "#ffffff", m.hex === "000000" ? "#000000" : `#${m.hex}`]]) {
      const inner = m.body(fg).replace(/^<svg([^>]*)>/, (all) => `${all}<rect x="-100" y="-100" width="10000" height="10000" fill="${bg}"/>`);
      for (const margin of [0, 0.2]) out.push({ name: `${m.kind}:${pol}:m${margin * 100}`, svg: inner, margin });
    }
  }
  return out;
}

const V = loadVisual();
const lines = [];
for (const r of retailers()) {
  for (const v of variants(r)) {
    const { gray, w, h } = render(v.svg, v.margin, V);
    lines.push(`${r.id} ${V.dhash(gray, w, h)} ${v.name}`);
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
