#!/usr/bin/env bash
# Counts the tests of one runner's log from the runner's own summary lines
# only, and prints "PASSED FAILED":
#   cargo      cargo test and wasm-bindgen-test: "test result: … N passed; N failed"
#   node       node's test runner: "ℹ pass N", "ℹ fail N", "ℹ cancelled N"
#   playwright "N passed", "N failed", "N flaky", "N interrupted"
# A runner that exited non-zero (EXIT) with no failure in its summary
# crashed or never reported: that counts as one failure.
#
#   scripts/tally.sh KIND LOG EXIT
set -uo pipefail
kind=$1 log=$2 rc=$3
sum() { awk -v f="$1" '{s+=$f} END {print s+0}'; }
case $kind in
  cargo)
    p=$(grep -hE '^test result: ' "$log" | grep -oE '[0-9]+ passed' | sum 1)
    f=$(grep -hE '^test result: ' "$log" | grep -oE '[0-9]+ failed' | sum 1) ;;
  node)
    p=$(grep -hoE '^ℹ pass [0-9]+' "$log" | sum 3)
    f=$(grep -hoE '^ℹ (fail|cancelled) [0-9]+' "$log" | sum 3) ;;
  playwright)
    p=$(grep -hoE '^\s+[0-9]+ passed' "$log" | sum 1)
    f=$(grep -hoE '^\s+[0-9]+ (failed|flaky|interrupted)' "$log" | sum 1) ;;
  *)
    echo "tally: unknown runner $kind" >&2
    exit 2 ;;
esac
if [ "$rc" -ne 0 ] && [ "$f" -eq 0 ]; then
  echo "!! $(basename "$log" .log) exited $rc without a failure in its summary: counted as one failure" >&2
  f=1
fi
echo "$p $f"
