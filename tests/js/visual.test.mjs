// extension/content/visual.js (dHash) and the derived fingerprint file src/visual/fingerprints.txt.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import test from "node:test";
import vm from "node:vm";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const ctx = { performance, setTimeout };
ctx.globalThis = ctx;
vm.runInNewContext(fs.readFileSync(path.join(repo, "extension", "content", "visual.js"), "utf8"), ctx);
const V = ctx.OmamoriVisual;

const image = (w, h, f) => Uint8Array.from({ length: w * h }, (_, i) => f(i % w, Math.floor(i / w)));

test("dhash table", () => {
  for (const [name, gray, w, h, want] of [
    ["blank", image(32, 32, () => 200), 32, 32, "0000000000000000"],
    ["brighter to the right", image(36, 32, (x) => x * 7), 36, 32, "ffffffffffffffff"],
    ["darker to the right", image(36, 32, (x) => 255 - x * 7), 36, 32, "0000000000000000"],
    ["bright from the sixth column in the top row", image(18, 16, (x, y) => (y < 2 && x >= 10 ? 255 : 0)), 18, 16, "0800000000000000"],
  ]) {
    assert.equal(V.dhash(gray, w, h), want, name);
  }
});

test("dhash is nearly scale-invariant", () => {
  const mark = (s) => image(s, s, (x, y) => ((x - s / 2) ** 2 + (y - s / 3) ** 2 < (s / 4) ** 2 ? 0 : 255));
  const a = BigInt("0x" + V.dhash(mark(32), 32, 32));
  const b = BigInt("0x" + V.dhash(mark(97), 97, 97));
  const bits = [...(a ^ b).toString(2)].filter((c) => c === "1").length;
  assert.ok(bits <= 6, `${bits} bits differ`);
});

test("grayOf composites over white", () => {
  const g = V.grayOf(Uint8Array.from([0, 0, 0, 0, 0, 0, 0, 255, 255, 0, 0, 255]), 3, 1);
  assert.deepEqual([...g], [255, 0, 76]);
});

test("the committed fingerprints are what the tool derives", () => {
  execFileSync(process.execPath, [path.join(repo, "tools", "visual", "fingerprints.mjs"), "--check"], { stdio: "pipe" });
});

test("hashPixels crops the margin: one mark with and without a margin hashes alike", () => {
  const rgba = (s, pad) => {
    const out = new Uint8Array(s * s * 4).fill(255);
    for (let y = 0; y < s; y++) for (let x = 0; x < s; x++) {
      const u = (x - pad) / (s - 2 * pad), v = (y - pad) / (s - 2 * pad);
      const inside = u >= 0 && u < 1 && v >= 0 && v < 1 && (u < 0.3 || (v > 0.4 && v < 0.6) || (u > 0.7 && v < 0.8));
      if (inside) out.fill(0, (y * s + x) * 4, (y * s + x) * 4 + 3);
    }
    return out;
  };
  const a = BigInt("0x" + V.hashPixels(rgba(64, 2), 64, 64));
  const b = BigInt("0x" + V.hashPixels(rgba(64, 14), 64, 64));
  const bits = [...(a ^ b).toString(2)].filter((c) => c === "1").length;
  assert.ok(bits <= 4, `${bits} bits differ`);
  assert.equal(V.hashPixels(new Uint8Array(64 * 64 * 4).fill(255), 64, 64), null, "blank");
});
