// Held back, sixth set (`hb6-…`, issue 10 wave 2 session 9): written and scored blind, before any change of that
// session, and never tuned on. Logos the way a kit author embeds one he took from the retailer's site or from
// simple-icons: the mark 24–32 px high in a page header with other items (links, a cart icon), mark + wordmark
// lockups, a logo inside a larger hero/banner picture, a PNG with a coloured tile, a CSS sprite sheet shown by
// background-position, a rotated / skewed / blurred mark, a mark drawn on a <canvas> by script, Japanese marks
// (楽天, メルカリ, PayPay, au, d払い, Yahoo! JAPAN; au, PayPay and d払い are our own drawings: simple-icons has none).
// Then look-alikes that must not match: one letter or one character from a catalog wordmark in its style (Rakutan,
// mercori, PayPey, amazen, Yafoo! JAPAN, 楽犬, メルカト, "ai" on au's tile), other companies' marks (KakaoTalk,
// Sony), generic cart / bag / padlock icons, a payment-brand row (VISA Mastercard JCB AMEX) on a shop's checkout,
// a sprite sheet of generic icons.
// Fields as fixtures.mjs LOGOS (a `css-sprite` row's 9th field: the element's view of the sheet [x, y, w, h]).
// The technique this set adds (pageParts6 below, fixtures.mjs `page` calls it):
//   header    the logo as an <img> at its own size in a page header above the sign-in box, beside links and a
//             20 px cart icon (an icon, not a logo: under visual-find.js MIN_SIDE)
//
// `h`: fixtures.mjs's drawing helpers { placed, text, icon, tilted, blurred }.
export function heldback6({ placed, text, icon, tilted, blurred }) {
  const cart = (x, y, s, c) => `<g transform="translate(${x} ${y}) scale(${s / 48})"><path fill="none" stroke="${c}" stroke-width="4" d="M4 8h7l6 24h20l5-16H14"/>` +
    `<circle cx="20" cy="40" r="3.5" fill="${c}"/><circle cx="35" cy="40" r="3.5" fill="${c}"/></g>`;
  const heart = (x, y, c) => `<path fill="${c}" d="M${x + 20} ${y + 34}l-14-14a8 8 0 0 1 14-12a8 8 0 0 1 14 12z"/>`;
  const lens = (x, y, c) => `<circle cx="${x + 17}" cy="${y + 17}" r="9" fill="none" stroke="${c}" stroke-width="4"/><path d="M${x + 24} ${y + 24}l9 9" stroke="${c}" stroke-width="4"/>`;
  const lock = (x, y, c) => `<rect x="${x + 8}" y="${y + 18}" width="24" height="18" rx="3" fill="${c}"/><path d="M${x + 13} ${y + 18}v-5a7 7 0 0 1 14 0v5" fill="none" stroke="${c}" stroke-width="4"/>`;
  const user = (x, y, c) => `<circle cx="${x + 20}" cy="${y + 13}" r="7" fill="${c}"/><path fill="${c}" d="M${x + 6} ${y + 36}a14 12 0 0 1 28 0z"/>`;
  const tile = (x, y, s, r, c) => `<rect x="${x}" y="${y}" width="${s}" height="${s}" rx="${r}" fill="${c}"/>`;
  // A "photo" behind a hero's logo: a gradient sky, hills and a product box.
  const photo = (w, h, id) => `<defs><linearGradient id="${id}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#7fb6e8"/><stop offset="1" stop-color="#e9f2fb"/></linearGradient></defs>` +
    `<rect width="${w}" height="${h}" fill="url(#${id})"/><path fill="#6fa86a" d="M0 ${h * 0.7}Q${w * 0.3} ${h * 0.5} ${w * 0.6} ${h * 0.72}T${w} ${h * 0.66}V${h}H0z"/>` +
    `<rect x="${w * 0.62}" y="${h * 0.3}" width="${w * 0.22}" height="${h * 0.46}" rx="6" fill="#d9a066"/><rect x="${w * 0.62}" y="${h * 0.3}" width="${w * 0.22}" height="${h * 0.08}" fill="#b77b3e"/>`;
  // A "P" on a red tile (our own drawing of a PayPay-like mark).
  const pTile = (x, y, s) => tile(x, y, s, s * 0.22, "#ff0033") +
    `<path fill="#fff" fill-rule="evenodd" transform="translate(${x} ${y}) scale(${s / 48})" d="M15 10h12a10 10 0 0 1 0 20h-6v9h-6z M21 16v8h6a4 4 0 0 0 0-8z"/>`;
  const checkout = (x, y) => `<rect x="${x}" y="${y}" width="64" height="40" rx="5" fill="#fff" stroke="#ccc" stroke-width="2"/>`;
  return [
    // The mark 24–32 px high in a page header, beside links and a cart icon.
    ["hb6-header-rakuten-mark-24", "rakuten", "header", 24, 24, placed(icon("rakuten"), 0, 0, 24, "#bf0000")],
    ["hb6-header-mercari-word-28", "mercari", "header", 104, 28, text("mercari", 2, 22, 24, "#ff0211", "libsans"), "libsans"],
    ["hb6-header-yahoo-japan-word-28", "yahoo-japan", "header", 150, 28, text("Yahoo! JAPAN", 2, 22, 21, "#ff0033", "libsans"), "libsans"],
    ["hb6-header-paypal-mark-32", "paypal", "header", 32, 32, placed(icon("paypal"), 2, 2, 28, "#003087")],
    // Mark + wordmark lockups.
    ["hb6-img-paypal-mark-italic-word", "paypal", "img", 190, 48, placed(icon("paypal"), 4, 6, 36, "#003087") + text("PayPal", 46, 36, 30, "#009cde", "italic"), "italic"],
    ["hb6-img-paypay-tile-word", "paypay", "img", 200, 56, pTile(4, 4, 48) + text("PayPay", 62, 40, 32, "#ff0033", "libsans"), "libsans"],
    ["hb6-img-rakuten-ja-mark-word", "rakuten", "img", 210, 60, placed(icon("rakuten"), 6, 10, 40, "#bf0000") + text("楽天", 56, 46, 38, "#bf0000", "cjksans") +
      text("会員", 140, 44, 20, "#666", "cjksans"), "cjksans"],
    ["hb6-img-mercari-ja-word-tagline", "mercari", "img", 220, 72, text("メルカリ", 8, 42, 36, "#222", "cjksans") + text("フリマアプリ", 10, 64, 14, "#888", "cjksans"), "cjksans"],
    // Japanese marks (our own drawings where simple-icons has none).
    ["hb6-img-au-orange-tile", "au", "img", 64, 64, tile(0, 0, 64, 12, "#eb5505") + text("au", 12, 44, 34, "#fff", "sans"), "sans"],
    ["hb6-img-dbarai-ja", "docomo", "img", 150, 56, text("d払い", 8, 42, 36, "#cc0033", "cjksans"), "cjksans"],
    // A logo inside a larger hero / banner picture.
    ["hb6-img-hero-amazon-corner", "amazon", "img", 480, 180, photo(480, 180, "s1") + `<rect x="12" y="12" width="150" height="52" rx="6" fill="#232f3e"/>` +
      text("amazon", 22, 42, 28, "#fff", "libsans") + `<path d="M26 50 Q60 60 100 48" fill="none" stroke="#f90" stroke-width="4" stroke-linecap="round"/>` +
      text("Prime Day", 200, 150, 22, "#fff", "libsans"), "libsans"],
    ["hb6-img-hero-uniqlo-corner", "uniqlo", "img", 420, 160, photo(420, 160, "s2") + placed(icon("uniqlo"), 14, 14, 44, "#ff0000") +
      text("SALE", 150, 96, 48, "#fff", "libsans"), "libsans"],
    // A PNG with a coloured tile (padded on a light picture).
    ["hb6-img-line-tile-padded", "line", "img", 96, 96, `<rect width="96" height="96" fill="#f2f4f7"/>` + tile(20, 20, 56, 14, "#06c755") + placed(icon("line"), 28, 28, 40, "#fff")],
    ["hb6-img-ebay-on-blue-tile", "ebay", "img", 96, 96, tile(4, 4, 88, 18, "#e8f0fe") + placed(icon("ebay"), 14, 2, 68, "#0064d2")],
    // CSS sprite sheets: the element shows one icon of a sheet by background-position.
    ["hb6-css-sprite-paypal-row", "paypal", "css-sprite", 160, 40, cart(2, 2, 36, "#555") + placed(icon("paypal"), 44, 4, 32, "#003087") + heart(80, 0, "#d33") + lens(120, 0, "#555"),
      undefined, undefined, [40, 0, 40, 40]],
    ["hb6-css-sprite-apple-grid", "apple", "css-sprite", 96, 96, lens(4, 4, "#444") + user(52, 4, "#444") + heart(4, 52, "#444") + placed(icon("apple"), 54, 54, 36, "#111"),
      undefined, undefined, [48, 48, 48, 48]],
    // Rotated, skewed, blurred.
    ["hb6-img-apple-rotated-15", "apple", "img", 72, 72, tilted(15, 36, 36, placed(icon("apple"), 10, 10, 52, "#111"))],
    ["hb6-img-shopify-skewed", "shopify", "img", 90, 72, `<g transform="translate(18 8) skewX(-14)">${placed(icon("shopify"), 0, 0, 56, "#95bf47")}</g>`],
    ["hb6-img-etsy-blurred", "etsy", "img", 80, 80, blurred(1.8, placed(icon("etsy"), 10, 10, 60, "#f1641e"))],
    // A mark drawn on a <canvas> by the page's script.
    ["hb6-canvas-aliexpress", "aliexpress", "canvas", 96, 64, placed(icon("aliexpress"), 20, 4, 56, "#e43225")],
    ["hb6-canvas-line-tile", "line", "canvas", 64, 64, `<path fill="#06c755" d="M14 0h36a14 14 0 0 1 14 14v36a14 14 0 0 1-14 14H14A14 14 0 0 1 0 50V14A14 14 0 0 1 14 0z"/>` +
      placed(icon("line"), 10, 10, 44, "#fff")],

    // Look-alikes (hb6): must not match.
    ["hb6-fa-img-rakutan-serif", null, "img", 220, 64, text("Rakutan", 8, 46, 44, "#bf0000", "serif"), "serif"],
    ["hb6-fa-header-mercori-word-28", null, "header", 104, 28, text("mercori", 2, 22, 24, "#ff0211", "libsans"), "libsans"],
    ["hb6-fa-img-paypey-tile-word", null, "img", 200, 56, pTile(4, 4, 48) + text("PayPey", 62, 40, 32, "#ff0033", "libsans"), "libsans"],
    ["hb6-fa-img-amazen-smile", null, "img", 220, 72, text("amazen", 8, 44, 46, "#111", "libsans") +
      `<path d="M16 56 Q90 72 170 54" fill="none" stroke="#f90" stroke-width="6" stroke-linecap="round"/>`, "libsans"],
    ["hb6-fa-header-yafoo-japan-word-28", null, "header", 150, 28, text("Yafoo! JAPAN", 2, 22, 21, "#ff0033", "libsans"), "libsans"],
    ["hb6-fa-img-rakuinu-ja", null, "img", 160, 80, text("楽犬", 12, 62, 60, "#bf0000", "cjkserif"), "cjkserif"],
    ["hb6-fa-img-merukato-ja", null, "img", 220, 64, text("メルカト", 8, 46, 40, "#ff0211", "cjksans"), "cjksans"],
    ["hb6-fa-img-ai-orange-tile", null, "img", 64, 64, tile(0, 0, 64, 12, "#eb5505") + text("ai", 16, 44, 34, "#fff", "sans"), "sans"],
    ["hb6-fa-img-payment-row", null, "img", 300, 48, checkout(4, 4) + placed(icon("visa"), 16, 8, 40, "#1a1f71") + checkout(76, 4) + placed(icon("mastercard"), 88, 8, 40, "#eb001b") +
      checkout(148, 4) + placed(icon("jcb"), 160, 8, 40, "#0b4ea2") + checkout(220, 4) + placed(icon("americanexpress"), 232, 8, 40, "#2e77bc")],
    ["hb6-fa-img-kakaotalk-tile", null, "img", 64, 64, tile(0, 0, 64, 14, "#ffcd00") + placed(icon("kakaotalk"), 12, 12, 40, "#3c1e1e")],
    ["hb6-fa-img-sony-word", null, "img", 160, 48, placed(icon("sony"), 10, -32, 140, "#000")],
    ["hb6-fa-img-cart-red-tile", null, "img", 64, 64, tile(0, 0, 64, 14, "#d0021b") + cart(8, 8, 48, "#fff")],
    ["hb6-fa-img-orange-bag", null, "img", 64, 64, `<path fill="#f57c00" d="M12 22h40l-4 36H16z"/><path d="M23 22v-6a9 9 0 0 1 18 0v6" fill="none" stroke="#f57c00" stroke-width="4"/>`],
    ["hb6-fa-img-blue-padlock", null, "img", 56, 56, lock(8, 6, "#1a73e8")],
    ["hb6-fa-css-sprite-generic-lock", null, "css-sprite", 160, 40, cart(2, 2, 36, "#555") + lock(40, 0, "#333") + heart(80, 0, "#d33") + lens(120, 0, "#555"),
      undefined, undefined, [40, 0, 40, 40]],
  ];
}

/** The page parts of this set's technique (`header`), or null: { head (CSS), top (before the sign-in box), logo, tail }. */
export function pageParts6(technique, { w, h, data }) {
  if (technique !== "header") return null;
  return {
    head: `header { display: flex; align-items: center; gap: 20px; padding: 8px 20px; border-bottom: 1px solid #ddd; font-size: 13px; }
header nav { flex: 1; } header nav a { margin-right: 14px; color: #333; text-decoration: none; }`,
    top: `<header>
<img alt="" width="${w}" height="${h}" src="${data}">
<nav><a href="/">Home</a><a href="/deals">Deals</a><a href="/help">Help</a></nav>
<svg width="20" height="20" viewBox="0 0 48 48" aria-hidden="true"><path fill="none" stroke="#333" stroke-width="4" d="M4 8h7l6 24h20l5-16H14"/></svg>
</header>`,
    logo: "", tail: "",
  };
}
