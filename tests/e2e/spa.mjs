// End-to-end check of single-page apps (issue 10, item 3): a page on a random host that switches to
// a retailer's sign-in view with history.pushState, without a navigation. The tab's stored verdict
// must describe the new address, and the warning must be on screen — observed as the user sees it
// (view.mjs hit tests), not through anything the content script says about itself.
import { check, poll } from "./common.mjs";
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
 * frames, so the badge, the popup's record and the top page's banner all warn.
 */
export async function runFramed(b) {
  const tag = `[${b.name}] framed kit`;
  const pages = await startPageServer();
  const probe = await b.extensionPage("popup/popup.html?tab=-1");
  const session = () => b.evalExtension(probe, () => (globalThis.browser ?? globalThis.chrome).storage.session.get(null));
  try {
    const kit = pages.serve("amazon-ja-signin.html");
    const top = `${pages.serve("framed-host.html")}#${encodeURIComponent(kit)}`;
    const page = await b.newPage();
    await page.goto(top, { waitUntil: "load" });
    const rec = await poll(async () => {
      for (const [key, v] of Object.entries(await session())) {
        if (key.startsWith("verdict:") && v.url === top && v.verdict === "lookalike") return v;
      }
      return null;
    }, { timeout: 10000 });
    check(`${tag}: the tab's record warns (lookalike of amazon, from the frame)`, rec?.retailer === "amazon" && rec.frame_url === kit,
      rec && `${rec.verdict} ${rec.retailer} frame=${rec.frame_url}`);
    const g = await poll(async () => { const x = await warningView(b, page); return seen(x.banner) ? x.banner : null; }, { timeout: 5000 });
    check(`${tag}: the top page shows the banner`, !!g, g ?? (await warningView(b, page)));
    await page.close();
    check(`${tag}: no request left the fixture hosts`, pages.foreign.length === 0, pages.foreign.slice(0, 5).join(", "));
  } finally {
    await probe.close().catch(() => {});
    pages.close();
  }
}
