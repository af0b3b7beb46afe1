import { test } from "node:test";
import assert from "node:assert/strict";
import { badgeFor, reasonKey, retailerName, statusOf } from "../../extension/shared/verdict-view.js";

const name = { en: "Amazon", ja: "Amazon（アマゾン）" };

test("badge per verdict", () => {
  assert.equal(badgeFor({ verdict: "lookalike", severity: "high", actions: ["badge", "banner"] }).text, "!");
  assert.equal(badgeFor({ verdict: "lookalike", severity: "medium", actions: ["badge"] }).text, "?");
  assert.equal(badgeFor({ verdict: "lookalike", severity: "low", actions: ["badge"] }).text, "?");
  assert.equal(badgeFor({ verdict: "lookalike", severity: "high", actions: [] }).text, "", "trusted / policy says no badge");
  assert.equal(badgeFor({ verdict: "official", actions: [] }).text, "✓");
  assert.equal(badgeFor({ verdict: "unrelated", actions: [] }).text, "");
  assert.equal(badgeFor(null).text, "");
  const reuse = [{ kind: "password-reuse", matched: "amazon.co.jp", brand: "amazon", detail: "unrelated-shop.test" }];
  assert.equal(badgeFor({ verdict: "unrelated", actions: [], reasons: reuse }).text, "!", "password typed on this page");
  assert.equal(badgeFor({ verdict: "unrelated", actions: [], reasons: [{ kind: "hosted-third-party" }] }).text, "");
});

test("reason locale keys", () => {
  assert.equal(reasonKey("tld-swap"), "reason_tld_swap");
  assert.equal(reasonKey("deceptive-userinfo"), "reason_deceptive_userinfo");
  assert.equal(reasonKey("official"), "reason_official");
});

test("retailer name in the UI language", () => {
  assert.equal(retailerName({ retailer_name: name }, "ja"), "Amazon（アマゾン）");
  assert.equal(retailerName({ retailer_name: name }, "en-US"), "Amazon");
  assert.equal(retailerName({ retailer: "amazon", retailer_name: null }, "ja"), "amazon");
});

test("popup states", () => {
  assert.equal(statusOf(null), "unchecked");
  assert.equal(statusOf({ verdict: "lookalike", trusted: false }), "lookalike");
  assert.equal(statusOf({ verdict: "lookalike", trusted: true }), "trusted");
  assert.equal(statusOf({ verdict: "official" }), "official");
  assert.equal(statusOf({ verdict: "unrelated" }), "unrelated");
  assert.equal(statusOf({ verdict: "invalid" }), "unchecked");
});
