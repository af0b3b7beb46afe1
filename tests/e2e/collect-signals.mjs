// The page signals as content/scan.js will collect them with extension/content/collect-text.js
// and visual.js: the two scripts' sources (to inject into a page as they are) and one expression
// that, evaluated in the page after them, returns { signals, collectMs, visualMs }. Shared by
// tests/e2e/evasion.mjs and tools/measure-pages.mjs (--new-collect); a stand-in for the wiring in
// scan.js, kept to what the scan does (field kinds simplified: password, masked text, email, text).
import fs from "node:fs";
import { loadRules } from "../../tools/gen-rules.mjs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");

// The content scripts read the engine's rules() as the global RULES (dist/*/content/rules.js).
const RULES_SCRIPT = `globalThis.RULES = ${JSON.stringify(await loadRules(path.join(repo, "target", "wasm", "pkg")))};`;
export const SCRIPTS = [RULES_SCRIPT, ...["collect-text.js", "visual.js"].map((f) => fs.readFileSync(path.join(repo, "extension", "content", f), "utf8"))];


// Runs in the page (main world) after the two scripts: the signals a scan would report.
export const COLLECT = `(async () => {
  const C = globalThis.OmamoriCollect, V = globalThis.OmamoriVisual;
  const t0 = performance.now();
  const fields = { email: 0, tel: 0, password: 0, otp: 0, card: 0, text: 0 };
  const credential = [];
  for (const el of C.allInputs(document, 200)) {
    const type = (el.getAttribute("type") || "text").toLowerCase();
    if (["hidden", "submit", "button", "checkbox", "radio"].includes(type)) continue;
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height) continue;
    // As content-script.js's fieldKind (its password rules), plus masked text fields.
    const nameId = ((el.getAttribute("name") || "") + " " + (el.id || "")).toLowerCase();
    const pw = type === "password" || C.isMaskedText(el) || /^(current|new)-password$/.test(el.autocomplete || "") ||
      /(^|[^a-z])(pw|pwd|passwd|pass|password)([^a-z]|$)/.test(nameId) || /password|パスワード|暗証番号/i.test(el.placeholder || "");
    const kind = pw ? "password" : type === "email" || /mail|user|login|id/i.test(nameId) ? "email" : "text";
    fields[kind] += 1;
    if (kind !== "text") credential.push(el);
  }
  if (!credential.length) return { signals: { fields, signin_form: false }, collectMs: performance.now() - t0, visualMs: 0 };
  const forms = [...new Set(credential.map((el) => el.form || el.parentNode.host || el.parentElement))];
  const headings = [...document.querySelectorAll("h1, h2, h3")].slice(0, 20).map((h) => C.visibleText(h, { maxChars: 200, pseudo: true })).filter(Boolean);
  // The form's surroundings (with CSS generated content) first, then the page.
  const boxes = new Set(forms.map((f) => { let box = f; for (let i = 0; i < 3 && box.parentElement; i++) box = box.parentElement; return box; }));
  // pageText does not enter shadow roots: a box around a shadow-root form is read by the element walk.
  const inShadow = credential.some((el) => el.getRootNode() !== document);
  const near = [...boxes].map((b) => (inShadow ? C.visibleText(b, { maxChars: 2000 }) : C.pageText(b, { maxChars: 2000 }).text) + " " + C.generatedText(b)).join(" ");
  const buttons = [...document.querySelectorAll("button, input[type=submit]")].map((b) => b.tagName === "INPUT" ? b.value : C.visibleText(b, { maxChars: 100 })).filter(Boolean).slice(0, 20);
  const og = document.querySelector('meta[property="og:site_name"]');
  const page = C.pageText(document.body, { maxNodes: 3000, maxChars: 4000 });
  const text = (near + " " + page.text).trim().slice(0, 4000);
  const copyright = page.copyright;
  const collectMs = performance.now() - t0;
  const pictures = fields.password || fields.card ? await V.collectPictures({ doc: document, formEls: forms }) : { pictures: [], ms: 0 };
  return {
    signals: {
      title: document.title.slice(0, 200), lang: document.documentElement.lang || "",
      og_site_name: og ? og.content : "", headings, buttons,
      text, copyright,
      img_alts: [...document.images].map((i) => i.alt).filter(Boolean).slice(0, 50),
      fields, pictures: pictures.pictures,
      // Email-first step as content-script.js recognises it: an email/phone field and sign-in words.
      signin_form: fields.password > 0 || fields.card > 0 || /sign[\\s-]?in|log[\\s-]?in|password|continue|next|ログイン|サインイン|パスワード|次へ|続行|続ける|認証/i.test(document.title + " " + buttons.join(" ")),
    },
    collectMs, visualMs: pictures.ms,
  };
})()`;

