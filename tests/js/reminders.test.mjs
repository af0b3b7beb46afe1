// The two-step reminder decision and the security state (extension/shared/reminders.js), with an
// injected clock, and the takeover signs (extension/background/takeover.js) with the account wording
// of the real engine (accountText: the catalog's per-retailer wording).
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  DAY_MS, checklist, clockOffset, emptySecurity, recordAnswer, recordTwoStepOn, recordVisit, reminderDecision,
  resetRetailer, retailerState, setEmailHash, shouldRemind, validateSecurity,
} from "../../extension/shared/reminders.js";
import { displayedEmails, hashEmail, newSalt, takeoverSigns } from "../../extension/background/takeover.js";
import engine from "./engine.mjs";

const wording = new engine.Engine({});
const SIGNIN = "https://www.amazon.co.jp/ap/signin";
const TWO_STEP = "https://www.amazon.co.jp/a/settings/approval";
const noAccount = (url, text) => wording.accountText(url, text).no_account;
const twoStepOn = (text, url = TWO_STEP) => wording.accountText(url, text).two_step_on;

const REM = { enabled: true, interval_days: 7 };
const T0 = Date.UTC(2025, 0, 1);
const official = (over = {}) => ({
  verdict: "official", retailer: "amazon", page_kind: "signin", actions: ["badge", "two-step-reminder"],
  two_step_url: "https://www.amazon.co.jp/a/settings/approval", ...over,
});

test("first visit reminds, then at most once per interval", () => {
  let clock = T0;
  const now = () => clock;
  let s = emptySecurity();
  let d = reminderDecision(s, official(), REM, now());
  assert.equal(d.show, true);
  s = d.state;
  assert.equal(retailerState(s, "amazon").last_reminded, T0);
  clock += 60_000;
  assert.equal(reminderDecision(s, official(), REM, now()).show, false, "not again on the next page");
  s = recordAnswer(s, "amazon", "later", now());
  assert.equal(retailerState(s, "amazon").two_step, "not-yet");
  clock += 6 * DAY_MS;
  assert.equal(reminderDecision(s, official(), REM, now()).show, false, "6 days later: still hidden");
  clock += 2 * DAY_MS;
  assert.equal(reminderDecision(s, official(), REM, now()).show, true, "8 days later: shown again");
});

test("'Already on' and the settings page stop reminders; reset brings them back", () => {
  let s = recordAnswer(emptySecurity(), "amazon", "on", T0);
  assert.equal(shouldRemind(s, "amazon", REM, T0 + 400 * DAY_MS), false);
  s = resetRetailer(s, "amazon");
  assert.equal(retailerState(s, "amazon").two_step, "unknown");
  assert.equal(shouldRemind(s, "amazon", REM, T0), true);
  s = recordTwoStepOn(s, "amazon");
  assert.equal(shouldRemind(s, "amazon", REM, T0), false);
});

test("no reminder when disabled, not official, no two-step-reminder action, or no https settings URL", () => {
  const s = emptySecurity();
  assert.equal(reminderDecision(s, official(), { enabled: false, interval_days: 7 }, T0).show, false);
  assert.equal(reminderDecision(s, official({ verdict: "lookalike" }), REM, T0).show, false);
  assert.equal(reminderDecision(s, official({ actions: ["badge"] }), REM, T0).show, false);
  assert.equal(reminderDecision(s, official({ two_step_url: "http://x.test/" }), REM, T0).show, false);
  assert.equal(reminderDecision(s, official({ retailer: "../x" }), REM, T0).show, false);
  assert.equal(shouldRemind(s, "amazon", { enabled: true, interval_days: 3 }, T0), true);
});

test("state is keyed by retailer and validated", () => {
  const s = validateSecurity({
    schema: 1,
    retailers: { amazon: { two_step: "bogus", last_reminded: -5, visited: "x", email_hash: "nothex", extra: 1 }, "Bad Id": {} },
  });
  assert.deepEqual(s, { schema: 1, retailers: { amazon: { two_step: "unknown", last_reminded: 0, visited: 0 } } });
  assert.deepEqual(validateSecurity("junk"), emptySecurity());
  assert.equal(clockOffset(8 * DAY_MS), 8 * DAY_MS);
  assert.equal(clockOffset("8"), 0);
  assert.equal(clockOffset(1e15), 400 * DAY_MS);
});

test("checklist lists visited retailers with catalog links, newest first", () => {
  const catalog = [
    { id: "amazon", name: { en: "Amazon", ja: "Amazon" }, two_step_url: "https://www.amazon.co.jp/a/settings/approval" },
    { id: "rakuten", name: { en: "Rakuten", ja: "楽天" }, two_step_url: "https://r.test/2sv" },
    { id: "mercari", name: { en: "Mercari", ja: "メルカリ" }, two_step_url: null },
  ];
  let s = recordVisit(emptySecurity(), "amazon", T0);
  s = recordVisit(s, "rakuten", T0 + 1);
  s = recordAnswer(s, "amazon", "on", T0);
  s = recordVisit(s, "unknown-shop", T0);
  const rows = checklist(s, catalog);
  assert.deepEqual(rows.map((r) => [r.id, r.two_step]), [["rakuten", "unknown"], ["amazon", "on"]]);
  assert.equal(rows[1].two_step_url, catalog[0].two_step_url);
});

test("email hash: salted SHA-256, never the email; set and remove", async () => {
  const salt = newSalt();
  assert.match(salt, /^[0-9a-f]{64}$/);
  const h = await hashEmail(" Me@Example.JP ", salt);
  assert.match(h, /^[0-9a-f]{64}$/);
  assert.equal(h, await hashEmail("me@example.jp", salt));
  assert.notEqual(h, await hashEmail("me@example.jp", newSalt()));
  assert.equal(await hashEmail("not an email", salt), null);
  let s = setEmailHash(emptySecurity(), "amazon", h);
  assert.equal(retailerState(s, "amazon").email_hash, h);
  assert.ok(!JSON.stringify(s).includes("example"));
  s = setEmailHash(s, "amazon", null);
  assert.equal(retailerState(s, "amazon").email_hash, undefined);
});

test("no-account wording: the retailer's own, on its own pages (engine.accountText)", () => {
  assert.equal(noAccount(SIGNIN, "問題が発生しました このEメールアドレスを持つアカウントが見つかりません"), true);
  assert.equal(noAccount(SIGNIN, "このＥメールアドレスを持つアカウントが見つかりません"), true, "full-width");
  assert.equal(noAccount(SIGNIN, "There was a problem We cannot find an account with that email address"), true);
  assert.equal(noAccount(SIGNIN, "Enter your email or mobile phone number"), false);
  assert.equal(noAccount(SIGNIN, "パスワードが正しくありません"), false);
  assert.equal(noAccount("https://jp.mercari.com/", "We cannot find an account with that email address"), false, "no wording for mercari");
  assert.equal(noAccount("https://amaz0n.co.jp/ap/signin", "このEメールアドレスを持つアカウントが見つかりません"), false, "not official");
});

test("two-step-on wording; negations never match", () => {
  for (const on of ["2段階認証が有効になっています", "２段階認証は有効です", "Two-Step Verification is enabled", "2-Step Verification: On", "2段階認証：設定済み"]) {
    assert.equal(twoStepOn(on), true, on);
  }
  for (const off of ["2段階認証が有効になっていません", "2段階認証を有効にする", "Two-Step Verification is not enabled",
    "Turn on Two-Step Verification", "2段階認証をオンにしましょう", "Two-Step Verification is on hold"]) {
    assert.equal(twoStepOn(off), false, off);
  }
  const page = (url) => wording.accountText(url, "").two_step_page;
  assert.equal(page("https://www.amazon.co.jp:8443/a/settings/approval?x=1"), true);
  assert.equal(page("https://www.amazon.co.jp/ap/signin"), false);
  assert.equal(page("http://www.amazon.co.jp/a/settings/approval"), false);
  assert.equal(twoStepOn("2段階認証は有効です", SIGNIN), false, "only on the two-step page");
});

test("takeover signs: unfamiliar displayed email by hash", async () => {
  const salt = newSalt();
  const mine = await hashEmail("me@example.jp", salt);
  const text = "パスワード other@attacker.test 変更";
  assert.deepEqual(displayedEmails(text), ["other@attacker.test"]);
  assert.deepEqual(await takeoverSigns({ noAccount: noAccount(SIGNIN, text), text, emailHash: mine, salt }), ["unfamiliar-email"]);
  assert.deepEqual(await takeoverSigns({ noAccount: false, text: "パスワード ME@example.jp", emailHash: mine, salt }), []);
  assert.deepEqual(await takeoverSigns({ noAccount: false, text, emailHash: null, salt }), [], "no email given: no check");
  assert.deepEqual(await takeoverSigns({ noAccount: noAccount(SIGNIN, "このEメールアドレスを持つアカウントが見つかりません"), text: "", emailHash: null, salt: null }), ["no-account"]);
});

test("a visit keeps the marketplace's own links (https only) for the checklist and recovery page", () => {
  const v = { two_step_url: "https://www.amazon.co.jp/a/settings/approval", help_url: "javascript:alert(1)" };
  const s = recordVisit(emptySecurity(), "amazon", T0, v);
  assert.equal(retailerState(s, "amazon").two_step_url, v.two_step_url);
  assert.equal(retailerState(s, "amazon").help_url, undefined);
  const rows = checklist(s, [{ id: "amazon", name: { en: "Amazon" }, two_step_url: "https://www.amazon.com/a/settings/approval", help_url: "https://www.amazon.com/help" }]);
  assert.equal(rows[0].two_step_url, v.two_step_url);
  assert.equal(rows[0].help_url, "https://www.amazon.com/help");
});
