// Held back, seventh set (`hb7-…`, issue 10 wave 2 session 10): written and scored blind, before any change of that
// session, and never tuned on. Catalog logos the way kits show them: recoloured (a gray Shopify bag, a black eBay, a
// navy mercari), on coloured tiles (PayPal white on navy, Etsy white on orange, Mercado Pago on yellow, PayPay's word
// on red), inside a larger header picture (Amazon's dark strip, eBay, AliExpress and Walmart beside a search box),
// padded (a small Rakuten "R" in a wide light box, Allegro), small (a 28 px gray Apple, a 16 px Netflix favicon, a
// 32 px-high Target word), re-saved as JPEG (the 8th field: quality), turned a few degrees (PayPal, LINE, Amex, Yahoo!
// JAPAN), a Microsoft four-square grid beside its word (our drawing: simple-icons has none), Nike's swoosh, SHEIN.
// Then look-alikes that must not match: other companies' marks of a similar shape (WeChat and Viber bubbles, N26's
// "N" on black, Klarna's tile, Venmo, Monzo), our own drawings of a fruit apple, a green bag with a tick, a
// four-square grid beside another word, generic cart / padlock / avatar / shield / envelope icons, one-letter marks
// (a red serif "R" disc, a blue italic "P", a red "M" on black, a white "E" on orange) and words one letter off
// (Walmort with a spark, NETFLUX).
// Fields as fixtures.mjs LOGOS; only techniques fixtures.mjs, heldback5.mjs and heldback6.mjs already draw.
//
// `h`: fixtures.mjs's drawing helpers { placed, text, icon, tilted } (passed in: no import cycle).
export function heldback7({ placed, text, icon, tilted }) {
  const tile = (x, y, w, h, r, c) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${c}"/>`;
  const search = (x, y, w, c) => `<rect x="${x}" y="${y}" width="${w}" height="26" rx="13" fill="none" stroke="${c}" stroke-width="2"/>`;
  const cart = (x, y, c) => `<path fill="none" stroke="${c}" stroke-width="3" d="M${x} ${y}h5l5 18h16l4-12H${x + 8}"/>` +
    `<circle cx="${x + 12}" cy="${y + 24}" r="2.5" fill="${c}"/><circle cx="${x + 24}" cy="${y + 24}" r="2.5" fill="${c}"/>`;
  const menu = (x, y, c) => `<path d="M${x} ${y}h20M${x} ${y + 8}h20M${x} ${y + 16}h20" stroke="${c}" stroke-width="3"/>`;
  // Four squares in a 2×2 grid of side `s` (colours in reading order).
  const grid = (x, y, s, [a, b, c, d]) => {
    const q = (s - 2) / 2;
    return tile(x, y, q, q, 0, a) + tile(x + q + 2, y, q, q, 0, b) + tile(x, y + q + 2, q, q, 0, c) + tile(x + q + 2, y + q + 2, q, q, 0, d);
  };
  // Six rounded petals about (cx, cy) (a spark like a big-box store's).
  const spark = (cx, cy, r, c) => [0, 60, 120, 180, 240, 300]
    .map((a) => `<rect x="${cx - 2.5}" y="${cy - r}" width="5" height="${r * 0.62}" rx="2.5" fill="${c}" transform="rotate(${a} ${cx} ${cy})"/>`).join("");
  const tick = (c, w) => `<path fill="none" stroke="${c}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round" d="M22 38l8 8 14-16"/>`;
  return [
    // Recoloured, on coloured tiles, turned a few degrees.
    ["hb7-img-paypal-white-on-navy-tilted", "paypal", "img", 72, 72, tilted(4, 36, 36, tile(4, 4, 64, 64, 14, "#003087") + placed(icon("paypal"), 14, 14, 44, "#fff"))],
    ["hb7-svg-line-black-tilted", "line", "svg", 64, 64, tilted(-5, 32, 32, placed(icon("line"), 6, 6, 52, "#000"))],
    ["hb7-img-amex-white-on-blue-tilted", "american-express", "img", 80, 80, tilted(3, 40, 40, tile(6, 6, 68, 68, 4, "#2e77bc") + placed(icon("americanexpress"), 12, 12, 56, "#fff"))],
    ["hb7-img-yahoo-japan-tilted", "yahoo-japan", "img", 280, 70, tilted(-3, 140, 35, text("Yahoo! JAPAN", 8, 48, 38, "#ff0033", "libsans")), "libsans"],
    ["hb7-img-etsy-white-on-orange-jpeg", "etsy", "img", 80, 80, tile(0, 0, 80, 80, 16, "#f1641e") + placed(icon("etsy"), 16, 16, 48, "#fff"), undefined, 40],
    ["hb7-img-paypay-white-on-red-tile", "paypay", "img", 200, 64, tile(0, 0, 200, 64, 10, "#ff0033") + text("PayPay", 24, 44, 36, "#fff", "libsans"), "libsans"],
    ["hb7-img-mercadolibre-on-yellow", "mercadolibre", "img", 100, 72, tile(0, 0, 100, 72, 8, "#ffe600") + placed(icon("mercadopago"), 20, 6, 60, "#2d3277")],
    ["hb7-css-jcb-on-card", "jcb", "css", 120, 76, tile(0, 0, 120, 76, 8, "#eef1f5") + placed(icon("jcb"), 30, 8, 60, "#0b4ea2")],
    ["hb7-img-shopify-gray-padded", "shopify", "img", 180, 120, placed(icon("shopify"), 66, 36, 48, "#5c5f62")],
    ["hb7-img-mercari-navy-jpeg", "mercari", "img", 200, 60, text("mercari", 8, 42, 40, "#1f2d5c", "libsans"), "libsans", 35],
    ["hb7-img-netflix-black-tile-jpeg", "netflix", "img", 64, 64, tile(0, 0, 64, 64, 12, "#000") + placed(icon("netflix"), 10, 8, 48, "#e50914"), undefined, 30],
    // Inside a larger header picture.
    ["hb7-img-amazon-header-banner", "amazon", "img", 640, 80, `<rect width="640" height="80" fill="#232f3e"/>` + menu(14, 30, "#fff") +
      text("amazon", 50, 46, 32, "#fff", "libsans") + `<path d="M54 54 Q96 66 146 52" fill="none" stroke="#f90" stroke-width="4" stroke-linecap="round"/>` +
      `<rect x="200" y="24" width="280" height="32" rx="4" fill="#fff"/>` + text("Account", 500, 46, 16, "#fff", "libsans") + cart(590, 26, "#fff"), "libsans"],
    ["hb7-img-ebay-black-in-header-strip", "ebay", "img", 480, 64, placed(icon("ebay"), 10, -16, 96, "#111") + search(130, 19, 250, "#999") +
      text("Sign in", 400, 38, 14, "#333", "sansregular"), "sansregular"],
    ["hb7-img-aliexpress-header-strip", "aliexpress", "img", 520, 60, placed(icon("aliexpress"), 12, 6, 48, "#e43225") + text("AliExpress", 66, 40, 24, "#e43225", "libsans") +
      search(230, 17, 200, "#e43225") + cart(460, 16, "#333"), "libsans"],
    ["hb7-img-walmart-white-on-blue-header", "walmart", "img", 420, 64, `<rect width="420" height="64" fill="#0071ce"/>` + text("Walmart", 16, 42, 30, "#fff", "libsans") +
      spark(150, 30, 14, "#ffc220") + search(190, 19, 180, "#fff"), "libsans"],
    ["hb7-img-rakuten-ja-pink-banner", "rakuten", "img", 300, 90, tile(0, 0, 300, 90, 0, "#ffe5e5") + text("楽天", 20, 60, 48, "#bf0000", "cjksans") +
      text("スーパーSALE", 140, 56, 22, "#bf0000", "cjksans"), "cjksans"],
    // Padded, small.
    ["hb7-img-rakuten-padded-small-mark", "rakuten", "img", 140, 100, tile(0, 0, 140, 100, 0, "#fafafa") + placed(icon("rakuten"), 54, 34, 32, "#bf0000")],
    ["hb7-img-allegro-padded-tile", "allegro", "img", 96, 96, tile(0, 0, 96, 96, 0, "#f5f5f5") + placed(icon("allegro"), 24, 24, 48, "#ff5a00")],
    ["hb7-img-apple-28-gray", "apple", "img", 28, 28, placed(icon("apple"), 2, 2, 24, "#86868b")],
    ["hb7-favicon-uniqlo-32", "uniqlo", "favicon", 32, 32, placed(icon("uniqlo"), 1, 1, 30, "#ff0000")],
    ["hb7-favicon-netflix-16", "netflix", "favicon", 16, 16, placed(icon("netflix"), 1, 0, 16, "#e50914")],
    ["hb7-img-target-word-small", "target", "img", 110, 32, text("Target", 4, 25, 24, "#cc0000", "libsans"), "libsans"],
    ["hb7-header-etsy-word-30", "etsy", "header", 70, 30, text("Etsy", 2, 25, 28, "#f1641e", "serif"), "serif"],
    // Marks simple-icons has not (our drawing), or has but the fingerprints do not.
    ["hb7-img-microsoft-grid-word", "microsoft", "img", 220, 56, grid(8, 10, 36, ["#f25022", "#7fba00", "#00a4ef", "#ffb900"]) +
      text("Microsoft", 54, 38, 26, "#737373", "sansregular"), "sansregular"],
    ["hb7-img-nike-swoosh", "nike", "img", 120, 56, placed(icon("nike"), 8, -4, 104, "#111")],
    ["hb7-img-shein-word-jpeg", "shein", "img", 180, 56, text("SHEIN", 10, 42, 38, "#000", "libsans"), "libsans", 30],

    // Look-alikes (hb7): must not match.
    // Other companies' marks of a similar shape.
    ["hb7-fa-img-wechat-green", null, "img", 64, 64, placed(icon("wechat"), 6, 6, 52, "#07c160")],
    ["hb7-fa-img-viber-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#7360f2") + placed(icon("viber"), 12, 12, 40, "#fff")],
    ["hb7-fa-img-n26-black-tile-jpeg", null, "img", 64, 64, tile(0, 0, 64, 64, 12, "#000") + placed(icon("n26"), 12, 12, 40, "#fff"), undefined, 35],
    ["hb7-fa-img-klarna-pink-tile", null, "img", 72, 72, tile(0, 0, 72, 72, 14, "#ffb3c7") + placed(icon("klarna"), 16, 16, 40, "#000")],
    ["hb7-fa-img-venmo-blue", null, "img", 64, 64, placed(icon("venmo"), 6, 6, 52, "#008cff")],
    ["hb7-fa-img-monzo-tilted", null, "img", 64, 64, tilted(5, 32, 32, placed(icon("monzo"), 8, 8, 48, "#14233c"))],
    // Our drawings of a similar shape.
    ["hb7-fa-img-red-apple-fruit", null, "img", 64, 64, `<path fill="#d62d20" d="M32 20c-6-4-18-4-22 6s0 26 10 30c4 2 8 0 12-1 4 1 8 3 12 1 10-4 14-20 10-30s-16-10-22-6z"/>` +
      `<path fill="#3a9a3a" d="M33 18c0-8 6-12 12-12-1 7-6 11-12 12z"/>`],
    ["hb7-fa-img-green-bag-tick", null, "img", 64, 64, `<path fill="#2e9e44" d="M12 22h40l-3 36H15z"/><path d="M24 22v-5a8 8 0 0 1 16 0v5" fill="none" stroke="#2e9e44" stroke-width="4"/>` + tick("#fff", 5)],
    ["hb7-fa-img-grid-squareworks", null, "img", 240, 56, grid(8, 10, 36, ["#e2231a", "#1e88e5", "#43a047", "#fdd835"]) +
      text("Squareworks", 54, 38, 26, "#555", "sansregular"), "sansregular"],
    // Generic icons.
    ["hb7-fa-img-blue-cart", null, "img", 64, 64, `<g transform="translate(4 8) scale(1.5)">${cart(2, 2, "#1565c0")}</g>`],
    ["hb7-fa-img-green-lock-circle", null, "img", 64, 64, `<circle cx="32" cy="32" r="30" fill="#2e7d32"/><rect x="20" y="30" width="24" height="18" rx="3" fill="#fff"/>` +
      `<path d="M25 30v-5a7 7 0 0 1 14 0v5" fill="none" stroke="#fff" stroke-width="4"/>`],
    ["hb7-fa-img-user-avatar", null, "img", 64, 64, `<circle cx="32" cy="32" r="30" fill="#9e9e9e"/><circle cx="32" cy="25" r="10" fill="#fff"/><path fill="#fff" d="M14 52a18 14 0 0 1 36 0z"/>`],
    ["hb7-fa-img-red-shield-check", null, "img", 56, 64, `<path fill="#c62828" d="M28 4l22 8v16c0 16-10 28-22 33C16 56 6 44 6 28V12z"/>` +
      `<path fill="none" stroke="#fff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round" d="M17 33l8 8 14-16"/>`],
    ["hb7-fa-img-envelope", null, "img", 64, 48, `<rect x="4" y="6" width="56" height="36" rx="4" fill="none" stroke="#444" stroke-width="4"/><path d="M6 9l26 20 26-20" fill="none" stroke="#444" stroke-width="4"/>`],
    // One-letter marks.
    ["hb7-fa-img-red-r-serif-disc", null, "img", 64, 64, `<circle cx="32" cy="32" r="30" fill="#c00"/>` + text("R", 17, 46, 40, "#fff", "serif"), "serif"],
    ["hb7-fa-img-blue-p-italic", null, "img", 56, 64, text("P", 8, 52, 60, "#003087", "italic"), "italic"],
    ["hb7-fa-img-red-m-black-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 10, "#000") + text("M", 12, 48, 44, "#e50914", "libsans"), "libsans"],
    ["hb7-fa-img-white-e-orange-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 12, "#f1641e") + text("E", 18, 48, 42, "#fff", "sans"), "sans"],
    // Words one letter off.
    ["hb7-fa-img-walmort-spark", null, "img", 240, 60, text("Walmort", 8, 42, 36, "#0071ce", "libsans") + spark(200, 30, 16, "#ffc220"), "libsans"],
    ["hb7-fa-img-netflux-on-black", null, "img", 200, 60, `<rect width="200" height="60" fill="#000"/>` + text("NETFLUX", 12, 44, 38, "#e50914", "narrow"), "narrow"],
  ];
}
