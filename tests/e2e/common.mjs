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

/** Runs one suite and prints its wall time: `[browser] suite NAME: N.N s` (where the e2e time goes). */
export async function timedSuite(browser, name, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    console.log(`[${browser}] suite ${name}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

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
