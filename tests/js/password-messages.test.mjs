// The protected-password content scripts (classic scripts) repeat the message kinds they use; they
// must agree with shared/password-messages.js. Each has exactly one access point to the extension API.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { PW_FROM_CONTENT, PW_FROM_EXTENSION, PW_TO_CONTENT } from "../../extension/shared/password-messages.js";
import { MSG } from "../../extension/platform/messages.js";

const read = (p) => fs.readFileSync(new URL(`../../extension/${p}`, import.meta.url), "utf8");
const copyOf = (file) => {
  const m = read(file).match(/const MSG = (\{[^}]*\});/);
  assert.ok(m, `const MSG = {…} in ${file}`);
  return Function(`return (${m[1]})`)();
};

test("content-script copies name the same kinds as shared/password-messages.js", () => {
  // password-alert.js also reports how its alert fares with the banner's message (protection.js).
  const known = { ...PW_FROM_CONTENT, ...PW_TO_CONTENT, uiReport: MSG.uiReport };
  for (const file of ["content/password-watch.js", "content/password-alert.js"]) {
    const copy = copyOf(file);
    assert.ok(Object.keys(copy).length >= 4, file);
    for (const [k, v] of Object.entries(copy)) assert.equal(v, known[k], `${file}: ${k}`);
  }
});

test("kinds are unique, kebab-case and do not collide with the other message kinds", () => {
  const kinds = [...Object.values(PW_FROM_CONTENT), ...Object.values(PW_FROM_EXTENSION), ...Object.values(PW_TO_CONTENT)];
  assert.equal(new Set(kinds).size, kinds.length);
  for (const k of kinds) assert.match(k, /^[a-z]+(-[a-z]+)*$/);
  for (const k of kinds) assert.ok(!Object.values(MSG).includes(k), k);
});

test("each password content script has one access point to the extension API", () => {
  for (const file of ["content/password-watch.js", "content/password-alert.js"]) {
    assert.equal((read(file).match(/globalThis\.(browser|chrome)\b/g) ?? []).length, 2, file);
  }
});

test("the watch never logs or stores what is typed", () => {
  const src = read("content/password-watch.js").replace(/\/\/.*$/gm, "");
  assert.doesNotMatch(src, /console\.|localStorage|sessionStorage|storage\.(local|session)|indexedDB/);
  const bg = read("background/password-alert.js").replace(/\/\/.*$/gm, "");
  // The background logs only errors without the message's content.
  for (const m of bg.matchAll(/console\.\w+\(([^;]*)\);/g)) assert.doesNotMatch(m[1], /typed|password\b|message/, m[0]);
});
