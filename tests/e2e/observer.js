// Test-only content script, added before the entry of each content script group of the test build
// (dist/test-firefox, made by run.mjs; never in dist/chrome or dist/firefox): it runs in the same
// isolated world as the extension's content scripts, reads what its closed shadow roots hold, and
// answers the driver, which cannot pierce closed shadow roots in Firefox (WebDriver BiDi).
// The driver dispatches "omamori-observe" on the document and reads the answer synchronously from
// <html data-omamori-observed>.
/* global banner, guard, note, chip */
document.addEventListener("omamori-observe", () => {
  const out = [];
  for (const part of [banner, guard, note, chip]) {
    const host = part.host.element();
    const root = part.host.root;
    if (!host || !root || !host.isConnected) continue;
    const r = host.getBoundingClientRect();
    const texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement?.localName !== "style" && n.nodeValue.trim()) texts.push(n.nodeValue.trim());
    }
    const controls = [...root.querySelectorAll("button, a")].map((b) => {
      const br = b.getBoundingClientRect();
      return { text: b.textContent.trim(), href: b.getAttribute("href") ?? "", x: br.left + br.width / 2, y: br.top + br.height / 2, width: br.width, height: br.height };
    });
    out.push({ box: { left: r.left, top: r.top, width: r.width, height: r.height }, text: texts.join(" "), buttons: controls });
  }
  document.documentElement.setAttribute("data-omamori-observed", JSON.stringify(out));
});
