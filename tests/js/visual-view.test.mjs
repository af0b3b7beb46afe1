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
function find(styles) {
  const ctx = { DOMRect, getComputedStyle: (el, pseudo) => styles.get(pseudo ? `${el.id}${pseudo}` : el.id) ?? {} };
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

test("cssPicture: a box's own picture, its list marker's, then its ::before or ::after box's", () => {
  const url = 'url("data:image/png;base64,AA")';
  const rows = [
    // [the element's style, its ::before, its ::after, expected { mask, pseudo } or null]
    [{ backgroundImage: url }, {}, {}, { mask: false, pseudo: null }],
    [{ display: "list-item", listStyleImage: url }, {}, {}, { mask: false, pseudo: null }],
    [{ display: "block", listStyleImage: url }, {}, {}, null], // inherited by a box that draws no marker
    [{}, { content: '""', backgroundImage: url }, {}, { mask: false, pseudo: "::before" }],
    [{}, { content: "none", backgroundImage: url }, { content: '""', maskImage: url }, { mask: true, pseudo: "::after" }],
    [{}, { content: '""', display: "none", backgroundImage: url }, {}, null],
  ];
  for (const [own, before, after, want] of rows) {
    const F = find(new Map([["e", own], ["e::before", before], ["e::after", after]]));
    const got = F.cssPicture({ id: "e" });
    assert.deepEqual(got && { mask: got.mask, pseudo: got.pseudo }, want, JSON.stringify([own, before, after]));
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
