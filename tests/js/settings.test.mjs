import { test } from "node:test";
import assert from "node:assert/strict";
import {
  SCHEMA, defaults, migrate, normalizeDomain, toEngineSettings, validate, withDomain,
} from "../../extension/shared/settings.js";

test("nothing stored → defaults, written back", () => {
  const { settings, changed } = migrate(undefined);
  assert.deepEqual(settings, defaults());
  assert.equal(settings.schema, SCHEMA);
  assert.equal(changed, true);
  assert.deepEqual(settings.reminder, { enabled: true, interval_days: 7 });
  assert.equal(settings.sensitivity, "normal");
});

test("corrupted values → defaults", () => {
  for (const bad of [null, 42, "settings", [1, 2], true]) {
    assert.deepEqual(migrate(bad).settings, defaults(), JSON.stringify(bad));
  }
});

test("a valid schema-1 object is unchanged and not rewritten", () => {
  const stored = {
    schema: 1, disabled_retailers: ["costco"], user_sites: ["mybank.example.jp"],
    trusted_domains: ["my-shop.test"], sensitivity: "high", reminder: { enabled: false, interval_days: 14 },
  };
  const { settings, changed } = migrate(structuredClone(stored));
  assert.deepEqual(settings, stored);
  assert.equal(changed, false);
});

test("schema 0 (unversioned camelCase) migrates to schema 1", () => {
  const { settings, changed } = migrate({
    disabledRetailers: ["mercari"], userSites: ["MyBank.Example.JP", "https://shop.example.com/login"],
    trusted: ["amaz0n-co-jp.test"], sensitivity: "low", reminderDays: 0,
  });
  assert.equal(changed, true);
  assert.deepEqual(settings, {
    schema: 1, disabled_retailers: ["mercari"], user_sites: ["mybank.example.jp", "shop.example.com"],
    trusted_domains: ["amaz0n-co-jp.test"], sensitivity: "low", reminder: { enabled: false, interval_days: 7 },
  });
  assert.deepEqual(migrate({ reminderDays: 30 }).settings.reminder, { enabled: true, interval_days: 30 });
});

test("schema 1 with bad fields is repaired field by field", () => {
  const { settings, changed } = migrate({
    schema: 1, disabled_retailers: ["ok", "NOT OK", 3, "ok"], user_sites: ["not a domain", "a.b.c"],
    trusted_domains: "x.test", sensitivity: "paranoid", reminder: { enabled: "yes", interval_days: 1000 }, extra: 1,
  });
  assert.equal(changed, true);
  assert.deepEqual(settings, {
    schema: 1, disabled_retailers: ["ok"], user_sites: ["a.b.c"], trusted_domains: [],
    sensitivity: "normal", reminder: { enabled: true, interval_days: 90 },
  });
});

test("a newer schema is read as far as it fits but not overwritten", () => {
  const { settings, changed } = migrate({ schema: 9, sensitivity: "high", future: true });
  assert.equal(changed, false);
  assert.equal(settings.sensitivity, "high");
  assert.equal(settings.schema, SCHEMA);
});

test("normalizeDomain", () => {
  const cases = [
    ["mybank.example.jp", "mybank.example.jp"],
    ["  MyBank.Example.JP.  ", "mybank.example.jp"],
    ["https://www.example.co.jp/path?q=1", "www.example.co.jp"],
    ["例え.jp", "xn--r8jz45g.jp"],
    ["localhost", null], ["192.168.0.1", null], ["[::1]", null], ["user@evil.test", null],
    ["example.com:8080", null], ["-bad-.com", null], ["", null], [null, null], ["a..b", null], ["a.123", null],
  ];
  for (const [input, want] of cases) assert.equal(normalizeDomain(input), want, String(input));
});

test("toEngineSettings is the engine's settings object (docs/api.md)", () => {
  const s = validate({ user_sites: ["b.test", "a.test"], sensitivity: "low" });
  assert.deepEqual(toEngineSettings(s), {
    disabled_retailers: [], user_sites: ["a.test", "b.test"], trusted_domains: [], sensitivity: "low",
  });
});

test("withDomain adds and removes, keeps lists sorted and unique", () => {
  let s = defaults();
  s = withDomain(s, "trusted_domains", "b.test", true);
  s = withDomain(s, "trusted_domains", "A.test", true);
  s = withDomain(s, "trusted_domains", "a.test", true);
  assert.deepEqual(s.trusted_domains, ["a.test", "b.test"]);
  s = withDomain(s, "trusted_domains", "b.test", false);
  assert.deepEqual(s.trusted_domains, ["a.test"]);
  assert.throws(() => withDomain(s, "sensitivity", "a.test", true));
});
