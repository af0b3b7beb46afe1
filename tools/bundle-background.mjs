#!/usr/bin/env node
// Bundles an assembled extension's background into one ES module (build.sh `assemble`):
//
//   node tools/bundle-background.mjs dist/chrome
//
// A cold worker start fetched and evaluated the background's module graph (service-worker.js and
// ~20 modules it imports, three imports deep) before engine.js could start the WASM engine; one
// file is one fetch and one parse (README "Time to warning"). esbuild, format esm, not minified
// (readable in DevTools). The wasm-bindgen glue is bundled too: engine.js passes init() the wasm's
// URL (runtime.getURL), so the glue's `new URL(..., import.meta.url)` default is never used.
// The source tree keeps its modules (tsc and the Node tests import them); in the output, the
// background modules the bundle inlined are removed unless another page of the extension still
// imports them (the tour imports background/takeover.js).
import fs from "node:fs";
import path from "node:path";
import { build } from "esbuild";

const out = process.argv[2];
if (!out || !fs.existsSync(path.join(out, "manifest.json"))) {
  console.error("usage: node tools/bundle-background.mjs DIST_DIR (an assembled extension)");
  process.exit(2);
}
const root = path.resolve(out);
const background = path.join(root, "background");
const entry = path.join(background, "service-worker.js");

const result = await build({
  entryPoints: [entry],
  bundle: true,
  format: "esm",
  platform: "browser",
  target: "es2022",
  charset: "utf8",
  legalComments: "inline",
  metafile: true,
  write: false,
  outfile: entry,
  logLevel: "warning",
});
const [file] = result.outputFiles;
const text = file.text;
if (/\beval\s*\(|new\s+Function\s*\(/.test(text)) throw new Error("the bundled background uses eval or new Function (CSP)");

/** Relative import specifiers (static `from "…"`, `import "…"`, dynamic `import("…")`) of a JS file. */
function importsOf(/** @type {string} */ filePath) {
  const src = fs.readFileSync(filePath, "utf8");
  const specs = [];
  for (const m of src.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) specs.push(path.resolve(path.dirname(filePath), m[1]));
  return specs;
}
function jsFiles(/** @type {string} */ dir) {
  /** @type {string[]} */
  const files = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files.push(...jsFiles(p));
    else if (e.name.endsWith(".js")) files.push(p);
  }
  return files;
}

// The background modules inlined into the bundle (metafile inputs are relative to the cwd).
const inlined = new Set(
  Object.keys(result.metafile.inputs)
    .map((p) => path.resolve(p))
    .filter((p) => path.dirname(p) === background && p !== entry),
);
// Kept: those another part of the extension imports, and what they import in turn.
const keep = new Set();
const queue = jsFiles(root).filter((p) => path.dirname(p) !== background);
while (queue.length) {
  for (const dep of importsOf(/** @type {string} */ (queue.pop()))) {
    if (inlined.has(dep) && !keep.has(dep)) {
      keep.add(dep);
      queue.push(dep);
    }
  }
}
fs.writeFileSync(entry, text);
const removed = [...inlined].filter((p) => !keep.has(p));
for (const p of removed) fs.rmSync(p);
const kept = [...keep].map((p) => path.basename(p)).sort();
console.log(
  `bundle-background: ${path.relative(process.cwd(), entry)} (${Buffer.byteLength(text)} bytes, ` +
    `${Object.keys(result.metafile.inputs).length} modules); removed ${removed.length} inlined background modules` +
    (kept.length ? `, kept ${kept.join(", ")} (imported elsewhere)` : ""),
);
