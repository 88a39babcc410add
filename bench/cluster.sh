#!/usr/bin/env bash
# Two instances over one database (issue #16): starts node A (embedded MariaDB) and node B (on A's
# MariaDB), clustered on loopback, then bench/ClusterBench.java: index change lag A->B and B->A
# (p50/p99) and anonymous pages/s with A alone and with A and B in turn, beside the static file.
# Usage: bench/cluster.sh [lag-samples] [threads] [seconds]   (build first: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/portal.sh
work="$(mktemp -d "$PWD/target/bench-cluster.XXXX")"
pass=bench-only-2569
members=127.0.0.1:16900,127.0.0.1:16901
pids=()
cleanup() { for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
NITHET_PORT=18091 NITHET_DATA_DIR="$work/a" NITHET_ADMIN_PASSWORD=$pass NITHET_CLUSTER=true NITHET_CLUSTER_MEMBERS=$members \
    NITHET_CLUSTER_PORT=16900 NITHET_NODE_NAME=bench-a java -jar "$jar" >"$work/a.log" 2>&1 &
pids+=($!)
wait_ready 18091 "${pids[0]}" "$work/a.log"
dbport=$(ss -ltnp | awk '/mariadbd/ {print $4}' | sed 's/.*://' | while read -r p; do
    pgrep -f "mariadbd.*$work/a" >/dev/null && echo "$p"; done | head -1)
NITHET_PORT=18092 NITHET_DATA_DIR="$work/b" NITHET_DB_URL="jdbc:mariadb://127.0.0.1:$dbport/nithet" NITHET_DB_USER=nithet \
    NITHET_DB_PASSWORD="$(cat "$work/a/db-password")" NITHET_CLUSTER=true NITHET_CLUSTER_MEMBERS=$members \
    NITHET_CLUSTER_PORT=16901 NITHET_NODE_NAME=bench-b java -jar "$jar" >"$work/b.log" 2>&1 &
pids+=($!)
wait_ready 18092 "${pids[1]}" "$work/b.log"
until grep -q "is one of 2 instances" "$work/b.log"; do sleep 1; done
machine_line
java bench/ClusterBench.java http://127.0.0.1:18091/ http://127.0.0.1:18092/ $pass "${1:-100}" "${2:-16}" "${3:-20}"
