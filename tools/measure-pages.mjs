// Measures the page assessment (reason `impersonated-signin`) on the shared page corpus, through the
// built extension in headless Chromium — a measurement, not a test.
//
//   node tools/measure-pages.mjs [CORPUS_DIR] [--only=phish,genuine,benign] [--verbose] [--dump=DIR] [--new-collect]
//     CORPUS_DIR defaults to ../shared/pages (folders phish/, genuine/, benign/, one sample per
//     sub-folder with index.html). Needs dist/chrome (./build.sh build).
//
// Every sample is served from a local server under a fresh random host name
// (http://<random>.test:PORT/) and loaded with the extension. No real host is ever contacted:
// Chromium maps every host name to 127.0.0.1 (--host-resolver-rules), background networking is
// off, and context.route() aborts every request whose host is not the sample's own random host
// (the local server also answers only that host). The pages still *name* their original hosts in
// src/href attributes, which is what the content script reports.
//
// --new-collect: also collect each page's signals with extension/content/collect-text.js and
// visual.js (injected into the page; tests/e2e/collect-signals.mjs builds the signals the way
// content/scan.js will once it calls them; the host lists are the current script's) and check those
// with the same engine: reported as a second block, "new collection", with its own timings (text,
// fields and © collection + the visual step; the host lists' cost is not included).
//
// Reported: detection rate on phish/ (verdict lookalike), false-alarm rate on benign/ (verdict
// lookalike), the rate at which genuine/ pages served on a foreign host are flagged, and timings:
//  - signal collection in the content script (its console.debug line "page signals collected in
//    N ms"; when the console of the isolated world is not visible, the same script is run again in
//    the page with a stub extension API and its line is read),
//  - the WASM engine's checkPage on the collected signals (run in an extension page, the same
//    engine the background uses), median of 20 runs per page.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { COLLECT, SCRIPTS } from "../tests/e2e/collect-signals.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const corpus = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.join(repo, "..", "shared", "pages"));
const only = (args.find((a) => a.startsWith("--only=")) ?? "--only=phish,genuine,benign").slice(7).split(",");
const verbose = args.includes("--verbose");
const newCollect = args.includes("--new-collect");
// --dump=DIR: write each sample's collected signals and verdict to DIR/<label>-<name>.json (for debugging rules).
const dump = args.find((a) => a.startsWith("--dump="))?.slice(7) ?? null;
if (dump) fs.mkdirSync(dump, { recursive: true });
const extDir = process.env.OMAMORI_CHROMIUM_DIR || path.join(repo, "dist", "chrome");
// The content scripts, in the manifest's order (they share one scope, as in the isolated world).
const contentScript = JSON.parse(fs.readFileSync(path.join(extDir, "manifest.json"), "utf8")).content_scripts[0].js
  .map((f) => fs.readFileSync(path.join(extDir, f), "utf8")).join("\n;\n");

const TYPES = { ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".svg": "image/svg+xml", ".png": "image/png", ".gif": "image/gif", ".jpg": "image/jpeg", ".ico": "image/x-icon" };

function randomHost() {
  const c = "bcdfghjklmnpqrstvwxz";
  const label = (n) => Array.from({ length: n }, () => c[Math.floor(Math.random() * c.length)]).join("");
  return `${label(5)}-${label(4)}.${label(6)}.test`;
}

// ---- the local server: host → sample folder -----------------------------------------------------
const sites = new Map();
const refused = [];
const server = http.createServer((req, res) => {
  const host = (req.headers.host || "").replace(/:\d+$/, "").toLowerCase();
  const dir = sites.get(host);
  const { pathname } = new URL(req.url, "http://x");
  if (!dir) {
    refused.push(host);
    res.writeHead(404).end();
    return;
  }
  const rel = decodeURIComponent(pathname === "/" ? "/index.html" : pathname);
  const file = path.join(dir, path.normalize(rel));
  if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream", "cache-control": "no-store" });
  res.end(fs.readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const port = server.address().port;

// ---- the browser -------------------------------------------------------------------------------
const profile = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-measure-"));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: [
    `--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`,
    "--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost",
    "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
    "--disable-quic", "--disable-features=Translate,OptimizationHints,MediaRouter", "--disable-domain-reliability",
  ],
});
let blocked = 0;
await ctx.route("**/*", (route) => {
  let u = null;
  try {
    u = new URL(route.request().url());
  } catch { /* unparsable: abort */ }
  // The extension's own pages and files (chrome-extension://) are not network requests.
  if (u && (u.protocol === "chrome-extension:" || ((u.protocol === "http:" || u.protocol === "https:") && sites.has(u.hostname)))) {
    return route.continue();
  }
  blocked += 1;
  return route.abort("blockedbyclient");
});
const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 15000 }));
const extId = new URL(sw.url()).host;
// An extension page to read storage.session and to run the engine: (re)opened when a sample closed it.
let probePage = null;
async function probe() {
  if (probePage && !probePage.isClosed()) return probePage;
  probePage = await ctx.newPage();
  await probePage.goto(`chrome-extension://${extId}/options/options.html`);
  await probePage.evaluate(async () => {
    const mod = await import("/pkg/omamori.js");
    await mod.default({ module_or_path: chrome.runtime.getURL("pkg/omamori_bg.wasm") });
    globalThis.__engine = new mod.Engine({});
  });
  return probePage;
}
const session = async () => (await probe()).evaluate(() => chrome.storage.session.get(null));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function poll(fn, timeout = 6000) {
  const end = Date.now() + timeout;
  for (;;) {
    const v = await fn().catch(() => null);
    if (v || Date.now() > end) return v;
    await sleep(120);
  }
}

/** Runs the content script again in the page's main world with a stub API; returns its signals and timing. */
async function replay(page) {
  // Built as one expression (CDP evaluation is not subject to the page's CSP; `new Function` would be).
  const expr = `(async () => {
    const out = { signals: null, ms: null };
    const origDebug = console.debug;
    console.debug = (msg, ...rest) => {
      const m = /page signals collected in ([\\d.]+) ms/.exec(String(msg));
      if (m) out.ms = Number(m[1]);
      else origDebug(msg, ...rest);
    };
    const stub = {
      runtime: { sendMessage: async (m) => { if (m && m.signals && !out.signals) out.signals = m.signals; return null; } },
      i18n: { getMessage: () => "", getUILanguage: () => "en" },
    };
    const g = Object.create(globalThis, { browser: { value: stub }, chrome: { value: stub } });
    try {
      (function (globalThis, chrome, browser) {
` + contentScript.replace('"use strict";', "") + `
      })(g, stub, stub);
    } catch (e) {
      out.error = String(e);
    }
    for (let i = 0; i < 20 && !out.signals; i++) await new Promise((r) => setTimeout(r, 50));
    console.debug = origDebug;
    return out;
  })()`;
  return page.evaluate(expr);
}

const samples = [];
for (const label of only) {
  const dir = path.join(corpus, label);
  if (!fs.existsSync(dir)) continue;
  for (const name of fs.readdirSync(dir).sort()) {
    const sdir = path.join(dir, name);
    if (!fs.existsSync(path.join(sdir, "index.html"))) continue;
    let meta = {};
    try {
      meta = JSON.parse(fs.readFileSync(path.join(sdir, "meta.json"), "utf8"));
    } catch { /* no meta */ }
    samples.push({ label, name, dir: sdir, meta });
  }
}

const results = [];
for (const s of samples) {
  const host = randomHost();
  sites.set(host, s.dir);
  const url = `http://${host}:${port}/`;
  const page = await ctx.newPage();
  const timings = [];
  page.on("console", (m) => {
    const x = /page signals collected in ([\d.]+) ms/.exec(m.text());
    if (x) timings.push(Number(x[1]));
  });
  page.on("dialog", (d) => d.dismiss().catch(() => {}));
  let error = null;
  try {
    await page.goto(url, { waitUntil: "load", timeout: 15000 });
  } catch (e) {
    error = String(e.message).split("\n")[0];
  }
  // The content script reports at document_idle; later reports (forms added by scripts) follow.
  const rec = await poll(async () => {
    const all = await session();
    const hits = Object.entries(all).filter(([k, v]) => k.startsWith("verdict:") && v.url && new URL(v.url).hostname === host && v.signinForm !== null);
    return hits.length ? hits.map(([, v]) => v) : null;
  }, 6000);
  await sleep(600); // a second report (late forms) may still arrive
  const all = (await session().catch(() => null)) ?? {};
  const final = Object.entries(all).filter(([k, v]) => k.startsWith("verdict:") && v.url && new URL(v.url).hostname === host).map(([, v]) => v);
  const v = final[0] ?? rec?.[0] ?? null;
  let rep = null;
  try {
    rep = await replay(page);
  } catch (e) {
    rep = { error: String(e.message).split("\n")[0] };
  }
  let wasm = null;
  if (rep?.signals) {
    wasm = await (await probe()).evaluate(({ url, signals }) => {
      const e = globalThis.__engine;
      const times = [];
      let verdict = null;
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        verdict = e.checkPage({ url, signals });
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      return { median: times[10], verdict: verdict.verdict, retailer: verdict.retailer };
    }, { url, signals: rep.signals }).catch(() => null);
  }
  let fresh = null;
  if (newCollect && !error) {
    try {
      for (const src of SCRIPTS) await page.evaluate(src);
      const got = await page.evaluate(COLLECT);
      // scan.js keeps collecting hosts (img, css, script, favicon, form action, links) as today; the
      // new functions replace the text, headings, buttons, © lines, field counts and add image hashes.
      if (rep?.signals) got.signals = { ...rep.signals, ...got.signals };
      const checked = await (await probe()).evaluate(({ url, signals }) => {
        const e = globalThis.__engine;
        const times = [];
        let verdict = null;
        for (let i = 0; i < 20; i++) {
          const t0 = performance.now();
          verdict = e.checkPage({ url, signals });
          times.push(performance.now() - t0);
        }
        times.sort((a, b) => a - b);
        const imp = (verdict.reasons ?? []).find((r) => r.kind === "impersonated-signin");
        return { median: times[10], verdict: verdict.verdict, retailer: verdict.retailer, detail: imp?.detail ?? "" };
      }, { url, signals: got.signals });
      fresh = { ...checked, collectMs: got.collectMs + got.visualMs, visualMs: got.visualMs, fields: got.signals.fields, hashes: (got.signals.pictures ?? []).length, signals: got.signals };
    } catch (e) {
      fresh = { error: String(e.message).split("\n")[0] };
    }
  }
  const imp = v?.reasons?.find((r) => r.kind === "impersonated-signin");
  results.push({
    label: s.label, name: s.name, brand: s.meta.brand ?? "", error,
    verdict: v?.verdict ?? "none", retailer: v?.retailer ?? null, severity: v?.severity ?? null,
    signinForm: v?.signinForm ?? null, detail: imp?.detail ?? "",
    collectMs: timings.length ? Math.max(...timings) : rep?.ms ?? null, collectSource: timings.length ? "extension" : "replay",
    wasmMs: wasm?.median ?? null, fields: rep?.signals?.fields ?? null, fresh,
  });
  const r = results.at(-1);
  if (dump) fs.writeFileSync(path.join(dump, `${s.label}-${s.name}.json`), JSON.stringify({ result: { ...r, fresh: r.fresh && { ...r.fresh, signals: undefined } }, verdict: v, signals: rep?.signals ?? null, newSignals: r.fresh?.signals ?? null }, null, 1));
  if (verbose && fresh) console.log(`        new collection: ${fresh.verdict} ${fresh.retailer ?? ""} ${fresh.detail ?? ""} collect=${fresh.collectMs?.toFixed(2)} (visual ${fresh.visualMs?.toFixed(2)}) hashes=${fresh.hashes}${fresh.error ? " ERR " + fresh.error : ""}`);
  if (verbose) console.log(`${r.label.padEnd(7)} ${r.name.padEnd(44)} ${r.verdict.padEnd(9)} ${String(r.retailer ?? "").padEnd(10)} ${String(r.severity ?? "").padEnd(6)} form=${r.signinForm} ${r.detail} collect=${r.collectMs?.toFixed(2)} wasm=${r.wasmMs?.toFixed(3)}${error ? " ERR " + error : ""}`);
  await page.close().catch(() => {});
  sites.delete(host);
}

await ctx.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });

// ---- report -----------------------------------------------------------------------------------
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : "n/a");
const by = (label) => results.filter((r) => r.label === label);
const flagged = (r) => r.verdict === "lookalike";
const quantile = (xs, q) => {
  const a = xs.filter((x) => typeof x === "number").sort((x, y) => x - y);
  return a.length ? a[Math.min(a.length - 1, Math.floor(q * a.length))] : NaN;
};
console.log("\n== page assessment on", path.relative(process.cwd(), corpus) || corpus, "==");
for (const label of ["phish", "genuine", "benign"]) {
  const rs = by(label);
  if (!rs.length) continue;
  const hit = rs.filter(flagged);
  const what = { phish: "detected", genuine: "flagged on a foreign host", benign: "false alarms" }[label];
  console.log(`${label}: ${hit.length}/${rs.length} ${what} (${pct(hit.length, rs.length)})`);
  const list = label === "benign" ? hit : rs.filter((r) => !flagged(r));
  for (const r of list) console.log(`   ${label === "benign" ? "FALSE ALARM" : "missed"} ${r.name} (brand ${r.brand || "?"}): ${r.verdict} ${r.retailer ?? ""} form=${r.signinForm} ${r.detail}`);
  for (const r of hit.filter((x) => label !== "benign" && x.brand && x.retailer && !x.retailer.startsWith(x.brand.split("-")[0]))) {
    console.log(`   note: ${r.name} flagged as ${r.retailer} (brand ${r.brand})`);
  }
}
const signin = results.filter((r) => r.fields && (r.fields.password > 0 || r.fields.email > 0));
for (const [name, rs] of [["all pages", results], ["pages with a sign-in form", signin]]) {
  const c = rs.map((r) => r.collectMs), w = rs.map((r) => r.wasmMs);
  const tot = rs.filter((r) => r.collectMs != null && r.wasmMs != null).map((r) => r.collectMs + r.wasmMs);
  console.log(`timing (${name}, n=${rs.length}): collect median ${quantile(c, 0.5).toFixed(2)} ms, p95 ${quantile(c, 0.95).toFixed(2)} ms; ` +
    `wasm checkPage median ${quantile(w, 0.5).toFixed(3)} ms, p95 ${quantile(w, 0.95).toFixed(3)} ms; total median ${quantile(tot, 0.5).toFixed(2)} ms, p95 ${quantile(tot, 0.95).toFixed(2)} ms`);
}
if (newCollect) {
  console.log("\n== new collection (collect-text.js + visual.js) ==");
  for (const label of ["phish", "genuine", "benign"]) {
    const rs = by(label).filter((r) => r.fresh && !r.fresh.error);
    if (!rs.length) continue;
    const hit = rs.filter((r) => r.fresh.verdict === "lookalike");
    const what = { phish: "detected", genuine: "flagged on a foreign host", benign: "false alarms" }[label];
    console.log(`${label}: ${hit.length}/${rs.length} ${what} (${pct(hit.length, rs.length)})`);
    const list = label === "benign" ? hit : rs.filter((r) => r.fresh.verdict !== "lookalike");
    for (const r of list) console.log(`   ${label === "benign" ? "FALSE ALARM" : "missed"} ${r.name} (brand ${r.brand || "?"}): ${r.fresh.verdict} ${r.fresh.retailer ?? ""} ${r.fresh.detail}`);
    for (const r of hit.filter((x) => label !== "benign" && x.brand && x.fresh.retailer && !x.fresh.retailer.startsWith(x.brand.split("-")[0]))) {
      console.log(`   note: ${r.name} flagged as ${r.fresh.retailer} (brand ${r.brand})`);
    }
  }
  const signinNew = results.filter((r) => r.fresh?.fields && (r.fresh.fields.password > 0 || r.fresh.fields.email > 0));
  const noForm = results.filter((r) => r.fresh?.fields && !(r.fresh.fields.password > 0 || r.fresh.fields.card > 0));
  for (const [name, rs] of [["all pages", results.filter((r) => r.fresh && !r.fresh.error)], ["pages with a sign-in form", signinNew], ["pages without password/card", noForm]]) {
    const c = rs.map((r) => r.fresh.collectMs), vis = rs.map((r) => r.fresh.visualMs), w = rs.map((r) => r.fresh.median);
    const tot = rs.map((r) => r.fresh.collectMs + r.fresh.median);
    console.log(`timing (${name}, n=${rs.length}): collect+visual median ${quantile(c, 0.5).toFixed(2)} ms, p95 ${quantile(c, 0.95).toFixed(2)} ms ` +
      `(visual median ${quantile(vis, 0.5).toFixed(2)}, p95 ${quantile(vis, 0.95).toFixed(2)}); wasm median ${quantile(w, 0.5).toFixed(3)} ms; total median ${quantile(tot, 0.5).toFixed(2)} ms, p95 ${quantile(tot, 0.95).toFixed(2)} ms`);
  }
}
const sources = results.reduce((m, r) => ((m[r.collectSource] = (m[r.collectSource] ?? 0) + 1), m), {});
console.log(`collect timing source: ${JSON.stringify(sources)}; requests blocked by route: ${blocked}; refused by server: ${refused.length}`);
const errors = results.filter((r) => r.error);
if (errors.length) console.log(`load errors/timeouts: ${errors.length} (${errors.slice(0, 5).map((r) => r.name).join(", ")})`);
