// Settings schema and migrations, with the engine's own domain normaliser (no stub): the stored
// lists are exactly what the engine accepts (it rebuilds itself from them).
import { test } from "node:test";
import assert from "node:assert/strict";
import engine from "./engine.mjs";
import { SCHEMA, defaults, migrate, toEngineSettings, validate, withDomain } from "../../extension/shared/settings.js";

const norm = engine.normalizeDomain;

test("nothing stored → defaults, written back", () => {
  const { settings, changed } = migrate(undefined, norm);
  assert.deepEqual(settings, defaults());
  assert.equal(settings.schema, SCHEMA);
  assert.equal(changed, true);
  assert.deepEqual(settings.reminder, { enabled: true, interval_days: 7 });
  assert.equal(settings.sensitivity, "normal");
});

test("corrupted values → defaults", () => {
  for (const bad of [null, 42, "settings", [1, 2], true]) {
    assert.deepEqual(migrate(bad, norm).settings, defaults(), JSON.stringify(bad));
  }
});

test("a valid schema-1 object is unchanged and not rewritten", () => {
  const stored = {
    schema: 1, disabled_retailers: ["costco"], user_sites: ["mybank.co.jp"],
    trusted_domains: ["my-shop.test"], sensitivity: "high", reminder: { enabled: false, interval_days: 14 },
  };
  const { settings, changed } = migrate(structuredClone(stored), norm);
  assert.deepEqual(settings, stored);
  assert.equal(changed, false);
});

test("schema 0 (unversioned camelCase) migrates to schema 1", () => {
  const { settings, changed } = migrate({
    disabledRetailers: ["mercari"], userSites: ["MyBank.Example.JP", "https://shop.example.com/login"],
    trusted: ["amaz0n-co-jp.test"], sensitivity: "low", reminderDays: 0,
  }, norm);
  assert.equal(changed, true);
  assert.deepEqual(settings, {
    schema: 1, disabled_retailers: ["mercari"], user_sites: ["example.com", "example.jp"],
    trusted_domains: ["amaz0n-co-jp.test"], sensitivity: "low", reminder: { enabled: false, interval_days: 7 },
  });
  assert.deepEqual(migrate({ reminderDays: 30 }, norm).settings.reminder, { enabled: true, interval_days: 30 });
});

test("schema 1 with bad fields is repaired field by field", () => {
  const { settings, changed } = migrate({
    schema: 1, disabled_retailers: ["ok", "NOT OK", 3, "ok"], user_sites: ["not a domain", "a.b.c"],
    trusted_domains: "x.test", sensitivity: "paranoid", reminder: { enabled: "yes", interval_days: 1000 }, extra: 1,
  }, norm);
  assert.equal(changed, true);
  assert.deepEqual(settings, {
    schema: 1, disabled_retailers: ["ok"], user_sites: ["b.c"], trusted_domains: [],
    sensitivity: "normal", reminder: { enabled: true, interval_days: 90 },
  });
});

test("a hostname stored by an older build becomes its registrable domain", () => {
  const { settings, changed } = migrate({ schema: 1, trusted_domains: ["www.my-shop.co.jp", "my-shop.co.jp"] }, norm);
  assert.deepEqual(settings.trusted_domains, ["my-shop.co.jp"]);
  assert.equal(changed, true);
});

test("a newer schema is read as far as it fits but not overwritten", () => {
  const { settings, changed } = migrate({ schema: 9, sensitivity: "high", future: true }, norm);
  assert.equal(changed, false);
  assert.equal(settings.sensitivity, "high");
  assert.equal(settings.schema, SCHEMA);
});

test("the engine's normalizeDomain: registrable domain or nothing", () => {
  const cases = [
    ["mybank.example.jp", "example.jp"],
    ["  MyBank.co.JP.  ", "mybank.co.jp"],
    ["https://www.example.co.jp/path?q=1", "example.co.jp"],
    ["例え.jp", "xn--r8jz45g.jp"],
    ["localhost", undefined], ["192.168.0.1", undefined], ["[::1]", undefined], ["co.jp", undefined],
    ["", undefined], ["a.123", undefined],
  ];
  for (const [input, want] of cases) assert.equal(norm(input), want, String(input));
});

test("the engine accepts every settings object validate() produces", () => {
  const s = validate({ user_sites: ["https://www.b.test/x", "A.test"], trusted_domains: ["shop.c.co.jp"], sensitivity: "low" }, norm);
  const settings = toEngineSettings(s, norm);
  assert.deepEqual(settings, {
    disabled_retailers: [], user_sites: ["a.test", "b.test"], trusted_domains: ["c.co.jp"], sensitivity: "low",
  });
  new engine.Engine(settings).free();
});

test("withDomain adds and removes, keeps lists sorted and unique", () => {
  let s = defaults();
  s = withDomain(s, "trusted_domains", "b.test", true, norm);
  s = withDomain(s, "trusted_domains", "A.test", true, norm);
  s = withDomain(s, "trusted_domains", "www.a.test", true, norm);
  assert.deepEqual(s.trusted_domains, ["a.test", "b.test"]);
  s = withDomain(s, "trusted_domains", "b.test", false, norm);
  assert.deepEqual(s.trusted_domains, ["a.test"]);
  assert.throws(() => withDomain(s, "sensitivity", "a.test", true, norm));
});

test("without the engine's normaliser the settings functions refuse to guess", () => {
  assert.throws(() => validate({}), TypeError);
});
