// End-to-end tests of the built extension in headless Chromium and Firefox ESR.
//   node tests/e2e/run.mjs [chromium|firefox]...      (default: both)
// Needs dist/chrome and dist/firefox (./build.sh build). OMAMORI_SCREENSHOTS=1 also writes PNGs of
// the banner, the form guard, the popup and the options page in English and Japanese to
// docs/screenshots/. Prints PASS/FAIL per check and "N passed, N failed"; exits non-zero on failure.
import fs from "node:fs";
import path from "node:path";
import { check, repo, selfSignedCert, summary, tmpDir } from "./common.mjs";
import { startServers, unexpected } from "./server.mjs";
import { SCREENSHOT_DIR } from "./scenarios.mjs";

const which = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const browsers = which.length ? which : ["chromium", "firefox"];
const screenshots = process.env.OMAMORI_SCREENSHOTS === "1" ? SCREENSHOT_DIR : null;
if (screenshots) fs.mkdirSync(screenshots, { recursive: true });

const dist = { chromium: path.join(repo, "dist", "chrome"), firefox: path.join(repo, "dist", "firefox") };
const tmp = tmpDir("omamori-e2e-");
const srv = await startServers(selfSignedCert(tmp));
const started = Date.now();
let crashed = false;
try {
  for (const name of browsers) {
    const extDir = process.env[`OMAMORI_${name.toUpperCase()}_DIR`] || dist[name];
    if (!fs.existsSync(path.join(extDir, "manifest.json")) || !fs.existsSync(path.join(extDir, "pkg", "omamori_bg.wasm"))) {
      check(`[${name}] built extension in ${path.relative(repo, extDir)}`, false, "run ./build.sh build first");
      continue;
    }
    const t0 = Date.now();
    const { [`run${name[0].toUpperCase()}${name.slice(1)}`]: run } = await import(`./${name}.mjs`);
    try {
      await run({ extDir, srv, screenshots });
    } catch (error) {
      crashed = true;
      check(`[${name}] driver finished without an exception`, false, String(error?.stack ?? error).split("\n").slice(0, 4).join(" | "));
    }
    console.log(`[${name}] ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  check("fixture server saw only fixture hosts", unexpected.length === 0, unexpected.slice(0, 5).join(", "));
} finally {
  srv.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s${crashed ? " (a driver crashed)" : ""}`);
process.exit(summary());
