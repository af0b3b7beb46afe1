// @ts-check
// The URL verdict of each tab's top-frame navigation, computed once, as soon as the URL is known.
//
// webNavigation.onBeforeNavigate gives the URL while the request is still on the network: the check
// starts there (a stopped worker starts, builds the engine and runs the first check, whose WASM
// functions V8 compiles lazily on first call, while the server answers). The content script's
// `url-verdict` at document_start and onCommitted's record then take the answer already made. A
// server redirect commits another URL: that URL is checked at onCommitted or at the content
// script's request, whichever comes first (the redirect's target is known earlier only to
// webRequest.onBeforeRedirect, which needs the webRequest permission and host access).
//
// One entry per tab (its latest navigation), dropped with the tab; an entry is used only for the
// same URL and the same engine (a settings change builds a new engine: its verdicts can differ).

/** @typedef {import("../types/verdict").Verdict} Verdict */
/** @typedef {{ checkUrl(url: string): Verdict }} UrlChecker */

/**
 * @param {() => Promise<UrlChecker>} getEngine the current engine (awaits the one `ready` chain)
 */
export function urlVerdicts(getEngine) {
  /** @type {Map<number, { url: string, engine: UrlChecker, verdict: Verdict }>} */
  const byTab = new Map();
  let first = true;
  return {
    /**
     * The URL verdict of `url` in tab `tabId`: the one already computed for this navigation, else
     * computed now (and kept as the tab's).
     * @param {number} tabId @param {string} url
     * @returns {Promise<Verdict>}
     */
    async verdict(tabId, url) {
      const engine = await getEngine();
      const known = byTab.get(tabId);
      if (known && known.url === url && known.engine === engine) return known.verdict;
      const verdict = engine.checkUrl(url);
      byTab.set(tabId, { url, engine, verdict });
      if (first) {
        // The first check of this worker pays V8's lazy compilation of the WASM functions it runs:
        // a mark on the worker's timeline (DevTools Performance panel, `performance.getEntriesByType("mark")`).
        first = false;
        performance.mark("omamori:first-url-verdict");
      }
      return verdict;
    },
    /** The tab is gone. @param {number} tabId */
    forget(tabId) {
      byTab.delete(tabId);
    },
  };
}
