// @ts-check
// The screens of the tour: what each shows, the sample page address the real engine checks for it
// (engine only: nothing is fetched), and the size of its frame. Pure data and the few steps that
// turn a verdict into what the component is given (a tab record, a reminder plan, an alert).

/**
 * @typedef {"banner" | "chip" | "guard" | "popup" | "report" | "reminder" | "assist" | "password-alert" | "recovery"} Kind
 * @typedef {{ id: string, kind: Kind, url: string, title: string, caption: string,
 *   width: number, height: number, fit?: boolean }} Screen
 */

/** Sample addresses (example.com and example-shop.top: never a real shop). */
export const SAMPLE = Object.freeze({
  lookalike: "https://amazon-co-jp.example-shop.top/ap/signin",
  medium: "https://rakuten-fan.example.com/",
  official: "https://www.amazon.co.jp/gp/css/homepage.html",
  officialSignin: "https://www.amazon.co.jp/ap/signin",
  unrelated: "https://www.example.com/",
});

/** Page-sized frames show the component over a sample page; `fit` frames take their content's height
 * (their `height` is the first guess). */
const PAGE = { width: 880, height: 380 };

/** @type {readonly Screen[]} */
export const SCREENS = Object.freeze([
  { id: "banner-high", kind: "banner", url: SAMPLE.lookalike, title: "tour_banner_high_title", caption: "tour_banner_high_caption", ...PAGE },
  { id: "banner-medium", kind: "banner", url: SAMPLE.medium, title: "tour_banner_medium_title", caption: "tour_banner_medium_caption", ...PAGE },
  { id: "chip", kind: "chip", url: SAMPLE.lookalike, title: "tour_chip_title", caption: "tour_chip_caption", width: 880, height: 200 },
  { id: "guard", kind: "guard", url: SAMPLE.lookalike, title: "tour_guard_title", caption: "tour_guard_caption", width: 880, height: 640 },
  { id: "popup-lookalike", kind: "popup", url: SAMPLE.lookalike, title: "tour_popup_lookalike_title", caption: "tour_popup_lookalike_caption", width: 360, height: 240, fit: true },
  { id: "popup-official", kind: "popup", url: SAMPLE.official, title: "tour_popup_official_title", caption: "tour_popup_official_caption", width: 360, height: 240, fit: true },
  { id: "popup-unrelated", kind: "popup", url: SAMPLE.unrelated, title: "tour_popup_unrelated_title", caption: "tour_popup_unrelated_caption", width: 360, height: 240, fit: true },
  { id: "popup-trusted", kind: "popup", url: SAMPLE.lookalike, title: "tour_popup_trusted_title", caption: "tour_popup_trusted_caption", width: 360, height: 240, fit: true },
  { id: "report", kind: "report", url: SAMPLE.lookalike, title: "tour_report_title", caption: "tour_report_caption", width: 760, height: 500, fit: true },
  { id: "reminder", kind: "reminder", url: SAMPLE.official, title: "tour_reminder_title", caption: "tour_reminder_caption", ...PAGE },
  { id: "password-alert", kind: "password-alert", url: SAMPLE.lookalike, title: "tour_password_alert_title", caption: "tour_password_alert_caption", width: 880, height: 500 },
  { id: "assist", kind: "assist", url: SAMPLE.officialSignin, title: "tour_assist_title", caption: "tour_assist_caption", ...PAGE },
  { id: "recovery", kind: "recovery", url: SAMPLE.official, title: "tour_recovery_title", caption: "tour_recovery_caption", width: 760, height: 600, fit: true },
]);

/**
 * The content scripts that draw, in the manifest's order (each once): every script of each
 * `content_scripts` group but its last, the group's entry, which starts watching the page (content/main.js,
 * content/password-watch.js). The others only define what the entries use: the tour calls it itself.
 * @param {{ content_scripts: { js: string[] }[] }} manifest
 * @returns {string[]}
 */
export function drawingScripts(manifest) {
  const groups = manifest.content_scripts.map((cs) => cs.js);
  const entries = new Set(groups.map((js) => js[js.length - 1]));
  return [...new Set(groups.flatMap((js) => js.slice(0, -1)))].filter((f) => !entries.has(f));
}

/** @param {string | null} id */
export const screenById = (id) => SCREENS.find((s) => s.id === id) ?? null;

/**
 * The tab record (popup, false-alarm report) for a screen, from the engine's verdict of its sample
 * address: what the background stores (verdict + `signinForm` + `trusted`). A trusted site is the
 * same lookalike verdict with the policy's answer for a trusted domain (no actions).
 * @param {Screen} screen @param {any} verdict
 */
export function tabRecord(screen, verdict) {
  if (screen.id === "popup-trusted") return { ...verdict, trusted: true, actions: [] };
  if (screen.id === "popup-lookalike" || screen.id === "report") return { ...verdict, signinForm: true };
  return verdict;
}

/**
 * The password alert the background sends (background/password-alert.js): a protected password
 * typed on the sample lookalike page.
 * @param {any} verdict @param {any} retailer the catalog entry (engine.retailers())
 */
export function sampleAlert(verdict, retailer) {
  return {
    type: "password",
    retailer: verdict.retailer,
    retailer_name: retailer?.name ?? verdict.retailer_name ?? null,
    official_url: retailer?.official_url ?? verdict.official_url ?? null,
    change_url: retailer?.change_password_url ?? retailer?.official_url ?? null,
    host: verdict.host,
    lookalike: verdict.verdict === "lookalike",
  };
}
