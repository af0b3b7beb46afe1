// Every visible string exists in English and Japanese, with a description; every key the code
// uses exists; every reason kind of the core's API has its string (rule: reason_ + kind, - → _).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { reasonKey } from "../../extension/shared/verdict-view.js";

const ext = new URL("../../extension/", import.meta.url);
const read = (p, base = ext) => fs.readFileSync(new URL(p, base), "utf8");
const LANGS = ["en", "ja"];
const messages = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(read(`_locales/${l}/messages.json`))]));

function sourceFiles(dir = "") {
  const out = [];
  for (const e of fs.readdirSync(new URL(dir || ".", ext), { withFileTypes: true })) {
    const p = `${dir}${e.name}`;
    if (e.isDirectory() && !["pkg", "_locales", "icons"].includes(e.name)) out.push(...sourceFiles(`${p}/`));
    else if (/\.(js|html)$/.test(e.name)) out.push(p);
  }
  return out;
}

/** Reason kinds from the table under "### Reason kinds" in docs/api.md. */
function apiReasonKinds() {
  const doc = read("../docs/api.md");
  const section = doc.split("### Reason kinds")[1].split("\n### ")[0];
  return [...section.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
}

test("both languages have the same keys", () => {
  assert.deepEqual(Object.keys(messages.ja).sort(), Object.keys(messages.en).sort());
});

test("every entry has a non-empty message and description, and consistent placeholders", () => {
  for (const lang of LANGS) {
    for (const [key, entry] of Object.entries(messages[lang])) {
      assert.match(key, /^[a-z][a-z0-9_]*$/, `${lang}:${key} key shape`);
      assert.ok(typeof entry.message === "string" && entry.message.trim(), `${lang}:${key} message`);
      assert.ok(typeof entry.description === "string" && entry.description.trim(), `${lang}:${key} description`);
      const used = new Set([...entry.message.matchAll(/\$([A-Z_]+)\$/g)].map((m) => m[1].toLowerCase()));
      const declared = new Set(Object.keys(entry.placeholders ?? {}));
      assert.deepEqual([...used].sort(), [...declared].sort(), `${lang}:${key} placeholders`);
      const other = messages[lang === "en" ? "ja" : "en"][key];
      assert.deepEqual(Object.keys(other.placeholders ?? {}).sort(), [...declared].sort(), `${key} placeholders agree`);
    }
  }
});

test("Japanese strings are Japanese", () => {
  const latinOnly = Object.entries(messages.ja).filter(([k, e]) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(e.message));
  // Only brand-like strings may stay Latin.
  assert.deepEqual(latinOnly.map(([k]) => k), []);
});

test("every __MSG_x__ in the manifest exists", () => {
  const manifest = read("manifest.json");
  const keys = [...manifest.matchAll(/__MSG_([A-Za-z0-9_]+)__/g)].map((m) => m[1]);
  assert.ok(keys.length >= 3);
  for (const key of keys) for (const lang of LANGS) assert.ok(messages[lang][key], `${lang}: ${key}`);
  assert.equal(JSON.parse(manifest).default_locale, "en");
});

const PREFIXES = /^(ext|action|title|banner|guard|reason|popup|options|note|reminder|assist|recovery|checklist|password|warning|report|tour)_[a-z0-9_]+$/;
function usedKeys() {
  const used = new Map();
  for (const file of sourceFiles()) {
    const src = read(file);
    if (file.endsWith(".html")) for (const m of src.matchAll(/data-i18n="([^"]+)"/g)) used.set(m[1], file);
    if (file.endsWith(".html")) for (const m of src.matchAll(/data-i18n-attr="([^"]+)"/g)) {
      for (const pair of m[1].split(",")) used.set(pair.split(":")[1].trim(), file);
    }
    for (const m of src.matchAll(/["'`]([a-z][a-z0-9_]+)["'`]/g)) if (PREFIXES.test(m[1])) used.set(m[1], file);
  }
  return used;
}

test("every locale key used in JS and HTML exists in both languages", () => {
  const used = usedKeys();
  assert.ok(used.size > 40, `found ${used.size} keys`);
  for (const [key, file] of used) for (const lang of LANGS) assert.ok(messages[lang][key], `${lang}: ${key} (${file})`);
});

test("every reason kind in docs/api.md has a string (reason_ + kind, - → _)", () => {
  const kinds = apiReasonKinds();
  assert.ok(kinds.length >= 13, `found ${kinds.length} kinds`);
  for (const kind of kinds) for (const lang of LANGS) assert.ok(messages[lang][reasonKey(kind)], `${lang}: ${reasonKey(kind)}`);
});

test("no unused strings", () => {
  const used = usedKeys();
  const manifest = read("manifest.json");
  const reasons = new Set(apiReasonKinds().map(reasonKey));
  const unused = Object.keys(messages.en).filter((k) => !used.has(k) && !manifest.includes(`__MSG_${k}__`) && !reasons.has(k));
  assert.deepEqual(unused, []);
});

// ---- Japanese house style (a native product editor's rules, checked on every ja string) ----------

const JP = "\\u3000-\\u30ff\\u4e00-\\u9fff\\uff00-\\uffef"; // kana, kanji, full-width forms and punctuation
const STYLE = [
  ["an ASCII colon (use 「：」)", /:/],
  ["a half-width space next to a $PLACEHOLDER$", /[ ]\$[A-Z_]+\$|\$[A-Z_]+\$[ ]/],
  ["a half-width space next to Japanese text", new RegExp(`[${JP}] | [${JP}]`)],
  ["an ASCII ! or ? after Japanese (use 「！」「？」)", new RegExp(`[${JP}][!?]`)],
  ["a katakana gloss after a Latin name (Amazon（アマゾン）)", /[A-Za-z][A-Za-z0-9!.' ]*[（(][\u30a0-\u30ff・ー]+[）)]/],
  ["本物 (say 公式サイト)", /本物/],
  ["オンにしましょう (say 有効にする)", /オンにしましょう/],
  ["jargon (ハッシュ, ソルト, パス部分)", /ハッシュ|ソルト|パス部分/],
];

/** The style problems of one ja string: [what, excerpt]. */
export function jaStyleProblems(/** @type {string} */ text) {
  return STYLE.filter(([, re]) => re.test(text)).map(([what, re]) => [what, text.match(re)?.[0]]);
}

test("the house-style rules catch what they are meant to (and pass good text)", () => {
  for (const bad of [
    "お守り: $RETAILER$を装った", "このページは $RETAILER$を装った", "$RETAILER$ を装った", "アドレスバーの URL をご確認",
    "ログインできませんか?", "Amazon（アマゾン）", "PayPal(ペイパル)を装った", "本物のサイトへ", "2段階認証をオンにしましょう",
    "ソルト付きハッシュだけを保存",
  ]) assert.ok(jaStyleProblems(bad).length > 0, `not caught: ${bad}`);
  for (const good of ["お守り：$RETAILER$を装った偽サイト", "Yahoo! JAPANなど", "例：mybank.co.jp", "ログインできませんか？", "数字だけのアドレス（$HOST$）"]) {
    assert.deepEqual(jaStyleProblems(good), [], good);
  }
});

test("Japanese strings follow the house style", () => {
  const problems = Object.entries(messages.ja).flatMap(([key, e]) => jaStyleProblems(e.message).map((p) => `${key}: ${p[0]} «${p[1]}»`));
  assert.deepEqual(problems, []);
});

test("the catalog's Japanese retailer names are written as the retailers write them (no glosses)", () => {
  const toml = read("../src/catalog/retailers.toml");
  const names = [...toml.matchAll(/^name_ja = "([^"]*)"$/gm)].map((m) => m[1]);
  assert.ok(names.length >= 25, `found ${names.length} names`);
  // Brands keep their own spacing (au PAY マーケット) and a service name in brackets
  // (三井住友カード（Vpass）); what goes is a katakana reading after a Latin name.
  const gloss = STYLE.find(([what]) => what.startsWith("a katakana gloss"))[1];
  assert.deepEqual(names.filter((n) => gloss.test(n) || /本物/.test(n)), []);
  assert.ok(gloss.test("Amazon（アマゾン）") && gloss.test("Yahoo! JAPAN（ヤフー）") && !gloss.test("三井住友カード（Vpass）"));
  for (const name of ["Amazon", "楽天", "メルカリ"]) assert.ok(names.includes(name), name);
});
