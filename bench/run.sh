#!/usr/bin/env bash
# npm run bench: the benchmarks of bench/bench.ts under Node 24 (several minutes; not part of CI).
# Writes bench/RESULTS.md and bench/results.json. Rebuild the bundles first (npm run build) so they are current.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_COLOR=1
# Wall times with the pauses between writes GitHub asks for (the tests leave them out against the stand-in).
export PORTAL_RELEASE_WRITE_PACING=github
unset HTTP_PROXY HTTPS_PROXY http_proxy https_proxy
node24="$(bash scripts/node24.sh)"
exec "$node24" bench/bench.ts "$@"
