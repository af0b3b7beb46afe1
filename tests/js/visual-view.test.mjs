// What part of a picture the page shows, as extension/content/visual-find.js reads it from the layout (stand-ins for
// the DOM and computed styles): an <img> sprite sheet cropped by object-fit / object-position (objectView), a CSS
// sprite in a box or in its ::before box (cssView), and a name set one image per letter (imageRow).
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import test from "node:test";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const source = fs.readFileSync(path.join(repo, "extension", "content", "visual-find.js"), "utf8");

class DOMRect {
  constructor(x, y, width, height) {
    Object.assign(this, { x, y, left: x, top: y, width, height, right: x + width, bottom: y + height });
  }
}

/** visual-find.js with `styles` (element or [element, pseudo] → computed style) as getComputedStyle. */
function find(styles, extra = {}) {
  const ctx = { DOMRect, getComputedStyle: (el, pseudo) => styles.get(pseudo ? `${el.id}${pseudo}` : el.id) ?? {}, ...extra };
  ctx.globalThis = ctx;
  vm.runInNewContext(source, ctx);
  return ctx.OmamoriVisualFind;
}
const box = (id, x, y, w, h, extra = {}) => ({ id, tagName: "IMG", getBoundingClientRect: () => new DOMRect(x, y, w, h), ...extra });
const image = (w, h) => ({ naturalWidth: w, naturalHeight: h });

test("objectView: the part of an <img> its box shows when object-fit crops it", () => {
  const rows = [
    // [object-fit, object-position, box w × h, image w × h, expected view]
    ["none", "0px -60px", [200, 60], [200, 120], [0, 60, 200, 60]], // a sheet's second row
    ["none", "-64px 0px", [64, 64], [192, 64], [64, 0, 64, 64]], // a sheet's second icon
    ["none", "50% 50%", [100, 40], [200, 40], [50, 0, 100, 40]], // centred, wider than its box
    ["cover", "50% 50%", [100, 100], [200, 100], [50, 0, 100, 100]], // scaled to cover, sides cut
    ["none", "0px 0px", [200, 120], [200, 120], null], // the whole image
    ["fill", "0px -60px", [200, 60], [200, 120], null], // stretched: all of it is seen
    ["contain", "50% 50%", [200, 60], [200, 120], null],
    ["none", "left top", [200, 60], [200, 120], null], // keywords: drawn whole
  ];
  for (const [fit, position, [bw, bh], [iw, ih], want] of rows) {
    const F = find(new Map([["i", { objectFit: fit, objectPosition: position }]]));
    const got = F.objectView(box("i", 0, 0, bw, bh), image(iw, ih));
    assert.deepEqual(got && [...got], want, `${fit} ${position} ${bw}×${bh} of ${iw}×${ih}`);
  }
});

test("cssView: a sprite's part in a box, and in its ::before box (sized by its computed width and height)", () => {
  const sprite = { backgroundSize: "auto", backgroundPosition: "-64px 0px" };
  const F = find(new Map([["a", sprite], ["b::before", { ...sprite, width: "64px", height: "64px" }], ["c::before", { ...sprite, width: "auto", height: "64px" }],
    ["d::before", { backgroundSize: "contain", backgroundPosition: "50% 50%", width: "180px", height: "44px" }]]));
  const sheet = image(192, 64);
  assert.deepEqual([...F.cssView(box("a", 0, 0, 64, 64), sheet, false)], [64, 0, 64, 64]);
  // The element's own box is not the pseudo box: the pseudo's size decides.
  assert.deepEqual([...F.cssView(box("b", 0, 0, 400, 100), sheet, false, "::before")], [64, 0, 64, 64]);
  assert.equal(F.cssView(box("c", 0, 0, 400, 100), sheet, false, "::before"), null); // no size: drawn whole
  assert.equal(F.cssView(box("d", 0, 0, 400, 100), image(180, 44), false, "::before"), null); // contain: whole
});

test("cssPicture: a box's own picture, its list marker's, then its ::before or ::after box's (asked only of a rendered box)", () => {
  const url = 'url("data:image/png;base64,AA")';
  const pic = { content: '""', backgroundImage: url };
  const shown = { getClientRects: () => [new DOMRect(0, 0, 10, 10)] };
  const none = { getClientRects: () => [] }; // no box: display none, or inside a hidden box
  const rows = [
    // [the element's style, its ::before, its ::after, expected { mask, pseudo } or null, the element, pseudo-elements asked]
    [{ backgroundImage: url }, {}, {}, { mask: false, pseudo: null }],
    [{ display: "list-item", listStyleImage: url }, {}, {}, { mask: false, pseudo: null }],
    [{ display: "block", listStyleImage: url }, {}, {}, null], // inherited by a box that draws no marker
    [{}, pic, {}, { mask: false, pseudo: "::before" }],
    [{}, { content: "none", backgroundImage: url }, { content: '""', maskImage: url }, { mask: true, pseudo: "::after" }],
    [{}, { content: '""', display: "none", backgroundImage: url }, {}, null],
    [{ display: "block" }, pic, {}, { mask: false, pseudo: "::before" }, shown],
    [{ display: "block" }, pic, {}, null, none],
    [{ display: "none" }, pic, {}, null, shown],
    [{ display: "contents" }, pic, {}, { mask: false, pseudo: "::before" }, none], // no box of its own, its pseudo-elements drawn
    [{ display: "block" }, pic, {}, null, shown, false], // not asked
    [{ backgroundImage: url }, {}, {}, { mask: false, pseudo: null }, shown, false], // its own picture still
  ];
  for (const [own, before, after, want, el = {}, pseudos = true] of rows) {
    const F = find(new Map([["e", own], ["e::before", before], ["e::after", after]]));
    const got = F.cssPicture({ id: "e", ...el }, pseudos);
    assert.deepEqual(got && { mask: got.mask, pseudo: got.pseudo }, want, JSON.stringify([own, before, after, pseudos]));
  }
});

test("imageRow: letter images side by side are one row; a gallery, a column or two images are not", () => {
  const letters = (xs, y = 0, h = 22) => xs.map(([x, w], i) => box(`l${i}`, x, y, w, h));
  const parent = (children) => ({ children });
  const F = find(new Map());
  const rows = [
    // [children, expected row box [x, y, w, h] or null]
    [letters([[10, 15], [25, 12], [37, 12], [49, 13], [62, 8], [70, 12], [82, 13]]), [10, 0, 85, 22]], // "Rakuten"
    [letters([[10, 15], [27, 12], [41, 12]]), [10, 0, 43, 22]], // small gaps between letters
    [letters([[10, 15], [25, 12]]), null], // two images
    [letters([[10, 15], [60, 12], [110, 12]]), null], // far apart
    [letters([[10, 8], [18, 8], [26, 8]], 0, 8), null], // too small to read (8 px high)
    [[box("a", 0, 0, 12, 22), box("b", 12, 30, 12, 22), box("c", 24, 0, 12, 22)], null], // not on one line
    [[box("a", 0, 0, 12, 22), box("b", 12, 0, 12, 40), box("c", 24, 0, 12, 22)], null], // heights differ
  ];
  for (const [children, want] of rows) {
    const got = F.imageRow(parent(children));
    assert.deepEqual(got && [got.box.x, got.box.y, got.box.width, got.box.height], want, JSON.stringify(children.map((c) => c.getBoundingClientRect())));
  }
});

test("nearbyPictures: ::before/::after styles asked only of the boxes the page's rules may give one; when they cannot tell, of boxes above the form (24 at most)", () => {
  // A scope of 30 boxes above the form's first field (one of them .logo) and 10 below it.
  const boxes = Array.from({ length: 40 }, (_, i) => ({
    id: `b${i}`, tagName: "DIV", above: i < 30, cls: i === 3 ? "logo" : "row",
    matches(sel) { return sel.split(", ").includes(`.${this.cls}`); },
    getClientRects: () => [new DOMRect(0, i * 30, 300, 30)],
  }));
  const field = { compareDocumentPosition: (el) => (el.above ? 2 : 4) };
  const root = { parentElement: null, querySelectorAll: (sel) => (sel.startsWith("img") ? [] : boxes) };
  const form = { parentElement: { parentElement: { parentElement: root } }, querySelector: () => field };
  const sheet = { n: 5 }; // its top-level rule count
  const ruleCounts = (/** @type {any[]} */ list) => list.map((x) => x.n);
  const doc = { body: root, styleSheets: [sheet] };
  const rows = [
    // [the rules' answer (generatedScope), boxes asked]
    ["", []],
    [".logo", ["b3"]],
    [".logo, .row", boxes.map((b) => b.id)], // the rules say so: all of them, below the form too
    [null, boxes.slice(0, 24).map((b) => b.id)], // cannot tell: above the form, 24 at most
  ];
  for (const [generated, want] of rows) {
    const asked = new Set();
    const styleScopes = Object.assign(() => ({ generated }), { last: new WeakMap() });
    const spy = find(new Map(), { styleScopes, ruleCounts, getComputedStyle: (el, pseudo) => (pseudo && asked.add(el.id), {}) });
    assert.deepEqual([...spy.nearbyPictures(doc, [form], 8)], [], String(generated)); // no picture drawn
    assert.deepEqual([...asked], want, String(generated));
  }
  // The collection's answer is used while the document has the sheets it read, with as many rules;
  // read again when they changed.
  let walks = 0;
  const styleScopes = Object.assign(() => ((walks += 1), { generated: ".logo", sheets: [sheet], counts: [sheet.n] }), { last: new WeakMap() });
  const F = find(new Map(), { styleScopes, ruleCounts });
  styleScopes.last.set(doc, { generated: "", sheets: [sheet], counts: [5] });
  F.nearbyPictures(doc, [form], 8);
  assert.equal(walks, 0);
  styleScopes.last.set(doc, { generated: "", sheets: [], counts: [] }); // a sheet added since
  F.nearbyPictures(doc, [form], 8);
  assert.equal(walks, 1);
  styleScopes.last.set(doc, { generated: "", sheets: [sheet], counts: [5] });
  sheet.n = 6; // a rule inserted by script (insertRule) since
  F.nearbyPictures(doc, [form], 8);
  assert.equal(walks, 2);
});

test("badgeStrip: three or more pictures of one size side by side or stacked are badges; a logo beside two badges is not", () => {
  const F = find(new Map());
  const ids = (els) => [...F.badgeStrip(els)].map((e) => e.id).sort().join(",");
  const row = (n, w = 48, h = 30, gap = 6, y = 0) => Array.from({ length: n }, (_, i) => box(`b${i}`, i * (w + gap), y, w, h));
  assert.equal(ids(row(4)), "b0,b1,b2,b3"); // a card strip
  assert.equal(ids(row(3, 60, 40)), "b0,b1,b2"); // three at the least
  assert.equal(ids(row(2)), ""); // two pictures: a logo and a partner's
  assert.equal(ids(row(3, 48, 30, 40)), ""); // further apart than a badge's height
  // Stacked one per line.
  assert.equal(ids([box("c0", 0, 0, 60, 40), box("c1", 0, 46, 60, 40), box("c2", 0, 92, 60, 40)]), "c0,c1,c2");
  // A 64 px logo tile beside two 40 × 26 badges: the logo differs in size, two badges are no strip.
  assert.equal(ids([box("logo", 0, 0, 64, 64), box("p", 70, 19, 40, 26), box("g", 116, 19, 40, 26)]), "");
  // A wide wordmark beside two icons (a header): widths differ by more than twice.
  assert.equal(ids([box("word", 0, 0, 120, 30), box("i1", 126, 0, 30, 30), box("i2", 162, 0, 30, 30)]), "");
  // Not on one line.
  assert.equal(ids([box("a", 0, 0, 48, 30), box("b", 54, 20, 48, 30), box("c", 108, 0, 48, 30)]), "");
});
