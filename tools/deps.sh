#!/usr/bin/env bash
# tools/deps.sh — machine set-up for Omamori: installs what is missing, idempotently (about a second
# when nothing is). `./build.sh deps` and `./build.sh test` run it; build.sh also sources it for the
# helpers both share (output, isolated steps, which Rust toolchain builds wasm32).
#
# Usage: tools/deps.sh [--test]
#   Rust wasm32 target (rustup, else Debian's rustc-web with a self-built std), wasm-bindgen-cli
#   (= Cargo.lock's wasm-bindgen), wasm-pack, rustfmt/clippy, npm packages (npm ci: binaryen's
#   wasm-opt, web-ext, typescript, drivers), zip. `--test` also installs chromium, chromium-driver,
#   firefox-esr and geckodriver. As root, directly; otherwise through sudo, or it prints the exact
#   commands to run as root.
#   tools/deps.sh debian-root   (internal) the root part of the Debian route
#
# Environment: CI=true (no prompts), RUSTUP_TARGET_TIMEOUT (seconds for `rustup target add`, default 20).
set -euo pipefail
set -o errtrace
ERR_TRAP='__err_rc=$?; [[ $BASH_COMMAND == return* || $BASH_COMMAND == die* ]] || echo "build.sh: ERROR: \"$BASH_COMMAND\" failed (exit $__err_rc) at line $LINENO" >&2'
trap "$ERR_TRAP" ERR

DEPS_SELF=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/$(basename "${BASH_SOURCE[0]}")
ROOT=$(cd "$(dirname "$DEPS_SELF")/.." && pwd)
cd "$ROOT"

TARGET=wasm32-unknown-unknown
HOST_TRIPLE=x86_64-unknown-linux-gnu
SYS_RUSTC=/usr/bin/rustc
SYS_CARGO=/usr/bin/cargo
SYS_WASM_LIBDIR=/usr/lib/rustlib/$TARGET/lib
CARGO_BIN=${CARGO_HOME:-$HOME/.cargo}/bin
export PATH="$CARGO_BIN:$PATH"
export DEBIAN_FRONTEND=noninteractive
# Debian's binaryen (wasm-opt 108) corrupts wasm-bindgen output; ours is npm's `binaryen`.
WASM_OPT="$ROOT/node_modules/.bin/wasm-opt"

# ------------------------------------------------------------------------------------ output
if [[ -t 2 ]]; then B=$'\033[1m' BLUE=$'\033[1;34m' GREEN=$'\033[1;32m' YELLOW=$'\033[1;33m' RED=$'\033[1;31m' N=$'\033[0m'
else B="" BLUE="" GREEN="" YELLOW="" RED="" N=""; fi
log()  { printf '%s[build]%s %s\n' "$BLUE" "$N" "$*" >&2; }
ok()   { printf '%s[build] ok:%s %s\n' "$GREEN" "$N" "$*" >&2; }
warn() { printf '%s[build] WARNING:%s %s\n' "$YELLOW" "$N" "$*" >&2; }
die()  { printf '%s[build] ERROR:%s %s\n' "$RED" "$N" "$*" >&2; exit 1; }
timed() { # timed LABEL CMD... — run, print the duration, fail loudly
  local label=$1 t0=$SECONDS; shift
  log "$label: $*"
  if "$@"; then ok "$label ($((SECONDS - t0)) s)"; else local rc=$?; die "$label failed (exit $rc) after $((SECONDS - t0)) s"; fi
}

# ------------------------------------------------------------------------------------ isolation
# isolated FN ARGS...: run in a subshell with errexit really on (bash ignores `set -e` inside
# anything called from an `if`/`||` context), without aborting the caller. Sets LAST_RC.
isolated() {
  trap - ERR; set +e
  (trap "$ERR_TRAP" ERR; set -e; "$@"); LAST_RC=$?
  set -e; trap "$ERR_TRAP" ERR
  return 0
}

# ------------------------------------------------------------------------------------ root
# Commands that need root run directly (root), through sudo (if it works without a password
# prompt, or interactively on a terminal), or are listed for the user to run (MANUAL_FILE).
MANUAL_FILE=""
can_root() { [[ $(id -u) -eq 0 ]] || { command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [[ -t 0 && -z ${CI:-} ]]; }; }; }
manual() { warn "needs root, not run: $*"; if [[ -n $MANUAL_FILE ]]; then echo "$*" >>"$MANUAL_FILE"; fi; }
as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"
  elif can_root; then sudo "$@"
  else manual "$*"; return 1; fi
}
finish_manual() {
  [[ -s $MANUAL_FILE ]] || return 0
  printf '%s[build]%s not root and no usable sudo. Run these as root, then ./build.sh deps again:\n' "$RED" "$N" >&2
  sed 's/^/    /' "$MANUAL_FILE" >&2
  return 1
}

APT_UPDATED=0
apt_install() { # apt_install [--recommends] PKG... — installs only the missing ones
  local rec=--no-install-recommends missing=() p
  if [[ ${1:-} == --recommends ]]; then rec=""; shift; fi
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
  done
  if [[ ${#missing[@]} -eq 0 ]]; then ok "apt packages present: $*"; return 0; fi
  command -v apt-get >/dev/null || die "missing packages ${missing[*]}, and no apt-get: install them with your package manager"
  if ! can_root; then manual "apt-get update && apt-get install -y $rec ${missing[*]}"; return 1; fi
  # Another apt (a fresh machine's unattended upgrades, a second build) may hold dpkg's lock: wait for it
  # (up to 10 minutes) rather than fail.
  local lock=(-o DPkg::Lock::Timeout=600)
  if [[ $APT_UPDATED -eq 0 ]]; then timed "apt-get update" as_root apt-get "${lock[@]}" update -qq; APT_UPDATED=1; fi
  # shellcheck disable=SC2086 # $rec is empty or one flag
  timed "apt-get install ${missing[*]}" as_root apt-get "${lock[@]}" install -y -qq $rec "${missing[@]}"
}

# ------------------------------------------------------------------------------------ toolchain
# Which Rust toolchain builds wasm32: "rustup" (rustup's active toolchain has the target),
# "system" (Debian rustc-web + self-built std, linked into rustup as toolchain `system`), or
# "bare" (Debian rustc-web and no rustup at all: /usr/bin/cargo). Empty when none is ready.
rustup_has_target() { local l; l=$(rustup target list --installed 2>/dev/null) || return 1; grep -qx $TARGET <<<"$l"; }
rustup_has_system() { local l; l=$(rustup toolchain list 2>/dev/null) || return 1; grep -q '^system' <<<"$l"; }
wasm_toolchain() {
  if command -v rustup >/dev/null 2>&1; then
    if rustup_has_target; then echo rustup; return; fi
    if rustup_has_system; then echo system; return; fi
  elif [[ -x $SYS_CARGO ]] && ls "$SYS_WASM_LIBDIR"/libstd-*.rlib >/dev/null 2>&1; then
    echo bare; return
  fi
  echo ""
}
# Prefix for wasm builds: `rustup run system` on the Debian route.
wasm_run_prefix() {
  case $(wasm_toolchain) in
    rustup) WASM_RUN=() ;;
    system) WASM_RUN=(rustup run system) ;;
    bare) WASM_RUN=(env PATH="/usr/bin:$PATH") ;;
    *) die "no Rust toolchain for $TARGET: run ./build.sh deps" ;;
  esac
}

# Compiles a tiny cdylib for wasm32: proves std and the linker work.
probe_wasm_rustc() { # probe_wasm_rustc RUSTC-COMMAND...
  local d; d=$(mktemp -d)
  printf '#[no_mangle] pub extern "C" fn add(a: u32, b: u32) -> u32 { let v: Vec<u32> = vec![a, b]; v.iter().sum() }\n' >"$d/lib.rs"
  if "$@" --edition 2021 --crate-type cdylib --target $TARGET -O "$d/lib.rs" -o "$d/probe.wasm" >"$d/log" 2>&1 && [[ -s $d/probe.wasm ]]; then
    rm -rf "$d"; return 0
  fi
  sed 's/^/    /' "$d/log" >&2; rm -rf "$d"; return 1
}

wasm_bindgen_version() { # the `wasm-bindgen` crate version: Cargo.lock, else the `=X` pin in Cargo.toml
  local v=""
  [[ -f Cargo.lock ]] && v=$(awk '/^name = "wasm-bindgen"$/ {getline; gsub(/version = |"/, ""); print; exit}' Cargo.lock)
  [[ -z $v ]] && v=$(sed -nE 's/^wasm-bindgen *= *"=([0-9.]+)".*/\1/p; s/^wasm-bindgen *=.*version *= *"=([0-9.]+)".*/\1/p' Cargo.toml | head -1)
  [[ -n $v ]] || die "cannot find the wasm-bindgen version (no Cargo.lock entry, no \"=X.Y.Z\" pin in Cargo.toml)"
  echo "$v"
}

# Debian route, the part that needs root: rustc-web + std sources + lld, rust-lld link, and the
# wasm32 std built once with -Zbuild-std (including `test`, needed by wasm-pack test).
# Runs as `tools/deps.sh debian-root` (through sudo when not root).
deps_debian_root() {
  apt_install rustc-web cargo-web rust-web-src rust-web-llvm lld-22   # rust-web-llvm needs lld-22 but does not depend on it
  [[ -x $SYS_RUSTC && -x $SYS_CARGO ]] || die "$SYS_RUSTC / $SYS_CARGO missing after installing rustc-web"
  log "system compiler: $($SYS_RUSTC --version)"
  [[ -d /usr/lib/rustlib/src/rust/library/std ]] || die "rust-web-src did not provide /usr/lib/rustlib/src/rust/library"
  local lld_dir=/usr/lib/rustlib/$HOST_TRIPLE/bin
  if [[ -e $lld_dir/rust-lld ]] && "$lld_dir/rust-lld" -flavor wasm --version >/dev/null 2>&1; then
    ok "rust-lld works: $lld_dir/rust-lld -> $(readlink -f "$lld_dir/rust-lld")"
  else
    command -v lld-22 >/dev/null || die "lld-22 not found after installing it"
    log "linking $lld_dir/rust-lld -> $(command -v lld-22)"
    mkdir -p "$lld_dir"; ln -sfn "$(command -v lld-22)" "$lld_dir/rust-lld"
    "$lld_dir/rust-lld" -flavor wasm --version >/dev/null || die "rust-lld still not runnable"
  fi
  if ls "$SYS_WASM_LIBDIR"/libstd-*.rlib "$SYS_WASM_LIBDIR"/libtest-*.rlib >/dev/null 2>&1 && probe_wasm_rustc $SYS_RUSTC; then
    ok "$TARGET std present and usable ($SYS_WASM_LIBDIR)"
    return 0
  fi
  local bd; bd=$(mktemp -d /tmp/omamori-wasm-std.XXXXXX)
  mkdir -p "$bd/src"; : >"$bd/src/lib.rs"
  printf '[package]\nname = "wasm_std_dummy"\nversion = "0.0.0"\nedition = "2021"\n[profile.release]\ndebug = false\n' >"$bd/Cargo.toml"
  log "building the $TARGET std with -Zbuild-std in $bd (about 1-3 minutes on 2 cores)"
  (cd "$bd" && timed "cargo -Zbuild-std (release, $TARGET)" env RUSTC=$SYS_RUSTC RUSTC_BOOTSTRAP=1 CARGO_TARGET_DIR="$bd/target" \
    $SYS_CARGO build --release --target $TARGET -Zbuild-std=std,panic_abort,panic_unwind,test)
  local deps_dir=$bd/target/$TARGET/release/deps
  ls "$deps_dir"/libstd-*.rlib "$deps_dir"/libtest-*.rlib >/dev/null 2>&1 || die "build-std produced no libstd/libtest in $deps_dir"
  # Swap the whole directory so a concurrent build never sees half a std.
  rm -rf "$SYS_WASM_LIBDIR.new" "$SYS_WASM_LIBDIR.old"; mkdir -p "$SYS_WASM_LIBDIR.new"
  find "$deps_dir" -maxdepth 1 -name '*.rlib' ! -name 'libwasm_std_dummy-*' -exec cp {} "$SYS_WASM_LIBDIR.new/" \;
  if [[ -d $SYS_WASM_LIBDIR ]]; then mv "$SYS_WASM_LIBDIR" "$SYS_WASM_LIBDIR.old"; fi
  mv "$SYS_WASM_LIBDIR.new" "$SYS_WASM_LIBDIR"; rm -rf "$SYS_WASM_LIBDIR.old" "$bd"
  probe_wasm_rustc $SYS_RUSTC || die "system rustc still cannot build $TARGET after installing its std"
  ok "installed the $TARGET std into $SYS_WASM_LIBDIR"
}

deps_rust_wasm() {
  if command -v rustup >/dev/null 2>&1; then
    if rustup_has_target; then
      ok "rustup: $TARGET installed"
    elif rustup_has_system && probe_wasm_rustc $SYS_RUSTC 2>/dev/null; then
      # Set up earlier because rustup could not fetch the target: don't wait for it again.
      ok "Debian route already set up (toolchain 'system'); to use rustup's instead: rustup target add $TARGET"
      return 0
    else
      log "rustup: trying 'rustup target add $TARGET' (timeout ${RUSTUP_TARGET_TIMEOUT:-20} s)"
      if timeout "${RUSTUP_TARGET_TIMEOUT:-20}" rustup target add $TARGET; then ok "rustup target add $TARGET"
      else warn "rustup target add failed or timed out: falling back to Debian's rustc-web (toolchain 'system')"; fi
    fi
    if rustup_has_target; then
      if probe_wasm_rustc rustc; then ok "rustup's rustc compiles and links $TARGET"; return 0; fi
      warn "rustup's rustc has $TARGET but cannot build it: falling back to the Debian route"
    fi
  else
    warn "no rustup: using Debian's rustc-web for $TARGET (install rustup for faster builds: https://rustup.rs)"
  fi
  log "Debian route: rustc-web + rust-web-src + lld-22, then the $TARGET std built once"
  grep -qs 'bookworm' /etc/os-release || warn "the Debian route was tested on Debian 12 (bookworm) only"
  if [[ $(id -u) -eq 0 ]]; then deps_debian_root
  else as_root bash "$DEPS_SELF" debian-root || return 1; fi
  if command -v rustup >/dev/null 2>&1; then
    if rustup_has_system; then ok "rustup toolchain 'system' linked"
    else timed "rustup toolchain link system /usr" rustup toolchain link system /usr; fi
  fi
}

deps_rust_components() { # rustfmt and clippy for `lint` (rustup's minimal profile lacks them)
  command -v rustup >/dev/null 2>&1 || { command -v cargo-clippy >/dev/null && command -v rustfmt >/dev/null && return 0
    warn "no rustup and no clippy/rustfmt: lint needs them (apt-get install rust-clippy rustfmt, or use rustup)"; return 0; }
  local missing=() c installed
  installed=$(rustup component list --installed 2>/dev/null || true)
  for c in rustfmt clippy; do grep -q "^$c" <<<"$installed" || missing+=("$c"); done
  if [[ ${#missing[@]} -eq 0 ]]; then ok "rustup components present: rustfmt clippy"; return 0; fi
  timed "rustup component add ${missing[*]}" timeout 120 rustup component add "${missing[@]}"
}

host_cargo() { # cargo for installing host tools: rustup's if present, else Debian's
  if command -v cargo >/dev/null 2>&1; then command -v cargo; elif [[ -x $SYS_CARGO ]]; then echo $SYS_CARGO
  else die "no cargo at all: install rustup (https://rustup.rs) or run ./build.sh deps as root"; fi
}

deps_wasm_tools() {
  local want have cargo; want=$(wasm_bindgen_version); cargo=$(host_cargo)
  have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
  if [[ $have == "$want" ]]; then ok "wasm-bindgen $want ($(command -v wasm-bindgen))"
  else
    [[ -n $have ]] && log "wasm-bindgen $have installed, Cargo.lock needs $want"
    # Not --locked: wasm-bindgen-cli's own lockfile pins a yanked crate (webpki-roots).
    timed "cargo install wasm-bindgen-cli $want (about 5 min on 2 cores)" "$cargo" install wasm-bindgen-cli --version "=$want" --force
  fi
  if command -v wasm-pack >/dev/null 2>&1; then ok "$(wasm-pack --version 2>/dev/null) ($(command -v wasm-pack))"
  else timed "cargo install wasm-pack (about 3.5 min)" "$cargo" install wasm-pack --locked; fi
}

deps_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 \
    || { manual "install Node.js >= 20 with npm (https://nodejs.org, or your distribution's packages)"; return 1; }
  local major; major=$(node -p 'process.versions.node.split(".")[0]')
  [[ $major -ge 20 ]] || warn "Node $(node --version) found; Node 20 or later is expected"
  local stamp=node_modules/.omamori-package-lock.sha256 sum
  sum=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [[ -f $stamp && $(cat "$stamp") == "$sum" && -x $WASM_OPT ]]; then ok "node_modules matches package-lock.json"; return 0; fi
  timed "npm ci (binaryen, esbuild, web-ext, typescript, playwright-core, puppeteer-core; no browser downloads)" \
    env PUPPETEER_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
  echo "$sum" >"$stamp"
}

deps_browsers() {
  # Fonts: tests/js/visual.test.mjs re-renders the wordmark fingerprints (tools/visual/fingerprints.mjs)
  # in DejaVu Sans/Serif/Sans Condensed (fonts-dejavu-extra), Liberation Sans/Sans Narrow/Serif and Noto Sans/Serif
  # CJK JP; fonts-noto-cjk also draws the Japanese text of the tour's screenshots (tools/screenshots.mjs) and e2e pages.
  apt_install --recommends chromium chromium-driver firefox-esr fonts-dejavu-core fonts-dejavu-extra fonts-liberation fonts-noto-cjk
  # geckodriver: for WebDriver-classic Firefox drivers and `wasm-pack test --firefox`. The
  # puppeteer-core (WebDriver BiDi) route needs none, so skip it when the e2e tests don't use it.
  if command -v geckodriver >/dev/null 2>&1; then ok "$(geckodriver --version | head -1) ($(command -v geckodriver))"
  elif [[ -d tests/e2e ]] && ! grep -rqsE --include='*.*js' --include='*.json' '["'"'"'`]geckodriver|GECKODRIVER' tests/e2e; then
    ok "geckodriver not needed (tests/e2e does not use it)"
  else timed "cargo install geckodriver (about 3 min)" "$(host_cargo)" install geckodriver --locked; fi
}

cmd_deps() { # cmd_deps [--test]
  local t0=$SECONDS failed=() part
  MANUAL_FILE=$(mktemp); trap 'rm -f "$MANUAL_FILE"' EXIT
  local parts=(deps_rust_wasm deps_rust_components deps_node deps_wasm_tools deps_zip)
  [[ ${1:-} == --test ]] && parts+=(deps_browsers)
  for part in "${parts[@]}"; do
    isolated "$part"
    [[ $LAST_RC -eq 0 ]] || failed+=("$part")
  done
  finish_manual || failed+=(root)
  [[ ${#failed[@]} -eq 0 ]] || die "deps incomplete: ${failed[*]} (see above)"
  ok "deps ready in $((SECONDS - t0)) s (wasm toolchain: $(wasm_toolchain))"
}
deps_zip() { if command -v zip >/dev/null 2>&1; then ok "zip present"; else apt_install zip; fi; }

# Run directly (not sourced by build.sh).
if [[ ${BASH_SOURCE[0]} == "$0" ]]; then
  case ${1:-} in
    debian-root) deps_debian_root ;;
    ""|--test) cmd_deps "$@" ;;
    *) sed -n '2,/^set -euo/p' "$DEPS_SELF" | sed '$d' | sed 's/^# \{0,1\}//' >&2; die "unknown argument: $1" ;;
  esac
fi
