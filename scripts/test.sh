#!/usr/bin/env bash
# Sets up (idempotently) and runs every check and test of the portal:
# demo data up to date, fmt, clippy (host and wasm), native unit tests
# (with the decoders' property tests), component tests in headless
# Chromium, the release build and its size budget, the performance
# benchmark, the Playwright end-to-end tests (demo mode, and connected mode
# against the test backend), and the test backend's own tests (sign-in and
# the access rules enforced at the server, without the app).
# Ends with "N passed, N failed".
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

# Tests counted from the runners' own summaries; a check without tests
# counts as one.
count_cargo() {
  local p f
  p=$(grep -hoE '[0-9]+ passed' "$logs/$1.log" | awk '{s+=$1} END {print s+0}')
  f=$(grep -hoE '[0-9]+ failed' "$logs/$1.log" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p))
  failed=$((failed + f))
}
check() {
  if run "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

check demo-data node tools/demo/generate.mjs --check
check glossary node tools/glossary/check.mjs
check fmt cargo fmt --check
check clippy cargo clippy --locked --all-targets -- -D warnings
check clippy-wasm cargo clippy --locked --lib --target wasm32-unknown-unknown -- -D warnings

run backend npm --prefix tests/backend test
rc=$?
p=$(grep -hoE '^ℹ pass [0-9]+' "$logs/backend.log" | awk '{s+=$3} END {print s+0}')
f=$(grep -hoE '^ℹ fail [0-9]+' "$logs/backend.log" | awk '{s+=$3} END {print s+0}')
passed=$((passed + p))
failed=$((failed + f))
[ $rc -ne 0 ] && [ "$f" -eq 0 ] && failed=$((failed + 1))

run unit cargo test --locked
rc=$?
count_cargo unit
[ $rc -ne 0 ] && ! grep -q ' failed' "$logs/unit.log" && failed=$((failed + 1))

run components cargo test --locked --target wasm32-unknown-unknown --test components
rc=$?
count_cargo components
[ $rc -ne 0 ] && ! grep -qE '[1-9][0-9]* failed' "$logs/components.log" && failed=$((failed + 1))

if check build trunk build --release; then
  check bundle scripts/bundle-size.sh dist
  # Performance figures beside their budgets (README "Performance budgets"):
  # fails on a bundle over budget, a memory leak over 50 patient switches,
  # or a figure it cannot measure; a slow time is reported, not failed.
  check bench node scripts/bench.mjs
  run e2e npx playwright test
  rc=$?
  p=$(grep -hoE '^\s+[0-9]+ passed' "$logs/e2e.log" | awk '{s+=$1} END {print s+0}')
  f=$(grep -hoE '^\s+[0-9]+ (failed|flaky)' "$logs/e2e.log" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p))
  failed=$((failed + f))
  [ $rc -ne 0 ] && [ "$f" -eq 0 ] && failed=$((failed + 1))
  # The same suite and build in connected mode: each Playwright worker
  # starts its own test backend, the portal is served with a config in fhir
  # mode, and tests/connected adds the connected-only tests (failures on the
  # wire, token refresh, the provider session).
  run e2e-connected npx playwright test -c playwright.connected.config.mjs
  rc=$?
  p=$(grep -hoE '^\s+[0-9]+ passed' "$logs/e2e-connected.log" | awk '{s+=$1} END {print s+0}')
  f=$(grep -hoE '^\s+[0-9]+ (failed|flaky)' "$logs/e2e-connected.log" | awk '{s+=$1} END {print s+0}')
  passed=$((passed + p))
  failed=$((failed + f))
  [ $rc -ne 0 ] && [ "$f" -eq 0 ] && failed=$((failed + 1))
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
