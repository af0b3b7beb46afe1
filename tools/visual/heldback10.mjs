// Held back, tenth set (`hb10-…`, issue 10 wave 2 session 13): written and scored blind, before any change of that
// session, and never tuned on. Catalog logos the way kits show them: app-icon tiles (Japanese wordmarks on a
// coloured rounded square: メルカリ, 楽天, PayPay, au; Apple, allegro, LINE marks), logos on coloured cards (Etsy,
// Shopify, d払い on a white card with a border), favicons of 16 and 32 px (a Rakuten R tile, a PayPal tile, an AMEX
// mark), header strips (ヨドバシカメラ, メルカリ), a photo of a shop sign (UNIQLO on a façade), cropped marks (Netflix,
// eBay), JPEG re-saves (PayPay, a LINE tile), dark mode (a JCB mark, the mercari word, inverted by CSS).
// Then look-alikes that must not match: payment strips — rows of card-brand and payment badges a shop shows on its
// own checkout or card-update form (VISA / Mastercard / JCB / AMEX / PayPay / d払い / au PAY as coloured tiles with
// the brand's name in white, as white cards with a border, as the real simple-icons marks on their colours, as one
// wide picture, each in a list item), with and without alt text — and single-colour app tiles of unrelated apps
// (Discord, Spotify, Dropbox, a white d or P on red, 楽市 on red, メルシー on a red tile).
// Fields as fixtures.mjs LOGOS. The technique this set adds (pageParts10 below, fixtures.mjs `page` calls it):
//   strip      several <img> badges side by side at the logo's place (`body.badges`: { w, h, svg, font, alt }); the
//              table holds each badge's picture (the content script draws each, as it draws every <img> near a form)
//   strip-li   the same badges, each in an item of a flex <ul> (no common parent of the images)
//
// `h`: fixtures.mjs's drawing helpers { placed, text, icon, tilted }.
export function heldback10({ placed, text, icon, tilted }) {
  const tile = (x, y, w, h, r, c) => `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${r}" fill="${c}"/>`;
  const framed = (w, h, r) => `<rect x="0.5" y="0.5" width="${w - 1}" height="${h - 1}" rx="${r}" fill="#fff" stroke="#c8c8c8"/>`;
  // A shop's façade: a brick-coloured wall, a window band and a sign board (a photo of a shop sign, simplified).
  const facade = (w, h) => `<defs><linearGradient id="fw" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#8d8f94"/>` +
    `<stop offset="1" stop-color="#5b5d61"/></linearGradient></defs><rect width="${w}" height="${h}" fill="url(#fw)"/>` +
    `<rect x="0" y="${h * 0.72}" width="${w}" height="${h * 0.28}" fill="#2c3e50" opacity="0.8"/><rect x="${w * 0.1}" y="${h * 0.76}" width="${w * 0.25}" height="${h * 0.2}" fill="#c9d6df" opacity="0.6"/>`;
  // A payment badge: a coloured tile with a name in white (`font`), or a white card with a border and a coloured name.
  const badge = (alt, w, h, bg, name, size, font = "libsans", fill = "#fff") => ({
    alt, w, h, font,
    svg: (bg ? tile(0, 0, w, h, 4, bg) : framed(w, h, 4)) + text(name, w / 2, Math.round(h / 2 + size * 0.36), size, fill, font).replace("<text ", '<text text-anchor="middle" '),
  });
  const mark = (alt, w, h, bg, slug, fill) => ({ alt, w, h, svg: tile(0, 0, w, h, 4, bg) + placed(icon(slug), (w - h * 0.7) / 2, h * 0.15, h * 0.7, fill) });
  // The strip's badges laid out in one picture (for the page's own PNG; the table draws each badge alone).
  const strip = (badges) => {
    let x = 0;
    const svg = badges.map((b) => {
      const g = `<g transform="translate(${x} 0)">${b.svg}</g>`;
      x += b.w + 6;
      return g;
    }).join("");
    return { svg, badges };
  };
  const cards = strip([badge("VISA", 56, 36, "#1434cb", "VISA", 14), badge("Mastercard", 56, 36, "#252525", "MC", 14),
    badge("JCB", 56, 36, "#0a5eb0", "JCB", 15), badge("AMEX", 56, 36, "#006fcf", "AMEX", 12)]);
  const jpPay = strip([badge("PayPay", 64, 36, "#ff0033", "PayPay", 13), badge("d払い", 64, 36, "#cc0033", "d払い", 14, "cjksans"),
    badge("au PAY", 64, 36, "#eb5505", "au PAY", 12), badge("楽天ペイ", 64, 36, "#bf0000", "楽天ペイ", 12, "cjksans")]);
  const whiteCards = strip([badge("", 52, 32, null, "VISA", 14, "libsans", "#1a1f71"), badge("", 52, 32, null, "JCB", 15, "libsans", "#0e4c96"),
    badge("", 52, 32, null, "AMEX", 12, "libsans", "#2e77bc"), badge("", 52, 32, null, "Diners", 11, "libsans", "#004a97")]);
  const realMarks = strip([mark("VISA", 54, 36, "#1a1f71", "visa", "#fff"), mark("Mastercard", 54, 36, "#f4f4f4", "mastercard", "#eb001b"),
    mark("JCB", 54, 36, "#0b4ea2", "jcb", "#fff"), mark("American Express", 54, 36, "#2e77bc", "americanexpress", "#fff")]);
  const listed = strip([badge("JCB", 48, 30, "#116735", "JCB", 13), badge("VISA", 48, 30, "#1a1f71", "VISA", 12),
    badge("PayPay", 48, 30, "#ff0033", "PayPay", 10), badge("d払い", 48, 30, "#cc0033", "d払い", 12, "cjksans")]);
  const oneImage = [...cards.badges, badge("Diners", 56, 36, "#004a97", "Diners", 11)];
  return [
    // App-icon tiles (Japanese wordmarks and marks on a coloured rounded square).
    ["hb10-img-mercari-ja-app-tile", "mercari", "img", 72, 72, tile(0, 0, 72, 72, 16, "#ff333f") + text("メルカリ", 8, 43, 14, "#fff", "cjksans"), "cjksans"],
    ["hb10-img-rakuten-ja-app-tile", "rakuten", "img", 72, 72, tile(0, 0, 72, 72, 16, "#bf0000") + text("楽天", 12, 47, 24, "#fff", "cjksans"), "cjksans"],
    ["hb10-img-paypay-word-app-tile", "paypay", "img", 72, 72, tile(0, 0, 72, 72, 16, "#ff0033") + text("PayPay", 8, 42, 16, "#fff", "libsans"), "libsans"],
    ["hb10-img-au-word-orange-tile", "au", "img", 64, 64, tile(0, 0, 64, 64, 14, "#eb5505") + text("au", 16, 42, 28, "#fff", "libsans"), "libsans"],
    ["hb10-img-apple-white-on-black-tile", "apple", "img", 64, 64, tile(0, 0, 64, 64, 14, "#111") + placed(icon("apple"), 14, 12, 36, "#fff")],
    ["hb10-img-allegro-white-on-orange-tile", "allegro", "img", 64, 64, tile(0, 0, 64, 64, 14, "#ff5a00") + placed(icon("allegro"), 13, 13, 38, "#fff")],
    // Logos on coloured cards.
    ["hb10-img-etsy-word-white-on-orange-card", "etsy", "img", 120, 72, tile(0, 0, 120, 72, 8, "#f1641e") + text("Etsy", 26, 46, 32, "#fff", "serif"), "serif"],
    ["hb10-img-shopify-white-on-green-card", "shopify", "img", 110, 72, tile(0, 0, 110, 72, 8, "#5e8e3e") + placed(icon("shopify"), 33, 14, 44, "#fff")],
    ["hb10-img-dbarai-word-white-card-border", "docomo", "img", 120, 56, framed(120, 56, 6) + text("d払い", 22, 38, 26, "#cc0033", "cjksans"), "cjksans"],
    // Favicons, 16 and 32 px.
    ["hb10-favicon-rakuten-r-tile-16", "rakuten", "favicon", 16, 16, tile(0, 0, 16, 16, 3, "#bf0000") + placed(icon("rakuten"), 3, 3, 10, "#fff")],
    ["hb10-favicon-paypal-tile-32", "paypal", "favicon", 32, 32, tile(0, 0, 32, 32, 6, "#003087") + placed(icon("paypal"), 6, 6, 20, "#fff")],
    ["hb10-favicon-amex-mark-32", "american-express", "favicon", 32, 32, placed(icon("americanexpress"), 1, 1, 30, "#016fd0")],
    // Header strips.
    ["hb10-header-yodobashi-ja-word-28", "yodobashi", "header", 150, 28, text("ヨドバシカメラ", 2, 22, 20, "#e60012", "cjksans"), "cjksans"],
    ["hb10-header-mercari-ja-word-24", "mercari", "header", 84, 24, text("メルカリ", 2, 19, 19, "#ff0211", "cjksans"), "cjksans"],
    // A photo of a shop sign.
    ["hb10-img-uniqlo-sign-on-facade", "uniqlo", "img", 160, 110, facade(160, 110) + tilted(-2, 80, 40, tile(52, 12, 56, 56, 0, "#fff") + placed(icon("uniqlo"), 56, 16, 48, "#e60012"))],
    // Cropped marks.
    ["hb10-img-netflix-cropped-right", "netflix", "img", 48, 64, placed(icon("netflix"), 4, 4, 56, "#e50914")],
    ["hb10-img-ebay-cropped-bottom", "ebay", "img", 120, 40, placed(icon("ebay"), 6, -40, 108, "#0064d2")],
    // JPEG re-saves (8th field: quality).
    ["hb10-img-paypay-word-jpeg", "paypay", "img", 200, 60, text("PayPay", 10, 44, 40, "#ff0033", "libsans"), "libsans", 30],
    ["hb10-img-line-tile-jpeg", "line", "img", 64, 64, tile(0, 0, 64, 64, 14, "#06c755") + placed(icon("line"), 11, 11, 42, "#fff"), undefined, 30],
    // Dark mode: the page's CSS inverts the picture.
    ["hb10-img-invert-jcb-mark", "jcb", "img-invert", 90, 60, placed(icon("jcb"), 15, 0, 60, "#0b4ea2")],
    ["hb10-img-invert-mercari-word", "mercari", "img-invert", 200, 56, text("mercari", 8, 40, 38, "#ff0211", "libsans"), "libsans"],

    // Look-alikes (hb10): must not match.
    // Payment strips: a shop's own accepted brands above its form.
    ["hb10-fa-strip-card-tiles-named", null, "strip", 242, 36, cards, "libsans"],
    ["hb10-fa-strip-jp-pay-tiles-named", null, "strip", 274, 36, jpPay, "cjksans"],
    ["hb10-fa-strip-white-cards-no-alt", null, "strip", 226, 32, whiteCards, "libsans"],
    ["hb10-fa-strip-real-marks-named", null, "strip", 234, 36, realMarks],
    ["hb10-fa-strip-li-badges", null, "strip-li", 210, 30, listed, "cjksans"],
    ["hb10-fa-img-strip-one-picture", null, "img", 304, 36, strip(oneImage).svg, "libsans"],
    // Single-colour app tiles of unrelated apps.
    ["hb10-fa-img-discord-white-on-blurple-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#5865f2") + placed(icon("discord"), 12, 12, 40, "#fff")],
    ["hb10-fa-img-spotify-black-on-green-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#1db954") + placed(icon("spotify"), 12, 12, 40, "#000")],
    ["hb10-fa-img-dropbox-white-on-blue-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#0061ff") + placed(icon("dropbox"), 12, 12, 40, "#fff")],
    ["hb10-fa-img-white-d-on-red-tile", null, "img", 64, 64, tile(0, 0, 64, 64, 14, "#cc0033") + text("d", 20, 46, 40, "#fff", "libsans"), "libsans"],
    ["hb10-fa-favicon-white-p-on-red-32", null, "favicon", 32, 32, tile(0, 0, 32, 32, 6, "#ff0033") + text("P", 9, 25, 22, "#fff", "libsans"), "libsans"],
    ["hb10-fa-img-rakuichi-ja-red-tile", null, "img", 72, 72, tile(0, 0, 72, 72, 16, "#c0001a") + text("楽市", 12, 47, 24, "#fff", "cjksans"), "cjksans"],
    ["hb10-fa-img-merci-ja-red-tile", null, "img", 72, 72, tile(0, 0, 72, 72, 16, "#ff333f") + text("メルシー", 8, 43, 14, "#fff", "cjksans"), "cjksans"],
  ];
}

/** The page parts of this set's techniques, or null: { head (CSS), logo (at the logo's place), tail }. */
export function pageParts10(technique, { body }) {
  if (technique !== "strip" && technique !== "strip-li") return null;
  const imgs = body.badges.map((b) => `<img alt="${b.alt}" width="${b.w}" height="${b.h}" src="${b.data}">`);
  if (technique === "strip") return { head: ".strip img { vertical-align: middle; }", logo: `<p class="strip">${imgs.join(" ")}</p>`, tail: "" };
  return {
    head: ".pay { display: flex; gap: 8px; list-style: none; margin: 0 0 10px; padding: 0; } .pay li { line-height: 0; }",
    logo: `<ul class="pay">${imgs.map((i) => `<li>${i}</li>`).join("")}</ul>`, tail: "",
  };
}
