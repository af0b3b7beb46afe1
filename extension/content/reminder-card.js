// @ts-check
// Two-step reminder and recovery offer: a small card at the bottom right of the retailer's
// official sign-in/account pages (top frame only), away from the sign-in form. The background
// decides whether to show it (shared/reminders.js, shared/takeover.js); this part only sends the
// page's visible text (innerText: never what anyone typed into a field) and draws the answer.
/* exported note, checkNote */

const MAX_NOTE_CHECKS = 3;

const note = {
  host: createHost({ name: "note", style: HOST_CSS.note, minWidth: () => 0, minHeight: 40 },
    (state) => reportUi("note", state)),
  kind: "", // "reminder" | "assist" | ""
  dismissed: false, // the user closed it: not again on this page
  checks: 0,
  busy: false,
  hide() {
    this.kind = "";
    this.host.hide();
  },
};

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
    const box = el("div", { class: `note ${kind === "assist" ? "assist" : ""}`, role: "region", "aria-label": title },
      el("div", { class: "brand", text: t("ext_short_name") }),
      el("h2", { text: title }),
      el("p", { text: body }),
      el("div", { class: "row" }, ...actions),
      close);
    note.kind = kind;
    root.replaceChildren(...[adoptStyles(root, NOTE_CSS), box].filter((n) => n !== null));
    note.host.show();
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
