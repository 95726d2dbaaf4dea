#!/usr/bin/env bash
# The download sizes of the split build against their budgets
# (scripts/bundle-size.mjs): fails above a hard limit.
set -euo pipefail
cd "$(dirname "$0")/.."
exec node scripts/bundle-size.mjs "${1:-dist}"
