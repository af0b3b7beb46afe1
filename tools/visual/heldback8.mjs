// Held back, eighth set (`hb8-…`, issue 10 wave 2 session 11): written and scored blind, before any change of that
// session, and never tuned on. Catalog logos the way kits show them, first through the markup that shows a picture
// without an <img> of its own (the techniques of the evasive kits of that session, on other brands): a <picture>
// whose <source> is the logo over a blank fallback, a list marker (`list-style-image`), a `::before` box's
// background, one icon of a sprite sheet shown by an <img>'s `object-position`; then the usual ways on brands the
// earlier sets seldom drew (ZOZOTOWN, Best Buy, docomo, Costco, Qoo10, ニトリ words; JCB on a card, Allegro's favicon,
// Shopify on a dark page, an AliExpress mask, Uniqlo in a header). Then look-alikes that must not match: words one or
// two letters off through the same markup (ebuy, Qoo100, COSTMO), other companies' marks not in
// the catalog (Stripe, Wise, Zalando, IKEA, Qiita, KakaoTalk), a sprite's generic icon, our own tag, heart and star.
// Fields as fixtures.mjs LOGOS; a `img-sprite` row's 9th field is the element's view of the sheet [x, y, w, h].
//
// `h`: fixtures.mjs's drawing helpers { placed, text, icon, tilted } (passed in: no import cycle).
export function heldback8({ placed, text, icon, tilted }) {
  const tile = (x, y, w, h, r, c) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${c}"/>`;
  const cart = (x, y, c) => `<path fill="none" stroke="${c}" stroke-width="3" d="M${x} ${y}h5l5 18h16l4-12H${x + 8}"/>` +
    `<circle cx="${x + 12}" cy="${y + 24}" r="2.5" fill="${c}"/><circle cx="${x + 24}" cy="${y + 24}" r="2.5" fill="${c}"/>`;
  const heart = (x, y, c) => `<path fill="${c}" d="M${x + 16} ${y + 28}l-12-12a7 7 0 0 1 12-10 7 7 0 0 1 12 10z"/>`;
  const star = (cx, cy, r, c) => `<path fill="${c}" d="${[...Array(10)].map((_, i) => {
    const a = (Math.PI / 5) * i - Math.PI / 2, k = i % 2 ? r * 0.45 : r;
    return `${i ? "L" : "M"}${(cx + k * Math.cos(a)).toFixed(1)} ${(cy + k * Math.sin(a)).toFixed(1)}`;
  }).join("")}z"/>`;
  return [
    // Markup without an <img> of the logo's own (the page shows the picture all the same).
    ["hb8-picture-ebay-mark", "ebay", "picture", 120, 56, placed(icon("ebay"), 8, -22, 104, "#0064d2")],
    ["hb8-picture-mercari-word", "mercari", "picture", 200, 56, text("mercari", 8, 40, 40, "#ff0211", "libsans"), "libsans"],
    ["hb8-list-image-paypal-mark", "paypal", "list-image", 56, 56, placed(icon("paypal"), 4, 4, 48, "#003087")],
    ["hb8-list-image-qoo10-word", "qoo10", "list-image", 160, 50, text("Qoo10", 6, 38, 36, "#e2001a", "libsans"), "libsans"],
    ["hb8-before-bg-apple-mark", "apple", "before-bg", 56, 56, placed(icon("apple"), 4, 4, 48, "#000")],
    ["hb8-before-bg-costco-word", "costco", "before-bg", 200, 56, text("COSTCO", 8, 42, 38, "#e31837", "libsans"), "libsans"],
    ["hb8-img-sprite-line-mark", "line", "img-sprite", 192, 64, cart(14, 18, "#555") + placed(icon("line"), 70, 6, 52, "#06c755") + heart(144, 16, "#c33"),
      undefined, undefined, [64, 0, 64, 64]],
    ["hb8-img-sprite-amazon-word", "amazon", "img-sprite", 200, 120, `<rect width="200" height="60" fill="#eee"/>` + text("PRIME DAY", 20, 40, 26, "#999", "libsans") +
      text("amazon", 14, 102, 44, "#111", "libsans"), "libsans", undefined, [0, 60, 200, 60]],
    // The usual ways, brands seldom drawn before.
    ["hb8-img-zozotown-word", "zozotown", "img", 240, 52, text("ZOZOTOWN", 8, 38, 34, "#000", "libsans"), "libsans"],
    ["hb8-img-bestbuy-yellow-tag", "bestbuy", "img", 120, 72, tile(0, 0, 120, 72, 6, "#ffe000") + text("BEST", 18, 32, 26, "#1d252c", "libsans") +
      text("BUY", 18, 60, 26, "#1d252c", "libsans"), "libsans"],
    ["hb8-svg-docomo-word", "docomo", "svg", 180, 56, text("docomo", 8, 40, 38, "#cc0033", "sansregular"), "sansregular"],
    ["hb8-css-nitori-ja-word", "nitori", "css", 160, 56, text("ニトリ", 8, 42, 40, "#0a8f3c", "cjksans"), "cjksans"],
    ["hb8-img-jcb-on-gray-card-jpeg", "jcb", "img", 110, 72, tile(0, 0, 110, 72, 8, "#e9ecef") + placed(icon("jcb"), 25, 6, 60, "#0b4ea2"), undefined, 40],
    ["hb8-favicon-allegro-32", "allegro", "favicon", 32, 32, placed(icon("allegro"), 1, 1, 30, "#ff5a00")],
    ["hb8-img-dark-shopify-white", "shopify", "img-dark", 64, 64, placed(icon("shopify"), 6, 6, 52, "#fff")],
    ["hb8-css-mask-aliexpress", "aliexpress", "css-mask", 64, 64, placed(icon("aliexpress"), 6, 6, 52, "#000"), undefined, undefined, { color: "#e43225" }],
    ["hb8-header-uniqlo-mark-28", "uniqlo", "header", 28, 28, placed(icon("uniqlo"), 0, 0, 28, "#ff0000")],
    ["hb8-img-rakuten-word-serif", "rakuten", "img", 200, 56, text("Rakuten", 8, 42, 40, "#bf0000", "serifregular"), "serifregular"],
    ["hb8-img-netflix-tilted-jpeg", "netflix", "img", 72, 72, tilted(-4, 36, 36, placed(icon("netflix"), 10, 8, 54, "#e50914")), undefined, 35],
    ["hb8-img-softbank-word", "softbank", "img", 220, 52, text("SoftBank", 8, 38, 34, "#333", "libsans"), "libsans"],

    // Look-alikes (hb8): must not match.
    // Through the same markup.
    ["hb8-fa-picture-ebuy-word", null, "picture", 140, 56, text("ebuy", 8, 42, 44, "#0064d2", "sansregular"), "sansregular"],
    ["hb8-fa-list-image-qoo100-word", null, "list-image", 180, 50, text("Qoo100", 6, 38, 36, "#e2001a", "libsans"), "libsans"],
    ["hb8-fa-before-bg-costmo-word", null, "before-bg", 200, 56, text("COSTMO", 8, 42, 38, "#e31837", "libsans"), "libsans"],
    ["hb8-fa-img-sprite-heart", null, "img-sprite", 192, 64, cart(14, 18, "#555") + placed(icon("line"), 70, 6, 52, "#06c755") + heart(144, 16, "#c33"),
      undefined, undefined, [128, 0, 64, 64]],
    // Other companies' marks not in the catalog.
    ["hb8-fa-img-stripe-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#635bff") + placed(icon("stripe"), 14, 14, 36, "#fff")],
    ["hb8-fa-img-wise-mark", null, "img", 64, 64, placed(icon("wise"), 6, 6, 52, "#9fe870")],
    ["hb8-fa-favicon-zalando-32", null, "favicon", 32, 32, placed(icon("zalando"), 1, 1, 30, "#ff6900")],
    ["hb8-fa-img-ikea-mark", null, "img", 96, 48, placed(icon("ikea"), 0, -24, 96, "#0058a3")],
    ["hb8-fa-header-qiita-mark-28", null, "header", 28, 28, placed(icon("qiita"), 0, 0, 28, "#55c500")],
    ["hb8-fa-img-kakaotalk-yellow", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#ffcd00") + placed(icon("kakaotalk"), 12, 12, 40, "#3c1e1e")],
    // Words a letter or two off, our own shapes.
    ["hb8-fa-img-zozotower-word", null, "img", 240, 52, text("ZOZOTOWER", 8, 38, 32, "#000", "libsans"), "libsans"],
    ["hb8-fa-img-bestdeal-yellow-tag", null, "img", 120, 72, tile(0, 0, 120, 72, 6, "#ffe000") + text("BEST", 18, 32, 26, "#1d252c", "libsans") +
      text("DEAL", 18, 60, 26, "#1d252c", "libsans"), "libsans"],
    ["hb8-fa-svg-dokomo-word", null, "svg", 180, 56, text("dokomo", 8, 40, 38, "#cc0033", "sansregular"), "sansregular"],
    ["hb8-fa-img-red-star-mart", null, "img", 220, 56, star(28, 28, 24, "#e31837") + text("StarMart", 60, 40, 30, "#222", "libsans"), "libsans"],
  ];
}

/**
 * The page parts of this set's techniques, or null: { head (CSS), logo (at the logo's place), tail }.
 *   picture     <picture> with a <source> of the logo (PNG) over a 1×1 blank GIF fallback <img>
 *   list-image  a one-item list whose marker is the logo (`list-style-image`)
 *   before-bg   an empty box whose `::before` shows the logo as its background (contain)
 *   img-sprite  an <img> of a sprite sheet shown at the view's size, `object-fit: none` and `object-position`
 */
export function pageParts8(technique, { w, h, data, view }) {
  const blank = "data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==";
  if (technique === "picture") {
    return { head: "", logo: `<picture><source srcset="${data}" type="image/png"><img alt="" width="${w}" height="${h}" src="${blank}"></picture>`, tail: "" };
  }
  if (technique === "list-image") {
    return {
      head: `.brand { margin: 0 0 8px; padding: 0; height: ${h + 4}px; list-style-image: url("${data}"); list-style-position: inside; font-size: 1px; color: transparent; }`,
      logo: `<ul class="brand"><li>&nbsp;</li></ul>`, tail: "",
    };
  }
  if (technique === "before-bg") {
    return {
      head: `.logo::before { content: ""; display: block; width: ${w}px; height: ${h}px; background: url("${data}") no-repeat center / contain; }`,
      logo: `<div class="logo"></div>`, tail: "",
    };
  }
  if (technique === "img-sprite") {
    const [x, y, vw, vh] = view;
    return { head: "", logo: `<img alt="" width="${vw}" height="${vh}" style="object-fit: none; object-position: -${x}px -${y}px" src="${data}">`, tail: "" };
  }
  return null;
}
