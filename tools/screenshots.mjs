// Screenshots of every screen of the tour (extension/tour/tour.html), in English and Japanese, in
// headless Chromium and Firefox with the built extension (dist/chrome, dist/firefox):
//   node tools/screenshots.mjs [chromium|firefox]...      (default: both)
// writes docs/screenshots/<browser>-<lang>-<screen>.png at 1× (device pixel ratio 1), each cropped
// to the component: the banner, card or alert where it is drawn over the sample page, the whole
// frame for the form guard (it dims the page), the popup and the recovery assistant. Japanese text
// needs fonts-noto-cjk (./build.sh deps --test installs it). The tour's language switch does not
// depend on the browser's, so one browser session takes both languages. Nothing leaves the machine:
// the tour's samples are checked by the engine only, and the browsers' host resolver points at
// 127.0.0.1 (tests/e2e/chromium.mjs, firefox.mjs).
import fs from "node:fs";
import path from "node:path";
import { repo, poll } from "../tests/e2e/common.mjs";

const OUT = path.join(repo, "docs", "screenshots");
const LANGS = ["en", "ja"];
const DIST = { chromium: "chrome", firefox: "firefox" };
const MAX_HEIGHT = 640; // px: a taller screen is cut there (PNG size)
const which = process.argv.slice(2).filter((a) => !a.startsWith("-"));
const browsers = which.length ? which : ["chromium", "firefox"];

/**
 * The rectangle to capture for each screen, in viewport pixels, with the frame scrolled to the top
 * of the viewport: the frame, or the hosts the components drew under the frame's <html> (the guard
 * dims the whole page: its frame).
 */
function clipOf(id) {
  const frame = /** @type {HTMLIFrameElement} */ (document.querySelector(`iframe[data-screen="${id}"]`));
  window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY - 4);
  const f = frame.getBoundingClientRect();
  const inner = { left: f.left + frame.clientLeft, top: f.top + frame.clientTop };
  const doc = /** @type {Document} */ (frame.contentDocument);
  const hosts = [...doc.documentElement.children].filter((e) => e !== doc.head && e !== doc.body)
    .map((e) => e.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
  const whole = { x: f.left, y: f.top, width: f.width, height: f.height };
  if (!hosts.length || id === "guard") return whole;
  const m = 8;
  const left = Math.max(0, Math.min(...hosts.map((r) => r.left)) - m), top = Math.max(0, Math.min(...hosts.map((r) => r.top)) - m);
  const right = Math.min(frame.clientWidth, Math.max(...hosts.map((r) => r.right)) + m);
  const bottom = Math.min(frame.clientHeight, Math.max(...hosts.map((r) => r.bottom)) + m);
  return { x: inner.left + left, y: inner.top + top, width: right - left, height: bottom - top };
}

async function shoot(name) {
  const dir = path.join(repo, "dist", DIST[name]);
  if (!fs.existsSync(path.join(dir, "manifest.json"))) throw new Error(`${dir} missing: run ./build.sh build first`);
  const { launch } = await import(`../tests/e2e/${name}.mjs`);
  const b = await launch(dir, "en");
  const written = [];
  try {
    for (const lang of LANGS) {
      const page = await b.extensionPage(`tour/tour.html?lang=${lang}`, { width: 1000, height: 1300 });
      const ready = await poll(() => page.evaluate(() => document.body.dataset.ready === "1"), { timeout: 30000 });
      if (!ready) throw new Error(`[${name}] tour (${lang}) not ready`);
      await page.evaluate(() => document.fonts.ready.then(() => true));
      const ids = await page.evaluate(() => [...document.querySelectorAll("iframe[data-screen]")].map((f) => /** @type {HTMLElement} */ (f).dataset.screen));
      for (const id of ids) {
        const clip = await page.evaluate(clipOf, id);
        // Playwright (Chromium) takes the clip in viewport pixels, Puppeteer over BiDi (Firefox) in document pixels.
        if (name === "firefox") clip.y += await page.evaluate(() => window.scrollY);
        const height = Math.min(MAX_HEIGHT, Math.ceil(clip.height)); // the recovery assistant: its first steps
        const rounded = { x: Math.floor(clip.x), y: Math.floor(clip.y), width: Math.ceil(clip.width), height };
        const file = path.join(OUT, `${name}-${lang}-${id}.png`);
        await page.screenshot({ path: file, clip: rounded });
        written.push(file);
      }
      await page.close();
    }
  } finally {
    await (b.ctx ?? b.browser).close();
  }
  return written;
}

fs.mkdirSync(OUT, { recursive: true });
for (const name of browsers) {
  const files = await shoot(name);
  for (const f of files) console.log(`${path.relative(repo, f)}  ${fs.statSync(f).size} B`);
}
