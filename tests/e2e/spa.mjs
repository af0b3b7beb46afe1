// End-to-end check of single-page apps (issue 10, item 3): a page on a random host that switches to
// a retailer's sign-in view with history.pushState, without a navigation. The tab's stored verdict
// must describe the new address, and the warning must be on screen — observed as the user sees it
// (view.mjs hit tests), not through anything the content script says about itself.
import { check, poll, sleep } from "./common.mjs";
import { startPageServer } from "./impersonation.mjs";
import { seen, warningView } from "./view.mjs";

export async function runSpa(b) {
  const tag = `[${b.name}] spa`;
  const pages = await startPageServer();
  const probe = await b.extensionPage("popup/popup.html?tab=-1");
  const session = () => b.evalExtension(probe, () => (globalThis.browser ?? globalThis.chrome).storage.session.get(null));
  /** The stored verdict record whose URL is `url`, once `ready(record)` holds. */
  const record = (url, ready = () => true) => poll(async () => {
    for (const [key, v] of Object.entries(await session())) if (key.startsWith("verdict:") && v.url === url && ready(v)) return v;
    return null;
  }, { timeout: 8000 });
  try {
    const page = await b.newPage();
    const home = pages.serve("spa-shop.html");
    await page.goto(home, { waitUntil: "load" });
    const before = await record(home);
    check(`${tag}: the shop front is not flagged`, before && before.verdict !== "lookalike", before?.verdict);
    await page.evaluate(() => /** @type {any} */ (window).goSignin());
    const next = await page.evaluate(() => location.href);
    check(`${tag}: the page changed its address without a navigation`, next !== home && next.includes("/amazon.co.jp/ap/signin"), next);
    const after = await record(next, (v) => v.verdict === "lookalike" && v.signinForm === true);
    const any = after ?? (await record(next)) ?? { verdict: "none", urls: Object.entries(await session()).filter(([k]) => k.startsWith("verdict:")).map(([, v]) => `${v.url} ${v.verdict} ${v.signinForm}`) };
    check(`${tag}: the stored verdict describes the new address (lookalike of amazon, page checked)`,
      after?.retailer === "amazon", any && `${any.verdict} ${any.retailer} signinForm=${any.signinForm} [${(any.reasons ?? []).map((r) => r.kind)}] ${JSON.stringify(any.urls ?? "")}`);
    const g = await poll(async () => { const x = await warningView(b, page); return seen(x.banner) ? x.banner : null; }, { timeout: 5000 });
    check(`${tag}: the banner is on screen after the switch`, !!g, g ?? (await warningView(b, page)));
    await page.close();
    check(`${tag}: no request left the fixture hosts`, pages.foreign.length === 0, pages.foreign.slice(0, 5).join(", "));
  } finally {
    await probe.close().catch(() => {});
    pages.close();
  }
}

/**
 * A kit framed inside a harmless page (issue 10, item 2): the tab's one verdict is the worst of its
 * frames, so the badge, the popup's record and the top page's banner all warn. Then the pages fight
 * it: the kit changes its own address (pushState), leaves for about:blank, and the top page changes
 * its address; none of it may lower the tab's verdict, and each pushState re-labels only its own
 * frame (the record keeps describing the top frame's current URL).
 */
export async function runFramed(b) {
  const tag = `[${b.name}] framed kit`;
  const pages = await startPageServer();
  const probe = await b.extensionPage("popup/popup.html?tab=-1");
  const session = () => b.evalExtension(probe, () => (globalThis.browser ?? globalThis.chrome).storage.session.get(null));
  const records = async () => Object.entries(await session()).filter(([key]) => key.startsWith("verdict:")).map(([, v]) => v);
  /** The record whose URL is `url` once it warns as a lookalike (null after the timeout). */
  const warning = (url, timeout = 10000) => poll(async () => (await records()).find((v) => v.url === url && v.verdict === "lookalike") ?? null, { timeout });
  const describe = async () => (await records()).map((v) => `${v.url} ${v.verdict} frame=${v.frame_url ?? "-"}`).join(" | ");
  try {
    const kit = pages.serve("amazon-ja-signin.html");
    const top = `${pages.serve("framed-host.html")}#${encodeURIComponent(kit)}`;
    const page = await b.newPage();
    await page.goto(top, { waitUntil: "load" });
    const rec = await warning(top);
    check(`${tag}: the tab's record warns (lookalike of amazon, from the frame)`, rec?.retailer === "amazon" && rec.frame_url === kit,
      rec && `${rec.verdict} ${rec.retailer} frame=${rec.frame_url}`);
    const banner = () => poll(async () => { const x = await warningView(b, page); return seen(x.banner) ? x.banner : null; }, { timeout: 5000 });
    check(`${tag}: the top page shows the banner`, !!(await banner()), await describe());

    // The kit changes its own address: the tab's record still describes the top page, and warns.
    const kitFrame = page.frames().find((f) => f.url() === kit);
    check(`${tag}: the kit's frame is found`, !!kitFrame, page.frames().map((f) => f.url()).join(", "));
    if (kitFrame) {
      await kitFrame.evaluate(() => history.pushState(null, "", "/account/verified"));
      await sleep(2500); // the background tells the kit's frame; it reports again
      const all = await records();
      check(`${tag}: pushState in the frame does not re-label the top frame's record`,
        !all.some((v) => v.url.startsWith(new URL(kit).origin)) && all.find((v) => v.url === top)?.verdict === "lookalike", await describe());
      // The kit leaves for about:blank (its own navigation): the warning stays for this top page.
      await kitFrame.evaluate(() => void setTimeout(() => { location.href = "about:blank"; }, 0)).catch(() => {});
      await poll(async () => page.frames().some((f) => f.url() === "about:blank") || null, { timeout: 5000 });
      await sleep(1500);
      check(`${tag}: the frame leaving for about:blank does not lower the tab's verdict`, !!(await warning(top, 2000)), await describe());
    }
    // The top page changes its address: the record describes the new URL and still warns, with the frame's evidence.
    await page.evaluate(() => history.pushState(null, "", "/thanks"));
    const moved = await page.evaluate(() => location.href);
    const after = await warning(moved, 8000);
    check(`${tag}: after the top page's pushState the record is for its new URL and still warns`,
      after?.retailer === "amazon" && after.frame_url === kit, await describe());
    check(`${tag}: the banner stays on screen after the top page's pushState`, !!(await banner()), await describe());
    // Chromium: the service worker stops (MV3 stops an idle one) while the user stays on the page; the
    // top page's next address change must still carry the frame's warning (the worker's memory is gone).
    if (b.ctx) {
      const cdp = await b.ctx.newCDPSession(probe);
      const states = [];
      cdp.on("ServiceWorker.workerVersionUpdated", (e) => {
        for (const v of e.versions) if (v.scriptURL.includes(b.extId)) states.push(v.runningStatus);
      });
      await cdp.send("ServiceWorker.enable");
      await sleep(500);
      states.length = 0;
      await cdp.send("ServiceWorker.stopAllWorkers");
      const stopped = await poll(async () => states.includes("stopped"), { timeout: 3000, interval: 50 });
      await cdp.detach().catch(() => {});
      check(`${tag}: the service worker was stopped`, !!stopped, states);
      await page.evaluate(() => history.pushState(null, "", "/later"));
      const later = await page.evaluate(() => location.href);
      const rec2 = await warning(later, 8000);
      check(`${tag}: after a worker stop, the top page's next pushState still warns with the frame's evidence`,
        rec2?.retailer === "amazon" && rec2.frame_url === kit, await describe());
    }
    await page.close();
    check(`${tag}: no request left the fixture hosts`, pages.foreign.length === 0, pages.foreign.slice(0, 5).join(", "));
  } finally {
    await probe.close().catch(() => {});
    pages.close();
  }
}
