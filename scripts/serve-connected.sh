#!/usr/bin/env bash
# Sets up (idempotently), builds the release, and serves the portal in
# connected mode at http://127.0.0.1:8080 against the test backend
# (tests/backend: DigiD stand-in at :8787/oidc, FHIR at :8787/fhir).
# Sign in with "Inloggen met DigiD": sanne, emma or peter / demo1234, SMS 123456.
# Ctrl-C stops both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
. scripts/env.sh
trunk build --release
PORT="${PORT:-8080}"
BACKEND_PORT="${BACKEND_PORT:-8787}"
PORTAL_ORIGINS="http://127.0.0.1:${PORT},http://localhost:${PORT}" BACKEND_PORT="$BACKEND_PORT" \
  node tests/backend/server.mjs &
backend=$!
trap 'kill "$backend" 2>/dev/null || true' EXIT INT TERM
config=$(mktemp)
sed "s#http://127.0.0.1:8787#http://127.0.0.1:${BACKEND_PORT}#g" tests/connected/config.json > "$config"
echo "Portal (connected mode): http://127.0.0.1:${PORT}"
PORTAL_CONFIG="$config" node tests/serve.mjs dist "$PORT"
