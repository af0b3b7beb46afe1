#!/usr/bin/env node
// What the built extension's content scripts cost a page, measured in the real extension (a
// measurement, not a test; run by hand after ./build.sh build):
//
//   node tools/bench/ext-cost.mjs [CORPUS_DIR] [--ext=DIR[,DIR2]] [--only=REGEX] [--limit=N] [--repeat=N] [--top=N]
//
// Each corpus sample (../shared/pages by default) and a generated article page without a form
// are loaded in a new tab on a host not used before (a new renderer: the scripts are compiled and
// run cold, as on a first visit), in headless Chromium with the unpacked extension DIR (default
// dist/chrome), while the page's target is traced (CDP Tracing, devtools.timeline). Counted: the
// renderer main thread's CPU time (trace events' thread time, `tdur`: time the thread ran, so a
// loaded machine's descheduling is left out) inside the events the extension's isolated world runs
// — EvaluateScript of each content script (compile + top-level run, every frame) and FunctionCall
// of its callbacks (DOMContentLoaded, mutation observers, timers, image loads), with the style,
// layout and GC they force; nested events counted once. Promise continuations (the verdict's
// apply after `await send`) emit no such event and are left out. Exact per event; the tracing
// itself adds the same small overhead to both builds.
// With two DIRs each page is loaded in both, the order alternating page by page (paired, same
// moment): the pairs' ratio is reported. Pages are split as tools/measure-pages.mjs splits them
// (sign-in pages: tests/e2e/collect-signals.mjs run in the page after the trace; the rest: pages
// without a sign-in, card or code form). Per group: median / p95 ms, and the parts (a script or
// callback: FILE:FUNCTION) that cost most in total (--top, default 8). --repeat: the whole list N times.
// No real host is contacted: every request not for the tool's own hosts is aborted.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { COLLECT } from "../../tests/e2e/collect-signals.mjs";
import { corpusSamples, repo, signsIn, toolArgs } from "../sample-corpus.mjs";
import { quantile } from "../stats.mjs";

const { opt, only, corpus } = toolArgs(0);
const exts = opt("ext", path.join(repo, "dist/chrome")).split(",").map((d) => path.resolve(d));
const limit = Number(opt("limit", "100000"));
const top = Number(opt("top", "8"));
const repeat = Number(opt("repeat", "1"));
// --marks: also the thread CPU between the performance marks `omamori:NAME` a measurement build puts in
// its scripts (tools/bench/mark-build.mjs); each section runs to the next mark, `omamori:end` closes one.
const marks = process.argv.includes("--marks");
for (const d of exts) if (!fs.existsSync(path.join(d, "manifest.json"))) throw new Error(`no extension in ${d}: ./build.sh build`);

// A page without a form (as tools/measure-noform.mjs): 2,000 paragraphs, 500 links, 200 pictures.
let body = "<h1>Field notes</h1>";
for (let i = 0; i < 2000; i++) {
  body += `<p>Paragraph ${i}: a quiet page about gardens, with a <a href="/p/${i % 500}">link ${i}</a>.</p>`;
  if (i % 10 === 0) body += `<img src="/img/${i}.png" alt="figure ${i}" width="1" height="1">`;
}
const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body>${body}</body></html>`;

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".svg": "image/svg+xml",
  ".png": "image/png", ".gif": "image/gif", ".jpg": "image/jpeg", ".ico": "image/x-icon" };
let sample = /** @type {string | null} */ (null);
const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url ?? "/", "http://x");
  if (sample === null) return pathname === "/" ? res.writeHead(200, { "content-type": TYPES[".html"] }).end(ARTICLE) : res.writeHead(404).end();
  const file = path.join(sample, path.normalize(decodeURIComponent(pathname === "/" ? "/index.html" : pathname)));
  if (!file.startsWith(sample) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream", "cache-control": "no-store" });
  res.end(fs.readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", () => r(null)));
const port = /** @type {import("node:net").AddressInfo} */ (server.address()).port;

async function openBrowser(/** @type {string} */ ext, /** @type {number} */ n) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-extcost-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, viewport: { width: 1280, height: 800 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, "--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost",
      "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-quic"],
  });
  await ctx.route("**/*", (r) => (/^x\d+\.test$/.test(new URL(r.request().url()).hostname) ? r.continue() : r.abort("blockedbyclient")));
  let worker = ctx.serviceWorkers()[0];
  if (!worker) worker = await ctx.waitForEvent("serviceworker");
  const id = new URL(worker.url()).host;
  return { ctx, profile, prefix: `chrome-extension://${id}/`, n };
}

let seq = 0;
/** One traced load: the content scripts' CPU ms, by part, and whether the page signs in. */
async function traced(/** @type {Awaited<ReturnType<typeof openBrowser>>} */ b) {
  const page = await b.ctx.newPage();
  const cdp = await b.ctx.newCDPSession(page);
  /** @type {any[]} */
  const events = [];
  cdp.on("Tracing.dataCollected", (e) => events.push(...e.value));
  const complete = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", { traceConfig: { includedCategories: ["devtools.timeline", "v8", "toplevel", ...(marks ? ["blink.user_timing"] : [])] }, transferMode: "ReportEvents" });
  await page.goto(`http://x${++seq}.test:${port}/`, { waitUntil: "load", timeout: 15000 }).catch(() => {});
  await page.waitForTimeout(1200); // the scan at DOMContentLoaded, the pictures step, a throttled rescan
  await cdp.send("Tracing.end");
  await complete;
  const ours = events
    .filter((e) => e.ph === "X" && (e.name === "EvaluateScript" || e.name === "FunctionCall") && String(e.args?.data?.url ?? "").startsWith(b.prefix))
    .sort((x, y) => x.ts - y.ts);
  /** @type {Record<string, number>} */
  const parts = {};
  let total = 0;
  /** @type {Map<string, number>} thread → end of the last counted event (nested ones are inside it) */
  const until = new Map();
  for (const e of ours) {
    const thread = `${e.pid}/${e.tid}`;
    if (e.ts < (until.get(thread) ?? 0)) continue;
    until.set(thread, e.ts + e.dur);
    const d = e.args.data;
    const part = `${d.url.slice(b.prefix.length)}${e.name === "FunctionCall" ? `:${d.functionName || `line ${d.lineNumber + 1}`}` : ""}`;
    const ms = (e.tdur ?? e.dur) / 1000;
    parts[part] = (parts[part] ?? 0) + ms;
    total += ms;
  }
  // The whole main thread of the renderer(s) that ran our scripts: every top-level task, ours or the
  // page's (the work our callbacks only moved, a layout done in our animation frame instead of the
  // frame's own, is in both builds' figure).
  const mains = new Set(events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain").map((e) => `${e.pid}/${e.tid}`));
  const pids = new Set(ours.map((e) => e.pid));
  let renderer = 0;
  const end = new Map();
  for (const e of events.filter((x) => x.ph === "X" && pids.has(x.pid) && mains.has(`${x.pid}/${x.tid}`)).sort((x, y) => x.ts - y.ts)) {
    const thread = `${e.pid}/${e.tid}`;
    if (e.ts < (end.get(thread) ?? 0)) continue;
    end.set(thread, e.ts + e.dur);
    renderer += (e.tdur ?? 0) / 1000;
  }
  if (marks) {
    // The style and layout our events force (inside them, on the same thread): the page's own, moved into ours.
    for (const e of events) {
      const kind = e.name === "Layout" ? "~layout" : e.name === "UpdateLayoutTree" ? "~style" : null;
      if (!kind || e.ph !== "X") continue;
      if (!ours.some((o) => o.pid === e.pid && o.tid === e.tid && o.ts <= e.ts && e.ts + e.dur <= o.ts + o.dur)) continue;
      parts[kind] = (parts[kind] ?? 0) + (e.tdur ?? e.dur) / 1000;
    }
    const ms = events.filter((e) => typeof e.name === "string" && e.name.startsWith("omamori:") && pids.has(e.pid) && mains.has(`${e.pid}/${e.tid}`))
      .sort((x, y) => x.ts - y.ts);
    for (let i = 0; i + 1 < ms.length; i++) {
      const name = ms[i].name.slice(8);
      if (name === "end") continue;
      const [a, b] = [ms[i], ms[i + 1]];
      // Only within one counted event of ours (a section never spans the page's own tasks).
      if (!ours.some((e) => e.pid === a.pid && e.ts <= a.ts && b.ts <= e.ts + e.dur)) continue;
      const d = a.tts !== undefined && b.tts !== undefined ? (b.tts - a.tts) / 1000 : (b.ts - a.ts) / 1000;
      parts[`#${name}`] = (parts[`#${name}`] ?? 0) + d;
    }
  }
  let signin = false;
  if (sample !== null) {
    const got = await page.evaluate(COLLECT).catch(() => null);
    signin = !!got && signsIn(got.signals);
  }
  await page.close();
  return { total, renderer, parts, signin };
}

const browsers = [];
for (const [i, ext] of exts.entries()) browsers.push(await openBrowser(ext, i));
const once = [{ name: "generated/article", dir: null }, ...corpusSamples(corpus, only)].slice(0, limit + 1);
const samples = Array.from({ length: repeat }, () => once).flat();
/** @type {{ name: string, signin: boolean, runs: Awaited<ReturnType<typeof traced>>[] }[]} */
const rows = [];
for (const [k, s] of samples.entries()) {
  sample = s.dir;
  const order = k % 2 === 0 ? browsers : [...browsers].reverse();
  const runs = [];
  for (const b of order) runs[b.n] = await traced(b);
  rows.push({ name: s.name, signin: runs[0].signin, runs });
}
for (const b of browsers) {
  await b.ctx.close();
  fs.rmSync(b.profile, { recursive: true, force: true });
}
server.close();

const f = (/** @type {number} */ x) => x.toFixed(2);
const groups = [["sign-in pages", rows.filter((r) => r.signin)], ["pages without a sign-in form", rows.filter((r) => !r.signin && r.name !== "generated/article")],
  ["generated article (no form)", rows.filter((r) => r.name === "generated/article")]];
console.log(`content scripts' CPU in the renderer main thread, ms (${exts.map((d) => path.relative(process.cwd(), d) || ".").join(" vs ")})`);
for (const [label, rs] of /** @type {[string, typeof rows][]} */ (groups)) {
  if (rs.length === 0) continue;
  console.log(`${label} (${rs.length}):`);
  for (const [i, ext] of exts.entries()) {
    const xs = rs.map((r) => r.runs[i].total);
    console.log(`  ${path.relative(process.cwd(), ext) || "."}: median ${f(quantile(xs, 0.5))}, p95 ${f(quantile(xs, 0.95))}, mean ${f(xs.reduce((a, x) => a + x, 0) / xs.length)}`);
    /** @type {Record<string, number>} */
    const sum = {};
    for (const r of rs) for (const [p, ms] of Object.entries(r.runs[i].parts)) sum[p] = (sum[p] ?? 0) + ms;
    const best = Object.entries(sum).sort((a, b) => b[1] - a[1]).slice(0, top);
    const all = rs.map((r) => r.runs[i].renderer);
    console.log(`    renderer main thread, all tasks: median ${f(quantile(all, 0.5))}, p95 ${f(quantile(all, 0.95))}`);
    console.log(`    per page, mean: ${best.map(([p, ms]) => `${p} ${f(ms / rs.length)}`).join("; ")}`);
  }
  if (exts.length === 2) {
    const ratios = rs.map((r) => r.runs[1].total / Math.max(r.runs[0].total, 1e-3));
    console.log(`  paired ratio (2nd / 1st): median ${quantile(ratios, 0.5).toFixed(3)}, p5–p95 ${quantile(ratios, 0.05).toFixed(3)}–${quantile(ratios, 0.95).toFixed(3)}`);
    const whole = rs.map((r) => r.runs[1].renderer / Math.max(r.runs[0].renderer, 1e-3));
    console.log(`  paired ratio, renderer main thread: median ${quantile(whole, 0.5).toFixed(3)}, p5–p95 ${quantile(whole, 0.05).toFixed(3)}–${quantile(whole, 0.95).toFixed(3)}`);
  }
}
const worst = rows.filter((r) => r.signin || r.name === "generated/article").sort((a, b) => b.runs[0].total - a.runs[0].total).slice(0, 5);
console.log(`slowest (1st build): ${worst.map((r) => `${r.name} ${r.runs.map((x) => f(x.total)).join("→")}`).join(", ")}`);
