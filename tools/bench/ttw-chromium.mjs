// Chromium for time-to-warning.mjs (playwright-core): the extension's worker running (warm) or
// stopped before each load (cold: CDP ServiceWorker.stopAllWorkers, its start read from its own
// marks), and the worker's heap and the extension process's RSS after many navigations.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { listenVerdicts, probeBanner, runPaired, sleep } from "./ttw-load.mjs";

/** A Chromium with the build `dist` and its driver for runLoads. */
async function chromiumDriver(dist, label) {
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
    label, dist, ctx, cdp, probe, extId, stopped: 0, tried: 0,
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

export async function chromiumBench(port, run) {
  const { dists, cases, loads, memoryNavs, label, report } = run;
  const bs = [];
  try {
    for (const dist of dists) bs.push(await chromiumDriver(dist, label(dist)));
    const warm = cases.includes("warm") && (await runPaired(bs, port, { host: "amaz0n-co-jp.test", cold: false, n: loads }));
    const cold = cases.includes("cold") && (await runPaired(bs, port, { host: "amaz0n-co-jp.test", cold: true, n: loads }));
    const kit = cases.includes("kit") && (await runPaired(bs, port, { host: "k7q2-shop-portal.test", cold: false, n: loads }));
    if (warm) report("Chromium, lookalike sign-in page, worker running (warm)", bs, warm);
    if (cold) report("Chromium, lookalike sign-in page, worker stopped before each load (cold)", bs, cold, bs.map((b) => `; stop confirmed ${b.stopped}/${b.tried}`));
    if (kit) report("Chromium, kit page on a random domain (page-level verdict), warm", bs, kit);
    if (memoryNavs > 0) for (const b of bs) await chromiumMemory(b, port, memoryNavs);
  } finally {
    for (const b of bs) await b.close().catch(() => {});
  }
}

/** The worker's JS heap (CDP on its target) and the extension process's RSS after `navs` navigations. */
async function chromiumMemory({ ctx, cdp, extId, label: name, dist }, port, navs) {
  const page = await ctx.newPage();
  for (let i = 0; i < navs; i++) {
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
    const browserPid = ps.find((f) => f[3]?.endsWith("chromium") && f.join(" ").includes(`--load-extension=${path.join(dist, "chrome")}`))?.[0];
    const parent = new Map(ps.map((f) => [f[0], f[1]]));
    const under = (pid) => { for (let p = pid, i = 0; p && i < 4; p = parent.get(p), i++) if (p === browserPid) return true; return false; };
    const line = ps.find((f) => f.includes("--extension-process") && under(f[0])); // renderers are the zygote's children
    if (line) rss = `${(Number(line[2]) / 1024).toFixed(1)} MiB RSS (extension renderer process)`;
  } catch { /* no ps */ }
  console.log(`\nChromium background after ${navs} navigations [${name}]: ${heap}; ${rss}`);
  await page.close();
}
