// @ts-check
// The extension pages' DOM helpers: `el()` builds an element in one expression instead of a
// createElement ladder, `byId()` finds one the page's HTML must contain. Text always goes in as
// text nodes (never HTML), so strings from the catalog or the user cannot inject markup.

/**
 * @typedef {string | number | Node | null | undefined | false} Child
 * @typedef {Record<string, unknown> & { class?: string, dataset?: Record<string, string>, on?: Record<string, EventListener> }} Attrs
 */

/**
 * `el("a", { class: "button", href, target: "_blank", on: { click: go } }, "text", child, …)`:
 * `class` sets the class name, `dataset` the data-* attributes, `on` event listeners; other keys set
 * the element's property of that name when it has one (type, checked, href, htmlFor, hidden, …),
 * else the attribute (aria-label, …); null/undefined/false values are left out. Children: nodes
 * and strings (as text); null, undefined and false are skipped.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {Attrs | null} [attrs]
 * @param {...(Child | Child[])} children
 * @returns {HTMLElementTagNameMap[K]}
 */
export function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = String(value);
    else if (key === "dataset") Object.assign(node.dataset, value);
    else if (key === "on") for (const [type, fn] of Object.entries(/** @type {Record<string, EventListener>} */ (value))) node.addEventListener(type, fn);
    else if (key in node) /** @type {any} */ (node)[key] = value;
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === "object" ? child : String(child));
  }
  return node;
}

/**
 * The element with this id; it is part of the page's HTML, so a missing one is a bug.
 * @param {string} id
 * @returns {HTMLElement}
 */
export function byId(id) {
  const node = document.getElementById(id);
  if (!node) throw new Error(`#${id} missing`);
  return node;
}
