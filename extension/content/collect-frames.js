// @ts-check
// The page's own frames (classic script; no messaging, no UI): main.js and scan.js call it (isVisible:
// scan.js's, read when called). A kit
// may put part of its page in a frame it wrote itself (srcdoc, about:blank, data:, blob:,
// javascript:) or of its own origin — the form, with the brand in the page's header, or the header
// with the brand, with the form in the page. The user sees one page; Omamori weighs it as one.
//
// API (global `OmamoriFrames`):
//   OmamoriFrames.showing(url, dom) → Element[]
//       The visible frame elements (iframe, frame, object, embed; also in open or readable closed
//       shadow roots: `dom`, the extension's dom API) that show the document at `url`, when that
//       document is the page's own; at most 3.
//   OmamoriFrames.readable(el) → Document | null
//       The document a frame element shows, when the page can read it (its origin: srcdoc,
//       about:blank, a same-origin URL) and the element is visible; else null.
//   OmamoriFrames.readableAll() → Document[]
//       Those documents of the page's frames, at most 3, in document order.
/* global OmamoriFields, isVisible */

(() => {
  "use strict";

  const FRAMES = "iframe, frame, object, embed";

  /** @param {string} url @param {any} dom */
  function showing(url, dom) {
    let u;
    try {
      u = new URL(url);
    } catch {
      return [];
    }
    const written = /^(about|data|blob|javascript):$/.test(u.protocol);
    if (!written && u.origin !== location.origin) return [];
    /** @type {Element[]} */
    const out = [];
    for (const el of OmamoriFields.deepAll(document, FRAMES, 50, dom)) {
      const src = (el.getAttribute(el.tagName === "OBJECT" ? "data" : "src") || "").trim();
      let mine = false;
      if (written) mine = el.hasAttribute("srcdoc") || !src || /^(about|data|blob|javascript):/i.test(src);
      else if (src) {
        try {
          mine = new URL(src, location.href).href === u.href;
        } catch {
          mine = false; // a junk src (`http://[`) is no frame of this page's, and stops nothing
        }
      }
      if (mine && isVisible(el)) out.push(el);
      if (out.length >= 3) break;
    }
    return out;
  }

  /** @param {Element} el @returns {Document | null} */
  function readable(el) {
    if (!/^(IFRAME|FRAME)$/.test(el.tagName)) return null;
    /** @type {Document | null} */
    let doc = null;
    try {
      doc = /** @type {HTMLIFrameElement} */ (el).contentDocument; // null for another origin's
    } catch {
      return null;
    }
    return doc && doc.body && isVisible(el) ? doc : null;
  }

  function readableAll() {
    /** @type {Document[]} */
    const out = [];
    const els = document.querySelectorAll("iframe, frame");
    for (let i = 0; i < els.length && i < 20 && out.length < 3; i++) {
      const doc = readable(els[i]);
      if (doc) out.push(doc);
    }
    return out;
  }

  globalThis.OmamoriFrames = Object.freeze({ showing, readable, readableAll });
})();
