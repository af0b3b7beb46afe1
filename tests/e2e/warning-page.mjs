// The extension's warning page (extension/warning/): where "continue anyway" and "trust this
// site" live, away from any page a decoy could cover. Reached here by real clicks on the in-page
// buttons ("Details and options"), as a user would.
import { check, poll, sleep } from "./common.mjs";
import { HOSTS } from "./server.mjs";
import { clickButton, parts, seen, warningView } from "./view.mjs";

const onWarningPage = (b, page) => poll(async () => {
  const v = await warningView(b, page);
  return v.onWarningPage ? v : null;
}, { timeout: 6000 });

/** Guard → warning page → "Continue to this page anyway": back on the page for this visit; the banner stays, typing works. */
export async function continueAnyway(b, { tag, pages, results, record, bannerSeen, local }) {
  const name = ["lookalike", "embedding"].find((n) => results[n]?.verdict?.actions?.includes("form-guard"));
  const page = pages[name];
  if (!page) return void check(`${tag} continue anyway: a guarded page`, false);
  const url = page.url();
  const before = JSON.stringify((await local()).settings);
  // Focus, as Tab would: the guard opens on the field's focus. (Playwright's click waited out its
  // 30 s timeout here in Chromium, the field being under the banner, and then did not click.)
  await page.focus("#ap_password").catch(() => {});
  const opened = await poll(async () => { const g = (await parts(b, page)).guard; return g?.buttons.length ? g : null; }, { timeout: 5000 });
  const clicked = await clickButton(page, opened, /Details and options/);
  check(`${tag} continue anyway: the form guard's "Details and options" clicked`, clicked);
  const w = await onWarningPage(b, page);
  check(`${tag} continue anyway: the tab shows the extension's warning page`, !!w && /Amazon/.test(w.headline), w ?? (await b.urlOf(page)));
  if (!w) return;
  const hiddenNote = await page.evaluate(() => document.getElementById("hidden-note").hidden);
  check(`${tag} continue anyway: opened by the user, no "page fought" note`, hiddenNote === true);
  await page.click("#more summary");
  await page.click("#continue");
  const back = await poll(async () => ((await b.urlOf(page)) === url ? true : null), { timeout: 6000 });
  check(`${tag} continue anyway: back on the page`, !!back, await b.urlOf(page));
  const g = await bannerSeen(page);
  check(`${tag} continue anyway: the banner is still shown (continuing is not trusting)`, !!g);
  const r = await record(url, (v) => v.signinForm === true);
  check(`${tag} continue anyway: verdict unchanged (lookalike, not trusted)`, r.verdict?.verdict === "lookalike" && !r.verdict.trusted);
  await page.click("#ap_password");
  await page.keyboard.type("abc");
  const value = await page.evaluate(() => document.getElementById("ap_password").value);
  const guard = (await warningView(b, page)).guard;
  check(`${tag} continue anyway: no form guard on this visit, the field accepts typing`, value === "abc" && !seen(guard, 100), { value, guard });
  check(`${tag} continue anyway: settings unchanged`, JSON.stringify((await local()).settings) === before);
}

/** Banner → warning page → "Trust <domain>…" → confirm (Cancel focused) → trusted, back on the page, no warning. */
export async function trustFromWarningPage(b, srv, { tag, record, bannerSeen, local, badge }) {
  const url = `http://${HOSTS.trust}:${srv.httpPort}/?case=trust`;
  const page = await b.newPage();
  await page.goto(url, { waitUntil: "load" });
  const before = await record(url, (v) => v.signinForm === true);
  const domain = before.verdict?.registrable_domain;
  check(`${tag} trust: lookalike with banner before`, before.verdict?.verdict === "lookalike" && !!(await bannerSeen(page)));
  // A page-dispatched click on the host does nothing.
  await page.evaluate(() => [...document.documentElement.children].forEach((e) => e !== document.body && e.click()));
  await sleep(300);
  check(`${tag} trust: a page-dispatched click does nothing`, (await b.urlOf(page)) === url);
  check(`${tag} trust: the banner's "Details and options" clicked`, await clickButton(page, (await parts(b, page)).banner, /Details and options/));
  const w = await onWarningPage(b, page);
  check(`${tag} trust: the tab shows the extension's warning page`, !!w, await b.urlOf(page));
  if (!w) return domain;
  await page.click("#more summary");
  await page.click("#trust");
  const confirm = await page.evaluate(() => ({
    shown: !document.getElementById("confirm").hidden, focused: document.activeElement?.id,
    text: document.getElementById("confirm-text").textContent, yes: document.getElementById("trust-yes").textContent,
  }));
  check(`${tag} trust: confirm step names the registrable domain, Cancel is the default`,
    confirm.shown && confirm.focused === "trust-cancel" && confirm.text.includes(domain) && confirm.yes.includes(domain), confirm);
  await page.click("#trust-yes");
  const settings = await poll(async () => {
    const st = (await local()).settings;
    return st?.trusted_domains?.includes(domain) ? st : null;
  }, { timeout: 4000 });
  check(`${tag} trust: registrable domain stored in settings.trusted_domains`, !!settings, domain);
  const after = await record(url, (v) => v.trusted === true, 6000);
  check(`${tag} trust: back on the page, verdict trusted, no actions, no badge`,
    (await b.urlOf(page)) === url && after.verdict?.actions.length === 0 && (await badge(after.tabId)) === "", await b.urlOf(page));
  await sleep(500);
  check(`${tag} trust: no banner`, (await warningView(b, page)).hosts.length === 0);
  await page.close();
  return domain;
}
