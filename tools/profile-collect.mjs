// Where a first page collection's time goes, from the renderer's own trace — a measurement, not a test:
//
//   node tools/profile-collect.mjs TREE CORPUS_DIR [--only=REGEX] [--slowest=N] [--sections] [--functions=N]
//     TREE: a checkout holding extension/content/, tests/e2e/collect-signals.mjs and target/wasm/pkg
//     (default: this one). CORPUS_DIR defaults to ../shared/pages next to this checkout.
//
// Per sign-in page, in a fresh tab (no extension), the scripts are defined (DEFINE) and the collection run
// once (RUN), as tools/measure-pages.mjs does, under a Chromium trace (CDP Tracing: devtools.timeline,
// v8, v8.compile, user timing). The window is the synchronous scan + collect (one task, marked in the
// page; the picture step awaits image loads and is reported apart as its own in-page ms). The trace's
// events on the renderer's main thread inside it are split by self time on the thread's CPU clock (tts,
// tdur: wall time on a loaded machine measures the queue) into: V8 compile/parse (lazy compiles of the
// functions RUN calls), style recalculation (UpdateLayoutTree: forced by a read of ours when the page's
// style was not clean), layout, garbage collection, canvas/image work, and the rest, "js+dom" (our JS and
// the DOM calls it makes: a pseudo-element's computed style, checkVisibility… are not traced apart).
// Reported: the median and p95 of each over the sign-in pages, the median page and the N slowest; with
// --sections, the CPU time between marks put before named statements of scan.js (SECTIONS below), per
// page for the slowest and as median / p95 / mean; with --functions=N, the N functions with the most
// sampled self time over all pages (a V8 sampling profile at 100 µs; it costs time of its own, so only
// when asked). Nothing leaves the machine.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { openSampleBrowser } from "./sample-browser.mjs";
import { corpusSamples, repo, signsIn, toolArgs } from "./sample-corpus.mjs";
import { quantile as q } from "./stats.mjs";

const { pos, opt, flag, only, corpus } = toolArgs(1);
const tree = path.resolve(pos[0] ?? repo);
const slowest = Number(opt("slowest", "6"));
const topFunctions = Number(opt("functions", "0"));
const mod = await import(pathToFileURL(path.join(tree, "tests/e2e/collect-signals.mjs")).href);
// The window is the synchronous part of RUN (scan and collect, one task): the picture step awaits image
// loads, and the page's own tasks that run meanwhile are not ours (the visual step is timed by itself).
const DEFINE = mod.DEFINE.replace("const t2 = performance.now();", 'const t2 = performance.now(); performance.mark("omamori-end");');
if (DEFINE === mod.DEFINE) throw new Error("collect-signals.mjs changed: no `const t2 = performance.now();` to mark");
const RUN = mod.RUN;
// --sections: the main thread's CPU time between marks put before these statements of the scan (the
// first occurrence of each in the scripts; one not found is reported and left out).
const SECTIONS = ["const inputs = /** @type {HTMLInputElement[]} */ (OmamoriFields.allInputs(", "/** @type {[HTMLInputElement, string][]} */\n  const digits = [];", "let signin = fields.password > 0 || fields.card > 0;", "const full = scan.signin ||", "const scope = generatedScope(document);", "const headings = texts(", "const buttons = texts(", 'const imgs = q("img");',
  "const svgs = q(NAMED_PICTURES);", "const linkHosts = linkHostsOf(local);", "const formEls = [...new Set(", "const boxes = [...new Set(",
  "const { text: pageText, copyright, memo } = collectText(", "const page = OmamoriCollect.pageText(document.body", "const formLogos = [];",
  "for (const f of formEls) for (const m of OmamoriDrawn.textMarks", "const fieldLabels = [];", "const signals = {", "console.debug(`omamori: page signals"];
let defined = DEFINE;
const sectionNames = ["scanForms"];
if (flag("sections")) {
  for (const [i, anchor] of SECTIONS.entries()) {
    if (!defined.includes(anchor)) {
      console.log(`section anchor not found: ${anchor}`);
      continue;
    }
    defined = defined.replace(anchor, `performance.mark("omamori-s${i}"); ${anchor}`);
    sectionNames.push(anchor.slice(0, 40));
  }
}

const CATEGORIES = ["devtools.timeline", "v8", "disabled-by-default-v8.compile", "blink.user_timing", "disabled-by-default-devtools.timeline"];
// Trace event name → bucket (self time); anything else inside RUN is "js+dom".
const BUCKET = [
  [/^(V8\.(Compile|Parse|PreParse|LazyCompile|CompileLazy|ScriptCompiler|CompileCode|CompileEager|FinalizeCompilation)|v8\.compile|v8\.parse|CompileLazy)/i, "compile"],
  [/^(UpdateLayoutTree|RecalculateStyles|RecalcStyle|StyleInvalidator|ScheduleStyleRecalculation|ParseAuthorStyleSheet)/, "style"],
  [/^(Layout|UpdateLayerTree|LayoutShift|PrePaint|Paint|IntersectionObserverController)/, "layout"],
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC|ThreadState|V8\.Scavenge|GCEvent|V8\.GCScavenger|V8\.GCIncremental)/, "gc"],
  [/^(Decode|ImageDecode|Canvas|DrawImage|GPUTask|ImageResource|Draw|Rasterize|PaintImage)/i, "canvas"],
];
const bucketOf = (name) => BUCKET.find(([re]) => re.test(name))?.[1] ?? "js+dom";

/** Self time per bucket of the main thread's events between the two marks (µs → ms). */
function analyse(events) {
  // Thread time (tts, tdur: the main thread's CPU clock), not wall time: on a loaded machine wall time
  // measures the queue. The marks are on the renderer's main thread.
  const m0 = events.find((e) => e.name === "omamori-start");
  const m1 = events.find((e) => e.name === "omamori-end");
  if (!m0 || !m1 || m0.tts === undefined || m1.tts === undefined) return null;
  const [t0, t1] = [m0.tts, m1.tts];
  const own = events.filter((e) => e.pid === m0.pid && e.tid === m0.tid && e.tts !== undefined && (e.ph === "X" || e.ph === "B" || e.ph === "E"));
  // Turn B/E into X, then self time by nesting.
  const spans = [];
  const open = [];
  for (const e of own.sort((a, b) => a.tts - b.tts)) {
    if (e.ph === "X") spans.push({ name: e.name, ts: e.tts, end: e.tts + (e.tdur ?? 0) });
    else if (e.ph === "B") open.push(e);
    else if (e.ph === "E") {
      const b = open.pop();
      if (b) spans.push({ name: b.name, ts: b.tts, end: e.tts });
    }
  }
  const inside = spans.filter((s) => s.end > t0 && s.ts < t1).map((s) => ({ ...s, ts: Math.max(s.ts, t0), end: Math.min(s.end, t1) }))
    .sort((a, b) => a.ts - b.ts || b.end - a.end);
  const out = { compile: 0, style: 0, layout: 0, gc: 0, canvas: 0, "js+dom": 0, total: 0, cpu: (t1 - t0) / 1000 };
  const byName = new Map();
  // Self time: a span minus its direct children (spans nested in it); the total is the time inside
  // tasks (outermost spans): RUN awaits image loads, and the idle time between its tasks is nobody's.
  const stack = [];
  const close = (s) => {
    const self = s.end - s.ts - s.children;
    out[bucketOf(s.name)] += self / 1000;
    byName.set(s.name, (byName.get(s.name) ?? 0) + self / 1000);
  };
  out.total = 0;
  for (const s of inside) {
    while (stack.length && stack.at(-1).end <= s.ts) close(stack.pop());
    if (stack.length) stack.at(-1).children += s.end - s.ts;
    else out.total += (s.end - s.ts) / 1000;
    stack.push({ ...s, children: 0 });
  }
  while (stack.length) close(stack.pop());
  out.byName = byName;
  // Section marks (--sections): CPU time from each to the next.
  const marks = events.filter((e) => /^omamori-(start|s\d+|end)$/.test(e.name) && e.tts !== undefined).sort((a, b) => a.tts - b.tts);
  out.sections = marks.slice(0, -1).map((m, i) => [m.name, (marks[i + 1].tts - m.tts) / 1000]);
  return out;
}

const browser = await openSampleBrowser("omamori-profile-", "p");
const { ctx } = browser;
const RUN_MARKED = `(async () => { performance.mark("omamori-start");
  const r = await ${RUN};
  return { ms: r.scanMs + r.collectMs, visual: r.visualMs, signals: r.signals }; })()`;

const rows = [];
const fnSelf = new Map();
for (const { name, dir } of corpusSamples(corpus, only)) {
  browser.sample = dir;
  const page = await browser.open();
  try {
    await page.evaluate(defined);
    const cdp = await ctx.newCDPSession(page);
    const events = [];
    cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
    const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
    // The sampling profiler costs time of its own (source positions, ticks): only when asked for.
    if (topFunctions > 0) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
    }
    await cdp.send("Tracing.start", { traceConfig: { includedCategories: CATEGORIES, recordMode: "recordAsMuchAsPossible" }, transferMode: "ReportEvents" });
    if (topFunctions > 0) await cdp.send("Profiler.start");
    const got = await page.evaluate(RUN_MARKED);
    const { profile } = topFunctions > 0 ? await cdp.send("Profiler.stop") : { profile: { samples: [], timeDeltas: [], nodes: [] } };
    await cdp.send("Tracing.end");
    await done;
    await cdp.detach();
    if (!signsIn(got.signals)) continue;
    const a = analyse(events);
    if (!a) continue;
    rows.push({ name, ms: got.ms, ...a, visual: got.visual });
    // Self time of our functions (samples × interval), by function name.
    const dt = new Map();
    profile.samples.forEach((id, i) => dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)));
    for (const n of profile.nodes) {
      const key = `${n.callFrame.functionName || "(anonymous)"}${n.callFrame.url ? "" : ` @${n.callFrame.lineNumber}`}`;
      fnSelf.set(key, (fnSelf.get(key) ?? 0) + (dt.get(n.id) ?? 0) / 1000);
    }
  } catch (e) {
    console.error(`${name}: ${String(e.message).split("\n")[0]}`);
  } finally {
    await page.close();
  }
}
await browser.close();

const KEYS = ["ms", "cpu", "total", "compile", "style", "layout", "gc", "canvas", "js+dom"];
console.log(`${rows.length} sign-in pages, scan + collect (ms): ms = in-page wall, cpu = the main thread's CPU time between the marks,
total = time in trace events, then their self time by bucket; median / p95 of each (visual step apart):`);
for (const k of KEYS) console.log(`  ${k.padEnd(8)} ${q(rows.map((r) => r[k]), 0.5).toFixed(2)} / ${q(rows.map((r) => r[k]), 0.95).toFixed(2)}`);
console.log(`  visual   ${q(rows.map((r) => r.visual), 0.5).toFixed(2)} / ${q(rows.map((r) => r.visual), 0.95).toFixed(2)}`);
const sum = (k) => rows.reduce((s, r) => s + r[k], 0);
console.log(`share of all pages' time: ${KEYS.slice(3).map((k) => `${k} ${((100 * sum(k)) / sum("total")).toFixed(1)}%`).join(", ")}`);
const row = (r) => `${r.name}: ${KEYS.map((k) => `${k} ${r[k].toFixed(2)}`).join(", ")}`;
const sorted = [...rows].sort((a, b) => a.cpu - b.cpu);
console.log(`median page: ${row(sorted[Math.floor(sorted.length / 2)])}`);
console.log(`the ${slowest} slowest:`);
for (const r of sorted.slice(-slowest).reverse()) {
  console.log(`  ${row(r)}`);
  const top = [...r.byName].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, v]) => `${n} ${v.toFixed(2)}`).join(", ");
  console.log(`    events: ${top}`);
  if (r.sections.length > 1) console.log(`    sections: ${r.sections.map(([n, v]) => `${n.replace("omamori-", "")} ${v.toFixed(2)}`).join(", ")}`);
}
const allNames = new Map();
for (const r of rows) for (const [n, v] of r.byName) allNames.set(n, (allNames.get(n) ?? 0) + v);
console.log(`trace events by self time over all pages (ms): ${[...allNames].sort((a, b) => b[1] - a[1]).slice(0, 16).map(([n, v]) => `${n} ${v.toFixed(1)}`).join(", ")}`);
if (flag("sections")) {
  console.log("CPU ms from each mark to the next, median / p95 / mean over the pages that reach it:");
  const by = new Map();
  for (const r of rows) for (const [n, v] of r.sections) (by.get(n) ?? by.set(n, []).get(n)).push(v);
  for (const [n, vs] of by) {
    const label = n === "omamori-start" ? "scanForms (+ call)" : sectionNames[1 + SECTIONS.findIndex((_, i) => n === `omamori-s${i}`) - SECTIONS.slice(0, Number(n.slice(9))).filter((a) => !DEFINE.includes(a)).length] ?? n;
    console.log(`  ${q(vs, 0.5).toFixed(2).padStart(6)} / ${q(vs, 0.95).toFixed(2).padStart(6)} / ${(vs.reduce((a, b) => a + b, 0) / vs.length).toFixed(2).padStart(6)}  ${label}`);
  }
}
if (topFunctions > 0) {
  console.log(`sampled self time by function over all pages (ms; DOM calls count in their caller):`);
  for (const [n, v] of [...fnSelf].sort((a, b) => b[1] - a[1]).slice(0, topFunctions)) console.log(`  ${v.toFixed(1).padStart(7)} ${n}`);
}
