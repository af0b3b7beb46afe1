// End-to-end tests of the built extension in headless Chromium and Firefox ESR.
//   node tests/e2e/run.mjs [chromium|firefox]...      (default: both)
// Needs dist/chrome and dist/firefox (./build.sh build). Chromium runs the store build dist/chrome
// (the closed shadow roots are read over CDP); Firefox runs a test build, made here (in this run's
// temp dir) from dist/firefox plus one test-only content script (observer.js: WebDriver BiDi cannot pierce closed
// shadow roots). The store builds are checked to hold no test channel. OMAMORI_SCREENSHOTS=1 also writes PNGs of
// the banner, the form guard, the popup and the options page in English and Japanese to
// target/e2e-screenshots/. The two browsers run side by side; OMAMORI_E2E_PARALLEL=0 runs one after the other.
// Prints PASS/FAIL per check and "N passed, N failed"; exits non-zero on failure.
import fs from "node:fs";
import path from "node:path";
import { check, repo, selfSignedCert, summary, tmpDir } from "./common.mjs";
import { startServers, unexpected } from "./server.mjs";
import { SCREENSHOT_DIR } from "./scenarios.mjs";
import { testBuild } from "./firefox.mjs";

const which = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const browsers = which.length ? which : ["chromium", "firefox"];
const screenshots = process.env.OMAMORI_SCREENSHOTS === "1" ? SCREENSHOT_DIR : null;
if (screenshots) fs.mkdirSync(screenshots, { recursive: true });

const dist = { chromium: path.join(repo, "dist", "chrome"), firefox: path.join(repo, "dist", "firefox") };
/** Files of a store build that carry a test channel (the old ui-state mirror, the observer). */
function testChannels(dir) {
  const hits = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(js|json|html)$/.test(e.name) && /ui-state|omamori-observe|data-omamori-observed|\bui:\$\{/.test(fs.readFileSync(p, "utf8"))) hits.push(path.relative(dir, p));
    }
  };
  walk(dir);
  return hits;
}

/** One browser's whole run: its store build checked, then every suite in it (chromium.mjs / firefox.mjs). */
async function runBrowser(name) {
  const extDir = process.env[`OMAMORI_${name.toUpperCase()}_DIR`] || dist[name];
  if (!fs.existsSync(path.join(extDir, "manifest.json")) || !fs.existsSync(path.join(extDir, "pkg", "omamori_bg.wasm"))) {
    check(`[${name}] built extension in ${path.relative(repo, extDir)}`, false, "run ./build.sh build first");
    return;
  }
  const channels = testChannels(extDir);
  check(`[${name}] store build ${path.relative(repo, extDir)} carries no test channel`, channels.length === 0, channels.join(", "));
  // Each browser runs a copy in this run's temp dir: a build (./build.sh build) during the run, or
  // another run, never changes the files under a running extension (a worker restart reads them again).
  const runDir = path.join(tmp, `${name}-extension`);
  if (name === "firefox") testBuild(extDir, runDir);
  else fs.cpSync(extDir, runDir, { recursive: true });
  const t0 = Date.now();
  const { [`run${name[0].toUpperCase()}${name.slice(1)}`]: run } = await import(`./${name}.mjs`);
  try {
    await run({ extDir: runDir, srv, screenshots });
  } catch (error) {
    crashed = true;
    check(`[${name}] driver finished without an exception`, false, String(error?.stack ?? error).split("\n").slice(0, 4).join(" | "));
  }
  console.log(`[${name}] ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const tmp = tmpDir("omamori-e2e-");
const srv = await startServers(selfSignedCert(tmp));
const started = Date.now();
let crashed = false;
try {
  // The browsers run side by side (each its own profile, temp dir and pages; the fixture servers
  // answer both): most of a suite's time is waiting on pages, not CPU. OMAMORI_E2E_PARALLEL=0 runs
  // them one after the other (tests/e2e/README.md).
  if (process.env.OMAMORI_E2E_PARALLEL === "0") for (const name of browsers) await runBrowser(name);
  else await Promise.all(browsers.map(runBrowser));
  check("fixture server saw only fixture hosts", unexpected.length === 0, unexpected.slice(0, 5).join(", "));
} finally {
  srv.close();
  fs.rmSync(tmp, { recursive: true, force: true });
}
console.log(`total ${((Date.now() - started) / 1000).toFixed(1)} s${crashed ? " (a driver crashed)" : ""}`);
process.exit(summary());
