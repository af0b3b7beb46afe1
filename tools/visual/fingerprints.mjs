// Derives the catalog's logo fingerprints — derived data, never hand-edited:
//   src/visual/fingerprints.rs          the hashes, compiled into the engine (u64s, grouped by retailer)
//   docs/catalog-sources.md             the "Logo fingerprints" table between its visual markers
//
//   node tools/visual/fingerprints.mjs           write both
//   node tools/visual/fingerprints.mjs --check   exit 1 when either committed file is stale
//   node tools/visual/fingerprints.mjs --list    print every variant with its hash (for review)
//
// Needs the wasm package (`./build.sh build` → target/wasm/pkg, or OMAMORI_WASM_PKG): every
// rendering is hashed by the engine's own `pictureHash`, the function that hashes the page's
// pictures, after the content script's own `OmamoriVisual.grayOf` (extension/content/visual.js).
//
// Sources (dev dependencies and Debian font packages; nothing is fetched):
//  - simple-icons (CC0-1.0, node_modules/simple-icons/LICENSE.md): the SVG marks of the catalog
//    retailers it has (ICONS). Trademarks stay their owners'; we keep only 64-bit hashes of our
//    renderings, to recognise the mark, which is the purpose it is shown for.
//  - Text wordmarks of every retailer's names (`name_en`, `name_ja` without the parenthesis; the
//    Latin ones also in lower case, as many marks are set, and in capitals in one face), set by us in the fonts of FONTS
//    (fonts-dejavu-core, fonts-dejavu-extra, fonts-liberation, fonts-noto-cjk: Noto Sans and Serif CJK; `./build.sh deps --test`
//    installs them).
//    Our own rendering, not their artwork; it recognises a page that draws the name as a picture.
// Rendering: @resvg/resvg-js (MPL-2.0), system fonts off, the font files named below.
//
// Variants: each mark in its colour on white and white on its colour (the engine hashes the shape,
// so these differ only in anti-aliasing); with a 5 % and a 25 % margin, icons also full-bleed;
// stretched over the square the content script draws into; icons also as a 16 px favicon scaled up
// to that square (as a browser draws a small favicon); icons also as an app tile, turned ±3° and cut 12 %
// short on one side (`iconExtras`). Hashes within 2 bits of another of the same owner are dropped (`distinct`).
// Plus generic shapes (SHAPES, id `~shape`) that compete with the marks in the matcher.
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import * as icons from "simple-icons";
import { drawnGray } from "./drawn.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const OUT = path.join(repo, "src", "visual", "fingerprints.rs");
const DOC = path.join(repo, "docs", "catalog-sources.md");
const PKG = path.resolve(repo, process.env.OMAMORI_WASM_PKG || "target/wasm/pkg");

// Catalog id → simple-icons slugs (only the retailer's own mark; sub-brands such as Apple Music are not it).
const ICONS = {
  aliexpress: ["aliexpress"],
  // Alibaba.com's own mark (simple-icons `alibabadotcom`; not `alibabacloud`, Alibaba Cloud's, another business).
  alibaba: ["alibabadotcom"],
  allegro: ["allegro"],
  "american-express": ["americanexpress"],
  apple: ["apple"],
  ebay: ["ebay"],
  etsy: ["etsy"],
  jcb: ["jcb"],
  line: ["line"],
  // Mercado Pago's mark (the catalog's brand_tokens hold Mercado Pago: one account with Mercado Libre); simple-icons
  // has no Mercado Libre mark.
  mercadolibre: ["mercadopago"],
  // Used once the catalog has the retailer (an id not in the catalog is never looked up); simple-icons has no
  // Microsoft or Flipkart mark, so those are recognised by their wordmarks, derived from the catalog's names.
  netflix: ["netflix"],
  paypal: ["paypal"],
  rakuten: ["rakuten"],
  shopify: ["shopify"],
  // Not Target's bullseye: a disc, a ring and a dot is a generic badge (an orange bullseye of ours came
  // 2 bits from it, nearer than to the generic bullseye shapes); Target is recognised by its wordmarks.
  uniqlo: ["uniqlo", "uniqlo_ja"],
};

// Wordmark fonts: [label, family, file, licence, scripts it sets].
const FONTS = [
  ["dejavu-sans-bold", "DejaVu Sans", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "Bitstream Vera / DejaVu licence (free)", "latin"],
  ["liberation-sans-bold", "Liberation Sans", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf", "SIL OFL 1.1", "latin"],
  ["liberation-serif-bold", "Liberation Serif", "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf", "SIL OFL 1.1", "latin"],
  // Narrow, condensed and slab-serif faces: a kit sets the name in whatever face is at hand, and a wordmark's
  // letter widths move its dHash more than its weight does (the tuning half's misses were these three).
  ["liberation-sans-narrow-bold", "Liberation Sans Narrow", "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf", "SIL OFL 1.1", "latin"],
  ["dejavu-sans-condensed-bold", "DejaVu Sans Condensed", "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf", "Bitstream Vera / DejaVu licence (free)", "latin"],
  ["dejavu-serif-bold", "DejaVu Serif", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf", "Bitstream Vera / DejaVu licence (free)", "latin"],
  ["noto-sans-cjk-bold", "Noto Sans CJK JP", "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", "SIL OFL 1.1", "ja"],
  // Japanese marks are often set in a Mincho (serif) face: 楽天's and many department stores'.
  ["noto-serif-cjk-bold", "Noto Serif CJK JP", "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", "SIL OFL 1.1", "ja"],
];

// The one face names are also set in capitals in (`wordmarks`).
const CAPS_FONT = "liberation-sans-bold";

function loadVisual() {
  const src = fs.readFileSync(path.join(repo, "extension", "content", "visual.js"), "utf8");
  const ctx = { performance, setTimeout, btoa };
  ctx.globalThis = ctx;
  vm.runInNewContext(src, ctx);
  return ctx.OmamoriVisual;
}

async function loadEngine() {
  const glue = path.join(PKG, "omamori.js");
  if (!fs.existsSync(glue)) throw new Error(`${glue} missing: build the wasm package first (./build.sh build)`);
  const engine = await import(pathToFileURL(glue).href);
  engine.initSync({ module: fs.readFileSync(path.join(PKG, "omamori_bg.wasm")) });
  return engine;
}

function retailers() {
  const toml = fs.readFileSync(path.join(repo, "src", "catalog", "retailers.toml"), "utf8");
  const list = [];
  for (const block of toml.split("[[retailer]]").slice(1)) {
    const id = /^id = "(.*)"/m.exec(block)?.[1];
    const en = /^name_en = "(.*)"/m.exec(block)?.[1];
    const ja = /^name_ja = "(.*)"/m.exec(block)?.[1];
    if (id && en) list.push({ id, en, ja: ja ?? en });
  }
  return list;
}

const esc = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const bare = (name) => name.replace(/\s*[（(].*?[)）]\s*/g, " ").trim();
const isLatin = (s) => /^[\x20-\x7e]+$/.test(s);

/**
 * The names set as wordmarks: the English name, lower-cased if different, in capitals if different (in CAPS_FONT
 * only: a name in capitals is a kit's plain way of setting a wordmark — NETFLIX, TEMU, COSTCO — and one face keeps
 * the table small), and the Japanese name if not Latin.
 */
function wordmarks(r) {
  const out = [];
  for (const part of bare(r.en).split(" / ")) {
    out.push({ text: part, script: "latin" });
    if (part.toLowerCase() !== part) out.push({ text: part.toLowerCase(), script: "latin" });
    if (part.toUpperCase() !== part) out.push({ text: part.toUpperCase(), script: "latin", fonts: [CAPS_FONT] });
  }
  const ja = bare(r.ja);
  if (!isLatin(ja)) for (const part of ja.split("・")) out.push({ text: part, script: "ja" });
  return out;
}

const resvgOptions = (font) => ({ fitTo: { mode: "original" }, font: { loadSystemFonts: false, fontFiles: font ? [font[2]] : [], defaultFontFamily: font ? font[1] : "" } });
const resvg = (svg, font) => new Resvg(svg, resvgOptions(font));

/** The SVG of a mark: `inner` drawn in `fg` on `bg`, its box (x, y, w, h) plus `margin` (fraction), stretched to `size`². */
function markSvg(inner, [x, y, w, h], fg, bg, margin, size, height = size) {
  const mx = w * margin, my = h * margin;
  const box = [x - mx, y - my, w + 2 * mx, h + 2 * my];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${height}" viewBox="${box.join(" ")}" preserveAspectRatio="none">` +
    `<rect x="${box[0]}" y="${box[1]}" width="${box[2]}" height="${box[3]}" fill="${bg}"/>${inner(fg)}</svg>`;
}

/** A small picture (PNG) drawn stretched over `side`² by resvg's smooth scaling, as a browser draws a small favicon. */
function upscaled(png, side) {
  const href = `data:image/png;base64,${Buffer.from(png).toString("base64")}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${side}" height="${side}">` +
    `<image width="${side}" height="${side}" preserveAspectRatio="none" xlink:href="${href}"/></svg>`;
}

/** The rendering's hash as the engine hashes a page picture: drawn as visual.js draws it (zoomed to its drawing: drawn.mjs, the source rendered at 4× for that). */
function hashOf(svg, font, ctx) {
  const { V, engine, side } = ctx;
  const img = resvg(svg, font).render();
  if (img.width !== side || img.height !== side) throw new Error(`rendered ${img.width}×${img.height}`);
  const fine = () => new Resvg(svg, { ...resvgOptions(font), fitTo: { mode: "width", value: 4 * side } }).render().asPng();
  return engine.pictureHash(V.encodeGray(drawnGray(V, side, img.pixels, fine))) ?? null;
}

function iconMarks(r) {
  return (ICONS[r.id] ?? []).map((slug) => {
    const icon = Object.values(icons).find((i) => i && i.slug === slug);
    if (!icon) throw new Error(`simple-icons has no ${slug}`);
    return { kind: `icon:${slug}`, hex: `#${icon.hex}`, box: [0, 0, 24, 24], favicon: true, source: `simple-icons \`${slug}\` (CC0-1.0)` };
  }).map((m) => ({ ...m, inner: (fill) => `<path fill="${fill}" d="${(Object.values(icons).find((i) => i && i.slug === m.kind.slice(5))).path}"/>` }));
}

function textMarks(r) {
  const out = [];
  for (const w of wordmarks(r)) {
    for (const font of FONTS.filter((f) => f[4] === w.script && (!w.fonts || w.fonts.includes(f[0])))) {
      const inner = (fill) => `<text x="0" y="100" font-family="${font[1]}" font-weight="bold" font-size="100" fill="${fill}">${esc(w.text)}</text>`;
      const probe = resvg(`<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200">${inner("#000")}</svg>`, font).getBBox();
      if (!probe || !probe.width) throw new Error(`${r.id}: "${w.text}" renders nothing in ${font[1]}`);
      out.push({ kind: `text:${font[0]}:${w.text}`, hex: "#000000", box: [probe.x, probe.y, probe.width, probe.height], inner, font, source: `"${w.text}" in ${font[1]} Bold (${font[3]})` });
    }
  }
  return out;
}

function variants(marks, ctx) {
  const out = [];
  for (const m of marks) {
    // The engine hashes the shape, not the colours (src/visual/shape.rs): the positive and the
    // negative differ only in anti-aliasing; both are kept, near duplicates are dropped (`distinct`).
    const schemes = [["pos", m.hex, "#ffffff"], ["neg", "#ffffff", m.hex === "#ffffff" ? "#000000" : m.hex]];
    // Icons also full-bleed (margin 0): a favicon or app tile fills its square, so a mark that is a
    // box with its letters cut out shows the letters alone.
    for (const [pol, fg, bg] of schemes) {
      for (const margin of m.favicon ? [0, 0.05, 0.25] : [0.05, 0.25]) {
        const name = `${m.kind}:${pol}:m${Math.round(margin * 100)}`;
        out.push({ name, hash: hashOf(markSvg(m.inner, m.box, fg, bg, margin, ctx.side), m.font, ctx) });
        if (m.favicon) {
          const small = resvg(markSvg(m.inner, m.box, fg, bg, margin, 16), m.font).render().asPng();
          out.push({ name: `${name}:favicon16`, hash: hashOf(upscaled(small, ctx.side), null, ctx) });
        }
      }
    }
    if (m.favicon) out.push(...iconExtras(m, ctx));
  }
  return out;
}

/**
 * An icon as kits also show it: white on a rounded tile of its colour on white paper (an app icon: the
 * engine's background is then the paper, so the shape is the tile with the mark cut out, not the mark);
 * turned 3° either way (a tilted screenshot: the crop's corners move); and cut 12 % short on one side
 * (a mark cropped by its box). Each also as a 32 px favicon scaled up.
 */
function iconExtras(m, ctx) {
  const [x, y, w, h] = m.box;
  const tile = () => `<rect x="${x - w * 0.15}" y="${y - h * 0.15}" width="${w * 1.3}" height="${h * 1.3}" rx="${w * 0.3}" fill="${m.hex}"/>${m.inner("#ffffff")}`;
  const turned = (deg) => (fill) => `<g transform="rotate(${deg} ${x + w / 2} ${y + h / 2})">${m.inner(fill)}</g>`;
  const list = [
    ["tile", markSvg(tile, m.box, m.hex, "#ffffff", 0.2, ctx.side), markSvg(tile, m.box, m.hex, "#ffffff", 0.2, 32)],
    ...[3, -3].map((deg) => [`turn${deg}`, markSvg(turned(deg), m.box, m.hex, "#ffffff", 0.1, ctx.side), markSvg(turned(deg), m.box, m.hex, "#ffffff", 0.1, 32)]),
    ...[["cut-right", [x, y, w * 0.88, h]], ["cut-left", [x + w * 0.12, y, w * 0.88, h]]]
      .map(([cut, box]) => [cut, markSvg(m.inner, box, m.hex, "#ffffff", 0, ctx.side), markSvg(m.inner, box, m.hex, "#ffffff", 0, 32)]),
  ];
  return list.flatMap(([name, big, small]) => [
    { name: `${m.kind}:${name}`, hash: hashOf(big, null, ctx) },
    { name: `${m.kind}:${name}:favicon32`, hash: hashOf(upscaled(resvg(small, null).render().asPng(), ctx.side), null, ctx) },
  ]);
}

// Generic shapes (id `~shape`): pictures every other site shows (an avatar circle, a spinner ring, a
// square button). A page picture nearest to one of these is no brand's; a retailer mark that is itself
// this plain (a bullseye is a ring) is then recognised only when it is clearly nearer to the mark.
const SHAPES = {
  circle: `<circle cx="12" cy="12" r="11" fill="#000"/>`,
  ring: `<circle cx="12" cy="12" r="9.5" fill="none" stroke="#000" stroke-width="3"/>`,
  "thin-ring": `<circle cx="12" cy="12" r="10.5" fill="none" stroke="#000" stroke-width="1.2"/>`,
  square: `<rect x="1" y="1" width="22" height="22" fill="#000"/>`,
  "rounded-square": `<rect x="1" y="1" width="22" height="22" rx="6" fill="#000"/>`,
  // A bullseye (a disc, a ring, a dot) is a common badge (archery, darts, "goal" apps).
  bullseye: `<circle cx="12" cy="12" r="11" fill="#000"/><circle cx="12" cy="12" r="7" fill="#fff"/><circle cx="12" cy="12" r="3.5" fill="#000"/>`,
  "bullseye-wide": `<circle cx="12" cy="12" r="11" fill="#000"/><circle cx="12" cy="12" r="8" fill="#fff"/><circle cx="12" cy="12" r="5" fill="#000"/>`,
  triangle: `<path d="M12 1 23 23H1z" fill="#000"/>`,
  bar: `<rect x="0" y="8" width="24" height="8" rx="2" fill="#000"/>`,
  // The show-password eye next to every password field, outlined and filled.
  eye: `<path d="M1 12s4-7.5 11-7.5S23 12 23 12s-4 7.5-11 7.5S1 12 1 12z" fill="none" stroke="#000" stroke-width="2"/><circle cx="12" cy="12" r="3.5" fill="#000"/>`,
  "eye-filled": `<path d="M1 12s4-7.5 11-7.5S23 12 23 12s-4 7.5-11 7.5S1 12 1 12z" fill="#000"/><circle cx="12" cy="12" r="4" fill="#fff"/><circle cx="12" cy="12" r="2" fill="#000"/>`,
};

function shapeVariants(ctx) {
  const out = [];
  for (const [name, body] of Object.entries(SHAPES)) {
    for (const [pol, fg, bg] of [["pos", "#000", "#ffffff"], ["neg", "#fff", "#000000"]]) {
      // Swap ink and paper for the negative: the shape's own white details become black.
      const inner = (fill) => (fill === "#000" ? body : body.replaceAll("#fff", "@").replaceAll("#000", "#fff").replaceAll("@", "#000"));
      out.push({ name: `${name}:${pol}`, hash: hashOf(markSvg(inner, [0, 0, 24, 24], fg, bg, 0.1, ctx.side), null, ctx) });
    }
  }
  return out;
}

/** Every owner (`~shape`, then catalog ids) with its variants and sources. */
export async function derive(override = {}) {
  const engine = override.engine ?? (await loadEngine());
  const ctx = { V: loadVisual(), engine, side: override.side ?? engine.rules().limits.visual_side };
  const owners = [{ id: "~shape", sources: ["generic shapes drawn by the tool"], variants: shapeVariants(ctx) }];
  for (const r of retailers()) {
    const marks = [...iconMarks(r), ...textMarks(r)];
    owners.push({ id: r.id, sources: marks.map((m) => m.source), variants: variants(marks, ctx) });
  }
  return owners;
}

const bitsApart = (a, b) => {
  let x = BigInt("0x" + a) ^ BigInt("0x" + b), n = 0;
  for (; x; x &= x - 1n) n++;
  return n;
};

/** An owner's hashes, sorted, without blanks and near duplicates (within 2 bits of a kept one: the match threshold absorbs it; 3 bits lost a logo in each set). */
export function distinct(variants) {
  const kept = [];
  for (const h of [...new Set(variants.map((v) => v.hash).filter(Boolean))].sort()) {
    if (kept.every((k) => bitsApart(k, h) > 2)) kept.push(h);
  }
  return kept;
}

const MARGIN = 5; // src/visual/mod.rs MARGIN

/**
 * The hashes kept for each owner (id → { marks, words }): distinct; words (text wordmarks, matched
 * more strictly: src/visual/mod.rs WORD_PENALTY) without those a mark of the owner already has; and
 * for a retailer none within MARGIN bits of a generic shape. Such a rendering (a lettered box shrunk
 * to a 16 px favicon is a blob) can never name its retailer — the shape is as near — but it would
 * veto every other retailer's match nearby.
 */
export function kept(owners) {
  const shapes = distinct(owners.find((o) => o.id === "~shape")?.variants ?? []);
  const notShape = (h) => shapes.every((x) => bitsApart(x, h) >= MARGIN);
  return new Map(owners.map((o) => {
    if (o.id === "~shape") return [o.id, { marks: shapes, words: [] }];
    const marks = distinct(o.variants.filter((v) => !v.name.startsWith("text:"))).filter(notShape);
    const words = distinct(o.variants.filter((v) => v.name.startsWith("text:"))).filter(notShape).filter((h) => marks.every((m) => bitsApart(m, h) > 1));
    return [o.id, { marks, words }];
  }));
}

const count = (k) => k.marks.length + k.words.length;

/** The Rust source: per owner (in order) how many kept hashes of its marks and of its wordmarks, and all the
 *  hashes in one array in that order (no per-owner slices: 12 bytes an owner instead of 24 in the WASM). */
export function rustSource(owners) {
  const keep = kept(owners);
  const lines = [
    "// @generated by tools/visual/fingerprints.mjs — do not edit. Sources: docs/catalog-sources.md \"Logo fingerprints\".",
    "//! The compiled-in logo fingerprints: per owner (a catalog id or `~shape`) the number of dHashes of its marks",
    "//! and of its text wordmarks, in `OWNERS`; the hashes themselves in `HASHES`, owner after owner, marks first.",
    "",
    "#[rustfmt::skip]",
    "pub(super) static OWNERS: &[(&str, u16, u16)] = &[",
  ];
  for (const o of owners) {
    const { marks, words } = keep.get(o.id);
    lines.push(`    (${JSON.stringify(o.id)}, ${marks.length}, ${words.length}),`);
  }
  lines.push("];", "", "#[rustfmt::skip]", "pub(super) static HASHES: &[u64] = &[");
  const rows = (hashes) => {
    for (let i = 0; i < hashes.length; i += 6) lines.push("    " + hashes.slice(i, i + 6).map((h) => `0x${h},`).join(" "));
  };
  for (const o of owners) {
    const { marks, words } = keep.get(o.id);
    if (marks.length + words.length === 0) continue;
    lines.push(`    // ${o.id}`);
    rows(marks);
    if (marks.length && words.length) lines.push(`    // ${o.id}: wordmarks`);
    rows(words);
  }
  lines.push("];", "");
  return lines.join("\n");
}

const BEGIN = "<!-- visual-fingerprints:begin (generated by tools/visual/fingerprints.mjs) -->";
const END = "<!-- visual-fingerprints:end -->";

/** The docs table: per retailer, what its fingerprints were rendered from, with the licence. */
export function docTable(owners) {
  const keep = kept(owners);
  const rows = owners.filter((o) => o.id !== "~shape").map((o) => {
    const n = count(keep.get(o.id));
    return `| \`${o.id}\` | ${n} | ${[...new Set(o.sources)].join("; ")} |`;
  });
  return [BEGIN, "| retailer | fingerprints | rendered from (licence) |", "|---|---|---|", ...rows, END].join("\n");
}

function withDoc(doc, table) {
  const a = doc.indexOf(BEGIN), b = doc.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${path.relative(repo, DOC)}: markers ${BEGIN} … ${END} missing`);
  return doc.slice(0, a) + table + doc.slice(b + END.length);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const owners = await derive();
  if (process.argv.includes("--list")) {
    for (const o of owners) for (const v of o.variants) console.log(`${o.id} ${v.hash ?? "(blank)"} ${v.name}`);
    process.exit(0);
  }
  const rust = rustSource(owners);
  const doc = fs.readFileSync(DOC, "utf8");
  const docNew = withDoc(doc, docTable(owners));
  const total = [...kept(owners).values()].reduce((n, k) => n + count(k), 0);
  if (process.argv.includes("--check")) {
    const stale = [[OUT, rust], [DOC, docNew]].filter(([f, want]) => !fs.existsSync(f) || fs.readFileSync(f, "utf8") !== want);
    if (stale.length) {
      console.error(`${stale.map(([f]) => path.relative(repo, f)).join(", ")} stale: run node tools/visual/fingerprints.mjs`);
      process.exit(1);
    }
    console.log(`fingerprints up to date (${total})`);
  } else {
    fs.writeFileSync(OUT, rust);
    fs.writeFileSync(DOC, docNew);
    console.log(`wrote ${path.relative(repo, OUT)} (${total} fingerprints) and the table in ${path.relative(repo, DOC)}`);
  }
}
