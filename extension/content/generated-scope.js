// @ts-check
// What the document's style rules say, in one walk: which elements may draw CSS ::before/::after
// text (scan.js asks OmamoriCollect for generated text only of those), which may draw text reversed,
// the custom counter styles' symbols (collect-drawn.js). Reads the CSSOM only; decides nothing.
/* exported generatedScope, overrideScope, styleScopes */

const PSEUDO_TEXT = /::?(?:before|after)\b/i;

/**
 * What a document's style rules say, read in one walk (scan.js calls it once per collection; the
 * rules are not walked again for each question):
 * - `generated`: the elements that may draw ::before/::after text, as one selector for
 *   OmamoriCollect's `scope`: the rules that set `content` on a ::before/::after, with the
 *   pseudo-element cut off ("" when no rule does). Asking the computed style of a pseudo-element
 *   costs a style resolution per element; a page's rules are read once. Every selector is kept
 *   wider than the rule (a nested or scoped rule's own selector alone), so no element that draws
 *   text is left out. null (ask every element) when it cannot be told: a sheet not readable
 *   (cross-origin), more than `budget` rules, content set by a keyframe, a selector the browser
 *   does not take back.
 * - `override`: the selectors of the rules that set a `unicode-bidi` override (a CSS right-to-left
 *   override draws text reversed; overrideScope below makes its scope of them), from the
 *   first `budget` rules of the readable sheets.
 * - `counters`: the symbols of the @counter-style rules by name (OmamoriDrawn.generated: a counter
 *   drawn in a custom style), from the same rules.
 * - `sheets`, `counts`: the sheets read and their top-level rule counts (a later reader tells by them
 *   whether the document's sheets changed since: a sheet added or removed, a rule inserted by script).
 * The last answer per document is kept (`styleScopes.last`) for those readers.
 * @param {Document} doc @param {number} budget
 * @returns {{ generated: string | null, override: string[], counters: Map<string, string[]>, sheets: CSSStyleSheet[], counts: number[] }}
 */
function styleScopes(doc, budget = 1000) {
  /** @type {string[]} */
  const parts = [];
  /** @type {string[]} */
  const override = [];
  /** @type {Map<string, string[]>} */
  const counters = new Map();
  let generatedOk = true;
  let n = 0;
  /** @param {CSSRuleList} rules */
  const visit = (rules) => {
    for (const r of /** @type {any} */ (rules)) {
      if (++n > budget) return (generatedOk = false);
      const style = r.style;
      if (style) {
        const content = generatedOk ? style.getPropertyValue("content") : "";
        if (content && content !== "none" && content !== "normal") {
          const sel = r.selectorText;
          const ps = typeof sel !== "string" ? null : PSEUDO_TEXT.test(sel) ? selectorParts(sel) : [];
          if (ps) parts.push(...ps);
          else generatedOk = false; // a keyframe (or page margin) sets it, or a selector it cannot cut
        }
        if (/override/.test(style.getPropertyValue("unicode-bidi")) && typeof r.selectorText === "string") override.push(r.selectorText);
      } else if (r.type === 11 /* CSSRule.COUNTER_STYLE_RULE */ && typeof r.symbols === "string") {
        const quoted = [...r.symbols.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1].replace(/\\"/g, '"'));
        counters.set(r.name, quoted.length ? quoted : r.symbols.trim().split(/\s+/));
      }
      try {
        if (r.styleSheet) visit(r.styleSheet.cssRules); // @import
        if (r.cssRules) visit(r.cssRules); // @media, @supports, @layer, nested rules
      } catch {
        generatedOk = false;
      }
      if (n > budget) return;
    }
  };
  const sheets = [...doc.styleSheets, ...(doc.adoptedStyleSheets ?? [])];
  for (const sheet of sheets) {
    try {
      visit(sheet.cssRules);
    } catch {
      generatedOk = false; // a cross-origin sheet
    }
  }
  let generated = generatedOk ? [...new Set(parts)].join(", ") : null;
  try {
    if (generated) doc.documentElement.matches(generated); // throws on a selector the browser does not take back
  } catch {
    generated = null;
  }
  const out = { generated, override, counters, sheets, counts: ruleCounts(sheets) };
  styleScopes.last.set(doc, out);
  return out;
}
/** @type {WeakMap<Document, ReturnType<typeof styleScopes>>} */
styleScopes.last = new WeakMap();

/** The elements that may draw ::before/::after text (styleScopes' `generated`). @param {Document} doc */
const generatedScope = (doc) => styleScopes(doc).generated;

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

/** Each sheet's top-level rule count (-1: its rules cannot be read). @param {CSSStyleSheet[]} sheets */
function ruleCounts(sheets) {
  return sheets.map((sheet) => {
    try {
      return sheet.cssRules.length;
    } catch {
      return -1;
    }
  });
}

/**
 * The elements that may draw their text reversed with CSS (`unicode-bidi: bidi-override;
 * direction: rtl`), as one selector: the selectors of the document's rules that set such a
 * unicode-bidi, and inline styles that do ("" when none on the page; cross-origin sheets unread).
 * From the rules of the last styleScopes walk (generated-scope.js); at most 1000 rules.
 * @param {Document} doc @returns {string}
 */
function overrideScope(doc) {
  const rules = styleScopes.last.get(doc) ?? styleScopes(doc);
  const had = overrideScopes.get(rules);
  if (had !== undefined) return had;
  const parts = ['[style*="bidi-override" i]', ...rules.override];
  let scope = parts.join(", ");
  try {
    if (!doc.querySelector(scope)) scope = ""; // nothing on the page draws reversed
  } catch {
    scope = parts[0]; // a selector the browser does not take back: inline styles only
    if (!doc.querySelector(scope)) scope = "";
  }
  overrideScopes.set(rules, scope);
  return scope;
}
const overrideScopes = new WeakMap();
