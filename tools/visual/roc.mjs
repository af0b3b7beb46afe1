// The matching threshold's trade-off on labelled pictures: for each Hamming-distance threshold,
// how many pictures of a retailer's mark match that retailer (true matches) and how many
// unrelated pictures match some retailer (false matches), with the engine's margin rule.
//
//   node tools/visual/roc.mjs [TABLE...]
//
// TABLE lines: `<expected retailer id or -> <name> <picture base64>` (default tests/cases/visual.txt;
// tools/measure-pages.mjs --pictures writes one for a page set). Pictures are hashed by the wasm
// engine's pictureHash (target/wasm/pkg); fingerprints are read from src/visual/fingerprints.rs.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PKG = path.resolve(repo, process.env.OMAMORI_WASM_PKG || "target/wasm/pkg");
const engine = await import(pathToFileURL(path.join(PKG, "omamori.js")).href);
engine.initSync({ module: fs.readFileSync(path.join(PKG, "omamori_bg.wasm")) });

const MARGIN = 4; // src/visual/mod.rs MARGIN
const MIN_EDGES = 6; // src/visual/mod.rs MIN_EDGES

function fingerprints() {
  const src = fs.readFileSync(path.join(repo, "src", "visual", "fingerprints.rs"), "utf8");
  const out = [];
  for (const m of src.matchAll(/\("([^"]+)", &\[([^\]]*)\]\)/g)) {
    for (const h of m[2].matchAll(/0x([0-9a-f]{16})/g)) out.push([m[1], BigInt("0x" + h[1])]);
  }
  return out;
}

const popcount = (x) => {
  let n = 0;
  for (; x; x &= x - 1n) n++;
  return n;
};

/** Nearest distance per owner. */
function nearest(hash, prints) {
  const best = new Map();
  for (const [owner, h] of prints) {
    const d = popcount(hash ^ h);
    if (!best.has(owner) || d < best.get(owner)) best.set(owner, d);
  }
  return [...best].sort((a, b) => a[1] - b[1]);
}

/** The engine's decision at threshold `t`: the retailer id or null. */
function decide(ranked, hash, t) {
  const ones = popcount(hash);
  if (ones < MIN_EDGES || ones > 64 - MIN_EDGES) return null;
  const [[owner, d], second] = ranked;
  if (owner === "~shape" || d > t) return null;
  if (second && second[1] < d + MARGIN) return null;
  return owner;
}

const files = process.argv.slice(2).length ? process.argv.slice(2) : [path.join(repo, "tests", "cases", "visual.txt")];
const prints = fingerprints();
for (const file of files) {
  const rows = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    if (!line.trim() || line.startsWith("#")) continue;
    const [expected, name, picture] = line.split(" ");
    const hex = engine.pictureHash(picture);
    if (!hex) continue;
    const hash = BigInt("0x" + hex);
    const ranked = nearest(hash, prints);
    rows.push({ expected: expected === "-" ? null : expected, name, hash, ranked });
  }
  const pos = rows.filter((r) => r.expected), neg = rows.filter((r) => !r.expected);
  console.log(`\n${path.relative(repo, file)}: ${pos.length} pictures of a retailer's mark, ${neg.length} unrelated (margin ${MARGIN})`);
  console.log("threshold | true matches | wrong retailer | false matches (unrelated)");
  for (let t = 2; t <= 16; t += 2) {
    const tp = pos.filter((r) => decide(r.ranked, r.hash, t) === r.expected).length;
    const wrong = pos.filter((r) => { const d = decide(r.ranked, r.hash, t); return d && d !== r.expected; }).length;
    const fp = neg.filter((r) => decide(r.ranked, r.hash, t)).length;
    console.log(`${String(t).padStart(9)} | ${String(tp).padStart(5)}/${pos.length} | ${String(wrong).padStart(5)} | ${String(fp).padStart(5)}/${neg.length}`);
  }
  if (process.env.VERBOSE) {
    for (const r of rows) {
      const own = r.expected ? r.ranked.find(([o]) => o === r.expected)?.[1] : "-";
      console.log(`  ${r.expected ?? "-"} ${r.name}: own ${own}; nearest ${r.ranked.slice(0, 3).map(([o, d]) => `${o}:${d}`).join(" ")}`);
    }
  }
}
