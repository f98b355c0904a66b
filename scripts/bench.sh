#!/usr/bin/env bash
# `npm run bench`: set up (twiggy too), build the release package, run
# bench/run.mjs, then bench/prerender.mjs (static rendering) and
# bench/portfolio.mjs (several offers in one calendar).
set -euo pipefail
. "$(dirname "$0")/setup.sh" bench
bash "$setup_root/scripts/build.sh"
node "$setup_root/scripts/package.mjs" >/dev/null
node "$setup_root/bench/run.mjs"
node "$setup_root/bench/prerender.mjs"
node "$setup_root/bench/portfolio.mjs"
