// The sample-page browser of the hand-run collection tools (measure-collect.mjs, measure-cold.mjs,
// profile-collect.mjs): a local server for one sample folder at a time (`browser.sample = DIR`;
// DIR/index.html at "/"), a headless Chromium whose every request for another host than the tool's own
// test hosts (LETTER + a number + ".test") is aborted, a new tab on a host not used before
// (`browser.open()`), and the pids of that browser's renderer processes (for their CPU time).
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";

const TYPES = { ".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".svg": "image/svg+xml", ".png": "image/png", ".gif": "image/gif", ".jpg": "image/jpeg", ".ico": "image/x-icon" };

/** @param {string} prefix temporary profile name @param {string} letter the tool's test hosts: LETTER1.test, LETTER2.test… */
export async function openSampleBrowser(prefix, letter) {
  const hosts = new RegExp(`^${letter}\\d+\\.test$`);
  let seq = 0;
  const state = { /** @type {string | null} */ sample: null };
  const server = http.createServer((req, res) => {
    const { pathname } = new URL(req.url, "http://x");
    const root = state.sample;
    const file = root && path.join(root, path.normalize(decodeURIComponent(pathname === "/" ? "/index.html" : pathname)));
    if (!file || !file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return res.writeHead(404).end();
    res.writeHead(200, { "content-type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream", "cache-control": "no-store" });
    res.end(fs.readFileSync(file));
  });
  await new Promise((r) => server.listen(0, "127.0.0.1", r));
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium", headless: true, viewport: { width: 1280, height: 800 },
    args: ["--host-resolver-rules=MAP * 127.0.0.1, EXCLUDE localhost", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  await ctx.route("**/*", (r) => (hosts.test(new URL(r.request().url()).hostname) ? r.continue() : r.abort("blockedbyclient")));
  const port = server.address().port;
  return {
    ctx,
    port,
    get sample() {
      return state.sample;
    },
    set sample(dir) {
      state.sample = dir;
    },
    /**
     * A new tab showing the current sample at a host not used before (a new renderer process: nothing
     * compiled or cached from another tab), after its load event (or 15 s) and 150 ms more.
     */
    async open() {
      const page = await ctx.newPage();
      await page.goto(`http://${letter}${++seq}.test:${port}/`, { waitUntil: "load", timeout: 15000 }).catch(() => {});
      await page.waitForTimeout(150);
      return page;
    },
    /** This browser's renderer processes. */
    renderers() {
      const out = [];
      for (const d of fs.readdirSync("/proc")) {
        if (!/^\d+$/.test(d)) continue;
        try {
          const cmd = fs.readFileSync(`/proc/${d}/cmdline`, "utf8");
          if (cmd.includes("--type=renderer") && cmd.includes(profile)) out.push(Number(d));
        } catch { /* gone */ }
      }
      return out;
    },
    async close() {
      await ctx.close();
      server.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}
