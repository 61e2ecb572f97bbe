#!/usr/bin/env bash
# Cold-start benchmark (issue 3): Plánovna vs. a bare Spring Boot app with the same starters.
#
#   bench/cold-start.sh [-n RUNS] [--no-build] [--no-warmup] [--only main|bare] [--keep]
#
# For each run and each app (the order alternates between runs) it
#   1. starts `java -jar` in a fresh, empty working directory on a free port, so the H2 file
#      database under ./data is created from scratch (Flyway migrations, and in Plánovna the
#      territory load) - "cold start",
#   2. measures the wall time from process start until GET /actuator/health answers
#      {"status":"UP"...} (polled with curl every 50 ms), stops the app (SIGTERM),
#   3. starts it again on the same working directory and measures the same - "warm restart".
# Then it prints median / min / max per app and scenario and the ratio main/bare
# (goal: main ≤ 1.5 × bare). See docs/benchmarks.md.
#
# Options:
#   -n RUNS       measured runs per app and scenario (default 5)
#   --no-build    use the existing jars (target/planovna-*.jar, bench/bare-app/target/bare-app.jar)
#   --no-warmup   skip the one unmeasured start per app that warms the OS file cache
#   --only APP    measure only "main" or only "bare" (no ratio)
#   --keep        keep the working directories and logs (printed at the end)
# Environment:
#   BENCH_JAVA_OPTS    extra JVM options for both apps (default none)
#   BENCH_TIMEOUT_S    give up on a start after this many seconds (default 180)
#
# Exit status: 0 when every start reached UP (whatever the ratio), 1 when an app failed to start
# or to build, 2 on bad usage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RUNS=5
BUILD=1
WARMUP=1
ONLY=""
KEEP=0
TIMEOUT_S="${BENCH_TIMEOUT_S:-180}"
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        -n) RUNS="${2:?-n needs a number}"; shift 2 ;;
        -n*) RUNS="${1#-n}"; shift ;;
        --no-build) BUILD=0; shift ;;
        --no-warmup) WARMUP=0; shift ;;
        --only) ONLY="${2:?--only needs main or bare}"; shift 2 ;;
        --keep) KEEP=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "-n must be a positive integer" >&2; exit 2; }
case "$ONLY" in ""|main|bare) ;; *) echo "--only takes main or bare" >&2; exit 2 ;; esac

for tool in java curl; do
    command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 1; }
done

APPS=(main bare)
[ -n "$ONLY" ] && APPS=("$ONLY")

MVNW=(./mvnw)
[ -x ./mvnw ] || MVNW=(sh ./mvnw)

# ---------------------------------------------------------------------------------------- build
if [ "$BUILD" -eq 1 ]; then
    if [[ " ${APPS[*]} " == *" main "* ]]; then
        echo "== building the main jar (./mvnw -q -DskipTests package)"
        "${MVNW[@]}" -B -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package \
            || { echo "main build failed" >&2; exit 1; }
    fi
    if [[ " ${APPS[*]} " == *" bare "* ]]; then
        echo "== building the bare reference app (bench/bare-app)"
        "${MVNW[@]}" -B -q -f bench/bare-app/pom.xml -DskipTests package \
            || { echo "bare-app build failed" >&2; exit 1; }
    fi
fi

MAIN_JAR=""
for f in target/planovna-*.jar; do
    [ -f "$f" ] && MAIN_JAR="$ROOT/$f"
done
BARE_JAR="$ROOT/bench/bare-app/target/bare-app.jar"

jar_of() { if [ "$1" = main ]; then echo "$MAIN_JAR"; else echo "$BARE_JAR"; fi; }
args_of() { if [ "$1" = main ]; then echo "--spring.profiles.active=demo"; fi; }

for app in "${APPS[@]}"; do
    jar="$(jar_of "$app")"
    if [ -z "$jar" ] || [ ! -f "$jar" ]; then
        echo "no jar for $app (${jar:-target/planovna-*.jar}); run without --no-build" >&2
        exit 1
    fi
done

# ---------------------------------------------------------------------------------- measuring
WORK="$(mktemp -d "${TMPDIR:-/tmp}/planovna-cold-start.XXXXXX")"
RESULTS="$WORK/results.tsv" # app <TAB> scenario <TAB> run <TAB> wall ms <TAB> CPU ms
: >"$RESULTS"
APP_PID=""

cleanup() {
    if [ -n "$APP_PID" ]; then
        kill -KILL "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [ "$KEEP" -eq 1 ]; then
        echo "working directories and logs kept in $WORK"
    else
        rm -rf "$WORK"
    fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# true while the process exists and is not a zombie
is_running() {
    local pid="$1" _a _b state
    [ -r "/proc/$pid/stat" ] || return 1
    read -r _a _b state _ <"/proc/$pid/stat" 2>/dev/null || return 1
    [ "$state" != Z ]
}

free_port() {
    local port i
    for i in $(seq 1 100); do
        port=$(( 20000 + RANDOM % 40000 ))
        # a refused connection means nobody listens there
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "$port"
            return 0
        fi
    done
    echo "no free port found" >&2
    return 1
}

CLK_TCK="$(getconf CLK_TCK)"

# CPU time (user + system, all threads) the process has used so far, in milliseconds
cpu_ms() {
    local -a f
    read -r -a f <"/proc/$1/stat"
    echo $(( (f[13] + f[14]) * 1000 / CLK_TCK ))
}

# start_measure APP DIR LOG -> sets MEASURED_MS (wall milliseconds until health is UP) and
# MEASURED_CPU_MS (CPU time the JVM used until then); leaves the app running as APP_PID.
# Not to be called in $(...): the app must be a child of this shell.
MEASURED_MS=""
MEASURED_CPU_MS=""
start_measure() {
    local app="$1" dir="$2" log="$3" port jar t0 body
    local -a extra=()
    jar="$(jar_of "$app")"
    port="$(free_port)"
    read -r -a extra <<<"$(args_of "$app")"
    mkdir -p "$dir"
    t0="$(now_ms)"
    (cd "$dir" && PORT="$port" exec java "${JAVA_OPTS[@]}" -jar "$jar" "${extra[@]}" >"$log" 2>&1) &
    APP_PID=$!
    while :; do
        body="$(curl -s --max-time 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null || true)"
        if [[ "$body" == *'"status":"UP"'* ]]; then
            MEASURED_MS=$(( $(now_ms) - t0 ))
            MEASURED_CPU_MS="$(cpu_ms "$APP_PID")"
            return 0
        fi
        if ! is_running "$APP_PID"; then
            echo "$app exited before /actuator/health was UP (log: $log):" >&2
            tail -n 40 "$log" >&2
            return 1
        fi
        if [ $(( $(now_ms) - t0 )) -gt $(( TIMEOUT_S * 1000 )) ]; then
            echo "$app: /actuator/health not UP after ${TIMEOUT_S}s (last answer: ${body:-none}; log: $log):" >&2
            tail -n 40 "$log" >&2
            return 1
        fi
        sleep 0.05
    done
}

stop_app() {
    [ -n "$APP_PID" ] || return 0
    kill -TERM "$APP_PID" 2>/dev/null || true
    local i
    for i in $(seq 1 300); do # up to 30 s for a graceful shutdown (H2 closes its file)
        is_running "$APP_PID" || break
        sleep 0.1
    done
    if is_running "$APP_PID"; then
        echo "   (no exit 30 s after SIGTERM, killing)" >&2
        kill -KILL "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
}

fmt_s() { awk -v ms="$1" 'BEGIN { printf "%.2f", ms / 1000 }'; }

# one cold start + one warm restart of APP; RUN = "warmup" or the run number
measure_pair() {
    local app="$1" run="$2" dir="$WORK/$1-$2" scenario label
    for scenario in cold warm; do
        label="cold start  "
        [ "$scenario" = warm ] && label="warm restart"
        start_measure "$app" "$dir" "$WORK/$app-$run-$scenario.log" || exit 1
        stop_app
        if [ "$run" != warmup ]; then
            printf '%s\t%s\t%s\t%s\t%s\n' "$app" "$scenario" "$run" "$MEASURED_MS" "$MEASURED_CPU_MS" >>"$RESULTS"
        fi
        printf '   %-4s %s %6s s   (CPU %6s s)\n' "$app" "$label" "$(fmt_s "$MEASURED_MS")" "$(fmt_s "$MEASURED_CPU_MS")"
    done
}

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java -version 2>&1 | head -n1)"
echo "   load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for app in "${APPS[@]}"; do
    echo "   $app: $(jar_of "$app") $(args_of "$app")"
done

if [ "$WARMUP" -eq 1 ]; then
    echo "== warm-up (not counted)"
    for app in "${APPS[@]}"; do measure_pair "$app" warmup; done
fi

for run in $(seq 1 "$RUNS"); do
    echo "== run $run/$RUNS"
    order=("${APPS[@]}")
    if [ "${#APPS[@]}" -eq 2 ] && [ $(( run % 2 )) -eq 0 ]; then
        order=("${APPS[1]}" "${APPS[0]}")
    fi
    for app in "${order[@]}"; do measure_pair "$app" "$run"; done
done

# ------------------------------------------------------------------------------------ report
# stat APP SCENARIO [COLUMN] -> "median min max" in milliseconds (column 4 = wall, 5 = CPU)
stat() {
    awk -F'\t' -v a="$1" -v s="$2" -v c="${3:-4}" '$1 == a && $2 == s { print $c }' "$RESULTS" | sort -n | awk '
        { v[NR] = $1 }
        END {
            if (NR == 0) { print "- - -"; exit }
            med = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
            printf "%d %d %d\n", med, v[1], v[NR]
        }'
}

echo
echo "== results: wall time from \`java -jar\` until /actuator/health is UP, $RUNS runs each"
echo "   (CPU = user + system time of the JVM until then; less sensitive to other load)"
echo "   load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| scenario | app | median | min | max | CPU median |"
echo "|---|---|---:|---:|---:|---:|"
for scenario in cold warm; do
    label="cold start (empty ./data)"
    [ "$scenario" = warm ] && label="warm restart (same ./data)"
    for app in "${APPS[@]}"; do
        read -r med min max <<<"$(stat "$app" "$scenario")"
        read -r cpu _ <<<"$(stat "$app" "$scenario" 5)"
        name="Plánovna"
        [ "$app" = bare ] && name="bare app"
        echo "| $label | $name | $(fmt_s "$med") s | $(fmt_s "$min") s | $(fmt_s "$max") s | $(fmt_s "$cpu") s |"
    done
done

if [ "${#APPS[@]}" -eq 2 ]; then
    echo
    echo "| ratio Plánovna / bare app | median | min | CPU median | goal (median ≤ 1.50×) |"
    echo "|---|---:|---:|---:|---|"
    for scenario in cold warm; do
        read -r mmed mmin _ <<<"$(stat main "$scenario")"
        read -r bmed bmin _ <<<"$(stat bare "$scenario")"
        read -r mcpu _ <<<"$(stat main "$scenario" 5)"
        read -r bcpu _ <<<"$(stat bare "$scenario" 5)"
        label="cold start"
        [ "$scenario" = warm ] && label="warm restart"
        awk -v l="$label" -v mm="$mmed" -v bm="$bmed" -v mn="$mmin" -v bn="$bmin" -v mc="$mcpu" -v bc="$bcpu" 'BEGIN {
            r = mm / bm
            printf "| %s | %.2f× | %.2f× | %.2f× | %s |\n", l, r, mn / bn, mc / bc, (r <= 1.5 ? "met" : "NOT met")
        }'
    done
fi
