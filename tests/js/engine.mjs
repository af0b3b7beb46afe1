// The real engine for JS tests: the wasm package `./build.sh build` writes to target/wasm/pkg
// (or OMAMORI_WASM_PKG), loaded in Node the way tools/wasm-smoke.mjs does. No stub: tests of
// JS that takes the engine's rules or normaliser run against the engine itself.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const PKG_DIR = path.resolve(root, process.env.OMAMORI_WASM_PKG || "target/wasm/pkg");

const glueFile = path.join(PKG_DIR, "omamori.js");
if (!fs.existsSync(glueFile)) {
  throw new Error(`${glueFile} missing: build the wasm package first (./build.sh build)`);
}
const engine = await import(pathToFileURL(glueFile).href);
engine.initSync({ module: fs.readFileSync(path.join(PKG_DIR, "omamori_bg.wasm")) });

export default engine;
