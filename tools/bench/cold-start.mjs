#!/usr/bin/env node
// Engine cold start, run by hand (never in CI): what a service-worker start pays before the first
// verdict, measured in fresh Node processes (same V8 as Chromium): WebAssembly.compile of the .wasm,
// instantiate, new Engine({}), first checkUrl (which also pays V8's lazy compilation of the
// functions it runs and the engine's first-use tables).
//
//   node tools/bench/cold-start.mjs [PKG_DIR=target/wasm-pkg] [RUNS=9]
//
// Each row twice: with V8's defaults (WASM functions compiled lazily, on their first call, as in
// Chromium's service worker) and with --no-wasm-lazy-compilation (the whole module compiled up
// front): the difference in "engine" and "first check" is compilation, not the engine's own work.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";

const [dirArg, runsArg, child] = process.argv.slice(2);
const dir = path.resolve(dirArg ?? "target/wasm-pkg");

if (child === "--child") {
  const bytes = fs.readFileSync(path.join(dir, "omamori_bg.wasm"));
  const glue = await import(pathToFileURL(path.join(dir, "omamori.js")).href);
  const t0 = performance.now();
  const module = await WebAssembly.compile(bytes);
  const t1 = performance.now();
  glue.initSync({ module });
  const t2 = performance.now();
  const engine = new glue.Engine({});
  const t3 = performance.now();
  engine.checkUrl("https://amaz0n.co.jp/ap/signin");
  const t4 = performance.now();
  console.log(JSON.stringify({ compile: t1 - t0, instantiate: t2 - t1, engine: t3 - t2, first_check: t4 - t3, total: t4 - t0 }));
} else {
  const runs = Number(runsArg ?? 9);
  const size = fs.statSync(path.join(dir, "omamori_bg.wasm")).size;
  console.log(`${path.relative(process.cwd(), dir) || "."} (${size} bytes), median of ${runs} fresh processes each, ms:`);
  const modes = [["lazy (V8 default)", []], ["eager", ["--no-wasm-lazy-compilation"]]];
  const rows = modes.map(() => []);
  for (let i = 0; i < runs; i++) {
    // The two modes alternate, so a change in the machine's load weighs on both.
    for (const [m, [, flags]] of modes.entries()) {
      const out = execFileSync(process.execPath, [...flags, fileURLToPath(import.meta.url), dir, "1", "--child"], { encoding: "utf8" });
      rows[m].push(JSON.parse(out));
    }
  }
  for (const [m, [name]] of modes.entries()) {
    const median = (k) => rows[m].map((r) => r[k]).sort((a, b) => a - b)[Math.floor(rows[m].length / 2)].toFixed(1);
    console.log(`  ${name.padEnd(18)} compile ${median("compile")}  instantiate ${median("instantiate")}  engine ${median("engine")}  first check ${median("first_check")}  total ${median("total")}`);
  }
}
