// Shared helpers for the end-to-end drivers: temp dirs, self-signed certificate, PASS/FAIL counting.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { HOSTS } from "./server.mjs";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

export function tmpDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function selfSignedCert(dir) {
  const key = path.join(dir, "key.pem"), cert = path.join(dir, "cert.pem");
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2",
    "-subj", "/CN=omamori-test", "-addext", "subjectAltName=" + Object.values(HOSTS).map((n) => "DNS:" + n).join(",")],
  { stdio: "ignore" });
  return { tlsKey: key, tlsCert: cert };
}

const results = [];
export function check(name, cond, extra = "") {
  results.push([name, !!cond]);
  console.log(`${cond ? "PASS" : "FAIL"} ${name}${extra ? `  (${typeof extra === "string" ? extra : JSON.stringify(extra)})` : ""}`);
  return !!cond;
}
export function summary() {
  const failed = results.filter(([, ok]) => !ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed || results.length === 0 ? 1 : 0;
}

/**
 * Runs one suite and prints its wall time: `[browser] suite NAME: N.N s` (where the e2e time goes).
 * A suite that throws is one failed check (with the error), and the run goes on with the next
 * suite: one broken page does not take the other suites' checks with it.
 */
export async function timedSuite(browser, name, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } catch (error) {
    check(`[${browser}] suite ${name} finished without an exception`, false, String(error?.stack ?? error).split("\n").slice(0, 4).join(" | "));
    return undefined;
  } finally {
    console.log(`[${browser}] suite ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * How long a browser may take to start (launch, add-on installed, extension running): under a
 * loaded machine (two browsers side by side, other jobs on the cores) a start takes far longer
 * than on a quiet one. `OMAMORI_E2E_START_TIMEOUT` (ms) overrides it.
 */
export const START_TIMEOUT = Number(process.env.OMAMORI_E2E_START_TIMEOUT) || 120_000;

/**
 * Navigates `page` to `url` and waits until that document has loaded or the tab has moved on to
 * one of the extension's pages (the warning page, when a page keeps defeating the banner): Firefox's
 * BiDi never reports a navigation to a moz-extension:// page, so `goto` alone would wait out its
 * whole timeout there. Returns how it ended: "load", "extension" or "timeout" (after `timeout` ms).
 */
export async function openPage(b, page, url, timeout = 30_000) {
  let ended = null;
  const loaded = page.goto(url, { waitUntil: "load", timeout }).then(() => "load", () => null);
  const moved = poll(async () => ended ?? (b.isExtensionUrl(await b.urlOf(page)) && "extension"), { timeout, interval: 100 });
  ended = (await Promise.race([loaded.then((x) => x ?? moved), moved])) || "timeout";
  return ended;
}

/** How long an extension page may take to load before that is an error (the page is usually ready in < 1 s). */
export const PAGE_TIMEOUT = 30_000;

/**
 * Starts a browser with `start()`; when the start itself fails (the browser did not come up, the
 * extension did not start) it is tried once more, and the failure is logged. Only a start is
 * retried, never a check: a check that fails stays failed.
 * @template T @param {string} label @param {() => Promise<T>} start @returns {Promise<T>}
 */
export async function startBrowser(label, start, tries = 2) {
  for (let i = 1; ; i++) {
    const t0 = Date.now();
    try {
      const b = await start();
      if (i > 1) console.log(`NOTE ${label}: browser started on try ${i} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      return b;
    } catch (error) {
      const why = String(error?.message ?? error).split("\n")[0];
      console.log(`NOTE ${label}: browser start ${i}/${tries} failed after ${((Date.now() - t0) / 1000).toFixed(1)} s: ${why}`);
      if (i >= tries) throw error;
    }
  }
}

/** Polls `fn` until it returns a truthy value or `timeout` ms pass; returns the last value. */
export async function poll(fn, { timeout = 8000, interval = 150 } = {}) {
  const end = Date.now() + timeout;
  let value;
  for (;;) {
    value = await fn().catch(() => undefined);
    if (value || Date.now() > end) return value;
    await sleep(interval);
  }
}

/**
 * A fixture corpus's sets, from its cases' files: `tuned` (the top folder's pages), then `heldback`,
 * `heldback2`… (their folders), in that order; `rank` is a set's place (tuned 0, heldback 1, heldbackN N).
 * @param {readonly (readonly unknown[])[]} cases [file, …] rows
 */
export function caseSets(cases) {
  const setOf = (/** @type {string} */ file) => (file.includes("/") ? file.split("/")[0] : "tuned");
  const rank = (/** @type {string} */ set) => (set === "tuned" ? 0 : Number(set.slice("heldback".length) || 1));
  const sets = [...new Set(cases.map(([f]) => setOf(String(f))))].sort((x, y) => rank(x) - rank(y));
  return { setOf, rank, sets };
}
