// The hostile-page suite: one page per attack of issue 9 (items 1–6) plus the older hostile cases,
// each on the lookalike host (http://amaz0n-co-jp.test/hostile/NAME, see server.mjs and
// fixtures/hostile/NAME.js). Every check asserts what the user sees, measured by the driver:
//   * the banner: present at the top, full width, at least 40 px high, the browser's own hit test
//     (elementsFromPoint from the page's world) finds it first at 9 points of its box, and a
//     screenshot of it is mostly the banner's red; or
//   * the extension's warning page in the tab, when the page kept defeating the banner;
// plus the stored verdict and the badge. Nothing the content script says about itself is read.
import { check, openPage, poll, sleep } from "./common.mjs";
import { HOSTS } from "./server.mjs";
import { UI_VIEW, kindOf, seen, warningShown, warningView } from "./view.mjs";

/** [attack, issue item, what it does]. Every attack must leave the warning on screen. */
export const ATTACKS = [
  ["define-elements", "9.1", "defines the extension's old element names and breaks attachShadow"],
  ["observer-strip", "9.2", "removes the banner from a MutationObserver"],
  ["interval-strip", "9.2", "removes the banner in a 0 ms interval"],
  ["remove-loop", "old", "removes the banner every 100 ms for 3 s"],
  ["restyle", "old", "hides the banner with CSS, attributes, hidePopover and a cover"],
  ["modal-loop", "9.3", "re-opens a modal dialog every 250 ms"],
  ["popover-loop", "9.3", "re-shows a covering popover every 250 ms"],
  ["shadow-modal", "9.3", "the modal loop inside the page's closed shadow root"],
  ["shadow-cover", "9.3+9.5", "a click-through top-layer cover inside the page's closed shadow root"],
  ["zoom", "9.4", "html zoom .02, body zoom 50"],
  ["filter-opacity", "9.4", "html filter opacity(0)"],
  ["filter-invert", "9.4", "html and body filter invert(1)"],
  ["filter-blur", "9.4", "html filter blur"],
  ["clear-timers", "extra", "clears every timer id, removes the banner each second"],
  ["csp-sandbox", "extra", "serves itself as a sandboxed (opaque-origin) document"],
];

/**
 * Attacks not blocked yet (none at the moment; state them in the README): only what no page can
 * touch is asserted (verdict and badge); what the banner looks like is printed.
 */
export const KNOWN_GAPS = [];

export async function runHostile(b, srv, { session, local, badge }) {
  const tag = `[${b.name}] hostile`;
  const base = `http://${HOSTS.lookalike}:${srv.httpPort}`;
  /** The tab whose stored verdict is for `url` (also after the tab moved to the warning page). */
  const tabOf = (url) => poll(async () => {
    for (const [k, v] of Object.entries(await session())) if (k.startsWith("verdict:") && v.url === url) return Number(k.slice(8));
    return null;
  });

  for (const [name, item, what] of ATTACKS) {
    const page = await b.newPage();
    const url = `${base}/hostile/${name}`;
    await openPage(b, page, url); // loaded, or already moved on to the warning page
    const tabId = await tabOf(url);
    await sleep(3500); // the attacks start at once or 1 s after load and keep going
    const result = await poll(async () => {
      const r = await warningShown(b, page);
      return r.shown ? r : null;
    }, { timeout: 5000 }) ?? (await warningShown(b, page));
    check(`${tag} ${name} (${item}: ${what}): the warning is on screen`, result.shown,
      result.shown ? result.how : { how: result.how, banner: result.view.banner, url: result.view.url });
    check(`${tag} ${name}: verdict stored, badge !`, tabId !== null && (await badge(tabId)) === "!", { tabId });
    if (name === "define-elements") {
      const learned = await page.evaluate(() => window.omamoriSeen === true).catch(() => null);
      check(`${tag} ${name}: the page's element classes never ran`, learned === false, learned);
      await page.click("#ap_password").catch(() => {});
      const g = await poll(async () => { const v = await warningView(b, page); return seen(v.guard, 100) ? v.guard : null; }, { timeout: 3000 });
      check(`${tag} ${name}: the form guard still works`, !!g, g);
    }
    if (name === "zoom" && !result.view.onWarningPage) {
      check(`${tag} zoom: banner drawn at full size despite the page's zoom`, result.view.banner?.height >= 60, result.view.banner);
    }
    await page.close();
  }

  for (const [name, item, what] of KNOWN_GAPS) {
    const page = await b.newPage();
    const url = `${base}/hostile/${name}`;
    await openPage(b, page, url); // loaded, or already moved on to the warning page
    const tabId = await tabOf(url);
    await sleep(3500);
    const result = await warningShown(b, page);
    console.log(`NOTE ${tag} ${name} (${item}: ${what}): not blocked in-page; the user sees ${result.shown ? result.how : `no warning (${result.how})`}`);
    check(`${tag} ${name}: verdict stored, badge ! (what no page can touch)`, tabId !== null && (await badge(tabId)) === "!", { tabId });
    await page.close();
  }

  // ---- 9.5 clickjacking: two real clicks through a pointer-events:none decoy over the banner ----
  {
    const before = JSON.stringify((await local()).settings);
    const page = await b.newPage();
    const url = `${base}/hostile/decoy`;
    await page.goto(url, { waitUntil: "load" });
    const tabId = await tabOf(url);
    const decoyBox = () => page.evaluate(() => {
      const r = document.getElementById("decoy")?.getBoundingClientRect();
      return r && r.width > 0 ? { x: r.left + r.width / 2, y: r.top + r.height / 2 } : null;
    }).catch(() => null);
    await poll(decoyBox, { timeout: 3000 });
    await sleep(300);
    for (let i = 0; i < 2; i++) {
      const box = await decoyBox(); // a user clicks on what they see, wherever the decoy went
      await page.mouse.click(box?.x ?? 1136, box?.y ?? 128).catch(() => {});
      await sleep(600);
    }
    await sleep(1000);
    const after = JSON.stringify((await local()).settings);
    check(`${tag} decoy (9.5): two real clicks through the decoy trust nothing`, before === after && !after.includes(HOSTS.lookalike), { before, after });
    const r = await warningShown(b, page);
    const now = await b.urlOf(page);
    const left = !r.shown && /^(about:blank|https:\/\/www\.amazon\.co\.jp)/.test(now);
    check(`${tag} decoy: the warning is still shown (or the click left the page for safety)`, r.shown || left, r.shown ? r.how : { now, view: r.view });
    check(`${tag} decoy: badge still !`, tabId !== null && (await badge(tabId)) === "!");
    await page.close();
  }

  // ---- 9.6 documents without a web URL ------------------------------------------------------------
  {
    const page = await b.newPage();
    await page.goto(`${base}/hostile/blob-navigate`, { waitUntil: "load" });
    const tabId = await tabOf(`${base}/hostile/blob-navigate`);
    const blob = await poll(async () => { const u = await b.urlOf(page); return u.startsWith("blob:") ? u : null; }, { timeout: 6000 });
    check(`${tag} blob: the page moved to a blob: document`, !!blob, await b.urlOf(page));
    const rec = await poll(async () => {
      const v = (await session())[`verdict:${tabId}`];
      return v && v.url === `${base}/` && v.signinForm === true ? v : null;
    });
    check(`${tag} blob: verdict of the creator's origin stored for the tab (lookalike, form seen)`, rec?.verdict === "lookalike", rec && `${rec.url} ${rec.verdict}`);
    check(`${tag} blob: badge !`, tabId !== null && (await badge(tabId)) === "!");
    const r = await poll(async () => { const x = await warningShown(b, page); return x.shown ? x : null; }, { timeout: 5000 });
    check(`${tag} blob: the warning is on screen`, !!r, r?.how);
    await page.close();
  }
  for (const [name, kind] of [["srcdoc-frame", "about:srcdoc"], ["data-frame", "data:"]]) {
    // The kit in a frame without a web URL over the whole page: the frame's own content script
    // gets the verdict of its parent and guards the frame's password field.
    const page = await b.newPage();
    await page.goto(`${base}/hostile/${name}`, { waitUntil: "load" });
    const frame = await poll(async () => page.frames().find((f) => f !== page.mainFrame()) ?? null);
    await sleep(1500);
    await frame?.focus("#ap_password").catch(() => {}); // under both banners: focus, as Tab would
    const guard = await poll(async () => {
      const v = await frame.evaluate(UI_VIEW);
      const g = v.hosts.find((h) => kindOf(h, v.vw, v.vh) === "guard");
      return seen(g, 100) ? g : null;
    }, { timeout: 5000 });
    check(`${tag} ${kind} frame: the frame's password field is guarded`, !!guard, guard);
    await page.close();
  }
  {
    const page = await b.newPage();
    await page.goto(`${base}/hostile/popup-blank`, { waitUntil: "load" });
    const opener = await tabOf(`${base}/hostile/popup-blank`);
    const popup = await b.popupOf(page, () => page.evaluate(() => window.__openKit())).catch(() => null);
    check(`${tag} about:blank popup: opened`, !!popup);
    if (popup) {
      const r = await poll(async () => { const x = await warningShown(b, popup); return x.shown ? x : null; }, { timeout: 8000 });
      check(`${tag} about:blank popup written by its opener: the warning is on screen`, !!r, r?.how ?? (await warningView(b, popup)).hosts);
      const tabId = await poll(async () => {
        for (const [k, v] of Object.entries(await session())) {
          if (k.startsWith("verdict:") && Number(k.slice(8)) !== opener && v.url === `${base}/` && v.verdict === "lookalike") return Number(k.slice(8));
        }
        return null;
      });
      check(`${tag} about:blank popup: verdict inherited from the opener, badge !`, tabId !== null && (await badge(tabId)) === "!", { tabId });
      await popup.close().catch(() => {});
    }
    await page.close();
  }
}
