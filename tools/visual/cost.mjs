// The engine's share of the visual step, in CPU time (process.cpuUsage: the machine is shared, so
// wall time is not trusted): checkPage of a sign-in page with the most pictures a page may send
// (RULES.limits.pictures[0], taken from tests/cases/visual.txt) minus the same page without them,
// per page check; and the pictures' hashing alone (pictureHashes) per picture.
//
//   node tools/visual/cost.mjs [ROUNDS]        (OMAMORI_WASM_PKG=… to measure another build)
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const PKG = path.resolve(repo, process.env.OMAMORI_WASM_PKG || "target/wasm/pkg");
const engine = await import(pathToFileURL(path.join(PKG, "omamori.js")).href);
engine.initSync({ module: fs.readFileSync(path.join(PKG, "omamori_bg.wasm")) });

const ROUNDS = Number(process.argv[2] ?? 200);
const max = engine.rules().limits.pictures[0];
const pictures = fs.readFileSync(path.join(repo, "tests", "cases", "visual.txt"), "utf8").split("\n")
  .filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split(" ")[2]);
const e = new engine.Engine({});
const signals = (pics) => ({ title: "Sign in", headings: ["Sign in to continue"], buttons: ["Continue"], fields: { email: 1, password: 1 }, signin_form: true, pictures: pics });

/** Median CPU ms per call of `f` over ROUNDS rounds (user + system). */
function cpu(f) {
  const xs = [];
  for (let i = 0; i < ROUNDS; i++) {
    const t = process.cpuUsage();
    f(i);
    const d = process.cpuUsage(t);
    xs.push((d.user + d.system) / 1000);
  }
  xs.sort((a, b) => a - b);
  return { median: xs[Math.floor(xs.length / 2)], p95: xs[Math.floor(xs.length * 0.95)] };
}

const sets = Array.from({ length: ROUNDS }, (_, i) => Array.from({ length: max }, (_, k) => pictures[(i * max + k) % pictures.length]));
const url = "https://members-area.example/login";
for (let i = 0; i < 20; i++) e.checkPage({ url, signals: signals(sets[i]) }); // warm up
const withPics = cpu((i) => e.checkPage({ url, signals: signals(sets[i]) }));
const without = cpu(() => e.checkPage({ url, signals: signals([]) }));
const hashFn = engine.pictureHashes ?? engine.pictureHash;
const hashing = cpu((i) => { for (const p of sets[i]) hashFn(p); });
const f = (x) => x.toFixed(3);
console.log(`checkPage, ${max} pictures: median ${f(withPics.median)} ms, p95 ${f(withPics.p95)} ms CPU; without pictures: ${f(without.median)} / ${f(without.p95)} ms`);
console.log(`hashing ${max} pictures alone: median ${f(hashing.median)} ms, p95 ${f(hashing.p95)} ms CPU (${ROUNDS} rounds)`);
console.log(`wasm: ${fs.statSync(path.join(PKG, "omamori_bg.wasm")).size} bytes (${path.relative(repo, PKG) || PKG})`);
