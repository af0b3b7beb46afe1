// End-to-end checks of the two-step reminder, the takeover signs and the recovery assistant, on the
// official fixture pages (https://www.amazon.co.jp:PORT/…), with the test clock
// (storage.local debug_clock_offset_ms, written here through the extension's probe page).
//
// What the user sees of the card is measured by the driver: its box and hit tests from the page
// (view.mjs), its text and button boxes from inside the closed shadow root (CDP in Chromium, the
// test build's observer in Firefox); clicks are real mouse clicks on those boxes.
import path from "node:path";
import { check, poll, sleep } from "./common.mjs";
import { HOSTS } from "./server.mjs";
import { parts, warningView } from "./view.mjs";

const DAY = 24 * 60 * 60 * 1000;
const AMAZON_JP_TWO_STEP = "https://www.amazon.co.jp/a/settings/approval";
const AMAZON_JP_PASSKEY = "https://www.amazon.co.jp/ax/account/manage";
const AMAZON_JP_HELP = "https://www.amazon.co.jp/gp/help/customer/display.html";
const BUTTONS = {
  reminder: { on: /Already on/, later: /Remind me later/, close: /^×$/ },
  assist: { recovery: /recovery steps/, later: /Not now/, sure: /The address is right/, retry: /check and try again/, close: /^×$/ },
};

/** The note card as the user sees it: geometry and hit tests, and whether it covers the sign-in box. */
async function noteGeometry(b, page) {
  const v = await warningView(b, page);
  const n = v.note;
  if (!n) return { present: false, others: v.hosts.length };
  const f = await page.evaluate(() => {
    const r = document.querySelector(".box, form")?.getBoundingClientRect();
    return r ? { left: r.left, right: r.right, top: r.top, bottom: r.bottom } : null;
  });
  const overlap = !!f && n.left < f.right && n.left + n.width > f.left && n.top < f.bottom && n.top + n.height > f.top;
  return {
    present: true, count: v.hosts.length, width: n.width, height: n.height, right: v.vw - (n.left + n.width),
    bottom: v.vh - (n.top + n.height), overlap, onTop: n.onTop === n.points && n.points === 9,
  };
}

export async function runReminders(b, srv, helpers = {}) {
  const tag = `[${b.name}${helpers.shotsOnly ? ` ${b.lang}` : ""}] reminder`;
  const shots = helpers.screenshots ?? null;
  const probe = helpers.probe ?? (await b.extensionPage("popup/popup.html?tab=-1"));
  const ext = (fn, arg) => b.evalExtension(probe, fn, arg);
  const session = () => ext(() => (globalThis.browser ?? globalThis.chrome).storage.session.get(null));
  const local = () => ext(() => (globalThis.browser ?? globalThis.chrome).storage.local.get(null));
  const setLocal = (items) => ext((i) => (globalThis.browser ?? globalThis.chrome).storage.local.set(i), items);
  const forget = () => ext(() => (globalThis.browser ?? globalThis.chrome).storage.local.remove(["security", "recovery:amazon"]));
  const clock = (days) => setLocal({ debug_clock_offset_ms: Math.round(days * DAY) });
  const amazon = async () => (await local()).security?.retailers?.amazon ?? null;
  const base = `https://${HOSTS.official}:${srv.httpsPort}`;
  const shot = (page, name) => shots && page.screenshot({ path: path.join(shots, `${b.name}-${b.lang}-${name}.png`) });

  let n = 0;
  /** The card in `page` by kind: `{ tabId, reminder: { shown, title, href, buttons }, assist: {…} }`. */
  async function noteUi(page, tabId) {
    const note = (await parts(b, page)).note;
    const ui = { tabId, reminder: { shown: false }, assist: { shown: false } };
    if (!note) return ui;
    const kind = note.buttons.some((x) => x.href) ? "reminder" : "assist";
    const buttons = {};
    for (const [name, re] of Object.entries(BUTTONS[kind])) {
      const x = note.buttons.find((c) => re.test(c.text));
      if (x) buttons[name] = [x.x, x.y];
    }
    ui[kind] = { shown: true, title: note.text, href: note.buttons.find((x) => x.href)?.href ?? "", buttons };
    return ui;
  }
  /**
   * Opens `url` (a fresh query each time), waits for the page's stored verdict, then for the card
   * of kind `wait`, or (wait "checked") for the page-check round trip to have had its time.
   */
  async function visit(url, { wait = "checked", timeout = 8000 } = {}) {
    const sep = url.includes("?") ? "&" : "?";
    const page = await b.newPage();
    await page.goto(`${url}${sep}n=${++n}`, { waitUntil: "load" });
    const tabId = await poll(async () => {
      for (const [k, v] of Object.entries(await session())) if (k.startsWith("verdict:") && v.url === page.url() && v.signinForm !== null) return Number(k.slice(8));
      return null;
    }, { timeout });
    if (tabId === null) return { page, ui: null };
    if (wait === "reminder" || wait === "assist") {
      return { page, ui: await poll(async () => { const u = await noteUi(page, tabId); return u[wait].shown ? u : null; }, { timeout }) };
    }
    await sleep(1500);
    return { page, ui: await noteUi(page, tabId) };
  }
  async function click(page, ui, kind, name) {
    const p = ui?.[kind]?.buttons?.[name];
    if (!p) return false;
    await page.mouse.click(p[0], p[1]);
    return true;
  }
  const gone = (page, tabId, kind) => poll(async () => {
    const g = await noteGeometry(b, page);
    const u = await noteUi(page, tabId);
    return !g.present && !u[kind]?.shown;
  }, { timeout: 4000 });

  await forget();
  await clock(0);

  if (helpers.shotsOnly) {
    // A second UI language: the reminder, the recovery offer and the recovery page.
    const re = b.lang === "ja" ? /パスキーを使いましょう/ : /Use a passkey/;
    const r = await visit(`${base}/gp/css/homepage.html?case=shots`, { wait: "reminder" });
    check(`${tag}: shown in ${b.lang}`, r.ui && re.test(r.ui.reminder.title), r.ui?.reminder?.title);
    await sleep(200);
    await shot(r.page, "reminder");
    await r.page.close();
    const a = await visit(`${base}/ap/signin?case=no-account`, { wait: "assist" });
    check(`${tag}: recovery offer in ${b.lang}`, !!a.ui?.assist?.shown, a.ui?.assist?.title);
    await sleep(200);
    await shot(a.page, "assist");
    await a.page.close();
    const rec = await b.extensionPage("recovery/recovery.html?retailer=amazon");
    await poll(() => b.evalExtension(rec, () => document.body.dataset.ready === "1"));
    await shot(rec, "recovery");
    await rec.close();
    await forget();
    return;
  }

  // ---- the official sign-in page: no reminder over the sign-in form --------------------------
  let r = await visit(`${base}/ap/signin?case=reminder`);
  check(`${tag}: not shown on the official sign-in page (the user is not signed in yet)`,
    !!r.ui && !r.ui.reminder?.shown && !(await noteGeometry(b, r.page)).present, r.ui?.reminder);
  await r.page.close();

  // ---- an account page (the user is signed in): the reminder, passkey first ------------------------
  r = await visit(`${base}/gp/css/homepage.html?case=reminder`, { wait: "reminder" });
  const verdict = r.ui && (await session())[`verdict:${r.ui.tabId}`];
  check(`${tag}: shown on the official account page`, r.ui?.reminder?.shown && /Amazon/.test(r.ui.reminder.title), r.ui?.reminder?.title);
  check(`${tag}: recommends a passkey and links to the marketplace's passkey page (catalog)`,
    /passkey/i.test(r.ui?.reminder?.title ?? "") && r.ui?.reminder?.href === AMAZON_JP_PASSKEY && verdict?.passkey_url === AMAZON_JP_PASSKEY, r.ui?.reminder?.href);
  const label = ((await parts(b, r.page)).note?.buttons ?? []).find((x) => x.href)?.text ?? "";
  check(`${tag}: the button says what it opens`, /Set up a passkey/.test(label), label);
  let g = await noteGeometry(b, r.page);
  check(`${tag}: a card at the bottom right, on top, not covering the sign-in form`,
    g.present === true && g.count === 1 && g.right >= 8 && g.right <= 24 && g.bottom >= 8 && g.bottom <= 24 &&
      g.width <= 380 && !g.overlap && g.onTop, g);
  const hostView = (await warningView(b, r.page)).note;
  check(`${tag}: closed shadow root`, hostView && !hostView.openShadowRoot && hostView.text === "", hostView);
  const state0 = await amazon();
  check(`${tag}: state keyed by retailer id; showing the card records no reminder (only an answer does)`,
    state0?.two_step === "unknown" && !state0.last_reminded && state0.visited > 0, state0);
  await sleep(200);
  await shot(r.page, "reminder");

  // ---- "Remind me later": hidden for the interval (7 days) --------------------------------------
  check(`${tag}: "Remind me later" clicked`, await click(r.page, r.ui, "reminder", "later"));
  check(`${tag}: "Remind me later" hides it`, await gone(r.page, r.ui.tabId, "reminder"));
  const later = await poll(async () => { const x = await amazon(); return x?.two_step === "not-yet" && x.last_reminded > 0 ? x : null; }, { timeout: 3000 });
  check(`${tag}: state not-yet after "Remind me later"`, !!later, await amazon());
  await r.page.close();
  for (const [days, shown] of [[0, false], [6, false], [8, true]]) {
    await clock(days);
    r = await visit(`${base}/gp/css/homepage.html?case=later-${days}`);
    const u = r.ui && (await noteUi(r.page, r.ui.tabId));
    const present = (await noteGeometry(b, r.page)).present;
    check(`${tag}: ${days} days after "Remind me later": ${shown ? "shown again" : "still hidden"}`,
      !!r.ui && !!u?.reminder?.shown === shown && present === shown, { checked: !!r.ui, shown: u?.reminder?.shown, present });
    if (days !== 8) await r.page.close();
  }

  // ---- "Already on": never again -----------------------------------------------------------------
  const u8 = await noteUi(r.page, r.ui?.tabId);
  check(`${tag}: "Already on" clicked`, await click(r.page, u8, "reminder", "on"));
  check(`${tag}: "Already on" hides it`, await gone(r.page, r.ui?.tabId, "reminder"));
  const on = await poll(async () => ((await amazon())?.two_step === "on" ? true : null), { timeout: 3000 });
  check(`${tag}: state on after "Already on"`, !!on, await amazon());
  await r.page.close();
  await clock(60);
  r = await visit(`${base}/gp/css/homepage.html?case=after-on`);
  check(`${tag}: 60 days after "Already on": not shown`, !!r.ui && !(await noteUi(r.page, r.ui.tabId))?.reminder?.shown && !(await noteGeometry(b, r.page)).present);
  await r.page.close();

  // ---- checklist (popup) and reset (options) -----------------------------------------------------
  const popup = await b.extensionPage("popup/popup.html?tab=-1", { width: 380, height: 520 });
  const row = await poll(() => b.evalExtension(popup, () => {
    const li = document.querySelector('#checklist li[data-retailer="amazon"]');
    return li && { two: li.dataset.twoStep, link: li.querySelector("a.settings")?.href ?? "", text: li.textContent };
  }));
  check(`${tag}: popup checklist lists Amazon: two-step on, settings link, last reminder`,
    row?.two === "on" && row.link === AMAZON_JP_TWO_STEP && /Last reminder|前回の通知/.test(row.text), row);
  await popup.close();
  const options = await b.extensionPage("options/options.html");
  const listed = await poll(() => options.evaluate(() => document.body.dataset.ready === "1" && !!document.querySelector('#checklist li[data-retailer="amazon"] button.reset')));
  check(`${tag}: options checklist has a reset button`, !!listed);
  if (listed) await options.click('#checklist li[data-retailer="amazon"] button.reset');
  const reset = await poll(async () => { const a = await amazon(); return a?.two_step === "unknown" && a.last_reminded === 0 ? a : null; }, { timeout: 3000 });
  check(`${tag}: options reset forgets the two-step state`, !!reset, await amazon());
  // Account email: stored only as a salted hash.
  if (listed) {
    await options.type('#checklist li[data-retailer="amazon"] input[type="email"]', "Me@Example.jp");
    await options.click('#checklist li[data-retailer="amazon"] form button');
  }
  const hashed = await poll(async () => { const l = await local(); return l.security?.retailers?.amazon?.email_hash ? l : null; }, { timeout: 3000 });
  check(`${tag}: account email stored as a salted SHA-256 hash only`,
    /^[0-9a-f]{64}$/.test(hashed?.security?.retailers?.amazon?.email_hash ?? "") && /^[0-9a-f]{64}$/.test(hashed?.install_salt ?? "") &&
      !JSON.stringify(hashed).toLowerCase().includes("me@example.jp"));
  if (shots) await options.screenshot({ path: path.join(shots, `${b.name}-${b.lang}-options-checklist.png`), fullPage: true });
  await options.close();

  // ---- the settings page says two-step is on: recorded without asking ----------------------------
  r = await visit(`${base}/a/settings/approval`);
  const seen = await poll(async () => ((await amazon())?.two_step === "on" ? true : null), { timeout: 3000 });
  check(`${tag}: two-step settings page saying "on" is recorded, no reminder there`,
    !!seen && !(await noteUi(r.page, r.ui?.tabId))?.reminder?.shown, await amazon());
  await r.page.close();

  // ---- no reminder on lookalikes or unrelated sites --------------------------------------------------
  await forget();
  await clock(0);
  for (const [name, url] of [["lookalike", `http://${HOSTS.lookalike}:${srv.httpPort}/?case=reminder`],
    ["unrelated", `http://${HOSTS.unrelated}:${srv.httpPort}/?case=reminder`]]) {
    const x = await visit(url, { wait: "any" });
    await sleep(1200);
    const u = x.ui && (await noteUi(x.page, x.ui.tabId));
    check(`${tag}: none on the ${name} page`, !!u && !u.reminder?.shown && !u.assist?.shown && !(await noteGeometry(b, x.page)).present, u);
    await x.page.close();
  }
  check(`${tag}: lookalike and unrelated pages record no retailer state`, !(await local()).security?.retailers?.amazon);

  // ---- takeover signs: "no account with this email" → recovery offer ----------------------------------
  const a = await visit(`${base}/ap/signin?case=no-account`, { wait: "assist" });
  check(`${tag}: "no account with this email" first asks to check the address (usually a typo)`,
    !!a.ui?.assist?.shown && !a.ui.reminder?.shown && /Check the email address/.test(a.ui.assist.title ?? "") && !!a.ui.assist.buttons?.sure, a.ui?.assist);
  await sleep(200);
  await shot(a.page, "assist");
  check(`${tag}: "The address is right" clicked`, await click(a.page, a.ui, "assist", "sure"));
  a.ui = await poll(async () => { const u = await noteUi(a.page, a.ui.tabId); return u.assist.buttons?.recovery ? u : null; }, { timeout: 4000 });
  check(`${tag}: then the recovery offer`, !!a.ui?.assist?.buttons?.recovery, a.ui?.assist);
  const tabsOpen = () => ext(async () => (await (globalThis.browser ?? globalThis.chrome).runtime.getContexts({ contextTypes: ["TAB"] }))
    .map((c) => c.documentUrl ?? ""));
  const pagesBefore = await tabsOpen();
  check(`${tag}: recovery offer button clicked`, await click(a.page, a.ui, "assist", "recovery"));
  const opened = await poll(async () => (await tabsOpen()).find((u) => /\/recovery\/recovery\.html\?retailer=amazon$/.test(u) && !pagesBefore.includes(u)), { timeout: 5000 });
  check(`${tag}: the offer opens the recovery assistant for Amazon`, !!opened, await tabsOpen());
  await a.page.close();

  // Unfamiliar account email on the password step (the user gave me@example.jp above; reset kept it? no: set again).
  await ext(() => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({ kind: "set-account-email", retailer: "amazon", email: "me@example.jp" }));
  const e = await visit(`${base}/ap/signin?case=password-step`, { wait: "assist" });
  check(`${tag}: an unfamiliar account email on the page opens the recovery offer`, !!e.ui?.assist?.shown, e.ui?.assist?.title);
  await e.page.close();

  // ---- recovery assistant -------------------------------------------------------------------------
  let rec = await b.extensionPage("recovery/recovery.html?retailer=amazon");
  const view = await poll(() => b.evalExtension(rec, (links) => document.body.dataset.ready === "1" && {
    steps: [...document.querySelectorAll("li[data-step]")].map((li) => li.dataset.step),
    help: document.querySelector('a[data-link="help"]')?.href ?? "",
    twoStep: document.querySelector('a[data-link="two_step"]')?.href ?? "",
    heading: document.getElementById("heading").textContent,
    remote: [...document.querySelectorAll("[src],[href]")].map((x) => x.getAttribute("src") ?? x.getAttribute("href"))
      .filter((u) => /^(https?:)?\/\//.test(u) && !links.includes(u)),
  }, [AMAZON_JP_HELP, AMAZON_JP_TWO_STEP]));
  check(`${tag}: recovery page renders the steps in order`,
    view?.steps?.join(",") === "contact,card,passwords,reset,two-step,email,addresses,payments,orders,digital,subscriptions,seller", view?.steps);
  check(`${tag}: recovery links are the visited marketplace's help and two-step pages (catalog), no remote resources`,
    view?.help === AMAZON_JP_HELP && view.twoStep === AMAZON_JP_TWO_STEP && view.remote.length === 0, view);
  await rec.click('li[data-step="contact"] input');
  await rec.click('li[data-step="passwords"] input');
  const saved = await poll(async () => { const d = (await local())["recovery:amazon"]?.done; return d?.length === 2 ? d : null; }, { timeout: 3000 });
  check(`${tag}: recovery progress saved per retailer`, saved?.join(",") === "contact,passwords", saved);
  await rec.close();
  rec = await b.extensionPage("recovery/recovery.html?retailer=amazon");
  const restored = await poll(() => b.evalExtension(rec, () => document.body.dataset.ready === "1" &&
    [...document.querySelectorAll("li[data-step] input:checked")].map((i) => i.value)));
  check(`${tag}: recovery progress restored on reopen`, restored?.join(",") === "contact,passwords", restored);
  if (shots) await rec.screenshot({ path: path.join(shots, `${b.name}-${b.lang}-recovery.png`), fullPage: true });
  await rec.close();

  await forget();
  await clock(0);
}
