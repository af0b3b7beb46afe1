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
// What it waits for (main.js): the URL verdict's answer ("url") and, once a sign-in, card or code
// form is parsed, that page's first verdict ("page"). A page without such a form is shown as soon
// as its URL verdict is in. A form parsed after that release holds the page again only while the
// page has painted nothing yet (no first-contentful-paint entry): never a page the user already
// sees. Never longer than `RULES.limits.paint_hold_ms` from the script's start, counting every
// hold (not the page's `load` event: a small page loads before its verdict is back). It fails
// open: a page that removes the style only shows itself sooner; one that clears our timer is shown
// when the answers it waits for arrive. Only the top frame of a web document still being parsed; a
// page restored from the back/forward cache, or a document already parsed, is not held. The
// banner's host lives in the top layer, outside <html>'s clip, and the watchdog's first check
// (ui-host.js) runs after the frame that ends the hold.
/* exported paintHold */

const paintHold = (() => {
  const html = document.documentElement;
  const eligible = isTop && /^https?:$/.test(location.protocol) && document.readyState === "loading" && html !== null;
  const start = performance.now();
  /** @type {Set<string>} */
  const waits = new Set();
  let active = false;
  let timer = 0;
  /** The page's own inline clip-path on <html>, put back as it was. */
  let own = { value: "", priority: "" };
  // A clip no page draws: the release removes only this value (a page's own later clip stays).
  const CLIP = "circle(0px at -1px -1px)";

  let ended = false; // a verdict decided for the page (or the bound ran out): never held again

  /** Ends the hold for good: a warning is drawn now, or a verdict decided for the page. */
  function end() {
    ended = true;
    release();
  }

  function release() {
    if (!active) return;
    active = false;
    waits.clear();
    clearTimeout(timer);
    try {
      if (html.style.getPropertyValue("clip-path") !== CLIP) return; // the page replaced it
      if (own.value) html.style.setProperty("clip-path", own.value, own.priority);
      else html.style.removeProperty("clip-path");
    } catch {
      /* the page's style is not ours to fight over */
    }
  }

  /** Whether the user may have seen the page already (then holding it would only make it flicker). */
  function painted() {
    try {
      return performance.getEntriesByType("paint").some((e) => e.name === "first-contentful-paint");
    } catch {
      return true;
    }
  }

  /** Clips the page away for what is left of the bound; false when it may not (or need not). */
  function hold() {
    const left = RULES.limits.paint_hold_ms - (performance.now() - start);
    if (active) return true;
    if (!eligible || ended || left <= 0 || painted()) return false;
    try {
      own = { value: html.style.getPropertyValue("clip-path"), priority: html.style.getPropertyPriority("clip-path") };
      html.style.setProperty("clip-path", CLIP, "important"); // CSSOM: not restricted by the page's CSP
      active = true;
      timer = setTimeout(end, left);
    } catch {
      active = false;
    }
    return active;
  }

  hold();

  return {
    /** Whether the page's paint is held now. */
    get active() {
      return active;
    },
    /** The page's first paint also waits for `what`: while held, or held again if nothing of it was painted yet. @param {string} what */
    wait(what) {
      if (hold()) waits.add(what);
    },
    /** `what` is done; the page paints when nothing else is awaited. @param {string} what */
    done(what) {
      waits.delete(what);
      if (waits.size === 0) release();
    },
    /** The page paints now and is never held again (a verdict that decides for the page was applied). */
    release: end,
  };
})();
