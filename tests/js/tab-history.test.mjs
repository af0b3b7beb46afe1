// The tab-history model behind "Leave" (extension/background/tab-history.js): which entry is the
// nearest one before the flagged site, after the moves a tab makes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { MAX_ENTRIES, advance, moveOf, safeBack } from "../../extension/background/tab-history.js";

const FLAGGED = "amaz0n-co-jp.test";
const WARNING = "chrome-extension://abc/warning/warning.html";
/** A URL is unsafe when it is not a web page or it is on the flagged site (leave.js adds warned sites). */
const unsafe = (url) => !/^https?:\/\//.test(url) || new URL(url).hostname.endsWith(FLAGGED);
const play = (moves) => moves.reduce((h, [url, move]) => advance(h, url, move ?? "push"), null);

test("moveOf reads webNavigation's transition", () => {
  for (const [details, move] of [
    [{ transitionType: "link", transitionQualifiers: [] }, "push"],
    [{ transitionType: "typed", transitionQualifiers: ["from_address_bar"] }, "push"],
    [{ transitionType: "link", transitionQualifiers: ["forward_back"] }, "traverse"],
    [{ transitionType: "reload", transitionQualifiers: [] }, "reload"],
    [{ transitionType: "link", transitionQualifiers: ["client_redirect"] }, "push"],
    [{}, "push"],
  ]) assert.equal(moveOf(details), move, JSON.stringify(details));
});

test("safeBack: steps to the nearest entry that is not the flagged site", () => {
  const rows = [
    // [moves, expected steps, expected url]
    [[["https://mail.example/inbox"], [`http://${FLAGGED}/`]], 1, "https://mail.example/inbox"],
    [[["https://mail.example/inbox"], [`http://${FLAGGED}/`], [`http://${FLAGGED}/signin`]], 2, "https://mail.example/inbox"],
    // the warning page replaced the flagged page (a push): two steps back
    [[["https://mail.example/inbox"], [`http://${FLAGGED}/`], [WARNING]], 2, "https://mail.example/inbox"],
    // opened in a new tab: nothing before it
    [[[`http://${FLAGGED}/`]], 0, null],
    [[[`http://${FLAGGED}/`], [WARNING]], 0, null],
    // a redirect chain through the flagged site only
    [[["about:blank"], [`http://login.${FLAGGED}/`], [`http://${FLAGGED}/x`]], 0, null],
    // back then a new page drops the forward entries
    [[["https://a.example/"], ["https://b.example/"], ["https://a.example/", "traverse"], [`http://${FLAGGED}/`]], 1, "https://a.example/"],
    // a reload does not add an entry
    [[["https://a.example/"], [`http://${FLAGGED}/`], [`http://${FLAGGED}/`, "reload"]], 1, "https://a.example/"],
    // back to the flagged page from a later one, then leave: the entry before it
    [[["https://a.example/"], [`http://${FLAGGED}/`], ["https://c.example/"], [`http://${FLAGGED}/`, "traverse"]], 1, "https://a.example/"],
  ];
  for (const [moves, steps, url] of rows) {
    assert.deepEqual(safeBack(play(moves), unsafe), { steps, url }, JSON.stringify(moves));
  }
});

test("legitimate pages are never skipped: the previous safe entry is one step back", () => {
  for (const prev of ["https://www.amazon.co.jp/", "https://www.rakuten.co.jp/", "https://jp.mercari.com/"]) {
    assert.deepEqual(safeBack(play([[prev], [`http://${FLAGGED}/`]]), unsafe), { steps: 1, url: prev });
  }
});

test("traverse to an unknown URL is a push; the model stays bounded", () => {
  const h = play([["https://a.example/"], ["https://z.example/", "traverse"]]);
  assert.deepEqual(h, { entries: ["https://a.example/", "https://z.example/"], index: 1 });
  let big = null;
  for (let i = 0; i < MAX_ENTRIES + 20; i++) big = advance(big, `https://s${i}.example/`, "push");
  assert.equal(big.entries.length, MAX_ENTRIES);
  assert.equal(big.index, MAX_ENTRIES - 1);
  assert.deepEqual(safeBack(big, unsafe), { steps: 1, url: `https://s${MAX_ENTRIES + 18}.example/` });
});

test("malformed stored state is treated as no history", () => {
  for (const h of [null, undefined, {}, { entries: "x", index: 0 }]) {
    assert.deepEqual(safeBack(/** @type {any} */ (h), unsafe), { steps: 0, url: null });
    assert.deepEqual(advance(/** @type {any} */ (h), "https://a.example/", "push"), { entries: ["https://a.example/"], index: 0 });
  }
});
