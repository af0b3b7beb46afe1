// Compares the content-side page collection of two checkouts on the shared page corpus, cold and
// paired — a measurement, not a test:
//
//   node tools/measure-collect.mjs BEFORE_DIR AFTER_DIR [CORPUS_DIR] [--runs=2] [--only=REGEX] [--verbose] [--slowest=N] [--with-define] [--isolated]
//     BEFORE_DIR / AFTER_DIR: trees holding extension/content/, tests/e2e/collect-signals.mjs and
//     target/wasm/pkg (e.g. `git archive OLD extension tests/e2e tools | tar -x -C /tmp/old` plus a
//     symlink to this tree's target/wasm/pkg and node_modules). CORPUS_DIR defaults to ../shared/pages.
//
// Per page, `runs` times, the two collections run one after the other (the order alternates),
// each in a fresh tab on a fresh host (a new renderer process: nothing compiled or cached from
// the other run), as tools/measure-pages.mjs runs them (tests/e2e/collect-signals.mjs: scanForms,
// collectSignals, the pictures step). Per page the minimum over the runs is kept: on a shared
// machine, wall time measures the queue. Reported for the pages with a credential field, per
// checkout: median / p95 of scan, collect, visual (the picture search counted in it for both:
// visual.js counts it itself since this tool was written) and their total, in-page wall ms; and
// the CPU time of the browser's renderer main threads during the call (Linux /proc schedstat; the
// evaluation's own round trip included), with the median per-page ratio AFTER/BEFORE. Also lists
// the pages whose collected signals differ (hosts masked; pictures by count: the favicon may load
// late; with --verbose, the fields that differ); with --slowest=N, the N sign-in pages of AFTER_DIR with the most CPU time, with their stage
// times beside BEFORE_DIR's (what makes the p95). The pages without a credential field (the scan
// alone) are reported apart. With --with-define, the CPU time also counts evaluating the scripts (DEFINE: V8's
// compile of the top-level code and of every function it compiles eagerly), as a page pays it once per
// frame at document_start: the fair comparison for compile hints, which move work from the collection
// to that evaluation. With --isolated, both run in a new isolated world of the page (CDP
// Page.createIsolatedWorld), as the content script does: the DOM's JS wrappers are made per world, so the
// main world, where the page's own scripts already touched many nodes, hides what touching a node first
// costs. Nothing leaves the machine: every request not for the sample's own host is aborted.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openSampleBrowser } from "./sample-browser.mjs";
import { corpusSamples, signsIn, toolArgs } from "./sample-corpus.mjs";
import { quantile } from "./stats.mjs";
import { cpuNs } from "./bench/schedstat.mjs";

const { pos: dirs, opt, flag, only, corpus } = toolArgs(2);
if (dirs.length < 2) {
  console.error("usage: node tools/measure-collect.mjs BEFORE_DIR AFTER_DIR [CORPUS_DIR] [--runs=2] [--only=REGEX] [--verbose] [--slowest=N]");
  process.exit(2);
}
const runs = Number(opt("runs", "2"));
const verbose = flag("verbose");
const slowest = Number(opt("slowest", "0"));
const withDefine = flag("with-define");
const isolated = flag("isolated");
/** An evaluator of expressions in the page: its main world, or (--isolated) a new isolated world. */
async function evaluator(page) {
  if (!isolated) return (expr) => page.evaluate(expr);
  const cdp = await browser.ctx.newCDPSession(page);
  const { frameTree } = await cdp.send("Page.getFrameTree");
  const { executionContextId } = await cdp.send("Page.createIsolatedWorld", { frameId: frameTree.frame.id, worldName: `measure${++worlds}` });
  return async (expr) => {
    const got = await cdp.send("Runtime.evaluate", { expression: expr, contextId: executionContextId, awaitPromise: true, returnByValue: true });
    if (got.exceptionDetails) throw new Error(got.exceptionDetails.text);
    return got.result.value;
  };
}
let worlds = 0;

// The picture search (nearbyPictures) is counted in visual.js's `ms` since this tool exists; an
// older tree gets it wrapped so both sides count the same work.
function countSearch(define) {
  if (/const near = nearbyPictures/.test(define)) return define;
  const wrap = "function nearbyPictures(...a){const t=performance.now();try{return nearbyPictures__inner.apply(this,a)}" +
    "finally{globalThis.__search=(globalThis.__search||0)+performance.now()-t}}";
  return define.replace("function nearbyPictures(", "function nearbyPictures__inner(").replace(/"use strict";/g, `"use strict";\n${wrap}\n`);
}
const sides = [];
for (const dir of dirs.slice(0, 2)) {
  const mod = await import(`${pathToFileURL(path.resolve(dir, "tests/e2e/collect-signals.mjs")).href}?side=${sides.length}`);
  sides.push({ dir, define: countSearch(mod.DEFINE), run: mod.RUN, rows: [] });
}

const browser = await openSampleBrowser("omamori-collect-", "s");
const renderers = () => browser.renderers();

async function collectOnce(side) {
  const page = await browser.open();
  try {
    const pids = renderers();
    const evaluate = await evaluator(page);
    let before = cpuNs(pids);
    await evaluate(side.define);
    if (!withDefine) before = cpuNs(pids);
    const got = await evaluate(`(async () => { const r = await ${side.run};
      return { scan: r.scanMs, collect: r.collectMs, visual: r.visualMs + (globalThis.__search || 0), signals: r.signals }; })()`);
    got.cpu = (cpuNs(pids) - before) / 1e6;
    got.total = got.scan + got.collect + got.visual;
    return got;
  } catch {
    return null;
  } finally {
    await page.close();
  }
}

// One throw-away collection per side first: the browser's first renderer starts colder than the rest.
browser.sample = corpusSamples(corpus, null).next().value?.dir ?? corpus;
for (const side of sides) await collectOnce(side);

const differ = [];
const comparable = (s) => JSON.stringify({ ...s, pictures: (s.pictures ?? []).length }).replace(/s\d+\.test/g, "HOST");
for (const { name, dir } of corpusSamples(corpus, only)) {
  browser.sample = dir;
  const best = sides.map(() => null);
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < sides.length; i++) {
      const j = run % 2 ? sides.length - 1 - i : i;
      const got = await collectOnce(sides[j]);
      if (!got) continue;
      if (!best[j]) best[j] = got;
      else for (const k of ["scan", "collect", "visual", "total", "cpu"]) best[j][k] = Math.min(best[j][k], got[k]);
    }
  }
  if (best.some((b) => !b)) continue;
  if (!signsIn(best[0].signals)) {
    best.forEach((b, i) => (sides[i].other ??= []).push({ name, ...b }));
    continue;
  }
  best.forEach((b, i) => sides[i].rows.push({ name, ...b }));
  if (comparable(best[0].signals) !== comparable(best[1].signals)) {
    differ.push(name);
    if (verbose) {
      const [a, b] = best.map((x) => JSON.parse(comparable(x.signals)));
      for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
        if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) console.log(`  ${k}: ${JSON.stringify(a[k])?.slice(0, 300)}\n  ${" ".repeat(k.length)}→ ${JSON.stringify(b[k])?.slice(0, 300)}`);
      }
    }
  }
  if (verbose) console.log(name, best.map((b) => `${b.total.toFixed(1)} ms, CPU ${b.cpu.toFixed(1)} ms`).join(" | "));
}
await browser.close();

for (const s of sides) {
  const f = (k) => `${quantile(s.rows.map((r) => r[k]), 0.5).toFixed(2)}/${quantile(s.rows.map((r) => r[k]), 0.95).toFixed(2)}`;
  console.log(`${s.dir}: ${s.rows.length} sign-in pages, median/p95 ms: scan ${f("scan")}, collect ${f("collect")}, visual ${f("visual")}, ` +
    `total ${f("total")}; CPU time ${f("cpu")}`);
}
if (sides[0].other) {
  for (const s of sides) {
    const f = (k) => `${quantile(s.other.map((r) => r[k]), 0.5).toFixed(2)}/${quantile(s.other.map((r) => r[k]), 0.95).toFixed(2)}`;
    console.log(`${s.dir}: ${s.other.length} pages without a credential field, median/p95 ms: scan ${f("scan")}; CPU time ${f("cpu")}`);
  }
}
const ratio = sides[1].rows.map((r, i) => r.cpu / sides[0].rows[i].cpu).sort((a, b) => a - b);
if (ratio.length) console.log(`CPU time per page, after/before: median ${ratio[Math.floor(ratio.length / 2)].toFixed(3)}`);
console.log(`signals differ on ${differ.length} page(s)${differ.length ? ": " + differ.join(", ") : ""}`);
if (slowest > 0) {
  const stages = (r) => `scan ${r.scan.toFixed(1)}, collect ${r.collect.toFixed(1)}, visual ${r.visual.toFixed(1)}, CPU ${r.cpu.toFixed(1)}`;
  console.log(`the ${slowest} sign-in pages with the most CPU time (AFTER | BEFORE, ms):`);
  for (const i of sides[1].rows.map((_, i) => i).sort((a, b) => sides[1].rows[b].cpu - sides[1].rows[a].cpu).slice(0, slowest)) {
    console.log(`  ${sides[1].rows[i].name}: ${stages(sides[1].rows[i])} | ${stages(sides[0].rows[i])}`);
  }
}
