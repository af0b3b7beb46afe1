// @ts-check
// The one WASM engine and the settings it was built with. The engine is built once the module is
// initialised and rebuilt whenever the settings in storage.local change; everything that needs it
// awaits `getEngine()`, which waits on the one `ready` chain (MV3 may restart the worker at any time).
//
// The wasm-bindgen glue is imported statically: Chromium forbids dynamic import() in service
// workers (https://github.com/w3c/ServiceWorker/issues/1356).

import init, { Engine, normalizeDomain, rules, version } from "../pkg/omamori.js";
import { i18n, runtime, storage } from "../platform/browser.js";
import { KEYS } from "../platform/messages.js";
import { migrate, toEngineSettings, withDomain } from "../shared/settings.js";

/** @typedef {import("../types/settings").Settings} Settings */

/** @type {import("../types/verdict").VerdictEngine | null} */
let engine = null;
/** @type {Settings | null} */
let settings = null;
/**
 * The engine's rules(): bounds and word lists (docs/api.md "Rules").
 * @type {any}
 */
let RULES = null;

// Marks on the worker's timeline, once per start (DevTools Performance panel, or
// `performance.getEntriesByType("mark")` in the worker's console): how long a worker start takes
// to its first verdict (tools/bench/time-to-warning.mjs reads them too).
async function start() {
  performance.mark("omamori:start");
  // The settings are read while the module streams in and compiles (instantiateStreaming: the
  // glue fetches the URL), not after it.
  const compiled = Promise.all([
    init({ module_or_path: runtime.getURL("pkg/omamori_bg.wasm") }),
    storage.local.get(KEYS.settings),
  ]);
  // Meanwhile the message bundle (the banner's strings go with the first warning: banner-text.js).
  i18n.getMessage("ext_short_name");
  const [, { [KEYS.settings]: stored }] = await compiled;
  performance.mark("omamori:wasm-ready");
  RULES = rules();
  const { settings: current, changed } = migrate(stored, normalizeDomain);
  build(current);
  performance.mark("omamori:engine-ready");
  if (changed) await storage.local.set({ [KEYS.settings]: current });
}

/** @param {Settings} next */
function build(next) {
  // migrate()/validate() normalise with the engine's own normalizeDomain: the engine accepts them.
  const built = new Engine(toEngineSettings(next, normalizeDomain));
  engine?.free();
  engine = built;
  settings = next;
}

/**
 * Everything waits on this; it is replaced (chained) when settings change.
 * @type {Promise<unknown>}
 */
let ready = start().catch((error) => console.error("Omamori: engine failed to start:", error));

/** The engine, once the module is initialised and the settings are read. */
export async function getEngine() {
  await ready;
  if (!engine) throw new Error("engine unavailable");
  return engine;
}

/** The engine's rules() (after init). */
export async function engineRules() {
  await ready;
  if (!RULES) throw new Error("engine unavailable");
  return RULES;
}

/** The engine's severities, least severe first (rules().severities; empty until the engine has started). */
export const severityOrder = () => /** @type {string[]} */ (RULES?.severities ?? []);

/** The core's version string (after init). */
export async function coreVersion() {
  await ready;
  return version();
}

/** The settings the current engine was built with (null before the first build). */
export async function currentSettings() {
  await ready;
  return settings;
}

/** Runs `fn` after everything queued so far; later callers of getEngine() wait for it. */
function whenReady(/** @type {() => unknown} */ fn) {
  const run = ready.then(fn);
  ready = run.catch((error) => console.error("Omamori:", error));
  return run;
}

/** storage.onChanged: the options page (or a trust decision) changed the settings. */
export function onStorageChanged(/** @type {Record<string, {newValue?: unknown}>} */ changes, /** @type {string} */ area) {
  if (area !== "local" || !(KEYS.settings in changes)) return;
  void whenReady(() => {
    const { settings: next } = migrate(changes[KEYS.settings].newValue, normalizeDomain);
    if (JSON.stringify(next) !== JSON.stringify(settings)) build(next);
  });
}

/** The settings with `domain` added to (or removed from) a domain list, normalised by the engine. */
export async function settingsWithDomain(/** @type {"user_sites" | "trusted_domains"} */ list, /** @type {string} */ domain, /** @type {boolean} */ present) {
  await ready;
  if (!settings) throw new Error("settings unavailable");
  return withDomain(settings, list, domain, present, normalizeDomain);
}

/** Rebuilds the engine with `next` and stores it (storage.onChanged then finds nothing new). */
export function applySettings(/** @type {Settings} */ next) {
  return whenReady(async () => {
    build(next);
    await storage.local.set({ [KEYS.settings]: next });
  });
}
