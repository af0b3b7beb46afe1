// One load of time-to-warning.mjs, the same in every browser: a new tab, the page's own timeline
// (navigation, first paint, the banner's host added and painted: probeBanner), the verdict writes
// an extension page sees (listenVerdicts), and on a cold load the worker's own marks. Rows in ms
// from the page's navigation start (the columns are described in time-to-warning.mjs).
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Runs in the page before its own scripts: notes when the banner host appears and the frame after.
// The host is a built-in <div> child of <html> opened as a popover (content/ui-host.js); the fixture
// page has no such element of its own.
export function probeBanner() {
  const mark = { banner: null, painted: null };
  Object.defineProperty(window, "__ttw", { value: mark });
  const isHost = (e) => e.localName === "div" && e.parentNode === document.documentElement && e.hasAttribute("popover");
  new MutationObserver((_, obs) => {
    if (mark.banner === null && [...(document.documentElement?.children ?? [])].some(isHost)) {
      mark.banner = performance.now();
      requestAnimationFrame(() => (mark.painted = performance.now()));
      obs.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
}

async function pageTimes(page, evaluate) {
  for (let i = 0; i < 100; i++) {
    const t = await evaluate(page, () => {
      const nav = performance.getEntriesByType("navigation")[0];
      const fcp = performance.getEntriesByName("first-contentful-paint")[0];
      return {
        origin: performance.timeOrigin,
        commit: nav?.responseStart ?? null,
        dcl: nav?.domContentLoadedEventStart || null,
        fcp: fcp?.startTime ?? null,
        banner: window.__ttw?.banner ?? null,
        painted: window.__ttw?.painted ?? null,
        // A diagnostic build's content-script marks (none in a release build: a page could read them).
        marks: Object.fromEntries(performance.getEntriesByType("mark").reverse() // the first of each name
          .filter((m) => m.name.startsWith("omamori:")).map((m) => [m.name.slice(8), m.startTime])),
      };
    }).catch(() => null);
    if (t && t.painted !== null && t.fcp !== null) return t;
    await sleep(50);
  }
  return null;
}

// Runs in an extension page: records when each tab's verdict record is written.
export function listenVerdicts() {
  const api = globalThis.browser ?? globalThis.chrome;
  globalThis.__writes = [];
  api.storage.session.onChanged.addListener((changes) => {
    const at = performance.timeOrigin + performance.now();
    for (const [key, { newValue }] of Object.entries(changes)) {
      if (key.startsWith("verdict:") && newValue) {
        globalThis.__writes.push({ at, url: newValue.url, verdict: newValue.verdict, page: newValue.signinForm !== null });
      }
    }
  });
  return true;
}

/**
 * The same case on every build, loads interleaved: rows per build.
 * @param {any[]} bs one driver per build
 */
export async function runPaired(bs, port, { host, cold, n }) {
  const rows = bs.map(() => []);
  for (let i = 0; i < n; i++) for (const [j, b] of bs.entries()) rows[j].push(...(await runLoads(b, port, { host, cold, n: 1 })).map((r) => ({ ...r, pair: i })));
  return rows;
}

/** One browser: `b` = { newPage, evaluate, probe (extension page), stop?() }. */
async function runLoads(b, port, { host, cold, n }) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const url = `http://${host}:${port}/signin?ttw=${Date.now()}-${i}-${Math.random().toString(36).slice(2, 8)}`;
    const page = await b.newPage();
    await b.evaluate(b.probe, () => (globalThis.__writes.length = 0));
    // After the new tab exists: its first navigation (about:blank) fires webNavigation events that
    // wake the worker, so a stop made before it would leave a worker started ahead of the load.
    if (cold) await b.stop();
    else await b.wake();
    await page.goto(url).catch(() => {});
    const t = await pageTimes(page, b.evaluate);
    const writes = await b.evaluate(b.probe, () => globalThis.__writes);
    const worker = cold && b.workerTimes ? await b.workerTimes() : null;
    await page.close();
    if (!t) continue;
    const rel = (w) => (w ? w.at - t.origin : null);
    const mine = writes.filter((w) => w.url === url);
    const onWorker = (ms) => (worker && Number.isFinite(ms) ? worker.origin + ms - t.origin : null);
    rows.push({
      "sw-start": onWorker(0),
      "wasm-get": onWorker(worker?.marks.start),
      "wasm-rdy": onWorker(worker?.marks["wasm-ready"]),
      engine: onWorker(worker?.marks["engine-ready"]),
      check1: onWorker(worker?.marks["first-url-verdict"]),
      commit: t.commit,
      dcl: t.dcl,
      fcp: t.fcp,
      "url-v": rel(mine.find((w) => !w.page)),
      "page-v": rel(mine.find((w) => w.page)),
      banner: t.banner,
      painted: t.painted,
      ...t.marks,
    });
  }
  return rows;
}
