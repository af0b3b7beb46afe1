// Where the first page collection's time goes — a measurement, not a test:
//
//   node tools/measure-cold.mjs [TREE] [CORPUS_DIR] [--only=REGEX] [--limit=N]
//     TREE: a checkout holding extension/content/, tests/e2e/collect-signals.mjs and target/wasm/pkg
//     (default: this one). CORPUS_DIR defaults to ../shared/pages.
//
// Per sign-in page, in one fresh tab (no extension), four collections one after the other
// (tests/e2e/collect-signals.mjs's DEFINE and RUN, as tools/measure-pages.mjs runs them):
//   1. a first copy of the scripts on a fresh page: Blink's first use of what the scan asks (the
//      first style of a pseudo-element, the first canvas…) and V8's first compile and run;
//   2. a second copy (another source text, so nothing compiled is reused) on the now warm page:
//      V8's lazy compiles and cold inline caches, Blink warm;
//   3. the second copy's closures made again from the same source (V8's compilation cache may
//      hand back the compiled functions: the difference to 2 is the compile it saves), fresh feedback;
//   4. the same closures again: everything warm.
// Reported: median / p95 of each, in-page wall ms (scan + collect + visual) and the renderer main
// threads' CPU ms (Linux schedstat). 1−2 is Blink's first use, 2−4 V8's first run of the scripts
// (compile, inline caches), 4 the work itself. Also the source bytes the scan compiles.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openSampleBrowser } from "./sample-browser.mjs";
import { corpusSamples, repo, signsIn, toolArgs } from "./sample-corpus.mjs";
import { quantile } from "./stats.mjs";
import { cpuNs } from "./bench/schedstat.mjs";

const { pos, opt, only, corpus } = toolArgs(1);
const tree = path.resolve(pos[0] ?? repo);
const limit = Number(opt("limit", "1000"));
const { DEFINE, RUN } = await import(pathToFileURL(path.join(tree, "tests/e2e/collect-signals.mjs")).href);
// A different source text per copy (a trailing comment): V8 keys its compilation cache on the text.
const copy = (tag) => `${DEFINE}\n//# copy ${tag}`;
console.log(`scan sources (DEFINE, rules included): ${Buffer.byteLength(DEFINE)} bytes`);

const browser = await openSampleBrowser("omamori-cold-", "c");
const renderers = () => browser.renderers();
const STEP = `(async () => { const r = await ${RUN}; return { ms: r.scanMs + r.collectMs + r.visualMs, signals: r.signals }; })()`;
async function timed(page, pids) {
  const before = cpuNs(pids);
  const got = await page.evaluate(STEP);
  return { ms: got.ms, cpu: (cpuNs(pids) - before) / 1e6, signals: got.signals };
}

let seq = 0;
const rows = [];
for (const { name, dir } of corpusSamples(corpus, only)) {
  if (rows.length >= limit) break;
  browser.sample = dir;
  const page = await browser.open();
  seq += 1;
  try {
    const pids = renderers();
    await page.evaluate(copy(`a${seq}`));
    const first = await timed(page, pids);
    if (!signsIn(first.signals)) continue;
    await page.evaluate(copy(`b${seq}`));
    const second = await timed(page, pids);
    await page.evaluate(copy(`b${seq}`));
    const cached = await timed(page, pids);
    const warm = await timed(page, pids);
    rows.push({ name, first, second, cached, warm });
  } catch {
    /* a page that would not load */
  } finally {
    await page.close();
  }
}
await browser.close();

console.log(`${rows.length} sign-in pages, median / p95 (in-page wall ms; renderer CPU ms)`);
for (const k of ["first", "second", "cached", "warm"]) {
  const w = rows.map((r) => r[k].ms);
  const c = rows.map((r) => r[k].cpu);
  console.log(`  ${k.padEnd(7)} ${quantile(w, 0.5).toFixed(2)} / ${quantile(w, 0.95).toFixed(2)};  CPU ${quantile(c, 0.5).toFixed(2)} / ${quantile(c, 0.95).toFixed(2)}`);
}
