#!/usr/bin/env bash
# Generates the policy validator (Ajv standalone code), type-checks, then bundles every actions/<name>/index.ts into dist/<name>/index.js (ESM) with ncc.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
"$(bash scripts/node24.sh)" scripts/policy-validator.ts
npx --no-install tsc -p .
for yml in actions/*/action.yml; do
  name="$(basename "$(dirname "$yml")")"
  rm -rf "dist/$name"
  npx --no-install ncc build "actions/$name/index.ts" -o "dist/$name" --quiet --no-source-map-register
  if grep -q webpackMissingModule "dist/$name"/*.js; then
    echo "dist/$name/index.js has unresolved modules (is package.json still \"type\": \"module\"?)" >&2
    exit 1
  fi
done
# The CLI (portal-release <action> …): the same library code, one executable bundle with its shebang.
rm -rf dist/cli
npx --no-install ncc build cli/portal-release.ts -o dist/cli --quiet --no-source-map-register
if grep -q webpackMissingModule dist/cli/*.js || [[ "$(head -n 1 dist/cli/index.js)" != '#!/usr/bin/env node' ]]; then
  echo "dist/cli/index.js is broken (unresolved modules or no #!/usr/bin/env node line)" >&2
  exit 1
fi
# The stamp the bundle tests compare with the sources (a hash of each source file, not a time).
"$(bash scripts/node24.sh)" scripts/dist-stamp.ts
