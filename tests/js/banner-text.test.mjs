// The banner's strings sent with a verdict (extension/background/banner-text.js) and filled in by
// the content script's `t` (extension/content/messaging.js, run here as the classic script it is):
// for every key and both languages the text is what i18n.getMessage gives (getMessage modelled by
// extension/tour/locale.js formatMessage, checked against getMessage's rules in tour.test.mjs), and
// a banner drawn from them never reaches the browser's message bundle. Verdicts from the real engine.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import vm from "node:vm";
import engine from "./engine.mjs";
import { BANNER_KEYS, bannerMessages } from "../../extension/background/banner-text.js";
import { formatMessage } from "../../extension/tour/locale.js";
import { reasonKey } from "../../extension/shared/verdict-view.js";

const ext = new URL("../../extension/", import.meta.url);
const read = (/** @type {string} */ p) => fs.readFileSync(new URL(p, ext), "utf8");
const LANGS = ["en", "ja"];
const messages = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(read(`_locales/${l}/messages.json`))]));
const getMessageOf = (/** @type {string} */ lang) => (/** @type {string} */ key, /** @type {any} */ subs) => formatMessage(messages[lang][key], subs);

/** content/messaging.js in a context of its own, with a browser whose getMessage counts its calls. */
function contentScript(/** @type {string} */ lang) {
  const calls = [];
  const chrome = {
    i18n: { getMessage: (key, subs) => (calls.push(key), getMessageOf(lang)(key, subs)), getUILanguage: () => lang },
    runtime: { sendMessage: async () => null, onMessage: { addListener() {} } },
  };
  const ctx = vm.createContext({ chrome, location: { protocol: "about:", hostname: "x.test" }, RULES: { limits: { message_chars: 1 << 16 } } });
  ctx.window = ctx;
  ctx.window.top = ctx;
  vm.runInContext(read("content/messaging.js"), ctx);
  return { calls, run: (/** @type {string} */ code) => vm.runInContext(code, ctx) };
}

const engineNow = new engine.Engine({});
const WARNING_URLS = ["http://amaz0n-co-jp.test/signin", "https://rakuten-login.example/", "https://xn--mazon-3ve.com/ap/signin"];

test("a warning's strings: every banner key and reason line, filled as getMessage fills them, without the bundle", () => {
  for (const url of WARNING_URLS) {
    const v = engineNow.checkUrl(url);
    assert.ok(v.actions.includes("banner"), `${url} warns`);
    for (const lang of LANGS) {
      const sent = bannerMessages(v, getMessageOf(lang));
      assert.ok(sent, url);
      const keys = [...BANNER_KEYS, ...v.reasons.map((r) => reasonKey(r.kind))];
      assert.deepEqual(Object.keys(sent).sort(), [...new Set(keys)].sort(), `${lang} ${url}`);
      const page = contentScript(lang);
      page.run(`learnMessages(${JSON.stringify(sent)})`);
      // Substitutions as the banner passes them, and ones that look like markers or placeholders.
      for (const subs of [["Amazon", "amaz0n-co-jp.test"], ["$1 $RETAILER$", "\uE000"], []]) {
        for (const key of keys) {
          const got = page.run(`t(${JSON.stringify(key)}, ${JSON.stringify(subs)})`);
          assert.equal(got, formatMessage(messages[lang][key], subs), `${lang} ${key} ${JSON.stringify(subs)}`);
        }
      }
      assert.deepEqual(page.calls, [], `${lang}: no getMessage before the banner is drawn`);
      // A key that did not come with the verdict is asked from the browser.
      assert.equal(page.run(`t("guard_title")`), formatMessage(messages[lang].guard_title));
      assert.deepEqual(page.calls, ["guard_title"]);
    }
  }
});

test("legitimate and unrelated pages get no strings (nothing to draw)", () => {
  for (const url of ["https://www.amazon.co.jp/ap/signin", "https://www.rakuten.co.jp/", "https://example.org/login", "https://news.yahoo.co.jp/"]) {
    const v = engineNow.checkUrl(url);
    assert.ok(!v.actions.includes("banner"), url);
    assert.equal(bannerMessages(v, getMessageOf("en")), undefined, url);
  }
  assert.equal(bannerMessages(null, getMessageOf("en")), undefined);
});

test("BANNER_KEYS are the keys content/banner.js draws with", () => {
  const src = read("content/banner.js");
  const draw = src.slice(src.indexOf("  draw(v, severity) {"), src.indexOf("  /** Counts the time"));
  const used = new Set([...draw.matchAll(/"((?:banner|ext)_[a-z0-9_]+)"/g)].map((m) => m[1])); // t("…"), t(x ? "…" : "…")
  assert.ok(used.size >= 6, [...used].join(","));
  assert.deepEqual([...used].sort(), [...BANNER_KEYS].sort());
});
