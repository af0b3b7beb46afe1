#!/usr/bin/env node
// What the paint hold (extension/content/paint-hold.js) costs a page that is not warned, run by hand
// (never in CI): the page's own first contentful paint in headless Chromium with the build `dist` against
// the same build with the hold switched off (a copy whose content/rules.js says `"paint_hold_ms": 0`,
// made here in a temporary folder), loads interleaved, worker running (warm) and stopped before each
// load (cold). Pages: a plain article (no form: shown at its URL verdict) and a member sign-in on an
// unrelated shop (a form: it also waits for its page verdict), both on hosts that are nobody's lookalike.
//
//   ./build.sh build && node tools/bench/hold-cost.mjs [--loads 20] [--ttfb 0] [--dist dist]
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const args = Object.fromEntries(process.argv.slice(2).map((a, i, all) => (a.startsWith("--") ? [a.slice(2), all[i + 1]] : null)).filter(Boolean));
const LOADS = Number(args.loads ?? 20);
const TTFB = Number(args.ttfb ?? 0);
const DIST = path.resolve(repo, args.dist ?? "dist");
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const para = (i) => `<p>Paragraph ${i} of a long article about seasonal recipes, markets and the weather, written to be read. </p>`;
const PAGES = {
  "/article": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Autumn recipes — Kitchen Notes</title></head>` +
    `<body><header><h1>Autumn recipes</h1></header><main>${Array.from({ length: 60 }, (_, i) => para(i)).join("")}</main></body></html>`,
  "/members": `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Members — Green Leaf Tea Shop</title></head>` +
    `<body><h1>Green Leaf Tea Shop</h1><h2>Member sign in</h2><form action="/login" method="post">` +
    `<label>Email <input type="email" name="email"></label><label>Password <input type="password" name="pw"></label>` +
    `<button>Sign in</button></form>${Array.from({ length: 20 }, (_, i) => para(i)).join("")}</body></html>`,
};

function serve() {
  const server = http.createServer((req, res) => {
    const page = PAGES[new URL(req.url, "http://x").pathname];
    if (!page) return res.writeHead(404, { "cache-control": "no-store" }).end();
    setTimeout(() => res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" }).end(page), TTFB);
  });
  return new Promise((r) => server.listen(0, "127.0.0.1", () => r(server)));
}

/** A copy of the build with the hold off (rules say 0 ms): the page is never clipped. */
function unheldCopy() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-nohold-"));
  fs.cpSync(path.join(DIST, "chrome"), path.join(dir, "chrome"), { recursive: true });
  const rules = path.join(dir, "chrome", "content", "rules.js");
  const text = fs.readFileSync(rules, "utf8");
  const off = text.replace(/"paint_hold_ms":\s*\d+/, '"paint_hold_ms": 0');
  if (off === text) throw new Error(`${rules}: no paint_hold_ms to switch off`);
  fs.writeFileSync(rules, off);
  return dir;
}

const stops = { failed: 0 };

async function driver(dist, label) {
  const ext = path.join(dist, "chrome");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-hold-"));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, viewport: { width: 1280, height: 720 },
    args: [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`, "--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost",
      "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-features=Translate,OptimizationHints"],
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 15000 }));
  const extId = new URL(sw.url()).host;
  const probe = await ctx.newPage();
  await probe.goto(`chrome-extension://${extId}/popup/popup.html`);
  const cdp = await ctx.newCDPSession(probe);
  await cdp.send("ServiceWorker.enable");
  return {
    label,
    async load(url, cold) {
      const page = await ctx.newPage();
      if (cold) {
        // After the new tab exists (its about:blank wakes the worker), and confirmed: its target is gone.
        await cdp.send("ServiceWorker.stopAllWorkers").catch(() => {});
        for (let i = 0; i < 40; i++) {
          const { targetInfos } = await cdp.send("Target.getTargets");
          if (!targetInfos.some((t) => t.type === "service_worker" && t.url.includes(extId))) break;
          if (i === 39) stops.failed += 1;
          await sleep(50);
        }
      } else {
        await probe.evaluate(() => chrome.runtime.sendMessage({ kind: "get-version" }).catch(() => null));
        await sleep(100);
      }
      await page.goto(url).catch(() => {});
      let fcp = null;
      for (let i = 0; i < 100 && fcp === null; i++) {
        fcp = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null).catch(() => null);
        if (fcp === null) await sleep(20);
      }
      await page.close();
      return fcp;
    },
    close: () => ctx.close().finally(() => fs.rmSync(profile, { recursive: true, force: true })),
  };
}

const q = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];
const server = await serve();
const port = server.address().port;
const nohold = unheldCopy();
const builds = [await driver(DIST, "hold"), await driver(nohold, "no hold")];
try {
  for (const [pathname, host] of [["/article", "kitchen-notes.test"], ["/members", "green-leaf-tea.test"]]) {
    for (const cold of [false, true]) {
      const fcps = builds.map(() => []);
      for (let i = 0; i < LOADS; i++) {
        for (const [j, b] of (i % 2 ? [...builds.entries()].reverse() : [...builds.entries()])) {
          const fcp = await b.load(`http://${host}:${port}${pathname}?n=${Date.now()}-${i}`, cold);
          if (fcp !== null) fcps[j].push(fcp);
        }
      }
      const diffs = fcps[0].map((v, i) => v - fcps[1][i]).filter(Number.isFinite);
      console.log(`${pathname} (${cold ? "worker stopped before each load" : "worker running"}, ttfb ${TTFB} ms, load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}):`);
      for (const [j, b] of builds.entries()) console.log(`  ${b.label.padEnd(8)} fcp median ${q(fcps[j], 0.5).toFixed(0)}  p95 ${q(fcps[j], 0.95).toFixed(0)} ms  (n=${fcps[j].length})`);
      console.log(`  hold − no hold, load by load: median ${q(diffs, 0.5).toFixed(0)}  p95 ${q(diffs, 0.95).toFixed(0)} ms${cold ? `; worker stops not confirmed so far: ${stops.failed}` : ""}`);
    }
  }
} finally {
  for (const b of builds) await b.close();
  server.close();
  fs.rmSync(nohold, { recursive: true, force: true });
}
