// Where the reminder card may sit (extension/content/placement.js freeSpot): never over a box of
// the page's forms, controls or links; corners first; null when nothing fits.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import vm from "node:vm";

const src = fs.readFileSync(new URL("../../extension/content/placement.js", import.meta.url), "utf8");
const ctx = vm.createContext({});
vm.runInContext(`${src}; globalThis.api = { freeSpot, SPOT_MARGIN };`, ctx);
const { freeSpot, SPOT_MARGIN } = ctx.api;

const box = (left, top, width, height) => ({ left, top, right: left + width, bottom: top + height });
const overlaps = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
const VW = 820, VH = 600, W = 360, H = 200;

test("free page: the bottom-right corner", () => {
  assert.deepEqual({ ...freeSpot([], VW, VH, W, H) }, { left: VW - SPOT_MARGIN - W, top: VH - SPOT_MARGIN - H });
});

test("the spot never overlaps an obstacle, and stays in the viewport", () => {
  // [obstacles, whether a 360×200 card fits beside them at 820×600]
  const layouts = {
    "form at the top": [[box(230, 40, 360, 260)], true],
    "form in the middle": [[box(230, 170, 360, 260)], false],
    "form at the bottom": [[box(230, 330, 360, 260)], true],
    "full-width form at the bottom": [[box(0, 380, 820, 220)], true],
    "full-width header and links": [[box(0, 0, 820, 60), ...Array.from({ length: 8 }, (_, i) => box(20, 80 + i * 30, 120, 20))], true],
    "link column on the right": [Array.from({ length: 18 }, (_, i) => box(660, 20 + i * 32, 150, 22)), true],
  };
  for (const [name, [obstacles, fits]] of Object.entries(layouts)) {
    const spot = freeSpot(obstacles, VW, VH, W, H);
    assert.equal(!!spot, fits, name);
    if (!spot) continue; // nothing fits: the caller tries the compact chip
    const card = box(spot.left, spot.top, W, H);
    assert.ok(card.left >= SPOT_MARGIN && card.top >= SPOT_MARGIN && card.right <= VW - SPOT_MARGIN && card.bottom <= VH - SPOT_MARGIN, name);
    for (const o of obstacles) assert.ok(!overlaps(card, o), `${name}: ${JSON.stringify(card)} over ${JSON.stringify(o)}`);
  }
});

test("nothing fits: null (full-width form filling the viewport; card larger than the window)", () => {
  assert.equal(freeSpot([box(0, 0, 820, 600)], VW, VH, W, H), null);
  assert.equal(freeSpot([], 300, 180, W, H), null);
  // a compact chip still fits where the card does not
  const crowded = [box(0, 0, 820, 520)];
  assert.equal(freeSpot(crowded, VW, VH, W, H), null);
  assert.ok(freeSpot(crowded, VW, VH, 220, 44));
});
