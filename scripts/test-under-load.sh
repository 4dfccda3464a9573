#!/usr/bin/env bash
# The load proof: runs `npm test` (as CI does, CI=true) while a CPU-bound busy loop runs beside it, and
# prints the wall time. The suite must pass; see TESTING.md ("Under load").
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export CI=true
(while :; do :; done) &
hog=$!
trap 'kill "$hog" 2>/dev/null || true' EXIT
start=$(date +%s)
status=0
npm test || status=$?
echo "npm test beside a CPU-bound busy loop: exit ${status} after $(($(date +%s) - start)) s"
exit "$status"
