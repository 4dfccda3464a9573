#!/usr/bin/env bash
# Generates the policy validator (Ajv standalone code), type-checks, then bundles every actions/<name>/index.ts into
# dist/<name>/index.js (ESM) with ncc, and the CLI into dist/cli/index.js; two bundles at a time.
# PORTAL_RELEASE_TYPECHECKED=1 skips the type-check (scripts/test.sh has just run it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
"$(bash scripts/node24.sh)" scripts/policy-validator.ts
if [[ -z "${PORTAL_RELEASE_TYPECHECKED:-}" ]]; then
  npx --no-install tsc -p .
fi

# bundle <entry> <out-dir>: one ncc build, then the checks every bundle must pass.
bundle() {
  local entry="$1" out="$2"
  rm -rf "$out"
  npx --no-install ncc build "$entry" -o "$out" --quiet --no-source-map-register
  if grep -q webpackMissingModule "$out"/*.js; then
    echo "$out/index.js has unresolved modules (is package.json still \"type\": \"module\"?)" >&2
    return 1
  fi
}
export -f bundle

jobs=()
for yml in actions/*/action.yml; do
  name="$(basename "$(dirname "$yml")")"
  jobs+=("actions/$name/index.ts" "dist/$name")
done
# The CLI (portal-release <action> …): the same library code, one executable bundle with its shebang.
jobs+=(cli/portal-release.ts dist/cli)
# shellcheck disable=SC2016 # $1 and $2 are expanded by the inner bash, on purpose.
printf '%s\0' "${jobs[@]}" | xargs -0 -n 2 -P 2 bash -c 'bundle "$1" "$2"' _
if [[ "$(head -n 1 dist/cli/index.js)" != '#!/usr/bin/env node' ]]; then
  echo "dist/cli/index.js has no #!/usr/bin/env node line" >&2
  exit 1
fi
# The stamp the bundle tests compare with the sources (a hash of each source file, not a time).
"$(bash scripts/node24.sh)" scripts/dist-stamp.ts
