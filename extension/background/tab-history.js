// @ts-check
// A model of one tab's session history (top frame), kept from webNavigation events, for "Leave"
// (leave.js): how many steps back the nearest entry is that is not the flagged site. Pure
// functions of plain data (stored in storage.session; tests/js/tab-history.test.mjs).
//
// The browser does not tell an extension its history list, so this is a model: every committed
// navigation and every history.pushState is a new entry after the current one (forward entries are
// dropped, as the browser does); a back/forward traversal moves to the nearest entry with the
// committed URL; a reload changes nothing. A history.replaceState is counted as a push (the event
// does not say which): the model may then count one step too many, which leave.js detects (no
// navigation follows, or it lands on the flagged site again) and corrects.

/** Entries kept per tab (older ones are forgotten: "Leave" never needs to go back further). */
export const MAX_ENTRIES = 50;

/** @typedef {{ entries: string[], index: number }} TabHistory */
/** @typedef {"push" | "traverse" | "reload"} Move */

/**
 * The kind of move a webNavigation event describes.
 * @param {{ transitionType?: string, transitionQualifiers?: string[] }} details
 * @returns {Move}
 */
export function moveOf(details) {
  if (Array.isArray(details.transitionQualifiers) && details.transitionQualifiers.includes("forward_back")) return "traverse";
  if (details.transitionType === "reload") return "reload";
  return "push";
}

/**
 * The history after the top frame showed `url` by `move`.
 * @param {TabHistory | null | undefined} h @param {string} url @param {Move} move
 * @returns {TabHistory}
 */
export function advance(h, url, move) {
  if (!h || !Array.isArray(h.entries) || h.entries.length === 0) return { entries: [url], index: 0 };
  const index = Math.min(Math.max(0, h.index | 0), h.entries.length - 1);
  if (move === "reload") {
    const entries = h.entries.slice();
    entries[index] = url;
    return { entries, index };
  }
  if (move === "traverse") {
    // Nearest entry with this URL, the one before first (Back is the common case).
    for (let d = 1; d < h.entries.length; d++) {
      if (h.entries[index - d] === url) return { entries: h.entries.slice(), index: index - d };
      if (h.entries[index + d] === url) return { entries: h.entries.slice(), index: index + d };
    }
    if (h.entries[index] === url) return { entries: h.entries.slice(), index };
  }
  const entries = [...h.entries.slice(0, index + 1), url].slice(-MAX_ENTRIES);
  return { entries, index: entries.length - 1 };
}

/**
 * Steps back to the nearest earlier entry that `unsafe` does not reject (0: none), and its URL.
 * @param {TabHistory | null | undefined} h @param {(url: string) => boolean} unsafe
 * @returns {{ steps: number, url: string | null }}
 */
export function safeBack(h, unsafe) {
  if (!h || !Array.isArray(h.entries)) return { steps: 0, url: null };
  const index = Math.min(h.index | 0, h.entries.length - 1);
  for (let i = index - 1; i >= 0; i--) {
    if (!unsafe(h.entries[i])) return { steps: index - i, url: h.entries[i] };
  }
  return { steps: 0, url: null };
}
