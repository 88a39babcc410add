#!/usr/bin/env bash
# Statistics with many views (#8): generates an office over fiscal years 2568–2570 (8 networks, 200 schools,
# 6,000 accounts, 20,000 items, forms, answers, comments) and [views] view events in an embedded MariaDB
# migrated by the real migrations, then times every statistics query as the page (year, month, a supervisor's
# networks) and the JSON API run them: p50 / p95 / max per query and per page. See bench/statistics/StatisticsBench.java.
# Usage: bench/statistics.sh [views] [runs]     (default 10000000 views, 20 runs; about 15 minutes for 10M on 2 cores)
# STATS_BENCH_DIR=dir keeps the generated database there, and a later run with the same [views] reuses it
# (only the timing runs). JAVA_OPTS passes -D options (ddl, realDays, timingPool, loadPool, sql, skipTiming) to the bench.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -o compile dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/bench-stats-classpath.txt >/dev/null \
    || ./mvnw -B -q compile dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile=target/bench-stats-classpath.txt >/dev/null
if [ -n "${STATS_BENCH_DIR:-}" ]; then
    work="$(mkdir -p "$STATS_BENCH_DIR" && cd "$STATS_BENCH_DIR" && pwd)"
else
    work="$(mktemp -d "$PWD/target/bench-stats.XXXX")"
    trap 'rm -rf "$work"' EXIT
fi
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "commit: $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src || echo ' + uncommitted changes in src')"
echo "before: $(uptime)"
# shellcheck disable=SC2086
# the benchmark is four classes (bench/statistics: the timing, the office, its view history, what they share)
classes="$PWD/target/bench-stats-classes"
rm -rf "$classes" && mkdir -p "$classes"
javac -d "$classes" -cp "target/classes:$(cat target/bench-stats-classpath.txt)" bench/statistics/*.java
java -Xmx3g ${JAVA_OPTS:-} -cp "$classes:target/classes:$(cat target/bench-stats-classpath.txt)" StatisticsBench "$work" "${1:-10000000}" "${2:-20}"
echo "after: $(uptime)"
