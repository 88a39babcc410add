#!/usr/bin/env bash
# Cold and warm start of target/nithet.jar: seconds from `java -jar` to /health/ready answering 200, and the
# same Payara Micro starting a WAR of one servlet in the same run (the floor of this application server on
# this machine right now), so that each start is also printed as a ratio to that floor.
#   cold = empty data directory (unpacks MariaDB, installs it, migrates, creates admin)
#   warm = the same data directory again
#   bare = target/payara-micro.jar --deploy <one servlet answering /health/ready> --nocluster, its work area kept
# Usage: bench/start-time.sh [runs]   (build first: ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-3}"
jar="$PWD/target/nithet.jar"
micro="$PWD/target/payara-micro.jar"
[ -f "$jar" ] && [ -f "$micro" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
port=18080
work="$(mktemp -d "$PWD/target/bench-start.XXXX")"

wait_ready() {  # $1 pid; returns when /health/ready answers 200 on $port
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/health/ready")" = 200 ]; do
        kill -0 "$1" 2>/dev/null || { echo "the server died, see the logs in $work" >&2; exit 1; }
        sleep 0.1
    done
}

seconds_since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

start_and_wait() {  # $1 data dir; prints seconds to ready, then stops the portal with SIGTERM
    local t0 took pid
    t0=$(date +%s.%N)
    NITHET_PORT=$port NITHET_DATA_DIR="$1" NITHET_ADMIN_PASSWORD=bench-only java -jar "$jar" >"$1.log" 2>&1 &
    pid=$!
    wait_ready "$pid"
    took=$(seconds_since "$t0")
    kill -TERM "$pid"; wait "$pid" || true
    echo "$took"
}

# the floor: one servlet, no database, nothing else, compiled against the servlet API Payara Micro carries
bare_war="$work/bare"
mkdir -p "$bare_war/WEB-INF/classes"
cat >"$work/Ready.java" <<'EOF'
@jakarta.servlet.annotation.WebServlet("/health/ready")
public class Ready extends jakarta.servlet.http.HttpServlet {
    @Override
    protected void doGet(jakarta.servlet.http.HttpServletRequest q, jakarta.servlet.http.HttpServletResponse r)
            throws java.io.IOException {
        r.getWriter().print("UP");
    }
}
EOF
servlet_api=$(unzip -Z1 "$micro" | awk '/^MICRO-INF\/runtime\/jakarta\.servlet-api.*\.jar$/ && !found { print; found = 1 }')
unzip -q -o "$micro" "$servlet_api" -d "$work/api"
javac -d "$bare_war/WEB-INF/classes" -cp "$work/api/$servlet_api" "$work/Ready.java"

bare_start() {  # prints seconds to ready of Payara Micro with the one-servlet WAR
    local t0 took pid
    t0=$(date +%s.%N)
    java -jar "$micro" --deploy "$bare_war" --contextroot / --port $port --rootdir "$work/bare-root" \
        --nocluster --nohostaware --disablephonehome >"$work/bare.log" 2>&1 &
    pid=$!
    wait_ready "$pid"
    took=$(seconds_since "$t0")
    kill -TERM "$pid"; wait "$pid" || true
    echo "$took"
}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
bare_start >/dev/null  # its first start unpacks Payara's modules, as the portal's cold start does
for i in $(seq 1 "$runs"); do
    data="$work/data-$i"
    bare=$(bare_start)
    cold=$(start_and_wait "$data")
    warm=$(start_and_wait "$data")
    awk -v i="$i" -v b="$bare" -v c="$cold" -v w="$warm" 'BEGIN {
        printf "run %s: bare Payara Micro %ss, cold %ss (%.1f x bare), warm %ss (%.1f x bare)\n", i, b, c, c / b, w, w / b }'
done
rm -rf "$work"
