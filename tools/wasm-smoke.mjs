#!/usr/bin/env node
// Load a wasm-bindgen `--target web` build in Node and call it: catches a wasm file that a
// wasm-opt pass corrupted (Debian 12's binaryen 108 does that: "Table.set(): Argument 1 is
// invalid for table"), or glue and wasm that do not belong together.
//
//   node tools/wasm-smoke.mjs GLUE_JS WASM_FILE
//
// Exits 0 and prints what it checked, or non-zero with the error.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const [glue, wasm] = process.argv.slice(2);
if (!glue || !wasm) {
  console.error("usage: wasm-smoke.mjs GLUE_JS WASM_FILE");
  process.exit(2);
}
const mod = await import(pathToFileURL(path.resolve(glue)).href);
if (typeof mod.initSync !== "function") throw new Error(`${glue} has no initSync export (not a --target web build?)`);
mod.initSync({ module: fs.readFileSync(wasm) });
const checked = ["initSync"];
if (typeof mod.version === "function") checked.push(`version()=${JSON.stringify(mod.version())}`);
if (typeof mod.Engine === "function") {
  const engine = new mod.Engine({});
  const v = engine.checkUrl("https://amaz0n.co.jp/ap/signin");
  if (!v || typeof v !== "object" || typeof v.verdict !== "string") {
    throw new Error(`Engine.checkUrl returned ${JSON.stringify(v)}, expected a verdict object`);
  }
  checked.push(`Engine.checkUrl(amaz0n.co.jp)=${v.verdict}`);
}
console.log(`wasm smoke OK (${path.basename(wasm)}): ${checked.join(", ")}`);
