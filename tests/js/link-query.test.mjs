// collect-origin.js reads a link's resolved `search` (a getter that resolves the href again) only when
// mayHaveQuery(href) says the link may have a query. Checked against the URL Standard's parser (Node's
// URL): whenever mayHaveQuery says no, the resolved address has no query, for every base below —
// including bases with a query, which an empty or fragment-only link keeps.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import vm from "node:vm";

const src = fs.readFileSync(new URL("../../extension/content/collect-origin.js", import.meta.url), "utf8");
const mayHaveQuery = vm.runInNewContext(`${src}\n;mayHaveQuery`);

const BASES = ["https://shop.example/a/b?next=https%3A%2F%2Fwww.amazon.co.jp%2F#top", "http://x.test/?q=1", "https://x.test/p",
  "file:///tmp/page.html?x=1", "about:blank", "data:text/html,hi"];
const HREFS = ["", " ", "\t\n", "#", "#top", " #x", "\u0001#x", "?", "?q=1", "x?y", "/path", "path/to", "../up", ".", "..", "//other.test",
  "//other.test/?q", "https://a.test", "https://a.test/#f?g", "HTTP:", "http:", "https:#frag", "http:?q", "http:/x", "http:\\\\h\\p",
  "javascript:void(0)", "javascript:a?b", "mailto:a@b.test", "mailto:a@b.test?subject=x", "foo:", "foo:#x", "tel:+81", "%3Fq",
  "https://a.test/p%3Fq", "a#b?c", "https://u:p%3F@a.test/", "https://[::1]:8080/x", "file:", "file:#x", "\u00a0?", " \u0000 "];

test("mayHaveQuery: no means the resolved link has no query", () => {
  for (const base of BASES) {
    for (const href of HREFS) {
      let url = null;
      try {
        url = new URL(href, base);
      } catch { /* not resolvable: the anchor's search is "" */ }
      if (!mayHaveQuery(href)) assert.equal(url ? url.search : "", "", `${JSON.stringify(href)} against ${base}`);
    }
  }
});

test("mayHaveQuery: a query, an empty link and a fragment-only link may have one", () => {
  for (const href of ["?q=1", "x?y", "", " ", "#top", "http:", "https:#frag"]) assert.equal(mayHaveQuery(href), true, JSON.stringify(href));
  for (const href of ["/path", "https://a.test/p", "javascript:void(0)", "//other.test", "%3Fq"]) assert.equal(mayHaveQuery(href), false, JSON.stringify(href));
  // The case the check exists for: a fragment-only link keeps the base's query.
  assert.equal(new URL("#top", BASES[0]).search, "?next=https%3A%2F%2Fwww.amazon.co.jp%2F");
});
