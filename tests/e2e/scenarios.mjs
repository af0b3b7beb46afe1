// The end-to-end checks, written once against a small browser adapter (see chromium.mjs and
// firefox.mjs). Each check prints PASS/FAIL through common.check.
//
// What the extension stores (read through an extension page, the "probe"): storage.session
// verdict:<tabId> (the core's verdict + { trusted, signinForm }). What the user sees is measured by
// the driver (view.mjs): geometry and hit tests from the page, pixels, the badge, the text inside
// the closed shadow roots (CDP / test-build observer), and real mouse clicks on button boxes.
import path from "node:path";
import { check, poll, repo, sleep } from "./common.mjs";
import { HOSTS } from "./server.mjs";
import { parts, redShare, seen, warningView } from "./view.mjs";
import { continueAnyway, trustFromWarningPage } from "./warning-page.mjs";

export async function runScenarios(b, srv, { screenshots = null } = {}) {
  const tag = `[${b.name}]`;
  const urls = {
    official: `https://${HOSTS.official}:${srv.httpsPort}/ap/signin?case=official`,
    lookalike: `http://${HOSTS.lookalike}:${srv.httpPort}/?case=lookalike`,
    embedding: `http://${HOSTS.embedding}:${srv.httpPort}/?case=embedding`,
    unrelated: `http://${HOSTS.unrelated}:${srv.httpPort}/?case=unrelated`,
    strictCsp: `http://${HOSTS.lookalike}:${srv.httpPort}/strict-csp`,
    lateForm: `http://${HOSTS.lookalike}:${srv.httpPort}/late-form`,
  };

  const probe = await b.extensionPage("popup/popup.html?tab=-1");
  const session = () => b.evalExtension(probe, () => (globalThis.browser ?? globalThis.chrome).storage.session.get(null));
  const local = () => b.evalExtension(probe, () => (globalThis.browser ?? globalThis.chrome).storage.local.get(null));
  const badge = (tabId) => b.evalExtension(probe, (id) => (globalThis.browser ?? globalThis.chrome).action.getBadgeText({ tabId: id }), tabId);

  /** The tab whose stored verdict is for `url`, once `ready(record)` holds. */
  async function record(url, ready = () => true, timeout = 8000) {
    const found = await poll(async () => {
      const all = await session();
      for (const [key, value] of Object.entries(all)) {
        if (key.startsWith("verdict:") && value.url === url && ready(value)) {
          return { tabId: Number(key.slice(8)), verdict: value };
        }
      }
      return null;
    }, { timeout });
    return found ?? { tabId: null, verdict: null };
  }
  /** The banner as the user sees it (null until it is), within `timeout` ms. */
  const bannerSeen = (page, timeout = 4000) => poll(async () => {
    const v = await warningView(b, page);
    return seen(v.banner) ? v.banner : null;
  }, { timeout });

  async function open(url) {
    const page = await b.newPage();
    await page.goto(url, { waitUntil: "load" });
    return page;
  }

  const pages = {};
  const results = {};
  const guarded = [];

  /** High severity → form guard: focusing the password field shows it and keeps the field blurred. */
  async function guardChecks(page, r, name) {
    const v = r.verdict;
    if (!v?.actions?.includes("form-guard")) {
      check(`${tag} ${name}: form guard only for high severity`, v?.severity !== "high", `${v?.severity} actions=[${v?.actions}]`);
      return;
    }
    guarded.push(name);
    await page.click("#ap_password");
    const g = await poll(async () => { const v = await warningView(b, page); return seen(v.guard, 100) ? v.guard : null; }, { timeout: 4000 });
    const text = (await parts(b, page)).guard?.text ?? "";
    check(`${tag} ${name}: form guard shown over the page on focus of the password field`, !!g && /Amazon/.test(text), g ?? text);
    const active = await page.evaluate(() => document.activeElement?.id ?? null);
    check(`${tag} ${name}: password field blurred until the guard is dismissed`, active !== "ap_password", active);
    await page.keyboard.type("hunter2");
    const value = await page.evaluate(() => document.getElementById("ap_password").value);
    check(`${tag} ${name}: typing does not reach the password field`, value === "", value);
    if (screenshots && guarded.length === 1) await page.screenshot({ path: path.join(screenshots, `${b.name}-${b.lang}-guard.png`) });
  }

  // ---- official retailer page ----------------------------------------------------------------
  {
    const page = (pages.official = await open(urls.official));
    const r = await record(page.url(), (v) => v.signinForm !== null);
    results.official = r;
    check(`${tag} official: verdict official (amazon)`, r.verdict?.verdict === "official" && r.verdict?.retailer === "amazon",
      r.verdict && `${r.verdict.verdict} ${r.verdict.retailer}`);
    check(`${tag} official: email-first sign-in form seen`, r.verdict?.signinForm === true, String(r.verdict?.signinForm));
    check(`${tag} official: badge ✓`, r.tabId !== null && (await badge(r.tabId)) === "✓");
    await sleep(300);
    const view = await warningView(b, page);
    check(`${tag} official: no banner, no form guard`, !view.banner && !view.guard, view.hosts);
    const clip = await page.evaluate(() => getComputedStyle(document.documentElement).clipPath);
    check(`${tag} official: page shown after its verdict (no clip left on <html>)`, clip === "none", clip);
  }

  // ---- lookalike ------------------------------------------------------------------------------
  {
    const page = (pages.lookalike = await open(urls.lookalike));
    const r = await record(page.url(), (v) => v.signinForm === true);
    results.lookalike = r;
    const v = r.verdict;
    check(`${tag} lookalike: verdict lookalike of amazon`, v?.verdict === "lookalike" && v?.retailer === "amazon",
      v && `${v.verdict} ${v.retailer} ${v.severity} [${(v.reasons ?? []).map((x) => x.kind)}] actions=[${v.actions}]`);
    const expectBadge = v?.severity === "high" ? "!" : "?";
    check(`${tag} lookalike: badge ${expectBadge}`, r.tabId !== null && (await badge(r.tabId)) === expectBadge);
    const g = await bannerSeen(page);
    check(`${tag} lookalike: banner at the top, full width, first under the pointer at 9 points`, !!g, g ?? (await warningView(b, page)));
    const red = g ? await redShare(page, g) : 0;
    if (v?.severity === "high") check(`${tag} lookalike: banner painted red`, red > 0.3, red.toFixed(2));
    const text = (await parts(b, page)).banner?.text ?? "";
    check(`${tag} lookalike: banner names the retailer and explains why`, /fake site pretending to be Amazon/.test(text) && text.length > 150, text.slice(0, 200));
    check(`${tag} lookalike: no trust button in the page`, !/trust/i.test(text), text);
    if (screenshots) await page.screenshot({ path: path.join(screenshots, `${b.name}-${b.lang}-banner-${v?.severity}.png`) });

    await guardChecks(page, r, "lookalike");
  }

  // ---- embedding ------------------------------------------------------------------------------
  {
    const page = (pages.embedding = await open(urls.embedding));
    const r = await record(page.url(), (v) => v.signinForm === true);
    const v = r.verdict;
    check(`${tag} embedding: verdict lookalike with an embedding reason`,
      v?.verdict === "lookalike" && v.reasons.some((x) => x.kind === "embedding"),
      v && `${v.verdict} ${v.severity} [${v.reasons.map((x) => x.kind)}]`);
    const g = await bannerSeen(page);
    check(`${tag} embedding: banner visible`, !!g, g);
    check(`${tag} embedding: badge set`, r.tabId !== null && ["!", "?"].includes(await badge(r.tabId)));
    results.embedding = r;
    if (screenshots) await page.screenshot({ path: path.join(screenshots, `${b.name}-${b.lang}-banner-${v?.severity}.png`) });
    await guardChecks(page, r, "embedding");
  }
  check(`${tag} at least one fixture gets the form guard (high severity)`, guarded.length > 0, guarded.join(","));

  // ---- unrelated ------------------------------------------------------------------------------
  {
    const page = (pages.unrelated = await open(urls.unrelated));
    const r = await record(page.url(), (v) => v.signinForm !== null);
    check(`${tag} unrelated: verdict unrelated`, r.verdict?.verdict === "unrelated", r.verdict?.verdict);
    check(`${tag} unrelated: no badge`, r.tabId !== null && (await badge(r.tabId)) === "");
    await page.click("#password");
    await sleep(400);
    const view = await warningView(b, page);
    check(`${tag} unrelated: no banner, no form guard`, view.hosts.length === 0, view.hosts);
    // The first paint waited for the page's verdict (content/paint-hold.js): it is shown, unclipped.
    const clip = await page.evaluate(() => getComputedStyle(document.documentElement).clipPath);
    check(`${tag} unrelated: page shown after its verdict (no clip left on <html>)`, clip === "none", clip);
  }
  {
    const page = await open(`http://${HOSTS.unrelated}:${srv.httpPort}/own-clip`);
    await record(page.url(), (v) => v.signinForm !== null);
    const clip = await page.evaluate(() => document.documentElement.style.clipPath);
    check(`${tag} unrelated, own clip-path on <html>: given back unchanged`, clip === "inset(0px 2px 0px 0px)", clip);
  }

  // ---- page CSP ---------------------------------------------------------------------------------
  {
    const page = await open(urls.strictCsp);
    const g = await bannerSeen(page, 5000);
    check(`${tag} strict page CSP: banner visible and styled`, !!g && g.height >= 60 && (await redShare(page, g)) > 0.3, g);
  }

  // ---- sign-in form inserted 2 s after load ----------------------------------------------------
  {
    const page = await open(urls.lateForm);
    const early = await record(page.url(), (v) => v.signinForm !== null, 1500);
    const late = await record(page.url(), (v) => v.signinForm === true, 7000);
    check(`${tag} late form: not seen at load`, early.verdict?.signinForm === false, String(early.verdict?.signinForm));
    check(`${tag} late form: found after the script inserts it (signinForm true)`, late.verdict?.signinForm === true);
  }

  // ---- popup ------------------------------------------------------------------------------------
  for (const [name, r, state, re] of [
    ["lookalike", results.embedding ?? results.lookalike, "lookalike", /Amazon/],
    ["official", results.official, "official", /Amazon/],
  ]) {
    if (r?.tabId == null) {
      check(`${tag} popup (${name}): tab known`, false);
      continue;
    }
    const popup = await b.extensionPage(`popup/popup.html?tab=${r.tabId}`, { width: 380, height: 480 });
    const shown = await poll(() => b.evalExtension(popup, () => document.body.dataset.ready === "1" && {
      state: document.body.dataset.state, headline: document.getElementById("headline").textContent,
      reasons: document.querySelectorAll("#reasons li").length, official: document.getElementById("official").href,
    }));
    check(`${tag} popup (${name}): shows the verdict`, shown?.state === state && re.test(shown.headline), shown);
    if (name === "lookalike") check(`${tag} popup (lookalike): lists reasons and the real site`, shown?.reasons > 0 && /^https:\/\//.test(shown?.official ?? ""));
    if (screenshots) await popup.screenshot({ path: path.join(screenshots, `${b.name}-${b.lang}-popup-${name}.png`) });
    await popup.close();
  }

  // ---- settings schema on disk ------------------------------------------------------------------
  const stored = (await local()).settings;
  check(`${tag} settings written with schema 1`, stored?.schema === 1 && Array.isArray(stored.trusted_domains), stored);

  await continueAnyway(b, { tag, pages, results, record, bannerSeen, local });
  const trusted = await trustFromWarningPage(b, srv, { tag, record, bannerSeen, local, badge });

  return { pages, results, session, local, badge, record, bannerSeen, urls, probe, trusted };
}

/** Screenshots only (a second UI language): banners (high, medium), form guard, popup. */
export async function screenshotPass(b, srv, dir) {
  const tag = `[${b.name} ${b.lang}]`;
  const probe = await b.extensionPage("popup/popup.html?tab=-1");
  const wantJa = b.lang === "ja";
  let guardedTab = null;
  for (const host of [HOSTS.embedding, HOSTS.lookalike]) {
    const page = await b.newPage();
    await page.goto(`http://${host}:${srv.httpPort}/?case=shots-${b.lang}`, { waitUntil: "load" });
    const rec = await poll(async () => {
      const all = await b.evalExtension(probe, () => (globalThis.browser ?? globalThis.chrome).storage.session.get(null));
      const entry = Object.entries(all).find(([k, v]) => k.startsWith("verdict:") && v.url === page.url() && v.signinForm === true);
      const banner = entry && (await parts(b, page)).banner;
      return banner ? { tabId: Number(entry[0].slice(8)), verdict: entry[1], text: banner.text } : null;
    });
    check(`${tag} ${host}: banner in ${b.lang}`, rec && (wantJa ? /偽サイト/ : /fake/).test(rec.text), rec?.text?.slice(0, 100));
    await sleep(300);
    await page.screenshot({ path: path.join(dir, `${b.name}-${b.lang}-banner-${rec?.verdict?.severity}.png`) });
    if (rec?.verdict?.actions?.includes("form-guard") && guardedTab === null) {
      guardedTab = rec.tabId;
      await page.click("#ap_password");
      await sleep(400);
      await page.screenshot({ path: path.join(dir, `${b.name}-${b.lang}-guard.png`) });
    }
  }
  if (guardedTab !== null) {
    const popup = await b.extensionPage(`popup/popup.html?tab=${guardedTab}`, { width: 380, height: 480 });
    await poll(() => b.evalExtension(popup, () => document.body.dataset.ready === "1"));
    await popup.screenshot({ path: path.join(dir, `${b.name}-${b.lang}-popup-lookalike.png`) });
  }
}

// Captures of the test pages, for looking at a run (the README's screenshots come from tools/screenshots.mjs).
export const SCREENSHOT_DIR = path.join(repo, "target", "e2e-screenshots");
