// URL mixes for the hand-run benchmarks in tools/bench/: popular domains (a Tranco CSV read at run
// time, never committed; without one, generated popular-looking names) mixed with lookalikes of the
// catalog's retailer domains generated here (typos, homoglyphs, combosquats, embeddings, TLD swaps).
// Deterministic: the same arguments give the same list.
import fs from "node:fs";

/** A small seeded PRNG (mulberry32), so every run checks the same URLs. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Registrable domains from a Tranco-style CSV (`rank,domain`), or null when the file is missing. */
export function readTranco(file, limit) {
  if (!file || !fs.existsSync(file)) return null;
  const out = [];
  for (const line of fs.readFileSync(file, "utf8").split("\n")) {
    const d = line.split(",")[1]?.trim();
    if (d && d !== "domain") out.push(d);
    if (out.length >= limit) break;
  }
  return out;
}

const SYLLABLES = ["ka", "shi", "to", "ne", "ma", "ri", "so", "no", "yu", "ki", "ha", "ru", "net", "web", "shop", "go", "tech", "med", "bank", "news"];
const TLDS = ["com", "net", "org", "jp", "co.jp", "de", "io", "info", "ru", "cn", "com.br", "co.uk", "fr", "top"];

function popularLike(n, r) {
  const out = [];
  for (let i = 0; i < n; i++) {
    let name = "";
    const k = 2 + Math.floor(r() * 3);
    for (let j = 0; j < k; j++) name += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
    out.push(`${name}.${TLDS[Math.floor(r() * TLDS.length)]}`);
  }
  return out;
}

const HOMOGLYPH = { a: "а", o: "о", e: "е", c: "с", p: "р", i: "і" }; // Cyrillic look-alikes
const ASCII_SWAP = { o: "0", l: "1", i: "l", m: "rn", e: "3", a: "4" };
const WORDS = ["login", "secure", "account", "verify", "support", "jp", "signin", "update", "member"];
const BAD_TLDS = ["top", "xyz", "shop", "online", "info", "cn", "icu", "buzz"];

/** One lookalike of `domain` (`amazon.co.jp`), chosen by `r`. */
export function lookalikeOf(domain, r) {
  const dot = domain.indexOf(".");
  const label = domain.slice(0, dot);
  const suffix = domain.slice(dot + 1);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const pos = Math.floor(r() * label.length);
  switch (Math.floor(r() * 8)) {
    case 0: return `${label.slice(0, pos)}${label.slice(pos + 1)}.${suffix}`; // omission
    case 1: return `${label.slice(0, pos)}${label[pos]}${label.slice(pos)}.${suffix}`; // repetition
    case 2: { // ASCII swap (amaz0n)
      const c = label[pos];
      return `${label.slice(0, pos)}${ASCII_SWAP[c] ?? c + c}${label.slice(pos + 1)}.${suffix}`;
    }
    case 3: { // Cyrillic homoglyph, written as the browser sends it (punycode via URL)
      const i = [...label].findIndex((c) => HOMOGLYPH[c]);
      const u = i < 0 ? label + "s" : label.slice(0, i) + HOMOGLYPH[label[i]] + label.slice(i + 1);
      return new URL(`https://${u}.${suffix}/`).hostname;
    }
    case 4: return `${label}-${pick(WORDS)}.${pick(BAD_TLDS)}`; // combosquat
    case 5: return `${pick(WORDS)}-${label}.${suffix.split(".").pop()}`; // combosquat, prefix
    case 6: return `${domain}.${pick(WORDS)}-${Math.floor(r() * 1000)}.${pick(BAD_TLDS)}`; // embedding
    default: return `${label}.${pick(BAD_TLDS)}`; // TLD swap
  }
}

const PATHS = ["/", "/", "/", "/ap/signin", "/login", "/account/verify?id=12345", "/search?q=shoes", "/products/42"];

/**
 * `total` URLs: popular domains (Tranco when `trancoFile` exists) and `lookalikeShare` of lookalikes
 * of `retailerDomains`, shuffled. Returns `{ urls, source }`.
 */
export function urlMix({ total = 20000, lookalikeShare = 0.3, trancoFile, retailerDomains, seed = 14 }) {
  const r = rng(seed);
  const nLook = Math.round(total * lookalikeShare);
  const nPop = total - nLook;
  const tranco = readTranco(trancoFile, nPop);
  const popular = tranco ?? popularLike(nPop, r);
  const urls = [];
  for (const d of popular) urls.push(`https://${Math.floor(r() * 2) ? "www." : ""}${d}${PATHS[Math.floor(r() * PATHS.length)]}`);
  for (let i = 0; i < nLook; i++) {
    const d = retailerDomains[Math.floor(r() * retailerDomains.length)];
    urls.push(`https://${lookalikeOf(d, r)}${PATHS[Math.floor(r() * PATHS.length)]}`);
  }
  for (let i = urls.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [urls[i], urls[j]] = [urls[j], urls[i]];
  }
  return { urls, source: tranco ? `${popular.length} Tranco domains from ${trancoFile}` : `${nPop} generated popular-like domains` };
}
