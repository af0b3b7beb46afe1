// @ts-check
// Options: the protected-password section (issue 12). Lists each shop's state (protected since,
// not yet, never), forgets fingerprints, and confirms "this site is mine" for the domain the page
// alert sent here (?allow=<domain>): reuse is allowed only from this extension page, after a nudge.
// Builds its own <section> (loaded by options.html with one script tag); every change goes through
// the background (shared/password-messages.js PW_FROM_EXTENSION).
import { runtime } from "../platform/browser.js";
import { PW_FROM_EXTENSION } from "../shared/password-messages.js";
import { t, uiLang } from "../shared/i18n-dom.js";

const el = (tag, attrs = {}, ...children) => {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v;
    else if (k === "onclick") e.addEventListener("click", v);
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
};
const button = (label, onclick) => el("button", { type: "button", class: "button", text: label, onclick });
const ask = async (message) => {
  const answer = await runtime.sendMessage(message);
  if (!answer?.ok) throw new Error(answer?.error ?? "no answer");
  return answer;
};

const section = el("section", { id: "passwords" });

async function render() {
  const { rows, mine } = await ask({ kind: PW_FROM_EXTENSION.list });
  const lang = uiLang();
  const date = (ms) => new Date(ms).toLocaleDateString(lang === "ja" ? "ja-JP" : "en-US");
  const list = el("ul", { class: "domains", id: "password-rows" }, ...rows.map((r) => {
    const status = r.learned ? t("options_passwords_learned", [date(r.learned)])
      : r.consent === "no" ? t("options_passwords_never") : t("options_passwords_not_learned");
    const name = (r.name && (r.name[lang] || r.name.en)) || r.retailer;
    return el("li", { "data-retailer": r.retailer },
      el("span", { text: `${name} — ${status}` }),
      r.learned ? button(t("options_passwords_forget"), () => change({ kind: PW_FROM_EXTENSION.forget, retailer: r.retailer })) : null,
      r.consent === "no"
        ? button(t("options_passwords_ask"), () => change({ kind: PW_FROM_EXTENSION.consent, retailer: r.retailer, consent: null }))
        : button(t("options_passwords_refuse"), () => change({ kind: PW_FROM_EXTENSION.consent, retailer: r.retailer, consent: "no" })));
  }));
  const mineList = el("ul", { class: "domains", id: "password-mine" }, ...(mine.length ? mine.map((d) =>
    el("li", {}, el("span", { text: d }),
      button(t("options_passwords_mine_remove"), () => change({ kind: PW_FROM_EXTENSION.mine, domain: d, mine: false }))))
    : [el("li", { class: "empty", text: t("options_passwords_mine_none") })]));
  section.replaceChildren(
    el("h2", { text: t("options_passwords_heading") }),
    el("p", { class: "help", text: t("options_passwords_help") }),
    allowBox(),
    list,
    button(t("options_passwords_forget_all"), () => change({ kind: PW_FROM_EXTENSION.forget })),
    el("h3", { text: t("options_passwords_mine_heading") }),
    mineList,
  );
}

/** The confirmation for ?allow=<domain> (from the alert's "this site is mine"), with the nudge. */
function allowBox() {
  const domain = new URLSearchParams(location.search).get("allow");
  if (!domain || !/^[a-z0-9.-]{1,253}$/.test(domain)) return null;
  const done = () => {
    history.replaceState(null, "", location.pathname + location.hash);
    render();
  };
  return el("div", { class: "confirm", role: "alertdialog", id: "password-allow" },
    el("h3", { text: t("options_passwords_allow_title", [domain]) }),
    el("p", { text: t("options_passwords_allow_nudge", [domain]) }),
    button(t("options_passwords_allow_no"), done),
    button(t("options_passwords_allow_yes", [domain]), async () => {
      await ask({ kind: PW_FROM_EXTENSION.mine, domain, mine: true });
      done();
    }));
}

async function change(message) {
  await ask(message);
  await render();
}

document.addEventListener("DOMContentLoaded", () => {
  (document.querySelector("main") ?? document.body).append(section);
  render().then(() => {
    if (location.hash === "#passwords") section.scrollIntoView();
  }).catch((e) => console.error("Omamori: passwords section:", e));
});
