// The tour (extension/tour/): its messages are formatted the way i18n.getMessage formats them, and
// every sample address still gets, from the real engine, the verdict its screen is meant to show.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { formatMessage, pickLang } from "../../extension/tour/locale.js";
import { SCREENS, drawingScripts, tabRecord, sampleAlert } from "../../extension/tour/screens.js";
import { statusOf, warns } from "../../extension/shared/verdict-view.js";
import { reminderPlan } from "../../extension/shared/reminders.js";
import engine from "./engine.mjs";

const messages = Object.fromEntries(["en", "ja"].map((l) =>
  [l, JSON.parse(fs.readFileSync(new URL(`../../extension/_locales/${l}/messages.json`, import.meta.url), "utf8"))]));

test("formatMessage follows getMessage's substitution rules", () => {
  const ph = (names) => Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }]));
  const cases = [
    [{ message: "Fake $RETAILER$ page" , placeholders: ph(["retailer"]) }, ["Amazon"], "Fake Amazon page"],
    // Placeholder names are case-insensitive; the order in the sentence is the language's own.
    [{ message: "「$Host$」で$RETAILER$", placeholders: ph(["retailer", "host"]) }, ["楽天", "x.top"], "「x.top」で楽天"],
    [{ message: "$A$ and $A$", placeholders: ph(["a"]) }, ["x"], "x and x"],
    [{ message: "costs $$5", placeholders: {} }, [], "costs $5"],
    [{ message: "direct $1", placeholders: {} }, ["one"], "direct one"],
    // What a substitution brings in is not expanded again.
    [{ message: "$X$!", placeholders: ph(["x"]) }, ["$1 $X$"], "$1 $X$!"],
    [{ message: "missing sub: $X$", placeholders: ph(["x"]) }, [], "missing sub: "],
    [{ message: "a single string", placeholders: ph(["x"]) }, "ignored", "a single string"],
    [undefined, ["x"], ""],
  ];
  for (const [entry, subs, want] of cases) assert.equal(formatMessage(entry, subs), want, JSON.stringify(entry));
});

test("every message of both languages formats without a leftover placeholder", () => {
  for (const [lang, table] of Object.entries(messages)) {
    for (const [key, entry] of Object.entries(table)) {
      const subs = ["S1", "S2", "S3", "S4", "S5", "S6", "S7", "S8", "S9"];
      const out = formatMessage(entry, subs);
      assert.doesNotMatch(out, /\$[A-Za-z0-9_]+\$|\$\d/, `${lang}:${key} → ${out}`);
      for (const p of Object.values(entry.placeholders ?? {})) {
        const s = String(p.content).replace(/^\$(\d)$/, "S$1");
        assert.ok(out.includes(s), `${lang}:${key} lacks ${s}`);
      }
    }
  }
});

test("pickLang", () => {
  for (const [given, want] of [["ja", "ja"], ["ja-JP", "ja"], ["JA", "ja"], ["en-US", "en"], ["fr", "en"], ["", "en"], [null, "en"]]) {
    assert.equal(pickLang(given), want, String(given));
  }
});

test("screens: unique ids, titles and captions in both languages", () => {
  assert.equal(new Set(SCREENS.map((s) => s.id)).size, SCREENS.length);
  for (const s of SCREENS) {
    assert.match(s.id, /^[a-z]+(-[a-z]+)*$/);
    for (const lang of ["en", "ja"]) for (const key of [s.title, s.caption]) assert.ok(messages[lang][key], `${lang}: ${key}`);
  }
});

// What each screen must show, from the engine's verdict of its sample address.
const EXPECT = {
  "banner-high": (v) => v.severity === "high" && v.actions.includes("banner"),
  "banner-medium": (v) => v.severity === "medium" && v.actions.includes("banner"),
  chip: (v) => v.actions.includes("banner"),
  guard: (v) => v.actions.includes("form-guard"),
  "popup-lookalike": (v, s) => statusOf(tabRecord(s, v)) === "lookalike" && tabRecord(s, v).signinForm === true,
  "popup-official": (v, s) => statusOf(tabRecord(s, v)) === "official",
  "popup-unrelated": (v, s) => statusOf(tabRecord(s, v)) === "unrelated",
  "popup-trusted": (v, s) => warns(v) && statusOf(tabRecord(s, v)) === "trusted",
  report: (v, s) => statusOf(tabRecord(s, v)) === "lookalike",
  reminder: (v) => v.verdict === "official" && reminderPlan(v) !== null,
  "password-alert": (v) => sampleAlert(v, null).lookalike === true && sampleAlert(v, null).host === v.host,
  assist: (v) => v.verdict === "official" && v.page_kind === "signin",
  recovery: (v) => v.verdict === "official" && typeof v.retailer === "string",
};

test("every sample address gets the verdict its screen shows (real engine, default settings)", () => {
  const e = new engine.Engine({});
  assert.deepEqual(SCREENS.map((s) => s.id).sort(), Object.keys(EXPECT).sort());
  for (const s of SCREENS) {
    const v = e.checkUrl(s.url);
    assert.ok(EXPECT[s.id](v, s), `${s.id}: ${s.url} → ${JSON.stringify(v).slice(0, 300)}`);
  }
});

test("a legitimate address never serves as a warning sample, and a lookalike never as an official one", () => {
  const e = new engine.Engine({});
  for (const s of SCREENS) {
    const v = e.checkUrl(s.url);
    const official = ["popup-official", "reminder", "assist", "recovery"].includes(s.id);
    assert.equal(v.verdict === "official", official, s.id);
  }
});

// The tour draws with the content scripts themselves, without the script that starts watching a
// page: each `content_scripts` group's entry, its last script (screens.js `drawingScripts`).
const manifest = JSON.parse(fs.readFileSync(new URL("../../extension/manifest.json", import.meta.url), "utf8"));
// content/rules.js is generated at build time (`const RULES = …`, the engine's rules): not in the sources.
const source = (f) => (f === "content/rules.js" ? "const RULES = {};" : fs.readFileSync(new URL(`../../extension/${f}`, import.meta.url), "utf8"));
/** The names a classic script declares at its top level (one global scope for all of them). */
const topNames = (text) => [...text.matchAll(/^(?:const|let|var|function\*?|async function|class)\s+([A-Za-z_$][\w$]*)/gm)].map((m) => m[1])
  .concat([...text.matchAll(/defineProperty\(globalThis,\s*"([\w$]+)"/g)].map((m) => m[1]));

test("drawingScripts: every content script but each group's entry, in the manifest's order, once", () => {
  const groups = [{ js: ["a.js", "shared.js", "b.js", "entry1.js"] }, { js: ["shared.js", "c.js", "entry2.js"] }];
  assert.deepEqual(drawingScripts({ content_scripts: groups }), ["a.js", "shared.js", "b.js", "c.js"]);
  // A script that is one group's entry is not loaded even where another group lists it earlier.
  assert.deepEqual(drawingScripts({ content_scripts: [{ js: ["x.js", "e.js"] }, { js: ["e.js", "y.js"] }] }), ["x.js"]);
  assert.deepEqual(drawingScripts({ content_scripts: [] }), []);
});

test("the tour's scripts agree with the manifest: the entries are what watches a page, the rest is what draws", () => {
  const loaded = drawingScripts(manifest);
  const all = [...new Set(manifest.content_scripts.flatMap((cs) => cs.js))];
  const entries = all.filter((f) => !loaded.includes(f));
  assert.deepEqual(entries.sort(), ["content/main.js", "content/password-watch.js"]);
  const declared = new Set(loaded.flatMap((f) => topNames(source(f))));
  // Every component frame.js draws with is declared by a script the tour loads.
  for (const name of ["banner", "chip", "guard", "drawReminder", "drawAssist", "OmamoriPasswordAlert", "MSG"]) {
    assert.ok(declared.has(name), `${name} is declared by none of ${loaded.join(", ")}`);
  }
  // The entries are what starts watching a page: each registers listeners on it when it loads.
  for (const entry of entries) assert.match(source(entry), /\b(?:window|document)\.addEventListener\(/, entry);
});
