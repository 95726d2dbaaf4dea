#!/usr/bin/env bash
# Installs everything the portal needs to build, serve and test, skipping
# what is already present (a second run takes seconds):
#   wasm32 target, trunk 0.22.1, wasm-bindgen-cli (the version in Cargo.lock),
#   Debian's chromium + chromium-driver, the npm packages (wasm-opt comes from
#   npm's binaryen: Debian's breaks the wasm), and the crates (for --offline).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.22.1
step() { printf '\n== %s\n' "$*"; }
have() { command -v "$1" >/dev/null 2>&1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

step "Rust target wasm32-unknown-unknown"
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "present"
else
  rustup target add wasm32-unknown-unknown
fi

step "trunk $TRUNK_VERSION"
if have trunk && [ "$(trunk --version 2>/dev/null)" = "trunk $TRUNK_VERSION" ]; then
  echo "present"
else
  # trunk 0.22 asks for a newer rustc than this machine has but runs fine;
  # thin LTO settings save minutes on two cores.
  CARGO_PROFILE_RELEASE_LTO=false CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
    cargo install --locked --ignore-rust-version "trunk@$TRUNK_VERSION"
fi

WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' Cargo.lock)
step "wasm-bindgen-cli $WBG_VERSION (same as the crate)"
if have wasm-bindgen && [ "$(wasm-bindgen --version 2>/dev/null)" = "wasm-bindgen $WBG_VERSION" ] && have wasm-bindgen-test-runner; then
  echo "present"
else
  # --locked fails here: a locked dependency is missing from the registry mirror.
  cargo install --force "wasm-bindgen-cli@$WBG_VERSION"
fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "Trunk.toml pins another wasm-bindgen than Cargo.lock ($WBG_VERSION): update [tools]" >&2
  exit 1
fi

# The splitter's library with the project's patch (tools/splitter/
# coarse-chunks.patch), unpacked from cargo's download of the crate into the
# folder tools/splitter/Cargo.toml patches crates-io with.
SPLIT_LIB=wasm_split_cli_support-0.2.4
SPLIT_SRC="$PWD/target/tools/$SPLIT_LIB"
SPLIT_PATCH=$(sha256sum tools/splitter/coarse-chunks.patch | cut -c1-16)
step "$SPLIT_LIB with tools/splitter/coarse-chunks.patch"
if [ -f "$SPLIT_SRC/.patched-$SPLIT_PATCH" ]; then
  echo "present"
else
  have patch || { as_root apt-get update && DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends patch; }
  crate() { ls "${CARGO_HOME:-$HOME/.cargo}"/registry/cache/*/"$SPLIT_LIB.crate" 2>/dev/null | head -n 1; }
  if [ -z "$(crate)" ]; then
    fetch=$(mktemp -d)
    mkdir "$fetch/src" && touch "$fetch/src/lib.rs"
    printf '[package]\nname = "fetch"\nversion = "0.0.0"\nedition = "2024"\n\n[dependencies]\nwasm_split_cli_support = "=0.2.4"\n' > "$fetch/Cargo.toml"
    (cd "$fetch" && cargo fetch -q)
    rm -rf "$fetch"
  fi
  [ -n "$(crate)" ] || { echo "setup: cargo did not download $SPLIT_LIB" >&2; exit 1; }
  rm -rf "$SPLIT_SRC" && mkdir -p "$(dirname "$SPLIT_SRC")"
  tar xzf "$(crate)" -C "$(dirname "$SPLIT_SRC")"
  patch -s -d "$(dirname "$SPLIT_SRC")" -p1 < tools/splitter/coarse-chunks.patch
  touch "$SPLIT_SRC/.patched-$SPLIT_PATCH"
fi

SPLITTER_VERSION=$(awk -F'"' '/^version = / { print $2; exit }' tools/splitter/Cargo.toml)
step "portal-splitter $SPLITTER_VERSION (tools/splitter: the split build's wasm splitter)"
if have portal-splitter && [ "$(portal-splitter --version 2>/dev/null)" = "portal-splitter $SPLITTER_VERSION" ]; then
  echo "present"
else
  # Its own target folder: the portal's builds never share one with it.
  CARGO_TARGET_DIR="$PWD/target/tools" cargo install --locked --force --path tools/splitter
fi

step "Chromium and ChromeDriver (Debian)"
if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then
  echo "present"
else
  as_root apt-get update
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y --no-install-recommends chromium chromium-driver
fi

step "npm packages (Playwright, axe, binaryen, NL Design System CSS)"
if [ -f node_modules/.package-lock.json ] && [ node_modules/.package-lock.json -nt package-lock.json ] \
   && [ -x node_modules/.bin/wasm-opt ]; then
  echo "present"
else
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

step "test backend npm packages (oidc-provider, medplum; tests/backend)"
if [ -f tests/backend/node_modules/.package-lock.json ] \
   && [ tests/backend/node_modules/.package-lock.json -nt tests/backend/package-lock.json ]; then
  echo "present"
else
  (cd tests/backend && npm ci --no-audit --no-fund)
fi

step "crates"
cargo fetch --locked >/dev/null
echo "fetched"
