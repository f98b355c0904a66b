#!/usr/bin/env bash
# `npm test`: set up what is missing, then run every suite. Stops at the first
# failure. Nothing is skipped: a missing browser is installed, or setup fails.
set -euo pipefail
. "$(dirname "$0")/setup.sh" test
cd "$setup_root"

step() { printf '\n\033[1m== %s\033[0m\n' "$*" >&2; }

step "layers: every module uses only its own rung of docs/architecture.md or below"
node scripts/check-layers.mjs

step "native: cargo test (rules, differential oracle, doctests)"
cargo test --quiet

step "lint: cargo fmt --check, cargo clippy -D warnings, cargo doc -D warnings"
cargo fmt --check
cargo clippy --quiet --all-targets -- -D warnings
cargo clippy --quiet --target wasm32-unknown-unknown --all-targets -- -D warnings
RUSTDOCFLAGS="-D warnings" cargo doc --quiet --no-deps

step "browser: wasm-pack test --headless --chrome (bindings, renderer, 460+ malformed inputs)"
wasm-pack test --headless --chrome -- --test web --test dom --test malformed --test prerendered --test portfolio_web

step "browser: wasm-pack test --headless --firefox (bindings, renderer, 460+ malformed inputs)"
wasm-pack test --headless --firefox -- --test web --test dom --test malformed --test prerendered --test portfolio_web

# Every purchase date 1900..2199 against bench/reference.mjs in each browser:
# an optimized build, and more than the runner's default 20 s for the file.
step "browser: exhaustive differential against the plain-JS reference, Chrome and Firefox"
WASM_BINDGEN_TEST_TIMEOUT=600 wasm-pack test --release --headless --chrome -- --test browser_differential -- --nocapture
WASM_BINDGEN_TEST_TIMEOUT=600 wasm-pack test --release --headless --firefox -- --test browser_differential -- --nocapture

step "build: release package into www/pkg, test-hooks package into target/pkg-test-hooks"
bash scripts/build.sh
bash scripts/build.sh --test-hooks

step "package: dist/ and the npm tarball (npm run package's second half)"
node scripts/package.mjs

step "docs example: the worked examples prerendered into a static page (npm run docs:example's last step)"
node scripts/docs-example.mjs

step "node, page and package tests: node --test (the module in Node; the page in Chromium; the npm package)"
node --test --test-concurrency=1 tests/node/ tests/page/ tests/package/

step "examples: the widget inside VitePress, Docusaurus, Starlight and MkDocs Material"
bash scripts/examples.sh
node --test --test-concurrency=1 tests/examples/
