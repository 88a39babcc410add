#!/usr/bin/env bash
# Issue #17's table in one go: starts target/nithet.jar on a fresh data directory, runs bench/Load.java
# (static stylesheet, /health/live, anonymous page, signed-in page, API with Basic and with a token,
# counted views; each row as a ratio to the static file) and stops the portal.
# Usage: bench/load.sh [connections] [seconds] [settle-seconds]   (build first). Fails when a counted view went missing.
# settle-seconds (default 120): the signed-in page first runs unmeasured while the JIT compiles it (bench/Load.java).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh
port=18082
work="$(mktemp -d "$PWD/target/bench-load.XXXX")"
NITHET_PORT=$port NITHET_DATA_DIR="$work/data" NITHET_ADMIN_PASSWORD=bench-only-2569 java -jar "$jar" >"$work/portal.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
wait_ready $port $pid "$work/portal.log"
machine_line
java bench/Load.java "http://127.0.0.1:$port/" bench-only-2569 "${1:-32}" "${2:-10}" "${3:-120}"
