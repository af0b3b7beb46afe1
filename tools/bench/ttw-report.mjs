#!/usr/bin/env node
// The report of tools/bench/time-to-warning.mjs: per case, each time's median and p95, the steps of
// a load one by one, and where the slowest loads lose their time (the p95 is made of them, so their
// steps are listed beside the median load's). Also run alone on a saved `--rows FILE.json`:
//
//   node tools/bench/ttw-report.mjs ROWS.json
//
// A row is one load: times in ms from the page's navigation start (see time-to-warning.mjs).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** @param {number[]} xs @param {number} p */
export function quantile(xs, p) {
  const v = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  return v.length ? v[Math.min(v.length - 1, Math.floor(p * v.length))] : NaN;
}

/** @param {number[]} xs */
export function stats(xs) {
  const n = xs.filter((x) => Number.isFinite(x)).length;
  if (!n) return "n/a";
  return `median ${quantile(xs, 0.5).toFixed(0).padStart(4)}  p95 ${quantile(xs, 0.95).toFixed(0).padStart(4)}  (n=${n})`;
}

// The marks of a load on its way to the painted banner. Worker marks exist on cold loads (Chromium);
// content-script marks (cs-*, draw, i18n, built, hold-end) only in a diagnostic build that leaves them on the
// page's timeline.
const CHAIN = ["commit", "sw-start", "wasm-get", "wasm-rdy", "engine", "check1", "cs-start", "cs-eval", "cs-answer",
  "dcl", "scan", "scanned", "pv-answer", "hold-end", "draw", "i18n", "built", "appended", "inserted", "styled", "repaired", "shown", "banner", "painted"];
const ratio = (/** @type {any} */ r) => (100 * r.painted) / r.fcp;

/** The steps of this case: the marks at least half the loads carry, in the order of their medians. */
function steps(rows) {
  const present = CHAIN.filter((k) => rows.filter((r) => Number.isFinite(r[k])).length * 2 >= rows.length)
    .sort((a, b) => quantile(rows.map((r) => r[a]), 0.5) - quantile(rows.map((r) => r[b]), 0.5));
  return present.slice(1).map((b, i) => [present[i], b]);
}

/** One case: times, steps, and the slowest loads (painted / fcp at or above the p90) step by step. */
export function report(label, rows) {
  console.log(`\n${label} (load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")})`);
  const marks = CHAIN.filter((k) => rows.some((r) => Number.isFinite(r[k])));
  for (const k of [...new Set([...marks, "fcp", "url-v", "page-v", "banner", "painted"])]) {
    console.log(`  ${k.padEnd(9)} ${stats(rows.map((r) => r[k]))} ms`);
  }
  const chain = steps(rows);
  const cut = quantile(rows.map(ratio), 0.9);
  const slow = rows.filter((r) => ratio(r) >= cut);
  console.log(`  steps, each within one load (median / p95; then the median over the ${slow.length} slowest loads, painted/fcp ≥ ${cut.toFixed(0)} %):`);
  for (const [a, b] of chain) {
    const d = (/** @type {any} */ r) => r[b] - r[a];
    console.log(`    ${`${a} → ${b}`.padEnd(22)} ${stats(rows.map(d))}   slowest ${quantile(slow.map(d), 0.5).toFixed(0).padStart(4)} ms`);
  }
  console.log(`    ${"fcp".padEnd(22)} ${stats(rows.map((r) => r.fcp))}   slowest ${quantile(slow.map((r) => r.fcp), 0.5).toFixed(0).padStart(4)} ms`);
  if (rows.some((r) => Number.isFinite(r["wasm-rdy"]))) {
    // In load order: a compiled-code cache would show as a drop after the first starts.
    const order = (a, b) => rows.map((r) => (Number.isFinite(r[b] - r[a]) ? (r[b] - r[a]).toFixed(0) : "-")).join(" ");
    console.log(`  wasm fetch+compile, load by load: ${order("wasm-get", "wasm-rdy")}`);
    console.log(`  first check, load by load: ${order("engine", "check1")}`);
  }
  console.log(`  painted − fcp ${stats(rows.map((r) => r.painted - r.fcp))} ms`);
  console.log(`  painted / fcp ${stats(rows.map(ratio))} %`);
}

/** Every build's rows of one case, then (two builds) painted / fcp side by side. */
export function reportPaired(title, labels, rowsPerBuild, notes = []) {
  for (const [j, name] of labels.entries()) report(`${title}${labels.length > 1 ? ` [${name}]` : ""}${notes[j] ?? ""}`, rowsPerBuild[j]);
  if (labels.length > 1) {
    console.log(`  ⇒ painted / fcp: ${labels.map((name, j) => `${name} ${stats(rowsPerBuild[j].map(ratio))} %`).join("  |  ")}`);
    // Loads run in pairs (OLD, NEW, OLD, …): how often the last build's banner came earlier against the FCP.
    const first = new Map(rowsPerBuild[0].map((r) => [r.pair, ratio(r)]));
    const pairs = rowsPerBuild.at(-1).filter((r) => first.has(r.pair) && Number.isFinite(ratio(r)) && Number.isFinite(first.get(r.pair)));
    const better = pairs.filter((r) => ratio(r) < first.get(r.pair)).length;
    console.log(`  ⇒ ${labels.at(-1)} lower painted / fcp than ${labels[0]} in ${better} of ${pairs.length} pairs`);
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // Keys are "case [build]": each case with its builds side by side (rows of older files carry no
  // pair number: their order is the pairs').
  /** @type {Map<string, [string, any[]][]>} */
  const cases = new Map();
  for (const [key, rows] of Object.entries(JSON.parse(fs.readFileSync(process.argv[2], "utf8")))) {
    const [, title, build] = /^(.*) \[(.*)\]$/.exec(key) ?? [key, key, ""];
    cases.set(title, [...(cases.get(title) ?? []), [build, rows.map((r, i) => ({ pair: i, ...r }))]]);
  }
  for (const [title, builds] of cases) reportPaired(title, builds.map(([b]) => b), builds.map(([, rows]) => rows));
}
