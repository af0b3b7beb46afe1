// The pictures of some pages as a browser draws them for the engine: a table for tools/visual/roc.mjs
// (`<expected retailer or -> <name> <picture>`), one line per picture. The pages are served on random
// hosts (tests/e2e/impersonation.mjs's server, network blocked), and the content script's own collectors
// run in them (tests/e2e/collect-signals.mjs COLLECT), so a canvas drawn with `fillText` in the browser's
// own fonts is what the engine would get — resvg, which draws tests/cases/visual.txt, has other fonts.
//
//   node tools/visual/browser-pictures.mjs [--firefox] EXPECTED:PATH.html ... > TABLE.txt
//
// EXPECTED is a catalog id or `-` (an unrelated page). Needs dist/ (./build.sh build).
import path from "node:path";
import { repo } from "../../tests/e2e/common.mjs";
import { startPageServer } from "../../tests/e2e/impersonation.mjs";
import { COLLECT } from "../../tests/e2e/collect-signals.mjs";

const args = process.argv.slice(2);
const firefox = args.includes("--firefox");
const pages = args.filter((a) => !a.startsWith("--")).map((a) => {
  const i = a.indexOf(":");
  return { expected: a.slice(0, i), file: path.resolve(a.slice(i + 1)) };
});
if (!pages.length) {
  console.error("usage: browser-pictures.mjs [--firefox] EXPECTED:PATH.html ...");
  process.exit(2);
}
const b = firefox
  ? await (await import("../../tests/e2e/firefox.mjs")).launch(path.join(repo, "dist", "firefox"), "en")
  : await (await import("../../tests/e2e/chromium.mjs")).launch(path.join(repo, "dist", "chrome"), "en");
const servers = new Map();
try {
  for (const { expected, file } of pages) {
    const dir = path.dirname(file);
    if (!servers.has(dir)) servers.set(dir, await startPageServer(dir, { neutralImages: false }));
    const page = await b.newPage();
    await page.goto(servers.get(dir).serve(path.basename(file)), { waitUntil: "load" });
    const got = await page.evaluate(COLLECT);
    const name = path.basename(file, ".html");
    const pictures = got.signals.pictures ?? [];
    if (!pictures.length) console.log(`${expected} ${name} -`);
    for (const p of pictures) console.log(`${expected} ${name} ${p}`);
    await page.close();
  }
} finally {
  for (const s of servers.values()) s.close();
  await (firefox ? b.browser.close() : b.ctx.close());
}
