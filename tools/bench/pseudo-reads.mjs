#!/usr/bin/env node
// How many pseudo-element styles a collection asks for (a measurement, not a test): per sign-in page of the shared
// corpus, the getComputedStyle(el, "::before"/"::after") calls of one collection (scan, collectSignals, then the
// pictures step), in a new isolated world of a fresh tab, for each tree given (trees as tools/measure-collect.mjs takes
// them). Each such call on an element without that pseudo-element is a style resolution (the page's rules matched
// again): a count, not a time, so a loaded machine does not blur it.
//
//   [CORPUS=../shared/pages] node tools/bench/pseudo-reads.mjs TREE [TREE2 …]

import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const { openSampleBrowser } = await import(`${repo}/tools/sample-browser.mjs`);
const { corpusSamples, signsIn } = await import(`${repo}/tools/sample-corpus.mjs`);
const sides = [];
for (const dir of process.argv.slice(2)) {
  const mod = await import(`${pathToFileURL(path.resolve(dir, "tests/e2e/collect-signals.mjs")).href}?s=${sides.length}`);
  sides.push({ dir, define: mod.DEFINE, run: mod.RUN });
}
const COUNT = `(() => { const g = window.getComputedStyle; globalThis.__pc = 0; globalThis.__pv = 0;
  window.getComputedStyle = function (el, p) { if (p) { if (globalThis.__inVisual) globalThis.__pv++; else globalThis.__pc++; } return g.call(window, el, p); }; return 1; })()`;
const browser = await openSampleBrowser("omamori-probe3-", "r");
let worlds = 0;
async function once(side) {
  const page = await browser.open();
  try {
    const cdp = await browser.ctx.newCDPSession(page);
    const { frameTree } = await cdp.send("Page.getFrameTree");
    const { executionContextId } = await cdp.send("Page.createIsolatedWorld", { frameId: frameTree.frame.id, worldName: `c${++worlds}` });
    const ev = async (expr) => (await cdp.send("Runtime.evaluate", { expression: expr, contextId: executionContextId, awaitPromise: true, returnByValue: true })).result.value;
    await ev(COUNT);
    const define = side.define.replace("const signals = full ? fns.collectSignals(scan) : { fields: f, signin_form: false };",
      "const signals = full ? fns.collectSignals(scan) : { fields: f, signin_form: false }; globalThis.__inVisual = true;");
    await ev(define);
    return await ev(`(async () => { const r = await ${side.run}; return { pc: globalThis.__pc, pv: globalThis.__pv, pics: (r.signals.pictures||[]).length, signals: r.signals }; })()`);
  } catch (e) { return null; } finally { await page.close(); }
}
const rows = [];
for (const { name, dir } of corpusSamples(process.env.CORPUS ?? path.join(repo, "..", "shared", "pages"), null)) {
  browser.sample = dir;
  const got = [];
  for (const s of sides) got.push(await once(s));
  if (got.some((g) => !g) || !signsIn(got[0].signals)) continue;
  rows.push({ name, got });
  console.log(name, got.map((g) => `collect ${g.pc} visual ${g.pv} pics ${g.pics}`).join(" | "));
}
await browser.close();
for (const [i, s] of sides.entries()) {
  const v = rows.map((r) => r.got[i].pv).sort((a, b) => a - b);
  console.log(`${s.dir}: ${rows.length} sign-in pages; pseudo-element style reads in the picture search: mean ${(v.reduce((a, x) => a + x, 0) / v.length).toFixed(1)}, median ${v[Math.floor(v.length / 2)]}, p95 ${v[Math.floor(v.length * 0.95)]}, max ${v[v.length - 1]}; in collectSignals mean ${(rows.reduce((a, r) => a + r.got[i].pc, 0) / rows.length).toFixed(1)}; pictures ${rows.reduce((a, r) => a + r.got[i].pics, 0)}`);
}
