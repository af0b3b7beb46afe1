// @ts-check
// The warning banner at the top of a page the verdict's `banner` action names. It only informs
// and offers ways out (the real site, leaving, the extension's warning page): nothing clicked in
// here lowers protection; trusting a site or continuing past a warning happens on the
// extension's own warning page, which no page can cover or click into.
/* exported banner, retailerName, reasonLines, goOfficial, leavePage, openWarning */

/** @typedef {{ verdict?: string, severity?: string, retailer?: string, retailer_name?: Record<string, string>,
 *   official_url?: string, host?: string, reasons?: { kind: string, matched?: string }[], actions?: string[] }} Verdict */

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
const leavePage = () => location.replace("about:blank"); // replace: Back does not return to this page
const openWarning = () => void send({ kind: MSG.openWarning });

const banner = {
  host: createHost({ name: "banner", style: HOST_CSS.banner, minWidth: (vw) => vw, minHeight: 40 },
    (state) => reportUi("banner", state)),
  /** @param {Verdict} v */
  show(v) {
    try {
      const root = this.host.root;
      if (!root) throw new Error("no shadow root");
      const name = retailerName(v);
      const severity = ["high", "medium", "low"].includes(v.severity ?? "") ? v.severity : "high";
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
          button(t("banner_details"), "quiet", openWarning)),
      );
      root.replaceChildren(...[adoptStyles(root, WARNING_CSS), bar].filter((n) => n !== null));
      this.host.show();
    } catch (error) {
      console.debug("omamori: banner not drawn:", error);
      reportUi("banner", "draw-failed");
    }
  },
  hide() {
    if (this.host.shown) this.host.hide();
  },
};
