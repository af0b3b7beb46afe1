// The size budget of the shipped engine (issue 14): the built .wasm, compressed as `gzip -9c FILE | wc -c`
// measures it, must stay at or under 300,000 bytes. A byte count of the file `./build.sh build` ships
// (target/wasm/pkg, or OMAMORI_WASM_PKG), not a timing. docs/wasm-size.md says what takes the bytes.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import test from "node:test";
import { fileURLToPath } from "node:url";

const BUDGET = 300_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const wasm = path.join(path.resolve(root, process.env.OMAMORI_WASM_PKG || "target/wasm/pkg"), "omamori_bg.wasm");

/** `gzip -9c FILE | wc -c` (GNU gzip: the figure the issue names; Node's zlib compresses differently). */
function gzip9(file) {
  const run = spawnSync("gzip", ["-9c", file], { maxBuffer: 64 << 20 });
  assert.equal(run.error, undefined, `gzip could not run: ${run.error}`);
  assert.equal(run.status, 0, `gzip -9c ${file} failed: ${run.stderr}`);
  return run.stdout.length;
}

test(`the shipped .wasm is at most ${BUDGET} bytes gzip -9`, (t) => {
  assert.ok(fs.existsSync(wasm), `${wasm} missing: build the wasm package first (./build.sh build)`);
  const raw = fs.statSync(wasm).size;
  const gz = gzip9(wasm);
  const line = `${path.relative(root, wasm)}: ${raw} B raw, ${gz} B gzip -9; budget ${BUDGET}, margin ${BUDGET - gz} B`;
  t.diagnostic(line);
  assert.ok(gz <= BUDGET, `${line}: over the budget by ${gz - BUDGET} B (docs/wasm-size.md: what takes the bytes)`);
});
