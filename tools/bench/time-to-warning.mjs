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
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import os from "node:os";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { reportPaired as report } from "./ttw-report.mjs";

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
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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

// Runs in the page before its own scripts: notes when the banner host appears and the frame after.
// The host is a built-in <div> child of <html> opened as a popover (content/ui-host.js); the fixture
// page has no such element of its own.
function probeBanner() {
  const mark = { banner: null, painted: null };
  Object.defineProperty(window, "__ttw", { value: mark });
  const isHost = (e) => e.localName === "div" && e.parentNode === document.documentElement && e.hasAttribute("popover");
  new MutationObserver((_, obs) => {
    if (mark.banner === null && [...(document.documentElement?.children ?? [])].some(isHost)) {
      mark.banner = performance.now();
      requestAnimationFrame(() => (mark.painted = performance.now()));
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function pageTimes(page, evaluate) {
  for (let i = 0; i < 100; i++) {
    const t = await evaluate(page, () => {
      const nav = performance.getEntriesByType("navigation")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return {
        origin: performance.timeOrigin,
        commit: nav?.responseStart ?? null,
        dcl: nav?.domContentLoadedEventStart || null,
        fcp: fcp?.startTime ?? null,
        banner: window.__ttw?.banner ?? null,
        painted: window.__ttw?.painted ?? null,
        // A diagnostic build's content-script marks (none in a release build: a page could read them).
        marks: Object.fromEntries(performance.getEntriesByType("mark").reverse() // the first of each name
          .filter((m) => m.name.startsWith("omamori:")).map((m) => [m.name.slice(8), m.startTime])),
      };
    }).catch(() => null);
    if (t && t.painted !== null && t.fcp !== null) return t;
    await sleep(50);
  }
  return null;
}

// Runs in an extension page: records when each tab's verdict record is written.
function listenVerdicts() {
  const api = globalThis.browser ?? globalThis.chrome;
  globalThis.__writes = [];
  api.storage.session.onChanged.addListener((changes) => {
    const at = performance.timeOrigin + performance.now();
    for (const [key, { newValue }] of Object.entries(changes)) {
      if (key.startsWith("verdict:") && newValue) {
        globalThis.__writes.push({ at, url: newValue.url, verdict: newValue.verdict, page: newValue.signinForm !== null });
      }
    }
  });
  return true;
}

/**
 * The same case on every build, loads interleaved: rows per build.
 * @param {any[]} bs one driver per build
 */
async function runPaired(bs, port, { host, cold, n }) {
  const rows = bs.map(() => []);
  for (let i = 0; i < n; i++) for (const [j, b] of bs.entries()) rows[j].push(...(await runLoads(b, port, { host, cold, n: 1 })).map((r) => ({ ...r, pair: i })));
  return rows;
}

/** Reports one case for every build (ttw-report.mjs) and keeps its rows for --rows. */
function reportPaired(title, bs, rowsPerBuild, notes = []) {
  for (const [j, b] of bs.entries()) allRows[`${title} [${b.label}]`] = rowsPerBuild[j];
  report(title, bs.map((b) => b.label), rowsPerBuild, notes);
}

/** One browser: `b` = { newPage, evaluate, probe (extension page), stop?() }. */
async function runLoads(b, port, { host, cold, n }) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const url = `http://${host}:${port}/signin?ttw=${Date.now()}-${i}-${Math.random().toString(36).slice(2, 8)}`;
    const page = await b.newPage();
    await b.evaluate(b.probe, () => (globalThis.__writes.length = 0));
    // After the new tab exists: its first navigation (about:blank) fires webNavigation events that
    // wake the worker, so a stop made before it would leave a worker started ahead of the load.
    if (cold) await b.stop();
    else await b.wake();
    await page.goto(url).catch(() => {});
    const t = await pageTimes(page, b.evaluate);
    const writes = await b.evaluate(b.probe, () => globalThis.__writes);
    const worker = cold && b.workerTimes ? await b.workerTimes() : null;
    await page.close();
    if (!t) continue;
    const rel = (w) => (w ? w.at - t.origin : null);
    const mine = writes.filter((w) => w.url === url);
    const onWorker = (ms) => (worker && Number.isFinite(ms) ? worker.origin + ms - t.origin : null);
    rows.push({
      "sw-start": onWorker(0),
      "wasm-get": onWorker(worker?.marks.start),
      "wasm-rdy": onWorker(worker?.marks["wasm-ready"]),
      engine: onWorker(worker?.marks["engine-ready"]),
      check1: onWorker(worker?.marks["first-url-verdict"]),
      commit: t.commit,
      dcl: t.dcl,
      fcp: t.fcp,
      "url-v": rel(mine.find((w) => !w.page)),
      "page-v": rel(mine.find((w) => w.page)),
      banner: t.banner,
      painted: t.painted,
      ...t.marks,
    });
  }
  return rows;
}

// ---- Chromium ----------------------------------------------------------------------------------
/** A Chromium with the build `dist` and its driver for runLoads. */
async function chromiumDriver(dist) {
  const { chromium } = await import("playwright-core");
  const ext = path.join(dist, "chrome");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-ttw-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 720 },
    args: [
      `--disable-extensions-except=${ext}`, `--load-extension=${ext}`,
      "--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
      "--disable-features=Translate,OptimizationHints",
    ],
  });
  await ctx.addInitScript(probeBanner);
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 15000 }));
  const extId = new URL(sw.url()).host;
  const probe = await ctx.newPage();
  await probe.goto(`chrome-extension://${extId}/popup/popup.html`);
  await probe.evaluate(listenVerdicts);
  const cdp = await ctx.newCDPSession(probe);
  await cdp.send("ServiceWorker.enable");
  const b = {
    label: label(dist), ctx, cdp, probe, extId, stopped: 0, tried: 0,
    newPage: () => ctx.newPage(),
    evaluate: (page, fn) => page.evaluate(fn),
    // Stops every service worker of the profile (the extension's is the only one) and waits
    // until its target is gone.
    async stop() {
      b.tried += 1;
      await cdp.send("ServiceWorker.stopAllWorkers").catch((e) => console.error("stopAllWorkers:", e.message));
      for (let i = 0; i < 40; i++) {
        const { targetInfos } = await cdp.send("Target.getTargets");
        if (!targetInfos.some((t) => t.type === "service_worker" && t.url.includes(extId))) return (b.stopped += 1);
        await sleep(50);
      }
    },
    async wake() {
      // A message from the extension page starts the worker if it is stopped; then let it settle.
      await probe.evaluate(() => chrome.runtime.sendMessage({ kind: "get-version" }).catch(() => null));
      await sleep(100);
    },
    // The running worker's own timeline: its time origin and the marks of its start.
    async workerTimes() {
      const worker = ctx.serviceWorkers().filter((w) => w.url().includes(extId)).at(-1);
      return !worker ? null : worker.evaluate(() => {
        const marks = Object.fromEntries(performance.getEntriesByType("mark")
          .filter((m) => m.name.startsWith("omamori:")).map((m) => [m.name.slice(8), m.startTime]));
        return { origin: performance.timeOrigin, marks };
      }).catch(() => null);
    },
    close: () => ctx.close().finally(() => fs.rmSync(profile, { recursive: true, force: true })),
  };
  return b;
}

async function chromiumBench(port) {
  const bs = [];
  try {
    for (const dist of DISTS) bs.push(await chromiumDriver(dist));
    const warm = CASES.includes("warm") && (await runPaired(bs, port, { host: "amaz0n-co-jp.test", cold: false, n: LOADS }));
    const cold = CASES.includes("cold") && (await runPaired(bs, port, { host: "amaz0n-co-jp.test", cold: true, n: LOADS }));
    const kit = CASES.includes("kit") && (await runPaired(bs, port, { host: "k7q2-shop-portal.test", cold: false, n: LOADS }));
    if (warm) reportPaired("Chromium, lookalike sign-in page, worker running (warm)", bs, warm);
    if (cold) reportPaired("Chromium, lookalike sign-in page, worker stopped before each load (cold)", bs, cold, bs.map((b) => `; stop confirmed ${b.stopped}/${b.tried}`));
    if (kit) reportPaired("Chromium, kit page on a random domain (page-level verdict), warm", bs, kit);
    if (MEMORY_NAVS > 0) for (const b of bs) await chromiumMemory(b, port);
  } finally {
    for (const b of bs) await b.close().catch(() => {});
  }
}

/** The worker's JS heap (CDP on its target) and the extension process's RSS after MEMORY_NAVS navigations. */
async function chromiumMemory({ ctx, cdp, extId, label: name }, port) {
  const page = await ctx.newPage();
  for (let i = 0; i < MEMORY_NAVS; i++) {
    const host = i % 2 ? "amaz0n-co-jp.test" : `site${i}.test`;
    await page.goto(`http://${host}:${port}/signin?m=${i}`).catch(() => {});
  }
  await sleep(500);
  let heap = "n/a";
  try {
    const { targetInfos } = await cdp.send("Target.getTargets");
    const target = targetInfos.find((t) => t.type === "service_worker" && t.url.includes(extId));
    const { sessionId } = await cdp.send("Target.attachToTarget", { targetId: target.targetId, flatten: false });
    const answer = new Promise((resolve) => {
      cdp.on("Target.receivedMessageFromTarget", (e) => {
        const m = JSON.parse(e.message);
        if (m.id === 1) resolve(m.result);
      });
    });
    await cdp.send("Target.sendMessageToTarget", { sessionId, message: JSON.stringify({ id: 1, method: "Runtime.getHeapUsage" }) });
    const r = await Promise.race([answer, sleep(3000).then(() => null)]);
    if (r) heap = `used ${(r.usedSize / 1048576).toFixed(2)} MiB of ${(r.totalSize / 1048576).toFixed(2)} MiB JS heap`;
  } catch (e) {
    heap = `n/a (${e.message})`;
  }
  let rss = "n/a";
  try {
    // This browser's extension process: a child of its browser process (the context's profile dir is on its command line).
    const ps = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,args="], { encoding: "utf8" }).split("\n").map((l) => l.trim().split(/\s+/));
    const browserPid = ps.find((f) => f[3]?.endsWith("chromium") && f.join(" ").includes(`--load-extension=${path.join(DISTS.find((d) => label(d) === name), "chrome")}`))?.[0];
    const parent = new Map(ps.map((f) => [f[0], f[1]]));
    const under = (pid) => { for (let p = pid, i = 0; p && i < 4; p = parent.get(p), i++) if (p === browserPid) return true; return false; };
    const line = ps.find((f) => f.includes("--extension-process") && under(f[0])); // renderers are the zygote's children
    if (line) rss = `${(Number(line[2]) / 1024).toFixed(1)} MiB RSS (extension renderer process)`;
  } catch { /* no ps */ }
  console.log(`\nChromium background after ${MEMORY_NAVS} navigations [${name}]: ${heap}; ${rss}`);
  await page.close();
}

/** The RSS of `comm`-named processes under browser process `root` (ps), in MiB, or null. */
function rssUnder(root, match) {
  const ps = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,comm="], { encoding: "utf8" }).split("\n").map((l) => l.trim().split(/\s+/));
  const parent = new Map(ps.map((f) => [f[0], f[1]]));
  const under = (pid) => { for (let p = pid, i = 0; p && i < 6; p = parent.get(p), i++) if (p === String(root)) return true; return false; };
  const lines = ps.filter((f) => match(f.slice(3).join(" ")) && under(f[0]));
  return lines.length ? lines.reduce((s, f) => s + Number(f[2]), 0) / 1024 : null;
}

/** Firefox: the WebExtensions process's RSS (the background page and the extension's pages) after MEMORY_NAVS navigations. */
async function firefoxMemory({ browser, label: name }, port) {
  const pid = browser.process()?.pid;
  const before = pid ? rssUnder(pid, (c) => c === "WebExtensions") : null;
  const page = await browser.newPage();
  for (let i = 0; i < MEMORY_NAVS; i++) {
    const host = i % 2 ? "amaz0n-co-jp.test" : `site${i}.test`;
    await page.goto(`http://${host}:${port}/signin?m=${i}`).catch(() => {});
  }
  await sleep(500);
  const after = pid ? rssUnder(pid, (c) => c === "WebExtensions") : null;
  const mib = (x) => (x === null ? "n/a" : `${x.toFixed(1)} MiB`);
  console.log(`\nFirefox background after ${MEMORY_NAVS} navigations [${name}]: WebExtensions process RSS ${mib(after)} (${mib(before)} before them; no JS heap figure: no automation API reads an add-on's heap)`);
  await page.close();
}

// ---- Firefox -----------------------------------------------------------------------------------
/** A Firefox with the build `dist` and its driver for runLoads. */
async function firefoxDriver(dist) {
  const puppeteer = (await import("puppeteer-core")).default;
  const ext = path.join(dist, "firefox");
  const addonId = JSON.parse(fs.readFileSync(path.join(ext, "manifest.json"), "utf8")).browser_specific_settings.gecko.id;
  const UUID = "6d1f3c0e-0b9d-4a1c-9e3a-0a11ce0000f1";
  const browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
    headless: true,
    args: ["--remote-allow-system-access", "--width=1280", "--height=720"],
    extraPrefsFirefox: {
      "network.dns.forceResolve": "127.0.0.1",
      "extensions.originControls.grantByDefault": true,
      "extensions.webextensions.uuids": JSON.stringify({ [addonId]: UUID }),
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "network.captive-portal-service.enabled": false,
      "app.update.enabled": false,
    },
  });
  await browser.installExtension(ext);
  const probe = await browser.newPage();
  await probe.goto(`moz-extension://${UUID}/popup/popup.html`, { timeout: 1500 }).catch(() => {});
  for (let i = 0; i < 50 && !(await probe.evaluate(() => !!globalThis.browser?.storage).catch(() => false)); i++) await sleep(100);
  await probe.evaluate(listenVerdicts);
  return {
    label: label(dist),
    probe,
    browser,
    async newPage() {
      const p = await browser.newPage();
      await p.evaluateOnNewDocument(probeBanner);
      return p;
    },
    evaluate: (page, fn) => page.evaluate(fn),
    stop: null,
    async wake() {
      await probe.evaluate(() => browser.runtime.sendMessage({ kind: "get-version" }).catch(() => null));
      await sleep(100);
    },
    close: () => browser.close(),
  };
}

async function firefoxBench(port) {
  const bs = [];
  try {
    for (const dist of DISTS) bs.push(await firefoxDriver(dist));
    const warm = CASES.includes("warm") && (await runPaired(bs, port, { host: "amaz0n-co-jp.test", cold: false, n: LOADS }));
    const kit = CASES.includes("kit") && (await runPaired(bs, port, { host: "k7q2-shop-portal.test", cold: false, n: LOADS }));
    if (warm) reportPaired("Firefox, lookalike sign-in page, background running (warm)", bs, warm);
    if (kit) reportPaired("Firefox, kit page on a random domain (page-level verdict), warm", bs, kit);
    if (MEMORY_NAVS > 0) for (const b of bs) await firefoxMemory(b, port);
    console.log("Firefox cold: not measured (no automation API stops an add-on's background page on demand).");
  } finally {
    for (const b of bs) await b.close().catch(() => {});
  }
}

const server = await serve();
const port = server.address().port;
console.log(`time to warning: ${LOADS} loads per case and build, builds ${DISTS.map(label).join(", ")}, fixture port ${port}, page answered after ${TTFB} ms, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
try {
  if (BROWSERS.includes("chromium")) await chromiumBench(port);
  if (BROWSERS.includes("firefox")) await firefoxBench(port);
} finally {
  server.close();
  if (ROWS_FILE) fs.writeFileSync(ROWS_FILE, JSON.stringify(allRows, null, 1));
}
