// @ts-check
// Hosts for the in-page UI that a page can neither define, restyle, hide, cover nor remove for good.
//
// * The host is a built-in <div> with a closed shadow root: a page can define custom elements
//   (and their constructors run in this world too), but never a built-in one, so creating a host
//   runs no page code. Everything that draws is wrapped: a failure is reported, never thrown into
//   the scan and the verdict.
// * It sits in the top layer (a manual popover, above any z-index), child of <html>, with an
//   inline `all: initial !important` style, and is counter-zoomed against a CSS zoom on <html>.
// * What the user sees is checked, not assumed: on every tree/attribute change and every 250 ms
//   the host must be connected and open, the right size, free of filters on <html>, not under a
//   page modal or page top-layer element (looked for in the page's closed shadow roots too), and
//   `elementsFromPoint` at several points of its box must hit one of our hosts first. A failed check is repaired; when checks keep failing (the page is
//   fighting), the background is told ("fighting") and takes over with what no page can touch:
//   the badge and the extension's own warning page.
/* exported createHost, OUR_HOSTS */

/** Every host element drawn by this script (hit tests accept any of them on top). */
const OUR_HOSTS = new Set();

const CHECK_EVERY_MS = 250;
const FIGHT_WINDOW_MS = 2500;
const FIGHT_STRIKES = 5; // failed checks within FIGHT_WINDOW_MS that make a fight
const REPAIRS_PER_SECOND = 20; // observer-driven repairs; the timer repairs beyond that
const HAS_POPOVER = typeof HTMLElement.prototype.showPopover === "function";

/**
 * @typedef {"banner" | "guard" | "note" | "chip" | "password"} HostName
 * @typedef {{ name: HostName, style: string | (() => string), minWidth: (vw: number) => number, minHeight: number }} HostSpec
 * @typedef {{ readonly name: HostName, readonly root: ShadowRoot | null, readonly shown: boolean,
 *   readonly visible: boolean, show(): void, hide(): void, element(): HTMLElement | null }} Host
 */

/** CSS zoom in effect on <html> (1 when none), read from the browser. */
function rootZoom() {
  const html = document.documentElement;
  const z = /** @type {any} */ (html).currentCSSZoom ?? parseFloat(getComputedStyle(html).zoom || "1");
  return Number.isFinite(z) && z > 0 ? z : 1;
}

/** A visual effect on <html> that also reaches its children (Firefox paints the top layer under it). */
function rootEffect() {
  const cs = getComputedStyle(document.documentElement);
  if (cs.filter && cs.filter !== "none") return "filter";
  if (Number(cs.opacity) < 1) return "opacity";
  if (cs.clipPath && cs.clipPath !== "none") return "clip-path";
  if (cs.maskImage && cs.maskImage !== "none") return "mask";
  if (cs.mixBlendMode && cs.mixBlendMode !== "normal") return "blend";
  if (cs.contentVisibility === "hidden") return "content-visibility";
  return "";
}

/** @param {DOMRect} a @param {DOMRect} b */
const overlaps = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

const MAX_SCANNED = 25000; // elements looked at for shadow roots per check (a page of 100,000 stays cheap)

/** @type {{ at: number, roots: (Document | ShadowRoot)[] }} */
const rootCache = { at: 0, roots: [] };

/**
 * The document and every shadow root in it, the page's closed ones included (bounded). The walk
 * costs ~7 ms on a page of 10,000 elements, so it runs at most once a second; a root found stays
 * watched (a popover re-opened inside it is seen at the next check).
 */
function allRoots() {
  const now = Date.now();
  if (now - rootCache.at < 1000) return rootCache.roots;
  /** @type {(Document | ShadowRoot)[]} */
  const roots = [document];
  let scanned = 0;
  for (let i = 0; i < roots.length && scanned < MAX_SCANNED; i++) {
    for (const e of roots[i].querySelectorAll("*")) {
      if (++scanned > MAX_SCANNED) break;
      if (OUR_HOSTS.has(e)) continue;
      const root = shadowRootOf(e);
      if (root) roots.push(root);
    }
  }
  rootCache.at = now;
  rootCache.roots = roots;
  return roots;
}

/** Page elements in the top layer (open modal dialogs, popovers, fullscreen), shadow trees included; not ours. */
function pageTopLayer() {
  /** @type {Element[]} */
  const out = [];
  for (const root of allRoots()) {
    for (const sel of [":modal", ":popover-open", ":fullscreen"]) {
      try {
        for (const e of root.querySelectorAll(sel)) if (!OUR_HOSTS.has(e)) out.push(e);
      } catch {
        /* selector unknown to this browser */
      }
    }
  }
  return out;
}

/**
 * Points of the host's visible box that must hit one of our hosts first.
 * @param {DOMRect} r
 */
function probePoints(r) {
  const left = Math.max(r.left, 0), top = Math.max(r.top, 0);
  const right = Math.min(r.right, window.innerWidth), bottom = Math.min(r.bottom, window.innerHeight);
  if (right - left < 4 || bottom - top < 4) return [];
  const xs = [left + 2, (left + right) / 2, right - 3];
  const ys = [top + 2, (top + bottom) / 2, bottom - 3];
  return xs.flatMap((x) => ys.map((y) => /** @type {[number, number]} */ ([x, y])));
}

/**
 * What is wrong with the host as the user sees it, or "" when it is shown as intended.
 * @param {HTMLElement} host @param {HostSpec} spec
 */
function problemOf(host, spec) {
  const html = document.documentElement;
  if (!html || host.parentNode !== html) return "removed";
  if (HAS_POPOVER && !host.matches(":popover-open")) return "closed";
  const effect = rootEffect();
  if (effect) return `root-${effect}`;
  const cs = getComputedStyle(host);
  if (cs.display === "none" || cs.visibility !== "visible" || Number(cs.opacity) < 1) return "hidden";
  const r = host.getBoundingClientRect();
  const vw = html.clientWidth || window.innerWidth;
  if (r.width < spec.minWidth(vw) - 2 || r.height < spec.minHeight || r.left < -1 || r.top < -1 || r.right > window.innerWidth + 1) {
    return "size";
  }
  for (const e of pageTopLayer()) {
    if (e.matches(":modal")) return "page-modal"; // makes our host inert, wherever it is
    if (overlaps(e.getBoundingClientRect(), r)) return "page-top-layer";
  }
  for (const [x, y] of probePoints(r)) {
    const hit = document.elementsFromPoint(x, y)[0];
    if (!hit || !OUR_HOSTS.has(hit)) return "covered";
  }
  return "";
}

/**
 * A protected host. `report(state)` tells the background "drawn", "draw-failed" or "fighting".
 * @param {HostSpec} spec @param {(state: "drawn" | "draw-failed" | "fighting") => void} report
 * @returns {Host}
 */
function createHost(spec, report) {
  /** @type {HTMLElement | null} */
  let host = null;
  /** @type {ShadowRoot | null} */
  let root = null;
  try {
    host = document.createElement("div");
    root = host.attachShadow({ mode: "closed" });
    OUR_HOSTS.add(host);
  } catch (error) {
    console.debug("omamori: cannot create the host:", error);
    host = null;
    root = null;
  }
  let wanted = false;
  let drawnReported = false;
  let visible = false; // the last check found the host shown as intended
  let lastFight = 0;
  /** @type {number[]} */
  let strikes = [];
  let repairs = 0, repairWindow = 0, lastTick = 0, timer = 0;

  // A function style places the host where its owner decides (the reminder card: placement.js).
  const styleFor = () => `${HOST_CSS.base}${typeof spec.style === "function" ? spec.style() : spec.style}zoom: ${1 / rootZoom()} !important;`;

  /** Puts the host back as it must be: child of <html>, our style only, open in the top layer. */
  function repair() {
    const html = document.documentElement;
    if (!host || !html) return;
    if (host.parentNode !== html) html.appendChild(host);
    const style = styleFor();
    if (host.style.cssText !== style) host.style.cssText = style; // CSSOM: not restricted by the page's CSP
    for (const name of host.getAttributeNames()) if (name !== "style" && name !== "popover") host.removeAttribute(name);
    if (!HAS_POPOVER) return;
    if (host.getAttribute("popover") !== "manual") host.setAttribute("popover", "manual");
    try {
      // Re-showing moves the host to the top of the top layer, above what the page opened since.
      if (host.matches(":popover-open")) host.hidePopover();
      host.showPopover();
    } catch {
      /* not connected yet: the next check repairs */
    }
  }

  /** @param {string} problem */
  function strike(problem) {
    const now = Date.now();
    strikes = strikes.filter((t) => now - t < FIGHT_WINDOW_MS);
    strikes.push(now);
    if (strikes.length >= FIGHT_STRIKES && now - lastFight > FIGHT_WINDOW_MS) {
      lastFight = now;
      console.debug(`omamori: the page keeps defeating the ${spec.name} (${problem})`);
      report("fighting");
    }
  }

  /** @param {boolean} fromObserver */
  function check(fromObserver) {
    if (!wanted || !host) return;
    try {
      lastTick = Date.now();
      const problem = problemOf(host, spec);
      visible = !problem;
      if (!problem) {
        if (!drawnReported) {
          drawnReported = true;
          report("drawn");
        }
        return;
      }
      strike(problem);
      if (fromObserver) {
        // A page that removes the host in a loop gets a bounded number of repairs a second.
        if (lastTick - repairWindow > 1000) {
          repairWindow = lastTick;
          repairs = 0;
        }
        if (++repairs > REPAIRS_PER_SECOND) return;
      }
      repair();
    } catch (error) {
      console.debug("omamori: host check failed:", error);
      visible = false;
      strike("error");
    }
  }

  const treeObserver = new MutationObserver(() => {
    check(true);
    // The page may have cleared our timer (timer ids are shared with it): re-arm.
    if (wanted && Date.now() - lastTick > 4 * CHECK_EVERY_MS) restartTimer();
  });
  const restartTimer = () => {
    clearInterval(timer);
    timer = setInterval(() => check(false), CHECK_EVERY_MS);
  };
  host?.addEventListener("toggle", (e) => {
    if (/** @type {any} */ (e).newState === "closed" && wanted) queueMicrotask(() => check(true));
  });

  return {
    name: spec.name,
    root,
    get shown() {
      return wanted;
    },
    /** Shown and, at the last check (≤ 250 ms ago), seen as intended: on top, full size, uncovered. */
    get visible() {
      return wanted && visible;
    },
    element: () => host,
    show() {
      if (!host) {
        report("draw-failed");
        return;
      }
      wanted = true;
      drawnReported = false; // each verdict that asks for it is confirmed once it is seen
      try {
        repair();
        treeObserver.observe(document, { childList: true });
        if (document.documentElement) treeObserver.observe(document.documentElement, { childList: true, attributes: true });
        treeObserver.observe(host, { attributes: true });
        restartTimer();
        // The first check waits until the frame that paints the host is out: its forced style,
        // layout and hit tests would otherwise hold that paint back (at document_start, by tens of
        // ms on a loaded machine). The observer and the timer guard the host meanwhile.
        requestAnimationFrame(() => setTimeout(() => check(false), 0));
      } catch (error) {
        console.debug("omamori: cannot show the host:", error);
        report("draw-failed");
      }
    },
    hide() {
      wanted = false;
      visible = false;
      drawnReported = false;
      strikes = [];
      treeObserver.disconnect();
      clearInterval(timer);
      timer = 0;
      try {
        if (host?.matches(":popover-open")) host.hidePopover();
        host?.remove();
      } catch {
        /* already gone */
      }
    },
  };
}
