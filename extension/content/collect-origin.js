// @ts-check
// Where the document says it comes from (classic script; scan.js's collectSignals calls it, with
// scan.js's pushUnique and hostOf): the address a saved copy names in its leading comments, the
// address the document gives itself, and the markup it keeps from its original — its sign-in form's
// ids and names. A copy of a retailer's page keeps them, comments, brand words and absolute URLs or
// not (issue 10).
/* exported sourceHosts, pageHosts, formIds */

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

/**
 * Hosts the document names as its own address: `<link rel=canonical>`, `og:url`, `<base href>` and
 * `<link rel=alternate hreflang>`. A copy of a retailer's page keeps its original's, comments or not.
 * @param {number} max
 */
function pageHosts(max) {
  /** @type {string[]} */
  const out = [];
  const els = document.querySelectorAll('link[rel~="canonical" i], link[rel~="alternate" i][hreflang], meta[property="og:url" i], base[href]');
  for (let i = 0; i < Math.min(els.length, 20) && out.length < max; i++) {
    const el = els[i];
    pushUnique(out, hostOf(el.getAttribute(el.tagName === "META" ? "content" : "href") || ""), max);
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

