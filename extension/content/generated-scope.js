// @ts-check
// Which elements of a document may draw CSS ::before/::after text, read once from the document's
// style rules (scan.js asks OmamoriCollect for generated text only of those). Reads the CSSOM only;
// decides nothing.
/* exported generatedScope */

const PSEUDO_TEXT = /::?(?:before|after)\b/i;

/**
 * The elements of the document that may draw ::before/::after text, as one selector for
 * OmamoriCollect's `scope`: the rules of the document's style sheets that set `content` on a
 * ::before/::after, with the pseudo-element cut off ("" when no rule does). Asking the computed
 * style of a pseudo-element costs a style resolution per element; a page's rules are read once.
 * Every selector is kept wider than the rule (a nested or scoped rule's own selector alone), so no
 * element that draws text is left out. null (ask every element) when it cannot be told: a sheet
 * not readable (cross-origin), more than `budget` rules, content set by a keyframe, a selector the
 * browser does not take back.
 * @param {Document} doc @param {number} budget
 * @returns {string | null}
 */
function generatedScope(doc, budget = 1000) {
  /** @type {string[]} */
  const parts = [];
  let n = 0;
  /** @param {CSSRuleList} rules @returns {boolean} whether every rule could be read */
  const visit = (rules) => {
    for (const r of /** @type {any} */ (rules)) {
      if (++n > budget) return false;
      const content = r.style ? r.style.getPropertyValue("content") : "";
      if (content && content !== "none" && content !== "normal") {
        const sel = r.selectorText;
        if (typeof sel !== "string") return false; // a keyframe (or page margin) sets it
        if (PSEUDO_TEXT.test(sel)) {
          const ps = selectorParts(sel);
          if (!ps) return false;
          parts.push(...ps);
        }
      }
      if (r.styleSheet && !visit(r.styleSheet.cssRules)) return false; // @import
      if (r.cssRules && !visit(r.cssRules)) return false; // @media, @supports, @layer, nested rules
    }
    return true;
  };
  try {
    const sheets = [...doc.styleSheets, ...(doc.adoptedStyleSheets ?? [])];
    // More top-level rules than the budget: the walk below would read `budget` rules and give up.
    let top = 0;
    for (const sheet of sheets) if ((top += sheet.cssRules.length) > budget) return null;
    for (const sheet of sheets) if (!visit(sheet.cssRules)) return null;
    const scope = [...new Set(parts)].join(", ");
    if (scope) doc.documentElement.matches(scope); // throws on a selector the browser does not take back
    return scope;
  } catch {
    return null;
  }
}

/**
 * The selectors of a list with ::before/::after cut off; a part left without a subject gets `*`.
 * null for a list with a quoted string (an attribute value could spell "::before" itself).
 * @param {string} list
 * @returns {string[] | null}
 */
function selectorParts(list) {
  if (/["']/.test(list)) return null;
  /** @type {string[]} */
  const out = [];
  let depth = 0;
  let from = 0;
  const push = (/** @type {string} */ part) => {
    const p = part.replace(/::?(?:before|after)\b/gi, "").trim();
    out.push(p === "" || /[>+~]$/.test(p) ? `${p} *`.trim() : p);
  };
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if (c === "," && depth === 0) {
      push(list.slice(from, i));
      from = i + 1;
    }
  }
  push(list.slice(from));
  return out;
}
