// @ts-check
// The warning banner at the top of a page the verdict's `banner` action names. It only informs
// and offers ways out (the real site, leaving, the extension's warning page): nothing clicked in
// here lowers protection; trusting a site or continuing past a warning happens on the
// extension's own warning page, which no page can cover or click into.
//
// "Minimise" puts the banner aside as a chip (chip.js) for this visit (this page in this tab):
// at once on a medium or low warning; on a high one only once the user has seen it, i.e. the
// watchdog's checks (ui-host.js, every 250 ms) found the banner on top and uncovered for a total
// of SEEN_MS while the tab was visible. Minimising changes nothing else: the form guard stays armed,
// the badge stays, and a later verdict of higher severity (or for another site) opens the banner
// again. Only a real click inside our closed shadow root minimises (dom.js `button`).
/* exported banner, retailerName, reasonLines, goOfficial, leavePage, openWarning */

/** @typedef {{ verdict?: string, severity?: string, retailer?: string, retailer_name?: Record<string, string>,
 *   official_url?: string, host?: string, registrable_domain?: string | null, reasons?: { kind: string, matched?: string }[], actions?: string[],
 *   rank?: number }} Verdict */

/** @param {Verdict} v */
const retailerName = (v) => (v.retailer_name && (v.retailer_name[uiLang] || v.retailer_name.en)) || v.retailer || "";
/** Locale key of a reason kind (the rule of shared/verdict-view.js reasonKey). @param {string} kind */
const reasonKey = (kind) => "reason_" + String(kind).replace(/-/g, "_");

/** @param {Verdict} v */
function reasonLines(v) {
  const seen = new Set();
  /** @type {string[]} */
  const lines = [];
  for (const r of v.reasons || []) {
    if (!r || seen.has(r.kind)) continue;
    seen.add(r.kind);
    const line = t(reasonKey(r.kind), [clean(r.matched || retailerName(v), 100), clean(v.host || location.hostname, 100)]);
    if (line && line !== reasonKey(r.kind)) lines.push(line);
  }
  return lines.slice(0, 5);
}

/** @param {Verdict | null} v */
const goOfficial = (v) => {
  const url = v && v.official_url;
  if (typeof url === "string" && url.startsWith("https://")) location.assign(url);
};
/**
 * "Leave": the background decides (background/leave.js): back in history past the flagged site, or
 * it replaces the tab by the real site or a new-tab page. Without an answer (extension reloaded),
 * one step back.
 */
async function leavePage() {
  const answer = await send({ kind: MSG.leave });
  if (answer && answer.ok && answer.replaced) return;
  const back = answer && answer.ok && Number.isInteger(answer.back) && answer.back > 0 ? answer.back : 1;
  history.go(-back);
}
const openWarning = () => void send({ kind: MSG.openWarning });

const SEEN_MS = 5000;
/** The engine's severities, least severe first (RULES.severities). */
const severities = /** @type {readonly string[]} */ (RULES.severities);
/**
 * How strongly a verdict warns, as the background ranked it (the tab record's `rank`: shared/verdict-view.js
 * warningRank, which this classic script cannot import); a verdict without one outranks any: it is shown.
 */
const rankOf = (/** @type {Verdict} */ v) => (typeof v.rank === "number" ? v.rank : Infinity);
/** @param {Verdict} v */
const siteOf = (v) => v.registrable_domain || v.host || location.hostname;

const banner = {
  host: createHost({ name: "banner", style: HOST_CSS.banner, minWidth: (vw) => vw, minHeight: 40 },
    (state) => reportUi("banner", state)),
  /** Time the banner has been seen on top, uncovered, in a visible tab (ms; this page load). */
  seenMs: 0,
  seenTimer: 0,
  /** @type {{ rank: number, site: string } | null} what was minimised (this page load only) */
  minimised: null,
  /** @type {Verdict | null} */
  verdict: null,
  /** @type {HTMLElement | null} */
  minimiseButton: null,
  /** @param {Verdict} v */
  show(v) {
    const severity = severities.includes(v.severity ?? "") ? /** @type {string} */ (v.severity) : "high";
    const m = this.minimised;
    this.verdict = v;
    if (m && rankOf(v) <= m.rank && siteOf(v) === m.site) {
      chip.show(v, () => this.restore());
      return;
    }
    this.minimised = null;
    chip.hide();
    this.draw(v, severity);
  },
  /** @param {Verdict} v @param {string} severity */
  draw(v, severity) {
    try {
      const root = this.host.root;
      if (!root) throw new Error("no shadow root");
      const name = retailerName(v);
      const lines = reasonLines(v);
      const bar = el("div", { class: `bar ${severity}`, role: "alertdialog", "aria-labelledby": "omamori-title", "aria-describedby": "omamori-desc" },
        shieldIcon(),
        el("div", { class: "main" },
          el("div", { class: "brand", text: t("ext_short_name") }),
          el("h2", { id: "omamori-title", text: t("banner_title", [name]) }),
          el("p", { id: "omamori-desc", text: t(severity === "high" ? "banner_advice_high" : "banner_advice") }),
          lines.length ? el("ul", {}, ...lines.map((l) => el("li", { text: l }))) : null),
        el("div", { class: "actions" },
          v.official_url ? button(t("banner_go_official", [name]), "primary", () => goOfficial(v)) : null,
          button(t("banner_leave"), "", leavePage),
          button(t("banner_details"), "quiet", openWarning),
          (this.minimiseButton = button(t("banner_minimise"), "quiet minimise", () => this.minimise(v, severity)))),
      );
      // A high warning can be put aside only once it has been seen (see the header).
      this.minimiseButton.hidden = severity === "high" && this.seenMs < SEEN_MS;
      root.replaceChildren(...[adoptStyles(root, WARNING_CSS), bar].filter((n) => n !== null));
      this.host.show();
      this.countSeen();
    } catch (error) {
      console.debug("omamori: banner not drawn:", error);
      reportUi("banner", "draw-failed");
    }
  },
  /** Counts the time the banner is seen on top in a visible tab; shows "Minimise" at SEEN_MS. */
  countSeen() {
    clearInterval(this.seenTimer);
    const TICK = 250;
    this.seenTimer = setInterval(() => {
      if (!this.host.visible || document.visibilityState !== "visible") return;
      this.seenMs += TICK;
      if (this.seenMs >= SEEN_MS && this.minimiseButton) {
        this.minimiseButton.hidden = false;
        clearInterval(this.seenTimer);
      }
    }, TICK);
  },
  /** @param {Verdict} v @param {string} severity */
  minimise(v, severity) {
    if (severity === "high" && this.seenMs < SEEN_MS) return;
    this.minimised = { rank: rankOf(v), site: siteOf(v) };
    clearInterval(this.seenTimer);
    this.host.hide();
    chip.show(v, () => this.restore());
  },
  /** The chip was clicked: the banner again, as it was. */
  restore() {
    this.minimised = null;
    chip.hide();
    if (this.verdict) this.show(this.verdict);
  },
  hide() {
    clearInterval(this.seenTimer);
    chip.hide();
    if (this.host.shown) this.host.hide();
  },
};
