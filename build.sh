#!/usr/bin/env bash
# build.sh — set up, build, package, lint and test Omamori (Rust core → WebAssembly → MV3 extension).
#
# Usage: ./build.sh [deps|build|package|lint|test|e2e|run [chrome|firefox]|cli|help]
#
#   (none)    deps + build
#   deps      install what is missing (idempotent; tools/deps.sh): Rust wasm32 target (rustup, else
#             Debian's rustc-web with a self-built std), wasm-bindgen-cli (= Cargo.lock's wasm-bindgen),
#             wasm-pack, rustfmt/clippy, npm packages (npm ci: binaryen's wasm-opt, esbuild, web-ext,
#             typescript, drivers). `deps --test` also installs chromium, chromium-driver, firefox-esr, geckodriver.
#   build     native CLI (cargo build --release) + WASM (wasm-pack, then wasm-opt -O3 with a Node
#             smoke test) + dist/chrome and dist/firefox (manifests derived by tools/manifest.mjs; the
#             background bundled into one ES module by esbuild: tools/bundle-background.mjs; the
#             content scripts before each group's entry into one minified script: tools/bundle-content.mjs)
#   package   build, then dist/omamori-<version>-chrome.zip and dist/omamori-<version>-firefox.zip
#   lint      cargo fmt --check, cargo clippy --all-targets -D warnings, tsc --noEmit (tsconfig.json,
#             against the built target/wasm/pkg/omamori.d.ts), web-ext lint (dist/firefox)
#   test      deps --test + build + lint + cargo test + wasm tests + JS tests + end-to-end tests;
#             runs every step, ends with the line "N passed, N failed[, N skipped]"
#   e2e       build, then node tests/e2e/run.mjs (Chromium and Firefox, headless)
#   run       open Chromium (or Firefox: `run firefox`) with the extension, built first, on a local
#             lookalike page (http://amaz0n-co-jp.test:PORT/); needs a display ($DISPLAY), checked first
#   cli       cargo build --release; prints the path of target/release/omamori
#
# Environment: CI=true (no prompts), OMAMORI_SKIP_WASM_OPT=1 (ship the unoptimized wasm),
# RUSTUP_TARGET_TIMEOUT (seconds for `rustup target add`, default 20), PORT (for `run`).
set -euo pipefail
set -o errtrace
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
SELF="$ROOT/build.sh"
# Machine set-up (cmd_deps) and the helpers it shares with this script: output (log, ok, warn, die,
# timed), isolated, and the wasm32 toolchain detection (wasm_toolchain, wasm_bindgen_version).
# shellcheck source=tools/deps.sh
source "$ROOT/tools/deps.sh"

CRATE=omamori
# wasm-pack's output, as dist/*/pkg holds it: tsconfig.json maps the extension's "../pkg/omamori.js"
# imports onto this folder (rootDirs) to type-check them against the generated omamori.d.ts.
PKG_DIR=target/wasm/pkg
DIST=dist
# -O3, not -Os/-Oz: -Oz's smaller code gzips no smaller (docs/wasm-size.md), -O3 runs checkUrl ~15-25 % faster.
# --converge (repeat -O3 while it shrinks) and the two informational sections stripped: ~0.2 % less gzip.
# --low-memory-unused: a constant added to an address goes into the load's offset (~950 B less gzip); only
# an address computation that wraps below 0 would differ, which Rust code does not make (docs/wasm-size.md).
# --gufa-optimizing (whole-program type flow, then the usual cleanups): ~360 B less gzip (wave 2, fifth session).
# --one-caller-inline-max-function-size=0: a large function with one caller stays a function (~2.5 KB less
# gzip; checkUrl's CPU time in Node unchanged within 1.5 %, V8 inlines what pays).
WASM_OPT_FLAGS=(-O3 --gufa-optimizing --converge --low-memory-unused --one-caller-inline-max-function-size=0 --strip-producers --strip-target-features --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
usage() { sed -n '2,/^set -euo/p' "$SELF" | sed '$d' | sed 's/^# \{0,1\}//'; }

# ------------------------------------------------------------------------------------ build
build_wasm() {
  wasm_run_prefix
  local want have; want=$(wasm_bindgen_version)
  have=$("${WASM_RUN[@]}" wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  [[ $have == "$want" ]] || die "wasm-bindgen ${have:-missing}, need $want (exactly): run ./build.sh deps"
  rm -rf "$PKG_DIR"
  if command -v wasm-pack >/dev/null 2>&1; then
    timed "wasm-pack build (release, --target web)" \
      "${WASM_RUN[@]}" wasm-pack build --target web --release --no-pack --out-dir "$PKG_DIR"
  else
    warn "wasm-pack not found: using cargo + wasm-bindgen directly"
    timed "cargo build --lib --release --target $TARGET" "${WASM_RUN[@]}" cargo build --lib --release --target $TARGET
    timed "wasm-bindgen --target web" "${WASM_RUN[@]}" wasm-bindgen --target web --out-dir "$PKG_DIR" \
      "target/$TARGET/release/$CRATE.wasm"
  fi
  local f
  for f in "$CRATE.js" "${CRATE}_bg.wasm"; do [[ -s $PKG_DIR/$f ]] || die "$PKG_DIR/$f missing after the wasm build"; done
  echo '{ "type": "module" }' >"$PKG_DIR/package.json"   # lets Node load the ES-module glue
  timed "wasm smoke test in Node (unoptimized)" node tools/wasm-smoke.mjs "$PKG_DIR/$CRATE.js" "$PKG_DIR/${CRATE}_bg.wasm"

  # wasm-opt: wasm-pack's own run is off (Cargo.toml); use npm binaryen, never Debian's 108.
  local raw=$PKG_DIR/${CRATE}_bg.wasm opt=$PKG_DIR/${CRATE}_bg.opt.wasm
  if [[ -n ${OMAMORI_SKIP_WASM_OPT:-} ]]; then warn "OMAMORI_SKIP_WASM_OPT set: shipping the unoptimized wasm"; return 0; fi
  if [[ ! -x $WASM_OPT ]]; then warn "$WASM_OPT missing (run ./build.sh deps): shipping the unoptimized wasm"; return 0; fi
  # wasm-opt (binaryen on Node) takes ~30 s: reuse its output while the input and flags are unchanged.
  local cache_dir=target/wasm-opt-cache key wo_version
  wo_version=$("$WASM_OPT" --version)
  key=$({ sha256sum <"$raw"; echo "$wo_version ${WASM_OPT_FLAGS[*]}"; } | sha256sum | cut -c1-32)
  if [[ -s $cache_dir/$key.wasm ]]; then
    cp "$cache_dir/$key.wasm" "$opt"; ok "wasm-opt: input unchanged, reusing $cache_dir/$key.wasm"
  else
    timed "wasm-opt ${WASM_OPT_FLAGS[*]} ($wo_version)" "$WASM_OPT" "${WASM_OPT_FLAGS[@]}" "$raw" -o "$opt"
  fi
  if node tools/wasm-smoke.mjs "$PKG_DIR/$CRATE.js" "$opt"; then
    log "wasm size: $(stat -c %s "$raw") -> $(stat -c %s "$opt") bytes"
    rm -rf "$cache_dir"; mkdir -p "$cache_dir"; cp "$opt" "$cache_dir/$key.wasm"
    mv "$raw" "$PKG_DIR/${CRATE}_bg.unopt.wasm"; mv "$opt" "$raw"
  else
    warn "the wasm-opt output does not load in Node: shipping the unoptimized wasm"
    rm -f "$opt"
  fi
}

assemble() { # assemble BROWSER
  local b=$1 out=$DIST/$1
  [[ -f extension/manifest.json ]] || die "extension/manifest.json missing"
  rm -rf "$out"; mkdir -p "$out"
  cp -R extension/. "$out/"
  rm -rf "$out/types"   # .d.ts files for tsc (lint), not part of the extension
  node tools/gen-rules.mjs "$out" "$PKG_DIR" >/dev/null   # content/rules.js from the engine's rules()
  rm -rf "$out/pkg"; mkdir -p "$out/pkg"
  cp "$PKG_DIR/$CRATE.js" "$PKG_DIR/${CRATE}_bg.wasm" "$out/pkg/"
  if [[ -d $PKG_DIR/snippets ]]; then cp -R "$PKG_DIR/snippets" "$out/pkg/"; fi   # inline JS the glue imports
  # One background module (esbuild): a cold worker start fetches one file, not ~20 (tools/bundle-background.mjs).
  [[ -f node_modules/esbuild/package.json ]] || die "esbuild missing: run ./build.sh deps"
  node tools/bundle-background.mjs "$out"
  node tools/manifest.mjs "$b" extension/manifest.json "$out"
  # The content scripts before each group's entry as one minified script (tools/bundle-content.mjs).
  node tools/bundle-content.mjs "$out"
}

cmd_build() {
  local t0=$SECONDS
  timed "cargo build --release (native CLI)" cargo build --release
  build_wasm
  assemble chrome
  assemble firefox
  ok "build done in $((SECONDS - t0)) s: target/release/$CRATE, $DIST/chrome, $DIST/firefox"
}

cmd_package() {
  cmd_build
  command -v zip >/dev/null 2>&1 || die "zip missing: run ./build.sh deps (or apt-get install zip)"
  local v b z; v=$(node tools/manifest.mjs version extension/manifest.json)
  for b in chrome firefox; do
    z=$ROOT/$DIST/$CRATE-$v-$b.zip
    rm -f "$z"
    (cd "$DIST/$b" && zip -q -r -X "$z" .)
    ok "$DIST/$(basename "$z") ($(stat -c %s "$z") bytes)"
  done
}

# ------------------------------------------------------------------------------------ lint/test
lint_fmt() { cargo fmt --check; }
lint_clippy() { cargo clippy --all-targets -- -D warnings; }
lint_tsc() {
  [[ -s $PKG_DIR/$CRATE.d.ts ]] || die "$PKG_DIR/$CRATE.d.ts missing: run ./build.sh build first"
  [[ -x node_modules/.bin/tsc ]] || die "tsc missing: run ./build.sh deps"
  node_modules/.bin/tsc -p tsconfig.json
}
lint_webext() {
  [[ -f $DIST/firefox/manifest.json ]] || die "$DIST/firefox missing: run ./build.sh build first"
  [[ -x node_modules/.bin/web-ext ]] || die "web-ext missing: run ./build.sh deps"
  node_modules/.bin/web-ext lint --source-dir "$DIST/firefox" --warnings-as-errors
}

# Steps: each runs in a subshell with errexit on; results are collected, never fatal.
RESULTS=() PASSED=0 FAILED=0 SKIPPED=0
step() { # step NAME FUNCTION [ARGS...]
  local name=$1 t0=$SECONDS rc; shift
  printf '\n%s==== %s ====%s\n' "$B" "$name" "$N" >&2
  isolated "$@"; rc=$LAST_RC
  local dt=$((SECONDS - t0))
  if [[ $rc -eq 0 ]]; then PASSED=$((PASSED + 1)); RESULTS+=("PASS  $name (${dt} s)"); ok "$name (${dt} s)"
  else FAILED=$((FAILED + 1)); RESULTS+=("FAIL  $name (${dt} s, exit $rc)"); printf '%s[build] FAIL:%s %s (%s s, exit %s)\n' "$RED" "$N" "$name" "$dt" "$rc" >&2; fi
  return 0
}
skip() { SKIPPED=$((SKIPPED + 1)); RESULTS+=("SKIP  $1 ($2)"); printf '\n%s==== %s: skipped (%s) ====%s\n' "$B" "$1" "$2" "$N" >&2; }
last_failed() { [[ ${RESULTS[-1]} == FAIL* ]]; }
summary() {
  printf '\n%s==== summary ====%s\n' "$B" "$N"
  printf '  %s\n' "${RESULTS[@]}"
  if [[ $SKIPPED -gt 0 ]]; then echo "$PASSED passed, $FAILED failed, $SKIPPED skipped"
  else echo "$PASSED passed, $FAILED failed"; fi
  [[ $FAILED -eq 0 ]] || exit 1   # exit, not return: nothing may print after the closing line
}

cmd_lint() {
  step "cargo fmt --check" lint_fmt
  step "cargo clippy --all-targets -D warnings" lint_clippy
  step "tsc --noEmit (tsconfig.json)" lint_tsc
  step "web-ext lint dist/firefox" lint_webext
  summary
}

# The cargo test targets that hold wasm_bindgen_test suites, as `--lib` / `--test NAME` arguments:
# only those are run under wasm (wasm-bindgen processes every test binary, ~30 MB each in debug,
# and "no tests to run!" binaries would cost minutes). MODE: node or browser (run_in_browser).
wasm_test_targets() { # wasm_test_targets node|browser
  local f files=() is_browser
  if grep -rqs --include='*.rs' 'wasm_bindgen_test' src; then
    is_browser=0; grep -rqs --include='*.rs' 'run_in_browser' src && is_browser=1
    if [[ ($1 == browser && $is_browser == 1) || ($1 == node && $is_browser == 0) ]]; then files+=(--lib); fi
  fi
  for f in tests/*.rs; do
    [[ -f $f ]] && grep -qs 'wasm_bindgen_test' "$f" || continue
    is_browser=0; grep -qs 'run_in_browser' "$f" && is_browser=1
    if [[ ($1 == browser && $is_browser == 1) || ($1 == node && $is_browser == 0) ]]; then files+=(--test "$(basename "$f" .rs)"); fi
  done
  echo "${files[*]}"
}
wasm_test() { # wasm_test MODE-FLAGS... -- TARGETS...
  wasm_run_prefix
  # Node: V8's optimizing tier keeps compiling the ~25 MB debug test module after the tests have
  # finished (about 75 s of 2 cores and 5 GB per binary, measured); the baseline compiler alone
  # runs the same tests in seconds. wasm-bindgen-test-runner passes NODE_ARGS to node.
  NODE_ARGS=${NODE_ARGS:---liftoff-only} "${WASM_RUN[@]}" wasm-pack test "$@"
}
e2e_run() {
  local d
  for d in chrome firefox; do [[ -f $DIST/$d/manifest.json ]] || die "$DIST/$d missing: build first"; done
  OMAMORI_DIST="$ROOT/$DIST" node tests/e2e/run.mjs
}

cmd_test() {
  local t0=$SECONDS built=1
  step "deps (with browsers)" cmd_deps --test
  if last_failed; then summary; fi
  step "build" cmd_build
  last_failed && built=0
  step "cargo fmt --check" lint_fmt
  step "cargo clippy --all-targets -D warnings" lint_clippy
  if [[ $built -eq 1 ]]; then step "tsc --noEmit (tsconfig.json)" lint_tsc; step "web-ext lint dist/firefox" lint_webext
  else skip "tsc and web-ext lint" "build failed"; fi
  step "cargo test (native)" cargo test
  local targets
  targets=$(wasm_test_targets node)
  # shellcheck disable=SC2086 # targets: words
  if [[ -n $targets ]]; then step "wasm-pack test --node ($targets)" wasm_test --node -- $targets
  else skip "wasm-pack test --node" "no wasm_bindgen_test suites for Node in src/ or tests/"; fi
  targets=$(wasm_test_targets browser)
  # shellcheck disable=SC2086
  if [[ -n $targets ]]; then step "wasm-pack test --headless --chrome ($targets)" wasm_test --headless --chrome -- $targets
  else skip "wasm-pack test --headless --chrome" "no run_in_browser wasm tests"; fi
  if [[ -d tests/js ]]; then step "node --test tests/js/" node --test tests/js/
  else skip "JS unit tests" "no tests/js/"; fi
  if [[ -f tests/e2e/run.mjs ]]; then
    if [[ $built -eq 1 ]]; then step "e2e (node tests/e2e/run.mjs)" e2e_run; else skip "e2e" "build failed"; fi
  else skip "e2e" "no tests/e2e/run.mjs"; fi
  log "test took $((SECONDS - t0)) s"
  summary
}

cmd_e2e() {
  [[ -f tests/e2e/run.mjs ]] || die "tests/e2e/run.mjs does not exist yet"
  cmd_build
  e2e_run
}

cmd_cli() {
  timed "cargo build --release" cargo build --release
  echo "$ROOT/target/release/$CRATE"
}

cmd_run() { # cmd_run [chrome|firefox]
  local browser=${1:-chrome} host=amaz0n-co-jp.test
  [[ $browser == chrome || $browser == firefox ]] || die "run: unknown browser '$browser' (chrome or firefox)"
  if [[ -z ${DISPLAY:-}${WAYLAND_DISPLAY:-} ]]; then   # checked before building: a build takes minutes
    cat >&2 <<EOF
[build] There is no display (\$DISPLAY is empty), so no browser window can be opened here. Options:
        * run ./build.sh run on a desktop session (or with ssh -X), or under xvfb-run ./build.sh run;
        * build (./build.sh build) and load it by hand: chrome://extensions -> Developer mode ->
          "Load unpacked" -> $ROOT/dist/chrome, or about:debugging -> "Load Temporary Add-on" ->
          $ROOT/dist/firefox/manifest.json; then open the demo page: node tools/serve.mjs 8080, and map
          $host to 127.0.0.1 (Chromium: --host-resolver-rules="MAP *.test 127.0.0.1").
        * headless automated check: ./build.sh e2e
        * every screen (banner, form guard, popup, reminder, password alert, recovery) as PNGs, headless:
          ./build.sh build && node tools/screenshots.mjs   (docs/screenshots/; the tour page, options -> tour)
EOF
    exit 1
  fi
  cmd_build
  local log_file port srv
  log_file=$(mktemp); node tools/serve.mjs "${PORT:-0}" >"$log_file" 2>&1 & srv=$!
  trap "kill $srv 2>/dev/null || :" EXIT   # expanded now: $srv is local
  for _ in $(seq 50); do grep -q LISTENING "$log_file" && break; sleep 0.1; done
  port=$(awk '/LISTENING/ {print $2}' "$log_file"); [[ -n $port ]] || die "demo server did not start: $(cat "$log_file")"
  local url="http://$host:$port/"
  log "demo server on 127.0.0.1:$port; opening $url ($browser)"
  if [[ $browser == chrome ]]; then
    local exe; exe=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
    [[ -n $exe ]] || die "no Chromium: run ./build.sh deps --test (or apt-get install chromium)"
    local profile; profile=$(mktemp -d /tmp/omamori-chromium.XXXXXX)
    local extra=(); [[ $(id -u) -eq 0 ]] && extra+=(--no-sandbox)
    # shellcheck disable=SC2086 # OMAMORI_CHROMIUM_ARGS: extra flags, split on spaces
    "$exe" "${extra[@]}" ${OMAMORI_CHROMIUM_ARGS:-} --user-data-dir="$profile" --no-first-run --no-default-browser-check \
      --disable-extensions-except="$ROOT/$DIST/chrome" --load-extension="$ROOT/$DIST/chrome" \
      --host-resolver-rules="MAP *.test 127.0.0.1" "$url"
    rm -rf "$profile"
  else
    local exe; exe=$(command -v firefox-esr || command -v firefox || true)
    [[ -n $exe ]] || die "no Firefox: run ./build.sh deps --test (or apt-get install firefox-esr)"
    node_modules/.bin/web-ext run --source-dir "$DIST/firefox" --firefox "$exe" --start-url "$url" \
      --pref "network.dns.localDomains=$host" --no-reload
  fi
}

# ------------------------------------------------------------------------------------ main
main() {
  local cmd=${1:-default}; shift || true
  case $cmd in
    default) cmd_deps; cmd_build ;;
    deps) cmd_deps "$@" ;;
    deps-debian-root) deps_debian_root ;;   # internal: the root part of the Debian route
    build) cmd_build ;;
    package) cmd_package ;;
    lint) cmd_lint ;;
    test) cmd_test ;;
    e2e) cmd_e2e ;;
    run) cmd_run "$@" ;;
    cli) cmd_cli ;;
    -h|--help|help) usage ;;
    *) usage >&2; die "unknown command: $cmd" ;;
  esac
}
main "$@"
