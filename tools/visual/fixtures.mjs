// Writes the brand-as-a-picture fixtures (issue 10 item 4), our own pages and logos, never copied:
//   tests/e2e/fixtures/visual/*.html   sign-in pages whose only brand evidence is a picture, one per
//                                       technique — <img> PNG data URL, inline <svg>, <canvas>, CSS
//                                       background image, favicon only — with a generic title; and a
//                                       false-alarm group of unrelated sign-in pages with their own logos
//   tests/cases/visual.txt              each fixture's pictures as the content script draws them (64×64
//                                       gray, base64; here rendered by resvg; a wide picture's parts on rows of
//                                       their own, under the same name), with the expected owner:
//                                       read by tests/visual.rs (native and wasm) and tools/visual/roc.mjs
//
//   node tools/visual/fixtures.mjs           write them
//   node tools/visual/fixtures.mjs --check   exit 1 when a committed file is stale
//
// The attacker's pictures are deliberately not the fingerprint renderings: other colours (a
// four-colour eBay mark), other sizes and margins, fonts the fingerprints were not rendered in
// (Liberation Sans Narrow, DejaVu Serif, DejaVu Sans Condensed, Noto Serif CJK), a smile arrow
// under a wordmark. The false-alarm logos are near misses drawn to look like retailer marks at a
// glance (an orange arrow under a word, a red bullseye, a green speech bubble, a pear, "amazing").
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Resvg } from "@resvg/resvg-js";
import * as icons from "simple-icons";
import { jpegArtefacts } from "./jpeg-artefacts.mjs";
import { encodePng } from "../png-encode.mjs";
import { cropped, drawnGray, drawnRegions, stretched } from "./drawn.mjs";
import { heldback23 } from "./heldback23.mjs";
import { heldback4 } from "./heldback4.mjs";
import { heldback5, pageParts, PAPER, TRANSPARENT } from "./heldback5.mjs";
import { heldback6, pageParts6 } from "./heldback6.mjs";
import { heldback7 } from "./heldback7.mjs";
import { heldback8, pageParts8 } from "./heldback8.mjs";
import { heldback9, pageParts9 } from "./heldback9.mjs";
import { heldback10, pageParts10 } from "./heldback10.mjs";
import { strips, pageStrips } from "./strips.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const DIR = path.join(repo, "tests", "e2e", "fixtures", "visual");
const TABLE = path.join(repo, "tests", "cases", "visual.txt");
const SIDE = 64; // RULES.limits.visual_side (tests/visual.rs checks the table's pictures have that size)
export const REGIONS = 3; // RULES.limits.visual_regions (tests/js/visual.test.mjs checks they agree)

const F = {
  narrow: "/usr/share/fonts/truetype/liberation/LiberationSansNarrow-Bold.ttf",
  serif: "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
  condensed: "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
  sans: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
  libsans: "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
  cjkserif: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc",
  cjksans: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
  serifregular: "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
  sansregular: "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
  italic: "/usr/share/fonts/truetype/liberation/LiberationSans-BoldItalic.ttf",
  serifcondensed: "/usr/share/fonts/truetype/dejavu/DejaVuSerifCondensed-Bold.ttf",
  dejavuregular: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  cjkregular: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
};
const FAMILY = {
  narrow: "Liberation Sans Narrow", serif: "DejaVu Serif", condensed: "DejaVu Sans Condensed", sans: "DejaVu Sans",
  libsans: "Liberation Sans", cjkserif: "Noto Serif CJK JP", cjksans: "Noto Sans CJK JP",
  serifregular: "Liberation Serif", sansregular: "Liberation Sans", italic: "Liberation Sans", serifcondensed: "DejaVu Serif Condensed",
  dejavuregular: "DejaVu Sans", cjkregular: "Noto Sans CJK JP",
};
// The weight and style each font file is set in (default bold).
const WEIGHT = { serifregular: "normal", sansregular: "normal", cjkregular: "normal", dejavuregular: "normal" };

const icon = (slug) => {
  const i = Object.values(icons).find((x) => x && x.slug === slug);
  if (!i) throw new Error(`simple-icons has no ${slug}`);
  return i.path;
};

function loadVisual() {
  const ctx = { performance, setTimeout, btoa };
  ctx.globalThis = ctx;
  vm.runInNewContext(fs.readFileSync(path.join(repo, "extension", "content", "visual.js"), "utf8"), ctx);
  return ctx.OmamoriVisual;
}

const render = (svg, font) =>
  new Resvg(svg, { fitTo: { mode: "original" }, font: { loadSystemFonts: false, fontFiles: font ? [F[font]] : [], defaultFontFamily: font ? FAMILY[font] : "" } }).render();

const svgDoc = (w, h, body, bg = "#fff") =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">${bg ? `<rect width="${w}" height="${h}" fill="${bg}"/>` : ""}${body}</svg>`;

/** An icon path (24×24 box) placed at (x, y) scaled to `s` px. */
const placed = (d, x, y, s, fill) => `<path transform="translate(${x} ${y}) scale(${s / 24})" fill="${fill}" d="${d}"/>`;
const text = (t, x, y, size, fill, font) => `<text x="${x}" y="${y}" font-family="${FAMILY[font]}" font-weight="${WEIGHT[font] ?? "bold"}"${font === "italic" ? ' font-style="italic"' : ""} font-size="${size}" fill="${fill}">${t}</text>`;
/** `body` turned by `deg` degrees about (cx, cy) (a kit's tilted screenshot). */
const tilted = (deg, cx, cy, body) => `<g transform="rotate(${deg} ${cx} ${cy})">${body}</g>`;
/** `body` blurred as a re-saved JPEG's edges are (a Gaussian of `sd` px). */
const blurred = (sd, body) => `<defs><filter id="jb" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="${sd}"/></filter></defs><g filter="url(#jb)">${body}</g>`;

// A canvas that the page draws text on with `fillText` / `strokeText` in a CSS font (`css`), and the same
// drawing as SVG for resvg in the font file the browser's fontconfig picks for it (`font`, a key of F: Arial
// is Liberation Sans, Georgia and serif DejaVu Serif, sans-serif and Verdana DejaVu Sans). `ops`: texts in
// order, each { t, x, y, size, fill } or { …, stroke, width }; `bg`: a fillRect of the whole canvas first.
const CSS = { libsans: "Arial", serif: "Georgia", sans: "sans-serif", serifregular: "'Times New Roman'", dejavuregular: "Verdana", narrow: "'Arial Narrow'" };
function canvasText(font, ops, bg) {
  const svg = (bg ? `<rect width="100%" height="100%" fill="${bg}"/>` : "") + ops.map((o) => o.stroke
    ? text(o.t, o.x, o.y, o.size, "none", font).replace("<text ", `<text stroke="${o.stroke}" stroke-width="${o.width}" `)
    : text(o.t, o.x, o.y, o.size, o.fill, font)).join("");
  const weight = WEIGHT[font] ?? "bold";
  const draw = ops.map((o) => ({ ...o, css: `${weight === "bold" ? "bold " : ""}${o.size}px ${CSS[font]}` }));
  return { svg, draw, bg };
}

// The logos: [name, expected owner or null, technique, w, h, svg body, font]. Techniques: img (PNG
// data URL), svg (inline; paths only, so that the browser draws what resvg draws), canvas (Path2D
// of the icon), css (PNG data URL as a background image), favicon (PNG data URL, the page's only picture).
export const LOGOS = [
  ["img-paypal", "paypal", "img", 96, 96, placed(icon("paypal"), 14, 14, 68, "#003087")],
  ["img-amazon-smile", "amazon", "img", 220, 72, text("amazon", 8, 46, 52, "#111", "narrow") +
    `<path d="M20 54 Q105 78 190 54" fill="none" stroke="#f90" stroke-width="7" stroke-linecap="round"/><path d="M178 46 L198 52 L184 66 Z" fill="#f90"/>`, "narrow"],
  ["img-rakuten-ja", "rakuten", "img", 160, 80, text("楽天", 12, 62, 60, "#bf0000", "cjkserif"), "cjkserif"],
  ["img-yahoo-condensed", "yahoo-japan", "img", 300, 64, text("Yahoo! JAPAN", 6, 48, 44, "#ff0033", "condensed"), "condensed"],
  ["svg-ebay-four-colours", "ebay", "svg", 120, 48, `<defs><linearGradient id="g" x1="0" x2="1"><stop offset="0.27" stop-color="#e53238"/><stop offset="0.27" stop-color="#0064d2"/><stop offset="0.52" stop-color="#0064d2"/><stop offset="0.52" stop-color="#f5af02"/><stop offset="0.76" stop-color="#f5af02"/><stop offset="0.76" stop-color="#86b817"/></linearGradient></defs>` +
    `<path transform="translate(8 -12) scale(4.4)" fill="url(#g)" d="${icon("ebay")}"/>`],
  ["svg-apple", "apple", "svg", 44, 44, placed(icon("apple"), 4, 4, 36, "#000")],
  ["canvas-rakuten", "rakuten", "canvas", 80, 80, placed(icon("rakuten"), 8, 8, 64, "#bf0000")],
  ["canvas-jcb", "jcb", "canvas", 90, 60, placed(icon("jcb"), 15, 0, 60, "#0b4ea2")],
  ["css-mercari-serif", "mercari", "css", 200, 60, text("mercari", 6, 44, 40, "#ff0211", "serif"), "serif"],
  ["css-amex", "american-express", "css", 72, 72, placed(icon("americanexpress"), 6, 6, 60, "#2e77bc")],
  ["favicon-line", "line", "favicon", 32, 32, placed(icon("line"), 2, 2, 28, "#06c755")],
  ["favicon-uniqlo", "uniqlo", "favicon", 16, 16, placed(icon("uniqlo"), 0, 0, 16, "#ff0000")],
  // A kit author's variants (tuning half): rescaled, padded on a coloured picture, inverted,
  // multi-colour, serif, symbol beside the word, a 16 px favicon.
  ["img-paypal-small", "paypal", "img", 24, 24, placed(icon("paypal"), 2, 2, 20, "#003087")],
  ["img-apple-padded", "apple", "img", 160, 90, `<rect width="160" height="90" fill="#eef2f7"/>` + placed(icon("apple"), 62, 28, 34, "#555")],
  ["svg-line-inverted", "line", "svg", 60, 60, `<rect width="60" height="60" rx="12" fill="#06c755"/>` + placed(icon("line"), 8, 8, 44, "#fff")],
  ["img-ebay-on-yellow", "ebay", "img", 150, 70, `<rect width="150" height="70" fill="#fff4c2"/>` + placed(icon("ebay"), 25, -15, 100, "#0064d2")],
  ["img-amazon-on-navy", "amazon", "img", 200, 64, `<rect width="200" height="64" fill="#232f3e"/>` + text("amazon", 14, 42, 40, "#fff", "sans"), "sans"],
  ["img-rakuten-serif", "rakuten", "img", 220, 64, text("Rakuten", 8, 46, 44, "#bf0000", "serif"), "serif"],
  ["img-paypal-symbol-word", "paypal", "img", 250, 64, placed(icon("paypal"), 6, 8, 48, "#003087") + text("PayPal", 70, 46, 40, "#003087", "libsans"), "libsans"],
  ["img-mercari-two-colours", "mercari", "img", 220, 60, text("mer", 6, 44, 42, "#ff0211", "sans") + text("cari", 90, 44, 42, "#0095ee", "sans"), "sans"],
  ["favicon-amex-16", "american-express", "favicon", 16, 16, placed(icon("americanexpress"), 0, 0, 16, "#2e77bc")],
  ["favicon-paypal-16", "paypal", "favicon", 16, 16, placed(icon("paypal"), 1, 1, 14, "#003087")],
  // False alarms: unrelated sign-in pages with their own logos.
  ["fa-img-ebuy-four-colours", null, "img", 150, 60, text("e", 6, 44, 44, "#e53238", "sans") + text("b", 32, 44, 44, "#0064d2", "sans") + text("u", 62, 44, 44, "#f5af02", "sans") + text("y", 92, 44, 44, "#86b817", "sans"), "sans"],
  ["fa-favicon-red-square-letters", null, "favicon", 16, 16, `<rect width="16" height="16" fill="#e00"/><path fill="#fff" d="M2 3h2v7h2V3h2v9H2z M9 3h5v2h-3v1h3v2h-3v4H9z"/>`],
  ["fa-img-p-badge-word", null, "img", 250, 64, `<rect x="6" y="8" width="48" height="48" rx="10" fill="#1b4dbd"/><path d="M20 18h12a9 9 0 0 1 0 18h-6v10h-6z M26 24v6h6a3 3 0 0 0 0-6z" fill="#fff" fill-rule="evenodd"/>` + text("Paybox", 70, 46, 40, "#1b4dbd", "libsans"), "libsans"],
  ["fa-svg-green-chat-tile", null, "svg", 60, 60, `<rect width="60" height="60" rx="12" fill="#2bb24c"/><path fill="#fff" d="M30 12c-11 0-19 7-19 15 0 7 6 13 15 14l-1 7 8-7c9-2 16-7 16-14 0-8-8-15-19-15z"/>`],
  ["fa-img-navy-word", null, "img", 200, 64, `<rect width="200" height="64" fill="#232f3e"/>` + text("amiga", 14, 42, 40, "#fff", "sans"), "sans"],
  ["fa-img-shopnow-arrow", null, "img", 220, 72, text("shopnow", 8, 44, 44, "#222", "libsans") +
    `<path d="M14 54 Q105 76 196 52" fill="none" stroke="#ff9900" stroke-width="7" stroke-linecap="round"/><path d="M186 44 L204 50 L190 64 Z" fill="#ff9900"/>`, "libsans"],
  ["fa-img-orange-o", null, "img", 64, 64, `<circle cx="32" cy="32" r="28" fill="#f60"/><circle cx="32" cy="32" r="13" fill="none" stroke="#fff" stroke-width="7"/>`],
  ["fa-svg-blue-p", null, "svg", 56, 56, `<circle cx="28" cy="28" r="26" fill="#1a4db3"/><path d="M20 14h11a8 8 0 0 1 0 16h-5v12h-6z M26 19v6h5a3 3 0 0 0 0-6z" fill="#fff" fill-rule="evenodd"/>`],
  ["fa-css-red-r", null, "css", 64, 64, `<rect x="4" y="4" width="56" height="56" rx="14" fill="#c00"/><path d="M22 14h14a10 10 0 0 1 3 19.5L48 50h-8l-8-15h-3v15h-7z M29 21v8h7a4 4 0 0 0 0-8z" fill="#fff" fill-rule="evenodd"/>`],
  ["fa-canvas-green-bubble", null, "canvas", 64, 64, `<path fill="#2db24a" d="M32 8C17 8 6 17 6 29c0 10 8 18 19 20l-3 9 11-8c15-1 25-10 25-21C58 17 47 8 32 8z"/><path fill="#fff" d="M18 24h4v12h7v3H18z M33 24h4v15h-4z"/>`],
  ["fa-svg-pear", null, "svg", 48, 56, `<path d="M24 12c-5 0-7 6-8 11-1 4-6 8-6 16 0 9 6 14 14 14s14-5 14-14c0-8-5-12-6-16-1-5-3-11-8-11z" fill="#6a3"/><path d="M24 12c0-4 2-7 5-9" stroke="#630" stroke-width="2" fill="none"/>`],
  ["fa-favicon-red-dot-ring", null, "favicon", 32, 32, `<circle cx="16" cy="16" r="15" fill="#d11"/><circle cx="16" cy="16" r="10" fill="#fff"/><circle cx="16" cy="16" r="6" fill="#d11"/><rect x="15" y="0" width="2" height="32" fill="#fff"/>`],
  ["fa-img-amazing", null, "img", 240, 64, text("amazing", 6, 46, 48, "#111", "libsans"), "libsans"],
  ["fa-css-mercury", null, "css", 220, 60, text("mercury", 6, 44, 42, "#e4002b", "sans"), "sans"],
  ["fa-img-himawari-ja", null, "img", 260, 64, text("ひまわり銀行", 6, 48, 40, "#e8a000", "cjkserif"), "cjkserif"],
  ["fa-img-rakuda", null, "img", 200, 60, text("Rakuda", 6, 44, 42, "#b00", "serif"), "serif"],
  ["fa-svg-star-badge", null, "svg", 56, 56, `<path d="M28 3l7 15 16 2-12 11 3 16-14-8-14 8 3-16L5 20l16-2z" fill="#f5a623"/>`],
  ["fa-img-paystar", null, "img", 220, 60, text("Paystar", 6, 44, 42, "#0a2a8a", "libsans"), "libsans"],
  ["fa-canvas-teal-leaf", null, "canvas", 64, 64, `<path fill="#0a9396" d="M10 54C10 24 30 8 56 8c0 28-16 46-46 46z"/><path d="M12 52L44 20" stroke="#fff" stroke-width="3"/>`],

  // Canvas text (tuning): the name drawn by the page with fillText / strokeText in a system font, on canvases
  // wider than the word, with a background, stroked, small on the default 300×150 canvas.
  ["canvas-text-rakuten-georgia", "rakuten", "canvas-text", 240, 56, canvasText("serif", [{ t: "Rakuten", x: 6, y: 40, size: 34, fill: "#bf0000" }]), "serif"],
  ["canvas-text-paypal-stroke", "paypal", "canvas-text", 200, 60, canvasText("libsans", [{ t: "PayPal", x: 8, y: 44, size: 40, stroke: "#003087", width: 2 }]), "libsans"],
  ["canvas-text-mercari-on-dark", "mercari", "canvas-text", 180, 48, canvasText("sans", [{ t: "mercari", x: 10, y: 34, size: 28, fill: "#fff" }], "#222"), "sans"],
  ["canvas-text-ebay-default-size", "ebay", "canvas-text", 300, 150, canvasText("libsans", [{ t: "ebay", x: 12, y: 44, size: 30, fill: "#0064d2" }]), "libsans"],
  ["canvas-text-walmart-verdana", "walmart", "canvas-text", 220, 44, canvasText("dejavuregular", [{ t: "Walmart", x: 4, y: 32, size: 28, fill: "#0071ce" }]), "dejavuregular"],
  ["canvas-text-etsy-times", "etsy", "canvas-text", 140, 70, canvasText("serifregular", [{ t: "Etsy", x: 10, y: 50, size: 46, fill: "#f1641e" }]), "serifregular"],
  ["fa-canvas-text-rakumo", null, "canvas-text", 240, 56, canvasText("serif", [{ t: "Rakumo", x: 6, y: 40, size: 34, fill: "#bf0000" }]), "serif"],
  ["fa-canvas-text-paylite-stroke", null, "canvas-text", 220, 60, canvasText("libsans", [{ t: "PayLite", x: 8, y: 44, size: 40, stroke: "#003087", width: 2 }]), "libsans"],
  ["fa-canvas-text-mercado-on-dark", null, "canvas-text", 180, 48, canvasText("sans", [{ t: "mercado", x: 10, y: 34, size: 28, fill: "#fff" }], "#222"), "sans"],
  ["fa-canvas-text-ebox-default-size", null, "canvas-text", 300, 150, canvasText("libsans", [{ t: "ebox", x: 12, y: 44, size: 30, fill: "#0064d2" }]), "libsans"],

  // Marks on tiles (tuning, written after the tile step of src/visual/tile.rs, as its second variants: other
  // retailers, other tiles and margins, a word on a tile), and one-letter or one-word tiles that are nobody's.
  ["tile-apple-white-on-black-app-icon", "apple", "img", 96, 96, `<rect x="8" y="8" width="80" height="80" rx="18" fill="#111"/>` + placed(icon("apple"), 28, 26, 40, "#fff")],
  ["tile-mercadolibre-white-on-blue-card", "mercadolibre", "img", 120, 84, `<rect width="120" height="84" rx="10" fill="#2d3277"/>` + placed(icon("mercadopago"), 26, 8, 68, "#fff")],
  ["tile-walmart-word-white-on-blue", "walmart", "img", 180, 60, `<rect x="4" y="4" width="172" height="52" rx="8" fill="#0071ce"/>` + text("Walmart", 22, 40, 30, "#fff", "libsans"), "libsans"],
  ["fa-tile-white-a-on-black", null, "img", 96, 96, `<rect x="8" y="8" width="80" height="80" rx="18" fill="#111"/>` + text("A", 30, 68, 52, "#fff", "libsans"), "libsans"],
  ["fa-tile-white-m-on-blue", null, "img", 64, 64, `<rect width="64" height="64" rx="12" fill="#1565c0"/>` + text("M", 12, 46, 40, "#fff", "sans"), "sans"],
  ["fa-tile-walnut-word-white-on-blue", null, "img", 180, 60, `<rect x="4" y="4" width="172" height="52" rx="8" fill="#0071ce"/>` + text("Walnut", 26, 40, 30, "#fff", "libsans"), "libsans"],

  // Held back: written once with the tuning half, never tuned on (tools/visual/roc.mjs reports them apart).
  ["hb-img-paypal-dark", "paypal", "img", 80, 80, `<rect width="80" height="80" fill="#001c64"/>` + placed(icon("paypal"), 10, 10, 60, "#fff")],
  ["hb-img-apple-small", "apple", "img", 28, 28, placed(icon("apple"), 2, 2, 24, "#888")],
  ["hb-svg-ebay-two-colours", "ebay", "svg", 100, 100, `<defs><linearGradient id="h" x1="0" x2="1"><stop offset="0.5" stop-color="#e53238"/><stop offset="0.5" stop-color="#0064d2"/></linearGradient></defs>` + placed(icon("ebay"), 4, 4, 92, "url(#h)")],
  ["hb-img-amazon-condensed-swoosh", "amazon", "img", 230, 80, text("amazon", 8, 44, 48, "#111", "condensed") + `<path d="M16 62 Q110 82 200 60" fill="none" stroke="#f90" stroke-width="6" stroke-linecap="round"/>`, "condensed"],
  ["hb-img-rakuten-ja-regular", "rakuten", "img", 150, 76, text("楽天", 10, 60, 58, "#bf0000", "cjksans"), "cjksans"],
  ["hb-img-mercari-narrow", "mercari", "img", 200, 60, text("mercari", 6, 44, 44, "#ff0211", "narrow"), "narrow"],
  ["hb-css-jcb-on-grey", "jcb", "css", 100, 70, `<rect width="100" height="70" fill="#e6e6e6"/>` + placed(icon("jcb"), 20, 5, 60, "#0b4ea2")],
  ["hb-favicon-line-16", "line", "favicon", 16, 16, placed(icon("line"), 0, 0, 16, "#06c755")],
  ["hb-img-uniqlo-48", "uniqlo", "img", 48, 48, placed(icon("uniqlo"), 0, 0, 48, "#ff0000")],
  ["hb-img-shopify-symbol-word", "shopify", "img", 260, 64, placed(icon("shopify"), 6, 8, 48, "#95bf47") + text("shopify", 64, 46, 40, "#222", "condensed"), "condensed"],
  ["hb-canvas-etsy", "etsy", "canvas", 64, 64, placed(icon("etsy"), 4, 4, 56, "#f1641e")],
  ["hb-img-yahoo-serif", "yahoo-japan", "img", 300, 64, text("Yahoo! JAPAN", 6, 46, 40, "#ff0033", "serif"), "serif"],
  ["hb-fa-img-ebony", null, "img", 200, 60, text("ebony", 6, 44, 44, "#c0142a", "sans"), "sans"],
  ["hb-fa-favicon-green-n", null, "favicon", 16, 16, `<rect width="16" height="16" rx="3" fill="#1a9b3c"/><path fill="#fff" d="M4 3h2l4 6V3h2v10h-2L6 7v6H4z"/>`],
  ["hb-fa-img-rakusei", null, "img", 220, 64, text("Rakusei", 8, 46, 44, "#a00", "serif"), "serif"],
  ["hb-fa-svg-orange-a-badge", null, "svg", 56, 56, `<circle cx="28" cy="28" r="26" fill="#f57c00"/><path fill="#fff" d="M28 12l12 30h-6l-2.5-7h-7l-2.5 7h-6z M28 22l-2 8h4z" fill-rule="evenodd"/>`],
  ["hb-fa-img-paywave-icon-word", null, "img", 250, 64, `<circle cx="30" cy="32" r="24" fill="#0a7"/><path d="M18 32q6-10 12 0t12 0" stroke="#fff" stroke-width="4" fill="none"/>` + text("PayWave", 64, 46, 38, "#0a7", "sans"), "sans"],
  ["hb-fa-img-green-bag", null, "img", 64, 64, `<path fill="#5a9e3a" d="M14 22h36l-3 34H17z"/><path d="M24 22v-6a8 8 0 0 1 16 0v6" fill="none" stroke="#5a9e3a" stroke-width="4"/>`],
  ["hb-fa-img-star-shop-ja", null, "img", 240, 64, text("ほしぞら商店", 6, 48, 38, "#3355aa", "cjkserif"), "cjkserif"],
  ["hb-fa-css-grey-box-lettering", null, "css", 72, 72, `<rect x="6" y="6" width="60" height="60" fill="#777"/><path fill="#fff" d="M14 28h10v3h-7v3h6v3h-6v5h-3z M28 28h3v11h6v3h-9z M40 28h3v14h-3z M47 28h10v3h-3.5v11h-3V31H47z"/>`],

  ...heldback23({ placed, text, icon, tilted, blurred }),
  ...heldback4({ placed, text, icon, tilted, blurred }),
  ...heldback5({ placed, text, icon, tilted }),
  ...heldback6({ placed, text, icon, tilted, blurred }),
  ...heldback7({ placed, text, icon, tilted }),
  ...heldback8({ placed, text, icon, tilted }),
  ...heldback9({ placed, text, icon, tilted }),
  ...heldback10({ placed, text, icon, tilted }),
  ...strips({ placed, text, icon }),
];

export const png = (w, h, body, font, bg = "#fff") => Buffer.from(render(svgDoc(w, h, body, bg), font).asPng());

/** The logo as a kit re-saved it: JPEG's losses at `quality`, as a PNG. */
function resaved(w, h, body, font, quality) {
  const img = render(svgDoc(w, h, body), font);
  return encodePng(jpegArtefacts(img.pixels, img.width, img.height, quality), img.width, img.height);
}

/**
 * The pictures as the content script draws them: the whole image (a sprite's: the part the element shows) stretched
 * over SIDE² on white (zoomed to its drawing), then a wide picture's parts (visual.js drawRegions), gray, base64.
 */
function drawn(pngBuf, V, w, h, view) {
  const png = view ? cropped(pngBuf, view) : pngBuf;
  const [vw, vh] = view ? view.slice(2) : [w, h];
  const regions = drawnRegions(V, SIDE, png, vw, vh, REGIONS);
  return [drawnGray(V, SIDE, stretched(png, SIDE), () => png), ...regions].map((g) => V.encodeGray(g));
}

const STYLE = `body { font-family: sans-serif; margin: 0; background: #fff; color: #111; }
.box { width: 340px; margin: 40px auto; border: 1px solid #ddd; border-radius: 8px; padding: 20px 24px; }
label { display: block; font-size: 13px; margin: 10px 0 4px; }
input { width: 100%; box-sizing: border-box; padding: 7px; font-size: 14px; }
button { margin-top: 14px; width: 100%; padding: 8px; }
footer { text-align: center; font-size: 11px; color: #555; margin: 24px 0; }`;

function page(name, technique, w, h, body, pngBuf, view, jpeg) {
  const data = `data:image/png;base64,${pngBuf.toString("base64")}`;
  let head = "", logo = "", script = "", top = "";
  // heldback5.mjs's and heldback6.mjs's techniques, or null
  const more = pageParts(technique, { w, h, body, data, extra: view, jpeg }) ?? pageParts6(technique, { w, h, data }) ?? pageParts8(technique, { w, h, data, view })
    ?? pageParts9(technique, { w, h, data, body, extra: view }) ?? pageParts10(technique, { body }) ?? pageStrips(technique, { body });
  if (more) ({ head, logo, tail: script, top = "" } = more);
  else if (technique === "img") logo = `<img alt="" width="${w}" height="${h}" src="${data}">`;
  else if (technique === "svg") logo = svgDoc(w, h, body, null).replace("<svg ", '<svg role="img" ');
  else if (technique === "css") {
    head = `.logo { width: ${w}px; height: ${h}px; background: url("${data}") no-repeat center / contain; }`;
    logo = `<div class="logo"></div>`;
  } else if (technique === "css-sprite") {
    // A sheet of icons; the element shows the part at `view` ([x, y, w, h]) by background-position.
    head = `.logo { width: ${view[2]}px; height: ${view[3]}px; background: url("${data}") no-repeat -${view[0]}px -${view[1]}px; }`;
    logo = `<div class="logo"></div>`;
  } else if (technique === "canvas") {
    logo = `<canvas id="logo" width="${w}" height="${h}"></canvas>`;
    // Draws the same shapes with the canvas API (paths, fills and strokes; no image): what the page shows is a canvas.
    const shapes = [...body.matchAll(/<path( transform="translate\(([\d.-]+) ([\d.-]+)\) scale\(([\d.]+)\)")? fill="([^"]+)"( fill-rule="evenodd")? d="([^"]+)"\/>|<path d="([^"]+)" stroke="([^"]+)" stroke-width="([\d.]+)"( fill="none")?\/>/g)]
      .map((m) => (m[8] ? { d: m[8], stroke: m[9], width: +m[10] } : { d: m[7], fill: m[5], t: m[1] ? [+m[2], +m[3], +m[4]] : null, rule: m[6] ? "evenodd" : "nonzero" }));
    if (shapes.length !== (body.match(/<path/g) || []).length) throw new Error(`${name}: a canvas logo is paths only`);
    script = `<script>
const c = document.getElementById("logo").getContext("2d");
for (const s of ${JSON.stringify(shapes)}) {
  c.save();
  if (s.t) { c.translate(s.t[0], s.t[1]); c.scale(s.t[2], s.t[2]); }
  const p = new Path2D(s.d);
  if (s.fill) { c.fillStyle = s.fill; c.fill(p, s.rule); } else { c.strokeStyle = s.stroke; c.lineWidth = s.width; c.stroke(p); }
  c.restore();
}
</script>`;
  } else if (technique === "canvas-text") {
    logo = `<canvas id="logo" width="${w}" height="${h}"></canvas>`;
    script = `<script>
const c = document.getElementById("logo").getContext("2d");
${body.bg ? `c.fillStyle = "${body.bg}"; c.fillRect(0, 0, ${w}, ${h});\n` : ""}for (const o of ${JSON.stringify(body.draw)}) {
  c.font = o.css;
  if (o.stroke) { c.strokeStyle = o.stroke; c.lineWidth = o.width; c.strokeText(o.t, o.x, o.y); } else { c.fillStyle = o.fill; c.fillText(o.t, o.x, o.y); }
}
</script>`;
  } else if (technique === "favicon") head = "";
  const link = technique === "favicon" ? `\n<link rel="icon" href="${data}">` : "";
  return `<!doctype html>
<!-- @generated by tools/visual/fixtures.mjs (${name}) — our own page and logo. -->
<html lang="en">
<head>
<meta charset="utf-8">
<title>Sign in</title>${link}
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
${STYLE}
${head}
</style>
</head>
<body>${top ? `\n${top}` : ""}
<div class="box">
${logo}
<h1>Sign in to continue</h1>
<form action="/s" method="post">
<label for="email">Email</label><input id="email" name="login_email" type="email" autocomplete="username">
<label for="password">Password</label><input id="password" name="login_password" type="password" autocomplete="current-password">
<button type="submit">Continue</button>
</form>
</div>
<footer>Privacy · Terms · Help</footer>
${script}
</body>
</html>
`;
}

export function build() {
  const V = loadVisual();
  const files = new Map();
  const rows = ["# @generated by tools/visual/fixtures.mjs — <expected retailer id, or - for none> <fixture> <picture: as signals.pictures, 64×64 gray>"];
  for (let [name, owner, technique, w, h, spec, font, jpeg, view] of LOGOS) {
    const body = typeof spec === "string" ? spec : spec.svg;
    // A strip's badges (heldback10.mjs): each its own <img> on the page and its own picture in the table.
    const badges = (spec.badges ?? []).map((b) => ({ ...b, buf: png(b.w, b.h, b.svg, b.font) }));
    for (const b of badges) b.data = `data:image/png;base64,${b.buf.toString("base64")}`;
    if (badges.length) spec = { ...spec, badges };
    const buf = jpeg ? resaved(w, h, body, font, jpeg) : png(w, h, body, font, TRANSPARENT.has(technique) ? null : "#fff");
    files.set(path.join(DIR, `${name}.html`), page(name, technique, w, h, spec, buf, view, jpeg));
    const seen = PAPER[technique] ? png(w, h, body, font, PAPER[technique]) : buf; // drawn on the colour the page shows it on
    const shown = badges.length ? badges.map((b) => [b.buf, b.w, b.h]) : [[seen, w, h]];
    for (const [b, bw, bh] of shown) for (const p of drawn(b, V, bw, bh, Array.isArray(view) ? view : undefined)) rows.push(`${owner ?? "-"} ${name} ${p}`);
  }
  files.set(TABLE, rows.join("\n") + "\n");
  return files;
}

export const CASES = LOGOS.map(([name, owner]) => [`${name}.html`, owner]);

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const files = build();
  if (process.argv.includes("--check")) {
    const stale = [...files].filter(([f, t]) => !fs.existsSync(f) || fs.readFileSync(f, "utf8") !== t).map(([f]) => path.relative(repo, f));
    if (stale.length) {
      console.error(`stale: ${stale.join(", ")}: run node tools/visual/fixtures.mjs`);
      process.exit(1);
    }
    console.log(`visual fixtures up to date (${files.size} files)`);
  } else {
    fs.mkdirSync(DIR, { recursive: true });
    for (const [f, t] of files) fs.writeFileSync(f, t);
    console.log(`wrote ${files.size} files`);
  }
}
