// What the user sees of the extension's in-page UI, measured by the test driver, never taken from
// the extension's own claims:
//   UI_VIEW (runs in the page's world): every element the extension added to <html> (anything
//     but <head>/<body>), its box, and how many of 9 points spread over its box hit it first
//     (document.elementsFromPoint, the browser's own hit test);
//   warningView(b, page): the banner/guard/note found by geometry, plus whether the tab shows the
//     extension's warning page instead of the page;
//   redShare(page, box): share of the banner's red in a screenshot of `box` (painted pixels).
// Text and button boxes inside the closed shadow roots come from the browser adapter: CDP in
// Chromium (chromium.mjs shadowHosts), a test-only observer content script in Firefox.
import { shareOf } from "./png.mjs";

export const UI_VIEW = () => {
  const html = document.documentElement;
  const vw = html.clientWidth || innerWidth;
  const vh = innerHeight;
  const hosts = [...html.children].filter((e) => e !== document.head && e !== document.body);
  return {
    vw, vh, url: location.href,
    hosts: hosts.map((h) => {
      const r = h.getBoundingClientRect();
      const l = Math.max(r.left, 0), t = Math.max(r.top, 0), rr = Math.min(r.right, innerWidth), b = Math.min(r.bottom, innerHeight);
      const pts = rr - l > 6 && b - t > 6 ? [l + 3, (l + rr) / 2, rr - 4].flatMap((x) => [t + 3, (t + b) / 2, b - 4].map((y) => [x, y])) : [];
      const onTop = pts.filter(([x, y]) => document.elementsFromPoint(x, y)[0] === h).length;
      return {
        tag: h.localName, left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width), height: Math.round(r.height),
        points: pts.length, onTop, openShadowRoot: h.shadowRoot !== null, text: h.textContent,
      };
    }),
  };
};

/** Which of our UI parts a host is, by where it sits: the banner at the top, the guard over everything, the note bottom right. */
export function kindOf(h, vw, vh) {
  if (h.width >= vw - 2 && h.height >= vh - 2 && h.top <= 1) return "guard";
  if (h.top <= 1 && h.left <= 1 && h.width >= vw - 2) return "banner";
  if (h.left > vw / 3 && h.top > vh / 3) return "note";
  return "other";
}

/** A part is seen when it has a real size and the browser's hit test finds it first at all 9 points. */
export const seen = (h, minHeight = 40) => !!h && h.points === 9 && h.onTop === 9 && h.height >= minHeight && !h.openShadowRoot && h.text === "";

/** @returns {{ url, onWarningPage, banner, guard, note, hosts, vw, vh }} */
export async function warningView(b, page) {
  const url = await b.urlOf(page);
  if (b.isExtensionUrl(url)) {
    const w = await page.evaluate(() => ({
      ready: document.body?.dataset.ready === "1", headline: document.getElementById("headline")?.textContent ?? "",
    })).catch(() => ({ ready: false, headline: "" }));
    return { url, onWarningPage: /\/warning\/warning\.html/.test(url) && w.ready, headline: w.headline, hosts: [] };
  }
  const v = await page.evaluate(UI_VIEW).catch((e) => ({ vw: 0, vh: 0, hosts: [], error: String(e) }));
  const find = (k) => v.hosts.find((h) => kindOf(h, v.vw, v.vh) === k) ?? null;
  return { url, onWarningPage: false, ...v, banner: find("banner"), guard: find("guard"), note: find("note") };
}

/** Share of banner-red (#b3261e) pixels in a screenshot of `box` (viewport coordinates). */
export async function redShare(page, box) {
  const clip = { x: Math.max(0, box.left), y: Math.max(0, box.top), width: Math.max(1, Math.min(box.width, 1280)), height: Math.max(1, Math.min(box.height, 80)) };
  const png = await page.screenshot({ clip });
  return shareOf(Buffer.from(png), [0xb3, 0x26, 0x1e]);
}

/** The warning as the user sees it: the banner seen and painted red, or the extension's warning page. */
export async function warningShown(b, page, { red = true } = {}) {
  const v = await warningView(b, page);
  if (v.onWarningPage) return { shown: true, how: "warning page", view: v };
  if (!seen(v.banner)) return { shown: false, how: "none", view: v };
  const share = red ? await redShare(page, v.banner) : 1;
  return { shown: share > 0.3, how: `banner (red ${share.toFixed(2)})`, view: v };
}

/**
 * The text and buttons of each UI part inside the closed shadow roots (through the adapter: CDP in
 * Chromium, the test build's observer in Firefox), keyed by where the part sits.
 * @returns {Promise<{ banner, guard, note }>} each `{ box, text, buttons: [{ text, href, x, y }] }` or null
 */
export async function parts(b, page) {
  const [vw, vh] = await page.evaluate(() => [document.documentElement.clientWidth || innerWidth, innerHeight]);
  const hosts = await b.shadowHosts(page);
  const find = (k) => hosts.find((h) => h.box && kindOf(h.box, vw, vh) === k) ?? null;
  return { banner: find("banner"), guard: find("guard"), note: find("note") };
}

/** A real mouse click on the centre of the part's button whose text matches `re`. */
export async function clickButton(page, part, re) {
  const button = part?.buttons.find((x) => re.test(x.text));
  if (!button || !(button.width > 0)) return false;
  await page.mouse.click(button.x, button.y);
  return true;
}
