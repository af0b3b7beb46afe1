// The order of severities is the engine's (rules().severities, least severe first), written once,
// and so is the ranking by it (verdict-view.js warningRank): the background ranks frames with it
// (frames.js: the frame that warns most) and hands the rank to the content script in the tab record
// (recordOf), where banner.js reopens a minimised banner for a higher one without ranking itself.
// No extension file types its own order.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import engine from "./engine.mjs";
import { recordOf, warningRank } from "../../extension/shared/verdict-view.js";

const { severities } = engine.rules();
const ext = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../extension");

test("rules().severities is the compact layout's order of severities (the engine's two exports agree)", () => {
  assert.deepEqual(severities, ["low", "medium", "high"]);
  assert.deepEqual(new engine.Engine({}).compactLayout().severities, severities);
});

test("warningRank follows rules().severities; no banner ranks 0", () => {
  const banner = (severity) => ({ verdict: "lookalike", severity, actions: ["badge", "banner"] });
  severities.forEach((s, i) => {
    assert.equal(warningRank(banner(s), severities), i + 1, s);
    for (const higher of severities.slice(i + 1)) assert.ok(warningRank(banner(higher), severities) > warningRank(banner(s), severities), `${higher} > ${s}`);
  });
  // [verdict, rank]: the badge alone, no verdict, an unknown severity (still a banner: lowest rank).
  const rows = [
    [{ verdict: "lookalike", severity: "high", actions: ["badge"] }, 0],
    [null, 0],
    [banner("extreme"), 1],
  ];
  for (const [v, want] of rows) assert.equal(warningRank(v, severities), want, JSON.stringify(v));
  // Another order gives other ranks: the function has none of its own.
  assert.equal(warningRank(banner("low"), ["high", "low"]), 2);
});

test("a real engine verdict: the high-severity lookalike outranks what the policy shows no banner for", () => {
  const e = new engine.Engine({});
  const lookalike = e.checkUrl("http://amaz0n-co-jp.test/signin");
  assert.equal(lookalike.severity, "high");
  assert.equal(warningRank(lookalike, severities), severities.length);
  assert.equal(warningRank(e.checkUrl("https://example.org/"), severities), 0);
});

test("the tab record carries warningRank: the rank the content script gets with every verdict", () => {
  const e = new engine.Engine({});
  // [url, signinForm]: a high lookalike, an unrelated page (no banner), the official site.
  for (const [url, signinForm] of [["http://amaz0n-co-jp.test/signin", true], ["https://example.org/", null], ["https://www.amazon.co.jp/", false]]) {
    const v = e.checkUrl(url);
    const r = recordOf(v, signinForm, severities);
    assert.deepEqual(r, { ...v, signinForm, rank: warningRank(v, severities) }, url);
  }
  assert.equal(recordOf(e.checkUrl("http://amaz0n-co-jp.test/signin"), true, severities).rank, severities.length);
  assert.equal(recordOf(e.checkUrl("https://example.org/"), null, severities).rank, 0);
});

test("banner.js ranks by the record's rank, never by an order of its own", () => {
  const src = fs.readFileSync(path.join(ext, "content", "banner.js"), "utf8").replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
  assert.match(src, /\bv\.rank\b/);
  assert.doesNotMatch(src, /severities\.indexOf|severityRank/);
});

test("no extension script types its own order of severities", () => {
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith(".js")) files.push(p);
    }
  };
  walk(ext);
  const name = `"?(?:low|medium|high)"?`;
  const table = new RegExp(`\\b${name}\\s*:\\s*\\d`); // { low: 1, … }
  const list = new RegExp(`\\[\\s*"(?:low|medium|high)"\\s*,\\s*"(?:low|medium|high)"`); // ["high", "medium", …]
  for (const f of files) {
    const src = fs.readFileSync(f, "utf8").replace(/\/\/.*$/gm, "").replace(/\/\*[\s\S]*?\*\//g, "");
    assert.doesNotMatch(src, table, path.relative(ext, f));
    assert.doesNotMatch(src, list, path.relative(ext, f));
  }
  assert.ok(files.some((f) => f.endsWith(path.join("content", "banner.js"))) && files.some((f) => f.endsWith(path.join("background", "frames.js"))));
});
