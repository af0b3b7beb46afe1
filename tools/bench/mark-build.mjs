#!/usr/bin/env node
// A measurement copy of a built extension whose content scripts put performance marks before named
// statements (a measurement, not a test; never shipped):
//
//   node tools/bench/mark-build.mjs DIST OUT [TREE]     # then: node tools/bench/ext-cost.mjs --ext=OUT --marks
//
// DIST: an assembled, bundled extension (dist/chrome); TREE: the checkout whose extension/content sources
// it was built from (default: this one). OUT gets DIST with the content scripts of each group rebuilt
// from TREE's sources with `performance.mark("omamori:NAME")` inserted before each anchor below (the
// first occurrence in its file; an anchor not found is reported and left out), bundled as DIST's were
// (tools/bundle-content.mjs). ext-cost.mjs --marks then counts the thread CPU from each mark to the
// next: a section runs until any later mark, so a function called from several places is split there.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { bundleText } from "../bundle-content.mjs";
import { repo } from "../sample-corpus.mjs";

const [dist, out, treeArg] = process.argv.slice(2);
if (!dist || !out) {
  console.error("usage: node tools/bench/mark-build.mjs DIST OUT [TREE]");
  process.exit(2);
}
const tree = path.resolve(treeArg ?? repo);
/** [file, anchor, section]: the mark goes before the anchor. "end" closes a section. */
const ANCHORS = [
  ...["rules", "messaging", "paint-hold", "collect-drawn", "collect-text", "collect-fields", "collect-frames", "visual-find", "visual", "generated-scope",
    "scan", "collect-origin", "styles", "dom", "ui-host", "banner", "chip", "guard", "placement", "reminder-card", "main"].map((f) => [`content/${f}.js`, "", `eval.${f}`]),
  ["content/main.js", "if (urlVerdictAsked) {\n  paintHold.wait", "eval.main-tail"],
  ["content/main.js", "function start() {\n  if (started) return;", "end"],
  ["content/main.js", "  let scan;\n  try {\n    scan = scanForms();", "start.scanForms"],
  ["content/main.js", "  if (isTop || scan.signin) report(scan); // a sign-in", "start.report"],
  ["content/main.js", "  new MutationObserver(scheduleScan).observe(document", "start.rest"],
  ["content/main.js", "  document.addEventListener(\"toggle\", scheduleScan, true);\n}", "end"],
  ["content/main.js", "      seen = inputs.length;\n      if (!formParsed()) return;", "parse.scan"],
  ["content/main.js", "      observer.disconnect();\n      paintHold.wait(\"page\"); // its", "end"],
  ["content/main.js", "    const scan = scanForms();\n    if (scan.signin && (kindsOf", "timer.scan"],
  ["content/scan.js", "  const inputs = /** @type {HTMLInputElement[]} */ (OmamoriFields.allInputs(", "f.allInputs"],
  ["content/scan.js", "  const labelsOf = OmamoriFields.labelIndex(document);", "f.labelIndex"],
  ["content/scan.js", "  for (const el of inputs) {", "f.loop"],
  ["content/scan.js", "  let signin = fields.password > 0 || fields.card > 0;", "f.signin"],
  ["content/scan.js", "  if (inputs.length === 0) return { fields, signin: false, credentialInputs };", "f.none"],
  ["content/scan.js", "  return { fields, signin, credentialInputs, textInputs, labelsOf };", "end"],
  ["content/scan.js", "  const scope = generatedScope(document);", "c.scope"],
  ["content/scan.js", "  const headings = texts(", "c.headings"],
  ["content/scan.js", "  const buttons = texts(", "c.buttons"],
  ["content/scan.js", "  const imgs = q(\"img\");", "c.imgs"],
  ["content/scan.js", "  const localPaths = [];", "c.links"],
  ["content/scan.js", "  const formEls = [...new Set(", "c.forms"],
  ["content/scan.js", "  const boxes = [...new Set(", "c.boxes"],
  ["content/scan.js", "  const page = OmamoriCollect.pageText(document.body", "c.bodyText"],
  ["content/scan.js", "  const formLogos = [];", "c.logos"],
  ["content/scan.js", "  const fieldLabels = [];", "c.labels"],
  ["content/scan.js", "  const og = document.querySelector(", "c.meta"],
  ["content/scan.js", "  console.debug(`omamori: page signals", "c.after"],
];
fs.rmSync(out, { recursive: true, force: true });
fs.cpSync(dist, out, { recursive: true });
const manifest = JSON.parse(fs.readFileSync(path.join(tree, "extension/manifest.json"), "utf8"));
const built = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8"));
/** @type {Map<string, string>} */
const texts = new Map();
const read = (/** @type {string} */ f) => {
  if (!texts.has(f)) {
    // rules.js is generated from the engine (tools/gen-rules.mjs): TREE's package.
    if (f === "content/rules.js") {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-rules-"));
      execFileSync(process.execPath, [path.join(tree, "tools/gen-rules.mjs"), dir, path.join(tree, "target/wasm/pkg")]);
      texts.set(f, fs.readFileSync(path.join(dir, "content/rules.js"), "utf8"));
      fs.rmSync(dir, { recursive: true, force: true });
    } else texts.set(f, fs.readFileSync(path.join(tree, "extension", f), "utf8"));
  }
  return /** @type {string} */ (texts.get(f));
};
for (const [file, anchor, name] of ANCHORS) {
  const s = read(file);
  // An empty anchor: the file's start (the mark before any of its statements).
  const at = s.indexOf(anchor);
  if (at < 0) {
    console.log(`anchor not found in ${file}: ${anchor.slice(0, 50)}`);
    continue;
  }
  texts.set(file, `${s.slice(0, at)}performance.mark("omamori:${name}");\n${s.slice(at)}`);
}
const tmp = fs.mkdtempSync(path.join(out, ".src-"));
for (const [i, group] of manifest.content_scripts.entries()) {
  const files = group.js;
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
    fs.writeFileSync(path.join(tmp, f), read(f));
  }
  const entry = files[files.length - 1];
  const before = files.slice(0, -1);
  const js = built.content_scripts[i].js;
  if (js.length === 2 && js[0].startsWith("content/bundle-")) fs.writeFileSync(path.join(out, js[0]), await bundleText(tmp, before));
  fs.writeFileSync(path.join(out, entry), read(entry));
}
fs.rmSync(tmp, { recursive: true, force: true });
console.log(`mark-build: ${out}`);
