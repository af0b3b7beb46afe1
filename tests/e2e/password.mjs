// End-to-end checks of the protected-password alert (issue 12), in Chromium and Firefox:
// sign in on the official fixture (https://www.amazon.co.jp:PORT/ap/signin?case=pw-signin → account
// page), answer the consent card, then type on http://unrelated-shop.test:PORT/pw/form.
//
// What is asserted is what the user sees: from the page's own world, a host element on <html> whose
// box is alert-sized and which is the topmost element at its centre (elementsFromPoint), never a
// flag the extension sets. Also printed (not asserted): the time from the last keystroke to the alert.
import { check, poll, sleep } from "./common.mjs";
import { HOSTS } from "./server.mjs";
import { runPasswordHostile, runRateLimitRestart } from "./password-hostile.mjs";

const PASSWORD = "Kamome-2026-sora";
const OTHER = "another-password-99";

/** Page world: the extension UI hosts on <html> that are drawn and on top, with their boxes. */
const VISIBLE_HOSTS = () => {
  const out = [];
  for (const h of document.documentElement.children) {
    if (h === document.head || h === document.body) continue;
    const r = h.getBoundingClientRect();
    if (r.width < 50 || r.height < 30) continue;
    const x = r.left + r.width / 2;
    const y = r.top + Math.min(r.height / 2, 60);
    const top = document.elementsFromPoint(x, y)[0];
    out.push({ w: Math.round(r.width), h: Math.round(r.height), x: Math.round(r.left), y: Math.round(r.top), onTop: top === h });
  }
  return out;
};
/** The alert: an on-top host 300–600 px wide and at least 100 px tall, near the top of the viewport. */
const isAlert = (v) => v.onTop && v.w >= 300 && v.w <= 600 && v.h >= 100 && v.y < 200;
/** The consent card: an on-top host at the bottom right. */
const isCard = (v) => v.onTop && v.w >= 250 && v.w <= 420 && v.h >= 80 && v.y > 200;

/** Page world: record the time of each keydown and of the first new host on <html>. */
const TIMER = () => {
  const t = { lastKey: 0, shownAt: 0 };
  window.__omamoriTest = t;
  addEventListener("keydown", () => (t.lastKey = performance.now()), true);
  new MutationObserver(() => {
    if (!t.shownAt && [...document.documentElement.children].some((c) => c !== document.head && c !== document.body)) t.shownAt = performance.now();
  }).observe(document.documentElement, { childList: true });
};

export async function runPassword(b, srv) {
  const tag = `[${b.name}] password`;
  const official = `https://${HOSTS.official}:${srv.httpsPort}`;
  const shop = `http://${HOSTS.unrelated}:${srv.httpPort}`;
  const flagged = `http://${HOSTS.lookalike}:${srv.httpPort}`;
  const hosts = (page) => page.evaluate(VISIBLE_HOSTS);
  const alertShown = async (page, timeout = 4000) => !!(await poll(async () => (await hosts(page)).some(isAlert), { timeout, interval: 50 }));
  const noAlert = async (page) => {
    await sleep(1200); // the check is a few ms; give it far longer before saying "nothing"
    return !(await hosts(page)).some(isAlert);
  };
  const latencies = [];
  async function typeInto(page, locate, text) {
    const pos = await page.evaluate(locate);
    await page.mouse.click(pos.x, pos.y);
    await page.evaluate(TIMER);
    await page.keyboard.type(text);
  }
  async function latency(page) {
    const t = await page.evaluate(() => window.__omamoriTest);
    if (t?.shownAt && t.lastKey) latencies.push(t.shownAt - t.lastKey);
  }
  const centre = (sel) => new Function(`const r = document.querySelector(${JSON.stringify(sel)}).getBoundingClientRect();
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };`);
  const open = async (url) => {
    const page = await b.newPage();
    await page.goto(url, { waitUntil: "load" });
    await sleep(300); // the content scripts ask the background for their config at document_start
    return page;
  };

  // 1. Sign in on the official site; the next page is an account page; the consent card asks.
  const signin = await open(`${official}/ap/signin?case=pw-signin`);
  await typeInto(signin, centre("#ap_password"), PASSWORD);
  await signin.click("#continue");
  const landed = await poll(() => signin.evaluate(() => location.pathname === "/gp/css/homepage.html" && document.readyState === "complete"));
  check(`${tag}: the sign-in lands on the account page`, landed);
  const card = await poll(async () => (await hosts(signin)).find(isCard), { timeout: 5000, interval: 100 });
  check(`${tag}: the consent card shows after the successful sign-in (on top, bottom right)`, card, await hosts(signin));
  await signin.keyboard.press("Enter"); // the card's "Protect it" button has the focus
  const gone = card && (await poll(async () => !(await hosts(signin)).some(isCard), { timeout: 3000 }));
  check(`${tag}: answering (Enter on the focused "Protect it") closes the card`, gone);
  await sleep(300);
  await signin.close();

  // 2. The same password on an unrelated shop: the alert shows before anything is submitted.
  let page = await open(`${shop}/pw/form`);
  await typeInto(page, centre("#password"), PASSWORD);
  const shown = await alertShown(page);
  await latency(page);
  const stillThere = await page.evaluate(() => location.pathname === "/pw/form");
  check(`${tag}: same password on ${HOSTS.unrelated} → alert on top, before submit`, shown && stillThere, await hosts(page));
  await page.close();

  // 3. A different password → nothing.
  page = await open(`${shop}/pw/form`);
  await typeInto(page, centre("#password"), OTHER);
  check(`${tag}: a different password → no alert`, await noAlert(page), await hosts(page));
  await page.close();

  // 4. The official site → nothing (and copy the password for the paste check).
  page = await open(`${official}/ap/signin?case=pw-signin`);
  await typeInto(page, centre("#notes"), PASSWORD);
  check(`${tag}: the same password on the official site → no alert`, await noAlert(page), await hosts(page));
  const mod = "Control";
  await page.keyboard.down(mod);
  await page.keyboard.press("KeyA");
  await page.keyboard.press("KeyC");
  await page.keyboard.up(mod);
  await page.close();

  // 5. Paste into the shop's text field → alert.
  page = await open(`${shop}/pw/form`);
  const pos = await page.evaluate(centre("#nickname"));
  await page.mouse.click(pos.x, pos.y);
  await page.keyboard.down(mod);
  await page.keyboard.press("KeyV");
  await page.keyboard.up(mod);
  const pasted = await page.evaluate(() => document.querySelector("#nickname").value.length);
  check(`${tag}: paste → alert`, pasted > 0 && (await alertShown(page)), { pasted, hosts: await hosts(page) });
  await page.close();

  // 6. Fields in an iframe, an open shadow root and a closed shadow root → alert.
  const places = {
    iframe: () => {
      const f = document.getElementById("frame").getBoundingClientRect();
      const r = document.getElementById("frame").contentDocument.getElementById("frame-password").getBoundingClientRect();
      return { x: f.left + 1 + r.left + r.width / 2, y: f.top + 1 + r.top + r.height / 2 };
    },
    "open shadow root": () => {
      const r = document.getElementById("open").shadowRoot.querySelector("input").getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    "closed shadow root": () => {
      const r = window.closedField.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
  };
  for (const [name, locate] of Object.entries(places)) {
    page = await open(`${shop}/pw/form`);
    await typeInto(page, locate, PASSWORD);
    check(`${tag}: field in ${name} → alert`, await alertShown(page), await hosts(page));
    await latency(page);
    await page.close();
  }

  // 7. A one-time code typed on a flagged page → alert (the banner is up too).
  page = await open(`${flagged}/pw/otp`);
  await typeInto(page, centre("#code"), "482913");
  check(`${tag}: one-time code on a flagged page (${HOSTS.lookalike}) → alert`, await alertShown(page), await hosts(page));
  await latency(page);
  await page.close();
  // …and five digits are not a code.
  page = await open(`${flagged}/pw/otp`);
  await typeInto(page, centre("#code"), "48291");
  check(`${tag}: five digits on the flagged page → no alert`, await noAlert(page), await hosts(page));
  await page.close();

  // Hostile pages fighting the alert, and the rate limit across a worker restart (password-hostile.mjs).
  await runPasswordHostile(b, srv, PASSWORD);
  await runRateLimitRestart(b, srv);

  // 8. "This site is mine" is confirmed on the extension's options page (never in the page); then the
  //    same password on that site → nothing, with the nudge shown before the confirmation.
  const options = await b.extensionPage(`options/options.html?allow=${HOSTS.unrelated}#passwords`);
  const nudge = await poll(() => b.evalExtension(options, () => document.querySelector("#password-allow")?.innerText ?? ""));
  check(`${tag}: options asks to confirm "this site is mine", with the nudge`, nudge && nudge.includes("unrelated-shop.test"), nudge);
  if (nudge) await options.click("#password-allow button:last-of-type");
  const listed = await poll(async () => {
    const text = await b.evalExtension(options, () => document.querySelector("#password-mine")?.innerText ?? "");
    return /unrelated-shop\.test/.test(text ?? "") ? text : null;
  });
  check(`${tag}: the domain is listed as the user's own`, /unrelated-shop\.test/.test(listed ?? ""), listed);
  await options.close();
  page = await open(`${shop}/pw/form`);
  await typeInto(page, centre("#password"), PASSWORD);
  check(`${tag}: after "this site is mine": no alert on that site`, await noAlert(page), await hosts(page));
  await page.close();

  if (latencies.length) {
    const ms = latencies.map((x) => x.toFixed(1)).join(", ");
    console.log(`${tag}: last keystroke → alert on <html>: ${ms} ms (max ${Math.max(...latencies).toFixed(1)} ms)`);
  }
}
