#!/usr/bin/env node
// Time to warning, run by hand (never in CI): how long a lookalike sign-in page is on screen before
// Omamori's banner, in headless Chromium (playwright-core) and Firefox (puppeteer-core), with the
// background running (warm) and, in Chromium, stopped before each load (cold: CDP ServiceWorker.stopAllWorkers).
//
//   ./build.sh build && node tools/bench/time-to-warning.mjs [--loads 30] [--browsers chromium,firefox]
//                                                            [--dist dist] [--memory-navs 100]
//
// Every time is in ms from the page's navigation start (its own performance timeline):
//   commit   responseStart of the navigation entry (the response that commits the navigation)
//   fcp      the page's own first-contentful-paint
//   url-v    the background stored the URL verdict (webNavigation.onCommitted → checkUrl)
//   page-v   the background stored the page verdict (content script's signals → checkPage)
//   banner   the banner's host element was added to the page (MutationObserver in an init script)
//   painted  the next animation frame after that (the banner is on screen from that frame on)
// "verdict stored" is seen by an extension page listening to storage.session.onChanged (what the
// extension itself keeps, no test channel); clocks are joined through performance.timeOrigin.
// Pages: the lookalike fixture on amaz0n-co-jp.test (the URL alone is a lookalike) and the same kit
// page on a random unrelated domain (only the page-level check can warn). Each load is a new tab,
// the URL carries a unique query, and the server sends no-store. Also reports the background's memory
// after --memory-navs navigations (Chromium: CDP Runtime.getHeapUsage on the worker target; process RSS).
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const LOADS = Number(args.loads ?? 30);
const MEMORY_NAVS = Number(args["memory-navs"] ?? 100);
const BROWSERS = (args.browsers ?? "chromium,firefox").split(",");
const DIST = path.resolve(repo, args.dist ?? "dist");
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
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end(page);
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
        fcp: fcp?.startTime ?? null,
        banner: window.__ttw?.banner ?? null,
        painted: window.__ttw?.painted ?? null,
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

function stats(xs) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!v.length) return "n/a";
  const q = (p) => v[Math.min(v.length - 1, Math.floor(p * v.length))];
  return `median ${q(0.5).toFixed(0).padStart(4)}  p95 ${q(0.95).toFixed(0).padStart(4)}  (n=${v.length})`;
}

function report(label, rows) {
  console.log(`\n${label}`);
  for (const k of ["commit", "fcp", "url-v", "page-v", "banner", "painted"]) {
    console.log(`  ${k.padEnd(8)} ${stats(rows.map((r) => r[k]))} ms`);
  }
  console.log(`  painted − fcp ${stats(rows.map((r) => r.painted - r.fcp))} ms`);
  console.log(`  painted / fcp ${stats(rows.map((r) => (100 * r.painted) / r.fcp))} %`);
}

/** One browser: `b` = { newPage, evaluate, probe (extension page), stop?() }. */
async function runLoads(b, port, { host, cold, n }) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    if (cold) await b.stop();
    else await b.wake();
    const url = `http://${host}:${port}/signin?ttw=${Date.now()}-${i}`;
    const page = await b.newPage();
    await b.evaluate(b.probe, () => (globalThis.__writes.length = 0));
    await page.goto(url).catch(() => {});
    const t = await pageTimes(page, b.evaluate);
    const writes = await b.evaluate(b.probe, () => globalThis.__writes);
    await page.close();
    if (!t) continue;
    const rel = (w) => (w ? w.at - t.origin : null);
    const mine = writes.filter((w) => w.url === url);
    rows.push({
      commit: t.commit,
      fcp: t.fcp,
      "url-v": rel(mine.find((w) => !w.page)),
      "page-v": rel(mine.find((w) => w.page)),
      banner: t.banner,
      painted: t.painted,
    });
  }
  return rows;
}

// ---- Chromium ----------------------------------------------------------------------------------
async function chromiumBench(port) {
  const { chromium } = await import("playwright-core");
  const ext = path.join(DIST, "chrome");
  const ctx = await chromium.launchPersistentContext(fs.mkdtempSync("/tmp/omamori-ttw-"), {
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
  try {
    await ctx.addInitScript(probeBanner);
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 15000 }));
    const extId = new URL(sw.url()).host;
    const probe = await ctx.newPage();
    await probe.goto(`chrome-extension://${extId}/popup/popup.html`);
    await probe.evaluate(listenVerdicts);
    const cdp = await ctx.newCDPSession(probe);
    await cdp.send("ServiceWorker.enable");
    let stopped = 0;
    const b = {
      probe,
      newPage: () => ctx.newPage(),
      evaluate: (page, fn) => page.evaluate(fn),
      // Stops every service worker of the profile (the extension's is the only one) and waits
      // until its target is gone.
      async stop() {
        await cdp.send("ServiceWorker.stopAllWorkers").catch((e) => console.error("stopAllWorkers:", e.message));
        for (let i = 0; i < 40; i++) {
          const { targetInfos } = await cdp.send("Target.getTargets");
          if (!targetInfos.some((t) => t.type === "service_worker" && t.url.includes(extId))) return (stopped += 1);
          await sleep(50);
        }
      },
      async wake() {
        // A message from the extension page starts the worker if it is stopped; then let it settle.
        await probe.evaluate(() => chrome.runtime.sendMessage({ kind: "get-version" }).catch(() => null));
        await sleep(100);
      },
    };
    const out = {};
    out.warm = await runLoads(b, port, { host: "amaz0n-co-jp.test", cold: false, n: LOADS });
    out.cold = await runLoads(b, port, { host: "amaz0n-co-jp.test", cold: true, n: LOADS });
    out.kitWarm = await runLoads(b, port, { host: "k7q2-shop-portal.test", cold: false, n: LOADS });
    report("Chromium, lookalike sign-in page, worker running (warm)", out.warm);
    report(`Chromium, lookalike sign-in page, worker stopped before each load (cold; stop confirmed ${stopped}/${LOADS})`, out.cold);
    report("Chromium, kit page on a random domain (page-level verdict), warm", out.kitWarm);
    await chromiumMemory(ctx, cdp, probe, port, extId);
  } finally {
    await ctx.close();
  }
}

/** The worker's JS heap (CDP on its target) and the extension process's RSS after MEMORY_NAVS navigations. */
async function chromiumMemory(ctx, cdp, probe, port, extId) {
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
    const ps = execFileSync("ps", ["-eo", "rss=,args="], { encoding: "utf8" });
    const line = ps.split("\n").find((l) => l.includes("--extension-process"));
    if (line) rss = `${(Number(line.trim().split(/\s+/)[0]) / 1024).toFixed(1)} MiB RSS (extension renderer process)`;
  } catch { /* no ps */ }
  console.log(`\nChromium background after ${MEMORY_NAVS} navigations: ${heap}; ${rss}`);
  await page.close();
}

// ---- Firefox -----------------------------------------------------------------------------------
async function firefoxBench(port) {
  const puppeteer = (await import("puppeteer-core")).default;
  const ext = path.join(DIST, "firefox");
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
  try {
    await browser.installExtension(ext);
    const probe = await browser.newPage();
    await probe.goto(`moz-extension://${UUID}/popup/popup.html`, { timeout: 1500 }).catch(() => {});
    for (let i = 0; i < 50 && !(await probe.evaluate(() => !!globalThis.browser?.storage).catch(() => false)); i++) await sleep(100);
    await probe.evaluate(listenVerdicts);
    const b = {
      probe,
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
    };
    const warm = await runLoads(b, port, { host: "amaz0n-co-jp.test", cold: false, n: LOADS });
    const kit = await runLoads(b, port, { host: "k7q2-shop-portal.test", cold: false, n: LOADS });
    report("Firefox, lookalike sign-in page, background running (warm)", warm);
    report("Firefox, kit page on a random domain (page-level verdict), warm", kit);
    console.log("Firefox cold: not measured (no automation API stops an add-on's background page on demand).");
  } finally {
    await browser.close();
  }
}

const server = await serve();
const port = server.address().port;
console.log(`time to warning: ${LOADS} loads per case, dist ${path.relative(repo, DIST) || "."}, fixture port ${port}`);
try {
  if (BROWSERS.includes("chromium")) await chromiumBench(port);
  if (BROWSERS.includes("firefox")) await firefoxBench(port);
} finally {
  server.close();
}
