import { test } from "node:test";
import assert from "node:assert/strict";
import engine from "./engine.mjs";
import { sanitizeSignals } from "../../extension/background/signals.js";

const rules = engine.rules();

test("hostile signals are rebuilt from known keys and capped", () => {
  const s = sanitizeSignals({
    title: "x".repeat(10_000), lang: { evil: 1 }, headings: Array(100).fill("h".repeat(500)),
    text: "t".repeat(100_000), fields: { password: 3, email: -1, tel: 2.5, evil: 9 }, img_hosts: Array(100).fill("a.test"),
    signin_form: "yes", __proto__: { polluted: true }, extra: "dropped",
  }, rules);
  assert.equal(s.title.length, rules.limits.title);
  assert.equal(s.lang, "");
  assert.equal(s.headings.length, 20);
  assert.equal(s.headings[0].length, 200);
  assert.equal(s.text.length, 4000);
  assert.deepEqual(s.fields, { email: 0, tel: 0, password: 3, otp: 0, card: 0, text: 0 });
  assert.equal(s.img_hosts.length, 30);
  assert.equal(s.signin_form, false);
  assert.equal("extra" in s, false);
  assert.equal(s.polluted, undefined);
});

test("every documented key is present for empty input", () => {
  const s = sanitizeSignals(undefined, rules);
  for (const key of ["title", "lang", "og_site_name", "headings", "text", "copyright", "img_alts", "buttons", "fields",
    "form_action_hosts", "signin_action_hosts", "img_hosts", "css_hosts", "script_hosts", "favicon_hosts", "link_hosts", "source_hosts", "page_hosts", "local_paths", "form_ids", "app_name", "signin_form"]) {
    assert.ok(key in s, key);
  }
});
