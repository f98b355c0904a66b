#!/usr/bin/env bash
# Installs and builds the example documentation sites of examples/, each the
# smallest real project of its generator, embedding the widget from the packed
# tarball as a user would (npm install of the .tgz):
#   examples/vitepress    VitePress, default theme     vitepress build
#   examples/docusaurus   Docusaurus, classic preset    docusaurus build
#   examples/starlight    Astro Starlight               astro build
#   examples/mkdocs       MkDocs Material (Python)      mkdocs build
#   bash scripts/examples.sh [vitepress|docusaurus|starlight|mkdocs ...]
# builds the ones named (default: all four).
# Each site is built twice: with the widget, and with MPN_EXAMPLE_NO_WIDGET=1,
# which leaves the widget's code out (into a second folder), so that
# tests/examples/ can compare the site's own theme with and without it.
#
# Installs are cached: `npm ci` runs only when node_modules is missing or
# older than the example's package-lock.json, and pip only when the venv is
# missing or older than requirements.txt. The tarball is installed fresh every
# time, without writing it into package.json or the lock file (it changes at
# every build, and so does its integrity hash).
#
# Needs target/mpn-renewal-calendar-<version>.tgz (`npm run package`, or
# `node scripts/package.mjs` after a build), or the tarball named by
# MPN_EXAMPLE_TARBALL. Any step that fails stops
# everything with a message that says which.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
examples="$root/examples"

say() { printf '\033[1m[examples]\033[0m %s\n' "$*" >&2; }
fail() {
  printf '\033[1;31m[examples] failed:\033[0m %s\n' "$*" >&2
  exit 1
}

version=$(node -p "require('$root/package.json').version")
tarball=${MPN_EXAMPLE_TARBALL:-$root/target/mpn-renewal-calendar-$version.tgz}
[ -f "$tarball" ] || fail "$tarball is missing: run 'npm run package' (or 'node scripts/package.mjs' after a build) first."
tarball_sum=$(sha256sum "$tarball" | cut -d' ' -f1)

# Quiet, offline-friendly generators: no telemetry, no update checks, no banners.
export ASTRO_TELEMETRY_DISABLED=1 NO_UPDATE_NOTIFIER=1 NO_MKDOCS_2_WARNING=1 npm_config_update_notifier=false

now() { date +%s.%N; }
seconds_since() { awk -v start="$1" -v end="$(now)" 'BEGIN { printf "%.1f", end - start }'; }
summary=()

# npm ci (cached), then the fresh tarball.
install_npm() {
  local name=$1 dir="$examples/$1" start
  start=$(now)
  if [ ! -f "$dir/node_modules/.package-lock.json" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "$name: npm ci"
    (cd "$dir" && npm ci --no-audit --no-fund) || fail "$name: npm ci failed (see npm's message above)."
  fi
  # A new tarball (same version, other files) must not meet caches made from
  # the last one: webpack's persistent cache (Docusaurus) identifies packages
  # in node_modules by name and version only.
  if [ "$(cat "$dir/node_modules/.mpn-renewal-calendar.sha256" 2>/dev/null)" != "$tarball_sum" ]; then
    rm -rf "$dir/node_modules/mpn-renewal-calendar" "$dir/node_modules/.cache"
  fi
  # --no-save: neither package.json nor package-lock.json is written.
  (cd "$dir" && npm install --no-save --no-audit --no-fund --prefer-offline "$tarball" >/dev/null) ||
    fail "$name: npm install of $tarball failed (see npm's message above)."
  [ -f "$dir/node_modules/mpn-renewal-calendar/package.json" ] || fail "$name: the tarball did not install into node_modules."
  echo "$tarball_sum" >"$dir/node_modules/.mpn-renewal-calendar.sha256"
  # The locked packages are still there (npm install may prune what it thinks extraneous).
  (cd "$dir" && npm ls --depth=0 >/dev/null) || fail "$name: npm ls reports missing or invalid packages after installing the tarball."
  install_seconds=$(seconds_since "$start")
}

# Runs a build twice (with, then without the widget) and records the times.
build_twice() {
  local name=$1 label=$2 start with without
  shift 2
  start=$(now)
  (cd "$examples/$name" && "$@") || fail "$name: '$*' failed (see its output above)."
  with=$(seconds_since "$start")
  start=$(now)
  (cd "$examples/$name" && MPN_EXAMPLE_NO_WIDGET=1 "$@") || fail "$name: 'MPN_EXAMPLE_NO_WIDGET=1 $*' failed (see its output above)."
  without=$(seconds_since "$start")
  summary+=("$(printf '%-11s %-36s install %6ss  build %6ss  without the widget %6ss' "$name" "$label" "$install_seconds" "$with" "$without")")
}

wanted=("${@:-vitepress docusaurus starlight mkdocs}")
wanted=" ${wanted[*]} "
for name in $wanted; do
  [ -d "$examples/$name" ] || fail "no example named '$name' (examples/: vitepress docusaurus starlight mkdocs)."
done
want() { [[ "$wanted" == *" $1 "* ]]; }

npm_version() { node -p "require('$examples/$1/node_modules/$2/package.json').version"; }

example_vitepress() {
  install_npm vitepress
  build_twice vitepress "VitePress $(npm_version vitepress vitepress)" ./node_modules/.bin/vitepress build docs
}

# The output folder is a command-line option of `docusaurus build`, not a setting.
docusaurus_build() {
  if [ "${MPN_EXAMPLE_NO_WIDGET:-}" = 1 ]; then
    ./node_modules/.bin/docusaurus build --out-dir build-no-widget
  else
    ./node_modules/.bin/docusaurus build
  fi
}
example_docusaurus() {
  install_npm docusaurus
  build_twice docusaurus "Docusaurus $(npm_version docusaurus @docusaurus/core)" docusaurus_build
}

example_starlight() {
  install_npm starlight
  build_twice starlight "Starlight $(npm_version starlight @astrojs/starlight), Astro $(npm_version starlight astro)" ./node_modules/.bin/astro build
}

# MkDocs, with pip into examples/mkdocs/.venv (a venv, so no system package is touched).
install_mkdocs() {
  local dir=$1 runner=()
  command -v python3 >/dev/null || fail "python3 is missing: MkDocs needs Python 3 with venv (Debian: apt-get install python3 python3-venv)."
  if [ -x "$dir/.venv/bin/mkdocs" ] && [ -f "$dir/.venv/.installed" ] && [ ! "$dir/requirements.txt" -nt "$dir/.venv/.installed" ]; then
    return
  fi
  rm -rf "$dir/.venv"
  if ! python3 -m venv "$dir/.venv" 2>/dev/null; then
    # Debian's python3 comes without ensurepip: python3-venv brings it.
    rm -rf "$dir/.venv"
    command -v apt-get >/dev/null || fail "'python3 -m venv' does not work and there is no apt-get: install Python's venv module (Debian: python3-venv)."
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null && sudo -n true 2>/dev/null ||
        fail "'python3 -m venv' does not work and this user cannot install Debian packages: run 'sudo apt-get install -y python3-venv' once, then this again."
      runner=(sudo -n)
    fi
    say "installing python3-venv with apt-get"
    "${runner[@]}" apt-get update -qq || fail "apt-get update failed."
    DEBIAN_FRONTEND=noninteractive "${runner[@]}" apt-get install -y -qq python3-venv >/dev/null || fail "apt-get could not install python3-venv."
    python3 -m venv "$dir/.venv" || fail "'python3 -m venv' still fails after installing python3-venv."
  fi
  say "mkdocs: pip install -r requirements.txt"
  "$dir/.venv/bin/pip" install --quiet --disable-pip-version-check -r "$dir/requirements.txt" ||
    fail "mkdocs: pip could not install requirements.txt (see pip's message above)."
  touch "$dir/.venv/.installed"
}
mkdocs_build() {
  if [ "${MPN_EXAMPLE_NO_WIDGET:-}" = 1 ]; then
    .venv/bin/mkdocs build --strict --quiet -f mkdocs-no-widget.yml
  else
    .venv/bin/mkdocs build --strict --quiet
  fi
}
example_mkdocs() {
  local dir="$examples/mkdocs" start package version
  start=$(now)
  install_mkdocs "$dir"
  install_npm mkdocs
  install_seconds=$(seconds_since "$start")
  # The widget's runtime, copied to where extra_javascript finds it: the
  # files a static host serves (as in dist/).
  package="$dir/node_modules/mpn-renewal-calendar"
  rm -rf "$dir/docs/widgets"
  mkdir -p "$dir/docs/widgets/pkg"
  cp "$package/mpn-renewal-calendar.js" "$package/api.js" "$package/instance.js" "$package/mpn-renewal-calendar.css" "$dir/docs/widgets/" ||
    fail "mkdocs: the package lacks a file of the widget's runtime."
  cp "$package/pkg/mpn_renewal_calendar.js" "$package/pkg/mpn_renewal_calendar_bg.wasm" "$dir/docs/widgets/pkg/" ||
    fail "mkdocs: the package lacks the wasm or its glue."
  version=$("$dir/.venv/bin/python" -c 'import importlib.metadata as m; print(m.version("mkdocs-material"), "/ MkDocs", m.version("mkdocs"))')
  build_twice mkdocs "MkDocs Material $version" mkdocs_build
}

for name in vitepress docusaurus starlight mkdocs; do
  want "$name" || continue
  say "$name"
  "example_$name"
done

say "built (times in seconds; install includes the tarball's):"
printf '  %s\n' "${summary[@]}" >&2
