// The false-alarm report (extension/report/report-text.js): what it says, and that it carries nothing
// from the page beyond the verdict unless the user asks (the sign-in form fact) or writes a note.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mailtoLink, REPORT_ADDRESS, reportSubject, reportText } from "../../extension/report/report-text.js";

const record = {
  url: "http://amazon.co.jp.secure-verify.test/ap/signin?session=abc",
  host: "amazon.co.jp.secure-verify.test",
  registrable_domain: "secure-verify.test",
  verdict: "lookalike",
  severity: "high",
  retailer: "amazon",
  trusted: false,
  reasons: [{ kind: "embedding", matched: "amazon.co.jp", brand: "amazon", detail: "amazon.co.jp.secure-verify.test" }],
  signinForm: true,
  // Fields a future record might carry: never copied into the report.
  title: "Amazon.co.jp サインイン",
  signals: { text: "secret page text" },
};
const about = { extVersion: "1.2.3", coreVersion: "0.9.0", lang: "ja" };

test("the report lists the URL, verdict, reasons and versions, one per line", () => {
  const text = reportText(record, about);
  for (const line of [
    "url: http://amazon.co.jp.secure-verify.test/ap/signin?session=abc",
    "registrable_domain: secure-verify.test",
    "verdict: lookalike",
    "severity: high",
    "retailer: amazon",
    "- embedding (matched amazon.co.jp)",
    "extension_version: 1.2.3",
    "core_version: 0.9.0",
    "ui_language: ja",
  ]) assert.ok(text.split("\n").includes(line), `missing line: ${line}`);
});

test("nothing from the page unless the user ticks it; the user's note only when written", () => {
  const plain = reportText(record, about);
  assert.doesNotMatch(plain, /signin_form_seen|secret page text|サインイン|note:/);
  const ticked = reportText(record, { ...about, includeForm: true });
  assert.match(ticked, /^signin_form_seen: yes$/m);
  assert.match(reportText({ ...record, signinForm: null }, { ...about, includeForm: true }), /^signin_form_seen: unknown$/m);
  const noted = reportText(record, { ...about, note: "  This is my own shop.  " });
  assert.match(noted, /\nnote:\nThis is my own shop\.$/);
  assert.equal(reportText(record, { ...about, note: "x".repeat(5000) }).split("\n").at(-1).length, 1000);
});

test("the mail link carries exactly the shown text to the project address", () => {
  const text = reportText(record, about);
  const link = mailtoLink(reportSubject(record), text);
  assert.ok(link.startsWith(`mailto:${REPORT_ADDRESS}?subject=`));
  const params = new URLSearchParams(link.slice(link.indexOf("?") + 1));
  assert.equal(params.get("subject"), "Omamori false alarm: amazon.co.jp.secure-verify.test");
  assert.equal(params.get("body").replace(/\r\n/g, "\n"), text);
  assert.ok(!/[\s&#]/.test(link.slice(link.indexOf("?") + 1).replace(/&body=/, "")), "encoded");
});
