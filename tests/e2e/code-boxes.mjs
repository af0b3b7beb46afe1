// A code typed digit by digit into one-character boxes with meaningless names (fixtures/code-boxes.html):
// on a lookalike whose verdict arms the form guard, the boxes are a one-time-code entry (as many as
// rules().limits.code_boxes or more) and focusing one shows the guard, keeping the digits out; fewer
// boxes are plain text fields; on a page that is not flagged nothing stops the typing.
//
//   export async function runCodeBoxes(b, srv)   b: the adapter of chromium.mjs / firefox.mjs
import path from "node:path";
import { loadRules } from "../../tools/gen-rules.mjs";
import { check, poll, repo } from "./common.mjs";
import { HOSTS } from "./server.mjs";
import { parts, seen, warningView } from "./view.mjs";

export async function runCodeBoxes(b, srv) {
  const tag = `[${b.name}] code boxes`;
  // The bound as the built extension's engine exports it (its rules(), the content script's RULES).
  const pkg = path.join(process.env.OMAMORI_CHROMIUM_DIR || path.join(repo, "dist", "chrome"), "pkg");
  const bound = (await loadRules(pkg)).limits.code_boxes;
  check(`${tag}: the bound comes from the engine's rules (limits.code_boxes)`, Number.isInteger(bound) && bound > 1, String(bound));
  const probe = await b.extensionPage("popup/popup.html?tab=-1");
  /** The stored verdict of `url` once the page's own check is in (signinForm set). */
  const stored = (url) => poll(async () => {
    const all = await b.evalExtension(probe, () => (globalThis.browser ?? globalThis.chrome).storage.session.get(null));
    return Object.entries(all).find(([k, v]) => k.startsWith("verdict:") && v?.url === url && v.signinForm !== null)?.[1] ?? null;
  });
  const values = (page) => page.evaluate(() => [...document.querySelectorAll("#boxes input")].map((i) => i.value).join(""));

  // [host, boxes, guarded]: the lookalike with the bound's number of boxes and with six; one box fewer is no code.
  const rows = [
    [HOSTS.lookalike, 6, true],
    [HOSTS.lookalike, bound, true],
    [HOSTS.lookalike, bound - 1, false],
    [HOSTS.unrelated, 6, false],
  ];
  try {
    for (const [host, n, guarded] of rows) {
      const name = `${host} with ${n} boxes`;
      const page = await b.newPage();
      const url = `http://${host}:${srv.httpPort}/code-boxes?n=${n}`;
      await page.goto(url, { waitUntil: "load" });
      const v = await stored(url);
      const armed = v?.actions?.includes("form-guard") ?? false;
      check(`${tag}: ${name}: ${host === HOSTS.lookalike ? "verdict arms the form guard" : "verdict arms nothing"}`,
        armed === (host === HOSTS.lookalike), v && `${v.verdict} ${v.severity} [${v.actions}]`);
      if (armed) {
        // The banner is drawn from the same verdict that arms the guard: once seen, the guard listens.
        await poll(async () => (seen((await warningView(b, page)).banner) ? true : null), { timeout: 5000 });
      }
      await page.click("#f1");
      if (guarded) {
        const g = await poll(async () => { const x = await warningView(b, page); return seen(x.guard, 100) ? x.guard : null; }, { timeout: 4000 });
        const text = (await parts(b, page)).guard?.text ?? "";
        check(`${tag}: ${name}: focusing a box shows the form guard`, !!g && /Amazon/.test(text), g ?? text);
        const active = await page.evaluate(() => document.activeElement?.id ?? null);
        check(`${tag}: ${name}: the box is blurred`, active !== "f1", active);
      }
      await page.keyboard.type("123456".slice(0, Math.max(1, n)));
      const typed = await values(page);
      check(`${tag}: ${name}: ${guarded ? "no digit reaches the boxes" : "the digits reach the boxes (not a guarded code)"}`,
        guarded ? typed === "" : typed.length > 0, typed);
      if (!guarded) {
        const view = await warningView(b, page);
        check(`${tag}: ${name}: no form guard`, !view.guard, view.hosts);
      }
      await page.close();
    }
  } finally {
    await probe.close().catch(() => {});
  }
}
