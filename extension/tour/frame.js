// @ts-check
// One screen of the tour (`frame.html?screen=<id>&lang=<en|ja>`), drawn by the extension's own
// components: the in-page banner, form guard, reminder card and password alert are the content
// scripts themselves (loaded here in the manifest's order, without each group's entry, the script
// that watches a page: screens.js `drawingScripts`), the popup, the false-alarm report and the recovery assistant are
// their pages' own markup and render code. Their data comes from the real engine (the background checks the sample
// address, as the options page does; nothing is fetched). The only difference from a browser tab
// is the language: every component reads its messages through the extension API, and in this
// frame that API's `i18n` answers from _locales/<lang>/messages.json of the language chosen on the
// tour page instead of the browser's UI language.
import { MSG } from "../platform/messages.js";
import { loadLocale } from "./locale.js";
import { drawingScripts, sampleAlert, screenById, tabRecord } from "./screens.js";

/** @typedef {import("./screens.js").Screen} Screen */

const real = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
const params = new URLSearchParams(location.search);

/** The extension API with `i18n` answering in the chosen language, for every script loaded after this. */
function useLanguage(/** @type {{ getMessage: Function, getUILanguage: Function }} */ i18n) {
  const api = new Proxy(real, { get: (target, key) => (key === "i18n" ? i18n : target[key]) });
  try {
    Object.defineProperty(globalThis, "browser", { value: api, configurable: true, writable: true });
  } catch {
    /** @type {any} */ (globalThis).browser = api;
  }
}

/** Adds classic scripts in order (async = false keeps the order) and waits for the last one. */
function loadScripts(/** @type {string[]} */ files) {
  return Promise.all(files.map((file) => new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = real.runtime.getURL(file);
    s.async = false;
    s.onload = resolve;
    s.onerror = () => reject(new Error(`${file} did not load`));
    document.head.append(s);
  })));
}

/** Replaces the sample page with an extension page's own markup and style sheets (popup, report, recovery). */
async function usePage(/** @type {string} */ path) {
  const url = real.runtime.getURL(path);
  const html = await (await fetch(url)).text();
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const link of doc.querySelectorAll('link[rel="stylesheet"]')) {
    const l = document.createElement("link");
    l.rel = "stylesheet";
    l.href = new URL(link.getAttribute("href") ?? "", url).href;
    document.head.append(l);
    await new Promise((resolve) => l.addEventListener("load", resolve, { once: true }));
  }
  for (const img of doc.querySelectorAll("img[src]")) img.setAttribute("src", new URL(img.getAttribute("src") ?? "", url).href);
  document.body.className = "page";
  document.body.replaceChildren(...[...doc.body.childNodes].map((n) => document.adoptNode(n)));
}

/** @param {string} url */
async function verdictOf(url) {
  const answer = await real.runtime.sendMessage({ kind: MSG.checkUrl, url });
  if (!answer?.ok || !answer.verdict) throw new Error(`no verdict for ${url}: ${answer?.error ?? "no answer"}`);
  return answer.verdict;
}

/** @param {Screen} screen @param {any} v */
async function draw(screen, v) {
  const password = /** @type {HTMLInputElement} */ (document.getElementById("sample-password"));
  switch (screen.kind) {
    case "banner":
      banner.show(v);
      return;
    case "chip":
      // What banner.minimise() leaves on screen; clicking it opens the banner, as on a page.
      chip.show(v, () => {
        chip.hide();
        banner.show(v);
      });
      return;
    case "guard":
      // What guard.arm() does when a credential field gets the focus, without waiting for one.
      guard.verdict = v;
      guard.open(password);
      return;
    case "reminder": {
      const { reminderPlan } = await import("../shared/reminders.js");
      drawReminder(v, /** @type {any} */ (reminderPlan(v)));
      return;
    }
    case "assist": {
      const { assistFlow } = await import("../background/takeover.js");
      drawAssist(v, assistFlow(["unfamiliar-email"]));
      return;
    }
    case "password-alert": {
      const answer = await real.runtime.sendMessage({ kind: MSG.getRetailers });
      const retailer = (answer?.retailers ?? []).find((/** @type {any} */ r) => r.id === v.retailer);
      /** @type {any} */ (globalThis).OmamoriPasswordAlert.drawAlert(sampleAlert(v, retailer));
      return;
    }
    case "popup": {
      await usePage("popup/popup.html");
      const { localize } = await import("../shared/i18n-dom.js");
      const { render } = await import("../popup/popup-view.js");
      localize();
      render(tabRecord(screen, v), null);
      return;
    }
    case "report": {
      await usePage("report/report.html");
      const { localize, uiLang } = await import("../shared/i18n-dom.js");
      const { showReport } = await import("../report/report-view.js");
      localize();
      const core = await real.runtime.sendMessage({ kind: MSG.getVersion });
      const about = { extVersion: real.runtime.getManifest().version, coreVersion: String(core?.version ?? "unknown"), lang: uiLang() };
      showReport(tabRecord(screen, v), about);
      return;
    }
    case "recovery": {
      await usePage("recovery/recovery.html");
      // The assistant is for the retailer of the sample verdict (recovery.js reads `?retailer=`).
      history.replaceState(null, "", `${location.pathname}${location.search}&retailer=${encodeURIComponent(v.retailer)}`);
      // recovery.js draws the page of `?retailer=` on load and marks the body ready when done.
      const done = new Promise((resolve) => new MutationObserver((_, o) => {
        if (document.body.dataset.ready === "1") resolve(o.disconnect());
      }).observe(document.body, { attributes: true }));
      await import("../recovery/recovery.js");
      await done;
      return;
    }
  }
}

/** The height of the page's content (not the frame's: the document is at least as tall as its frame). */
function contentHeight() {
  const style = getComputedStyle(document.body);
  return document.body.offsetHeight + parseFloat(style.marginTop) + parseFloat(style.marginBottom);
}

async function main() {
  const screen = screenById(params.get("screen"));
  if (!screen) throw new Error(`unknown screen ${params.get("screen")}`);
  const locale = await loadLocale(params.get("lang") ?? "en", (p) => real.runtime.getURL(p));
  useLanguage(locale);
  document.documentElement.lang = locale.lang;
  const verdict = await verdictOf(screen.url);
  if (!["popup", "report", "recovery"].includes(screen.kind)) await loadScripts(drawingScripts(real.runtime.getManifest()));
  await draw(screen, verdict);
  document.body.dataset.ready = "1";
  // The tour page reports what went wrong in its own console (missing messages, a failed screen).
  parent.postMessage({ tourScreen: screen.id, height: contentHeight(), missing: [...locale.missing] }, location.origin);
}

main().catch((error) => {
  console.error("omamori tour:", params.get("screen"), error);
  parent.postMessage({ tourScreen: params.get("screen"), failed: String(error?.message ?? error) }, location.origin);
});
