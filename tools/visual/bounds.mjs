// The visual matcher's bounds as the engine has them (src/visual/mod.rs, their one source): roc.mjs and
// ledger.mjs read them here instead of keeping copies. Read from the source text, so no build is needed.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const source = fs.readFileSync(path.join(repo, "src", "visual", "mod.rs"), "utf8");

/** @param {string} name */
function bound(name) {
  const m = new RegExp(`^pub const ${name}: u32 = (\\d+);`, "m").exec(source);
  if (!m) throw new Error(`src/visual/mod.rs has no \`pub const ${name}: u32\``);
  return Number(m[1]);
}

export const MAX_DISTANCE = bound("MAX_DISTANCE");
export const MARGIN = bound("MARGIN");
export const MIN_EDGES = bound("MIN_EDGES");
export const WORD_PENALTY = bound("WORD_PENALTY");
export const TILE_PENALTY = bound("TILE_PENALTY");
