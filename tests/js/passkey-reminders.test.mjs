// Issue 12, items 5–7: passkey first, reminders only when signed in, the recovery offer asks to check
// the address first (extension/shared/reminders.js, takeover.js), as tables.
import { test } from "node:test";
import assert from "node:assert/strict";
import { DAY_MS, emptySecurity, recordAnswer, reminderPlan, signedInReminderDecision } from "../../extension/shared/reminders.js";
import { assistFlow } from "../../extension/background/takeover.js";

const PASSKEY = "https://www.amazon.co.jp/ax/account/manage";
const TWO_STEP = "https://www.amazon.co.jp/a/settings/approval";
const v = (page_kind, extra = {}) => ({ verdict: "official", retailer: "amazon", page_kind, two_step_url: TWO_STEP, passkey_url: PASSKEY, ...extra });
const ON = { enabled: true, interval_days: 7 };

test("a passkey is recommended where the marketplace has one, else two-step verification", () => {
  assert.deepEqual(
    [reminderPlan(v("account")).kind, reminderPlan(v("account")).url, reminderPlan(v("account")).button_key],
    ["passkey", PASSKEY, "reminder_open_passkey"]);
  const noPasskey = reminderPlan(v("account", { passkey_url: null }));
  assert.deepEqual([noPasskey.kind, noPasskey.url, noPasskey.button_key], ["two-step", TWO_STEP, "reminder_open"]);
  assert.equal(reminderPlan(v("account", { passkey_url: "http://insecure.example/", two_step_url: null })), null);
  assert.equal(reminderPlan(null), null);
});

test("the reminder shows only when signed in, never over the sign-in form", () => {
  const s = emptySecurity();
  const table = [
    [v("signin"), {}, false],
    [v("signin"), { signedIn: true }, false],
    [v("account"), {}, true],
    [v("other"), {}, false],
    [v("other"), { signedIn: true }, true], // right after a successful sign-in
    [{ ...v("account"), verdict: "lookalike" }, { signedIn: true }, false],
    [v("account", { passkey_url: null, two_step_url: null }), {}, false],
  ];
  for (const [verdict, opts, want] of table) {
    assert.equal(signedInReminderDecision(s, verdict, ON, 0, opts), want, JSON.stringify([verdict.page_kind, opts]));
  }
  assert.equal(signedInReminderDecision(s, v("account"), { enabled: false }, 0), false);
});

test("'reminded' means the user answered: drawing it changes nothing, an answer starts the interval", () => {
  let s = emptySecurity();
  assert.equal(signedInReminderDecision(s, v("account"), ON, 0), true);
  assert.equal(signedInReminderDecision(s, v("account"), ON, 1000), true, "shown but not answered: still due");
  s = recordAnswer(s, "amazon", "later", 1000);
  assert.equal(signedInReminderDecision(s, v("account"), ON, 1000 + 6 * DAY_MS), false);
  assert.equal(signedInReminderDecision(s, v("account"), ON, 1000 + 7 * DAY_MS), true);
  s = recordAnswer(s, "amazon", "on", 2000);
  assert.equal(signedInReminderDecision(s, v("account"), ON, 100 * DAY_MS), false);
});

test("the recovery offer asks to check the address before the takeover steps", () => {
  assert.deepEqual(assistFlow(["no-account"]).map((x) => x.step), ["check-email", "takeover"]);
  assert.equal(assistFlow(["no-account"])[1].body_key, "assist_body_no_account");
  assert.deepEqual(assistFlow(["unfamiliar-email"]).map((x) => x.step), ["takeover"]);
  assert.equal(assistFlow(["unfamiliar-email"])[0].body_key, "assist_body_email");
  assert.deepEqual(assistFlow(["no-account", "unfamiliar-email"]).map((x) => x.step), ["takeover"]);
  assert.deepEqual(assistFlow([]), []);
  assert.deepEqual(assistFlow(null), []);
});
