#!/usr/bin/env node
// Derive the per-browser manifests from the one source manifest (extension/manifest.json),
// and check that everything a built extension references exists.
//
//   node tools/manifest.mjs chrome  SRC_MANIFEST OUT_DIR   # writes OUT_DIR/manifest.json, checks OUT_DIR
//   node tools/manifest.mjs firefox SRC_MANIFEST OUT_DIR
//   node tools/manifest.mjs version SRC_MANIFEST           # prints the version
//
// Chrome:  background = { service_worker, type: "module" }; no `scripts`, no `browser_specific_settings`.
// Firefox: background = { scripts, type: "module" } (an event page: Firefox ignores service_worker and
//          web-ext lint warns BACKGROUND_SERVICE_WORKER_IGNORED), browser_specific_settings.gecko with an
//          id, strict_min_version >= 142.0 (needed by data_collection_permissions, see
//          https://extensionworkshop.com/documentation/develop/firefox-builtin-data-consent/) and
//          data_collection_permissions.required (default ["none"]).
// The source may hold service_worker, scripts, or both (the cross-browser form). Unknown keys pass through.
// Any problem is an error with a non-zero exit: a build never silently ships a broken manifest.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const GECKO_DEFAULT_ID = "omamori@example.org";
const GECKO_MIN_VERSION = "142.0";
// Keys only Chromium understands; Firefox's linter warns about them.
const CHROME_ONLY_KEYS = ["minimum_chrome_version", "offline_enabled", "key"];

function fail(msg) {
  console.error(`manifest.mjs: ERROR: ${msg}`);
  process.exit(1);
}

function readManifest(file) {
  let text;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    fail(`cannot read ${file}: ${e.message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    fail(`${file} is not valid JSON: ${e.message}`);
  }
}

/** Compares dotted versions numerically ("142.0" < "143"). */
function versionLess(a, b) {
  const pa = String(a).split(".").map((x) => parseInt(x, 10) || 0);
  const pb = String(b).split(".").map((x) => parseInt(x, 10) || 0);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) < (pb[i] ?? 0);
  }
  return false;
}

function backgroundEntry(src) {
  const bg = src.background;
  if (!bg || typeof bg !== "object") fail("source manifest has no `background` object");
  const scripts = Array.isArray(bg.scripts) ? bg.scripts : [];
  const sw = bg.service_worker;
  if (!sw && scripts.length === 0) fail("`background` needs `service_worker` or `scripts`");
  if (sw && scripts.length > 0 && !(scripts.length === 1 && scripts[0] === sw)) {
    fail(`background.service_worker (${sw}) and background.scripts (${scripts.join(", ")}) disagree`);
  }
  if (!sw && scripts.length > 1) {
    fail("background.scripts has several files; Chrome's service_worker takes one (import the others)");
  }
  return { file: sw || scripts[0], type: bg.type ?? "module" };
}

export function deriveChrome(src) {
  const out = structuredClone(src);
  const { file, type } = backgroundEntry(src);
  out.background = { service_worker: file, type };
  delete out.browser_specific_settings;
  return out;
}

export function deriveFirefox(src) {
  const out = structuredClone(src);
  const { file, type } = backgroundEntry(src);
  out.background = { scripts: [file], type };
  for (const k of CHROME_ONLY_KEYS) delete out[k];
  const bss = (out.browser_specific_settings ??= {});
  const gecko = (bss.gecko ??= {});
  gecko.id ??= GECKO_DEFAULT_ID;
  if (!gecko.strict_min_version || versionLess(gecko.strict_min_version, GECKO_MIN_VERSION)) {
    gecko.strict_min_version = GECKO_MIN_VERSION;
  }
  const dcp = (gecko.data_collection_permissions ??= {});
  if (!Array.isArray(dcp.required) || dcp.required.length === 0) dcp.required = ["none"];
  delete bss.gecko_android?.data_collection_permissions; // belongs under gecko only
  return out;
}

/**
 * Content scripts listed in more than one group. The groups of one extension share one isolated
 * world and are injected in the manifest's order, so a later group uses what an earlier one
 * declared; listing a script again would only run it twice in every frame.
 * @returns {string[]}
 */
export function repeatedContentScripts(m) {
  const seen = new Set();
  const repeated = new Set();
  for (const cs of m.content_scripts ?? []) for (const f of new Set(cs.js ?? [])) (seen.has(f) ? repeated : seen).add(f);
  return [...repeated];
}

/** Every file path the manifest references (relative to the extension root). */
function referencedFiles(m) {
  const files = [];
  const add = (p, where) => {
    if (typeof p === "string" && p && !p.startsWith("__MSG_") && !/^[a-z]+:/i.test(p)) files.push([p, where]);
  };
  const addIcons = (icons, where) => {
    if (typeof icons === "string") add(icons, where);
    else if (icons && typeof icons === "object") for (const [k, v] of Object.entries(icons)) add(v, `${where}.${k}`);
  };
  add(m.background?.service_worker, "background.service_worker");
  (m.background?.scripts ?? []).forEach((p, i) => add(p, `background.scripts[${i}]`));
  add(m.background?.page, "background.page");
  (m.content_scripts ?? []).forEach((cs, i) => {
    (cs.js ?? []).forEach((p) => add(p, `content_scripts[${i}].js`));
    (cs.css ?? []).forEach((p) => add(p, `content_scripts[${i}].css`));
  });
  addIcons(m.icons, "icons");
  for (const key of ["action", "browser_action", "page_action"]) {
    add(m[key]?.default_popup, `${key}.default_popup`);
    addIcons(m[key]?.default_icon, `${key}.default_icon`);
  }
  add(m.options_ui?.page, "options_ui.page");
  add(m.options_page, "options_page");
  (m.web_accessible_resources ?? []).forEach((w, i) =>
    (w.resources ?? []).forEach((p) => {
      if (!p.includes("*")) add(p, `web_accessible_resources[${i}]`);
    }),
  );
  if (m.default_locale) add(`_locales/${m.default_locale}/messages.json`, "default_locale");
  return files;
}

/** Relative module/script references inside the extension's JS and HTML files. */
function codeReferences(root) {
  const refs = [];
  const walk = (dir) => {
    for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, ent.name);
      if (ent.isDirectory()) walk(p);
      else if (/\.(m?js|html)$/.test(ent.name) && !p.startsWith(path.join(root, "pkg") + path.sep)) {
        const html = ent.name.endsWith(".html");
        // Block comments hold JSDoc type imports (`@type {import("../types/verdict").Verdict}`): types
        // for tsc only, not loaded at run time (extension/types/ is not shipped).
        const text = html ? fs.readFileSync(p, "utf8") : fs.readFileSync(p, "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
        const res = html
          ? [/<script[^>]*\bsrc=["']([^"':]+)["']/g, /<link[^>]*\bhref=["']([^"':#]+)["']/g]
          : [/\bfrom\s*["'](\.{1,2}\/[^"']+)["']/g, /\bimport\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g];
        for (const re of res) {
          for (const m of text.matchAll(re)) {
            const target = m[1].startsWith("/") ? path.join(root, m[1]) : path.join(path.dirname(p), m[1]);
            refs.push([path.relative(root, target), path.relative(root, p)]);
          }
        }
      }
    }
  };
  walk(root);
  return refs;
}

function checkDir(m, dir) {
  const missing = [];
  for (const [p, where] of referencedFiles(m)) {
    if (!fs.existsSync(path.join(dir, p))) missing.push(`${p} (manifest ${where})`);
  }
  for (const [p, from] of codeReferences(dir)) {
    if (!fs.existsSync(path.join(dir, p))) missing.push(`${p} (imported by ${from})`);
  }
  if (missing.length) fail(`${dir}: missing files:\n  ${[...new Set(missing)].join("\n  ")}`);
}

function main() {
  const [cmd, srcFile, outDir] = process.argv.slice(2);
  if (!cmd || !srcFile) {
    console.error("usage: manifest.mjs chrome|firefox SRC_MANIFEST OUT_DIR | version SRC_MANIFEST");
    process.exit(2);
  }
  const src = readManifest(srcFile);
  if (src.manifest_version !== 3) fail(`${srcFile}: manifest_version must be 3`);
  if (!src.version) fail(`${srcFile}: no version`);
  const repeated = repeatedContentScripts(src);
  if (repeated.length) fail(`${srcFile}: content scripts listed in two groups (the groups share one world: list each once): ${repeated.join(", ")}`);
  if (cmd === "version") {
    console.log(src.version);
    return;
  }
  const derive = { chrome: deriveChrome, firefox: deriveFirefox }[cmd];
  if (!derive) fail(`unknown browser: ${cmd}`);
  if (!outDir) fail("OUT_DIR missing");
  if (!fs.statSync(outDir, { throwIfNoEntry: false })?.isDirectory()) fail(`${outDir} is not a directory`);
  const out = derive(src);
  fs.writeFileSync(path.join(outDir, "manifest.json"), JSON.stringify(out, null, 2) + "\n");
  checkDir(out, outDir);
  console.log(`manifest.mjs: ${cmd} manifest written to ${path.join(outDir, "manifest.json")} (all referenced files present)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
