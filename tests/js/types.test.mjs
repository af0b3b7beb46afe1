// extension/types/verdict.d.ts is hand-written from docs/api.md (the stable API): the Verdict fields,
// reason kinds and actions it declares must be exactly the documented ones.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";

const repo = new URL("../../", import.meta.url);
const read = (p) => fs.readFileSync(new URL(p, repo), "utf8");
const api = read("docs/api.md");
const dts = read("extension/types/verdict.d.ts");

/** The markdown section that starts with `heading` (up to the next heading of any level). */
const section = (heading) => api.split(heading)[1].split(/\n#{2,3} /)[0];
/** The string literals of `export type NAME = "a" | "b" …;` in the .d.ts. */
const union = (name) => {
  const m = dts.match(new RegExp(`export type ${name} =([^;]*);`));
  assert.ok(m, `type ${name} in verdict.d.ts`);
  return [...m[1].matchAll(/"([a-z-]+)"/g)].map((x) => x[1]).sort();
};
/** Field names of `export interface NAME { … }` in the .d.ts. */
const fields = (name) => {
  const m = dts.match(new RegExp(`export interface ${name} \\{([^}]*)\\}`));
  assert.ok(m, `interface ${name} in verdict.d.ts`);
  return [...m[1].matchAll(/^\s+([a-z_]+)\??:/gm)].map((x) => x[1]).sort();
};

test("Verdict fields = the table under 'Verdict object'", () => {
  const documented = [...section("## Verdict object").matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]).sort();
  assert.ok(documented.length >= 15);
  assert.deepEqual(fields("Verdict"), documented);
});

test("Reason fields = the table under '### Reason'", () => {
  const documented = [...section("### Reason\n").matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]).sort();
  assert.deepEqual(fields("Reason"), documented);
});

test("ReasonKind = the reason kinds table", () => {
  const documented = [...section("### Reason kinds").matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort();
  assert.deepEqual(union("ReasonKind"), documented);
});

test("Action = the documented actions", () => {
  const documented = [...section("### Action").matchAll(/`([a-z-]+)`/g)].map((m) => m[1]).sort();
  assert.deepEqual(union("Action"), documented);
});

test("PageSignals fields = the documented page signals", () => {
  const block = section("### Page signals").split("```json")[1].split("```")[0].replace(/"fields": \{[^}]*\}/, '"fields": 0');
  const documented = [...block.matchAll(/"([a-z_]+)":/g)].map((m) => m[1]).sort();
  assert.ok(documented.length >= 16);
  assert.deepEqual(fields("PageSignals"), documented);
});

test("the background's signal sanitiser keeps every documented page signal", async () => {
  const { STRING_KEYS, LIST_KEYS } = await import("../../extension/background/signals.js");
  const block = section("### Page signals").split("```json")[1].split("```")[0].replace(/"fields": \{[^}]*\}/, '"fields": 0');
  const documented = [...block.matchAll(/"([a-z_]+)":/g)].map((m) => m[1]).sort();
  assert.deepEqual([...STRING_KEYS, ...LIST_KEYS, "fields", "signin_form"].sort(), documented);
});
