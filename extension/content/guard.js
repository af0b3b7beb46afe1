// @ts-check
// The form guard: when the verdict's `form-guard` action is on, focusing a credential field (or
// typing into one) blurs it and shows a card next to it. The card offers the real site, leaving,
// and the extension's warning page; continuing to type on this page is decided there (in an
// extension page a decoy cannot cover), never by a click inside this page.
/* exported guard */

/**
 * Whether `field` is one box of a code typed box by box: the page scan (scan.js scanForms) counts
 * such a box among the credential fields only when the page shows enough of them (a plain
 * one-character text box is not one).
 * @param {HTMLInputElement} field
 */
const isCodeBox = (field) => isDigitBox(field, fieldKind(field)) && scanForms().credentialInputs.includes(field);

/** A credential field, or one box of a code typed digit by digit (a one-time code). @param {EventTarget | null} target */
const isCredential = (target) => target instanceof HTMLInputElement &&
  (RULES.credential_kinds.includes(fieldKind(target) ?? "") || isCodeBox(target));

const guard = {
  armed: false,
  /** @type {Verdict | null} */
  verdict: null,
  host: createHost({ name: "guard", style: HOST_CSS.guard, minWidth: (vw) => vw, minHeight: 100 },
    (state) => reportUi("guard", state)),
  /** @param {Verdict} v */
  arm(v) {
    this.verdict = v;
    this.armed = true;
    this.listen();
    this.check();
  },
  /** (Re-)adds the listeners: document.open() erases them, so this runs after every rescan too. */
  listen() {
    document.addEventListener("focusin", onGuardFocus, true);
    document.addEventListener("keydown", onGuardKey, true);
  },
  disarm() {
    this.armed = false;
    document.removeEventListener("focusin", onGuardFocus, true);
    document.removeEventListener("keydown", onGuardKey, true);
    this.host.hide();
  },
  /** A credential field already focused (autofocus) when the verdict arrived. */
  check() {
    const a = document.activeElement;
    if (this.armed && a && isCredential(a)) this.open(/** @type {HTMLInputElement} */ (a));
  },
  /** @param {HTMLInputElement} field */
  open(field) {
    field.blur();
    if (this.host.shown) return;
    try {
      drawGuard(this.host, field, this.verdict ?? {});
      this.host.show();
    } catch (error) {
      console.debug("omamori: form guard not drawn:", error);
      reportUi("guard", "draw-failed");
    }
  },
};

/** @param {FocusEvent} e */
function onGuardFocus(e) {
  if (guard.armed && isCredential(e.target)) guard.open(/** @type {HTMLInputElement} */ (e.target));
}
/** @param {KeyboardEvent} e */
function onGuardKey(e) {
  if (!guard.armed || !isCredential(e.target)) return;
  e.preventDefault();
  e.stopImmediatePropagation();
  guard.open(/** @type {HTMLInputElement} */ (e.target));
}

/** @param {Host} host @param {HTMLInputElement} field @param {Verdict} v */
function drawGuard(host, field, v) {
  const root = host.root;
  if (!root) throw new Error("no shadow root");
  const name = retailerName(v);
  const r = field.getBoundingClientRect();
  const width = Math.min(420, window.innerWidth - 24);
  const left = Math.max(12, Math.min(r.left, window.innerWidth - width - 12));
  // Below the field when there is room, else above it; always inside the viewport.
  const below = r.bottom + 10;
  const top = below + 260 < window.innerHeight ? below : Math.max(12, r.top - 270);
  const card = el("div", { class: "card", role: "alertdialog", "aria-labelledby": "omamori-guard-title" },
    el("div", { class: "head" }, shieldIcon(), el("h2", { id: "omamori-guard-title", text: t("guard_title") })),
    el("p", { text: t("guard_body", [name]) }),
    el("div", { class: "actions" },
      v.official_url ? button(t("banner_go_official", [name]), "primary", () => goOfficial(v)) : null,
      button(t("banner_leave"), "", leavePage),
      button(t("guard_options"), "quiet", openWarning)),
  );
  card.style.left = `${left}px`;
  card.style.top = `${top}px`;
  root.replaceChildren(...[adoptStyles(root, WARNING_CSS), el("div", { class: "backdrop" }), card].filter((n) => n !== null));
  const first = card.querySelector("button");
  if (first) first.focus();
}
