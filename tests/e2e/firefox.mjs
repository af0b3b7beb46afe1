// Firefox ESR (/usr/bin/firefox-esr) with dist/firefox installed as a temporary add-on over
// WebDriver BiDi (puppeteer-core; no geckodriver). Runs the shared scenarios and the hostile-page
// suite on a test build made from it in the run's temp dir (testBuild): BiDi cannot pierce closed shadow roots, so
// that build adds one observer content script (observer.js) that reads them.
import fs from "node:fs";
import path from "node:path";
import puppeteer from "puppeteer-core";
import { PAGE_TIMEOUT, START_TIMEOUT, check, poll, repo, sleep, startBrowser } from "./common.mjs";
import { runSuites } from "./suites.mjs";
import { screenshotPass } from "./scenarios.mjs";
import { runReminders } from "./reminders.mjs";

const UUID = "6d1f3c0e-0b9d-4a1c-9e3a-0a11ce000001"; // fixed moz-extension://<uuid>/ for the add-on

/**
 * The test build: dist/firefox + observer.js in every content script group (same isolated world),
 * before the group's entry, which stays last (the tour loads every script but the entries). Made
 * in `to`, a folder of this run (a temp dir), so two runs never share or delete each other's add-on.
 */
export function testBuild(from, to) {
  fs.rmSync(to, { recursive: true, force: true });
  fs.cpSync(from, to, { recursive: true });
  fs.mkdirSync(path.join(to, "test"), { recursive: true });
  fs.copyFileSync(path.join(repo, "tests", "e2e", "observer.js"), path.join(to, "test", "observer.js"));
  const file = path.join(to, "manifest.json");
  const m = JSON.parse(fs.readFileSync(file, "utf8"));
  for (const cs of m.content_scripts) cs.js.splice(cs.js.length - 1, 0, "test/observer.js");
  fs.writeFileSync(file, JSON.stringify(m, null, 2));
  return to;
}

/**
 * A Firefox with the add-on installed; a start that fails is tried once more (common.mjs
 * startBrowser). Puppeteer makes the profile in a fresh temp dir and removes it at close.
 */
export const launch = (extDir, lang) => startBrowser(`[firefox ${lang}]`, () => start(extDir, lang));

async function start(extDir, lang) {
  const addonId = JSON.parse(fs.readFileSync(path.join(extDir, "manifest.json"), "utf8")).browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: "firefox",
    timeout: START_TIMEOUT,
    executablePath: process.env.FIREFOX || "/usr/bin/firefox-esr",
    headless: true,
    acceptInsecureCerts: true, // self-signed HTTPS
    args: ["--remote-allow-system-access", "--width=1280", "--height=720"], // allow opening moz-extension:// pages
    extraPrefsFirefox: {
      "network.dns.forceResolve": "127.0.0.1", // every host name → the fixture server
      "extensions.originControls.grantByDefault": true, // MV3 host permissions granted at install
      "extensions.webextensions.uuids": JSON.stringify({ [addonId]: UUID }),
      "intl.locale.requested": lang === "ja" ? "ja" : "en-US",
      "intl.accept_languages": lang === "ja" ? "ja,en" : "en-US,en",
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "network.captive-portal-service.enabled": false,
      "app.update.enabled": false,
      "dom.disable_open_during_load": false, // the about:blank popup attack opens a window from a test call
    },
  });
  let id;
  try {
    id = await browser.installExtension(extDir);
  } catch (error) {
    await browser.close().catch(() => {});
    throw error;
  }
  const adapter = {
    name: "firefox",
    lang,
    browser,
    addonId: id,
    async newPage() {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 720 });
      return page;
    },
    async extensionPage(rel, size) {
      const page = await browser.newPage();
      await page.setViewport(size ?? { width: 1280, height: 720 });
      // BiDi never reports the load of a moz-extension:// page: the navigation's own promise only
      // times out. Poll the page for the extension document instead of waiting for that timeout.
      void page.goto(`moz-extension://${UUID}/${rel}`, { timeout: 1500 }).catch(() => {});
      const ready = await poll(() => page.evaluate(() => location.protocol === "moz-extension:" && document.readyState === "complete" &&
        !!(globalThis.browser ?? globalThis.chrome)?.storage), { timeout: PAGE_TIMEOUT, interval: 50 });
      if (!ready) throw new Error(`extension page ${rel} not loaded within ${PAGE_TIMEOUT / 1000} s`);
      return page;
    },
    evalExtension: (page, fn, arg) => page.evaluate(fn, arg),
    /** The tab's current URL: BiDi does not report navigations to moz-extension:// pages, so page.url() can be stale. */
    urlOf: (page) => page.evaluate(() => location.href).catch(() => page.url()),
    isExtensionUrl: (url) => url.startsWith(`moz-extension://${UUID}/`),
    /** The closed shadow roots' content, from the test build's observer content script (observer.js). */
    shadowHosts: (page) => page.evaluate(() => {
      document.dispatchEvent(new CustomEvent("omamori-observe"));
      return JSON.parse(document.documentElement.getAttribute("data-omamori-observed") ?? "[]");
    }),
    /** Every tab of the browser (pages), and their URLs. */
    pages: () => browser.pages(),
    tabUrls: async () => (await browser.pages()).map((p) => p.url()),
    /** The tab's session history as far as the page shows it: its URL (an error page's: the URL it failed to load), history.length. */
    async tabHistory(page) {
      const length = await page.evaluate(() => history.length).catch(() => null);
      const url = page.url();
      const failed = url.startsWith("about:neterror?") ? new URLSearchParams(url.slice(url.indexOf("?") + 1)).get("u") : null;
      return { urls: [failed ?? url], index: 0, length };
    },
    /** The window `open()` makes `page` open (window.open), or null. */
    async popupOf(page, open) {
      const popup = new Promise((resolve) => page.once("popup", resolve));
      await open();
      return Promise.race([popup, sleep(8000).then(() => null)]);
    },
  };
  return adapter;
}

export async function runFirefox({ extDir, srv, screenshots }) {
  const b = await launch(extDir, "en");
  try {
    check("[firefox] temporary add-on installed", b.addonId === "omamori@example.org", b.addonId);
    await runSuites(b, srv, { screenshots });
  } finally {
    await b.browser.close();
  }
  if (screenshots && fs.existsSync("/usr/lib/firefox-esr/browser/extensions/langpack-ja@firefox-esr.mozilla.org.xpi")) {
    const ja = await launch(extDir, "ja");
    try {
      await screenshotPass(ja, srv, screenshots);
      await runReminders(ja, srv, { screenshots, shotsOnly: true });
    } finally {
      await ja.browser.close();
    }
  }
}
