// Input of the wrong type: the engine's error names what it got in serde's words (after the
// "Error: " that serde-wasm-bindgen's error text has always carried). The numbers in
// these messages are written by JS (vendor/README.md: serde-wasm-bindgen's error text without
// core's float formatting), so this checks the text a float gives, and that good input still reads.
import test from "node:test";
import assert from "node:assert/strict";
import engine from "./engine.mjs";

// [what, settings, message]
const BAD_SETTINGS = [
  ["a fraction for a string", { lang: 1.5 }, "invalid settings: Error: invalid type: floating point `1.5`, expected a string"],
  ["a negative fraction", { lang: -0.25 }, "invalid settings: Error: invalid type: floating point `-0.25`, expected a string"],
  ["an integral number (serde writes `.0` after it)", { lang: 2 }, "invalid settings: Error: invalid type: floating point `2.0`, expected a string"],
  ["a boolean", { lang: true }, "invalid settings: Error: invalid type: boolean `true`, expected a string"],
  ["a number past 2^53", { lang: 2 ** 60 }, "invalid settings: Error: invalid type: floating point `1152921504606847000.0`, expected a string"],
  ["a number JS writes with an exponent", { lang: 1e21 }, "invalid settings: Error: invalid type: floating point `1e+21`, expected a string"],
  ["infinity", { lang: Infinity }, "invalid settings: Error: invalid type: floating point `Infinity`, expected a string"],
];

test("settings of the wrong type are refused with serde's wording", () => {
  for (const [what, settings, message] of BAD_SETTINGS) {
    assert.throws(() => new engine.Engine(settings), { message }, what);
  }
});

test("a page input of the wrong type is refused the same way", () => {
  const e = new engine.Engine({});
  assert.throws(() => e.checkPage({ url: 0.5, signals: {} }), {
    message: "invalid page input: Error: invalid type: floating point `0.5`, expected a string",
  });
});

test("well-typed input still reads", () => {
  for (const settings of [{}, { lang: "ja" }, { lang: null }, { user_sites: ["mybank.co.jp"], sensitivity: "high" }]) {
    const e = new engine.Engine(settings);
    assert.equal(typeof e.checkUrl("https://www.amazon.co.jp/").verdict, "string", JSON.stringify(settings));
  }
});
