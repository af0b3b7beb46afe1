// Held back, ninth set (`hb9-…`, issue 10 wave 2 session 12): written and scored blind, before any change of that
// session, and never tuned on. Catalog logos the way kits really show them: recoloured (a navy LINE), on a coloured
// tile (Rakuten's R, AliExpress, Netflix, TEMU's word), on a photo (PayPal, mercari), with a tagline (Amazon,
// COSTCO), cropped (eBay), low-resolution and upscaled by the page (a 16 px Apple, a small mercari word), re-saved
// as JPEG (UNIQLO on a card, ZOZOTOWN on black), one icon of a CSS sprite sheet (Etsy), an SVG `<use>` of a symbol
// (JCB on a card), 24 px in a header (Walmart, Allegro), dark-mode inverted by a CSS filter (Shopify, Yahoo! JAPAN),
// drawn on an OffscreenCanvas (PayPal), a `<picture>` whose `<source srcset>` has width descriptors (docomo).
// Then look-alikes that must not match: marks of similar colour and shape that are not the retailer's (an orange
// smile that is not Amazon's, a red R tile that is not Rakuten's, a blue PP monogram that is not PayPal's, a green
// chat tile, a white word on an orange tile one letter off TEMU), other companies' marks not in the catalog
// (Telegram, Airbnb, DoorDash, Grab), a shop whose own name contains a retailer word (Amazonas Café), and the same
// new markup on generic icons (an upscaled bag, a sprite's heart, an OffscreenCanvas star, a header word).
// Fields as fixtures.mjs LOGOS. The techniques this set adds (pageParts9 below, fixtures.mjs `page` calls it):
//   img-upscaled    an <img> of a small PNG (w × h) shown `k` times larger (the 9th field: { k })
//   img-invert      a dark page whose CSS turns the logo's <img> (dark on white) light on dark: filter invert + hue
//   offscreen       a <canvas> whose control is transferred to an OffscreenCanvas, drawn there by Path2D
//   picture-w       <picture> with a <source srcset="… Nw" sizes> of the logo over a blank fallback <img>
//
// `h`: fixtures.mjs's drawing helpers { placed, text, icon, tilted }.
export function heldback9({ placed, text, icon }) {
  const tile = (x, y, w, h, r, c) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${c}"/>`;
  // A "photo": a sky-to-field gradient with soft blobs (what a kit puts behind a logo on a hero picture).
  const photo = (w, h, id) => `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0.3" y2="1"><stop offset="0" stop-color="#7fa7c9"/>` +
    `<stop offset="0.55" stop-color="#c9b38a"/><stop offset="1" stop-color="#5d7a3a"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#${id})"/>` +
    `<circle cx="${w * 0.2}" cy="${h * 0.8}" r="${h * 0.3}" fill="#4a6a2e" opacity="0.7"/><circle cx="${w * 0.85}" cy="${h * 0.25}" r="${h * 0.18}" fill="#f3e3b0" opacity="0.6"/>`;
  const cart = (x, y, c) => `<path fill="none" stroke="${c}" stroke-width="3" d="M${x} ${y}h5l5 18h16l4-12H${x + 8}"/>` +
    `<circle cx="${x + 12}" cy="${y + 24}" r="2.5" fill="${c}"/><circle cx="${x + 24}" cy="${y + 24}" r="2.5" fill="${c}"/>`;
  const heart = (x, y, c) => `<path fill="${c}" d="M${x + 20} ${y + 32}l-14-14a8 8 0 0 1 14-12a8 8 0 0 1 14 12z"/>`;
  const lock = (x, y, c) => `<rect x="${x + 8}" y="${y + 18}" width="24" height="18" rx="3" fill="${c}"/><path d="M${x + 13} ${y + 18}v-5a7 7 0 0 1 14 0v5" fill="none" stroke="${c}" stroke-width="4"/>`;
  const sheet = cart(6, 6, "#555") + lock(40, 0, "#444") + placed(icon("etsy"), 84, 4, 32, "#f1641e") + heart(120, 0, "#d33");
  const smile = (x, y, w, c, s = 6) => `<path d="M${x} ${y} Q${x + w / 2} ${y + w / 5} ${x + w} ${y - 2}" fill="none" stroke="${c}" stroke-width="${s}" stroke-linecap="round"/>`;
  const bag = `<path fill="#6d6d6d" d="M3 6h10l-1 9H4z"/><path d="M6 6V4a2 2 0 0 1 4 0v2" fill="none" stroke="#6d6d6d" stroke-width="1.2"/>`;
  // One icon drawn by Path2D (an OffscreenCanvas's drawing): as SVG for the table and as canvas ops for the page.
  const off = (w, h, bg, d, x, y, s, fill) => ({
    svg: (bg ? `<rect width="${w}" height="${h}" fill="${bg}"/>` : "") + `<path transform="translate(${x} ${y}) scale(${s / 24})" fill="${fill}" d="${d}"/>`,
    draw: { bg, d, x, y, s, fill },
  });
  const starD = "M12 1.5l3.1 6.9 7.4.7-5.6 5 1.7 7.4L12 17.6l-6.6 3.9 1.7-7.4-5.6-5 7.4-.7z";
  return [
    // Recoloured, on a tile, on a photo.
    ["hb9-img-line-recoloured-navy", "line", "img", 64, 64, placed(icon("line"), 6, 6, 52, "#1a237e")],
    ["hb9-img-rakuten-r-white-on-red-tile", "rakuten", "img", 64, 64, tile(0, 0, 64, 64, 14, "#bf0000") + placed(icon("rakuten"), 12, 12, 40, "#fff")],
    ["hb9-img-aliexpress-white-on-orange-tile", "aliexpress", "img", 72, 72, tile(0, 0, 72, 72, 16, "#e43225") + placed(icon("aliexpress"), 14, 14, 44, "#fff")],
    ["hb9-img-netflix-white-on-red-tile", "netflix", "img", 64, 64, tile(2, 2, 60, 60, 10, "#b20710") + placed(icon("netflix"), 12, 10, 42, "#fff")],
    ["hb9-img-temu-word-white-on-orange-tile", "temu", "img", 160, 64, tile(0, 0, 160, 64, 12, "#fb7701") + text("TEMU", 22, 44, 36, "#fff", "libsans"), "libsans"],
    ["hb9-img-paypal-white-on-photo", "paypal", "img", 96, 96, photo(96, 96, "p1") + placed(icon("paypal"), 20, 18, 58, "#fff")],
    ["hb9-img-mercari-word-on-photo", "mercari", "img", 240, 80, photo(240, 80, "p2") + text("mercari", 30, 52, 42, "#fff", "libsans"), "libsans"],
    // With a tagline, cropped.
    ["hb9-img-amazon-smile-tagline", "amazon", "img", 240, 96, text("amazon", 12, 44, 44, "#111", "libsans") + smile(18, 54, 150, "#f90", 5) +
      text("Sign in to your account", 14, 86, 14, "#555", "sansregular"), "libsans"],
    ["hb9-img-costco-word-wholesale", "costco", "img", 220, 84, text("COSTCO", 14, 46, 42, "#e31837", "libsans") + text("WHOLESALE", 30, 72, 20, "#005daa", "libsans"), "libsans"],
    ["hb9-img-ebay-cropped-left-top", "ebay", "img", 110, 56, placed(icon("ebay"), -8, -34, 124, "#0064d2")],
    // Low resolution, upscaled by the page.
    ["hb9-img-upscaled-apple-16", "apple", "img-upscaled", 16, 16, placed(icon("apple"), 1, 1, 14, "#333"), undefined, undefined, { k: 4 }],
    ["hb9-img-upscaled-mercari-word-small", "mercari", "img-upscaled", 64, 20, text("mercari", 2, 15, 15, "#ff0211", "libsans"), "libsans", undefined, { k: 3 }],
    // Re-saved as JPEG (8th field: quality).
    ["hb9-img-uniqlo-on-gray-card-jpeg", "uniqlo", "img", 96, 80, tile(0, 0, 96, 80, 8, "#eceff1") + placed(icon("uniqlo"), 22, 14, 52, "#ff0000"), undefined, 25],
    ["hb9-img-zozotown-white-on-black-jpeg", "zozotown", "img", 240, 56, tile(0, 0, 240, 56, 0, "#000") + text("ZOZOTOWN", 12, 40, 34, "#fff", "libsans"), "libsans", 35],
    // A CSS sprite's icon, an SVG <use>, 24 px in a header.
    ["hb9-css-sprite-etsy-in-row", "etsy", "css-sprite", 160, 40, sheet, undefined, undefined, [80, 0, 40, 40]],
    ["hb9-svg-use-jcb-on-card", "jcb", "svg-use", 96, 64, tile(0, 0, 96, 64, 8, "#f1f3f6") + placed(icon("jcb"), 22, 6, 52, "#0b4ea2")],
    ["hb9-header-walmart-word-24", "walmart", "header", 92, 24, text("Walmart", 1, 19, 21, "#0071ce", "libsans"), "libsans"],
    ["hb9-header-allegro-mark-24", "allegro", "header", 24, 24, placed(icon("allegro"), 0, 0, 24, "#ff5a00")],
    // Dark mode: the page's CSS inverts the picture.
    ["hb9-img-invert-shopify-mark", "shopify", "img-invert", 64, 64, placed(icon("shopify"), 6, 6, 52, "#5c8a2e")],
    ["hb9-img-invert-yahoo-japan-word", "yahoo-japan", "img-invert", 260, 56, text("Yahoo! JAPAN", 8, 40, 34, "#ff0033", "libsans"), "libsans"],
    // Drawn on an OffscreenCanvas; a <picture> whose source has width descriptors.
    ["hb9-offscreen-paypal-mark", "paypal", "offscreen", 72, 72, off(72, 72, null, icon("paypal"), 8, 8, 56, "#003087")],
    ["hb9-picture-w-docomo-word", "docomo", "picture-w", 180, 56, text("docomo", 10, 40, 38, "#cc0033", "libsans"), "libsans"],

    // Look-alikes (hb9): must not match.
    // Similar colour and shape, not the retailer's.
    ["hb9-fa-img-orange-smile-face", null, "img", 64, 64, `<circle cx="32" cy="32" r="29" fill="#ff9900"/><circle cx="23" cy="25" r="4" fill="#fff"/><circle cx="41" cy="25" r="4" fill="#fff"/>` +
      smile(18, 40, 28, "#fff", 5)],
    ["hb9-fa-img-smilemart-orange-arc", null, "img", 240, 80, text("smilemart", 10, 44, 40, "#222", "libsans") + smile(20, 56, 170, "#f90", 6), "libsans"],
    ["hb9-fa-img-red-r-tile-sans", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#bf0000") + text("R", 18, 48, 42, "#fff", "libsans"), "libsans"],
    ["hb9-fa-img-blue-pp-monogram", null, "img", 64, 64, text("P", 10, 50, 48, "#0079c1", "italic") + text("P", 20, 56, 48, "#003087", "italic"), "italic"],
    ["hb9-fa-img-white-p-on-photo", null, "img", 96, 96, photo(96, 96, "p3") + text("P", 28, 70, 60, "#fff", "libsans"), "libsans"],
    ["hb9-fa-img-green-chat-talk-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#00b900") +
      `<path fill="#fff" d="M32 12c-12 0-21 7-21 16 0 8 7 14 17 16l-2 7 9-7c10-2 18-8 18-16 0-9-9-16-21-16z"/>` + text("TALK", 17, 33, 10, "#00b900", "libsans"), "libsans"],
    ["hb9-fa-img-temo-word-white-on-orange-tile", null, "img", 160, 64, tile(0, 0, 160, 64, 12, "#fb7701") + text("TEMO", 22, 44, 36, "#fff", "libsans"), "libsans"],
    // Other companies' marks not in the catalog.
    ["hb9-fa-img-telegram-white-on-blue-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#26a5e4") + placed(icon("telegram"), 12, 12, 40, "#fff")],
    ["hb9-fa-img-airbnb-red", null, "img", 64, 64, placed(icon("airbnb"), 6, 6, 52, "#ff5a5f")],
    ["hb9-fa-img-doordash-white-on-red-tile", null, "img", 72, 72, tile(0, 0, 72, 72, 16, "#ff3008") + placed(icon("doordash"), 14, 14, 44, "#fff")],
    ["hb9-fa-img-invert-grab-mark", null, "img-invert", 64, 64, placed(icon("grab"), 6, 6, 52, "#00b14f")],
    // A shop whose own name contains a retailer word.
    ["hb9-fa-img-amazonas-cafe-word", null, "img", 260, 64, text("Amazonas Café", 8, 44, 34, "#2e5d34", "serif"), "serif"],
    // The new markup on generic icons and words.
    ["hb9-fa-img-upscaled-gray-bag-16", null, "img-upscaled", 16, 16, bag, undefined, undefined, { k: 4 }],
    ["hb9-fa-css-sprite-heart-in-row", null, "css-sprite", 160, 40, sheet, undefined, undefined, [120, 0, 40, 40]],
    ["hb9-fa-offscreen-orange-star", null, "offscreen", 64, 64, off(64, 64, null, starD, 6, 6, 52, "#f7a21b")],
    ["hb9-fa-header-wallmark-word-24", null, "header", 100, 24, text("Wallmark", 1, 19, 21, "#0071ce", "libsans"), "libsans"],
  ];
}

/**
 * The page parts of this set's techniques, or null: { head (CSS), logo (at the logo's place), tail }.
 * `extra`: the row's 9th field ({ k } for img-upscaled); `body`: the row's spec ({ svg, draw } for offscreen).
 */
export function pageParts9(technique, { w, h, data, body, extra }) {
  const blank = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==";
  if (technique === "img-upscaled") {
    return { head: "", logo: `<img alt="" width="${w * extra.k}" height="${h * extra.k}" src="${data}">`, tail: "" };
  }
  if (technique === "img-invert") {
    return {
      head: `:root { color-scheme: dark; } body { background: #121212; color: #e8e8e8; } .box { border-color: #333; background: #1c1c1c; }
.logo { filter: invert(1) hue-rotate(180deg); }`,
      logo: `<img class="logo" alt="" width="${w}" height="${h}" src="${data}">`, tail: "",
    };
  }
  if (technique === "offscreen") {
    const d = body.draw;
    return {
      head: "", logo: `<canvas id="logo" width="${w}" height="${h}"></canvas>`,
      tail: `<script>
const o = document.getElementById("logo").transferControlToOffscreen();
const x = o.getContext("2d");
${d.bg ? `x.fillStyle = "${d.bg}"; x.fillRect(0, 0, ${w}, ${h});\n` : ""}x.translate(${d.x}, ${d.y}); x.scale(${d.s / 24}, ${d.s / 24});
x.fillStyle = "${d.fill}"; x.fill(new Path2D("${d.d}"));
</script>`,
    };
  }
  if (technique === "picture-w") {
    return {
      head: "",
      logo: `<picture><source srcset="${data} ${w}w" sizes="${w}px"><img alt="" width="${w}" height="${h}" src="${blank}"></picture>`, tail: "",
    };
  }
  return null;
}
