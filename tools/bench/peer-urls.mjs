#!/usr/bin/env node
// Writes the peer benchmark's URL list (tools/bench/peer.mjs: same arguments, same URLs) to a file,
// one per line, for the native example and callgrind (run by hand, never in CI):
//
//   node tools/bench/peer-urls.mjs OUT.txt [--pkg target/wasm/pkg] [--tranco ../shared/data/tranco_top100k.csv] [--total 20000]
//   cargo run --release --example check_speed -- --count-compact OUT.txt 20000   # under callgrind (README)
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { urlMix } from "./urls.mjs";

const [out, ...rest] = process.argv.slice(2);
if (!out || out.startsWith("--")) {
  console.error("usage: peer-urls.mjs OUT.txt [--pkg DIR] [--tranco CSV] [--total N]");
  process.exit(2);
}
const args = Object.fromEntries(
  rest.reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const pkg = path.resolve(args.pkg ?? "target/wasm/pkg");
const glue = await import(pathToFileURL(path.join(pkg, "omamori.js")).href);
glue.initSync({ module: fs.readFileSync(path.join(pkg, "omamori_bg.wasm")) });
const engine = new glue.Engine({});
// The retailer domains come from the engine, as in peer.mjs, so both lists are the same.
const retailerDomains = engine.retailers().flatMap((r) => r.domains);
const { urls, source } = urlMix({
  total: Number(args.total ?? 20000),
  trancoFile: args.tranco ?? path.resolve("../shared/data/tranco_top100k.csv"),
  retailerDomains,
});
fs.writeFileSync(out, `${urls.join("\n")}\n`);
console.log(`${urls.length} URLs (${source}) → ${out}`);
