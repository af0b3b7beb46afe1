#!/usr/bin/env node
// Time to warning, run by hand (never in CI): how long a lookalike sign-in page is on screen before
// Omamori's banner, in headless Chromium (playwright-core) and Firefox (puppeteer-core), with the
// background running (warm) and, in Chromium, stopped before each load (cold: CDP ServiceWorker.stopAllWorkers).
//
//   ./build.sh build && node tools/bench/time-to-warning.mjs [--loads 30] [--browsers chromium,firefox]
//                                                            [--dist dist] [--memory-navs 100] [--ttfb 0]
//                                                            [--cases warm,cold,kit] [--rows FILE.json]
// `--ttfb MS` delays the page's response (a real site takes tens to hundreds of ms): what of a worker
// start overlaps the network shows. `--dist OLD,NEW` compares two builds in one run, one browser each,
// loads interleaved (OLD, NEW, OLD, …) so a changing machine load weighs on both alike.
// Every time is in ms from the page's navigation start (its own performance timeline):
//   commit   responseStart of the navigation entry (the response that commits the navigation)
//   dcl      the page's DOMContentLoaded (the page scan starts there)
//   fcp      the page's own first-contentful-paint: the frame the user first sees the page in (the
//            paint hold, content/paint-hold.js, keeps the page out of the frames before its verdict)
//   url-v    the background stored the URL verdict (webNavigation.onCommitted → checkUrl)
//   page-v   the background stored the page verdict (content script's signals → checkPage)
//   banner   the banner's host element was added to the page (MutationObserver in an init script)
//   painted  the next animation frame after that (the banner is on screen from that frame on)
// Chromium, worker stopped (cold), the worker's start read from its own timeline (Playwright's
// handle on the service worker; the marks are the ones engine.js and url-verdicts.js leave on
// every start):
//   sw-start  the worker's time origin (the stop comes after the new tab's about:blank, whose
//             webNavigation events would wake it: the load's onBeforeNavigate starts the worker)
//   wasm-get  the module graph is fetched and evaluated up to engine.js, whose start() fetches
//             omamori_bg.wasm: mark omamori:start (resource timing has no entry for it)
//   wasm-rdy  compiled and instantiated (instantiateStreaming), settings read: mark omamori:wasm-ready
//   engine    new Engine(settings) done: mark omamori:engine-ready
//   check1    the first URL verdict computed (V8 compiles the WASM functions it runs lazily): mark omamori:first-url-verdict
// "verdict stored" is seen by an extension page listening to storage.session.onChanged (what the
// extension itself keeps, no test channel); clocks are joined through performance.timeOrigin.
// Pages: the lookalike fixture on amaz0n-co-jp.test (the URL alone is a lookalike) and the same kit
// page on a random unrelated domain (only the page-level check can warn). Each load is a new tab,
// the URL carries a unique query, and the server sends no-store. Also reports the background's memory
// after --memory-navs navigations (Chromium: CDP Runtime.getHeapUsage on the worker target and the
// extension process's RSS; Firefox: the WebExtensions process's RSS). The report: ttw-report.mjs.
// This file: the options, the fixture server and the run; one load: ttw-load.mjs; the browsers:
// ttw-chromium.mjs, ttw-firefox.mjs.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { reportPaired as report } from "./ttw-report.mjs";
import { chromiumBench } from "./ttw-chromium.mjs";
import { firefoxBench } from "./ttw-firefox.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const LOADS = Number(args.loads ?? 30);
const MEMORY_NAVS = Number(args["memory-navs"] ?? 100);
const TTFB = Number(args.ttfb ?? 0); // ms the server waits before it answers the page (a real site's time to first byte)
const BROWSERS = (args.browsers ?? "chromium,firefox").split(",");
const CASES = (args.cases ?? "warm,cold,kit").split(","); // cold: Chromium only
const ROWS_FILE = args.rows ?? null; // every load's times as JSON, for paired statistics
const allRows = {};
const DISTS = (args.dist ?? "dist").split(",").map((d) => path.resolve(repo, d));
const label = (dist) => path.relative(repo, dist) || ".";
const FIXTURES = path.join(repo, "tests/e2e/fixtures");

// ---- a fixture server that answers every host with the kit page ---------------------------------
function serve() {
  const page = fs.readFileSync(path.join(FIXTURES, "lookalike-signin.html"));
  const logo = fs.readFileSync(path.join(FIXTURES, "logo.svg"));
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, "http://x");
    if (pathname === "/logo.svg") {
      res.writeHead(200, { "content-type": "image/svg+xml", "cache-control": "no-store" });
      return res.end(logo);
    }
    if (pathname !== "/signin") {
      res.writeHead(404, { "cache-control": "no-store" });
      return res.end();
    }
    setTimeout(() => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(page);
    }, TTFB);
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}

/** Reports one case for every build (ttw-report.mjs) and keeps its rows for --rows. */
function reportPaired(title, bs, rowsPerBuild, notes = []) {
  for (const [j, b] of bs.entries()) allRows[`${title} [${b.label}]`] = rowsPerBuild[j];
  report(title, bs.map((b) => b.label), rowsPerBuild, notes);
}

/** What the browsers' benches (ttw-chromium.mjs, ttw-firefox.mjs) run and where they report. */
const run = { dists: DISTS, cases: CASES, loads: LOADS, memoryNavs: MEMORY_NAVS, label, report: reportPaired };

const server = await serve();
const port = server.address().port;
console.log(`time to warning: ${LOADS} loads per case and build, builds ${DISTS.map(label).join(", ")}, fixture port ${port}, page answered after ${TTFB} ms, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
try {
  if (BROWSERS.includes("chromium")) await chromiumBench(port, run);
  if (BROWSERS.includes("firefox")) await firefoxBench(port, run);
} finally {
  server.close();
  if (ROWS_FILE) fs.writeFileSync(ROWS_FILE, JSON.stringify(allRows, null, 1));
}
