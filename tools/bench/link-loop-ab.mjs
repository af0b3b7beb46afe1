// The link loop of the page collection (collect-origin.js linkHostsOf; scan.js's collectSignals before h-pcheck9) before and after (a measurement, not a test; run by hand):
//
//   node tools/bench/link-loop-ab.mjs [CORPUS_DIR]
//
// In each corpus page (a fresh tab, no extension), the two versions of the loop (copied here: BEFORE read
// protocol, hostname, pathname and search of every link; AFTER reads each once and only when used) run
// alternated 15 times each, warm; per page the min and median of each, and whether their output agrees.
// performance.now() is coarse (0.1 ms) in a page without cross-origin isolation: the sums over pages say more.
import { openSampleBrowser } from "../sample-browser.mjs";
import { corpusSamples, toolArgs } from "../sample-corpus.mjs";
const b = await openSampleBrowser("pc9-", "t");
const rows = [];
for (const s of corpusSamples(toolArgs(0).corpus, null)) {
  b.sample = s.dir;
  const page = await b.open();
  try {
  const r = await page.evaluate(() => {
    const L = { scan_links: 500, link_hosts: [30, 253], local_paths: [16, 80] }; // RULES.limits as they are at ba0af66
    const RETURN_HOST = /=https?(?::|%3A)(?:\/|%2F){2}([a-z0-9.-]+)/gi;
    const pushUnique = (list, value, max) => { if (value && list.length < max && !list.includes(value)) list.push(value); };
    const mayHaveQuery = (href) => { if (href.includes("?")) return true; const rest = href.replace(/[\x00-\x20]+/g, "").replace(/^[a-z][a-z0-9+.-]*:/i, ""); return rest === "" || rest[0] === "#"; };
    const OLD = () => { const linkHosts = [], localPaths = [];
      const local = (host, path) => host === location.hostname && path.length > 1 && pushUnique(localPaths, path.slice(0, L.local_paths[1]), L.local_paths[0]);
      const links = document.links;
      for (let i = 0; i < Math.min(links.length, L.scan_links) && linkHosts.length < L.link_hosts[0]; i++) {
        const a = links[i];
        if (a.protocol === "http:" || a.protocol === "https:") pushUnique(linkHosts, a.hostname, L.link_hosts[0]), local(a.hostname, a.pathname);
        if (a.search.length > 12) for (const m of a.search.matchAll(RETURN_HOST)) pushUnique(linkHosts, m[1].toLowerCase(), L.link_hosts[0]);
      } return JSON.stringify([linkHosts, localPaths]); };
    const NEW = () => { const linkHosts = [], localPaths = [];
      const local = (host, path) => host === location.hostname && path.length > 1 && pushUnique(localPaths, path.slice(0, L.local_paths[1]), L.local_paths[0]);
      const links = document.links;
      for (let i = 0; i < Math.min(links.length, L.scan_links) && linkHosts.length < L.link_hosts[0]; i++) {
        const a = links[i];
        const protocol = a.protocol;
        if (protocol === "http:" || protocol === "https:") { const host = a.hostname; pushUnique(linkHosts, host, L.link_hosts[0]); if (host === location.hostname) local(host, a.pathname); }
        if (mayHaveQuery(a.getAttribute("href") || "")) { const search = a.search; if (search.length > 12) for (const m of search.matchAll(RETURN_HOST)) pushUnique(linkHosts, m[1].toLowerCase(), L.link_hosts[0]); }
      } return JSON.stringify([linkHosts, localPaths]); };
    const same = OLD() === NEW();
    const to = [], tn = [];
    for (let k = 0; k < 15; k++) {
      const [f, g, x, y] = k % 2 ? [NEW, OLD, tn, to] : [OLD, NEW, to, tn];
      let t0 = performance.now(); f(); x.push(performance.now() - t0);
      t0 = performance.now(); g(); y.push(performance.now() - t0);
    }
    const med = (a) => a.sort((p, q) => p - q)[7];
    return { links: document.links.length, same, oldMin: Math.min(...to), newMin: Math.min(...tn), oldMed: med(to), newMed: med(tn) };
  });
  rows.push({ name: s.name, ...r });
  } catch (e) { console.log(s.name, "ERR", String(e).slice(0, 80)); }
  await page.close();
}
const q = (a, p) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };
console.log("pages", rows.length, "differ", rows.filter((r) => !r.same).map((r) => r.name));
for (const k of ["oldMin", "newMin", "oldMed", "newMed"]) console.log(k, "median", q(rows.map((r) => r[k]), 0.5).toFixed(3), "p95", q(rows.map((r) => r[k]), 0.95).toFixed(3), "sum", rows.reduce((s, r) => s + r[k], 0).toFixed(1));
const ratios = rows.filter((r) => r.oldMin > 0.05).map((r) => r.newMin / r.oldMin);
console.log("ratio new/old (min), pages with oldMin>0.05ms:", ratios.length, "median", q(ratios, 0.5).toFixed(3), "p5", q(ratios, 0.05).toFixed(3), "p95", q(ratios, 0.95).toFixed(3));
for (const r of rows.sort((x, y) => y.oldMin - x.oldMin).slice(0, 6)) console.log(r.name, r.links, r.oldMin.toFixed(2), "->", r.newMin.toFixed(2));
await b.ctx.close(); process.exit(0);
