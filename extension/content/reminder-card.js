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

/** @param {Verdict} v @param {string} url */
function drawReminder(v, url) {
  /** @param {"on" | "later"} value */
  const reply = (value) => () => {
    send({ kind: MSG.reminderAnswer, answer: value });
    note.dismissed = true;
    note.hide();
  };
  drawNote("reminder", t("reminder_title", [retailerName(v)]), t("reminder_body"), [
    el("a", { class: "primary", href: url, target: "_blank", rel: "noopener noreferrer", text: t("reminder_open") }),
    button(t("reminder_already_on"), "", reply("on")),
    button(t("reminder_later"), "quiet", reply("later")),
  ]);
}

/** @param {Verdict} v @param {string[]} signs */
function drawAssist(v, signs) {
  const name = retailerName(v);
  const body = signs.includes("unfamiliar-email") ? t("assist_body_email", [name]) : t("assist_body_no_account", [name]);
  drawNote("assist", t("assist_title"), body, [
    button(t("assist_open"), "primary", () => void send({ kind: MSG.openRecovery })),
    button(t("assist_dismiss"), "quiet", () => {
      note.dismissed = true;
      note.hide();
    }),
  ]);
}

/**
 * After each verdict: on the retailer's official sign-in/account pages, ask the background.
 * @param {Verdict & { page_kind?: string }} v
 */
async function checkNote(v) {
  if (!isTop || note.dismissed || note.busy || note.checks >= MAX_NOTE_CHECKS) return;
  if (v.verdict !== "official" || !["signin", "account"].includes(v.page_kind ?? "")) return;
  note.checks += 1;
  note.busy = true;
  try {
    const text = document.body ? String(document.body.innerText || "").slice(0, RULES.limits.page_text) : "";
    const answer = await send({ kind: MSG.pageCheck, text, shown: note.kind === "reminder" });
    if (!answer || !answer.ok || note.dismissed) return;
    if (answer.takeover && Array.isArray(answer.takeover.signs)) drawAssist(v, answer.takeover.signs);
    else if (answer.reminder && typeof answer.reminder.two_step_url === "string" &&
      answer.reminder.two_step_url.startsWith("https://")) drawReminder(v, answer.reminder.two_step_url);
  } finally {
    note.busy = false;
  }
}
