// Rewrites the expected-misses ledger (tests/cases/visual-misses.txt) from the committed fingerprints and
// tests/cases/visual.txt as resvg draws them: after `node tools/visual/fingerprints.mjs` (a new catalog
// retailer, a new rendering), so that tests/visual.rs's exact ledger follows. Logos caught at least 3 bits
// inside the threshold leave it; within 2 bits of the threshold are `borderline` (the browser's drawing decides); the rest,
// and logos lost to the margin, are `miss`; unrelated logos that resvg's drawing names are `false-alarm`. The header
// comment is kept.
//
// With browser dumps (tests/e2e/visual.mjs OMAMORI_VISUAL_DUMP=FILE: the pictures as Chromium or Firefox drew
// them), a logo that resvg catches clearly but a browser misses, or the reverse, is `borderline` too: the
// e2e suite accepts either outcome for it (a part split that a pixel of the browser's smoothing undoes).
//
//   node tools/visual/ledger.mjs [--check] [DUMP...]      (needs the wasm package, as roc.mjs does)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { MARGIN, MAX_DISTANCE } from "./bounds.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const FILE = path.join(repo, "tests", "cases", "visual-misses.txt");
const T = MAX_DISTANCE;
const roc = (table) => {
  const args = [path.join(repo, "tools", "visual", "roc.mjs"), ...(table ? [table] : [])];
  return execFileSync(process.execPath, args, { env: { ...process.env, AT: String(T) }, encoding: "utf8" });
};
const outcomes = (table) => [...roc(table).matchAll(/^(\S+) (caught|missed) (\d+)$/gm)];
const dumps = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const browsers = new Map(); // fixture → its outcomes in the browser dumps
for (const dump of dumps) for (const [, name, status] of outcomes(dump)) browsers.set(name, [...(browsers.get(name) ?? []), status === "caught"]);
const rows = [];
for (const [, name, status, d] of outcomes()) {
  const n = Number(d), caught = status === "caught";
  if ((browsers.get(name) ?? []).some((b) => b !== caught)) {
    rows.push(`${name} borderline ${n} bits from its nearest own fingerprint as resvg draws it (${caught ? "caught" : "not caught"} at ${T}, margin ${MARGIN}), ${caught ? "missed" : "caught"} as a browser draws it`);
    continue;
  }
  if (caught && n <= T - 3) continue;
  const why = `${n} bits from its nearest own fingerprint as resvg draws it`;
  if (n >= T - 2 && n <= T + 2) rows.push(`${name} borderline ${why} (${caught ? "caught" : "not caught"} at ${T}, margin ${MARGIN}): the browser's drawing decides`);
  else if (caught) rows.push(`${name} borderline ${why} (caught at ${T}, margin ${MARGIN}): the browser's drawing decides`);
  else rows.push(`${name} miss ${why}${n < T - 2 ? " (not caught: another retailer or a generic shape is within the margin)" : ""}`);
}
// Unrelated logos that resvg's drawing names (a known false alarm, e.g. a word one letter from a wordmark):
// tests/visual.rs holds them named until they are not (then this list shrinks); the e2e suite accepts either.
for (const [, name, ids] of roc().matchAll(/^(\S+) flagged (\S+)$/gm)) {
  rows.push(`${name} false-alarm named ${ids} as resvg draws it (at ${T}, margin ${MARGIN})`);
}
const header = fs.readFileSync(FILE, "utf8").split("\n").filter((l) => l.startsWith("#"));
const text = [...header, ...rows].join("\n") + "\n";
if (process.argv.includes("--check")) {
  if (fs.readFileSync(FILE, "utf8") !== text) {
    console.error(`${path.relative(repo, FILE)} stale: run node tools/visual/ledger.mjs`);
    process.exit(1);
  }
  console.log(`ledger up to date (${rows.length} entries)`);
} else {
  fs.writeFileSync(FILE, text);
  console.log(`wrote ${path.relative(repo, FILE)} (${rows.length} entries)`);
}
