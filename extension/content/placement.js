// @ts-check
// Where a card may sit without covering what the page offers: the boxes of the page's forms,
// controls and links in the viewport (pageObstacles), and the first free spot for a box of a given
// size among the corners, then a grid from the bottom right (freeSpot). Used by the reminder card
// (reminder-card.js), which becomes a compact chip when the full card fits nowhere.
/* exported pageObstacles, freeSpot, SPOT_MARGIN */

/** What the card must not cover (a form's box covers the whitespace between its fields too). */
const OBSTACLES = "form, a[href], button, input:not([type=hidden]), select, textarea, label, summary, iframe, [role=button], " +
  "[role=link], [role=textbox], [contenteditable=''], [contenteditable=true], [tabindex]:not([tabindex='-1'])";
const MAX_OBSTACLES = 2500; // elements measured per placement (a long page of links stays cheap)
const SPOT_MARGIN = 12; // from the viewport's edges
const GAP = 6; // kept free around the page's boxes
const GRID = 24; // grid step of the search (px)

/**
 * Boxes of the page's interactive elements that intersect the viewport (viewport coordinates).
 * @returns {{ left: number, top: number, right: number, bottom: number }[]}
 */
function pageObstacles() {
  const out = [];
  const vw = window.innerWidth, vh = window.innerHeight;
  let n = 0;
  for (const e of document.querySelectorAll(OBSTACLES)) {
    if (++n > MAX_OBSTACLES) break;
    const r = e.getBoundingClientRect();
    if (r.width < 1 || r.height < 1 || r.bottom <= 0 || r.right <= 0 || r.top >= vh || r.left >= vw) continue;
    out.push({ left: r.left, top: r.top, right: r.right, bottom: r.bottom });
  }
  return out;
}

/**
 * The top-left corner of the first spot of size `w`×`h` inside the viewport `vw`×`vh` (keeping
 * SPOT_MARGIN from its edges) that overlaps no obstacle (keeping GAP from them), or null. Corners
 * first (bottom right, bottom left, top right, top left), then a grid from the bottom right.
 * @param {{ left: number, top: number, right: number, bottom: number }[]} obstacles
 * @param {number} vw @param {number} vh @param {number} w @param {number} h
 * @returns {{ left: number, top: number } | null}
 */
function freeSpot(obstacles, vw, vh, w, h) {
  const minX = SPOT_MARGIN, minY = SPOT_MARGIN, maxX = vw - SPOT_MARGIN - w, maxY = vh - SPOT_MARGIN - h;
  if (maxX < minX || maxY < minY) return null;
  const free = (/** @type {number} */ x, /** @type {number} */ y) => obstacles.every((o) =>
    x + w + GAP <= o.left || x - GAP >= o.right || y + h + GAP <= o.top || y - GAP >= o.bottom);
  for (const [x, y] of [[maxX, maxY], [minX, maxY], [maxX, minY], [minX, minY]]) if (free(x, y)) return { left: x, top: y };
  for (let y = maxY; y >= minY; y -= GRID) {
    for (let x = maxX; x >= minX; x -= GRID) if (free(x, y)) return { left: x, top: y };
  }
  return null;
}
