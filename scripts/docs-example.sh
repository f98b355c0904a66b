#!/usr/bin/env bash
# `npm run docs:example`: the release build, the package, then the example
# documentation build (scripts/docs-example.mjs) into target/docs-example/.
set -euo pipefail
. "$(dirname "$0")/setup.sh" serve
cd "$setup_root"
bash scripts/build.sh
node scripts/package.mjs >/dev/null
node scripts/docs-example.mjs
