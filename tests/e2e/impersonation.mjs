// End-to-end checks of the page assessment (reason `impersonated-signin`): imitation sign-in pages
// on random, meaningless host names must be flagged as lookalikes of the right retailer, with the
// banner drawn; ordinary sign-in pages (and pages that merely mention a retailer) must not.
//
//   export async function runImpersonation(b, srv, helpers)
//     b        the browser adapter of chromium.mjs / firefox.mjs (newPage, extensionPage, evalExtension)
//     srv      the fixture servers of server.mjs (unused: the pages here are served by this module's
//              own server, because server.mjs answers only its fixed host names)
//     helpers  optional { screenshots }: a directory to write one banner PNG per imitation into
//
// The pages are in fixtures/pages/ (our own markup and wording; no external host: images are
// relative and answered here). Each page is served at `/` of its own random host name; the browsers
// already map every host name to 127.0.0.1.
//
// `node tests/e2e/only.mjs impersonation [chromium|firefox]` runs these checks alone.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { check, poll, sleep } from "./common.mjs";
import { parts, seen, warningView } from "./view.mjs";

const PAGES = path.join(path.dirname(fileURLToPath(import.meta.url)), "fixtures", "pages");

/** Imitations: [file, retailer, selector of a credential field to focus for the form guard]. */
export const IMITATIONS = [
  ["amazon-ja-signin.html", "amazon", "#password"],
  ["amazon-ja-card.html", "amazon", "#cardnumber"],
  ["amazon-en-signin.html", "amazon", "#password"],
  ["mercari-ja-signin.html", "mercari", "#password"],
  ["rakuten-ja-signin.html", "rakuten", "#password"],
];
/** Ordinary pages with a sign-in form: never flagged. */
export const BENIGN = [
  "blog-amazon-review.html",
  "store-sign-in-with-apple.html",
  "bank-signin.html",
  "webmail-signin.html",
  "forum-ja-signin.html",
];

// A small neutral picture for every image the pages ask for (logo.svg, favicon.svg, …).
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="36"><rect width="120" height="36" rx="4" fill="#ccc"/></svg>';

/**
 * Starts a page server (HTTP, 127.0.0.1) for the fixture pages in `dir` (this module's by default;
 * the evasion and visual suites pass theirs). Each page gets its own random host name
 * (`serve(file)` → URL) and is served at `/`, so neither the host nor the path names a brand: only
 * the page itself can give it away. `neutralImages`: answer `/NAME.svg` with a neutral picture
 * (this module's pages ask for logo.svg, favicon.svg, …); otherwise every other path is a 404, but
 * `/part-NAME.html`: a document the page embeds or frames, the file of that name next to the page.
 */
export async function startPageServer(dir = PAGES, { neutralImages = true } = {}) {
  const seen = [];
  const byHost = new Map();
  const server = http.createServer((req, res) => {
    const host = (req.headers.host || "").replace(/:\d+$/, "").toLowerCase();
    const { pathname } = new URL(req.url, "http://x");
    const file = byHost.get(host);
    if (!file) {
      seen.push(`${host}${pathname}`);
      res.writeHead(404).end();
    } else if (pathname === "/") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(fs.readFileSync(path.join(dir, file)));
    } else if (/^\/part-[a-z0-9-]+\.html$/.test(pathname) && fs.existsSync(sibling(dir, file, pathname))) {
      // A part of a page (a document it embeds or frames), next to it in the fixtures.
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(fs.readFileSync(sibling(dir, file, pathname)));
    } else if (neutralImages && /^\/[a-z0-9-]+\.svg$/.test(pathname)) {
      res.writeHead(200, { "content-type": "image/svg+xml" }).end(SVG);
    } else {
      res.writeHead(404, { "content-type": "text/plain" }).end("not a fixture");
    }
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const port = server.address().port;
  return {
    port,
    /** The URL of `file` (a name in `dir`) under a fresh random host name. */
    serve(file) {
      const host = randomHost();
      byHost.set(host, file);
      return `http://${host}:${port}/`;
    },
    foreign: seen, // requests for non-fixture hosts (must stay empty)
    close: () => {
      server.closeAllConnections?.();
      server.close();
    },
  };
}

const sibling = (dir, file, pathname) => path.join(dir, path.dirname(file), pathname.slice(1));

/** A random host name of consonant-only labels (never a word, never a brand): `bxq-kdtz.vrwmh.test`. */
export function randomHost() {
  const c = "bcdfghjklmnpqrstvwxz";
  const label = (n) => Array.from({ length: n }, () => c[Math.floor(Math.random() * c.length)]).join("");
  return `${label(4)}-${label(5)}.${label(5)}.test`;
}

export async function runImpersonation(b, _srv, helpers = {}) {
  const tag = `[${b.name}] impersonation`;
  const pages = await startPageServer();
  const probe = await b.extensionPage("popup/popup.html?tab=-1");
  const session = () => b.evalExtension(probe, () => (globalThis.browser ?? globalThis.chrome).storage.session.get(null));
  /** The stored verdict of the tab showing `url`, once the content script has reported. */
  async function record(url, timeout = 8000) {
    return (await poll(async () => {
      const all = await session();
      for (const [key, v] of Object.entries(all)) {
        if (key.startsWith("verdict:") && v.url === url && v.signinForm !== null) {
          return { tabId: Number(key.slice(8)), verdict: v, all };
        }
      }
      return null;
    }, { timeout })) ?? { tabId: null, verdict: null };
  }
  const summary = (v) => v && `${v.verdict} ${v.retailer} ${v.severity} [${(v.reasons ?? []).map((r) => `${r.kind}:${r.detail}`)}]`;
  try {
    for (const [file, retailer, field] of IMITATIONS) {
      const page = await b.newPage();
      await page.goto(pages.serve(file), { waitUntil: "load" });
      const r = await record(page.url());
      const v = r.verdict;
      check(`${tag} ${file}: lookalike of ${retailer} (impersonated-signin)`,
        v?.verdict === "lookalike" && v.retailer === retailer && v.reasons.some((x) => x.kind === "impersonated-signin"), summary(v));
      const g = await poll(async () => { const x = await warningView(b, page); return seen(x.banner) ? x.banner : null; }, { timeout: 4000 });
      check(`${tag} ${file}: banner visible at the top, full width, on top`, !!g, g ?? (await warningView(b, page)));
      const text = (await parts(b, page)).banner?.text ?? "";
      const name = { amazon: /Amazon/, mercari: /Mercari|メルカリ/, rakuten: /Rakuten|楽天/ }[retailer];
      check(`${tag} ${file}: banner names the retailer and explains why`, name.test(text) && text.length > 150, text.slice(0, 120));
      if (helpers.screenshots) await page.screenshot({ path: path.join(helpers.screenshots, `${b.name}-impersonation-${file.replace(/\.html$/, "")}.png`) });
      if (v?.severity === "high") {
        await page.click(field);
        const gg = await poll(async () => { const x = await warningView(b, page); return seen(x.guard, 100) ? x.guard : null; }, { timeout: 3000 });
        check(`${tag} ${file}: high severity → form guard on focus of ${field}`, !!gg, gg);
      } else {
        check(`${tag} ${file}: medium severity → banner without form guard`, v?.severity === "medium" && !v.actions.includes("form-guard"), summary(v));
      }
      await page.close();
    }
    {
      // The sign-in form written in after the page's first paint: by design the paint hold does
      // not hide a page the user already sees, so nothing is held; the warning must still come,
      // from the re-scan that the inserted form starts (main.js).
      const file = "amazon-ja-after-paint.html";
      const page = await b.newPage();
      await page.goto(pages.serve(file), { waitUntil: "load" });
      const kit = await poll(() => page.evaluate(() => window.kit.insertedAt !== null && window.kit), { timeout: 8000 });
      check(`${tag} ${file}: the form came after the page's first paint`, kit?.fcp != null && kit.insertedAt > kit.fcp, kit);
      const r = await record(page.url(), 10000);
      const v = r.verdict?.verdict === "lookalike" ? r.verdict : (await poll(async () => {
        const x = (await session())[`verdict:${r.tabId}`];
        return x?.verdict === "lookalike" ? x : null;
      }, { timeout: 10000 })) ?? r.verdict;
      check(`${tag} ${file}: lookalike of amazon (impersonated-signin) once the form is in`,
        v?.verdict === "lookalike" && v.retailer === "amazon" && v.reasons.some((x) => x.kind === "impersonated-signin"), summary(v));
      const g = await poll(async () => { const x = await warningView(b, page); return seen(x.banner) ? x.banner : null; }, { timeout: 8000 });
      check(`${tag} ${file}: banner visible at the top, full width, on top`, !!g, g ?? (await warningView(b, page)));
      const after = await poll(() => page.evaluate(() => window.kit.insertedAt !== null && performance.now() > window.kit.insertedAt + 2000 && window.kit),
        { timeout: 8000 });
      check(`${tag} ${file}: the page, once painted, was never clipped away (not held)`, after?.clippedAfter === false, after);
      await page.close();
    }
    for (const file of BENIGN) {
      const page = await b.newPage();
      await page.goto(pages.serve(file), { waitUntil: "load" });
      const r = await record(page.url());
      const v = r.verdict;
      check(`${tag} ${file}: sign-in form seen, not a lookalike`, v?.signinForm === true && v.verdict === "unrelated", summary(v) + ` signinForm=${v?.signinForm}`);
      await sleep(300);
      const view = await warningView(b, page);
      check(`${tag} ${file}: no banner`, view.hosts.length === 0, view.hosts);
      await page.close();
    }
    check(`${tag}: no request left the fixture hosts`, pages.foreign.length === 0, pages.foreign.slice(0, 5).join(", "));
  } finally {
    pages.close();
    await probe.close().catch(() => {});
  }
}
