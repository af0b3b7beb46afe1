import { test } from "node:test";
import assert from "node:assert/strict";
import { badgeFor, reasonKey, retailerName, statusOf, warns } from "../../extension/shared/verdict-view.js";

const name = { en: "Amazon", ja: "Amazon（アマゾン）" };

// [verdict, badge text, popup state, warns]: the badge and the popup follow the policy's actions only.
const CASES = [
  [{ verdict: "lookalike", severity: "high", trusted: false, actions: ["badge", "banner", "form-guard"] }, "!", "lookalike", true],
  [{ verdict: "lookalike", severity: "medium", trusted: false, actions: ["badge"] }, "?", "lookalike", true],
  [{ verdict: "lookalike", severity: "low", trusted: false, actions: ["badge"] }, "?", "lookalike", true],
  [{ verdict: "lookalike", severity: "high", trusted: true, actions: [] }, "", "trusted", false],
  [{ verdict: "lookalike", severity: "low", trusted: false, actions: [] }, "", "unrelated", false], // below the sensitivity
  [{ verdict: "official", actions: ["badge"] }, "✓", "official", false],
  [{ verdict: "official", actions: ["badge", "two-step-reminder"] }, "✓", "official", false],
  [{ verdict: "unrelated", actions: [] }, "", "unrelated", false],
  [{ verdict: "invalid", actions: [] }, "", "unchecked", false],
  [null, "", "unchecked", false],
];

test("badge, popup state and warning per verdict", () => {
  for (const [verdict, badge, state, warning] of CASES) {
    const label = JSON.stringify(verdict);
    assert.equal(badgeFor(verdict).text, badge, `badge of ${label}`);
    assert.equal(statusOf(verdict), state, `state of ${label}`);
    assert.equal(warns(verdict), warning, `warns for ${label}`);
  }
});

test("a protected password typed on the page gives the red badge whatever the verdict", () => {
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
