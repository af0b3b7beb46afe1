// The Chrome and Firefox manifests are derived from the one source (extension/manifest.json) by
// tools/manifest.mjs; they must agree on everything but the background entry and gecko settings.
// Checked on the derived objects, and on dist/chrome + dist/firefox when a build is present.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { deriveChrome, deriveFirefox, repeatedContentScripts } from "../../tools/manifest.mjs";
import { bundledGroups } from "../../tools/bundle-content.mjs";

const repo = new URL("../../", import.meta.url);
const source = JSON.parse(fs.readFileSync(new URL("extension/manifest.json", repo), "utf8"));
const SHARED = ["manifest_version", "name", "version", "default_locale", "permissions", "host_permissions",
  "content_security_policy", "content_scripts", "action", "options_ui", "icons", "description"];

function agree(chrome, firefox) {
  for (const key of SHARED) assert.deepEqual(chrome[key], firefox[key], key);
  assert.equal(chrome.background.service_worker, "background/service-worker.js");
  assert.equal(chrome.background.type, "module");
  assert.equal(chrome.browser_specific_settings, undefined);
  assert.deepEqual(firefox.background.scripts, ["background/service-worker.js"]);
  assert.equal(firefox.background.type, "module");
  assert.equal(firefox.browser_specific_settings.gecko.id, "omamori@example.org");
  assert.deepEqual(firefox.browser_specific_settings.gecko.data_collection_permissions.required, ["none"]);
}

test("derived manifests agree", () => agree(deriveChrome(source), deriveFirefox(source)));

test("each content script is listed in one group only (the groups share one isolated world)", () => {
  assert.deepEqual(repeatedContentScripts(source), []);
  // [groups, repeated]: the build (tools/manifest.mjs) refuses a source with a script in two groups.
  const rows = [
    [[["a.js", "dom.js", "main.js"], ["dom.js", "pw.js"]], ["dom.js"]],
    [[["a.js", "main.js"], ["pw.js", "watch.js"]], []],
    [[["a.js", "a.js"]], []], // twice in one group is the browser's to refuse, not a second injection of a group
    [[], []],
  ];
  for (const [groups, want] of rows) assert.deepEqual(repeatedContentScripts({ content_scripts: groups.map((js) => ({ js })) }), want, JSON.stringify(groups));
});

test("source manifest: minimal permissions, strict CSP, no remote code", () => {
  assert.equal(source.manifest_version, 3);
  assert.deepEqual(source.permissions, ["storage", "webNavigation"]);
  // Content-script matches are all the host access Omamori needs (no host_permissions: webNavigation,
  // tabs.update and the badge need none).
  assert.equal(source.host_permissions, undefined);
  for (const cs of source.content_scripts) {
    assert.deepEqual(cs.matches, ["http://*/*", "https://*/*"]);
    // blob:, about:blank, about:srcdoc and data: documents get the script too (they inherit the
    // verdict of their creator): Chromium 99+, Firefox 128+ (bug 1853411, 1897113).
    assert.equal(cs.match_about_blank, true);
    assert.equal(cs.match_origin_as_fallback, true);
    assert.equal(cs.all_frames, true);
  }
  assert.equal(source.content_security_policy.extension_pages, "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'");
  assert.equal(source.web_accessible_resources, undefined, "nothing is exposed to web pages");
  assert.equal(source.externally_connectable, undefined);
});

for (const dir of ["chrome", "firefox"]) {
  const file = new URL(`dist/${dir}/manifest.json`, repo);
  test(`dist/${dir} matches the derivation of the current source`, { skip: !fs.existsSync(file) && "no build in dist/" }, () => {
    const built = JSON.parse(fs.readFileSync(file, "utf8"));
    const want = dir === "chrome" ? deriveChrome(source) : deriveFirefox(source);
    // then the build bundles each group's scripts before its entry (tools/bundle-content.mjs)
    const groups = bundledGroups(want.content_scripts);
    want.content_scripts = want.content_scripts.map((/** @type {object} */ cs, /** @type {number} */ i) => ({ ...cs, js: groups[i].js }));
    assert.deepEqual(built, want);
  });
}

test("dist/chrome and dist/firefox agree", {
  skip: !(fs.existsSync(new URL("dist/chrome/manifest.json", repo)) && fs.existsSync(new URL("dist/firefox/manifest.json", repo))) && "no build in dist/",
}, () => {
  const read = (d) => JSON.parse(fs.readFileSync(new URL(`dist/${d}/manifest.json`, repo), "utf8"));
  agree(read("chrome"), read("firefox"));
});
