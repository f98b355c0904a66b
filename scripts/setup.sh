#!/usr/bin/env bash
# Installs what the project needs and skips what is already there.
#   scripts/setup.sh serve   what `npm start` needs: Rust's wasm target,
#                            wasm-pack, the matching wasm-bindgen CLI, npm packages
#   scripts/setup.sh test    the same, plus Chromium, ChromeDriver, Firefox and
#                            geckodriver for the browser tests
#   scripts/setup.sh bench   the same as test, plus twiggy for `npm run bench`
# Source it (`. scripts/setup.sh test`) so that PATH changes reach the caller.
# Any step that cannot be done stops everything with a message that says what
# is missing and how to get it.

setup_mode=${1:-serve}
setup_root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

say() { printf '\033[1m[setup]\033[0m %s\n' "$*" >&2; }
fail() {
  printf '\033[1;31m[setup] cannot continue:\033[0m %s\n' "$*" >&2
  exit 1
}

# cargo puts the tools it installs here; make them visible now.
export PATH="$HOME/.cargo/bin:$setup_root/node_modules/.bin:$PATH"

command -v cargo >/dev/null || fail "cargo is missing. Install Rust with rustup (https://rustup.rs), then run this again."
command -v rustup >/dev/null || fail "rustup is missing: the wasm32 target is installed through it. Install Rust with rustup (https://rustup.rs)."
command -v node >/dev/null || fail "Node.js is missing. Install Node.js 20 or newer (with npm)."
command -v npm >/dev/null || fail "npm is missing. Install Node.js 20 or newer (with npm)."
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || fail "Node.js $(node --version) is too old: 20 or newer is needed."

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown || fail "rustup could not add the wasm32-unknown-unknown target."
fi

# The wasm-bindgen CLI must be exactly the version of the wasm-bindgen crate,
# which Cargo.toml pins with "=" and Cargo.lock records.
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' "$setup_root/Cargo.lock")
[ -n "$wasm_bindgen_version" ] || fail "Cargo.lock does not name a wasm-bindgen version."
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]; then
  say "installing wasm-bindgen-cli $wasm_bindgen_version (several minutes, once)"
  # No --locked: the registry copy may lack a few of the newest transitive versions.
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" ||
    fail "cargo could not install wasm-bindgen-cli $wasm_bindgen_version."
fi

if ! command -v wasm-pack >/dev/null; then
  say "installing wasm-pack (several minutes, once)"
  cargo install wasm-pack || fail "cargo could not install wasm-pack."
fi

# npm packages: install when node_modules is missing or older than the lock file.
if [ ! -f "$setup_root/node_modules/.package-lock.json" ] ||
  [ "$setup_root/package-lock.json" -nt "$setup_root/node_modules/.package-lock.json" ]; then
  say "installing npm packages (npm ci)"
  (cd "$setup_root" && npm ci --no-audit --no-fund) || fail "npm ci failed: see npm's message above."
fi

apt_install() {
  local runner=()
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null && sudo -n true 2>/dev/null ||
      fail "$* missing and this user cannot install Debian packages: run 'sudo apt-get install -y $*' once, then this again."
    runner=(sudo -n)
  fi
  command -v apt-get >/dev/null || fail "$* missing and there is no apt-get here: install them with this system's package manager."
  say "installing $* with apt-get"
  "${runner[@]}" apt-get update -qq || fail "apt-get update failed."
  DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq "$@" >/dev/null ||
    fail "apt-get could not install $*."
}

if [ "$setup_mode" = test ] || [ "$setup_mode" = bench ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  command -v firefox >/dev/null || missing+=(firefox-esr)
  [ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
  if ! command -v geckodriver >/dev/null; then
    say "installing geckodriver (a few minutes, once)"
    cargo install geckodriver || fail "cargo could not install geckodriver."
  fi
fi

if [ "$setup_mode" = bench ] && ! command -v twiggy >/dev/null; then
  say "installing twiggy (a few minutes, once)"
  cargo install twiggy || fail "cargo could not install twiggy."
fi
