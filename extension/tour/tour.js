// @ts-check
// The tour (tour.html, linked from the options page): every screen Omamori can show, each drawn in
// its own frame by the real component (frame.html, frame.js), in the language picked here (English
// or Japanese, whatever the browser's language is; `?lang=` keeps the choice in the address).
import { LANGS, loadLocale, pickLang } from "./locale.js";
import { SCREENS } from "./screens.js";

const api = /** @type {any} */ (globalThis).browser ?? /** @type {any} */ (globalThis).chrome;
const byId = (/** @type {string} */ id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** Screens whose frame has reported it is drawn, for the language on show. */
let drawn = new Set();

/** @param {string} lang */
async function show(lang) {
  document.body.dataset.ready = "";
  const locale = await loadLocale(lang, (p) => api.runtime.getURL(p));
  document.documentElement.lang = locale.lang;
  for (const b of document.querySelectorAll("button[data-lang]")) {
    b.setAttribute("aria-pressed", String(/** @type {HTMLElement} */ (b).dataset.lang === locale.lang));
  }
  const sections = SCREENS.map((s) => {
    const frame = document.createElement("iframe");
    frame.src = `frame.html?screen=${encodeURIComponent(s.id)}&lang=${locale.lang}`;
    frame.width = String(s.width);
    frame.height = String(s.height);
    frame.title = locale.getMessage(s.title);
    frame.dataset.screen = s.id;
    const section = document.createElement("section");
    section.className = "screen";
    section.id = s.id;
    const h2 = Object.assign(document.createElement("h2"), { textContent: locale.getMessage(s.title) });
    h2.dataset.i18n = s.title;
    const p = Object.assign(document.createElement("p"), { textContent: locale.getMessage(s.caption) });
    p.dataset.i18n = s.caption;
    section.append(h2, p, frame);
    return section;
  });
  drawn = new Set();
  document.body.dataset.ready = "";
  byId("screens").replaceChildren(...sections);
  for (const el of document.querySelectorAll("[data-i18n]")) {
    const key = /** @type {HTMLElement} */ (el).dataset.i18n ?? "";
    el.textContent = locale.getMessage(key);
  }
  if (locale.missing.size) console.error("omamori tour: messages missing in", locale.lang, [...locale.missing]);
}

// A frame says when its screen is drawn and how tall it is (frames marked `fit` take that height).
window.addEventListener("message", (e) => {
  if (e.origin !== location.origin || typeof e.data?.tourScreen !== "string") return;
  const screen = SCREENS.find((s) => s.id === e.data.tourScreen);
  const frame = /** @type {HTMLIFrameElement | null} */ (document.querySelector(`iframe[data-screen="${screen?.id}"]`));
  if (!screen || !frame || frame.contentWindow !== e.source) return;
  if (typeof e.data.failed === "string") return console.error(`omamori tour: ${screen.id} not drawn:`, e.data.failed);
  if (Array.isArray(e.data.missing) && e.data.missing.length) console.error(`omamori tour: ${screen.id}: messages missing:`, e.data.missing);
  if (screen.fit && Number.isFinite(e.data.height)) frame.height = String(Math.min(1600, Math.max(80, Math.ceil(e.data.height))));
  drawn.add(screen.id);
  if (drawn.size === SCREENS.length) document.body.dataset.ready = "1";
});

for (const b of document.querySelectorAll("button[data-lang]")) {
  b.addEventListener("click", () => {
    const lang = pickLang(/** @type {HTMLElement} */ (b).dataset.lang);
    history.replaceState(null, "", `?lang=${lang}${location.hash}`);
    void show(lang);
  });
}

const asked = new URLSearchParams(location.search).get("lang");
void show(asked && LANGS.includes(asked) ? asked : pickLang(api.i18n.getUILanguage()));
