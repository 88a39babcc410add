#!/usr/bin/env bash
# View-count ingestion: starts target/nithet.jar on a fresh data directory, lets many visitors open
# knowledge pages at once (bench/ViewLoad.java), reports views/s, page latency and whether every
# view was counted, then stops the portal.
# Usage: bench/view-counting.sh [threads] [views-per-thread] [articles]   (build first)
# Runs twice: counted views, then the same pages fetched by a robot (not counted), to compare.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh
port=18081
work="$(mktemp -d "$PWD/target/bench-views.XXXX")"
NITHET_PORT=$port NITHET_DATA_DIR="$work/data" NITHET_ADMIN_PASSWORD=bench-only-2569 java -jar "$jar" >"$work/portal.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
wait_ready $port $pid "$work/portal.log"
machine_line
echo "-- counted views (every request a new visitor):"
java bench/ViewLoad.java "http://127.0.0.1:$port/" bench-only-2569 "${1:-16}" "${2:-500}" "${3:-20}"
echo "-- the same pages as a robot (not counted): the page alone"
java bench/ViewLoad.java "http://127.0.0.1:$port/" bench-only-2569 "${1:-16}" "${2:-500}" "${3:-20}" robot
