# Sourced by the bench scripts: the built jar, a portal's readiness, the machine line of a result.
jar="$PWD/target/nithet.jar"
[ -f "$jar" ] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }

# wait_ready PORT PID LOG: until /health/ready answers 200; stops the script if the launcher died
wait_ready() {
    until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health/ready")" = 200 ]; do
        kill -0 "$2" 2>/dev/null || { echo "launcher died, see $3" >&2; exit 1; }
        sleep 0.2
    done
}

machine_line() {
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1); $(date -u +%F)"
}
