#!/usr/bin/env bash
# An API script's cost (#17): starts target/nithet.jar on a fresh data directory and runs
# bench/ApiAuth.java: GET /api/v1/me with HTTP Basic beside /health/live, as a ratio.
# Usage: bench/api-auth.sh [threads] [seconds]   (build first: mvn -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh
port=18085
work="$(mktemp -d "$PWD/target/bench-api.XXXX")"
NITHET_PORT=$port NITHET_DATA_DIR="$work/data" NITHET_ADMIN_PASSWORD=bench-only-2569 java -jar "$jar" >"$work/portal.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
wait_ready $port $pid "$work/portal.log"
machine_line
java bench/ApiAuth.java "http://127.0.0.1:$port/" bench-only-2569 "${1:-16}" "${2:-15}"
