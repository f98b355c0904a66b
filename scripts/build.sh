#!/usr/bin/env bash
# Builds the release wasm package into www/pkg (or, with --test-hooks, a test
# package into target/pkg-test-hooks): wasm-pack (LTO, opt-level z,
# panic abort; see Cargo.toml), then wasm-opt -Oz from the npm package binaryen.
set -euo pipefail
. "$(dirname "$0")/setup.sh" serve
cd "$setup_root"
# The element's styles travel inside its module (scripts/stylesheet-module.mjs).
node scripts/stylesheet-module.mjs
if [ "${1:-}" = --test-hooks ]; then
  # A separate, unoptimized package with the test-only exports, for the page
  # test of trap recovery. The release package in www/pkg never has them.
  wasm-pack build --target web --dev --out-dir target/pkg-test-hooks --no-pack -- --features test-hooks
  exit 0
fi
# Panic locations name their source files; without remapping, they carry this
# machine's cargo and rustup folders into the module (and its bytes would
# differ from one machine to another). Remapped, they read "chrono-0.4.45/...".
cargo_home="${CARGO_HOME:-$HOME/.cargo}"
remaps=("--remap-path-prefix=$setup_root/=" "--remap-path-prefix=$(rustc --print sysroot)/lib/rustlib/src/rust/=")
for registry in "$cargo_home"/registry/src/*/; do remaps+=("--remap-path-prefix=$registry="); done
RUSTFLAGS="${RUSTFLAGS:+$RUSTFLAGS }${remaps[*]}" \
  wasm-pack build --target web --release --out-dir www/pkg --no-pack
# The renderer's JavaScript half (src/calendar/build.js) comes out as a
# snippet module that the glue imports. Bundle it into the glue, so that a page
# loads one module instead of discovering a second one only once the first has
# arrived (and a static host has one file fewer to serve).
esbuild www/pkg/mpn_renewal_calendar.js --bundle --format=esm --platform=neutral \
  --log-level=warning --outfile=www/pkg/mpn_renewal_calendar.bundled.js
mv www/pkg/mpn_renewal_calendar.bundled.js www/pkg/mpn_renewal_calendar.js
rm -rf www/pkg/snippets
wasm="www/pkg/mpn_renewal_calendar_bg.wasm"
# Keep a copy with function names for twiggy (wasm-opt strips them).
mkdir -p target && cp "$wasm" target/wasm-with-names.wasm
# rustc's wasm32 target emits these proposals by default; tell wasm-opt so.
features=(--enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext
  --enable-mutable-globals --enable-reference-types --enable-multivalue)
# The producers and target-features sections tell tools how the module was
# made; a browser never reads them.
wasm-opt -Oz --strip-producers --strip-target-features "${features[@]}" "$wasm" -o "$wasm.opt"
mv "$wasm.opt" "$wasm"
# One- and two-letter names between the wasm and its glue, instead of
# wasm-bindgen's hashed ones (1.4 KB gzip less in the wasm alone).
node scripts/minify-names.mjs "$wasm" www/pkg/mpn_renewal_calendar.js www/pkg/mpn_renewal_calendar.d.ts "${features[@]}"
say "built $wasm ($(wc -c <"$wasm") bytes, $(gzip -9c "$wasm" | wc -c) gzip)"
