#!/usr/bin/env node
// The cost of the protected-password check in the built WASM (dist/chrome/pkg), in Node: one
// fingerprint, one check of typed text against 1 and 5 fingerprints (what each keystroke costs the
// background once the text is as long as a protected password). By hand, not in CI.
//   node tools/bench-password.mjs
import fs from "node:fs";
import { pathToFileURL } from "node:url";

const pkg = new URL("../dist/chrome/pkg/", import.meta.url);
const mod = await import(pathToFileURL(new URL("omamori.js", pkg).pathname).href);
mod.initSync({ module: fs.readFileSync(new URL("omamori_bg.wasm", pkg)) });
const salt = () => Uint8Array.from({ length: 16 }, (_, i) => (i * 37 + Math.random() * 255) & 255);
const time = (n, fn) => {
  const t0 = performance.now();
  for (let i = 0; i < n; i++) fn(i);
  return (performance.now() - t0) / n;
};
const fp = time(50, () => mod.passwordFingerprint("correct-horse-42", salt()));
console.log(`passwordFingerprint: ${fp.toFixed(2)} ms`);
for (const count of [1, 5]) {
  const prints = Array.from({ length: count }, (_, i) => mod.passwordFingerprint(`password-${i}-xyz`, salt()));
  const m = new mod.PasswordMatcher(prints);
  const all = prints.map((_, i) => i);
  // A fresh source per check (the rate limit is not what is measured); text that matches none: every
  // fingerprint is hashed.
  const ms = time(100, (i) => m.check(`s${i}`, `typed text ${i} no-match-xyz!`, all, 0));
  console.log(`check against ${count} fingerprint(s): ${ms.toFixed(2)} ms`);
}
const otp = time(10000, (i) => mod.isOneTimeCode(String(100000 + i)));
console.log(`isOneTimeCode: ${(otp * 1000).toFixed(1)} µs`);
