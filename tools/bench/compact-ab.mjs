#!/usr/bin/env node
// Two builds' checkUrlCompact on peer.mjs's 20,000 URLs, run by hand: each build its own module
// instance, CPU time per batch of 500 URLs, the order alternated per batch and round; prints the
// median µs/URL of each and the median of the per-round ratios A/B. Run it in both orders
// (A B, then B A): a real difference shows in both.
//
//   node tools/bench/compact-ab.mjs PKG_A PKG_B [ROUNDS] [TRANCO_CSV]
import fs from "node:fs"; import path from "node:path"; import { pathToFileURL } from "node:url";
import { urlMix } from "./urls.mjs";
const [A, B, R, TRANCO] = process.argv.slice(2); const rounds = Number(R || 9);
const engines = [];
for (const [i, p] of [A, B].entries()) {
  const glue = await import(pathToFileURL(path.join(p, "omamori.js")).href + "?slot=" + i);
  glue.initSync({ module: fs.readFileSync(path.join(p, "omamori_bg.wasm")) });
  engines.push(new glue.Engine({}));
}
const retailerDomains = engines[0].retailers().flatMap((r) => r.domains);
const { urls } = urlMix({ total: 20000, trancoFile: TRANCO ?? "../shared/data/tranco_top100k.csv", retailerDomains });
const cpu = () => { const c = process.cpuUsage(); return c.user + c.system; };
const BS = 500, nb = urls.length / BS;
const sums = [0, 0];
const run = (e, a, b) => { let n = 0; for (let i = a; i < b; i++) n = (n + e.checkUrlCompact(urls[i])) | 0; return n; };
for (let k = 0; k < 2; k++) sums[k] = run(engines[k], 0, urls.length);
if (sums[0] !== sums[1]) console.log("ANSWERS DIFFER", sums);
const per = [[], []];
for (let r = 0; r < rounds; r++) { const t = [0, 0];
  for (let j = 0; j < nb; j++) for (let k = 0; k < 2; k++) { const s = (k + j + r) % 2; const c0 = cpu(); run(engines[s], j * BS, (j + 1) * BS); t[s] += cpu() - c0; }
  per[0].push(t[0] / urls.length); per[1].push(t[1] / urls.length); }
const med = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[(s.length - 1) >> 1] / 2 + s[s.length >> 1] / 2; };
console.log(`A ${med(per[0]).toFixed(3)} µs  B ${med(per[1]).toFixed(3)} µs  A/B ${med(per[0].map((x, i) => x / per[1][i])).toFixed(3)}  (${per[0].map((x, i) => (x / per[1][i]).toFixed(2)).join(" ")})`);
