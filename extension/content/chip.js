// @ts-check
// The minimised banner (banner.js "Minimise"): a small chip at the bottom left that stays in view
// for this visit and opens the banner again. Same guarantees as the banner (ui-host.js): a
// built-in host with a closed shadow root in the top layer, watched every 250 ms; a page that
// hides, covers or removes it is reported ("fighting") and the background shows the warning page.
/* exported chip */

const chip = {
  host: createHost({ name: "chip", style: HOST_CSS.chip, minWidth: () => 0, minHeight: 32 },
    (state) => reportUi("chip", state)),
  /** @param {Verdict} v @param {() => void} onOpen */
  show(v, onOpen) {
    try {
      const root = this.host.root;
      if (!root) throw new Error("no shadow root");
      const severity = v.severity === "medium" || v.severity === "low" ? v.severity : "high";
      const open = button(t("banner_chip", [retailerName(v)]), `chip ${severity}`, onOpen);
      open.prepend(shieldIcon());
      open.setAttribute("aria-label", t("banner_chip_label", [retailerName(v)]));
      root.replaceChildren(...[adoptStyles(root, CHIP_CSS), open].filter((n) => n !== null));
      this.host.show();
    } catch (error) {
      console.debug("omamori: chip not drawn:", error);
      reportUi("chip", "draw-failed");
    }
  },
  hide() {
    if (this.host.shown) this.host.hide();
  },
};
