// One suite alone, in one browser, without the rest of the run (quicker while working on it):
//   node tests/e2e/only.mjs ways-out [chromium|firefox] [--wired]
//   node tests/e2e/only.mjs spa:framed [chromium|firefox]   (FILE:SUITE: runFramed of spa.mjs)
// The suite module exports run<Name> (ways-out → runWaysOut) taking (adapter, srv).
import fs from "node:fs";
import path from "node:path";
import { repo, selfSignedCert, summary, tmpDir } from "./common.mjs";
import { startServers } from "./server.mjs";

const [suite, which = "chromium"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
// --wired: the suite's helpers get { wired: true } (as run.mjs passes them to evasion and visual).
const helpers = process.argv.includes("--wired") ? { wired: true } : undefined;
if (!suite) {
  console.error("usage: node tests/e2e/only.mjs SUITE [chromium|firefox]");
  process.exit(2);
}
// FILE:SUITE runs a suite that lives in another suite's module (spa:framed → spa.mjs runFramed).
const [file, part] = suite.includes(":") ? suite.split(":") : [suite, suite];
const name = "run" + part.split("-").map((w) => w[0].toUpperCase() + w.slice(1)).join("");
const run = (await import(`./${file}.mjs`))[name];
if (typeof run !== "function") throw new Error(`tests/e2e/${file}.mjs exports no ${name}`);
const tmp = tmpDir("omamori-only-");
const srv = await startServers(selfSignedCert(tmp));
try {
  if (which === "firefox") {
    const { launch, testBuild } = await import("./firefox.mjs");
    const b = await launch(testBuild(path.join(repo, "dist", "firefox"), path.join(tmp, "test-firefox")), "en");
    try {
      await run(b, srv, helpers);
    } finally {
      await b.browser.close();
    }
  } else {
    const { launch } = await import("./chromium.mjs");
    const b = await launch(path.join(repo, "dist", "chrome"), "en");
    try {
      await run(b, srv, helpers);
    } finally {
      await b.ctx.close();
    }
  }
} finally {
  srv.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
process.exit(summary());
