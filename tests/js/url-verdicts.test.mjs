// The per-navigation URL verdict (extension/background/url-verdicts.js) against the real engine:
// one check per tab and URL, a new check for another URL (a redirect) or another engine (settings).
import { test } from "node:test";
import assert from "node:assert/strict";
import engine from "./engine.mjs";
import { urlVerdicts } from "../../extension/background/url-verdicts.js";

const LOOKALIKE = "http://amaz0n-co-jp.test/signin";
const REDIRECTED = "https://www.amazon.co.jp/ap/signin";

/** The real engine, with the number of checks it ran. */
function counted(settings) {
  const real = new engine.Engine(settings);
  const wrapped = { checks: 0, checkUrl: (/** @type {string} */ url) => ((wrapped.checks += 1), real.checkUrl(url)) };
  return wrapped;
}

test("one check per tab and URL: onBeforeNavigate, onCommitted and the content script share it", async () => {
  const e = counted({});
  const cache = urlVerdicts(async () => e);
  const first = await cache.verdict(1, LOOKALIKE);
  assert.equal(first.verdict, "lookalike");
  assert.ok(first.actions.includes("banner"));
  assert.equal(await cache.verdict(1, LOOKALIKE), first);
  assert.equal(await cache.verdict(1, LOOKALIKE), first);
  assert.equal(e.checks, 1);
});

test("another URL (a server redirect), another tab, a forgotten tab: checked again", async () => {
  const e = counted({});
  const cache = urlVerdicts(async () => e);
  const rows = [
    // [tab, url, expected verdict, checks so far]
    [1, LOOKALIKE, "lookalike", 1],
    [1, REDIRECTED, "official", 2], // the navigation committed another URL
    [1, REDIRECTED, "official", 2],
    [2, REDIRECTED, "official", 3], // each tab keeps its own
    [1, LOOKALIKE, "lookalike", 4], // only the tab's latest URL is kept
  ];
  for (const [tab, url, verdict, checks] of rows) {
    assert.equal((await cache.verdict(tab, url)).verdict, verdict, `${tab} ${url}`);
    assert.equal(e.checks, checks, `${tab} ${url}`);
  }
  cache.forget(1);
  await cache.verdict(1, LOOKALIKE);
  assert.equal(e.checks, 5);
});

test("a settings change (a new engine) is never answered from the old engine's verdict", async () => {
  let current = counted({});
  const cache = urlVerdicts(async () => current);
  assert.ok((await cache.verdict(1, LOOKALIKE)).actions.includes("banner"));
  // The user trusted the site: the rebuilt engine's verdict has no actions.
  current = counted({ trusted_domains: ["amaz0n-co-jp.test"] });
  const after = await cache.verdict(1, LOOKALIKE);
  assert.equal(after.trusted, true);
  assert.deepEqual(after.actions, []);
  assert.equal(current.checks, 1);
});

test("legitimate URLs are answered as the engine answers them", async () => {
  const e = counted({});
  const cache = urlVerdicts(async () => e);
  for (const url of [REDIRECTED, "https://www.rakuten.co.jp/", "https://example.com/", "https://mail.google.com/"]) {
    const v = await cache.verdict(7, url);
    assert.deepEqual(v, new engine.Engine({}).checkUrl(url), url);
    assert.equal(v.actions.includes("banner"), false, url);
  }
});
