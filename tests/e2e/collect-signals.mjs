// The page signals exactly as the content script collects them: the extension's own content-side
// scripts (messaging.js, patterns.js, collect-text.js, visual.js, scan.js, as they are) run in the page's main
// world with a stub extension API, and their functions scanForms → collectSignals →
// collectPictures are called as content/main.js calls them. One expression, COLLECT, evaluated
// in a page, returns { signals, scanMs, collectMs, visualMs } (the visual step's synchronous finding and drawing
// time, as visual.js counts it). Shared by tests/e2e/evasion.mjs and tools/measure-pages.mjs.
//
// Differences from the isolated world, on purpose: the page's own scripts could see these functions
// (fixtures and corpus pages only, never a real site), and closed shadow roots stay closed (no
// chrome.dom in the main world) — evasion.mjs checks that case through the extension itself.
import fs from "node:fs";
import { loadRules } from "../../tools/gen-rules.mjs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const CONTENT = path.join(repo, "extension", "content");
const FILES = ["messaging.js", "patterns.js", "collect-drawn.js", "collect-text.js", "collect-fields.js", "collect-frames.js", "visual-find.js", "visual.js", "generated-scope.js", "scan.js", "collect-origin.js"];

const rules = JSON.stringify(await loadRules(path.join(repo, "target", "wasm", "pkg")));
const sources = FILES.map((f) => fs.readFileSync(path.join(CONTENT, f), "utf8")).join("\n;\n");

// Defines, in the page (main world), `__omamoriCollect()`: the scan as main.js runs it. Kept apart
// from the call so a measurement can leave compiling the scripts out (the extension's content
// scripts are compiled once per frame, not per scan). `browser` is set to a stub for the time of a
// call (messaging.js reads globalThis.browser ?? globalThis.chrome when it loads, and the closure
// keeps what it read) and restored after.
export const DEFINE = `(() => {
  const stub = {
    runtime: { sendMessage: async () => null, onMessage: { addListener() {} }, id: "measure" },
    i18n: { getMessage: () => "", getUILanguage: () => "en" },
  };
  const had = Object.prototype.hasOwnProperty.call(globalThis, "browser");
  const saved = globalThis.browser;
  globalThis.browser = stub;
  let fns;
  try {
    const RULES = ${rules};
    fns = (function () {
${sources}
      return { RULES, scanForms, collectSignals, OmamoriVisual: globalThis.OmamoriVisual, formEls: () => lastFormEls };
    })();
  } finally {
    if (had) globalThis.browser = saved;
    else delete globalThis.browser;
  }
  globalThis.__omamoriCollect = async () => {
    const origDebug = console.debug;
    console.debug = () => {};
    try {
      const t0 = performance.now();
      const scan = fns.scanForms();
      const t1 = performance.now();
      const f = scan.fields;
      const full = scan.signin || f.password > 0 || f.card > 0 || f.otp > 0;
      const signals = full ? fns.collectSignals(scan) : { fields: f, signin_form: false };
      const t2 = performance.now();
      let visualMs = 0;
      if (full && (f.password > 0 || f.card > 0)) {
        const out = await fns.OmamoriVisual.collectPictures({ doc: document, formEls: fns.formEls() });
        signals.pictures = out.pictures.slice(0, fns.RULES.limits.pictures[0]);
        visualMs = out.ms;
      }
      return { signals, scanMs: t1 - t0, collectMs: t2 - t1, visualMs };
    } finally {
      console.debug = origDebug;
    }
  };
  return true;
})()`;

/** Runs the scan defined by DEFINE: { signals, scanMs, collectMs, visualMs }. */
export const RUN = "globalThis.__omamoriCollect()";

/** Both in one expression (define, then run once). */
export const COLLECT = `(async () => { ${DEFINE}; return await ${RUN}; })()`;

/**
 * The engine, built from the extension's own pkg/ in one of its pages (options.html), answering
 * `checkPage` for signals collected in a fixture page: `check(url, signals) → { verdict, retailer,
 * severity, detail }` (detail: the reasons as `kind:detail`); `close()` closes the page. Shared by
 * evasion.mjs and visual.mjs.
 */
export async function pageChecker(b) {
  const page = await b.extensionPage("options/options.html");
  await b.evalExtension(page, async () => {
    const api = globalThis.browser ?? globalThis.chrome;
    const mod = await import(api.runtime.getURL("pkg/omamori.js"));
    await mod.default({ module_or_path: api.runtime.getURL("pkg/omamori_bg.wasm") });
    globalThis.__pageCheckEngine = new mod.Engine({});
  });
  const check = (url, signals) => b.evalExtension(page, ({ url, signals }) => {
    const v = globalThis.__pageCheckEngine.checkPage({ url, signals });
    return { verdict: v.verdict, retailer: v.retailer, severity: v.severity, detail: (v.reasons ?? []).map((r) => `${r.kind}:${r.detail}`).join(",") };
  }, { url, signals });
  return { check, close: () => page.close() };
}
