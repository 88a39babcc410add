#!/usr/bin/env bash
# Search at scale: index generated Thai/English documents with the portal's SearchEngine, then
# report indexing rate, index size and query latency (p50/p95/p99) with facets and highlights,
# beside a bare Lucene query on the same index. Usage: bench/search.sh [documents] [queries]
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
work="$(mktemp -d "$PWD/target/bench-search.XXXX")"
trap 'rm -rf "$work"' EXIT
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)"
java -Xmx4g -cp "target/classes:$(cat target/bench-classpath.txt)" bench/SearchBench.java "$work/index" "${1:-1000000}" "${2:-2000}"
