// @ts-check
// What the user sees of the page, as bounded page signals (docs/api.md "Page signals"): field
// counts by kind, short trimmed strings, hosts; never what anyone typed. Every bound and word list
// comes from RULES (rules.js). Reads the DOM only; decides nothing.
/* exported fieldKind, scanForms, collectSignals, collectPictures, clean, mayBeFields */
/* global OmamoriCollect, OmamoriDrawn, OmamoriFrames, OmamoriVisual, OmamoriVisualFind, FIELD_NAMES, literal */

const NON_TEXT_TYPES = new Set(["hidden", "submit", "button", "reset", "image", "checkbox", "radio", "file", "range", "color",
  "date", "datetime-local", "month", "week", "time", "search"]);

/** Whether `el` may be a form field: its type is not a button, checkbox, hidden… (an attribute read). @param {Element} el */
const mayBeField = (el) => !NON_TEXT_TYPES.has((el.getAttribute("type") || "text").toLowerCase());

/**
 * How many of `inputs` may be form fields (the types scanForms never counts are left out). An
 * attribute read each, no style or layout.
 * @param {ArrayLike<Element>} inputs
 */
const mayBeFields = (inputs) => {
  let n = 0;
  for (let i = 0; i < inputs.length; i++) if (mayBeField(inputs[i])) n += 1;
  return n;
};

/** @param {string} text @param {readonly string[]} words */
const hasWord = (text, words) => {
  const s = String(text).toLowerCase();
  return words.some((w) => s.includes(w));
};

/** Whether `text` holds `word` with no ASCII letter or digit glued to either end. @param {string} text @param {string} word */
const standsIn = (text, word) => new RegExp(`(^|[^a-z0-9])${literal(word)}($|[^a-z0-9])`, "i").test(text);

// Cut before collapsing whitespace: textContent of a big container can be megabytes, and only
// `max` characters are kept (leading whitespace of up to 3·max characters still collapses away).
/** @param {unknown} s @param {number} max */
const clean = (s, max) => String(s ?? "").slice(0, max * 4).replace(/\s+/g, " ").trim().slice(0, max);

/** @param {string[]} list @param {string} value @param {number} max */
const pushUnique = (list, value, max) => {
  if (value && list.length < max && !list.includes(value)) list.push(value);
};

/** An http(s) address resolved against the document, or null. @param {string} url */
const urlOf = (url) => {
  try {
    const u = new URL(url, document.baseURI);
    return /^https?:$/.test(u.protocol) ? u : null;
  } catch {
    return null;
  }
};
/** @param {string} url */
const hostOf = (url) => urlOf(url)?.hostname ?? "";

/**
 * Kind of a form field (docs/api.md "Field kinds"), or null for non-text controls. `labelsOf`: the
 * scan's OmamoriFields.labelIndex (else the field's own `labels`).
 * @param {Element} el @param {((input: HTMLInputElement) => readonly HTMLLabelElement[]) | null} [labelsOf]
 */
function fieldKind(el, labelsOf = null) {
  // A form drawn with contenteditable boxes or boxes that say they are text boxes (role=textbox; a
  // script reads the keys; no <input>): a box masked as dots, or named for the password, asks for
  // the password.
  if (el.tagName !== "INPUT") {
    if (!(/** @type {HTMLElement} */ (el).isContentEditable) && !/^textbox$/i.test(el.getAttribute("role") || "")) return null;
    return OmamoriFields.isMaskedText(el) || hasWord(el.getAttribute("aria-label") || "", RULES.password_hints) ? "password" : "text";
  }
  const input = /** @type {HTMLInputElement} */ (el);
  const type = (input.getAttribute("type") || "text").toLowerCase();
  if (NON_TEXT_TYPES.has(type)) return null;
  const ac = (input.getAttribute("autocomplete") || "").toLowerCase();
  const nameId = `${input.getAttribute("name") || ""} ${input.id || ""}`.toLowerCase();
  const maxLength = input.maxLength;
  if (type === "password" || OmamoriFields.isMaskedText(input)) return "password";
  // Kits also ask for the password in a text field (masked with CSS, or an invalid type such as
  // type="Contraseña", which browsers treat as text): trust the field's own label instead.
  if (/^(current|new)-password$/.test(ac) || FIELD_NAMES.password.test(nameId) ||
      hasWord(input.getAttribute("placeholder") || "", RULES.password_hints)) return "password";
  if (ac.includes("one-time-code") || (FIELD_NAMES.otp.test(nameId) && maxLength > 0 && maxLength <= 8)) return "otp";
  if (ac.startsWith("cc-") || FIELD_NAMES.card.test(nameId)) return "card";
  if (type === "email" || /email|username/.test(ac) || FIELD_NAMES.email.test(nameId)) return "email";
  if (type === "tel" || ac.startsWith("tel")) return "tel";
  // A card form with meaningless names (`f1`…`f4` under "カード番号"): its labels say what it asks.
  if (hasWord(OmamoriFields.label(input, labelsOf), RULES.card_hints)) return "card";
  return "text";
}

/** A one-character text or phone box; RULES.limits.code_boxes visible ones make one typed code (scanForms, guard.js). @param {HTMLInputElement} el @param {string | null} kind */
const isDigitBox = (el, kind) => (kind === "text" || kind === "tel") && el.maxLength === 1;

/** @param {Element} el */
function isVisible(el) {
  if (typeof el.checkVisibility === "function" && !el.checkVisibility({ visibilityProperty: true })) return false;
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0;
}

/**
 * @typedef {Record<string, number>} FieldCounts
 * @typedef {{ fields: FieldCounts, signin: boolean, credentialInputs: HTMLInputElement[], textInputs?: HTMLInputElement[], labelsOf?: (input: HTMLInputElement) => readonly HTMLLabelElement[], frames?: Element[], frameTexts?: { buttons: string[], field_labels: string[] } }} FormScan
 * (`frames`: the page's own frame elements that show a form of theirs, standing for its box, and
 * `frameTexts` that form's buttons and field labels: main.js currentScan)
 */

/** The visible fields by kind and whether they make a sign-in (or payment) form. Cheap when there are no inputs. */
function scanForms() {
  /** @type {FieldCounts} */
  const fields = Object.fromEntries(RULES.field_kinds.map((k) => [k, 0]));
  /** @type {HTMLInputElement[]} */
  const credentialInputs = [];
  // Plain text fields (an account ID: "ユーザーID", "PayPay ID"): their labels say whose account the
  // form asks for (collectSignals keeps those in a credential field's form).
  /** @type {HTMLInputElement[]} */
  const textInputs = [];
  // The document's inputs and those inside open and closed shadow roots (collect-fields.js allInputs):
  // kits hide their forms in shadow DOM. A page without any input costs a live-collection length check.
  const inputs = /** @type {HTMLInputElement[]} */ (OmamoriFields.allInputs(document, RULES.limits.scan_inputs, shadowDomApi()));
  if (inputs.length === 0) return { fields, signin: false, credentialInputs };
  /** @type {[HTMLInputElement, string][]} */
  const digits = [];
  const labelsOf = OmamoriFields.labelIndex(document);
  for (const el of inputs) {
    // Visibility first: a hidden text field's kind (its computed style among others) is never needed.
    if (!mayBeField(el) || !isVisible(el)) continue;
    const kind = fieldKind(el, labelsOf);
    if (!kind) continue;
    fields[kind] += 1;
    if (kind !== "text") credentialInputs.push(el);
    else if (textInputs.length < RULES.limits.field_labels[0]) textInputs.push(el);
    if (isDigitBox(el, kind)) digits.push([el, kind]);
  }
  // A code typed digit by digit: enough one-character boxes (an SMS or app code, a PIN).
  if (digits.length >= RULES.limits.code_boxes) {
    for (const [el, kind] of digits) {
      fields[kind] -= 1;
      fields.otp += 1;
      if (kind === "text") credentialInputs.push(el);
    }
  }
  let signin = fields.password > 0 || fields.card > 0;
  // An identifier-first step whose one field is a plain text box labelled as an account's ID
  // (`dアカウントのID`, `ID/携帯電話番号/メールアドレス`): that box is the step's email field.
  const idField = !signin && fields.email + fields.tel === 0 && fields.text === 1 && textInputs.length === 1 &&
    RULES.id_hints.some((w) => standsIn(OmamoriFields.label(textInputs[0], labelsOf), w)) ? textInputs[0] : null;
  if (!signin && (fields.email > 0 || fields.tel > 0 || idField)) {
    // Email-first step (Amazon asks for the email, then the password on the next page): an email
    // or phone field, a submit control next to it, and sign-in words on the page — in the form, its
    // button, the title or the page's first heading (a copy keeps "ログイン" above a form of
    // "Eメールまたは携帯電話番号" and "次に進む").
    const el = idField ?? credentialInputs.find((e) => ["email", "tel"].includes(fieldKind(e, labelsOf) ?? ""));
    const scope = el && (el.form || el.closest("div, section, main") || document.body);
    const submit = scope && scope.querySelector("button, input[type=submit], input[type=image], [role=button]");
    const label = submit ? /** @type {HTMLInputElement} */ (submit).value || submit.textContent : "";
    const h1 = document.querySelector("h1");
    const words = `${document.title} ${h1 ? clean(h1.textContent, RULES.limits.headings[1]) : ""} ${scope ? clean(scope.textContent, 2000) : ""} ${label}`;
    signin = !!submit && hasWord(clean(words, RULES.limits.text), [...RULES.signin_words, ...RULES.step_words]);
    if (signin && idField) credentialInputs.push(idField);
  }
  return { fields, signin, credentialInputs, textInputs, labelsOf };
}

/**
 * The first `n` characters of an element's text content, read text node by text node: the
 * textContent of a container high up is the whole page, scripts included.
 * @param {Element} el @param {number} n
 */
function textPrefix(el, n) {
  const walker = (el.ownerDocument || document).createTreeWalker(el, NodeFilter.SHOW_TEXT);
  let s = "";
  for (let t = walker.nextNode(); t && s.length < n; t = walker.nextNode()) s += t.nodeValue;
  return s.slice(0, n);
}

/**
 * The box around a form that says something: climb until the container holds some text (or 3 levels).
 * @param {Element} form
 */
function formBox(form) {
  // A form placed straight in a shadow root (no parent element): the root holds what it says.
  if (!form.parentElement && form.parentNode?.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return /** @type {any} */ (form.parentNode);
  let box = form;
  // clean() keeps 4·300 raw characters at most: that prefix decides.
  for (let i = 0; i < 3 && box.parentElement && clean(textPrefix(box, 1200), 300).length < 300; i++) box = box.parentElement;
  return box;
}

/**
 * The accessible name of a picture: an <img>'s alt, an inline SVG's aria-label, <title> or drawn <text>.
 * @param {Element} el
 */
function pictureName(el) {
  if (el.tagName === "IMG" || el.tagName === "INPUT" || el.tagName === "AREA") return el.getAttribute("alt") || "";
  const own = el.getAttribute("aria-label") || el.querySelector("title")?.textContent || OmamoriDrawn.svgWords(el);
  if (own || el.tagName.toLowerCase() !== "svg") return own || "";
  // A logo drawn by reference: <svg><use href="#logo"/></svg>, the drawing in a <symbol> elsewhere.
  const ref = (el.querySelector("use")?.getAttribute("href") || el.querySelector("use")?.getAttribute("xlink:href") || "").trim();
  const target = ref.startsWith("#") ? el.ownerDocument.getElementById(ref.slice(1)) : null;
  return target && target !== el ? pictureName(target) : "";
}

/** Pictures that have a name: inline SVGs, ARIA images (`<div role=img aria-label>`), image buttons, image-map areas. */
const NAMED_PICTURES = "svg, [role=img][aria-label], input[type=image][alt], area[alt]";

/**
 * What the user reads near the sign-in forms first (CSS generated content included; shadow roots
 * read by the element walk), then its own frames' text (a header in a srcdoc frame: OmamoriFrames)
 * and the page's rendered text; plus © lines (collect-text.js).
 * @param {Element[]} boxes the forms' boxes (formBox), without repeats @param {number} budget
 * @param {string | null} scope the elements that may draw generated text (generatedScope)
 */
function collectText(boxes, budget, scope) {
  /** @type {string[]} */
  const near = [];
  const memo = OmamoriCollect.pageMemo();
  /** @type {string[]} */
  const drawnCopyright = []; // © lines drawn by CSS or inside a shadow tree: not in the page's own
  for (const box of boxes) {
    const inShadow = box.getRootNode() !== document;
    const half = { maxNodes: RULES.limits.scan_text_nodes / 2, maxChars: budget / 2, memo };
    near.push(inShadow ? OmamoriCollect.visibleText(box, { ...half, dom: shadowDomApi() }) : OmamoriCollect.pageText(box, half).text);
    // The document's rules say nothing about a shadow tree's: there every element is asked.
    near.push(OmamoriDrawn.generatedText(box, { scope: inShadow ? null : scope, copyright: drawnCopyright }));
    // The page's © lines are the document's: a form in a shadow tree carries its own.
    if (inShadow) drawnCopyright.push(...OmamoriCollect.copyrightLines(box, { dom: shadowDomApi(), maxNodes: 100 }));
  }
  const page = OmamoriCollect.pageText(document.body, { maxNodes: RULES.limits.scan_text_nodes, maxChars: budget, memo });
  const framed = OmamoriFrames.readableAll().map((/** @type {Document} */ d) => OmamoriCollect.pageText(d, { maxNodes: 60, maxChars: 300, memo }).text);
  const text = clean([...near, ...framed, page.text].join(" "), budget);
  return { text, copyright: [...page.copyright, ...drawnCopyright].slice(0, RULES.limits.copyright[0]), memo };
}

/** The containers of the credential fields at the last collection (for the pictures step). @type {Element[]} */
let lastFormEls = [];

/**
 * The favicon and the pictures near the credential form, drawn small and gray for the engine
 * (visual.js), bounded by RULES (pictures, side, a budget of pixels drawn); only pages with a
 * password or card field.
 * @param {FormScan} scan @returns {Promise<string[]>}
 */
async function collectPictures(scan) {
  if (!(scan.fields.password > 0 || scan.fields.card > 0)) return [];
  const out = await OmamoriVisual.collectPictures({ doc: document, formEls: lastFormEls });
  return Array.isArray(out.pictures) ? out.pictures.slice(0, RULES.limits.pictures[0]) : [];
}

/** @param {FormScan} scan */
function collectSignals(scan) {
  const started = performance.now(); // cost of the page scan, logged at debug level (tools/measure-pages.mjs reads it)
  const L = RULES.limits;
  /** @param {string} sel */
  const q = (sel) => document.querySelectorAll(sel);
  /** @param {Iterable<Element>} els @param {(e: Element) => unknown} pick @param {[number, number]} bound */
  const texts = (els, pick, [items, max]) => {
    /** @type {string[]} */
    const out = [];
    for (const e of els) {
      if (out.length >= items) break;
      const s = clean(pick(e), max);
      if (s) out.push(s);
    }
    return out;
  };
  const scope = generatedScope(document);
  const headings = texts(q("h1, h2, h3"), (h) => OmamoriCollect.visibleText(h, { maxChars: L.headings[1], pseudo: true, scope }),
    /** @type {[number, number]} */ (L.headings));
  const buttons = texts(q("button, input[type=submit], input[type=button], [role=button]"),
    (b) => (b.tagName === "INPUT" ? /** @type {HTMLInputElement} */ (b).value : b.textContent), /** @type {[number, number]} */ (L.buttons));
  /** @type {string[]} */
  const imgAlts = [];
  /** @type {string[]} */
  const imgHosts = [];
  const imgs = q("img");
  for (let i = 0; i < Math.min(imgs.length, L.scan_images) && (imgAlts.length < L.img_alts[0] || imgHosts.length < L.img_hosts[0]); i++) {
    pushUnique(imgAlts, clean(imgs[i].getAttribute("alt"), L.img_alts[1]), L.img_alts[0]);
    pushUnique(imgHosts, hostOf(imgs[i].getAttribute("src") || ""), L.img_hosts[0]);
  }
  // Responsive sources (`srcset`, `<picture><source>`) and inline CSS pictures (`style="background:url(…)"`):
  // a copy rewrites `src` and leaves these.
  const more = q("img[srcset], source[srcset], [style*='url(' i]");
  for (let i = 0; i < Math.min(more.length, L.scan_images) && imgHosts.length < L.img_hosts[0]; i++) {
    const el = more[i];
    const srcset = el.getAttribute("srcset");
    const m = srcset ? /^\s*(\S+)/.exec(srcset) : /url\(\s*["']?([^"')\s]+)/i.exec(el.getAttribute("style") || "");
    if (m) pushUnique(imgHosts, hostOf(m[1]), L.img_hosts[0]);
  }
  // An inline SVG's accessible name or its drawn text is its alt text (a logo drawn as <svg><text>).
  const svgs = q(NAMED_PICTURES);
  for (let i = 0; i < Math.min(svgs.length, L.scan_images) && imgAlts.length < L.img_alts[0]; i++) {
    pushUnique(imgAlts, clean(pictureName(svgs[i]), L.img_alts[1]), L.img_alts[0]);
  }
  /** @param {string} sel @param {string} attr @param {number} max */
  const hostsOf = (sel, attr, max) => {
    /** @type {string[]} */
    const out = [];
    for (const el of q(sel)) {
      if (out.length >= max) break;
      pushUnique(out, hostOf(el.getAttribute(attr) || ""), max);
    }
    return out;
  };
  // Paths on this host that links and the credential forms point at (a copy's relative `/ap/signin`).
  /** @type {string[]} */
  const localPaths = [];
  /** @param {string} host @param {string} path */
  const local = (host, path) => host === location.hostname && path.length > 1 && pushUnique(localPaths, path.slice(0, L.local_paths[1]), L.local_paths[0]);
  const linkHosts = linkHostsOf(local);
  /** @type {Element[]} */
  const formEls = scan.frames ?? [...new Set(scan.credentialInputs.map((el) => el.form || el.parentElement).filter((e) => e !== null))];
  lastFormEls = formEls;
  /** @type {string[]} */
  const formActionHosts = [];
  for (const f of document.forms) pushUnique(formActionHosts, hostOf(f.getAttribute("action") || location.href), L.form_action_hosts[0]);
  // Where the credential forms themselves post (a copied sign-in may still post to the retailer).
  /** @type {string[]} */
  const signinActionHosts = [];
  for (const f of formEls) {
    const action = f.tagName === "FORM" ? urlOf(f.getAttribute("action") || location.href) : null;
    if (action) pushUnique(signinActionHosts, action.hostname, L.signin_action_hosts[0]), local(action.hostname, action.pathname);
  }
  const boxes = [...new Set(formEls.map(formBox))];
  const { text: pageText, copyright, memo } = collectText(boxes, L.text, scope);
  // The pictures in the credential form's own box (the logo above a kit's form; not a payment strip
  // in the footer, nor the badges of the card brands it accepts beside its fields: badgeStrip): their names.
  /** @type {string[]} */
  const formLogos = [];
  for (const box of boxes) {
    const pics = [...box.querySelectorAll(`img, ${NAMED_PICTURES}`)].slice(0, 40), strip = OmamoriVisualFind.badgeStrip(pics);
    for (const p of pics) if (!strip.has(p)) pushUnique(formLogos, clean(pictureName(p), L.form_logos[1]), L.form_logos[0]);
    // Headings inside a shadow tree are not the document's h1–h3.
    const hs = box.getRootNode() !== document ? box.querySelectorAll("h1, h2, h3") : [];
    for (const h of hs) pushUnique(headings, clean(OmamoriCollect.visibleText(h, { maxChars: L.headings[1] }), L.headings[1]), L.headings[0]);
  }
  // A brand written as text above the form, where a logo would be.
  for (const f of formEls) for (const m of OmamoriDrawn.textMarks(f, 2, memo)) pushUnique(formLogos, clean(m, L.form_logos[1]), L.form_logos[0]);
  // A frame's form is shown by its <iframe> in the parent page (readable when same-origin: srcdoc,
  // about:blank, javascript: frames): a browser window drawn around that element counts
  // (collect-origin.js drawnHosts). (Not the parent's text above the frame: the parent's own name —
  // og:site_name, copyright — is not this frame's, so a blog's comment frame would look nameless.)
  const shownBy = formEls.length && !isTop ? frameElementOf() : null;
  // A wordmark drawn at the form (CSS, a picture of a word, letters freed of junk cut away by a clip) is text the user reads.
  const drawn = formLogos.filter((m) => !standsIn(pageText, m)).join(" | ");
  const text = drawn ? `${drawn} | ${pageText}`.slice(0, L.text) : pageText;
  // What each credential field says it asks for (a brand can sit in a placeholder or aria-label only).
  /** @type {string[]} */
  const fieldLabels = [];
  // The text fields of those forms too: the account ID field's label ("ユーザーID", "au ID") is markup
  // text, never what the user typed.
  const idInputs = (scan.textInputs ?? []).filter((el) => formEls.includes(/** @type {Element} */ (el.form || el.parentElement)));
  for (const input of [...scan.credentialInputs, ...idInputs]) {
    for (const label of scan.labelsOf ? scan.labelsOf(input) : input.labels ?? []) pushUnique(fieldLabels, clean(label.textContent, L.field_labels[1]), L.field_labels[0]);
    pushUnique(fieldLabels, clean(input.getAttribute("placeholder"), L.field_labels[1]), L.field_labels[0]);
    pushUnique(fieldLabels, clean(input.getAttribute("aria-label"), L.field_labels[1]), L.field_labels[0]);
  }
  const og = document.querySelector('meta[property="og:site_name"]');
  const app = document.querySelector('meta[name="application-name" i], meta[name="apple-mobile-web-app-title" i]');
  const signals = {
    title: clean(document.title, L.title),
    lang: clean(document.documentElement.getAttribute("lang"), L.lang),
    og_site_name: clean(og && og.getAttribute("content"), L.og_site_name),
    app_name: clean(app && app.getAttribute("content"), L.app_name),
    headings,
    text,
    copyright,
    img_alts: imgAlts,
    buttons,
    field_labels: fieldLabels,
    form_logos: formLogos,
    fields: scan.fields,
    form_action_hosts: formActionHosts,
    signin_action_hosts: signinActionHosts,
    img_hosts: imgHosts,
    css_hosts: hostsOf('link[rel~="stylesheet" i]', "href", L.css_hosts[0]),
    script_hosts: hostsOf("script[src]", "src", L.script_hosts[0]),
    favicon_hosts: hostsOf('link[rel~="icon" i]', "href", L.favicon_hosts[0]),
    link_hosts: linkHosts,
    source_hosts: sourceHosts(L.source_hosts[0]),
    page_hosts: pageHosts(L.page_hosts[0], shownBy ? [...formEls, shownBy] : formEls),
    local_paths: localPaths,
    form_ids: formIds(formEls, L.form_ids),
    signin_form: scan.signin,
  };
  for (const k of /** @type {const} */ (["buttons", "field_labels"])) for (const t of scan.frameTexts?.[k] ?? []) pushUnique(signals[k], clean(t, L[k][1]), L[k][0]);
  console.debug(`omamori: page signals collected in ${(performance.now() - started).toFixed(2)} ms`);
  return signals;
}
