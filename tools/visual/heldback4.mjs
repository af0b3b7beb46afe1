// Held back, fourth set (`hb4-…`, issue 10 wave 2 session 7): written and scored blind, before any change of that
// session (the sub-picture region search, the four marks added last), and never tuned on. Logos as kits show them:
// in header strips with other content (a menu, a search box, links), logo + text lockups, recoloured, on dark
// backgrounds, favicons only, CSS background sprites (a sheet of several icons of which the element shows one),
// inline SVG with transforms, scaled / cropped / padded, re-saved as JPEG (the 8th field: quality). Then look-alikes
// of other owners that must not match: a tick like a swoosh, a word like a catalog name in its colour, a dark header
// strip of an unlisted shop, a sprite of generic icons, a red "N" tile, a yellow "M" favicon, a "P" lockup.
// Fields as fixtures.mjs LOGOS; a `css-sprite` row's 9th field is the element's view of the sheet [x, y, w, h].
//
// `h`: fixtures.mjs's drawing helpers { placed, text, icon, tilted, blurred } (passed in: no import cycle).
export function heldback4({ placed, text, icon, tilted, blurred }) {
  const menu = (x, y, c) => `<path d="M${x} ${y}h20M${x} ${y + 8}h20M${x} ${y + 16}h20" stroke="${c}" stroke-width="3"/>`;
  const cart = (x, y, c) => `<path fill="none" stroke="${c}" stroke-width="3" d="M${x} ${y}h5l5 18h16l4-12H${x + 8}"/><circle cx="${x + 12}" cy="${y + 24}" r="2.5" fill="${c}"/><circle cx="${x + 24}" cy="${y + 24}" r="2.5" fill="${c}"/>`;
  const heart = (x, y, c) => `<path fill="${c}" d="M${x + 16} ${y + 28}l-12-12a7 7 0 0 1 12-10a7 7 0 0 1 12 10z"/>`;
  return [
    // Header strips: the logo is a small part of a wide banner with other content.
    ["hb4-img-paypal-header-strip", "paypal", "img", 420, 56, `<rect width="420" height="56" fill="#fff"/>` + placed(icon("paypal"), 12, 10, 36, "#003087") +
      text("Personal", 190, 34, 15, "#333", "sansregular") + text("Business", 264, 34, 15, "#333", "sansregular") +
      `<rect x="340" y="14" width="68" height="28" rx="14" fill="#0070e0"/>` + text("Log In", 352, 33, 14, "#fff", "sansregular"), "sansregular"],
    ["hb4-img-rakuten-dark-header-strip", "rakuten", "img", 380, 52, `<rect width="380" height="52" fill="#1f1f1f"/>` + menu(12, 18, "#fff") +
      text("Rakuten", 46, 36, 26, "#fff", "libsans") + `<rect x="170" y="12" width="160" height="28" rx="3" fill="#fff"/>` + cart(342, 14, "#fff"), "libsans"],
    ["hb4-img-ebay-header-strip-links", "ebay", "img", 400, 60, `<rect width="400" height="60" fill="#fafafa"/>` + placed(icon("ebay"), 6, -14, 88, "#0064d2") +
      text("Hi! Sign in", 120, 26, 12, "#555", "sansregular") + text("Daily Deals", 200, 26, 12, "#555", "sansregular") +
      `<rect x="120" y="34" width="270" height="20" rx="10" fill="none" stroke="#999" stroke-width="2"/>`, "sansregular"],
    // Logo + text lockups.
    ["hb4-img-line-lockup-ja", "line", "img", 260, 64, placed(icon("line"), 6, 8, 48, "#06c755") + text("LINEでログイン", 64, 42, 24, "#111", "cjksans"), "cjksans"],
    ["hb4-img-netflix-lockup", "netflix", "img", 240, 60, `<rect width="240" height="60" fill="#141414"/>` + placed(icon("netflix"), 8, 8, 44, "#e50914") +
      text("Sign In", 66, 40, 26, "#fff", "libsans"), "libsans"],
    // Recoloured.
    ["hb4-svg-apple-pink", "apple", "svg", 64, 64, placed(icon("apple"), 6, 6, 52, "#e91e63")],
    ["hb4-img-etsy-teal", "etsy", "img", 72, 72, placed(icon("etsy"), 6, 6, 60, "#00897b")],
    // Dark backgrounds.
    ["hb4-img-jcb-white-on-black", "jcb", "img", 110, 72, `<rect width="110" height="72" fill="#0d0d0d"/>` + placed(icon("jcb"), 21, 2, 68, "#fff")],
    ["hb4-img-mercari-white-on-navy", "mercari", "img", 220, 64, `<rect width="220" height="64" fill="#15234a"/>` + text("mercari", 20, 42, 38, "#fff", "libsans"), "libsans"],
    // Favicons only.
    ["hb4-favicon-shopify-32-tile", "shopify", "favicon", 32, 32, `<rect width="32" height="32" rx="6" fill="#95bf47"/>` + placed(icon("shopify"), 4, 4, 24, "#fff")],
    ["hb4-favicon-etsy-16", "etsy", "favicon", 16, 16, `<rect width="16" height="16" fill="#f1641e"/>` + placed(icon("etsy"), 2, 2, 12, "#fff")],
    // CSS background sprites: the element shows one icon of a sheet.
    ["hb4-css-sprite-amex", "american-express", "css-sprite", 192, 64, cart(14, 18, "#555") + placed(icon("americanexpress"), 66, 2, 60, "#2e77bc") + heart(144, 16, "#c33"), undefined, undefined, [64, 0, 64, 64]],
    ["hb4-css-sprite-paypal-row", "paypal", "css-sprite", 64, 192, cart(14, 18, "#555") + placed(icon("paypal"), 6, 70, 52, "#003087") + heart(16, 146, "#c33"), undefined, undefined, [0, 64, 64, 64]],
    // Inline SVG with transforms.
    ["hb4-svg-uniqlo-matrix", "uniqlo", "svg", 80, 80, `<g transform="matrix(0.9 0 0 0.9 8 8) translate(2 2)">${placed(icon("uniqlo"), 0, 0, 72, "#ff0000")}</g>`],
    ["hb4-svg-aliexpress-nested-scale", "aliexpress", "svg", 90, 60, `<g transform="translate(45 30)"><g transform="scale(2.2 2.0) translate(-12 -12)"><path fill="#e43225" d="${icon("aliexpress")}"/></g></g>`],
    // Scaled, cropped, padded.
    ["hb4-img-shopify-padded-wide", "shopify", "img", 300, 120, `<rect width="300" height="120" fill="#fff"/><rect x="1" y="1" width="298" height="118" fill="none" stroke="#ddd" stroke-width="2"/>` +
      placed(icon("shopify"), 128, 38, 44, "#95bf47")],
    ["hb4-img-amex-cropped-right", "american-express", "img", 64, 80, placed(icon("americanexpress"), 2, 4, 76, "#2e77bc")],
    // JPEG-compressed.
    ["hb4-img-rakuten-r-jpeg-on-red", "rakuten", "img", 80, 80, `<rect width="80" height="80" fill="#bf0000"/>` + placed(icon("rakuten"), 10, 10, 60, "#fff"), undefined, 25],
    ["hb4-img-amazon-jpeg-wordmark", "amazon", "img", 220, 70, text("amazon", 12, 44, 44, "#111", "libsans") +
      `<path d="M22 54 Q100 72 176 52" fill="none" stroke="#f90" stroke-width="6" stroke-linecap="round"/>`, "libsans", 30],
    // The catalog retailers added last (their simple-icons marks).
    ["hb4-img-allegro-mark", "allegro", "img", 72, 72, placed(icon("allegro"), 6, 6, 60, "#ff5a00")],
    ["hb4-img-mercadopago-mark", "mercadolibre", "img", 90, 64, placed(icon("mercadopago"), 13, 0, 64, "#00b1ea")],

    // Look-alikes of other owners (hb4): must not match.
    ["hb4-fa-img-tick-mark", null, "img", 96, 48, `<path fill="#111" d="M6 30c8 10 20 10 34 4L92 8 42 40c-16 8-30 6-36-10z"/>`],
    ["hb4-fa-img-allegra-word", null, "img", 200, 60, text("allegra", 8, 42, 38, "#ff5a00", "libsans"), "libsans"],
    ["hb4-fa-img-dark-header-strip-kaitori", null, "img", 380, 52, `<rect width="380" height="52" fill="#1f1f1f"/>` + menu(12, 18, "#fff") +
      text("Kaitori", 46, 36, 26, "#fff", "libsans") + `<rect x="170" y="12" width="160" height="28" rx="3" fill="#fff"/>` + cart(342, 14, "#fff"), "libsans"],
    ["hb4-fa-css-sprite-generic-icons", null, "css-sprite", 192, 64, cart(14, 18, "#555") + heart(80, 16, "#c33") +
      `<circle cx="160" cy="24" r="10" fill="#555"/><path fill="#555" d="M140 54a20 16 0 0 1 40 0z"/>`, undefined, undefined, [64, 0, 64, 64]],
    ["hb4-fa-img-red-n-tile", null, "img", 72, 72, `<rect width="72" height="72" rx="10" fill="#111"/><path fill="#d81f26" d="M20 14h9l14 28V14h9v44h-9L29 30v28h-9z"/>`],
    ["hb4-fa-favicon-yellow-m-32", null, "favicon", 32, 32, `<rect width="32" height="32" rx="6" fill="#ffe600"/><path fill="#2d3277" d="M6 25V7h4l6 9 6-9h4v18h-4V14l-6 8-6-8v11z"/>`],
    ["hb4-fa-img-paynet-shield-lockup", null, "img", 240, 64, `<path fill="#0b3a8c" d="M28 6l20 7v15c0 14-10 24-20 29C18 52 8 42 8 28V13z"/>` + text("Paynet", 60, 44, 36, "#0b3a8c", "libsans"), "libsans"],
    ["hb4-fa-svg-orange-bag-rotated", null, "svg", 64, 64, `<g transform="rotate(8 32 32) scale(1.05)"><path fill="#f1641e" d="M12 22h40l-4 34H16z"/><path d="M24 22v-6a8 8 0 0 1 16 0v6" fill="none" stroke="#f1641e" stroke-width="4"/></g>`],
  ];
}
