#!/usr/bin/env node
// Bundles an assembled extension's content scripts (build.sh `assemble`, after tools/manifest.mjs
// wrote its manifest):
//
//   node tools/bundle-content.mjs dist/chrome
//
// Every page the browser opens, forms or not, gets the content scripts compiled and run in each of
// its frames: ~20 files, ~190 KB of commented source. In each `content_scripts` group, the scripts
// before the group's entry (its last script: content/main.js, content/password-watch.js) become
// one minified classic script, content/bundle-N.js (N: the group's index), listed in their place;
// the entry stays its own readable file, last (the tour injects every script but the entries,
// tour/screens.js `drawingScripts`; the e2e test builds insert their observer before the entry).
// The scripts share one global scope in the isolated world either way, so one script holding them
// in the same order declares the same names; esbuild's `transform` (no module format) keeps
// top-level names, so the entries still find them. A group with one script before its entry is
// left as it is. The bundled files are removed from the output. Paired measurement
// (tools/bench/ext-cost.mjs, README "Measuring"): sign-in pages' content-script CPU −8 %, a page
// without a form −25 %.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { transform } from "esbuild";

/** The bundle's name for group `i`. @param {number} i */
export const bundleName = (i) => `content/bundle-${i}.js`;

/**
 * The groups' scripts once bundled: [bundle-N.js, entry] where there are ≥ 2 scripts before the entry.
 * @param {{ js: string[] }[]} groups @returns {{ js: string[], bundled: string[] }[]}
 */
export function bundledGroups(groups) {
  return groups.map((cs, i) => {
    const before = cs.js.slice(0, -1);
    if (before.length < 2) return { js: [...cs.js], bundled: [] };
    return { js: [bundleName(i), cs.js[cs.js.length - 1]], bundled: before };
  });
}

/**
 * The bundle of `files` read from `root`: the scripts joined in order (each ended by a line with `;`),
 * minified. @param {string} root @param {string[]} files @returns {Promise<string>}
 */
export async function bundleText(root, files) {
  const joined = files.map((f) => `${fs.readFileSync(path.join(root, f), "utf8")}\n;\n`).join("");
  const { code } = await transform(joined, { minify: true, target: "es2022", charset: "utf8", legalComments: "none" });
  if (/\beval\s*\(|new\s+Function\s*\(/.test(code)) throw new Error("the content bundle uses eval or new Function");
  return code;
}

/** Bundles the content scripts of the assembled extension in `out` (its manifest rewritten). @param {string} out */
export async function bundleContent(out) {
  const file = path.join(out, "manifest.json");
  const m = JSON.parse(fs.readFileSync(file, "utf8"));
  const groups = bundledGroups(m.content_scripts ?? []);
  const lines = [];
  for (const [i, g] of groups.entries()) {
    if (g.bundled.length === 0) continue;
    const text = await bundleText(out, g.bundled);
    fs.writeFileSync(path.join(out, g.js[0]), text);
    for (const f of g.bundled) fs.rmSync(path.join(out, f));
    m.content_scripts[i].js = g.js;
    lines.push(`${g.js[0]} (${g.bundled.length} scripts, ${Buffer.byteLength(text)} bytes)`);
  }
  fs.writeFileSync(file, `${JSON.stringify(m, null, 2)}\n`);
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const out = process.argv[2];
  if (!out || !fs.existsSync(path.join(out, "manifest.json"))) {
    console.error("usage: node tools/bundle-content.mjs DIST_DIR (an assembled extension, its manifest written)");
    process.exit(2);
  }
  console.log(`bundle-content: ${(await bundleContent(out)).join(", ") || "nothing to bundle"}`);
}
