// The engine is the one source of rules: the generated content-script file holds exactly its
// rules(), and the background's signal sanitiser caps with exactly rules().limits.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { execFileSync } from "node:child_process";
import engine, { PKG_DIR } from "./engine.mjs";
import { sanitizeSignals, STRING_KEYS, LIST_KEYS } from "../../extension/background/signals.js";

const rules = engine.rules();

/** RULES as the content script sees it: tools/gen-rules.mjs run as the build runs it. */
function generatedRules() {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "omamori-rules-"));
  execFileSync(process.execPath, ["tools/gen-rules.mjs", out, PKG_DIR], { stdio: "pipe" });
  const source = fs.readFileSync(path.join(out, "content", "rules.js"), "utf8");
  assert.match(source, /^const RULES = Object\.freeze\(/m);
  return vm.runInNewContext(`${source}\nRULES`);
}

const isDeepFrozen = (v) =>
  v === null || typeof v !== "object" || (Object.isFrozen(v) && Object.values(v).every(isDeepFrozen));

test("rules.js holds exactly the engine's rules(), frozen all the way down", () => {
  const RULES = generatedRules();
  assert.deepEqual(JSON.parse(JSON.stringify(RULES)), rules);
  assert.ok(isDeepFrozen(RULES));
});

test("rules() has the documented shape", () => {
  for (const key of ["limits", "field_kinds", "credential_kinds", "signin_words", "password_hints", "copyright_hints"]) {
    assert.ok(key in rules, key);
  }
  for (const key of STRING_KEYS) assert.equal(typeof rules.limits[key], "number", key);
  for (const key of LIST_KEYS) assert.equal(rules.limits[key].length, 2, key);
  for (const key of ["scan_inputs", "scan_links", "scan_images", "scan_text_nodes", "page_text", "message_chars", "url_chars", "visual_side", "visual_images", "visual_budget_px", "visual_regions", "visual_wait_ms", "visual_wait_data_ms", "visual_svg_chars", "visual_work_ms", "paint_hold_ms", "settle_ms"]) {
    assert.ok(Number.isInteger(rules.limits[key]) && rules.limits[key] > 0, key);
  }
  assert.ok(rules.signin_words.includes("ログイン") && rules.signin_words.includes("sign in"));
});

/** Input longer than any bound in `limits`, for every key. */
function hostile(limits) {
  const s = { fields: {} };
  for (const key of STRING_KEYS) s[key] = "x".repeat(limits[key] + 10);
  for (const key of LIST_KEYS) s[key] = Array(limits[key][0] + 10).fill("y".repeat(limits[key][1] + 10));
  for (const kind of rules.field_kinds) s.fields[kind] = limits.field_count + 5;
  return s;
}

function assertCapped(out, limits, kinds) {
  for (const key of STRING_KEYS) assert.equal(out[key].length, limits[key], key);
  for (const key of LIST_KEYS) {
    assert.equal(out[key].length, limits[key][0], key);
    assert.ok(out[key].every((x) => x.length === limits[key][1]), key);
  }
  assert.deepEqual(Object.keys(out.fields), kinds);
  for (const kind of kinds) assert.equal(out.fields[kind], limits.field_count, kind);
}

test("sanitizeSignals caps with exactly rules().limits and rules().field_kinds", () => {
  assertCapped(sanitizeSignals(hostile(rules.limits), rules), rules.limits, rules.field_kinds);
});

test("sanitizeSignals has no bounds of its own: other limits give other caps", () => {
  const limits = structuredClone(rules.limits);
  for (const key of STRING_KEYS) limits[key] = 3;
  for (const key of LIST_KEYS) limits[key] = [2, 4];
  limits.field_count = 7;
  const other = { ...rules, limits, field_kinds: ["password", "card"] };
  assertCapped(sanitizeSignals(hostile(limits), other), limits, ["password", "card"]);
});

test("the engine applies the same caps to what it is sent", () => {
  const e = new engine.Engine({});
  const big = hostile(rules.limits);
  // The same verdict for over-long input and for input cut to the limits: the engine cut it too.
  const url = "https://hgfxc.example.cn/";
  big.title = "Amazonサインイン" + " ".repeat(rules.limits.title) + "Amazon";
  const a = e.checkPage({ url, signals: big });
  const b = e.checkPage({ url, signals: sanitizeSignals(big, rules) });
  assert.deepEqual(a, b);
  e.free();
});

test("the generated omamori.d.ts types name exactly the keys rules() has", () => {
  const dts = fs.readFileSync(path.join(PKG_DIR, "omamori.d.ts"), "utf8");
  const keysOf = (name) => {
    const body = dts.match(new RegExp(`export interface ${name} \\{([^}]*)\\}`))?.[1];
    assert.ok(body, `interface ${name} in omamori.d.ts`);
    return [...body.matchAll(/(\w+):/g)].map((m) => m[1]).sort();
  };
  assert.deepEqual(keysOf("Limits"), Object.keys(rules.limits).sort());
  assert.deepEqual(keysOf("Rules"), Object.keys(rules).sort());
  const e = new engine.Engine({});
  assert.deepEqual(keysOf("AccountText"), Object.keys(e.accountText("https://www.amazon.co.jp/", "")).sort());
  e.free();
});
