// extension/content/visual.js (pictures drawn small and gray for the engine), the engine's
// pictureHash on them (src/visual/hash.rs, the real wasm engine), and the derived fingerprint file
// src/visual/fingerprints.rs.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import test from "node:test";
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import engine from "./engine.mjs";
import { REGIONS } from "../../tools/visual/fixtures.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const ctx = { performance, setTimeout, btoa };
ctx.globalThis = ctx;
vm.runInNewContext(fs.readFileSync(path.join(repo, "extension", "content", "visual.js"), "utf8"), ctx);
const V = ctx.OmamoriVisual;
const SIDE = engine.rules().limits.visual_side;

const image = (w, h, f) => Uint8Array.from({ length: w * h }, (_, i) => f(i % w, Math.floor(i / w)));
const bits = (a, b) => [...(BigInt("0x" + a) ^ BigInt("0x" + b)).toString(2)].filter((c) => c === "1").length;

test("grayOf composites over white", () => {
  const g = V.grayOf(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 255, 255, 0, 0, 255]), 3, 1);
  assert.deepEqual([...g], [255, 0, 77]); // red: 77/256 of full scale (BT.601 0.299)
});

test("the picture budget is counted in pixels and fits a sign-in page's pictures whole", () => {
  const { visual_budget_px: budget, visual_regions: regions, visual_images: images, pictures } = engine.rules().limits;
  // Charged before it runs, the most a step costs: a 64² picture drawn whole is 2 draws and 2 reads of the square.
  assert.equal(V.drawCost(16 * 16, SIDE, 0), 6 * SIDE * SIDE, "a favicon costs at least the square's draws and reads");
  assert.ok(V.drawCost(420 * 56, SIDE, regions) > V.drawCost(420 * 56, SIDE, 0), "the parts cost more");
  // A favicon and the most pictures near a form, each a 480 × 120 lockup drawn with its parts (larger than any
  // logo of tests/e2e/fixtures/visual): all drawn, so that the fixtures' outcomes never depend on the budget.
  const page = V.drawCost(32 * 32, SIDE, 0) + Math.min(images, pictures[0]) * V.drawCost(480 * 120, SIDE, regions);
  assert.ok(page <= budget, `${page} px > ${budget}`);
  // A photo of a million pixels is not drawn: the budget bounds the work on any page.
  assert.ok(V.drawCost(1000 * 1000, SIDE, 0) > budget);
});

test("encodeGray packs 16 levels two to a byte, high nibble first, in base64", () => {
  for (const [gray, want] of [[[], ""], [[0, 0, 0, 0, 0, 0], "AAAA"], [[255, 255], "/w=="], [[0x4f, 0xd0, 0x61, 0x1f], "TWE="]]) {
    assert.equal(V.encodeGray(Uint8Array.from(gray)), want, JSON.stringify(gray));
  }
  const all = Uint8Array.from({ length: 256 }, (_, i) => i);
  const packed = [...Buffer.from(V.encodeGray(all), "base64")];
  assert.equal(packed.length, 128);
  assert.deepEqual(packed.slice(0, 9), [0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x11]);
});

test("the engine hashes a picture as visual.js sends it: its shape, whatever the colours", () => {
  // An "L" in black on white, white on a dark colour, and dark on coloured paper: one shape.
  const l = (ink, paper) => image(SIDE, SIDE, (x, y) => (x >= 8 && x < 56 && y >= 6 && y < 58 && (x < 22 || y > 44) ? ink(x) : paper));
  const want = engine.pictureHash(V.encodeGray(l(() => 0, 255)));
  assert.match(want, /^[0-9a-f]{16}$/);
  assert.equal(engine.pictureHash(V.encodeGray(l(() => 255, 40))), want, "negative");
  assert.equal(engine.pictureHash(V.encodeGray(l(() => 30, 200))), want, "dark ink on coloured paper");
  assert.deepEqual(engine.pictureHashes(V.encodeGray(l(() => 0, 255))), [want], "one part: the whole");
  assert.equal(engine.pictureHash(V.encodeGray(image(SIDE, SIDE, () => 255))), undefined, "blank");
  assert.deepEqual(engine.pictureHashes(V.encodeGray(image(SIDE, SIDE, () => 255))), [], "blank");
  for (const bad of ["", "AAAA", "%".repeat(engine.rules().limits.pictures[1]), V.encodeGray(image(SIDE + 2, SIDE, () => 0))]) {
    assert.throws(() => engine.pictureHash(bad), /invalid picture/, JSON.stringify(bad.slice(0, 8)));
    assert.throws(() => engine.pictureHashes(bad), /invalid picture/, JSON.stringify(bad.slice(0, 8)));
  }
});

test("one mark with and without a margin hashes alike (the engine crops)", () => {
  const mark = (pad) => image(SIDE, SIDE, (x, y) => {
    const span = SIDE - 2 * pad, u = (x - pad) / span, v = (y - pad) / span;
    return u >= 0 && u < 1 && v >= 0 && v < 1 && (u < 0.3 || (v > 0.4 && v < 0.6) || (u > 0.7 && v < 0.8)) ? 0 : 255;
  });
  const a = engine.pictureHash(V.encodeGray(mark(1)));
  const b = engine.pictureHash(V.encodeGray(mark(4)));
  assert.ok(bits(a, b) <= 8, `${a} vs ${b}: more than the match threshold`);
});

test("regionBoxes cuts a wide picture's strip at gaps of paper wider than a sixth of its height", () => {
  const slices = V.REGION_SLICES, rows = SIDE / slices, cols = SIDE * slices;
  // The strip (cols × rows; source 512 × 32: a column is 2 px, the gap 3 columns): a mark, a word with
  // letter gaps of 2 columns, a box; drawn into the square as visual.js draws it, a quarter a band.
  const strip = (paper, ink) => (x, y) => ((x >= 10 && x < 30 && y >= 3 && y < 13) ||
    (x >= 60 && x < 120 && y >= 4 && y < 12 && x !== 80 && x !== 81 && x !== 100 && x !== 101) ||
    (x >= 160 && x < 250 && y >= 2 && y < 14) ? ink : paper);
  const square = (f) => image(SIDE, SIDE, (x, y) => f(Math.floor(y / rows) * SIDE + x, y % rows));
  const boxes = (...a) => JSON.parse(JSON.stringify(V.regionBoxes(...a))); // arrays of the vm's realm
  const want = [[18, 4, 44, 24], [118, 6, 124, 20], [318, 2, 184, 28]];
  assert.deepEqual(boxes(square(strip(255, 0)), SIDE, 512, 32, 3), want);
  assert.deepEqual(boxes(square(strip(30, 220)), SIDE, 512, 32, 3), want, "negative");
  assert.deepEqual(boxes(square(strip(255, 0)), SIDE, 512, 32, 2), want.slice(0, 2), "at most max");
  // Gaps narrower than a sixth of the height join the parts (500 px high: 42 columns); one part is none.
  assert.deepEqual(boxes(square(strip(255, 0)), SIDE, 512, 500, 3), []);
  // No paper the corners share (a photo): none.
  const photo = square((x, y) => (x + y) % 2 ? 0 : 255);
  assert.deepEqual(boxes(photo, SIDE, 512, 32, 3), []);
  assert.equal(REGIONS, engine.rules().limits.visual_regions, "fixtures.mjs draws as many parts as RULES");
});

test("the committed fingerprints are what the tool derives", () => {
  execFileSync(process.execPath, [path.join(repo, "tools", "visual", "fingerprints.mjs"), "--check"], { stdio: "pipe" });
});

test("the committed visual fixtures (e2e pages, tests/cases/visual.txt) are what the tool writes", () => {
  execFileSync(process.execPath, [path.join(repo, "tools", "visual", "fixtures.mjs"), "--check"], { stdio: "pipe" });
});
