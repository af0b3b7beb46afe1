// @ts-check
// A small DOM helper for the in-page UI: elements from a tag, attributes and children (no markup
// strings, so nothing a page supplies is ever parsed as HTML), buttons that only react to real
// clicks, the shield icon and style sheets for a shadow root.
/* exported el, button, shieldIcon, adoptStyles */

/**
 * @param {string} tag
 * @param {Record<string, string>} [attrs] `text` sets the text content
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "text") e.textContent = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/**
 * A button that only reacts to real user clicks, never to page-dispatched (synthetic) events: the
 * event is trusted and its path starts at the button or inside it (within our closed shadow root,
 * which no page script can reach).
 * @param {string} label @param {string} cls @param {() => void} onClick
 */
function button(label, cls, onClick) {
  const b = el("button", { type: "button", class: cls, text: label });
  b.addEventListener("click", (e) => {
    const from = e.composedPath()[0];
    if (!e.isTrusted || !(from === b || (from instanceof Node && b.contains(from)))) return;
    e.preventDefault();
    e.stopPropagation();
    onClick();
  });
  return b;
}

/** A shield with an exclamation mark. */
function shieldIcon() {
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  for (const [k, v] of [["viewBox", "0 0 24 24"], ["width", "28"], ["height", "28"], ["aria-hidden", "true"]]) svg.setAttribute(k, v);
  for (const [fill, d] of [
    ["currentColor", "M12 1.5 3.5 5v6.2c0 5.3 3.6 10.2 8.5 11.3 4.9-1.1 8.5-6 8.5-11.3V5L12 1.5z"],
    ["var(--shield-mark)", "M11 6.5h2v8h-2zm0 10h2v2h-2z"],
  ]) {
    const path = document.createElementNS(NS, "path");
    path.setAttribute("fill", fill);
    path.setAttribute("d", d);
    svg.append(path);
  }
  return el("div", { class: "icon" }, svg);
}

/**
 * Styles for a shadow root: a constructed style sheet where possible (CSSOM, not subject to the
 * page's CSP `style-src`); else a <style> element, returned for the caller to insert.
 * @param {ShadowRoot} root @param {string} css
 * @returns {HTMLElement | null}
 */
function adoptStyles(root, css) {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
    return null;
  } catch {
    return el("style", { text: css });
  }
}
