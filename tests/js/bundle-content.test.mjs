// tools/bundle-content.mjs as build.sh's assemble runs it: in each content_scripts group the scripts
// before the entry become one minified script listed in their place, the entry stays last and
// readable, the bundled files are gone, every name the scripts declare at the top level is still
// declared (the entries use them as globals), and a built dist/ holds exactly what this tree bundles.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { PKG_DIR } from "./engine.mjs";
import { bundleContent, bundledGroups, bundleText } from "../../tools/bundle-content.mjs";
import { deriveChrome } from "../../tools/manifest.mjs";

const source = JSON.parse(fs.readFileSync("extension/manifest.json", "utf8"));

/** An assembled extension's content side (sources, generated rules.js, derived manifest), bundled or not. */
async function assembled(bundle = true) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-content-bundle-"));
  fs.cpSync("extension", out, { recursive: true });
  execFileSync(process.execPath, ["tools/gen-rules.mjs", out, PKG_DIR], { stdio: "pipe" });
  fs.writeFileSync(path.join(out, "manifest.json"), JSON.stringify(deriveChrome(source), null, 2));
  if (bundle) await bundleContent(out);
  return out;
}

/** The names a classic script declares at its top level (function, const, let, class, var at column 0). */
const topLevelNames = (/** @type {string} */ src) => [...src.matchAll(/^(?:async\s+)?(?:function\*?|const|let|var|class)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1]);
/** Where `name` is declared in minified code (adjacent declarations are joined: `const a=1,b=2`). */
const declared = (/** @type {string} */ name) => new RegExp(`(?:\\b(?:function\\*?|class)\\s*${name.replace("$", "\\$")}\\b|(?:\\b(?:const|let|var)\\s+|,)${name.replace("$", "\\$")}=)`);

test("each group with scripts before its entry gets one bundle, the entry stays last", () => {
  const groups = bundledGroups(source.content_scripts);
  assert.equal(groups.length, source.content_scripts.length);
  for (const [i, g] of groups.entries()) {
    const js = source.content_scripts[i].js;
    assert.equal(g.js[g.js.length - 1], js[js.length - 1], "the entry is last");
    if (js.length > 2) {
      assert.deepEqual(g.js, [`content/bundle-${i}.js`, js[js.length - 1]]);
      assert.deepEqual(g.bundled, js.slice(0, -1));
    } else assert.deepEqual(g, { js, bundled: [] });
  }
  assert.ok(groups.some((g) => g.bundled.length > 10), "the main group is bundled");
  assert.deepEqual(bundledGroups([{ js: ["a.js", "b.js", "main.js"] }, { js: ["x.js", "watch.js"] }, { js: ["only.js"] }]), [
    { js: ["content/bundle-0.js", "main.js"], bundled: ["a.js", "b.js"] },
    { js: ["x.js", "watch.js"], bundled: [] },
    { js: ["only.js"], bundled: [] },
  ]);
});

test("the bundle keeps every top-level name of its scripts and drops what is not code", async () => {
  const out = await assembled();
  const m = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
  for (const [i, g] of bundledGroups(source.content_scripts).entries()) {
    assert.deepEqual(m.content_scripts[i].js, g.js);
    for (const f of g.js) assert.ok(fs.existsSync(path.join(out, f)), `${f} listed and present`);
    for (const f of g.bundled) assert.ok(!fs.existsSync(path.join(out, f)), `${f} removed`);
    if (g.bundled.length === 0) continue;
    const bundle = fs.readFileSync(path.join(out, g.js[0]), "utf8");
    assert.doesNotMatch(bundle, /\/\/ @ts-check|\beval\s*\(|new\s+Function\s*\(/);
    for (const f of g.bundled) {
      const src = f === "content/rules.js" ? "const RULES = 0;" : fs.readFileSync(path.join("extension", f), "utf8");
      const names = topLevelNames(src);
      for (const name of names) assert.match(bundle, declared(name), `${f}: ${name}`);
    }
    // the globals the scripts hang on globalThis stay too (collect-text.js, collect-fields.js…)
    for (const f of g.bundled.filter((x) => x !== "content/rules.js")) {
      for (const [, name] of fs.readFileSync(path.join("extension", f), "utf8").matchAll(/globalThis\.(\w+)\s*=/g)) assert.match(bundle, new RegExp(`globalThis\\.${name}=`), `${f}: globalThis.${name}`);
    }
  }
  fs.rmSync(out, { recursive: true, force: true });
});

test("the scripts bundled in order: a name each declares comes after the previous script's", async () => {
  const out = await assembled(false);
  const [g] = bundledGroups(source.content_scripts);
  const bundle = await bundleText(out, g.bundled);
  let last = -1;
  for (const f of g.bundled.filter((x) => x !== "content/rules.js")) {
    const first = topLevelNames(fs.readFileSync(path.join(out, f), "utf8"))[0];
    if (!first) continue;
    const at = bundle.search(declared(first));
    assert.ok(at > last, `${f} (${first}) after the script before it`);
    last = at;
  }
  fs.rmSync(out, { recursive: true, force: true });
});

test("a built dist/ has this tree's content bundle and manifest groups (rebuild after editing extension/content: ./build.sh build)", async (t) => {
  const built = ["chrome", "firefox"].map((b) => path.join("dist", b)).filter((d) => fs.existsSync(path.join(d, "manifest.json")));
  if (built.length === 0) return t.skip("no build");
  const out = await assembled(false);
  const groups = bundledGroups(source.content_scripts);
  for (const dir of built) {
    const m = JSON.parse(fs.readFileSync(path.join(dir, "manifest.json"), "utf8"));
    assert.deepEqual(m.content_scripts.map((/** @type {{ js: string[] }} */ cs) => cs.js), groups.map((g) => g.js), `${dir}/manifest.json`);
    for (const g of groups.filter((x) => x.bundled.length > 0)) {
      assert.equal(fs.readFileSync(path.join(dir, g.js[0]), "utf8"), await bundleText(out, g.bundled), `${dir}/${g.js[0]}`);
      for (const f of g.bundled) assert.ok(!fs.existsSync(path.join(dir, f)), `${dir}/${f} is bundled, not shipped`);
    }
    for (const g of groups) {
      const entry = g.js[g.js.length - 1];
      assert.equal(fs.readFileSync(path.join(dir, entry), "utf8"), fs.readFileSync(path.join("extension", entry), "utf8"), `${dir}/${entry}`);
    }
  }
  fs.rmSync(out, { recursive: true, force: true });
});
