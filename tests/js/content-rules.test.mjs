// The content scripts are ordered classic scripts sharing one isolated world: rules.js (RULES, the
// engine's bounds and word lists) first, main.js last, every file of extension/content/ listed.
// RULES has exactly the agreed shape, and no other content script types a bound or a word of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import vm from "node:vm";
import { loadRules, rulesScript } from "../../tools/gen-rules.mjs";
import { PKG_DIR } from "./engine.mjs";

const ext = new URL("../../extension/", import.meta.url);
const read = (p) => fs.readFileSync(new URL(p, ext), "utf8");
const manifest = JSON.parse(read("manifest.json"));
const scripts = manifest.content_scripts[0].js;
// content/rules.js is generated into dist/ at build time from the engine (tools/gen-rules.mjs); the
// source tree has no copy of it.
const RULES_SRC = rulesScript(await loadRules(PKG_DIR));
const RULES = vm.runInNewContext(`${RULES_SRC}; RULES`);
const source = (f) => (f === "content/rules.js" ? RULES_SRC : read(f));

test("content scripts: rules first, main last, every file listed once", () => {
  assert.equal(scripts[0], "content/rules.js");
  assert.equal(scripts[1], "content/messaging.js");
  assert.equal(scripts.at(-1), "content/main.js");
  const files = [...fs.readdirSync(new URL("content/", ext)).filter((f) => f.endsWith(".js")).map((f) => `content/${f}`),
    "content/rules.js"].filter((f) => !["content/password-alert.js", "content/password-watch.js"].includes(f));
  assert.deepEqual([...scripts].sort(), files.sort());
  assert.equal(new Set(scripts).size, scripts.length);
});

test("the scripts parse as one global scope (no name declared twice)", () => {
  const all = scripts.map((f) => source(f)).join("\n;\n");
  assert.doesNotThrow(() => new vm.Script(all));
});

test("RULES has the agreed shape", () => {
  assert.deepEqual(Object.keys(RULES).sort(), ["card_hints", "card_names", "copyright_hints", "credential_kinds", "email_names", "field_kinds", "id_hints", "limits", "mask_fonts", "otp_names", "password_hints", "password_names", "severities", "signin_words", "source_marks", "step_words"]);
  for (const k of ["buttons", "copyright", "css_hosts", "favicon_hosts", "form_action_hosts", "headings", "img_alts", "img_hosts", "lang",
    "link_hosts", "local_paths", "form_ids", "message_chars", "og_site_name", "app_name", "page_hosts", "page_text", "scan_images", "scan_inputs", "scan_links", "scan_text_nodes",
    "script_hosts", "signin_action_hosts", "source_hosts", "text", "title", "url_chars"]) assert.ok(k in RULES.limits, k);
  for (const k of RULES.credential_kinds) assert.ok(RULES.field_kinds.includes(k), k);
});

test("no content script other than rules.js types a bound or a word of RULES", () => {
  // The distinctive bounds (small ones such as 100 or 300 also size the UI and climb the DOM).
  // field_count (1000) caps what the background accepts; 1000 in a content script is a time (ms). The times
  // (`…_ms`: the picture step's waits and backstop) are also other loops' counts and timers' delays; that the
  // picture step takes them from RULES is checked by running it (tests/js/visual-bounds.test.mjs).
  const numbers = new Set(Object.entries(RULES.limits).filter(([k]) => k !== "field_count" && !k.endsWith("_ms")).map(([, v]) => v).flat().filter((n) => n >= 1000 || n === 253));
  const fieldNames = [...RULES.password_names, ...RULES.otp_names, ...RULES.card_names, ...RULES.email_names];
  const words = [...RULES.signin_words, ...RULES.step_words, ...RULES.id_hints, ...RULES.password_hints, ...RULES.copyright_hints, ...RULES.source_marks]
    // "password" is also a field kind, "signin" and "account" also page kinds of the verdict.
    .filter((w) => (w.length > 3 || /[^\x00-\x7f]/.test(w)) && !RULES.field_kinds.includes(w) && !["signin", "account"].includes(w));
  for (const f of scripts.filter((s) => s !== "content/rules.js")) {
    const src = read(f).replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
    const literals = [...src.matchAll(/"([^"\n]*)"|'([^'\n]*)'/g)].map((m) => (m[1] ?? m[2]).toLowerCase());
    for (const w of words) assert.ok(!literals.some((l) => l === w.toLowerCase()), `${f} types "${w}"`);
    // …nor spells a field name in a pattern's alternation (`/otp|code|pin/`).
    for (const w of fieldNames) assert.doesNotMatch(src, new RegExp(`[|(]${w.replace(/-/g, "-?")}[|)]`), `${f} spells "${w}" in a pattern`);
    for (const n of numbers) assert.doesNotMatch(src, new RegExp(`(?<![\\w.])${n}(?![\\w.])`), `${f} types ${n}`);
  }
});

test("field names: what a field's name or id says it asks for, from RULES (patterns.js)", () => {
  const { FIELD_NAMES: names, COPYRIGHT_LINE: copyright } = vm.runInNewContext(`${RULES_SRC}; ${read("content/patterns.js")}; ({ FIELD_NAMES, COPYRIGHT_LINE })`);
  const kindOf = (nameId) => Object.keys(names).find((k) => names[k].test(nameId)) ?? null;
  for (const [nameId, kind] of [
    ["password ", "password"], ["user_pw login", "password"], ["ap_password ", "password"], ["txtpwd ", null],
    ["passport ", null], ["compass ", null], ["pwned ", null], ["auth-pass ", "password"],
    ["otp ", "otp"], ["verify_code ", "otp"], ["pincode ", "otp"],
    ["cc-number ", "card"], ["ccnumber ", "card"], ["card_no ", "card"], ["cvv2 ", "card"], ["expiry-month ", "card"],
    ["email ", "email"], ["e-mail ", "email"], ["loginid ", "email"], ["username ", "email"], ["account_name ", "email"],
    ["q search", null], ["first-name ", null], ["zip ", null],
  ]) assert.equal(kindOf(nameId), kind, nameId);
  assert.ok(copyright.test("© 2026 Example") && copyright.test("COPYRIGHT 2026") && !copyright.test("copy this"));
  const masked = vm.runInNewContext(`${RULES_SRC}; ${read("content/patterns.js")}; anyOf(RULES.mask_fonts)`);
  for (const [family, yes] of [['"text-security-disc"', true], ["DotsFont, monospace", true], ["password-font", true], ['"Asterisk Sans"', true],
    ["Arial, sans-serif", false], ['"Hiragino Sans"', false]]) assert.equal(masked.test(family), yes, family);
});
