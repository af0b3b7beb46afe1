// Held back, fifth set (`hb5-…`, issue 10 wave 2 session 8): written and scored blind, before any change of that
// session (the work-counted picture budget and what followed), and never tuned on. Logos as kits show them: at odd
// sizes inside cards, logo + tagline lockups, partly covered (a ribbon, a sticker), SVG sprites drawn by `<use>` of
// a symbol kept elsewhere on the page, CSS `mask-image` (the element's colour through the logo's alpha), favicons
// alone on a generic page, lossy WebP and JPEG, dark mode (a white logo on a transparent picture over a dark page),
// Japanese wordmarks drawn as pictures (楽天, メルカリ, ヤフー). Then look-alikes that must not match: other owners'
// marks (Visa, Spotify, Discord), generic icons (a tick, a cart sprite, a padlock mask), words one letter or one
// character from a catalog name (Rakuton, ebey, 楽大, メルカド).
// Fields as fixtures.mjs LOGOS. The techniques this set adds (PAGES below, fixtures.mjs `page` calls them):
//   svg-use   an inline <svg> that draws `<use href="#…">` of a <symbol> in a hidden sprite at the end of the page
//   css-mask  a box whose background colour (the 9th field's `color`) shows through the logo PNG's alpha (mask-image)
//   img-dark  a dark page (color-scheme dark) with the logo as a PNG on a transparent background
//   webp      an <img> whose WebP data URL the page makes while it loads (its canvas's toDataURL("image/webp", q)
//             from the same paths; the table's picture is the PNG re-saved with JPEG's losses at that quality)
// TRANSPARENT: the techniques whose PNG has no white paper under it; PAPER: the colour the page shows such a picture
// on, where not white (the content script draws it there: visual-find.js paperOf; the table's picture too).
//
// `h`: fixtures.mjs's drawing helpers { placed, text, icon, tilted } (passed in: no import cycle).
export const TRANSPARENT = new Set(["css-mask", "img-dark"]);
const DARK_BOX = "#1c1c1c";
export const PAPER = { "img-dark": DARK_BOX };

export function heldback5({ placed, text, icon, tilted }) {
  // A WebP logo: the icon `slug` at (x, y, size) in `fill` over a `bg` rectangle, as SVG (for the table) and as canvas ops.
  const webp = (w, h, bg, slug, x, y, s, fill) => ({
    svg: (bg ? `<rect width="${w}" height="${h}" fill="${bg}"/>` : "") + placed(icon(slug), x, y, s, fill),
    draw: { bg, d: icon(slug), x, y, s, fill },
  });
  const ribbon = (x, y, c) => `<path fill="${c}" d="M${x} ${y}h22l26 26v22z"/>`;
  const sticker = (cx, cy, r) => `<circle cx="${cx}" cy="${cy}" r="${r}" fill="#ffd400"/><path fill="#c00" d="M${cx - r / 2} ${cy - 2}h${r}v4h-${r}z"/>`;
  const bars = (x, y, n, c) => Array.from({ length: n }, (_, i) => `<rect x="${x}" y="${y + i * 10}" width="${60 - i * 14}" height="5" rx="2" fill="${c}"/>`).join("");
  const check = `<path fill="none" stroke="#111" stroke-width="9" stroke-linecap="round" stroke-linejoin="round" d="M14 34l16 16 34-36"/>`;
  return [
    // At odd sizes inside cards.
    ["hb5-img-amazon-gift-card", "amazon", "img", 157, 99, `<rect x="1" y="1" width="155" height="97" rx="9" fill="#f3f3f3" stroke="#ccc" stroke-width="2"/>` +
      text("amazon", 12, 30, 22, "#111", "libsans") + `<path d="M16 36 Q44 44 74 34" fill="none" stroke="#f90" stroke-width="3" stroke-linecap="round"/>` +
      text("Gift Card", 86, 86, 13, "#555", "sansregular") + text("¥5,000", 12, 78, 18, "#111", "sansregular"), "libsans"],
    ["hb5-img-etsy-product-card", "etsy", "img", 131, 171, `<rect x="1" y="1" width="129" height="169" rx="8" fill="#fff" stroke="#ddd" stroke-width="2"/>` +
      placed(icon("etsy"), 38, 14, 54, "#f1641e") + bars(20, 100, 4, "#bbb"), undefined],
    // Logo + tagline lockups.
    ["hb5-img-rakuten-mark-word-tagline", "rakuten", "img", 270, 84, placed(icon("rakuten"), 6, 10, 52, "#bf0000") +
      text("Rakuten", 70, 46, 36, "#bf0000", "serif") + text("Shopping is Entertainment!", 72, 70, 13, "#666", "sansregular"), "serif"],
    ["hb5-img-rakuten-ja-login-lockup", "rakuten", "img", 250, 70, text("楽天", 8, 52, 46, "#bf0000", "cjkserif") + text("会員ログイン", 120, 46, 20, "#333", "cjksans"), "cjkserif"],
    // Japanese wordmarks as pictures.
    ["hb5-img-mercari-ja-white-on-red", "mercari", "img", 200, 64, `<rect width="200" height="64" rx="8" fill="#ff0211"/>` + text("メルカリ", 14, 44, 38, "#fff", "cjksans"), "cjksans"],
    ["hb5-img-yahoo-ja-katakana", "yahoo-japan", "img", 180, 64, text("ヤフー", 8, 48, 44, "#ff0033", "cjkserif"), "cjkserif"],
    // Partly covered (in the picture: a corner ribbon, a sticker over a letter).
    ["hb5-img-apple-ribbon-corner", "apple", "img", 80, 80, placed(icon("apple"), 8, 6, 66, "#111") + ribbon(32, 0, "#e22")],
    ["hb5-img-ebay-sticker", "ebay", "img", 160, 80, placed(icon("ebay"), 10, -28, 136, "#0064d2") + sticker(132, 30, 14)],
    // SVG sprites drawn by <use>.
    ["hb5-svg-use-paypal", "paypal", "svg-use", 64, 64, placed(icon("paypal"), 6, 6, 52, "#003087")],
    ["hb5-svg-use-line-tile", "line", "svg-use", 56, 56, `<rect width="56" height="56" rx="12" fill="#06c755"/>` + placed(icon("line"), 8, 8, 40, "#fff")],
    // CSS mask-image: the box's colour through the logo.
    ["hb5-css-mask-netflix", "netflix", "css-mask", 64, 64, placed(icon("netflix"), 6, 6, 52, "#000"), undefined, undefined, { color: "#e50914" }],
    ["hb5-css-mask-shopify", "shopify", "css-mask", 72, 72, placed(icon("shopify"), 8, 8, 56, "#000"), undefined, undefined, { color: "#95bf47" }],
    // Favicons alone on a generic page.
    ["hb5-favicon-netflix-32-black", "netflix", "favicon", 32, 32, `<rect width="32" height="32" fill="#000"/>` + placed(icon("netflix"), 4, 3, 26, "#e50914")],
    ["hb5-favicon-jcb-48", "jcb", "favicon", 48, 48, placed(icon("jcb"), 2, 2, 44, "#0b4ea2")],
    // Lossy WebP and JPEG.
    ["hb5-webp-aliexpress-q30", "aliexpress", "webp", 88, 64, webp(88, 64, "#fff", "aliexpress", 16, 4, 56, "#e43225"), undefined, 30],
    ["hb5-webp-uniqlo-q25", "uniqlo", "webp", 70, 70, webp(70, 70, "#fff", "uniqlo", 5, 5, 60, "#ff0000"), undefined, 25],
    ["hb5-img-walmart-jpeg-q20", "walmart", "img", 220, 60, text("Walmart", 8, 42, 38, "#0071ce", "libsans"), "libsans", 20],
    // Dark mode: a white logo on a transparent picture, the page dark.
    ["hb5-img-dark-amazon", "amazon", "img-dark", 200, 64, text("amazon", 12, 40, 40, "#fff", "libsans") +
      `<path d="M20 50 Q90 64 160 48" fill="none" stroke="#f90" stroke-width="5" stroke-linecap="round"/>`, "libsans"],
    ["hb5-img-dark-apple", "apple", "img-dark", 56, 56, placed(icon("apple"), 4, 4, 48, "#f5f5f7")],

    // Look-alikes of other owners (hb5): must not match.
    ["hb5-fa-img-rakuton-word", null, "img", 220, 64, text("Rakuton", 8, 46, 44, "#bf0000", "serif"), "serif"],
    ["hb5-fa-img-ebey-word", null, "img", 180, 64, text("ebey", 8, 46, 46, "#0064d2", "sans"), "sans"],
    ["hb5-fa-img-rakudai-ja", null, "img", 160, 80, text("楽大", 12, 62, 60, "#bf0000", "cjkserif"), "cjkserif"],
    ["hb5-fa-img-mercado-ja-white-on-red", null, "img", 200, 64, `<rect width="200" height="64" rx="8" fill="#ff0211"/>` + text("メルカド", 14, 44, 38, "#fff", "cjksans"), "cjksans"],
    ["hb5-fa-img-tick", null, "img", 80, 64, check],
    ["hb5-fa-svg-use-cart", null, "svg-use", 48, 48, `<path fill="none" stroke="#333" stroke-width="4" d="M4 8h7l6 24h20l5-16H14"/><circle cx="20" cy="40" r="3.5" fill="#333"/><circle cx="35" cy="40" r="3.5" fill="#333"/>`],
    ["hb5-fa-css-mask-padlock", null, "css-mask", 48, 48, `<rect x="8" y="20" width="32" height="24" rx="4" fill="#000"/><path d="M15 20v-6a9 9 0 0 1 18 0v6" fill="none" stroke="#000" stroke-width="5"/>`, undefined, undefined, { color: "#1a73e8" }],
    ["hb5-fa-img-dark-visa", null, "img-dark", 96, 40, placed(icon("visa"), 16, -8, 64, "#fff")],
    ["hb5-fa-favicon-spotify-32", null, "favicon", 32, 32, placed(icon("spotify"), 2, 2, 28, "#1db954")],
    ["hb5-fa-webp-discord-q30", null, "webp", 72, 72, webp(72, 72, "#5865f2", "discord", 12, 12, 48, "#fff"), undefined, 30],
    ["hb5-fa-img-tilted-tick-tile", null, "img", 64, 64, `<rect width="64" height="64" rx="14" fill="#111"/>` + tilted(-12, 32, 32, `<path fill="none" stroke="#fff" stroke-width="7" stroke-linecap="round" d="M14 34l12 11 24-24"/>`)],
  ];
}

/**
 * The pages' logo markup of this set's techniques: { head (CSS), logo (at the logo's place), tail (end of the
 * body: a sprite, a script) } for `technique`, or null for the techniques fixtures.mjs draws itself.
 */
export function pageParts(technique, { w, h, body, data, extra, jpeg }) {
  if (technique === "svg-use") {
    return {
      head: "", logo: `<svg role="img" width="${w}" height="${h}"><use href="#brand-logo"/></svg>`,
      tail: `<svg width="0" height="0" style="position:absolute" aria-hidden="true"><symbol id="brand-logo" viewBox="0 0 ${w} ${h}">${body}</symbol></svg>`,
    };
  }
  if (technique === "css-mask") {
    const m = `url("${data}") no-repeat center / contain`;
    return { head: `.logo { width: ${w}px; height: ${h}px; background-color: ${extra.color}; -webkit-mask: ${m}; mask: ${m}; }`, logo: `<div class="logo"></div>`, tail: "" };
  }
  if (technique === "img-dark") {
    return {
      head: `:root { color-scheme: dark; } body { background: #121212; color: #e8e8e8; } .box { border-color: #333; background: ${DARK_BOX}; }`,
      logo: `<img alt="" width="${w}" height="${h}" src="${data}">`, tail: "",
    };
  }
  if (technique === "webp") {
    const d = body.draw;
    return {
      head: "", logo: `<img id="logo" alt="" width="${w}" height="${h}">`,
      // Drawn and encoded while the page loads (before its load event), so the picture is a real WebP as browsers decode it.
      tail: `<script>
const c = document.createElement("canvas");
c.width = ${w}; c.height = ${h};
const x = c.getContext("2d");
${d.bg ? `x.fillStyle = "${d.bg}"; x.fillRect(0, 0, ${w}, ${h});\n` : ""}x.translate(${d.x}, ${d.y}); x.scale(${d.s / 24}, ${d.s / 24});
x.fillStyle = "${d.fill}"; x.fill(new Path2D("${d.d}"));
document.getElementById("logo").src = c.toDataURL("image/webp", ${jpeg / 100});
</script>`,
    };
  }
  return null;
}
