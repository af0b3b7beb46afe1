// @ts-check
// Where the document says it comes from (classic script; scan.js's collectSignals calls it, with
// scan.js's pushUnique and hostOf): the address a saved copy names in its leading comments, the
// address the document gives itself (or a browser window it draws around its form shows), and the
// markup it keeps from its original — its sign-in form's ids and names. A copy of a retailer's page
// keeps them, comments, brand words and absolute URLs or not (issue 10).
/* exported sourceHosts, linkHostsOf, pageHosts, frameElementOf, formIds */

/**
 * Hosts a saved or mirrored copy of the page names as its origin: the URL in one of the document's
 * leading comments (before <html>, first in <html>, <head> or <body>) that carries a save mark
 * (RULES.source_marks: "saved from url=", HTTrack's "Mirrored from", SingleFile's) or is a URL and
 * nothing else. Kits built by saving the retailer's page keep them. A few nodes read, no parsing.
 * @param {number} max
 */
function sourceHosts(max) {
  /** @type {string[]} */
  const out = [];
  let comments = 0;
  for (const place of [document, document.documentElement, document.head, document.body]) {
    let n = 0;
    for (let c = place ? place.firstChild : null; c && n < 12 && comments < 20; c = c.nextSibling, n++) {
      if (c.nodeType !== Node.COMMENT_NODE) continue;
      comments += 1;
      const raw = String(c.nodeValue).slice(0, 600).trim();
      const lower = raw.toLowerCase();
      const mark = RULES.source_marks.find((w) => lower.includes(w));
      let url = "";
      if (mark) {
        // After the mark: a URL, or a bare host/path (HTTrack writes "Mirrored from host/path by …").
        const rest = raw.slice(lower.indexOf(mark) + mark.length);
        const full = /https?:\/\/[^\s"'<>]+/i.exec(rest);
        const bare = /^\s*([a-z0-9][-a-z0-9.]*\.[a-z]{2,}[^\s"'<>]*)/i.exec(rest);
        url = full ? full[0] : bare ? `https://${bare[1]}` : "";
      } else if (/^https?:\/\/\S+$/i.test(raw)) url = raw;
      if (url) pushUnique(out, hostOf(url), max);
    }
  }
  return out;
}

/** An `http(s)` address as a query value, plain or percent-encoded: its host. */
const RETURN_HOST = /=https?(?::|%3A)(?:\/|%2F){2}([a-z0-9.-]+)/gi;

/**
 * Whether a link written `href` may resolve to an address with a query: it has a `?`, or it is empty
 * or only a fragment (after an optional scheme), which keeps the base address's query (URL
 * Standard, relative state: the base's query is kept at the end of input or at `#`). Otherwise its
 * resolved `search` is "" and need not be asked for.
 * @param {string} href
 */
const mayHaveQuery = (href) => {
  if (href.includes("?")) return true;
  const rest = href.replace(/[\x00-\x20]+/g, "").replace(/^[a-z][a-z0-9+.-]*:/i, "");
  return rest === "" || rest[0] === "#";
};

/**
 * Hosts the page's links point at (the first RULES.limits.scan_links links, ≤ link_hosts), and the
 * return addresses in their queries; `local(host, path)` is told each link to this page's own host.
 * @param {(host: string, path: string) => unknown} local
 */
function linkHostsOf(local) {
  const L = RULES.limits;
  /** @type {string[]} */
  const out = [];
  const links = document.links;
  // Anchors expose their resolved URL, but each getter (protocol, hostname, pathname, search) resolves
  // the href again (~2–3 µs a read in Chromium): each is read once, and only when its answer is used.
  for (let i = 0; i < Math.min(links.length, L.scan_links) && out.length < L.link_hosts[0]; i++) {
    const a = /** @type {HTMLAnchorElement} */ (links[i]);
    const protocol = a.protocol;
    if (protocol === "http:" || protocol === "https:") {
      const host = a.hostname;
      pushUnique(out, host, L.link_hosts[0]);
      if (host === location.hostname) local(host, a.pathname);
    }
    // A return address in its query (`?openid.return_to=https%3A%2F%2Fwww.amazon.com%2F`) names a host too.
    if (mayHaveQuery(a.getAttribute("href") || "")) {
      const search = a.search;
      if (search.length > 12) for (const m of search.matchAll(RETURN_HOST)) pushUnique(out, m[1].toLowerCase(), L.link_hosts[0]);
    }
  }
  return out;
}

/**
 * Hosts the document names as its own address: `<link rel=canonical>`, `og:url`, `<base href>` and
 * `<link rel=alternate hreflang>`. A copy of a retailer's page keeps its original's, comments or not.
 * Then the address a drawn browser window shows for the credential form (drawnHosts).
 * @param {number} max @param {Element[]} forms the credential forms (or their boxes), and the frame element showing this frame's form
 */
function pageHosts(max, forms = []) {
  /** @type {string[]} */
  const out = [];
  const els = document.querySelectorAll('link[rel~="canonical" i], link[rel~="alternate" i][hreflang], meta[property="og:url" i], base[href]');
  for (let i = 0; i < Math.min(els.length, 20) && out.length < max; i++) {
    const el = els[i];
    pushUnique(out, hostOf(el.getAttribute(el.tagName === "META" ? "content" : "href") || ""), max);
  }
  for (const host of drawnHosts(forms)) pushUnique(out, host, max);
  return out;
}

/**
 * The element of the parent page that shows this frame (its <iframe>), when the parent is readable
 * (same-origin: srcdoc, about:blank, javascript: frames); else null.
 * @returns {Element | null}
 */
function frameElementOf() {
  try {
    return window.frameElement;
  } catch {
    return null; // cross-origin
  }
}

// One line of an address bar: an optional padlock or other pictograph, an optional scheme, a host
// with a dot, an optional port and path ("🔒 https://www.amazon.co.jp/ap/signin?…", "🔒grp01.id.rakuten.co.jp/rms/nid/login").
const ADDRESS_BAR = /^(?:\p{Extended_Pictographic}\uFE0F?)?(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?$/iu;

/**
 * The address a drawn browser window shows for a credential form (browser-in-the-browser kits): the
 * nearest positioned box around the form (fixed or absolute, or a <dialog>: a window drawn over the
 * page) whose top holds, before the form, a one-line box that reads as an address bar. A page that
 * draws a window around its form with a retailer's address in it says the form is at that address,
 * as a canonical link would. A mock-up of a browser beside a login (a training page, a review, a
 * portfolio) does not hold the form; an address in running text is not at a window's top.
 * @param {Element[]} anchors the credential forms, and the frame element showing this frame's form
 */
function drawnHosts(anchors) {
  /** @type {string[]} */
  const out = [];
  for (const anchor of anchors) {
    const doc = anchor.ownerDocument;
    const view = doc.defaultView;
    if (!view) continue;
    /** @type {Element | null} */
    let win = null;
    for (let a = anchor.parentElement, i = 0; a && i < 6 && a !== doc.body && !win; a = a.parentElement, i++) {
      if (a.tagName === "DIALOG" || /^(fixed|absolute)$/.test(view.getComputedStyle(a).position)) win = a;
    }
    if (!win) continue;
    const top = win.getBoundingClientRect().top;
    const els = win.querySelectorAll("div, span, p, b, strong, header, nav, input");
    for (let i = 0; i < Math.min(els.length, 30); i++) {
      const el = els[i];
      if (el.contains(anchor)) continue;
      if (!(el.compareDocumentPosition(anchor) & Node.DOCUMENT_POSITION_FOLLOWING)) break;
      const r = el.getBoundingClientRect();
      if (r.top - top > 100 || r.height > 48 || r.width === 0) continue;
      // A read-only box the page wrote the address in, or a box's text; never what the user typed.
      const box = /** @type {HTMLInputElement} */ (el);
      const raw = el.tagName === "INPUT" ? (box.readOnly ? box.getAttribute("value") : "") : el.textContent;
      const m = ADDRESS_BAR.exec((raw || "").replace(/\s+/g, "").slice(0, 400));
      if (m) {
        out.push(m[1].toLowerCase());
        break;
      }
    }
  }
  return out;
}

/**
 * Ids and names of the credential forms and of their controls, lower-case (`ap_email`, `loginfmt`):
 * a copy of a retailer's sign-in posts what its original did. Markup only, never what was typed.
 * @param {Element[]} formEls the credential fields' forms (or parents) @param {number[]} bound [items, characters]
 */
function formIds(formEls, [items, max]) {
  /** @type {string[]} */
  const out = [];
  /** @param {Element} el */
  const add = (el) => {
    for (const a of ["id", "name"]) pushUnique(out, (el.getAttribute(a) || "").trim().toLowerCase().slice(0, max), items);
  };
  for (const f of formEls) {
    add(f);
    const els = f.querySelectorAll("input, button, select");
    for (let i = 0; i < Math.min(els.length, 40) && out.length < items; i++) add(els[i]);
  }
  return out;
}

