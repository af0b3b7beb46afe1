// Measures the page assessment (reason `impersonated-signin`) on the shared page corpus, through the
// built extension in headless Chromium — a measurement, not a test.
//
//   node tools/measure-pages.mjs [CORPUS_DIR] [--only=phish,genuine,benign] [--verbose] [--dump=DIR] [--strip-comments]
//     CORPUS_DIR defaults to ../shared/pages (folders phish/, genuine/, benign/, one sample per
//     sub-folder with index.html). Needs dist/chrome (./build.sh build).
//     --strip-comments serves every HTML file with its <!-- comments --> removed, as a kit that strips
//     them would (the "saved from url=" mark is then gone: what else gives a copy away?).
//
// Every sample is served from a local server under a fresh random host name
// (http://<random>.test:PORT/) and loaded with the extension. No real host is ever contacted:
// Chromium maps every host name to 127.0.0.1 (--host-resolver-rules), background networking is
// off, and context.route() aborts every request whose host is not the sample's own random host
// (the local server also answers only that host). The pages still *name* their original hosts in
// src/href attributes, which is what the content script reports.
//
// Two halves: every sample is in the **tuning** half or the **held-back** half, decided by the
// FNV-1a 32-bit hash of "<label>/<folder name>" (odd → held back). The split depends on nothing
// but the name, so it is the same on every run and machine; rules are tuned on the tuning half only
// and the held-back half says how they fare on pages nobody looked at. Each half is reported apart.
//
// Reported per half: detection rate on phish/ (verdict lookalike), the rate at which genuine/ pages
// served on a foreign host are flagged (and with which retailer), false alarms on benign/; the
// verdict is the extension's own (storage.session, as the popup reads it). Timings per page,
// collected by running the content script's own functions again in the page (tests/e2e/
// collect-signals.mjs: scan.js's scanForms, collectSignals and visual.js's picture step, as they
// are): scan (field scan, every page), collect (page signals, pages with a credential form),
// visual (finding and drawing the pictures, synchronous work only), engine (the WASM engine's checkPage on those
// signals in an extension page, median of 20 runs), and the page check total = sum of the four.
// Wall times on a loaded machine measure the queue as much as the work, so the CPU time of the
// browser's renderer main threads during the same calls is reported beside them ("CPU time": page =
// scan + collect + visual, engine = one checkPage; Linux /proc schedstat, see cpuOf).
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { DEFINE, RUN } from "../tests/e2e/collect-signals.mjs";
import { cpuNs } from "./bench/schedstat.mjs";
import { quantile } from "./stats.mjs";
import { poll, sleep } from "../tests/e2e/common.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const corpus = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.join(repo, "..", "shared", "pages"));
const only = (args.find((a) => a.startsWith("--only=")) ?? "--only=phish,genuine,benign").slice(7).split(",");
const verbose = args.includes("--verbose");
// --dump=DIR: write each sample's collected signals and verdict to DIR/<label>-<name>.json (for debugging rules).
const dump = args.find((a) => a.startsWith("--dump="))?.slice(7) ?? null;
if (dump) fs.mkdirSync(dump, { recursive: true });
const stripComments = args.includes("--strip-comments");
const extDir = process.env.OMAMORI_CHROMIUM_DIR || path.join(repo, "dist", "chrome");
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
  const type = TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream";
  res.writeHead(200, { "content-type": type, "cache-control": "no-store" });
  const body = fs.readFileSync(file);
  res.end(stripComments && type.startsWith("text/html") ? Buffer.from(body.toString("latin1").replace(/<!--[\s\S]*?-->/g, ""), "latin1") : body);
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

// CPU time, not wall time: on a loaded machine (other builds on the same cores) wall time measures the
// queue. Linux's /proc/<pid>/schedstat gives the nanoseconds the main thread of each of this
// browser's renderer processes has run; the difference around one evaluation is the CPU the page
// check cost (the evaluation's own round trip included, a fraction of a millisecond). Elsewhere: null.
function ourRenderers() {
  const procs = new Map();
  let dirs = [];
  try {
    dirs = fs.readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return [];
  }
  for (const d of dirs) {
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      procs.set(Number(d), { ppid, cmd: fs.readFileSync(`/proc/${d}/cmdline`, "utf8") });
    } catch { /* gone */ }
  }
  const browser = [...procs].find(([, p]) => p.cmd.includes(profile) && !p.cmd.includes("--type="))?.[0];
  const descends = (pid) => {
    for (let i = 0; i < 4 && pid > 1; i++) {
      pid = procs.get(pid)?.ppid ?? 0;
      if (pid === browser) return true;
    }
    return false;
  };
  return browser ? [...procs].filter(([pid, p]) => p.cmd.includes("--type=renderer") && descends(pid)).map(([pid]) => pid) : [];
}
/** Runs `fn` and returns [its value, CPU milliseconds of this browser's renderer main threads meanwhile]. */
async function cpuOf(fn) {
  const pids = ourRenderers();
  const before = cpuNs(pids);
  const v = await fn();
  return [v, pids.length ? (cpuNs(pids) - before) / 1e6 : null];
}

/** FNV-1a 32-bit of a string (the split between the tuning and held-back halves). */
function fnv1a(str) {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(str, "utf8")) h = Math.imul(h ^ byte, 0x01000193) >>> 0;
  return h;
}
const half = (label, name) => (fnv1a(`${label}/${name}`) % 2 === 1 ? "held-back" : "tuning");

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
    samples.push({ label, name, dir: sdir, meta, half: half(label, name) });
  }
}

const results = [];
for (const s of samples) {
  const host = randomHost();
  sites.set(host, s.dir);
  const url = `http://${host}:${port}/`;
  const page = await ctx.newPage();
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
  }, { timeout: 6000, interval: 120 });
  await sleep(600); // a second report (late forms) may still arrive
  const all = (await session().catch(() => null)) ?? {};
  const final = Object.entries(all).filter(([k, v]) => k.startsWith("verdict:") && v.url && new URL(v.url).hostname === host).map(([, v]) => v);
  const v = final[0] ?? rec?.[0] ?? null;
  let got = null;
  try {
    let cpu = null;
    if (!error) await page.evaluate(DEFINE);
    [got, cpu] = error ? [null, null] : await cpuOf(() => page.evaluate(RUN));
    if (got) got.cpuMs = cpu;
  } catch (e) {
    got = { error: String(e.message).split("\n")[0] };
  }
  let engine = null;
  if (got?.signals) {
    const engineProbe = await probe();
    let cpu = null;
    [engine, cpu] = await cpuOf(() => engineProbe.evaluate(({ url, signals }) => {
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
    }, { url, signals: got.signals }).catch((e) => ({ error: String(e.message).split("\n")[0] })));
    if (engine && cpu !== null) engine.cpuMs = cpu / 20;
  }
  const imp = v?.reasons?.find((r) => r.kind === "impersonated-signin");
  const f = got?.signals?.fields ?? null;
  results.push({
    label: s.label, name: s.name, half: s.half, brand: s.meta.brand ?? "", error: error ?? got?.error ?? engine?.error ?? null,
    verdict: v?.verdict ?? "none", retailer: v?.retailer ?? null, severity: v?.severity ?? null,
    signinForm: v?.signinForm ?? null, detail: imp?.detail ?? "",
    fields: f, credential: !!(f && (got.signals.signin_form || f.password > 0 || f.card > 0 || f.otp > 0)),
    pageCpuMs: got?.cpuMs ?? null, engineCpuMs: engine?.cpuMs ?? null,
    scanMs: got?.scanMs ?? null, collectMs: got?.collectMs ?? null, visualMs: got?.visualMs ?? null, engineMs: engine?.median ?? null,
    replayVerdict: engine?.verdict ?? null, replayRetailer: engine?.retailer ?? null, hashes: (got?.signals?.pictures ?? []).length,
  });
  const r = results.at(-1);
  r.cpuMs = r.pageCpuMs !== null && r.engineCpuMs !== null ? r.pageCpuMs + r.engineCpuMs : null;
  r.totalMs = [r.scanMs, r.collectMs, r.visualMs, r.engineMs].every((x) => typeof x === "number") ? r.scanMs + r.collectMs + r.visualMs + r.engineMs : null;
  if (dump) fs.writeFileSync(path.join(dump, `${s.label}-${s.name}.json`), JSON.stringify({ result: r, verdict: v, signals: got?.signals ?? null }, null, 1));
  const ms = (x, d = 2) => (typeof x === "number" ? x.toFixed(d) : "-");
  if (verbose) {
    console.log(`${r.half.padEnd(9)} ${r.label.padEnd(7)} ${r.name.padEnd(44)} ${r.verdict.padEnd(9)} ${String(r.retailer ?? "").padEnd(10)} ${String(r.severity ?? "").padEnd(6)} ` +
      `form=${r.signinForm} ${r.detail} scan=${ms(r.scanMs)} collect=${ms(r.collectMs)} visual=${ms(r.visualMs)} engine=${ms(r.engineMs, 3)} cpu=${ms(r.cpuMs)}` +
      `${r.replayVerdict && r.replayVerdict !== r.verdict ? ` (replay: ${r.replayVerdict} ${r.replayRetailer ?? ""})` : ""}${r.error ? " ERR " + r.error : ""}`);
  }
  await page.close().catch(() => {});
  sites.delete(host);
}

await ctx.close();
server.close();
fs.rmSync(profile, { recursive: true, force: true });

// ---- report -----------------------------------------------------------------------------------
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : "n/a");
const flagged = (r) => r.verdict === "lookalike";
// The catalog id is the brand, or its first word ("amazon-owned-imdb" → amazon): not a prefix match, so
// a copy of Yahoo's (Yahoo Inc.'s) sign-in named as Yahoo! JAPAN's (`yahoo-japan`) is the wrong retailer.
const brandOk = (r) => !r.brand || r.retailer === r.brand || r.retailer === r.brand.split("-")[0];
// A page whose collection or engine run failed has no time (null): left out.
const timed = (xs, q) => quantile(xs.filter((x) => typeof x === "number"), q);
const stat = (rs, key) => `${timed(rs.map((r) => r[key]), 0.5).toFixed(2)}/${timed(rs.map((r) => r[key]), 0.95).toFixed(2)}`;
console.log("\n== page assessment on", path.relative(process.cwd(), corpus) || corpus, stripComments ? "(comments stripped) ==" : "==");
console.log("halves: FNV-1a 32 of \"<label>/<name>\", odd = held back");
for (const h of ["tuning", "held-back"]) {
  const inHalf = results.filter((r) => r.half === h);
  console.log(`\n-- ${h} half (${inHalf.length} pages) --`);
  for (const label of ["phish", "genuine", "benign"]) {
    const rs = inHalf.filter((r) => r.label === label);
    if (!rs.length) continue;
    const hit = rs.filter(flagged);
    const right = hit.filter(brandOk);
    const what = { phish: "detected", genuine: "flagged on a foreign host", benign: "false alarms" }[label];
    const extra = label === "benign" ? "" : `, with the right retailer ${right.length}/${rs.length} (${pct(right.length, rs.length)})`;
    console.log(`${label}: ${hit.length}/${rs.length} ${what} (${pct(hit.length, rs.length)})${extra}`);
    const list = label === "benign" ? hit : rs.filter((r) => !flagged(r) || !brandOk(r));
    for (const r of list) {
      const tag = label === "benign" ? "FALSE ALARM" : flagged(r) ? "wrong retailer" : "missed";
      console.log(`   ${tag} ${r.name} (brand ${r.brand || "?"}): ${r.verdict} ${r.retailer ?? ""} form=${r.signinForm} ${r.detail}`);
    }
  }
  const sets = [["sign-in pages (credential form)", inHalf.filter((r) => r.credential)], ["pages without a credential form", inHalf.filter((r) => r.fields && !r.credential)]];
  for (const [name, rs] of sets) {
    if (!rs.length) continue;
    console.log(`timing ${name}, n=${rs.length}, median/p95 ms: scan ${stat(rs, "scanMs")}, collect ${stat(rs, "collectMs")}, ` +
      `visual ${stat(rs, "visualMs")}, engine ${stat(rs, "engineMs")}; page check total ${stat(rs, "totalMs")}; ` +
      `CPU time: page ${stat(rs, "pageCpuMs")}, engine ${stat(rs, "engineCpuMs")}, total ${stat(rs, "cpuMs")}`);
  }
}
const signin = results.filter((r) => r.credential);
console.log(`\nall sign-in pages (n=${signin.length}), median/p95 ms: scan+collect ${timed(signin.map((r) => r.scanMs + r.collectMs), 0.5).toFixed(2)}/` +
  `${timed(signin.map((r) => r.scanMs + r.collectMs), 0.95).toFixed(2)}, engine ${stat(signin, "engineMs")}, visual ${stat(signin, "visualMs")}, total ${stat(signin, "totalMs")}; ` +
  `CPU time total ${stat(signin, "cpuMs")}`);
const disagree = results.filter((r) => r.replayVerdict && (r.replayVerdict === "lookalike") !== flagged(r));
if (disagree.length) console.log(`replayed collection disagrees with the extension's verdict on: ${disagree.map((r) => r.name).join(", ")}`);
console.log(`requests blocked by route: ${blocked}; refused by server: ${refused.length}`);
const errors = results.filter((r) => r.error);
if (errors.length) console.log(`load errors/timeouts: ${errors.length} (${errors.slice(0, 5).map((r) => `${r.name}: ${r.error}`).join("; ")})`);
