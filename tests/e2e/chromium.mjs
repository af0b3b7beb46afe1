// Chromium (Debian's /usr/bin/chromium) with the unpacked extension from dist/chrome, driven by
// playwright-core. Runs the shared scenarios, then Chromium-only checks that need the DevTools
// protocol: the text inside the closed shadow roots (DOM.getDocument with pierce: true) and real
// mouse clicks on the banner's and the guard's buttons.
import path from "node:path";
import { chromium } from "playwright-core";
import { check, poll, sleep, tmpDir } from "./common.mjs";
import { HOSTS } from "./server.mjs";
import { runScenarios, screenshotPass } from "./scenarios.mjs";
import { runReminders } from "./reminders.mjs";
import { runImpersonation } from "./impersonation.mjs";
import { runPopupReport } from "./popup-report.mjs";

async function launch(extDir, lang) {
  const ctx = await chromium.launchPersistentContext(tmpDir("omamori-chromium-"), {
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
  });
  const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent("serviceworker", { timeout: 15000 }));
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
  };
  return adapter;
}

/** Text and buttons inside the closed shadow root of `<tag>`, via CDP (pierces closed roots). */
async function shadowContent(page, tag) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    let host = null;
    const find = (n) => {
      if (host) return;
      if (n.localName === tag) host = n;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) find(c);
    };
    find(root);
    if (!host) return null;
    const texts = [];
    const buttons = [];
    const walk = (n, inButton) => {
      if (n.nodeType === 3 && n.nodeValue.trim()) {
        texts.push(n.nodeValue.trim());
        if (inButton) inButton.text += n.nodeValue.trim();
      }
      let b = inButton;
      if (n.localName === "button") buttons.push((b = { nodeId: n.nodeId, text: "" }));
      if (n.localName === "style") return;
      for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) walk(c, b);
    };
    for (const sr of host.shadowRoots ?? []) walk(sr, null);
    return { mode: host.shadowRoots?.[0]?.shadowRootType, text: texts.join(" "), buttons, cdp };
  } catch (e) {
    await cdp.detach().catch(() => {});
    throw e;
  }
}

/** A real mouse click on the shadow-root button whose text matches `re`. */
async function clickShadowButton(page, tag, re) {
  const content = await shadowContent(page, tag);
  if (!content) return false;
  const button = content.buttons.find((x) => re.test(x.text));
  let ok = false;
  if (button) {
    try {
      const { model } = await content.cdp.send("DOM.getBoxModel", { nodeId: button.nodeId });
      const q = model.border;
      await page.mouse.click((q[0] + q[4]) / 2, (q[1] + q[5]) / 2);
      ok = true;
    } catch {
      ok = false; // not rendered (hidden)
    }
  }
  await content.cdp.detach().catch(() => {});
  return ok;
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
    const s = await runScenarios(b, srv, { screenshots });
    await runReminders(b, srv, { probe: s.probe, screenshots });
    await runImpersonation(b, srv, { screenshots });
    await runPopupReport(b, srv);

    // Closed shadow roots: the page sees nothing inside; CDP shows what the user sees.
    const lookalike = s.pages.lookalike;
    const pageView = await lookalike.evaluate(() => {
      const host = document.querySelector("omamori-banner");
      return { shadowRoot: host ? host.shadowRoot : "no host", text: host ? host.textContent : "" };
    });
    check("[chromium] banner shadow root is closed to the page", pageView.shadowRoot === null && pageView.text === "", pageView);
    const banner = await shadowContent(lookalike, "omamori-banner");
    await banner?.cdp.detach().catch(() => {});
    check("[chromium] banner text (CDP): retailer, advice, buttons",
      banner?.mode === "closed" && /fake site pretending to be Amazon/.test(banner.text) && /Go to the official Amazon site/.test(banner.text) &&
        /Leave this page/.test(banner.text) && /I trust this site/.test(banner.text),
      banner?.text.slice(0, 160));

    // Dismissing the guard needs a real click on its button (inside the closed shadow root).
    const guardedName = ["embedding", "lookalike"].find((n) => s.results[n]?.verdict?.actions?.includes("form-guard"));
    const guardedPage = s.pages[guardedName];
    if (guardedPage && (await clickShadowButton(guardedPage, "omamori-guard", /let me type/))) {
      const ui = await s.uiOf(s.results[guardedName].tabId, (u) => !u.guardShown, 3000);
      check("[chromium] form guard dismissed by a real click", ui && !ui.guardShown);
      await guardedPage.click("#ap_password");
      await guardedPage.keyboard.type("abc");
      const value = await guardedPage.evaluate(() => document.getElementById("ap_password").value);
      check("[chromium] after dismissal the field accepts typing (per page load)", value === "abc", value);
    } else {
      check("[chromium] form guard has a dismiss button", false);
    }

    // "I trust this site": confirm step, then the site is remembered and the warning goes away.
    const trustUrl = `http://${HOSTS.trust}:${srv.httpPort}/?case=trust`;
    const page = await b.newPage();
    await page.goto(trustUrl);
    const before = await s.record(page.url(), (v) => v.signinForm === true);
    const bannerUp = await poll(async () => (await s.geometry(page)).present);
    check("[chromium] trust: lookalike with banner before", before.verdict?.verdict === "lookalike" && bannerUp,
      before.verdict && `${before.verdict.verdict} [${before.verdict.reasons.map((r) => r.kind)}]`);
    // A page-dispatched click on the host does nothing.
    await page.evaluate(() => document.querySelector("omamori-banner")?.click());
    const clicked = (await clickShadowButton(page, "omamori-banner", /^I trust this site$/)) &&
      (await sleep(200), await clickShadowButton(page, "omamori-banner", /Yes, trust this site/));
    check("[chromium] trust: confirm step clicked", clicked);
    const domain = before.verdict?.registrable_domain;
    const settings = await poll(async () => {
      const st = (await s.local()).settings;
      return st?.trusted_domains?.includes(domain) ? st : null;
    }, { timeout: 4000 });
    check("[chromium] trust: registrable domain stored in settings.trusted_domains", !!settings, domain);
    const after = await s.record(page.url(), (v) => v.trusted === true, 4000);
    check("[chromium] trust: verdict marked trusted, no actions, no badge",
      after.verdict?.trusted === true && after.verdict.actions.length === 0 && (await s.badge(after.tabId)) === "");
    const gone = await poll(async () => !(await s.geometry(page)).present, { timeout: 3000 });
    check("[chromium] trust: banner removed", gone);

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
