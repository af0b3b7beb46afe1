#!/usr/bin/env node
// Benchmark of the built WASM engine in Node (run by hand, never in CI):
//   node tools/bench-wasm.mjs [target/wasm/pkg] [URL-list-file]
// Prints the engine's construction time, checkUrl per-URL median and p99 (over batches), and the
// .wasm size raw and gzip. Default URLs: benches/urls.txt (the mix benches/check.rs times too).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { pathToFileURL } from "node:url";
import { quantile } from "./stats.mjs";

const dir = path.resolve(process.argv[2] || "target/wasm/pkg");
const glue = await import(pathToFileURL(path.join(dir, "omamori.js")).href);
const wasmPath = path.join(dir, "omamori_bg.wasm");
const bytes = fs.readFileSync(wasmPath);
glue.initSync({ module: bytes });

// One URL a line, `#` comments; an optional second column names a URL also timed on its own.
const listFile = process.argv[3] || new URL("../benches/urls.txt", import.meta.url);
const rows = fs.readFileSync(listFile, "utf8").split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.trim().split(/\s+/));
const urls = rows.map(([url]) => url);
const named = rows.filter(([, name]) => name).map(([url]) => url);


const builds = [];
let engine;
for (let i = 0; i < 50; i++) {
  const t0 = performance.now();
  engine = new glue.Engine({});
  builds.push(performance.now() - t0);
  if (i < 49) engine.free();
}
for (let i = 0; i < 2000; i++) engine.checkUrl(urls[i % urls.length]); // warm up

const perUrlUs = [];
const BATCH = 200;
for (let round = 0; round < 500; round++) {
  const t0 = performance.now();
  for (let i = 0; i < BATCH; i++) engine.checkUrl(urls[(round * BATCH + i) % urls.length]);
  perUrlUs.push(((performance.now() - t0) * 1000) / BATCH);
}
const single = {};
for (const u of named.length ? named : urls.slice(0, 3)) {
  const xs = [];
  for (let r = 0; r < 300; r++) {
    const t0 = performance.now();
    for (let i = 0; i < 50; i++) engine.checkUrl(u);
    xs.push(((performance.now() - t0) * 1000) / 50);
  }
  single[u.slice(0, 50)] = quantile(xs, 0.5).toFixed(2) + " µs";
}
console.log(`wasm: ${bytes.length} bytes raw, ${zlib.gzipSync(bytes, { level: 9 }).length} bytes gzip -9 (${path.relative(process.cwd(), wasmPath)})`);
console.log(`engine construction: median ${quantile(builds, 0.5).toFixed(3)} ms, max ${Math.max(...builds).toFixed(3)} ms`);
console.log(`checkUrl over ${urls.length} URLs: median ${quantile(perUrlUs, 0.5).toFixed(2)} µs/URL, p99 ${quantile(perUrlUs, 0.99).toFixed(2)} µs/URL (batches of ${BATCH})`);
console.log("single URL medians:", single);
