#!/usr/bin/env node
// The protected-password check, measured by hand (never in CI):
//   node tools/bench-password.mjs                          the engine in Node (dist/chrome/pkg)
//   node tools/bench-password.mjs --browsers chromium,firefox [--runs 20]
//
// Node (the built WASM): one fingerprint; one check of typed text against 1 and 5 fingerprints plus
// the rate-limit state read back for storage (what the background's engine does per keystroke once
// the text is as long as a protected password), median and p95.
//
// Browsers (./build.sh build first; the e2e fixture server and drivers, tests/e2e/): sign in on the
// fixture www.amazon.co.jp and protect the password, then, --runs times, type it on a new tab of
// http://unrelated-shop.test/pw/form at 60 ms a key and measure in the page's own world:
//   key→alert   the last keydown to the alert's host on <html> (a MutationObserver in the page)
//   painted     to the next animation frame after it (the alert is on screen from that frame on)
// and, from an extension page, the two browser costs each keystroke's check adds to the engine's:
//   message     runtime.sendMessage round trip to the background (a refused kind: routing only)
//   session     storage.session set of the rate-limit record (the background writes it per check)
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL, fileURLToPath } from "node:url";
import { quantile } from "./stats.mjs";
import { poll, sleep } from "../tests/e2e/common.mjs";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const stats = (xs) =>
  `median ${quantile(xs, 0.5).toFixed(2)} ms, p95 ${quantile(xs, 0.95).toFixed(2)} ms, max ${Math.max(...xs).toFixed(2)} ms (n=${xs.length})`;
const sample = (n, fn) => Array.from({ length: n }, (_, i) => {
  const t0 = performance.now();
  fn(i);
  return performance.now() - t0;
});

async function engine() {
  const pkg = path.join(repo, "dist", "chrome", "pkg");
  const mod = await import(pathToFileURL(path.join(pkg, "omamori.js")).href);
  mod.initSync({ module: fs.readFileSync(path.join(pkg, "omamori_bg.wasm")) });
  const salt = () => Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + Math.random() * 255) & 255);
  console.log(`passwordFingerprint: ${stats(sample(50, () => mod.passwordFingerprint("correct-horse-42", salt())))}`);
  for (const count of [1, 5]) {
    const prints = Array.from({ length: count }, (_, i) => mod.passwordFingerprint(`password-${i}-xyz`, salt()));
    const m = new mod.PasswordMatcher(prints);
    const all = prints.map((_, i) => i);
    // A fresh source per check (the rate limit is not what is measured); text that matches none:
    // every fingerprint is hashed.
    const xs = sample(300, (i) => {
      m.check(`s${i}`, `typed text ${i} no-match-xyz!`, all, Date.now());
      m.limitOf(`s${i}`);
    });
    console.log(`check + limitOf against ${count} fingerprint(s): ${stats(xs)}`);
  }
  console.log(`isOneTimeCode: ${stats(sample(10000, (i) => mod.isOneTimeCode(String(100000 + i))))}`);
}

const PASSWORD = "Kamome-2026-sora";
/** Page world: the last keydown and when the first element was added to <html>, then painted. */
const TIMER = () => {
  const t = { lastKey: 0, shownAt: 0, paintedAt: 0 };
  window.__pwBench = t;
  addEventListener("keydown", () => (t.lastKey = performance.now()), true);
  new MutationObserver(() => {
    if (t.shownAt || ![...document.documentElement.children].some((c) => c !== document.head && c !== document.body)) return;
    t.shownAt = performance.now();
    requestAnimationFrame(() => (t.paintedAt = performance.now()));
  }).observe(document.documentElement, { childList: true });
};

async function browser(name, srv, runs) {
  const { launch } = await import(pathToFileURL(path.join(repo, "tests", "e2e", `${name}.mjs`)).href);
  const b = await launch(path.join(repo, "dist", name === "chromium" ? "chrome" : "firefox"), "en");
  const field = (sel) => new Function(`const r = document.querySelector(${JSON.stringify(sel)}).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`);
  const type = async (page, sel, text, delay = 0) => {
    const p = await page.evaluate(field(sel));
    await page.mouse.click(p.x, p.y);
    await page.evaluate(TIMER);
    await page.keyboard.type(text, { delay });
  };
  try {
    const signin = await b.newPage();
    await signin.goto(`https://www.amazon.co.jp:${srv.httpsPort}/ap/signin?case=pw-signin`, { waitUntil: "load" });
    await sleep(300);
    await type(signin, "#ap_password", PASSWORD);
    await signin.click("#continue");
    await poll(() => signin.evaluate(() => location.pathname === "/gp/css/homepage.html" && document.documentElement.children.length > 2), { interval: 50 });
    await sleep(300);
    await signin.keyboard.press("Enter"); // "Protect it" has the focus
    await sleep(500);
    await signin.close();
    const shown = [], painted = [];
    for (let i = 0; i < runs; i++) {
      const page = await b.newPage();
      await page.goto(`http://unrelated-shop.test:${srv.httpPort}/pw/form?run=${i}`, { waitUntil: "load" });
      await sleep(300);
      await type(page, "#password", PASSWORD, 60);
      const t = await poll(() => page.evaluate(() => (window.__pwBench.paintedAt ? window.__pwBench : null)), { timeout: 4000, interval: 50 });
      if (t) {
        shown.push(t.shownAt - t.lastKey);
        painted.push(t.paintedAt - t.lastKey);
      }
      await page.close();
    }
    console.log(`${name}: last key → alert on <html>: ${shown.length ? stats(shown) : "never shown"}`);
    if (painted.length) console.log(`${name}: last key → alert painted: ${stats(painted)}`);
    const ext = await b.extensionPage("popup/popup.html?tab=-1");
    const costs = await b.evalExtension(ext, async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const msg = [], session = [];
      for (let i = 0; i < 200; i++) {
        let t0 = performance.now();
        await api.runtime.sendMessage({ kind: "bench-unknown-kind" }).catch(() => null);
        msg.push(performance.now() - t0);
        t0 = performance.now();
        await api.storage.session.set({ "pwlimit:bench": { tokens: i % 20, since_ms: Date.now() } });
        session.push(performance.now() - t0);
      }
      await api.storage.session.remove("pwlimit:bench");
      return { msg, session };
    });
    console.log(`${name}: message round trip: ${stats(costs.msg)}`);
    console.log(`${name}: storage.session set: ${stats(costs.session)}`);
    await ext.close();
  } finally {
    await (b.ctx ?? b.browser).close();
  }
}

await engine();
if (args.browsers) {
  const { startServers } = await import(pathToFileURL(path.join(repo, "tests", "e2e", "server.mjs")).href);
  const { selfSignedCert, tmpDir } = await import(pathToFileURL(path.join(repo, "tests", "e2e", "common.mjs")).href);
  const srv = await startServers(selfSignedCert(tmpDir("omamori-bench-pw-")));
  try {
    for (const name of args.browsers.split(",")) await browser(name, srv, Number(args.runs ?? 20));
  } finally {
    srv.close();
  }
}
