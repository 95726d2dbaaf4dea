#!/usr/bin/env bash
# Builds the portal as a main module plus lazily loaded chunks. Trunk runs
# it as a pre_build hook (Trunk.toml) on `trunk build` and on every rebuild
# of `trunk serve`; it also runs on its own (TRUNK_PROFILE=release).
#
# The pipeline of `cargo leptos build --split`, which Trunk 0.22 cannot do:
#   1. cargo: the library as cdylib with the `split` feature, and
#      --emit-relocs on the final link only (dependencies are not rebuilt);
#   2. portal-splitter (tools/splitter): every #[wasm_split] module becomes
#      a chunk, code they share a few shared chunks, plus the chunk loader
#      and the prefetch manifest;
#   3. wasm-bindgen on the main module (the chunks use its memory and table);
#   4. release: wasm-opt -Oz on the main module and every chunk;
#   5. all of it in pkg/<hash>/ (a main module and its chunks only work as a
#      set: one folder per build, cacheable for a year), with the start file.
#
# Output: target/split/pkg/<hash>/ (Trunk copies it to dist/pkg/) and
# target/split/head.html (Trunk inlines it into index.html: the preloads and
# the start script, no inline script).
set -euo pipefail
cd "$(dirname "$0")/.."
NAME=patient_portal
PROFILE=${TRUNK_PROFILE:-release}
BASE=${TRUNK_PUBLIC_URL:-/}
[[ $BASE == */ ]] || BASE="$BASE/"
TARGET=${CARGO_TARGET_DIR:-target}
OUT=target/split
PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

need() {
  command -v "$1" >/dev/null 2>&1 || { echo "build-split: $1 is missing: run scripts/setup.sh" >&2; exit 1; }
}
need portal-splitter
splitter=$(awk -F'"' '/^version = / { print $2; exit }' tools/splitter/Cargo.toml)
if [ "$(portal-splitter --version)" != "portal-splitter $splitter" ]; then
  echo "build-split: tools/splitter is at $splitter, the installed portal-splitter is not: run scripts/setup.sh" >&2
  exit 1
fi
need wasm-bindgen
[ "$PROFILE" = release ] && need wasm-opt

flags=(--locked --target wasm32-unknown-unknown --lib --crate-type cdylib --features split)
[ "$PROFILE" = release ] && flags+=(--release)
cargo rustc "${flags[@]}" -- -C link-arg=--emit-relocs

work=$OUT/work
rm -rf "$work" && mkdir -p "$work"
# Code the sections share goes into a few larger chunks (one per set of the
# modules named here that share it), not one file per set of sections: the
# demo's shared code stays apart from what connected mode loads.
portal-splitter "$TARGET/wasm32-unknown-unknown/$PROFILE/$NAME.wasm" "$work" "$OUT/main.wasm" "$NAME" demo,portaal,informatie >/dev/null
wasm-bindgen --target web --keep-lld-exports --no-demangle --no-typescript \
  --out-name "$NAME" --out-dir "$work" "$OUT/main.wasm"
if [ "$PROFILE" = release ]; then
  for f in "$work"/*.wasm; do
    # (its warnings about the name section the linker writes are noise)
    wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int "$f" -o "$f" 2> >(grep -v "unknown name subsection" >&2)
  done
fi
node scripts/split-start.mjs "$work" "$NAME"

hash=$(cat "$work"/* | sha256sum | cut -c1-16)
rm -rf "$OUT/pkg" && mkdir -p "$OUT/pkg" && mv "$work" "$OUT/pkg/$hash"
node scripts/split-head.mjs "$OUT/pkg/$hash" "${BASE}pkg/$hash" "$NAME" "$BASE" > "$OUT/head.html"
echo "split build ($PROFILE): pkg/$hash, $(ls "$OUT/pkg/$hash"/*.wasm | wc -l) wasm files"
