#!/usr/bin/env node
// Side-by-side benchmark, run by hand (never in CI): the built WASM engine against MetaMask's
// eth-phishing-detect (npm dev dependency; a Levenshtein match of the hostname against its fuzzylist)
// on the same URLs in the same Node process.
//
//   node tools/bench/peer.mjs [--pkg target/wasm/pkg] [--tranco ../shared/data/tranco_top100k.csv]
//                             [--total 20000] [--rounds 9] [--baseline DIR]
//
// --baseline DIR: also time another build's checkUrl (e.g. an older wasm-pack output) in the same run.
// `--baseline target/wasm/pkg` (the same build twice, each its own module instance) checks the bench
// itself: the two must come out at ~1.00.
//
// Time is the process's CPU time (`process.cpuUsage`, user + system), not wall time: on a shared
// machine a preempted batch costs wall time but no CPU time. The list is cut into batches of 500 URLs;
// each round runs every contender on every batch, in an order shuffled per batch (seeded), so no
// contender has a fixed slot or a fixed predecessor (one that ran the same module instance just
// before found its code and memory warm in the caches: a rotation gave the baseline ~3 %). A contender's round figure is its CPU time over the whole list in that
// round (µs per URL); printed is the median over rounds (and the min–max). Ratios are paired: the
// ratio in each round, then their median. The WASM engine checks the whole catalog (default
// settings). Both receive the
// URL string: eth-phishing-detect takes a hostname, so its time includes `new URL(url).hostname` (its
// hostname-only time is printed too).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { rng, urlMix } from "./urls.mjs";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith("--") ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const pkg = path.resolve(args.pkg ?? "target/wasm/pkg"); // ./build.sh build's wasm-pack output (PKG_DIR)
const trancoFile = args.tranco ?? path.resolve("../shared/data/tranco_top100k.csv");
const total = Number(args.total ?? 20000);
const rounds = Number(args.rounds ?? 9);

const glue = await import(pathToFileURL(path.join(pkg, "omamori.js")).href);
glue.initSync({ module: fs.readFileSync(path.join(pkg, "omamori_bg.wasm")) });
const engine = new glue.Engine({});
const require = createRequire(import.meta.url);
const checkDomain = require("eth-phishing-detect"); // its shipped config: allowlist, blocklist, fuzzylist
// The Levenshtein part alone: the same detector with only the shipped fuzzylist and tolerance.
const PhishingDetector = require("eth-phishing-detect/src/detector");
const ethConfig = require("eth-phishing-detect/src/config.json");
const fuzzy = new PhishingDetector({ fuzzylist: ethConfig.fuzzylist, tolerance: ethConfig.tolerance });

const retailerDomains = engine.retailers().flatMap((r) => r.domains);
const { urls, source } = urlMix({ total, trancoFile, retailerDomains });
const hosts = urls.map((u) => new URL(u).hostname);
const BATCH = 500;

const ETH_FUZZY = `eth-phishing-detect fuzzylist (${ethConfig.fuzzylist.length} targets, URL → hostname)`;
const contenders = {
  "omamori checkUrl (verdict object)": (a, b) => {
    let n = 0;
    for (let i = a; i < b; i++) if (engine.checkUrl(urls[i]).verdict === "lookalike") n++;
    return n;
  },
  [ETH_FUZZY]: (a, b) => {
    let n = 0;
    for (let i = a; i < b; i++) if (fuzzy.check(new URL(urls[i]).hostname).result) n++;
    return n;
  },
  "eth-phishing-detect fuzzylist, hostname given": (a, b) => {
    let n = 0;
    for (let i = a; i < b; i++) if (fuzzy.check(hosts[i]).result) n++;
    return n;
  },
  "eth-phishing-detect shipped config (+13k blocklist)": (a, b) => {
    let n = 0;
    for (let i = a; i < b; i++) if (checkDomain(new URL(urls[i]).hostname)) n++;
    return n;
  },
};
if (args.baseline) {
  const dir = path.resolve(args.baseline);
  // Its own module instance even when DIR is --pkg (the query makes it another ES module).
  const old = await import(`${pathToFileURL(path.join(dir, "omamori.js")).href}?baseline`);
  old.initSync({ module: fs.readFileSync(path.join(dir, "omamori_bg.wasm")) });
  const oldEngine = new old.Engine({});
  contenders[`omamori baseline checkUrl (${path.basename(dir)})`] = (a, b) => {
    let n = 0;
    for (let i = a; i < b; i++) if (oldEngine.checkUrl(urls[i]).verdict === "lookalike") n++;
    return n;
  };
  if (typeof oldEngine.checkUrlCompact === "function") {
    const layout = oldEngine.compactLayout();
    const lookalike = layout.verdicts.indexOf("lookalike");
    const mask = (1 << layout.fields.verdict.bits) - 1;
    contenders[`omamori baseline checkUrlCompact (${path.basename(dir)})`] = (a, b) => {
      let n = 0;
      for (let i = a; i < b; i++) if ((oldEngine.checkUrlCompact(urls[i]) & mask) === lookalike) n++;
      return n;
    };
  }
}
if (typeof engine.checkUrlCompact === "function") {
  const layout = engine.compactLayout();
  const lookalike = layout.verdicts.indexOf("lookalike");
  const mask = (1 << layout.fields.verdict.bits) - 1;
  contenders["omamori checkUrlCompact (packed number)"] = (a, b) => {
    let n = 0;
    for (let i = a; i < b; i++) if ((engine.checkUrlCompact(urls[i]) & mask) === lookalike) n++;
    return n;
  };
}

// What the WASM boundary alone costs per URL: an export that takes the same `&str` (copied into
// WASM memory by wasm-bindgen's glue, malloc and free) and does next to nothing with it
// (`isOneTimeCode`: trim, count the characters, return a bool).
if (typeof glue.isOneTimeCode === "function") {
  contenders["boundary alone: isOneTimeCode(url), a &str in, a bool out"] = (a, b) => {
    let n = 0;
    for (let i = a; i < b; i++) if (glue.isOneTimeCode(urls[i])) n++;
    return n;
  };
}

const names = Object.keys(contenders);
const nBatches = Math.ceil(urls.length / BATCH);
const cpu = () => {
  const c = process.cpuUsage();
  return c.user + c.system; // µs
};
const perRound = Object.fromEntries(names.map((k) => [k, []])); // µs per URL, one per round
const flagged = Object.fromEntries(names.map((k) => [k, 0]));
for (const name of names) contenders[name](0, urls.length); // warm-up (JIT tiers, caches)
const shuffle = rng(1414);
for (let r = 0; r < rounds; r++) {
  const spent = Object.fromEntries(names.map((k) => [k, 0]));
  for (let j = 0; j < nBatches; j++) {
    const [a, b] = [j * BATCH, Math.min(urls.length, (j + 1) * BATCH)];
    const order = [...names];
    for (let i = order.length - 1; i > 0; i--) {
      const x = Math.floor(shuffle() * (i + 1));
      [order[i], order[x]] = [order[x], order[i]];
    }
    for (const name of order) {
      const c0 = cpu();
      const n = contenders[name](a, b);
      spent[name] += cpu() - c0;
      if (r === 0) flagged[name] += n;
    }
  }
  for (const name of names) perRound[name].push(spent[name] / urls.length);
}
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const range = (xs) => `${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)}`;

console.log(`${urls.length} URLs (${source}; ${urls.length - Math.round(total * 0.7)} generated lookalikes of ${retailerDomains.length} retailer domains), ${rounds} rounds, CPU time, node ${process.version}`);
for (const name of names) {
  const xs = perRound[name];
  console.log(`  ${name.padEnd(58)} ${median(xs).toFixed(2).padStart(7)} µs/URL (${range(xs)})   flagged ${flagged[name]}`);
}
const ratio = (num, den) => perRound[num].map((x, r) => x / perRound[den][r]);
const eth = ETH_FUZZY;
for (const name of names.filter((k) => k.startsWith("omamori"))) {
  const xs = ratio(eth, name);
  console.log(`  ratio eth-phishing-detect fuzzylist / ${name}: ${median(xs).toFixed(2)}× (${range(xs)})`);
}
// Same entry point of two builds (the bench's own fairness when both are the same build): main / baseline.
for (const kind of ["checkUrl", "checkUrlCompact"]) {
  const main = names.find((k) => k.startsWith(`omamori ${kind} (`));
  const base = names.find((k) => k.startsWith(`omamori baseline ${kind} (`));
  if (main && base) {
    const xs = ratio(base, main);
    console.log(`  ratio baseline / main ${kind}: ${median(xs).toFixed(3)} (${range(xs)})`);
  }
}
