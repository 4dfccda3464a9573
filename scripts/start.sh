#!/usr/bin/env bash
# The main job on the local sandbox: a release cycle played through the bundled actions.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
node24="$(bash scripts/node24.sh)"
for yml in actions/*/action.yml; do
  name="$(basename "$(dirname "$yml")")"
  if [[ ! -f "dist/$name/index.js" ]]; then
    echo "dist/$name/index.js is missing; building the bundles first." >&2
    bash scripts/build.sh
    break
  fi
done
exec "$node24" sandbox/demo.ts "$@"
