// tools/bundle-background.mjs as build.sh's assemble runs it: the background becomes one ES module
// with no imports left, the modules it inlined are gone from the output unless another page
// imports them, and the bundle still registers the events and handlers the sources do.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { PKG_DIR } from "./engine.mjs";

/** An assembled extension (the parts the bundle reads), then bundled. */
function bundled() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-bundle-"));
  fs.cpSync("extension", out, { recursive: true });
  fs.mkdirSync(path.join(out, "pkg"), { recursive: true });
  for (const f of ["omamori.js", "omamori_bg.wasm"]) fs.copyFileSync(path.join(PKG_DIR, f), path.join(out, "pkg", f));
  execFileSync(process.execPath, ["tools/bundle-background.mjs", out], { stdio: "pipe" });
  return out;
}

const out = bundled();
const bundle = fs.readFileSync(path.join(out, "background", "service-worker.js"), "utf8");
const sources = fs.readdirSync("extension/background").filter((f) => f.endsWith(".js"));

test("the background is one module: no static or dynamic import is left in it", () => {
  // code only: JSDoc types name modules too (`@type {import("../types/verdict").Verdict}`)
  const code = bundle.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'])\/\/.*$/gm, "$1");
  assert.doesNotMatch(code, /^\s*(?:import|export)\s[^(]*\bfrom\s*["'][^"']+["']/m);
  assert.doesNotMatch(code, /\bimport\s*\(\s*["']/);
  assert.doesNotMatch(code, /\beval\s*\(|new\s+Function\s*\(/);
});

test("inlined modules are removed; the one the tour imports (takeover.js) stays", () => {
  const left = fs.readdirSync(path.join(out, "background")).sort();
  assert.deepEqual(left, ["service-worker.js", "takeover.js"]);
  assert.ok(sources.length > left.length, `${sources.length} source modules`);
  // the tour's import still resolves in the output
  assert.match(fs.readFileSync(path.join(out, "tour", "frame.js"), "utf8"), /import\("\.\.\/background\/takeover\.js"\)/);
});

test("every background source module is in the bundle (each leaves its exported names)", () => {
  for (const file of sources.filter((f) => f !== "service-worker.js")) {
    const src = fs.readFileSync(path.join("extension/background", file), "utf8");
    const names = [...src.matchAll(/^export (?:async )?(?:function|const|let|class) (\w+)/gm)].map((m) => m[1]);
    assert.ok(names.length > 0, `${file} exports something`);
    for (const name of names) assert.match(bundle, new RegExp(`\\b${name}\\b`), `${file}: ${name}`);
  }
  // the wasm glue is bundled too and init() gets the wasm's URL from runtime.getURL
  assert.match(bundle, /runtime\.getURL\("pkg\/omamori_bg\.wasm"\)/);
  assert.match(bundle, /__wbg_init|function initSync/);
});

test("the source tree is left as it is", () => {
  assert.ok(fs.existsSync("extension/background/engine.js"));
  assert.match(fs.readFileSync("extension/background/service-worker.js", "utf8"), /^import .* from "\.\/engine\.js";$/m);
});
