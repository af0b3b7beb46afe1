// @ts-check
// The top page's first paint waits, a bounded time, for the verdict that may warn about it.
//
// A fake sign-in page that its server answers at once is parsed and painted in a few tens of ms;
// the verdict's answer crosses processes (page → browser → background → browser → page) and, on a
// busy machine, comes after that first paint, so the user saw the fake form before the warning.
// Answering faster only shaves that race; this removes it: from document_start the top page is
// clipped away (an inline `clip-path` on <html>: nothing of it is painted, its layout, styles and
// the page scan's reads are unchanged) until what it waits for is done, and the warning, if any, is
// drawn in the same task that lets the page paint, so both come in the same frame.
//
// What it waits for (main.js): the URL verdict's answer ("url"), the page scan at DOMContentLoaded
// ("dcl"), and, on a page that scan found a sign-in, card or code form on, that page's first verdict
// ("page"). Never longer than
// `RULES.limits.paint_hold_ms` from the script's start (not the page's `load` event: a small page
// loads before its verdict is back). It fails open: a page that removes the style only shows itself
// sooner; one that clears our timer is shown when the answers it waits for arrive. Only the top
// frame of a web document still being parsed; a page restored from the back/forward cache, or a
// document already parsed, is not held. The banner's host lives in the top layer, outside <html>'s
// clip, and the watchdog's first check (ui-host.js) runs after the frame that ends the hold.
/* exported paintHold */

const paintHold = (() => {
  const html = document.documentElement;
  const held = isTop && /^https?:$/.test(location.protocol) && document.readyState === "loading" && html !== null;
  /** @type {Set<string>} */
  const waits = new Set();
  let active = false;
  /** The page's own inline clip-path on <html>, put back as it was. */
  let own = { value: "", priority: "" };
  // A clip no page draws: the release removes only this value (a page's own later clip stays).
  const CLIP = "circle(0px at -1px -1px)";

  function release() {
    if (!active) return;
    active = false;
    waits.clear();
    try {
      if (html.style.getPropertyValue("clip-path") !== CLIP) return; // the page replaced it
      if (own.value) html.style.setProperty("clip-path", own.value, own.priority);
      else html.style.removeProperty("clip-path");
    } catch {
      /* the page's style is not ours to fight over */
    }
  }

  if (held) {
    try {
      own = { value: html.style.getPropertyValue("clip-path"), priority: html.style.getPropertyPriority("clip-path") };
      html.style.setProperty("clip-path", CLIP, "important"); // CSSOM: not restricted by the page's CSP
      active = true;
      setTimeout(release, RULES.limits.paint_hold_ms);
    } catch {
      active = false;
    }
  }

  return {
    /** Whether the page's paint is held now. */
    get active() {
      return active;
    },
    /** The hold also waits for `what` (only while it holds: a released page is never clipped again). @param {string} what */
    wait(what) {
      if (active) waits.add(what);
    },
    /** `what` is done; the page paints when nothing else is awaited. @param {string} what */
    done(what) {
      waits.delete(what);
      if (waits.size === 0) release();
    },
    /** The page paints now (a verdict that decides for the page was applied). */
    release,
  };
})();
