// What the hand-run collection tools (measure-cold.mjs, measure-collect.mjs, profile-collect.mjs) share
// besides their browser (sample-browser.mjs): the command line, the walk over the shared page corpus
// (CORPUS_DIR/{phish,genuine,benign}/NAME/index.html, one sample a folder) and which collections
// count as a sign-in page's (the ones they report).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** This checkout. */
export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * The tool's command line: `pos` (the arguments without `--`), `opt(name, default)` (`--name=value`),
 * `flag(name)` (`--name`), `only` (`--only=REGEX` on "label/name", or null) and `corpus` (the
 * positional argument at `corpusAt`, else ../shared/pages beside this checkout).
 * @param {number} corpusAt @param {string[]} [argv]
 */
export function toolArgs(corpusAt, argv = process.argv.slice(2)) {
  const pos = argv.filter((a) => !a.startsWith("--"));
  /** @param {string} name @param {string | null} dflt */
  const opt = (name, dflt) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? dflt;
  const only = opt("only", null);
  return {
    pos,
    opt,
    flag: (/** @type {string} */ name) => argv.includes(`--${name}`),
    only: only ? new RegExp(only) : null,
    corpus: path.resolve(pos[corpusAt] ?? path.join(repo, "..", "shared", "pages")),
  };
}

/**
 * The corpus's samples, phish/ then genuine/ then benign/, each in name order: `{ name: "label/NAME",
 * dir }` for every folder with an index.html whose name `only` matches (all without it).
 * @param {string} corpus @param {RegExp | null} only
 */
export function* corpusSamples(corpus, only) {
  for (const label of ["phish", "genuine", "benign"]) {
    const dir = path.join(corpus, label);
    if (!fs.existsSync(dir)) continue;
    for (const entry of fs.readdirSync(dir).sort()) {
      const name = `${label}/${entry}`;
      if (only && !only.test(name)) continue;
      const sample = path.join(dir, entry);
      if (fs.existsSync(path.join(sample, "index.html"))) yield { name, dir: sample };
    }
  }
}

/**
 * Whether collected page signals are a sign-in page's: a sign-in form, or a password, card or code
 * field (the content script's `full` report, content/main.js).
 * @param {{ signin_form?: boolean, fields: Record<string, number> }} signals
 */
export const signsIn = (signals) => {
  const f = signals.fields;
  return !!(signals.signin_form || f.password > 0 || f.card > 0 || f.otp > 0);
};
