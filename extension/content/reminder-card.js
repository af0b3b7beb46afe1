// @ts-check
// Two-step reminder and recovery offer: a small card on the retailer's official sign-in/account
// pages (top frame only). The background decides whether to show it (shared/reminders.js,
// shared/takeover.js); this part only sends the page's visible text (innerText: never what anyone
// typed into a field) and draws the answer.
//
// The card never covers the page's forms, controls or links (placement.js): it sits in the first
// free spot (bottom right first); where the full card fits nowhere (a small window, 820×600
// included) it is a compact chip that opens the card on a click; where not even the chip fits, it
// waits out of sight until a scroll or resize makes room. It is placed again on scroll, resize and
// every second (the page may grow). Only a card the user opened from the chip may cover the page.
/* exported note, checkNote */

const MAX_NOTE_CHECKS = 3;
const NOTE_WIDTH = 360;
const PLACE_EVERY_MS = 1000;

const note = {
  host: createHost({ name: "note", style: () => note.style, minWidth: () => 0, minHeight: 28 },
    (state) => reportUi("note", state)),
  kind: "", // "reminder" | "assist" | "": what the background asked to show
  dismissed: false, // the user closed it: not again on this page
  checks: 0,
  busy: false,
  /** The host's place and size (placement.js decides). */
  style: "right: 16px !important; bottom: 16px !important; width: 360px !important; height: auto !important;",
  compact: false, // shown as the chip
  opened: false, // the user opened the card from the chip
  /** Measured sizes (px) of the two forms, once drawn. */
  size: { card: 200, chip: 44, chipWidth: 240 },
  /** @type {HTMLElement | null} */
  box: null,
  timer: 0,
  hide() {
    this.kind = "";
    this.compact = this.opened = false;
    clearInterval(this.timer);
    this.host.hide();
  },
};

/** Places the card (or the chip) in free space; measures what was drawn and corrects once. */
function placeNote() {
  if (!note.kind || !note.box) return;
  for (let pass = 0; pass < 2; pass++) {
    const vw = document.documentElement.clientWidth || window.innerWidth, vh = window.innerHeight;
    const obstacles = note.opened ? [] : pageObstacles();
    const width = Math.min(NOTE_WIDTH, vw - 2 * SPOT_MARGIN);
    let spot = freeSpot(obstacles, vw, vh, width, note.size.card);
    let compact = false;
    if (!spot && !note.opened) {
      compact = true;
      spot = freeSpot(obstacles, vw, vh, Math.min(note.size.chipWidth, vw - 2 * SPOT_MARGIN), note.size.chip);
    }
    if (!spot) {
      if (note.host.shown) note.host.hide(); // nowhere free: out of sight until there is room
      return;
    }
    const style = `left: ${spot.left}px !important; top: ${spot.top}px !important; ` +
      `width: ${compact ? "auto" : `${width}px`} !important; height: auto !important;`;
    note.box.classList.toggle("compact", compact);
    const changed = style !== note.style || compact !== note.compact || !note.host.shown;
    note.style = style;
    note.compact = compact;
    if (changed) note.host.show();
    const r = note.host.element()?.getBoundingClientRect();
    if (!r) return;
    const key = compact ? "chip" : "card";
    const measured = Math.ceil(r.height);
    if (compact) note.size.chipWidth = Math.ceil(r.width);
    if (Math.abs(measured - note.size[key]) <= 1) return;
    note.size[key] = measured; // drawn taller or shorter than assumed: place again with the real size
  }
}

let placeQueued = false;
function queuePlace() {
  if (placeQueued || !note.kind) return;
  placeQueued = true;
  requestAnimationFrame(() => {
    placeQueued = false;
    placeNote();
  });
}
window.addEventListener("scroll", queuePlace, { passive: true, capture: true });
window.addEventListener("resize", queuePlace, { passive: true });

/**
 * @param {"reminder" | "assist"} kind @param {string} title @param {string} body
 * @param {HTMLElement[]} actions
 */
function drawNote(kind, title, body, actions) {
  try {
    const root = note.host.root;
    if (!root) throw new Error("no shadow root");
    const close = button("×", "close", () => {
      note.dismissed = true;
      note.hide();
    });
    close.setAttribute("aria-label", t("note_close"));
    const chipButton = button(t("note_compact"), "chip", () => {
      note.opened = true;
      placeNote();
    });
    const box = el("div", { class: `note ${kind === "assist" ? "assist" : ""}`, role: "region", "aria-label": title },
      chipButton,
      el("div", { class: "brand", text: t("ext_short_name") }),
      el("h2", { text: title }),
      el("p", { text: body }),
      el("div", { class: "row" }, ...actions),
      close);
    note.kind = kind;
    note.box = box;
    root.replaceChildren(...[adoptStyles(root, NOTE_CSS), box].filter((n) => n !== null));
    placeNote();
    clearInterval(note.timer);
    note.timer = setInterval(placeNote, PLACE_EVERY_MS);
  } catch (error) {
    console.debug("omamori: note not drawn:", error);
    reportUi("note", "draw-failed");
  }
}

/** Locale keys the background may name for the card (shared/reminders.js reminderPlan, takeover.js assistFlow). */
const cardKey = (/** @type {unknown} */ k) => (typeof k === "string" && /^(reminder|assist)_[a-z_]+$/.test(k) ? k : "");

/**
 * The reminder the background planned: a passkey where the shop offers one, else two-step
 * verification; the button says what it opens.
 * @param {Verdict} v @param {{ url: string, title_key: string, body_key: string, button_key: string }} plan
 */
function drawReminder(v, plan) {
  /** @param {"on" | "later"} value */
  const reply = (value) => () => {
    send({ kind: MSG.reminderAnswer, answer: value });
    note.dismissed = true;
    note.hide();
  };
  const [title, body, open] = [plan.title_key, plan.body_key, plan.button_key].map(cardKey);
  if (!title || !body || !open) return;
  drawNote("reminder", t(title, [retailerName(v)]), t(body), [
    el("a", { class: "primary", href: plan.url, target: "_blank", rel: "noopener noreferrer", text: t(open) }),
    button(t("reminder_already_on"), "", reply("on")),
    button(t("reminder_later"), "quiet", reply("later")),
  ]);
}

/**
 * The recovery offer, step by step (takeover.js assistFlow): "no account with this email" first asks
 * to check the address (usually a typo); only "the address is right" leads to the takeover steps.
 * @param {Verdict} v @param {any[]} steps
 */
function drawAssist(v, steps) {
  const [step, ...rest] = steps;
  if (!step) return;
  const name = retailerName(v);
  const close = () => {
    note.dismissed = true;
    note.hide();
  };
  if (step.step === "check-email") {
    drawNote("assist", t(cardKey(step.title_key)), t(cardKey(step.body_key), [name]), [
      button(t(cardKey(step.buttons?.sure)), "primary", () => drawAssist(v, rest)),
      button(t(cardKey(step.buttons?.retry)), "quiet", close),
    ]);
    return;
  }
  drawNote("assist", t(cardKey(step.title_key)), t(cardKey(step.body_key), [name]), [
    button(t("assist_open"), "primary", () => void send({ kind: MSG.openRecovery })),
    button(t("assist_dismiss"), "quiet", close),
  ]);
}

/**
 * After each verdict: on the retailer's official sign-in/account pages, ask the background.
 * @param {Verdict & { page_kind?: string }} v
 */
async function checkNote(v) {
  if (!isTop || note.dismissed || note.busy || note.checks >= MAX_NOTE_CHECKS) return;
  if (v.verdict !== "official") return;
  note.checks += 1;
  note.busy = true;
  try {
    // The page's visible text only where its wording matters (sign-in and account pages); elsewhere
    // the background decides the reminder alone (right after a sign-in).
    const wording = ["signin", "account"].includes(v.page_kind ?? "");
    const text = wording && document.body ? String(document.body.innerText || "").slice(0, RULES.limits.page_text) : "";
    const answer = await send({ kind: MSG.pageCheck, text, shown: note.kind === "reminder" });
    if (!answer || !answer.ok || note.dismissed) return;
    if (answer.takeover && Array.isArray(answer.takeover.steps)) drawAssist(v, answer.takeover.steps);
    else if (answer.reminder && typeof answer.reminder.url === "string" && answer.reminder.url.startsWith("https://")) {
      drawReminder(v, answer.reminder);
    }
  } finally {
    note.busy = false;
  }
}
