// Tuning cases of the badge-strip rule (visual-find.js badgeStrip; visual.js regionBoxes): our own second variants,
// written after the held-back set hb10, never copied. Pages that must stay unflagged show the marks of companies the
// catalog knows (JCB, American Express, LINE, Rakuten, PayPal) as the accepted brands of a shop — three at the least,
// stacked in a column, square wallet tiles, or one wide picture — and a page that must still be caught shows its
// logo beside two small badges of its own (a logo differs in size from badges: it stays a logo).
// Fields as fixtures.mjs LOGOS; the techniques `strip` and `strip-li` are heldback10.mjs's, `strip-col` is below.
//
// `h`: fixtures.mjs's drawing helpers { placed, text, icon }.
export function strips({ placed, text, icon }) {
  const tile = (w, h, r, c) => `<rect width="${w}" height="${h}" rx="${r}" fill="${c}"/>`;
  const mark = (alt, w, h, bg, slug, fill, k = 0.7) => ({ alt, w, h, svg: tile(w, h, 4, bg) + placed(icon(slug), (w - h * k) / 2, (h * (1 - k)) / 2, h * k, fill) });
  const word = (alt, w, h, bg, name, size) => ({
    alt, w, h, font: "libsans",
    svg: tile(w, h, 4, bg) + text(name, w / 2, Math.round(h / 2 + size * 0.36), size, "#fff", "libsans").replace("<text ", '<text text-anchor="middle" '),
  });
  const row = (badges) => {
    let x = 0;
    return { svg: badges.map((b) => `<g transform="translate(${(x += b.w + 8) - b.w - 8} 0)">${b.svg}</g>`).join(""), badges };
  };
  const column = { svg: "", badges: [mark("JCB", 60, 40, "#0b4ea2", "jcb", "#fff"), mark("American Express", 60, 40, "#2e77bc", "americanexpress", "#fff"),
    mark("Diners Club", 60, 40, "#004a97", "dinersclub", "#fff")] };
  column.svg = column.badges.map((b, i) => `<g transform="translate(0 ${i * 46})">${b.svg}</g>`).join("");
  const wallets = row([mark("LINE Pay", 44, 44, "#06c755", "line", "#fff", 0.62), mark("楽天ペイ", 44, 44, "#bf0000", "rakuten", "#fff", 0.62),
    mark("PayPal", 44, 44, "#003087", "paypal", "#fff", 0.62)]);
  const pictureOf = row([mark("", 58, 38, "#0b4ea2", "jcb", "#fff"), mark("", 58, 38, "#1a1f71", "visa", "#fff"),
    mark("", 58, 38, "#2e77bc", "americanexpress", "#fff"), mark("", 58, 38, "#004a97", "dinersclub", "#fff")]);
  const beside = row([{ alt: "", w: 64, h: 64, svg: tile(64, 64, 14, "#111") + placed(icon("apple"), 14, 12, 36, "#fff") },
    word("", 40, 26, "#6b7280", "PAY", 11), word("", 40, 26, "#6b7280", "GIFT", 10)]);
  return [
    ["fa-strip-col-card-marks", null, "strip-col", 60, 130, column],
    ["fa-strip-li-wallet-tiles", null, "strip-li", 148, 44, wallets],
    ["fa-img-strip-card-marks-one-picture", null, "img", 256, 38, pictureOf.svg],
    ["strip-apple-tile-beside-two-badges", "apple", "strip", 160, 64, beside],
  ];
}

/** The page parts of `strip-col` (badges stacked, one per line), or null. */
export function pageStrips(technique, { body }) {
  if (technique !== "strip-col") return null;
  const imgs = body.badges.map((b) => `<img alt="${b.alt}" width="${b.w}" height="${b.h}" src="${b.data}">`);
  return { head: ".col img { display: block; margin: 0 0 6px; }", logo: `<div class="col">${imgs.join("")}</div>`, tail: "" };
}
