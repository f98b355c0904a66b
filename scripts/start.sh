#!/usr/bin/env bash
# `npm start`: set up what is missing, build, and serve www/ at
# http://127.0.0.1:8080/ (PORT overrides).
set -euo pipefail
. "$(dirname "$0")/setup.sh" serve
bash "$setup_root/scripts/build.sh"
exec node "$setup_root/scripts/serve.mjs"
