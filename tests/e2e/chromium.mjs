// Chromium (Debian's /usr/bin/chromium) with the unpacked extension from dist/chrome, driven by
// playwright-core. Runs the suites both browsers run (suites.mjs), then the options page.
// The text and button boxes inside the closed shadow roots come from the DevTools protocol
// (DOM.getDocument with pierce: true), so this runs the store build dist/chrome unchanged.
import fs from "node:fs";
import path from "node:path";
import { chromium } from "playwright-core";
import { START_TIMEOUT, check, poll, startBrowser, tmpDir } from "./common.mjs";
import { runSuites } from "./suites.mjs";
import { screenshotPass } from "./scenarios.mjs";
import { runReminders } from "./reminders.mjs";

/**
 * A Chromium with the extension, once its service worker runs; a start that fails is tried once
 * more (common.mjs startBrowser). Its profile (a fresh temp dir) is removed when the context closes.
 */
export const launch = (extDir, lang) => startBrowser(`[chromium ${lang}]`, () => start(extDir, lang));

async function start(extDir, lang) {
  const profile = tmpDir("omamori-chromium-");
  const ctx = await chromium.launchPersistentContext(profile, {
    timeout: START_TIMEOUT,
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    viewport: { width: 1280, height: 720 },
    locale: lang === "ja" ? "ja-JP" : "en-US",
    // On Linux, Chromium takes its UI language (and so the extension's) from the environment.
    env: { ...process.env, LANGUAGE: lang, LANG: lang === "ja" ? "ja_JP.UTF-8" : "en_US.UTF-8" },
    args: [
      `--disable-extensions-except=${extDir}`, // Playwright adds --disable-extensions; this re-enables ours
      `--load-extension=${extDir}`,
      `--lang=${lang}`,
      "--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost", // every host name → the fixture server
      "--ignore-certificate-errors", // self-signed HTTPS for www.amazon.co.jp (HSTS-preloaded: https only)
      "--disable-background-networking", "--disable-component-update", "--disable-sync",
      "--no-first-run", "--disable-quic", "--disable-features=Translate,OptimizationHints",
    ],
  }).catch((error) => {
    fs.rmSync(profile, { recursive: true, force: true });
    throw error;
  });
  // Chromium may still be writing into its profile as the close event comes (ENOTEMPTY): retry, and
  // never let the clean-up throw out of the event handler (that killed the run after its checks).
  ctx.on("close", () => {
    try {
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.log(`NOTE chromium profile ${profile} not removed: ${error.code ?? error.message}`);
    }
  });
  let sw;
  try {
    sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: START_TIMEOUT }));
  } catch (error) {
    await ctx.close().catch(() => {});
    throw error;
  }
  const extId = new URL(sw.url()).host;
  const adapter = {
    name: "chromium",
    lang,
    ctx,
    sw,
    extId,
    newPage: () => ctx.newPage(),
    async extensionPage(rel, size) {
      const page = await ctx.newPage();
      if (size) await page.setViewportSize(size);
      await page.goto(`chrome-extension://${extId}/${rel}`);
      return page;
    },
    evalExtension: (page, fn, arg) => page.evaluate(fn, arg),
    urlOf: async (page) => page.url(),
    isExtensionUrl: (url) => url.startsWith(`chrome-extension://${extId}/`),
    shadowHosts,
    /** Every tab of the browser (pages), and their URLs. */
    pages: async () => ctx.pages(),
    tabUrls: async () => ctx.pages().map((p) => p.url()),
    /** The tab's session history `{ urls, index }` (CDP; an error page's entry keeps the URL it failed to load). */
    async tabHistory(page) {
      const cdp = await ctx.newCDPSession(page);
      try {
        const h = await cdp.send("Page.getNavigationHistory");
        return { urls: h.entries.map((e) => e.url), index: h.currentIndex };
      } finally {
        await cdp.detach().catch(() => {});
      }
    },
    /** The tab opened by `page` (window.open), once it exists. */
    popupOf: (page, open) => Promise.all([page.waitForEvent("popup", { timeout: 8000 }), open()]).then(([p]) => p),
  };
  return adapter;
}

/**
 * What the closed shadow roots under <html> hold, via CDP (DOM.getDocument pierces closed roots):
 * `[{ box, text, buttons: [{ text, href, x, y }] }]`, button centres in viewport pixels.
 */
export async function shadowHosts(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    const html = (root.children ?? []).find((n) => n.localName === "html");
    const hosts = (html?.children ?? []).filter((n) => n.shadowRoots?.[0]?.shadowRootType === "closed");
    const boxOf = async (nodeId) => {
      try {
        const q = (await cdp.send("DOM.getBoxModel", { nodeId })).model.border;
        return { left: q[0], top: q[1], width: q[4] - q[0], height: q[5] - q[1] };
      } catch {
        return null; // not rendered
      }
    };
    const out = [];
    for (const h of hosts) {
      const texts = [];
      const controls = [];
      const walk = (n, control) => {
        if (n.nodeType === 3 && n.nodeValue.trim()) {
          texts.push(n.nodeValue.trim());
          if (control) control.text += n.nodeValue.trim();
        }
        if (n.localName === "style") return;
        let c = control;
        if (n.localName === "button" || n.localName === "a") {
          const attrs = n.attributes ?? [];
          const i = attrs.indexOf("href");
          controls.push((c = { nodeId: n.nodeId, text: "", href: i >= 0 ? attrs[i + 1] : "" }));
        }
        for (const k of n.children ?? []) walk(k, c);
      };
      for (const sr of h.shadowRoots) walk(sr, null);
      const buttons = [];
      for (const c of controls) {
        const box = await boxOf(c.nodeId);
        if (box) buttons.push({ text: c.text, href: c.href, x: box.left + box.width / 2, y: box.top + box.height / 2, width: box.width, height: box.height });
      }
      out.push({ box: await boxOf(h.nodeId), text: texts.join(" "), buttons });
    }
    return out;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

export async function runChromium({ extDir, srv, screenshots }) {
  const b = await launch(extDir, "en");
  try {
    check("[chromium] extension service worker running", b.sw.url().endsWith("/background/service-worker.js"), b.sw.url());
    const ext = await b.newPage();
    await ext.goto("chrome://extensions");
    // Developer mode makes Chromium's error console record the extension's runtime errors.
    await ext.evaluate(() => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }));
    const info = await ext.evaluate(async (id) => (await chrome.developerPrivate.getExtensionsInfo())
      .filter((e) => e.id === id).map((e) => ({ warnings: e.installWarnings, manifestErrors: e.manifestErrors, runtimeErrors: e.runtimeErrors })), b.extId);
    await ext.close();
    check("[chromium] no install warnings or errors on chrome://extensions",
      info.length === 1 && !info[0].warnings?.length && !info[0].manifestErrors?.length && !info[0].runtimeErrors?.length, info);
    const s = await runSuites(b, srv, { screenshots });
    const domain = s.trusted;

    // Options: the trusted site is listed and can be removed again.
    const options = await b.extensionPage("options/options.html");
    const listed = await poll(() => options.evaluate(() => document.body.dataset.ready === "1" &&
      [...document.querySelectorAll("#trusted li span")].map((e) => e.textContent)));
    check("[chromium] options: trusted site listed", listed?.includes(domain), listed);
    const retailers = await options.evaluate(() => [...document.querySelectorAll("#retailers input")].map((i) => [i.value, i.checked]));
    check("[chromium] options: protected retailers from the engine, all on", retailers.length > 0 && retailers.every(([, on]) => on), retailers.map(([id]) => id).join(","));
    await options.click("#trusted li button");
    const removed = await poll(async () => {
      const st = (await s.local()).settings;
      return st && !st.trusted_domains.includes(domain);
    }, { timeout: 3000 });
    check("[chromium] options: trusted site removed", removed);
    await options.fill("#user-site-input", "not a domain");
    await options.click("#user-site-form button");
    const err = await poll(() => options.evaluate(() => !document.getElementById("user-site-error").hidden && document.getElementById("user-site-error").textContent));
    check("[chromium] options: invalid domain rejected", !!err, err);
    await options.fill("#user-site-input", "https://www.MyBank.co.jp/login");
    await options.click("#user-site-form button");
    const added = await poll(async () => ((await s.local()).settings?.user_sites ?? []).find((d) => d === "mybank.co.jp"));
    check("[chromium] options: user site added (normalized)", !!added, added);
    if (screenshots) await options.screenshot({ path: path.join(screenshots, "chromium-en-options.png"), fullPage: true });
    const end = await b.newPage();
    await end.goto("chrome://extensions");
    const errors = await end.evaluate(async (id) => (await chrome.developerPrivate.getExtensionsInfo())
      .filter((e) => e.id === id).flatMap((e) => [...(e.runtimeErrors ?? []), ...(e.manifestErrors ?? [])].map((x) => x.message)), b.extId);
    check("[chromium] no extension errors recorded after the run", errors.length === 0, errors.slice(0, 3).join(" | "));
  } finally {
    await b.ctx.close();
  }
  if (screenshots) {
    const ja = await launch(extDir, "ja");
    try {
      await screenshotPass(ja, srv, screenshots);
      await runReminders(ja, srv, { screenshots, shotsOnly: true });
      const options = await ja.extensionPage("options/options.html");
      await poll(() => options.evaluate(() => document.body.dataset.ready === "1"));
      await options.screenshot({ path: path.join(screenshots, "chromium-ja-options.png"), fullPage: true });
    } finally {
      await ja.ctx.close();
    }
  }
}
