// The tour page (extension/tour/): linked from the options page; in English and in Japanese every
// screen is drawn (by the real components, in frames), with no console error, no missing message
// (a missing one is logged as an error by the tour itself) and every data-i18n filled.
import { check, poll } from "./common.mjs";

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** What one tour page shows, read from its own document and its frames' (same origin). */
function readTour() {
  const unresolved = (doc) => [...doc.querySelectorAll("[data-i18n]")]
    .filter((e) => !e.textContent.trim() || e.textContent.trim() === e.dataset.i18n).map((e) => e.dataset.i18n);
  const frames = [...document.querySelectorAll("iframe[data-screen]")].map((f) => {
    const doc = f.contentDocument;
    const body = doc?.body;
    // In-page components: hosts the content scripts add under <html> (their content is in closed shadow roots).
    const hosts = doc ? [...doc.documentElement.children].filter((e) => e !== doc.head && e !== doc.body) : [];
    const drawn = hosts.map((h) => h.getBoundingClientRect()).filter((r) => r.width > 40 && r.height > 30).length;
    return {
      id: f.dataset.screen,
      ready: body?.dataset.ready === "1",
      lang: doc?.documentElement.lang,
      drawn,
      page: body?.className === "page",
      headline: (doc?.getElementById("headline") ?? doc?.getElementById("heading") ?? doc?.querySelector("h1"))?.textContent ?? "",
      unresolved: doc ? unresolved(doc) : ["(no document)"],
      width: f.getBoundingClientRect().width,
      height: f.getBoundingClientRect().height,
    };
  });
  return {
    ready: document.body.dataset.ready === "1",
    lang: document.documentElement.lang,
    title: document.querySelector("h1")?.textContent ?? "",
    unresolved: unresolved(document),
    pressed: document.querySelector('button[aria-pressed="true"]')?.dataset.lang,
    frames,
  };
}

/**
 * Console errors of the tour page: what the driver hears (Chromium hears frames too) plus, installed
 * from the test, a record of console.error and uncaught errors in the page (Firefox's BiDi reports
 * nothing from moz-extension:// pages). Frames report their failures and missing messages to the
 * tour page, which logs them.
 */
async function collectErrors(page) {
  const errors = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e?.message ?? e)));
  await page.evaluate(() => {
    const seen = (/** @type {any} */ (window).__tourErrors = []);
    const original = console.error.bind(console);
    console.error = (...args) => {
      seen.push(args.map((a) => (typeof a === "string" ? a : JSON.stringify(a))).join(" "));
      original(...args);
    };
    window.addEventListener("error", (e) => seen.push(String(e.message)));
    window.addEventListener("unhandledrejection", (e) => seen.push(String(e.reason)));
  });
  return async () => [...errors.splice(0), ...(await page.evaluate(() => /** @type {any} */ (window).__tourErrors.splice(0)))];
}

/**
 * Chromium only (CDP pierces frames and closed shadow roots): the text inside the closed shadow
 * roots of each frame, by screen id. Firefox's BiDi cannot read closed roots of extension pages.
 */
async function shadowTexts(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
    /** @type {Record<string, string[]>} */
    const out = {};
    const walk = (n, screen, inShadow) => {
      if (n.nodeType === 3 && inShadow && screen && n.nodeValue.trim()) (out[screen] ??= []).push(n.nodeValue.trim());
      if (n.localName === "style") return;
      const attrs = n.attributes ?? [];
      const i = n.localName === "iframe" ? attrs.indexOf("data-screen") : -1;
      const here = i >= 0 ? attrs[i + 1] : screen;
      for (const k of n.children ?? []) walk(k, here, inShadow);
      for (const r of n.shadowRoots ?? []) walk(r, here, inShadow || r.shadowRootType === "closed");
      if (n.contentDocument) walk(n.contentDocument, here, inShadow);
    };
    walk(root, null, false);
    return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join(" ")]));
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** @param {any} b the browser adapter (chromium.mjs / firefox.mjs) */
export async function runTour(b) {
  const tag = `[${b.name}] tour`;
  const options = await b.extensionPage("options/options.html");
  const link = await poll(() => options.evaluate(() => {
    const a = document.getElementById("tour-link");
    return a && a.textContent.trim() && a.href;
  }));
  const base = await options.evaluate(() => new URL("../", location.href).href);
  check(`${tag}: the options page links to it`, link === `${base}tour/tour.html`, link);
  await options.close();

  // Opened in Japanese through the address, then switched on the page: English, and Japanese again.
  const page = await b.extensionPage("tour/tour.html?lang=ja", { width: 1280, height: 900 });
  await poll(() => page.evaluate(() => document.body.dataset.ready === "1"), { timeout: 20000 });
  const first = await page.evaluate(readTour);
  check(`${tag}: ?lang=ja opens it in Japanese`, first.lang === "ja" && first.pressed === "ja" && first.frames.every((f) => f.lang === "ja"),
    { lang: first.lang, pressed: first.pressed });
  const errorsSoFar = await collectErrors(page);
  for (const lang of ["en", "ja"]) {
    await page.click(`button[data-lang="${lang}"]`);
    // Frames load in parallel; each asks the engine for its sample verdict.
    await poll(() => page.evaluate((l) => document.body.dataset.ready === "1" && document.documentElement.lang === l, lang), { timeout: 20000 });
    const t = await page.evaluate(readTour);
    check(`${tag} ${lang}: every screen reported drawn`, t.ready && t.frames.length >= 12 && t.frames.every((f) => f.ready),
      t.frames.filter((f) => !f.ready).map((f) => f.id));
    check(`${tag} ${lang}: page and frames in ${lang}`, t.lang === lang && t.pressed === lang && t.frames.every((f) => f.lang === lang) &&
      JAPANESE.test(t.title) === (lang === "ja"), { lang: t.lang, pressed: t.pressed, title: t.title });
    const unresolved = [...t.unresolved, ...t.frames.flatMap((f) => f.unresolved.map((k) => `${f.id}:${k}`))];
    check(`${tag} ${lang}: every data-i18n resolved`, unresolved.length === 0, unresolved);
    const inPage = t.frames.filter((f) => !f.page);
    check(`${tag} ${lang}: in-page screens show their component`, inPage.length >= 6 && inPage.every((f) => f.drawn >= 1),
      inPage.filter((f) => f.drawn < 1).map((f) => f.id));
    const pages = t.frames.filter((f) => f.page);
    check(`${tag} ${lang}: popup, report and recovery screens rendered`, pages.length >= 6 &&
      pages.every((f) => f.headline.trim() && JAPANESE.test(f.headline) === (lang === "ja") && f.height > 100),
      pages.map((f) => [f.id, f.headline.slice(0, 40), Math.round(f.height)]));
    if (b.name === "chromium") {
      const texts = await shadowTexts(page);
      const wrong = inPage.filter((f) => !texts[f.id] || JAPANESE.test(texts[f.id]) !== (lang === "ja"));
      check(`${tag} ${lang}: in-page components speak ${lang} (closed shadow roots, CDP)`, inPage.length >= 6 && wrong.length === 0,
        wrong.map((f) => [f.id, (texts[f.id] ?? "").slice(0, 60)]));
    }
    const errors = await errorsSoFar();
    check(`${tag} ${lang}: no console error (a missing message is one)`, errors.length === 0, errors.slice(0, 4));
  }
  await page.close();
}
