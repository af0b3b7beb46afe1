// The picture step's waits and backstops come from the engine's RULES.limits (src/rules.rs), not from constants
// of the content scripts: extension/content/visual-find.js (loadImage's waits, svgSource's size bound) and
// visual.js (collectPictures's time backstop), run against the real engine's rules with stand-ins for the DOM.
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import test from "node:test";
import vm from "node:vm";
import { fileURLToPath } from "node:url";
import engine from "./engine.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const RULES = engine.rules();
const source = (f) => fs.readFileSync(path.join(repo, "extension", "content", f), "utf8");

/** The content scripts in a context of their own: `RULES` as rules.js defines it, `extra` globals. */
function load(files, extra = {}) {
  const ctx = { performance, btoa, RULES, ...extra };
  ctx.globalThis = ctx;
  vm.runInNewContext(files.map(source).join("\n;\n"), ctx);
  return ctx;
}

test("loadImage waits RULES.limits.visual_wait_ms for a network picture, visual_wait_data_ms for a data: one", async () => {
  const waits = [];
  // A picture that never loads: only the timer settles it.
  class Never { decode() { return Promise.resolve(); } }
  const ctx = load(["visual-find.js"], { setTimeout: (f, ms) => (waits.push(ms), f()) });
  const doc = { defaultView: { Image: Never } };
  assert.equal(await ctx.OmamoriVisualFind.loadImage("https://shop.test/logo.png", doc), null);
  assert.equal(await ctx.OmamoriVisualFind.loadImage("data:image/png;base64,AAAA", doc), null);
  assert.deepEqual(waits, [RULES.limits.visual_wait_ms, RULES.limits.visual_wait_data_ms]);
  assert.ok(RULES.limits.visual_wait_ms < RULES.limits.visual_wait_data_ms);
});

test("svgSource draws an svg up to RULES.limits.visual_svg_chars characters, no heavier one", () => {
  let chars = 0;
  class XMLSerializer { serializeToString() { return "<svg>" + "x".repeat(chars - 11) + "</svg>"; } }
  const ctx = load(["visual-find.js"], { XMLSerializer });
  // A logo-sized svg that draws a path of its own (no sprite).
  const svg = {
    getElementsByTagName: () => ({ length: 2 }),
    getBoundingClientRect: () => ({ width: 48, height: 48 }),
    querySelectorAll: () => [],
    querySelector: (sel) => (sel.includes("path") ? {} : null),
    getAttribute: () => null,
  };
  chars = RULES.limits.visual_svg_chars;
  assert.match(ctx.OmamoriVisualFind.svgSource(svg), /^data:image\/svg\+xml/);
  chars = RULES.limits.visual_svg_chars + 1;
  assert.equal(ctx.OmamoriVisualFind.svgSource(svg), null);
});

test("collectPictures draws no picture once its work passes the time backstop", async () => {
  let canvases = 0;
  const near = [{ tagName: "CANVAS", width: 64, height: 64 }, { tagName: "CANVAS", width: 64, height: 64 }];
  const OmamoriVisualFind = { nearbyPictures: () => near, paperOf: () => "#fff" };
  class OffscreenCanvas { constructor() { canvases += 1; } getContext() { return null; } }
  const ctx = load(["visual.js"], { setTimeout, OmamoriVisualFind });
  const doc = { defaultView: { OffscreenCanvas }, querySelector: () => null };
  const out = await ctx.OmamoriVisual.collectPictures({ doc, formEls: [], limits: { work_ms: -1 } });
  assert.deepEqual([out.pictures.length, out.skipped, canvases], [0, near.length, 0]);
  // Within the backstop (RULES' own bound) the same pictures are drawn (here: no 2D context, so nothing comes back).
  const within = await ctx.OmamoriVisual.collectPictures({ doc, formEls: [] });
  assert.equal(canvases, 1, "drawn within RULES.limits.visual_work_ms");
  assert.equal(within.pictures.length, 0);
  assert.ok(RULES.limits.visual_work_ms >= 500, "a backstop, not a budget: the pixel budget decides what is drawn");
});
