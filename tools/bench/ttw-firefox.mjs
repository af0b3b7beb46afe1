// Firefox for time-to-warning.mjs (puppeteer-core over WebDriver BiDi): the add-on's background
// running (warm; no automation API stops it on demand, so no cold case), and the WebExtensions
// process's RSS after many navigations.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { listenVerdicts, probeBanner, runPaired, sleep } from "./ttw-load.mjs";

/** The RSS of `comm`-named processes under browser process `root` (ps), in MiB, or null. */
function rssUnder(root, match) {
  const ps = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,comm="], { encoding: "utf8" }).split("\n").map((l) => l.trim().split(/\s+/));
  const parent = new Map(ps.map((f) => [f[0], f[1]]));
  const under = (pid) => { for (let p = pid, i = 0; p && i < 6; p = parent.get(p), i++) if (p === String(root)) return true; return false; };
  const lines = ps.filter((f) => match(f.slice(3).join(" ")) && under(f[0]));
  return lines.length ? lines.reduce((s, f) => s + Number(f[2]), 0) / 1024 : null;
}

/** Firefox: the WebExtensions process's RSS (the background page and the extension's pages) after `navs` navigations. */
async function firefoxMemory({ browser, label: name }, port, navs) {
  const pid = browser.process()?.pid;
  const before = pid ? rssUnder(pid, (c) => c === "WebExtensions") : null;
  const page = await browser.newPage();
  for (let i = 0; i < navs; i++) {
    const host = i % 2 ? "amaz0n-co-jp.test" : `site${i}.test`;
    await page.goto(`http://${host}:${port}/signin?m=${i}`).catch(() => {});
  }
  await sleep(500);
  const after = pid ? rssUnder(pid, (c) => c === "WebExtensions") : null;
  const mib = (x) => (x === null ? "n/a" : `${x.toFixed(1)} MiB`);
  console.log(`\nFirefox background after ${navs} navigations [${name}]: WebExtensions process RSS ${mib(after)} (${mib(before)} before them; no JS heap figure: no automation API reads an add-on's heap)`);
  await page.close();
}

/** A Firefox with the build `dist` and its driver for runLoads. */
async function firefoxDriver(dist, label) {
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
    label,
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

export async function firefoxBench(port, run) {
  const { dists, cases, loads, memoryNavs, label, report } = run;
  const bs = [];
  try {
    for (const dist of dists) bs.push(await firefoxDriver(dist, label(dist)));
    const warm = cases.includes("warm") && (await runPaired(bs, port, { host: "amaz0n-co-jp.test", cold: false, n: loads }));
    const kit = cases.includes("kit") && (await runPaired(bs, port, { host: "k7q2-shop-portal.test", cold: false, n: loads }));
    if (warm) report("Firefox, lookalike sign-in page, background running (warm)", bs, warm);
    if (kit) report("Firefox, kit page on a random domain (page-level verdict), warm", bs, kit);
    if (memoryNavs > 0) for (const b of bs) await firefoxMemory(b, port, memoryNavs);
    console.log("Firefox cold: not measured (no automation API stops an add-on's background page on demand).");
  } finally {
    for (const b of bs) await b.close().catch(() => {});
  }
}
