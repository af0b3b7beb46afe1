// `node tests/e2e/visual-alone.mjs [chromium|firefox] [--wired]`: the brand-as-a-picture checks
// (visual.mjs) alone, in one browser with the built extension (dist/chrome or dist/firefox).
// run.mjs runs them with every other suite.
import path from "node:path";
import { repo, summary } from "./common.mjs";
import { runVisual } from "./visual.mjs";

const which = process.argv.slice(2).find((a) => !a.startsWith("-")) ?? "chromium";
const wired = process.argv.includes("--wired");
if (which === "firefox") {
  const { launch } = await import("./firefox.mjs");
  const b = await launch(path.join(repo, "dist", "firefox"), "en");
  try { await runVisual(b, null, { wired }); } finally { await b.browser.close(); }
} else {
  const { launch } = await import("./chromium.mjs");
  const b = await launch(path.join(repo, "dist", "chrome"), "en");
  try { await runVisual(b, null, { wired }); } finally { await b.ctx.close(); }
}
process.exit(summary());
