#!/usr/bin/env bash
# Sets up (idempotently) and runs every check and test of the portal:
# demo data up to date, fmt, clippy (host and wasm), native unit tests
# (with the decoders' property tests), component tests in headless
# Chromium, the release build and its size budget, the performance
# benchmark, the Playwright end-to-end tests (demo mode, and connected mode
# against the test backend), and the test backend's own tests (sign-in and
# the access rules enforced at the server, without the app).
# Ends with "N passed, N failed", counted from each runner's summary.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "setup failed"; echo "0 passed, 1 failed"; exit 1; }
. scripts/env.sh

logs=target/test-logs
mkdir -p "$logs"
passed=0
failed=0
broken=()
timings=()

# run NAME COMMAND...: runs a step, keeps its output in target/test-logs.
run() {
  local name=$1
  shift
  printf '\n== %s: %s\n' "$name" "$*"
  local start=$SECONDS
  "$@" 2>&1 | tee "$logs/$name.log"
  local rc=${PIPESTATUS[0]}
  timings+=("$(printf '%-12s %4ss' "$name" $((SECONDS - start)))")
  if [ "$rc" -ne 0 ]; then
    broken+=("$name")
    printf '!! %s failed (exit %s)\n' "$name" "$rc"
  fi
  return "$rc"
}

# Tests counted from each runner's own summary (scripts/tally.sh); a runner
# that crashed counts as a failure. A check without tests counts as one.
tally() {
  local counts
  counts=$(scripts/tally.sh "$2" "$logs/$1.log" "$3")
  passed=$((passed + ${counts% *}))
  failed=$((failed + ${counts#* }))
}
check() {
  if run "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

check demo-data node tools/demo/generate.mjs --check
check glossary node tools/glossary/check.mjs
check fmt cargo fmt --check
check clippy cargo clippy --locked --all-targets -- -D warnings
check clippy-wasm cargo clippy --locked --lib --target wasm32-unknown-unknown -- -D warnings
# The split build's code (split points, the start) as scripts/build-split.sh compiles it.
check clippy-split cargo clippy --locked --lib --target wasm32-unknown-unknown --features split -- -D warnings

run backend npm --prefix tests/backend test
tally backend node $?

run scripts node --test --test-reporter=spec tests/scripts/
tally scripts node $?

run unit cargo test --locked
tally unit cargo $?

run components cargo test --locked --target wasm32-unknown-unknown --test components
tally components cargo $?

if check build trunk build --release; then
  check bundle scripts/bundle-size.sh dist
  # Performance figures beside their budgets (README "Performance budgets"):
  # fails on a bundle over budget, a memory leak over 50 patient switches,
  # or a figure it cannot measure; a slow time is reported, not failed.
  check bench node scripts/bench.mjs
  run e2e npx playwright test
  tally e2e playwright $?
  # The same suite and build in connected mode: each Playwright worker
  # starts its own test backend, the portal is served with a config in fhir
  # mode, and tests/connected adds the connected-only tests (failures on the
  # wire, token refresh, the provider session).
  run e2e-connected npx playwright test -c playwright.connected.config.mjs
  tally e2e-connected playwright $?
else
  echo "!! no release build: bundle and end-to-end tests not run"
  failed=$((failed + 3))
fi

echo
echo "step times:"
printf '  %s\n' "${timings[@]}"
if [ ${#broken[@]} -gt 0 ]; then
  echo "failed steps: ${broken[*]} (logs in $logs/)"
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ ${#broken[@]} -eq 0 ]
