// The password alert against hostile pages (issue 12: "a warning the page cannot hide"), in Chromium
// and Firefox. After the protected password is typed on http://unrelated-shop.test/pw/hostile/NAME
// (fixtures/pw-hostile/NAME.js), the page fights the alert or hides the password from the field
// watch; each attack must end with the user seeing the warning before anything is submitted:
//   * the in-page alert, measured by the driver: a host on <html> of alert size that the browser's
//     own hit test finds first at 9 points of its box, nothing on <html> that hides its children
//     (opacity, filter, clip-path), and its red top edge in a screenshot; or
//   * the extension's warning page in the tab, in its password-reuse mode ("You just typed your
//     Amazon password on unrelated-shop.test…").
// Then (Chromium) the rate limit survives a stopped service worker: a page that empties its budget,
// waits for the worker to stop and types again gets no new budget.
import { check, poll, sleep } from "./common.mjs";
import { HOSTS } from "./server.mjs";
import { UI_VIEW, redShare } from "./view.mjs";

/** [attack, what it does, how the password gets in ("type" | "drop"), where the field is]. */
export const PW_ATTACKS = [
  ["remove-on-mutation", "removes the alert on every mutation", "type"],
  ["pushstate-remove", "pushState to another address, then removes the alert on every mutation", "type"],
  ["top-layer-cover", "covers it with its own modal <dialog> and popover", "type"],
  ["root-effects", "opacity, filter and clip-path on <html>", "type"],
  ["zoom", "CSS zoom .05 on <html>", "type"],
  ["contenteditable", "the password box is a contenteditable <div>", "type"],
  ["rebuild", "rebuilds the field on every keystroke (keys kept by the page)", "type"],
  ["shadow-iframe", "the field is in an about:srcdoc iframe in a closed shadow root", "type"],
  ["drop", "the box takes dropped text only, drop cancelled by the page", "drop"],
];

/** Page world: the centre of the password field (in the srcdoc frame for shadow-iframe). */
const FIELD = () => {
  if (window.pwFrame) {
    const f = window.pwFrame.getBoundingClientRect();
    const r = window.pwFrame.contentDocument.getElementById("p").getBoundingClientRect();
    return { x: f.left + 1 + r.left + r.width / 2, y: f.top + 1 + r.top + r.height / 2 };
  }
  const r = document.getElementById("password").getBoundingClientRect();
  return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
};

/** Page world: whether <html> hides everything drawn in it (the top layer included in Firefox). */
const ROOT_HIDES = () => {
  const cs = getComputedStyle(document.documentElement);
  return Number(cs.opacity) < 1 || cs.filter !== "none" || cs.clipPath !== "none";
};

/** What the user sees: "warning page", "alert" or null (with the view for the log). */
async function passwordWarningSeen(b, page) {
  const url = await b.urlOf(page);
  if (b.isExtensionUrl(url)) {
    const w = await page.evaluate(() => {
      const official = /** @type {HTMLAnchorElement} */ (document.getElementById("official"));
      return {
        ready: document.body?.dataset.ready === "1", mode: document.body?.dataset.mode, headline: document.getElementById("headline")?.textContent ?? "",
        change: official && !official.hidden ? official.href : null, mine: !!document.getElementById("password-mine"),
        reasons: document.getElementById("reasons")?.textContent ?? "",
      };
    }).catch(() => null);
    // The headline names the page and the password; the change-password page of the marketplace the
    // password was learned on (www.amazon.co.jp) and "this site is mine" are offered.
    const ok = /\/warning\/warning\.html/.test(url) && w?.ready && w.mode === "password" && w.headline.includes(HOSTS.unrelated) &&
      /password/i.test(w.headline) && /^https:\/\/www\.amazon\.co\.jp\//.test(w.change ?? "") && w.mine && w.reasons.includes("amazon.co.jp");
    return { how: ok ? "warning page" : null, view: w };
  }
  const v = await page.evaluate(UI_VIEW).catch(() => null);
  if (!v) return { how: null, view: null };
  const alert = v.hosts.find((h) => h.points === 9 && h.onTop === 9 && h.width >= 300 && h.width <= 600 && h.height >= 100 && h.text === "");
  if (!alert || (await page.evaluate(ROOT_HIDES))) return { how: null, view: v };
  const red = await redShare(page, { left: alert.left + 16, top: alert.top, width: alert.width - 32, height: 6 });
  return { how: red > 0.5 ? "alert" : null, view: { ...v, red } };
}

/** A trusted drop of `text` at (x, y): Chromium's Input.dispatchDragEvent. */
async function dropText(b, page, { x, y }, text) {
  const cdp = await b.ctx.newCDPSession(page);
  const data = { items: [{ mimeType: "text/plain", data: text }], dragOperationsMask: 1 };
  for (const type of ["dragEnter", "dragOver", "drop"]) await cdp.send("Input.dispatchDragEvent", { type, x, y, data });
  await cdp.detach().catch(() => {});
}

export async function runPasswordHostile(b, srv, password) {
  const tag = `[${b.name}] password hostile`;
  const base = `http://${HOSTS.unrelated}:${srv.httpPort}`;
  for (const [name, what, how] of PW_ATTACKS) {
    if (how === "drop" && !b.ctx) {
      // WebDriver BiDi has no drag with data, and a mouse drag of selected text starts no drag session in
      // headless Firefox 153 (tried): the drop listener is the same code in both browsers.
      console.log(`NOTE ${tag} ${name}: not driven in ${b.name} (no way to make a trusted drop of text)`);
      continue;
    }
    const page = await b.newPage();
    const url = `${base}/pw/hostile/${name}`;
    await page.goto(url, { waitUntil: "load" });
    await sleep(300);
    const ran = await page.evaluate(() => window.attack);
    check(`${tag} ${name}: the attack's script runs`, ran === name, ran);
    const pos = await page.evaluate(FIELD);
    if (how === "drop") {
      await dropText(b, page, pos, password);
    } else {
      await page.mouse.click(pos.x, pos.y);
      await page.keyboard.type(password);
    }
    const captured = await page.evaluate(() => window.captured ?? null).catch(() => null);
    if (["contenteditable", "rebuild", "drop"].includes(name)) {
      check(`${tag} ${name}: the page got the password its way`, captured === password, captured);
    }
    await sleep(2500); // the attacks start when the alert appears and keep going
    const seen = await poll(async () => {
      const s = await passwordWarningSeen(b, page);
      return s.how ? s : null;
    }, { timeout: 6000, interval: 150 }) ?? (await passwordWarningSeen(b, page));
    const notSent = !(await b.urlOf(page)).includes("/pw/done");
    check(`${tag} ${name} (${what}): the warning is on screen before submit`, !!seen.how && notSent, seen.how ?? seen.view);
    await page.close();
  }
}

/** Chromium: the page's rate-limit budget is kept across a stopped service worker. */
export async function runRateLimitRestart(b, srv) {
  const tag = `[${b.name}] password rate limit`;
  if (!b.ctx) return;
  const probe = await b.extensionPage("popup/popup.html?tab=-1");
  const session = () => b.evalExtension(probe, () => chrome.storage.session.get(null));
  const page = await b.newPage();
  const url = `http://${HOSTS.unrelated}:${srv.httpPort}/pw/form`;
  await page.goto(url, { waitUntil: "load" });
  await sleep(300);
  const tabId = await poll(async () => {
    for (const [k, v] of Object.entries(await session())) if (k.startsWith("verdict:") && v.url === url) return Number(k.slice(8));
    return null;
  });
  const key = `pwlimit:${tabId}:${HOSTS.unrelated}`;
  const tokens = async () => (await session())[key]?.tokens ?? null;
  const r = await page.evaluate(() => {
    const b = document.getElementById("nickname").getBoundingClientRect();
    return { x: b.left + 10, y: b.top + b.height / 2 };
  });
  await page.mouse.click(r.x, r.y);
  // 60 keys, one check each once past the shortest password (a key every 25 ms: none coalesced).
  await page.keyboard.type("guess-".repeat(10), { delay: 25 });
  await sleep(300);
  const before = await tokens();
  const t0 = Date.now();
  check(`${tag}: a page typing guesses empties its bucket`, before !== null && before <= 3, { key, before });
  const cdp = await b.ctx.newCDPSession(probe);
  const states = [];
  cdp.on("ServiceWorker.workerVersionUpdated", (e) => {
    for (const v of e.versions) if (v.scriptURL.includes(b.extId)) states.push(v.runningStatus);
  });
  await cdp.send("ServiceWorker.enable");
  await sleep(1000); // the page's last limited check has been retried: nothing wakes the worker now
  states.length = 0;
  await cdp.send("ServiceWorker.stopAllWorkers");
  const stopped = await poll(async () => states.includes("stopped"), { timeout: 3000, interval: 50 });
  check(`${tag}: the service worker was stopped`, !!stopped, states);
  await page.keyboard.type("x"); // wakes a fresh worker, which checks it
  const restarted = await poll(async () => states.lastIndexOf("running") > states.indexOf("stopped"), { timeout: 3000, interval: 50 });
  await cdp.detach().catch(() => {});
  await sleep(400);
  const after = await tokens();
  // What the old bucket may have refilled since (one check every 500 ms), minus the check just made.
  const allowed = Math.min(18, (before ?? 0) + Math.ceil((Date.now() - t0) / 500));
  check(`${tag}: after the worker restarts, the budget is kept (not a fresh ${20})`, !!restarted && after !== null && after <= allowed,
    { before, after, allowed });
  await page.close();
  await probe.close();
}
