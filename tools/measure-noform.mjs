#!/usr/bin/env node
// Measures what the content script adds to a page WITHOUT a sign-in form (a measurement, not a
// test; run by hand after ./build.sh build):
//   node tools/measure-noform.mjs [runs=30]
// A generated article page (2,000 paragraphs, 500 links, 200 images, no inputs) is served on
// 127.0.0.1 and loaded `runs` times in headless Chromium without the extension and with dist/chrome.
// Reported per load: the main frame's script time (CDP Performance.getMetrics ScriptDuration,
// which includes the isolated world's content script) and the time to the load event, as medians.
// No real host is contacted (every request not for the local server is aborted).
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const runs = Number(process.argv[2] || 30);
const extDir = path.resolve("dist/chrome");
if (!fs.existsSync(path.join(extDir, "manifest.json"))) throw new Error("build first: ./build.sh build");

let body = "<h1>Field notes</h1>";
for (let i = 0; i < 2000; i++) {
  body += `<p>Paragraph ${i}: a quiet page about gardens, with a <a href="/p/${i % 500}">link ${i}</a>.</p>`;
  if (i % 10 === 0) body += `<img src="/img/${i}.png" alt="figure ${i}" width="1" height="1">`;
}
const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Notes</title></head><body>${body}</body></html>`;
const server = http.createServer((req, res) => {
  if (req.url.startsWith("/img/")) { res.writeHead(204); res.end(); return; }
  res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
  res.end(page);
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const url = `http://noform-bench.test:${server.address().port}/`;

const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function measure(withExtension) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-noform-"));
  const args = ["--host-resolver-rules=MAP * 127.0.0.1", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"];
  if (withExtension) args.unshift(`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`);
  const ctx = await chromium.launchPersistentContext(profile, { executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, args });
  await ctx.route("**/*", (route) => (new URL(route.request().url()).hostname === "noform-bench.test" ? route.continue() : route.abort()));
  const p = await ctx.newPage();
  const cdp = await ctx.newCDPSession(p);
  await cdp.send("Performance.enable");
  const script = [], load = [];
  for (let i = 0; i < runs + 3; i++) {
    const before = (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ScriptDuration").value;
    await p.goto(url, { waitUntil: "load" });
    await p.waitForTimeout(300); // document_idle content script has run by now
    const after = (await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ScriptDuration").value;
    const nav = await p.evaluate(() => performance.getEntriesByType("navigation")[0].loadEventEnd);
    if (i >= 3) { script.push((after - before) * 1000); load.push(nav); } // first loads warm up
  }
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
  return { script: median(script), load: median(load) };
}

const without = await measure(false);
const withExt = await measure(true);
server.close();
console.log(`no-form page, ${runs} loads each (medians):`);
console.log(`  without extension: script ${without.script.toFixed(2)} ms, load event at ${without.load.toFixed(1)} ms`);
console.log(`  with Omamori:      script ${withExt.script.toFixed(2)} ms, load event at ${withExt.load.toFixed(1)} ms`);
console.log(`  added: script ${(withExt.script - without.script).toFixed(2)} ms, load ${(withExt.load - without.load).toFixed(1)} ms`);
