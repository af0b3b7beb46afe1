// End-to-end checks of the popup's honest status and ways out, and of the false-alarm report page:
//   - outside the catalog the popup says Omamori has not judged the site (no "no signs of a fake");
//   - on the retailer's own sign-in page it offers no button to open that same page;
//   - on a trusted lookalike the popup undoes the trust (settings and the tab's verdict follow);
//   - the report page shows exactly the report (URL, verdict, reasons, versions), the sign-in form
//     fact only when ticked, and a mailto: link carrying that same text.
//
//   export async function runPopupReport(b, srv)
//     b    the browser adapter of chromium.mjs / firefox.mjs (newPage, extensionPage, evalExtension)
//     srv  the fixture servers of server.mjs
// Clicks go through the page's own DOM (element.click()) so both drivers run the same code.
import { check, poll } from "./common.mjs";
import { HOSTS } from "./server.mjs";

export async function runPopupReport(b, srv) {
  const tag = `[${b.name}]`;
  const probe = await b.extensionPage("popup/popup.html?tab=-1");
  const session = () => b.evalExtension(probe, async () => (globalThis.browser ?? globalThis.chrome).storage.session.get(null));
  const settings = async () => (await b.evalExtension(probe, async () => (globalThis.browser ?? globalThis.chrome).storage.local.get("settings"))).settings;

  /** The tab whose stored verdict is for `url`, once `ready(record)` holds. */
  const record = (url, ready = () => true) => poll(async () => {
    for (const [key, value] of Object.entries(await session())) {
      if (key.startsWith("verdict:") && value.url === url && ready(value)) return { tabId: Number(key.slice(8)), verdict: value };
    }
    return null;
  }, { timeout: 8000 });

  const popupOf = async (tabId) => {
    const popup = await b.extensionPage(`popup/popup.html?tab=${tabId}`, { width: 380, height: 560 });
    await poll(() => b.evalExtension(popup, () => document.body.dataset.ready === "1"));
    return popup;
  };
  const shown = (popup) => b.evalExtension(popup, () => {
    const visible = (id) => { const e = document.getElementById(id); return e && !e.hidden ? e.textContent : null; };
    return {
      state: document.body.dataset.state, headline: visible("headline"), detail: visible("detail"), caution: visible("caution"),
      form: document.getElementById("form-note").textContent, official: visible("official"), untrust: visible("untrust"),
      report: visible("report"), reportHref: document.getElementById("report").getAttribute("href"), options: visible("options"),
    };
  });

  // ---- outside the catalog: say what was not checked ----------------------------------------------
  {
    const page = await b.newPage();
    const url = `http://${HOSTS.unrelated}:${srv.httpPort}/?case=popup-unrelated`;
    await page.goto(url);
    const r = await record(url, (v) => v.signinForm !== null);
    if (!r) check(`${tag} popup unrelated: tab known`, false);
    else {
      const popup = await popupOf(r.tabId);
      const s = await shown(popup);
      check(`${tag} popup unrelated: says it has not judged whether the site is a fake`,
        s.state === "unrelated" && /not a shop Omamori protects/i.test(s.headline ?? "") && /has not judged whether it is a fake/.test(s.detail ?? ""), s);
      check(`${tag} popup unrelated: says what it cannot tell (other sites' fakes), no reassurance`,
        /cannot spot fakes of other sites/.test(s.caution ?? "") && !/no lookalike|no signs/i.test(`${s.headline} ${s.detail}`), s.caution);
      check(`${tag} popup unrelated: no form line, no report, no untrust; settings link says whose settings`,
        s.form === "" && s.report === null && s.untrust === null && s.options === "Omamori settings", s);
      await popup.close();
    }
    await page.close();
  }

  // ---- the retailer's own sign-in page: no button to open that same page ----------------------------
  {
    const page = await b.newPage();
    const url = `https://${HOSTS.official}:${srv.httpsPort}/ap/signin?case=popup-official`;
    await page.goto(url);
    const r = await record(url, (v) => v.signinForm !== null);
    if (!r) check(`${tag} popup official sign-in: tab known`, false);
    else {
      const popup = await popupOf(r.tabId);
      const s = await shown(popup);
      check(`${tag} popup official sign-in: official, no "open the sign-in page" button, no form line, no report`,
        s.state === "official" && s.official === null && s.form === "" && s.report === null, s);
      await popup.close();
    }
    await page.close();
  }

  // ---- trusted lookalike: undo from the popup; report page ----------------------------------------
  const url = `http://${HOSTS.embedding}:${srv.httpPort}/?case=popup-trust`;
  const domain = HOSTS.embedding.split(".").slice(-2).join(".");
  const before = await settings();
  await b.evalExtension(probe, async (d) => {
    const ext = globalThis.browser ?? globalThis.chrome;
    const { settings: s } = await ext.storage.local.get("settings");
    await ext.storage.local.set({ settings: { ...s, trusted_domains: [...(s.trusted_domains ?? []), d] } });
  }, domain);
  const page = await b.newPage();
  await page.goto(url);
  const r = await record(url, (v) => v.trusted === true && v.signinForm !== null);
  check(`${tag} popup trust: the page is a trusted lookalike`, r?.verdict?.verdict === "lookalike" && r.verdict.trusted === true, r?.verdict && `${r.verdict.verdict} trusted=${r.verdict.trusted}`);
  if (r) {
    const popup = await popupOf(r.tabId);
    const s = await shown(popup);
    check(`${tag} popup trust: offers "Stop trusting ${domain}" and a false-alarm report`,
      s.state === "trusted" && s.untrust === `Stop trusting ${domain}` && s.report === "Report a false alarm" && s.reportHref === `../report/report.html?tab=${r.tabId}`, s);

    // ---- the report page (before the undo: the tab still has its verdict) ----
    const report = await b.extensionPage(`report/report.html?tab=${r.tabId}`, { width: 800, height: 900 });
    const preview = await poll(() => b.evalExtension(report, () => document.body.dataset.ready === "1" && {
      text: document.getElementById("preview").textContent, mail: document.getElementById("mail").getAttribute("href"),
      form: document.getElementById("form").hidden,
    }));
    const lines = (preview?.text ?? "").split("\n");
    check(`${tag} report: preview has the URL, verdict, reasons and versions`,
      lines.includes(`url: ${url}`) && lines.includes("verdict: lookalike") && lines.includes(`registrable_domain: ${domain}`) &&
        lines.includes("trusted_by_user: yes") && lines.some((l) => /^- embedding \(matched amazon\.co\.jp\)$/.test(l)) &&
        lines.some((l) => /^extension_version: \d/.test(l)) && lines.some((l) => /^core_version: \d/.test(l)), preview?.text);
    check(`${tag} report: nothing from the page unless ticked`, !/signin_form_seen|note:/.test(preview?.text ?? ""), preview?.text);
    const mailBody = (href) => new URLSearchParams(String(href).slice(String(href).indexOf("?") + 1)).get("body")?.replace(/\r\n/g, "\n");
    check(`${tag} report: the mail link carries exactly the shown text`, /^mailto:[^?]+@[^?]+\?subject=/.test(preview?.mail ?? "") && mailBody(preview?.mail) === preview?.text);
    const ticked = await b.evalExtension(report, () => {
      const box = /** @type {HTMLInputElement} */ (document.getElementById("include-form"));
      box.click();
      return { text: document.getElementById("preview").textContent, mail: document.getElementById("mail").getAttribute("href") };
    });
    check(`${tag} report: ticking adds the sign-in form fact, to preview and mail alike`,
      /\nsignin_form_seen: yes$/.test(ticked.text) && mailBody(ticked.mail) === ticked.text, ticked.text);
    await report.close();

    // ---- undo trust ----
    await b.evalExtension(popup, () => document.getElementById("untrust").click());
    const after = await poll(async () => {
      const st = await settings();
      return st && !st.trusted_domains.includes(domain) ? st : null;
    });
    check(`${tag} popup trust: undo removes ${domain} from the trusted sites`, !!after, after?.trusted_domains);
    const warned = await record(url, (v) => v.trusted === false);
    check(`${tag} popup trust: the tab's verdict is no longer trusted and warns again`,
      warned?.verdict?.trusted === false && warned.verdict.actions?.includes("banner"), warned?.verdict?.actions);
    const s2 = await poll(async () => { const x = await shown(popup); return x.state === "lookalike" ? x : null; });
    check(`${tag} popup trust: popup follows (warning state, confirmation shown, report still offered)`,
      s2?.state === "lookalike" && s2.untrust === null && s2.report === "Report a false alarm" &&
        (await b.evalExtension(popup, () => document.getElementById("untrust-result").textContent)).includes(domain), s2);
    await popup.close();
  }
  await page.close();
  // Leave the settings as they were.
  await b.evalExtension(probe, async (s) => (globalThis.browser ?? globalThis.chrome).storage.local.set({ settings: s }), before);
  await probe.close();
}
