// A variant of a checkout whose page collection is compiled on demand, in one go — a measurement
// aid, not shipped code:
//
//   node tools/bench/hinted-tree.mjs SRC_TREE OUT_DIR
//   node tools/measure-collect.mjs SRC_TREE OUT_DIR --isolated --with-define   # then compare them
//
// OUT_DIR gets SRC_TREE's extension/, tests/e2e/ and tools/ (links to its target/wasm/pkg and
// node_modules), with tests/e2e/collect-signals.mjs rewritten so that its DEFINE (the content
// scripts as the measurement tools evaluate them) keeps messaging.js as it is and puts the other
// collection scripts inside one function that is not called until the first collection (V8 only
// pre-parses it when the scripts are evaluated), with every function in it marked as likely
// called (V8's parenthesized-function heuristic: `var f = (function f…)`, arrows as parenthesized
// function expressions), so the first call compiles the whole collection at once instead of
// function by function on first use. What that split would save the page check (the shipped
// scripts do not do this: a page without a credential field must not pay the compile, so
// scanForms and what it needs would have to stay outside the function).
//
// Needs the `acorn` parser (installed with web-ext's linter).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const acorn = require("acorn");

/** Every node of an acorn tree, children first. @param {any} node @param {(n: any) => void} cb */
function eachNode(node, cb) {
  if (!node || typeof node.type !== "string") return;
  for (const [k, v] of Object.entries(node)) {
    if (k === "type" || k === "start" || k === "end") continue;
    if (Array.isArray(v)) for (const c of v) eachNode(c, cb);
    else if (v && typeof v === "object") eachNode(v, cb);
  }
  cb(node);
}

/**
 * `src` with every function marked as likely called: a declaration `function f(…) {…}` becomes
 * `var f = (function f(…) {…});` (the scripts call none before its line), a function expression is
 * parenthesized, an arrow that uses neither `this` nor `arguments` becomes a parenthesized function
 * expression. Methods and getters are left as they are.
 * @param {string} src
 */
export function hint(src) {
  const ast = acorn.parse(src, { ecmaVersion: "latest", sourceType: "script", allowReturnOutsideFunction: true });
  /** @type {[number, number, string | { del: number, text: string }][]} */
  const edits = [];
  eachNode(ast, (node) => {
    const size = node.end - node.start;
    if (node.type === "FunctionDeclaration") {
      edits.push([node.start, -size, `var ${node.id.name} = (`], [node.end, size, ");"]);
    } else if (node.type === "FunctionExpression") {
      edits.push([node.start, -size, "("], [node.end, size, ")"]);
    } else if (node.type === "ArrowFunctionExpression") {
      let bound = false;
      eachNode(node.body, (n) => {
        if (n.type === "ThisExpression" || (n.type === "Identifier" && n.name === "arguments")) bound = true;
      });
      if (bound) return;
      const head = src.slice(node.start, node.body.start);
      const arrow = head.lastIndexOf("=>");
      let params = head.slice(0, arrow).trim();
      if (node.async) params = params.replace(/^async\s*/, "");
      if (!params.startsWith("(")) params = `(${params})`;
      const block = node.body.type === "BlockStatement";
      const text = `(${node.async ? "async " : ""}function ${params} ${block ? "" : "{ return ("}`;
      edits.push([node.start, -1e9 - size, { del: arrow + 2, text }], [node.end, size, `${block ? "" : "); }"})`]);
    }
  });
  edits.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let out = "";
  let at = 0;
  for (const [pos, , e] of edits) {
    if (pos < at) throw new Error(`overlapping edits at ${pos}`);
    out += src.slice(at, pos);
    at = pos;
    if (typeof e === "string") out += e;
    else {
      out += e.text;
      at = pos + e.del;
    }
  }
  return out + src.slice(at);
}

/** @param {string} s @param {string} from @param {string} to */
const swap = (s, from, to) => {
  if (!s.includes(from)) throw new Error(`collect-signals.mjs changed: no ${JSON.stringify(from.slice(0, 60))}`);
  return s.replace(from, () => to);
};

/** The variant's collect-signals.mjs, from the source tree's. @param {string} s */
export function lazyDefine(s) {
  s = swap(s, 'const sources = FILES.map((f) => fs.readFileSync(path.join(CONTENT, f), "utf8")).join("\\n;\\n");',
    'import { hint } from "../../tools/bench/hinted-tree.mjs";\n' +
    'const messaging = fs.readFileSync(path.join(CONTENT, FILES[0]), "utf8");\n' +
    'const sources = hint(FILES.slice(1).map((f) => fs.readFileSync(path.join(CONTENT, f), "utf8")).join("\\n;\\n"));');
  s = swap(s, "    fns = (function () {\n${sources}\n", "    fns = (function () {\n${messaging}\n      const load = function () {\n${sources}\n");
  s = swap(s, "formEls: () => lastFormEls };\n    })();", "formEls: () => lastFormEls };\n      };\n      let got = null;\n      return () => (got ??= load());\n    })();");
  s = swap(s, "      const scan = fns.scanForms();", "      const F = fns();\n      const scan = F.scanForms();");
  return s.replace("fns.collectSignals(", "F.collectSignals(").replace("fns.OmamoriVisual.", "F.OmamoriVisual.")
    .replace("formEls: fns.formEls()", "formEls: F.formEls()").replace("fns.RULES.", "F.RULES.");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const [src, out] = process.argv.slice(2).map((p) => path.resolve(p));
  if (!src || !out) {
    console.error("usage: node tools/bench/hinted-tree.mjs SRC_TREE OUT_DIR");
    process.exit(2);
  }
  for (const dir of ["extension", "tests/e2e", "tools"]) fs.cpSync(path.join(src, dir), path.join(out, dir), { recursive: true });
  fs.mkdirSync(path.join(out, "target", "wasm"), { recursive: true });
  for (const [link, to] of [["target/wasm/pkg", "target/wasm/pkg"], ["node_modules", "node_modules"]]) {
    if (!fs.existsSync(path.join(out, link))) fs.symlinkSync(fs.realpathSync(path.join(src, to)), path.join(out, link));
  }
  const file = path.join(out, "tests/e2e/collect-signals.mjs");
  fs.writeFileSync(file, lazyDefine(fs.readFileSync(file, "utf8")));
  console.log(`${out}: collection scripts compiled on first use, every function hinted`);
}
