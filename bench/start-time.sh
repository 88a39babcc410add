#!/usr/bin/env bash
# Cold and warm start of target/nithet.jar: seconds from `java -jar` to /health/ready answering 200.
#   cold = empty data directory (unpacks MariaDB, installs it, migrates, creates admin)
#   warm = the same data directory again
# Usage: bench/start-time.sh [runs]   (build first: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar="$PWD/target/nithet.jar"
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
port=18080
work="$(mktemp -d "$PWD/target/bench-start.XXXX")"

start_and_wait() {  # $1 data dir; prints seconds to ready, then stops the portal with SIGTERM
    local t0 t1 pid
    t0=$(date +%s.%N)
    NITHET_PORT=$port NITHET_DATA_DIR="$1" NITHET_ADMIN_PASSWORD=bench-only java -jar "$jar" >"$1.log" 2>&1 &
    pid=$!
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do
        kill -0 "$pid" 2>/dev/null || { echo "launcher died, see $1.log" >&2; exit 1; }
        sleep 0.1
    done
    t1=$(date +%s.%N)
    kill -TERM "$pid"; wait "$pid" || true
    awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", b - a }'
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
for i in $(seq 1 "$runs"); do
    data="$work/data-$i"
    cold=$(start_and_wait "$data")
    warm=$(start_and_wait "$data")
    echo "run $i: cold ${cold}s warm ${warm}s"
done
rm -rf "$work"
