// Protected-password state and decisions (extension/shared/password-state.js), as tables.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  OTP_AFTER_SIGNIN_MS, SIGNIN_WINDOW_MS, applicable, emptyPasswords, forget, learn, printList, setConsent, setMine,
  signinRetailer, signinSucceeded, validatePasswords, watchOtp,
} from "../../extension/shared/password-state.js";

const PRINT = { salt: "0f".repeat(16), hash: 123456789, length: 12 };
const RETAILERS = [
  { id: "amazon", domains: ["amazon.co.jp", "amazon.com"] },
  { id: "rakuten", domains: ["rakuten.co.jp"] },
];

test("validatePasswords drops malformed entries and fingerprints the user refused", () => {
  const raw = {
    prints: {
      amazon: { ...PRINT, learned: 5 },
      rakuten: { ...PRINT, salt: "zz" },
      "Bad Id": PRINT,
      mercari: { ...PRINT, hash: -1 },
      yahoo_japan: { ...PRINT, length: 999 },
      zozo: PRINT,
    },
    consent: { amazon: "yes", zozo: "no", rakuten: "maybe" },
    mine: ["b.example", "a.example", "a.example", "not a domain", 7],
  };
  assert.deepEqual(validatePasswords(raw), {
    schema: 1,
    prints: { amazon: { ...PRINT, learned: 5 } },
    consent: { amazon: "yes", zozo: "no" },
    mine: ["a.example", "b.example"],
  });
  for (const junk of [null, undefined, 7, "x", [], { prints: [] }]) assert.deepEqual(validatePasswords(junk), emptyPasswords());
});

test("learning needs consent; refusing forgets", () => {
  let s = emptyPasswords();
  assert.equal(learn(s, "amazon", PRINT, 1), s, "no consent yet: nothing learned");
  s = setConsent(s, "amazon", "yes");
  s = learn(s, "amazon", PRINT, 1);
  assert.deepEqual(s.prints.amazon, { ...PRINT, learned: 1 });
  s = setConsent(s, "amazon", "no");
  assert.deepEqual(s.prints, {});
  assert.equal(s.consent.amazon, "no");
  s = setConsent(s, "amazon", null);
  assert.deepEqual(s.consent, {});
});

test("the change-password page of the marketplace signed in on is kept, only as an https URL", () => {
  const s = setConsent(emptyPasswords(), "amazon", "yes");
  const table = [
    ["https://www.amazon.co.jp/ax/account/manage", "https://www.amazon.co.jp/ax/account/manage"],
    ["http://www.amazon.co.jp/ax/account/manage", undefined],
    ["javascript:alert(1)", undefined],
    [`https://www.amazon.co.jp/${"x".repeat(400)}`, undefined],
    [null, undefined],
  ];
  for (const [url, want] of table) {
    const learned = learn(s, "amazon", PRINT, 1, url);
    assert.equal(learned.prints.amazon.change_url, want, String(url));
    assert.equal(validatePasswords(learned).prints.amazon.change_url, want, `stored ${url}`);
  }
  assert.equal(validatePasswords({ prints: { amazon: { ...PRINT, change_url: "data:text/html,x" } } }).prints.amazon.change_url, undefined);
});

test("forget one or all", () => {
  let s = setConsent(setConsent(emptyPasswords(), "amazon", "yes"), "rakuten", "yes");
  s = learn(learn(s, "amazon", PRINT, 1), "rakuten", PRINT, 2);
  assert.deepEqual(Object.keys(forget(s, "amazon").prints), ["rakuten"]);
  assert.deepEqual(forget(s).prints, {});
  assert.deepEqual(printList(s).map((x) => x.retailer), ["amazon", "rakuten"]);
});

test("which fingerprints apply on a page", () => {
  const list = [{ retailer: "amazon" }, { retailer: "rakuten" }];
  const table = [
    // [registrable domain, mine, expected indices]
    ["unrelated-shop.test", [], [0, 1]],
    ["amazon.co.jp", [], [1]], // Amazon's own sign-in domain: its password is at home there
    ["amazon.com", [], [1]],
    ["rakuten.co.jp", [], [0]],
    ["amaz0n-co-jp.test", [], [0, 1]], // a lookalike is not Amazon
    ["myshop.example", ["myshop.example"], []], // the user's own site: reuse allowed on purpose
    [null, [], []],
  ];
  for (const [domain, mine, want] of table) assert.deepEqual(applicable(list, RETAILERS, domain, mine), want, String(domain));
});

test("setMine keeps a sorted set of domains", () => {
  let s = setMine(emptyPasswords(), "b.example", true);
  s = setMine(setMine(s, "a.example", true), "a.example", true);
  assert.deepEqual(s.mine, ["a.example", "b.example"]);
  assert.deepEqual(setMine(s, "a.example", false).mine, ["b.example"]);
  assert.equal(setMine(s, "javascript:alert(1)", true), s);
});

test("a sign-in succeeded when the next page is the same retailer's official page, not the sign-in again", () => {
  const pending = { retailer: "amazon", at: 1000 };
  const v = (verdict, retailer, page_kind) => ({ verdict, retailer, page_kind });
  const table = [
    [v("official", "amazon", "account"), 2000, true],
    [v("official", "amazon", "other"), 2000, true],
    [v("official", "amazon", "signin"), 2000, false], // wrong password: the sign-in page again
    [v("official", "rakuten", "account"), 2000, false],
    [v("lookalike", "amazon", null), 2000, false],
    [v("unrelated", null, null), 2000, false],
    [v("official", "amazon", "account"), 1000 + SIGNIN_WINDOW_MS + 1, false], // too late
  ];
  for (const [verdict, now, want] of table) assert.equal(signinSucceeded(pending, verdict, now), want, JSON.stringify([verdict, now]));
  assert.equal(signinSucceeded(null, v("official", "amazon", "account"), 2000), false);
  assert.equal(signinRetailer(v("official", "amazon", "signin")), "amazon");
  assert.equal(signinRetailer(v("official", "amazon", "account")), null);
  assert.equal(signinRetailer(v("official", "user:mybank.example", "signin")), null);
});

test("one-time codes are watched on flagged pages and on foreign pages right after a retailer sign-in", () => {
  const look = { verdict: "lookalike", trusted: false };
  const trusted = { verdict: "lookalike", trusted: true };
  const official = { verdict: "official" };
  const unrelated = { verdict: "unrelated" };
  const recent = { retailer: "amazon", at: 0 };
  const table = [
    [{ tabRecord: look, frameVerdict: look, pending: null, now: 0 }, "any"],
    [{ tabRecord: look, frameVerdict: unrelated, pending: null, now: 0 }, "any"], // iframe on a flagged tab
    [{ tabRecord: unrelated, frameVerdict: look, pending: null, now: 0 }, "any"],
    [{ tabRecord: trusted, frameVerdict: trusted, pending: null, now: 0 }, null],
    [{ tabRecord: unrelated, frameVerdict: unrelated, pending: null, now: 0 }, null],
    [{ tabRecord: unrelated, frameVerdict: unrelated, pending: recent, now: 60_000 }, "code-fields"],
    [{ tabRecord: unrelated, frameVerdict: unrelated, pending: recent, now: OTP_AFTER_SIGNIN_MS + 1 }, null],
    [{ tabRecord: official, frameVerdict: official, pending: recent, now: 60_000 }, null], // the retailer's own code step
  ];
  for (const [input, want] of table) assert.equal(watchOtp(input), want, JSON.stringify(input));
});
