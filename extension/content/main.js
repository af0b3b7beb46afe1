// @ts-check
// The content script's entry (last of the ordered scripts in the manifest): scans the page,
// reports to the background, applies what it answers. Warnings follow only the verdict's
// `actions` (decided by the engine's policy); a failure to draw never stops the scan or the report.
//
// The scripts run at document_start, before the page is parsed: the top frame first asks for its
// URL verdict and draws the banner it asks for, so a lookalike's warning is on screen before (or
// with) the page's first paint; the page scan and report follow once the document is parsed, and
// the page verdict then replaces what the URL verdict drew (it is never weaker: the page check
// includes the URL's findings). Meanwhile the page's first paint is held (paint-hold.js) until the
// URL verdict is in and, once a sign-in, card or code form is parsed (watched from document_start,
// and found again by the scan at DOMContentLoaded), until the form's first page verdict: a warning
// is drawn in the frame that shows the page; a page without such a form is shown at its URL verdict.
/* global RULES */

const MAX_REPORTS = 6; // initial + a few growth steps (email step → password step); a page cannot make us chat
const CREDENTIAL_KINDS = RULES.credential_kinds;
let reportedKinds = ""; // field kinds present at the last report (re-report when a new kind appears)
let reportedFace = ""; // title and first headings at the last report (re-report when a kit renames the page)
let reports = 0;
let sentSignals = ""; // the last full report's signals (JSON, pictures apart): settle() re-reports when they change
let pageVerdictApplied = false; // a page verdict (or the tab's) was applied: the URL verdict is stale
let started = false;

/** @param {FormScan} scan */
const kindsOf = (scan) => CREDENTIAL_KINDS.filter((k) => scan.fields[k] > 0).join(",") + (scan.signin ? "+" : "");

/**
 * Whether the page assessment has something to weigh: a sign-in form, or a password, card or code
 * field (a kit's code-only step has no sign-in form, and is what the next step of a takeover asks).
 * @param {FormScan} scan
 */
const weighs = (scan) => scan.signin || scan.fields.password > 0 || scan.fields.card > 0 || scan.fields.otp > 0;

/**
 * The page's title, first headings, first pictures' sources and the start of its own readable
 * frames' text: what a kit rewrites after the first check (bounded reads; a lazy logo's real source
 * swapped in late, a header frame whose document loads after the page's, is a new face).
 */
const faceOf = () => [document.title, ...[...document.querySelectorAll("h1, h2, h3")].slice(0, 5).map((h) => h.textContent),
  ...[...document.images].slice(0, 8).map((i) => (i.currentSrc || i.src).slice(0, 120)),
  ...OmamoriFrames.readableAll().map((d) => (d.body?.textContent ?? "").slice(0, 200))].join("|").slice(0, 2000);

/**
 * A form in a document this page shows in a frame of its own (OmamoriFrames.showing), as the
 * background told it: the last one, `{ url, fields, signin, texts }` (`texts`: its buttons' and
 * fields' labels); null until a frame has one.
 * @type {{ url: string, fields: Record<string, unknown>, signin: boolean, texts: { buttons: unknown, field_labels: unknown } } | null}
 */
let childForm = null;

/**
 * What this page shows of sign-in, card or code forms: its own, else the form of a frame of its own
 * (the frame elements stand for the form's box: the text and pictures around them are the page's).
 * @returns {FormScan}
 */
function currentScan() {
  const own = scanForms();
  if (weighs(own) || !childForm) return own;
  const frames = OmamoriFrames.showing(childForm.url, shadowDomApi());
  if (!frames.length) return own;
  const given = childForm.fields;
  const fields = Object.fromEntries(RULES.field_kinds.map((k) => [k, Math.max(0, Math.min(Number(given[k]) || 0, 99))]));
  /** @param {unknown} list */
  const strings = (list) => (Array.isArray(list) ? list.filter((t) => typeof t === "string") : []);
  const texts = { buttons: strings(childForm.texts.buttons), field_labels: strings(childForm.texts.field_labels) };
  return { fields, signin: childForm.signin, credentialInputs: [], frames, frameTexts: texts };
}

/** @param {FormScan} scan @param {ReturnType<typeof collectSignals> | null} [given] the signals, already collected */
async function report(scan, given = null) {
  if (reports >= MAX_REPORTS) return;
  reports += 1;
  reportedKinds = kindsOf(scan);
  reportedFace = faceOf();
  // Without a credential or payment field there is nothing for the page assessment to weigh: send
  // only the field counts (the background still needs to hear from the page to draw a domain
  // warning), so a page with no sign-in form costs a length check, not a page scan.
  const f = scan.fields;
  const full = weighs(scan);
  let signals;
  try {
    signals = given ?? (full ? collectSignals(scan) : { fields: f, signin_form: false });
    if (full) sentSignals = JSON.stringify(signals);
  } catch (error) {
    console.debug("omamori: page scan failed:", error);
    signals = { fields: f, signin_form: scan.signin };
  }
  // A sign-in, card or code form's first verdict comes before the page's first paint (paint-hold.js).
  if (full) paintHold.wait("page");
  else paintHold.done("page");
  const answer = await send({ kind: MSG.pageSignals, url: location.href, signals });
  if (answer && answer.ok) learnMessages(answer.messages);
  if (answer && answer.ok && answer.verdict) apply(answer.verdict, answer.continued === true);
  paintHold.done("page");
  // The brand as a picture: the pictures step waits for the favicon to load, so its hashes follow
  // in a second report (the first verdict is not held back for it).
  if (full && reports < MAX_REPORTS) {
    const pictures = await collectPictures(scan).catch(() => []);
    if (pictures.length === 0) return;
    reports += 1;
    const again = await send({ kind: MSG.pageSignals, url: location.href, signals: { ...signals, pictures } });
    if (again && again.ok && again.verdict) apply(again.verdict, again.continued === true);
  }
}

/**
 * Draws what the verdict's actions ask for. `continued`: the user chose "continue anyway" on the
 * extension's warning page for this page in this tab: the banner stays, the form guard does not.
 * @param {Verdict} v @param {boolean} continued
 */
function apply(v, continued) {
  if (!v || typeof v !== "object") return;
  pageVerdictApplied = true;
  const actions = Array.isArray(v.actions) ? v.actions : [];
  if (actions.includes("banner")) banner.show(v);
  else banner.hide();
  if (actions.includes("form-guard") && !continued) guard.arm(v);
  else if (guard.armed) guard.disarm();
  if (actions.includes("banner")) paintHold.release(); // the warning is in the page's first frame
  checkNote(v).catch(() => {});
}

// Forms added later by scripts (and documents rewritten by document.open()): a throttled observer.
// Each mutation batch only arms a timer; the scan runs at most once per second and is a
// live-collection length check when there are no inputs.
let scanTimer = 0;
function scheduleScan() {
  if (scanTimer) return;
  scanTimer = setTimeout(() => {
    scanTimer = 0;
    if (location.href !== reportedUrl) return checkAddress();
    const scan = currentScan();
    if (weighs(scan) && (kindsOf(scan) !== reportedKinds || faceOf() !== reportedFace)) report(scan);
    if (guard.armed) {
      guard.listen();
      guard.check();
    }
  }, 1000);
}

/**
 * At document_start, top frame: the URL verdict's banner, drawn on <html> before <body> exists
 * (the host lives in the top layer as a child of <html>, content/ui-host.js). Only the banner: the
 * form guard needs the form, which the page verdict arms.
 */
async function drawUrlVerdict() {
  const answer = await urlVerdictAsked; // asked by messaging.js, before the other scripts ran
  const v = answer && answer.ok ? answer.verdict : null;
  if (answer && answer.ok) learnMessages(answer.messages); // the banner's strings: no bundle fetch before its first paint
  if (!pageVerdictApplied && v && typeof v === "object" && Array.isArray(v.actions) && v.actions.includes("banner")) {
    banner.show(v);
    paintHold.release(); // the warning and the page in the same frame
  }
  paintHold.done("url");
}

/** Whether the part of the page parsed so far has a sign-in, card or code form. */
function formParsed() {
  try {
    return weighs(scanForms());
  } catch {
    return false;
  }
}

/**
 * Top page, until DOMContentLoaded: a sign-in, card or code form holds the first paint for its
 * verdict as soon as the parser has inserted it, not only when the scan at DOMContentLoaded finds
 * it. A mutation callback (after each chunk the parser inserts) only compares the document's count
 * of inputs (a live collection: a length check, never a walk over the records); when it grew, the
 * next animation frame (before that frame's style, layout and paint, so the form is seen before the
 * frame that would show it and the scan's layout is that frame's own) counts the inputs that may be
 * fields (an attribute read each: scan.js mayBeFields), and only when that count grew too does the
 * form scan run. Scanning in the mutation callback itself forced a layout of the half-parsed page
 * per parser chunk on a page with search boxes, and reading every record cost a long article
 * without any input ~30 ms of CPU (kayak.com.br: ~200 ms; tools/bench/ext-cost.mjs); a search page's
 * hidden inputs, checkboxes and buttons (kayak.com.br: 107 of its 160) no longer cost a scan each.
 */
function watchParsedForms() {
  const inputs = document.getElementsByTagName("input");
  let seen = 0;
  let fields = 0;
  let pending = false;
  const observer = new MutationObserver(() => {
    if (started) return observer.disconnect();
    if (pending || inputs.length === seen) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      if (started) return;
      seen = inputs.length;
      const now = mayBeFields(inputs);
      if (now <= fields) return void (fields = now);
      fields = now;
      if (!formParsed()) return;
      observer.disconnect();
      paintHold.wait("page"); // its verdict comes from the report at DOMContentLoaded
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

function start() {
  if (started) return;
  started = true;
  reportedUrl = location.href;
  let scan;
  try {
    scan = currentScan();
  } catch (error) {
    console.debug("omamori: form scan failed:", error);
    scan = { fields: Object.fromEntries(RULES.field_kinds.map((k) => [k, 0])), signin: false, credentialInputs: [] };
  }
  if (isTop || weighs(scan)) report(scan); // a sign-in, card or code form: the hold waits for its verdict
  // Also a picture's source swapped in (lazy images: data-src → src) and a <dialog> opened (its `open`).
  new MutationObserver(scheduleScan).observe(document, { childList: true, subtree: true, attributeFilter: ["src", "srcset", "open"] });
  // A form built into a shadow root after a click ("Sign in" builds it) changes no node the observer
  // sees: a click asks for a scan, and again a little later (a kit may wait before it builds).
  document.addEventListener("click", () => {
    scheduleScan();
    setTimeout(scheduleScan, 2500);
  }, true);
  // Firefox lays nothing out while a stylesheet is pending (a kit's CSS on an unreachable host): at
  // DOMContentLoaded its fields can all look invisible. Nothing to weigh yet: scan again at `load`.
  // So too when the page has frames: a frame's document (a header drawn in a srcdoc frame) loads
  // after DOMContentLoaded, before `load`.
  if (document.readyState !== "complete" && (!weighs(scan) || document.querySelector("iframe, frame"))) {
    window.addEventListener("load", () => {
      const again = currentScan();
      if (weighs(again) && (kindsOf(again) !== reportedKinds || faceOf() !== reportedFace)) report(again);
    }, { once: true });
  }
  // A popover (showPopover) or <details> opened later changes no node: its toggle event says so.
  document.addEventListener("toggle", scheduleScan, true);
  // Nor do a checkbox ticked by its property, a constructed style sheet replaced or an attribute
  // drawn by CSS attr(): a page with a field to type into is looked at again, twice.
  if (weighs(scan) || document.getElementsByTagName("input").length > 0) {
    setTimeout(settle, RULES.limits.settle_ms);
    setTimeout(settle, 3 * RULES.limits.settle_ms);
  }
}

/**
 * A second look at a page with fields: a new kind of field is reported as the observers' scans do;
 * with the same kinds, what the page would send is collected again and reported when it changed
 * (a wordmark drawn late, a form shown by CSS alone). Bounded by MAX_REPORTS.
 */
function settle() {
  if (location.href !== reportedUrl) return checkAddress();
  if (reports >= MAX_REPORTS) return;
  const scan = currentScan();
  if (!weighs(scan)) return;
  if (kindsOf(scan) !== reportedKinds) return void report(scan);
  let signals;
  try {
    signals = collectSignals(scan);
  } catch {
    return;
  }
  if (JSON.stringify(signals) !== sentSignals) void report(scan, signals);
}

// Single-page apps change the address with history.pushState, which fires no event a content script
// can hear: the background hears it (webNavigation.onHistoryStateUpdated) and tells only the frame
// whose address changed; popstate, hashchange and each (throttled) scan compare it too. A new
// address is a new page for the background: report again from scratch.
let reportedUrl = location.href;
function checkAddress() {
  if (!started || location.href === reportedUrl) return;
  reportedUrl = location.href;
  reports = 0;
  reportedKinds = "";
  const scan = currentScan();
  if (isTop || weighs(scan)) report(scan);
}
window.addEventListener("popstate", checkAddress);
window.addEventListener("hashchange", checkAddress);

onBackground((message) => {
  if (message.kind === "address-changed") checkAddress();
  // A frame of this page has a sign-in, card or code form (the background tells the frame's parent):
  // when the frame is the page's own, the page is checked with that form, once per new set of kinds.
  else if (message.kind === "child-form" && typeof message.url === "string" && message.fields && typeof message.fields === "object") {
    const texts = { buttons: message.buttons, field_labels: message.field_labels };
    childForm = { url: message.url, fields: message.fields, signin: message.signin === true, texts };
    const scan = currentScan();
    if (started && scan.frames && weighs(scan) && kindsOf(scan) !== reportedKinds) report(scan);
  }
  // A sub-frame's warning raised the tab's verdict (a kit framed inside this page): the top page draws it.
  else if (isTop && message.kind === "tab-verdict" && message.verdict && typeof message.verdict === "object") apply(message.verdict, false);
});

// A page restored from the back/forward cache does not run this script again, but the
// background saw a new navigation and reset the tab's record: report again.
window.addEventListener("pageshow", (e) => {
  if (!e.persisted) return;
  reports = 0;
  const scan = currentScan();
  if (isTop || weighs(scan)) report(scan);
});

if (urlVerdictAsked) {
  paintHold.wait("url");
  if (paintHold.active) watchParsedForms();
  void drawUrlVerdict();
} else paintHold.release();
// The page scan waits for the parsed document (DOMContentLoaded; `load` in case a page stops the
// event before us, which it cannot: our listener is registered before any page script runs).
if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", start, { once: true });
  window.addEventListener("load", start, { once: true });
} else {
  start();
}
