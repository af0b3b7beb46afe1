// The content script (a classic script) repeats the content-script message kinds; they must agree
// with platform/messages.js. Also: the background only ever reads/writes the keys it declares.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { FROM_CONTENT, FROM_EXTENSION, MSG, KEYS } from "../../extension/platform/messages.js";

const root = new URL("../../extension/", import.meta.url);
const read = (p) => fs.readFileSync(new URL(p, root), "utf8");

test("content script's MSG copy equals FROM_CONTENT", () => {
  const src = read("content/messaging.js");
  const m = src.match(/const MSG = Object\.freeze\((\{[^}]*\})\);/);
  assert.ok(m, "const MSG = Object.freeze({…}) in content/messaging.js");
  const copy = Function(`return (${m[1]})`)();
  assert.deepEqual(copy, { ...FROM_CONTENT });
});

test("message kinds are unique and kebab-case", () => {
  const kinds = Object.values(MSG);
  assert.equal(new Set(kinds).size, kinds.length);
  assert.equal(Object.keys(FROM_CONTENT).length + Object.keys(FROM_EXTENSION).length, kinds.length);
  for (const k of kinds) assert.match(k, /^[a-z]+(-[a-z]+)*$/);
});

test("storage keys", () => {
  assert.equal(KEYS.verdict(12), "verdict:12");
  assert.equal(KEYS.warning(12), "warning:12");
  assert.equal(KEYS.allow(12), "allow:12");
  assert.equal("ui" in KEYS, false, "no test-only ui mirror");
  assert.equal(Object.values(MSG).includes("ui-state"), false, "no test-only ui-state channel");
  assert.equal(Object.values(FROM_CONTENT).includes("trust-site"), false, "a page click can never trust a site");
  assert.equal(KEYS.settings, "settings");
});

test("only platform/browser.js touches chrome/browser in the extension's modules", () => {
  const files = [];
  const walk = (dir) => {
    for (const e of fs.readdirSync(new URL(dir, root), { withFileTypes: true })) {
      const p = `${dir}${e.name}`;
      if (e.isDirectory() && e.name !== "pkg" && e.name !== "_locales") walk(`${p}/`);
      else if (e.name.endsWith(".js")) files.push(p);
    }
  };
  walk("");
  for (const f of files) {
    if (f === "platform/browser.js" || f === "content/messaging.js") continue;
    if (f === "content/password-alert.js" || f === "content/password-watch.js") continue; // checked in password-messages.test.mjs
    const src = read(f).replace(/\/\/.*$/gm, "");
    assert.doesNotMatch(src, /\b(chrome|browser)\.(runtime|storage|tabs|action|i18n|webNavigation)\b/, f);
    assert.doesNotMatch(src, /globalThis\.(chrome|browser)\b/, f);
  }
  // The content scripts have exactly one access point.
  assert.equal((read("content/messaging.js").match(/globalThis\)\.(browser|chrome)/g) ?? []).length, 2);
});

test("every message kind has exactly one background handler, in a module of its trust group", () => {
  const dir = new URL("background/", root);
  const sources = fs.readdirSync(dir).filter((f) => f.endsWith(".js")).map((f) => [f, read(`background/${f}`)]);
  for (const [group, kinds] of [["FROM_CONTENT", FROM_CONTENT], ["FROM_EXTENSION", FROM_EXTENSION]]) {
    for (const name of Object.keys(kinds)) {
      const where = sources.filter(([, src]) => src.includes(`[${group}.${name}](`)).map(([f]) => f);
      assert.equal(where.length, 1, `${group}.${name} handled in ${JSON.stringify(where)}`);
    }
    for (const [f, src] of sources) {
      for (const m of src.matchAll(new RegExp(`\\[${group}\\.([A-Za-z]+)\\]\\(`, "g"))) {
        assert.ok(m[1] in kinds, `${f}: ${group}.${m[1]} is not a message kind`);
      }
    }
  }
  // The dispatcher routes each module's `fromContent` handlers only after checking the sender is a web page tab.
  assert.doesNotMatch(read("background/page-handlers.js"), /FROM_CONTENT|fromContent/);
  assert.doesNotMatch(read("background/content-handlers.js"), /FROM_EXTENSION|fromExtension/);
});
