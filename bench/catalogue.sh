#!/usr/bin/env bash
# Catalogue benchmarks (issue 4), each against its reference in the same run:
#   (a) search  - GET /katalog?q=... served by Plánovna (PostgreSQL profile, national-scale generated
#                 register) vs. nginx serving the same HTML pages as static files; wrk, 16 connections.
#                 Goals: throughput ratio app/nginx >= 0.30, app p99 <= 50 ms.
#   (b) import  - `import-register` of the national-scale file into PostgreSQL vs. PostgreSQL \copy of
#                 the same records (flattened to services.csv + facilities.csv). Goal: <= 5x.
#   (c) memory  - peak RSS (VmHWM) of the app process during (a) and of the import process in (b).
#                 Goal: <= 400 MB.
#
#   bench/catalogue.sh [-s SERVICES] [-d SECONDS] [--no-build] [--keep]
#
# Needs: java 17, curl, wrk, nginx, psql, python3, a running PostgreSQL with an EMPTY database the app
# may migrate (default jdbc:postgresql://127.0.0.1:5432/planovna_bench, user/password planovna). Run as
# root on the Debian cluster, the script (re)creates that database itself (--reset-db, the default
# when root). See docs/benchmarks.md.
#
# Options:
#   -s SERVICES   services in the generated register (default 6700, the national scale)
#   -d SECONDS    duration of each wrk run (default 20; a 5 s warm-up run precedes each)
#   --no-build    use the existing target/planovna-*.jar
#   --no-reset-db do not drop and recreate the database (it must be empty)
#   --keep        keep the working directory (logs, CSVs, nginx root)
# Environment:
#   BENCH_DB_NAME (planovna_bench), BENCH_DB_USER (planovna), BENCH_DB_PASSWORD (planovna),
#   BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (5432), BENCH_APP_PORT (18081), BENCH_NGINX_PORT (18082),
#   BENCH_JAVA_OPTS (JVM options of the app and the import; default the production sizing of
#   docs/deployment.md: "-Xmx112m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1
#   -XX:ReservedCodeCacheSize=24m", with MALLOC_ARENA_MAX=2)
#
# Exit status: 0 when everything ran (whatever the goals), 1 when a step failed, 2 on bad usage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

SERVICES=6700
DURATION=20
BUILD=1
RESET_DB=auto
KEEP=0
DB_NAME="${BENCH_DB_NAME:-planovna_bench}"
DB_USER="${BENCH_DB_USER:-planovna}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-planovna}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-5432}"
APP_PORT="${BENCH_APP_PORT:-18081}"
NGINX_PORT="${BENCH_NGINX_PORT:-18082}"
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:--Xmx112m -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=24m}"
# glibc gives every thread its own malloc arena otherwise: tens of MB of RSS for nothing
export MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
QUERIES=("domov pro seniory" "pečovatelská služba" "azylový dům" "raná péče" "osobní asistence" "senioři Písek")

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        -s) SERVICES="${2:?-s needs a number}"; shift 2 ;;
        -d) DURATION="${2:?-d needs seconds}"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --no-reset-db) RESET_DB=0; shift ;;
        --keep) KEEP=1; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ "$SERVICES" =~ ^[1-9][0-9]*$ && "$DURATION" =~ ^[1-9][0-9]*$ ]] || { usage >&2; exit 2; }
[ "$RESET_DB" = auto ] && { [ "$(id -u)" -eq 0 ] && RESET_DB=1 || RESET_DB=0; }

for tool in java curl wrk nginx psql python3; do
    command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 1; }
done

WORK="$(mktemp -d /tmp/planovna-bench-catalogue.XXXXXX)"
chmod 755 "$WORK"
APP_PID=""
NGINX_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
    if [ "$KEEP" -eq 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

export PGPASSWORD="$DB_PASSWORD"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME")
export SPRING_PROFILES_ACTIVE=postgres
export PLANOVNA_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME"
export PLANOVNA_DB_USER="$DB_USER" PLANOVNA_DB_PASSWORD="$DB_PASSWORD"
export PLANOVNA_INDEX_DIR="$WORK/index"

now_ms() { date +%s%3N; }
hwm_mb() { awk '/VmHWM/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

echo "== JVM options: ${JAVA_OPTS[*]}"
echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"

# ---------------------------------------------------------------------------------------- build
if [ "$BUILD" -eq 1 ]; then
    echo "== building the jar (./mvnw -DskipTests package)"
    ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true package || { echo "build failed" >&2; exit 1; }
fi
JAR="$(ls target/planovna-*.jar | grep -v plain | head -1)"

# ------------------------------------------------------------------------------------- database
if [ "$RESET_DB" -eq 1 ]; then
    echo "== recreating database $DB_NAME"
    su postgres -c "psql -X -q -c \"drop database if exists $DB_NAME\" -c \"create database $DB_NAME owner $DB_USER\""
fi

# ------------------------------------------------------------------------- (b) import vs \copy
echo "== generating a register of $SERVICES services (generate-register; also migrates the database)"
# generating test data is not measured: it runs without the memory limits (the generator decodes the
# boundary files of three kraje as JSON trees to place facilities, which needs more than a 112 MB heap)
java -jar "$JAR" generate-register "$WORK/register" "$SERVICES" 2026 >"$WORK/generate.log" 2>&1 \
    || { tail -20 "$WORK/generate.log"; exit 1; }
ls -l "$WORK/register" | sed 's/^/   /'

echo "== (b) import-register into PostgreSQL"
IMPORT_START=$(now_ms)
/usr/bin/time -v -o "$WORK/import.time" java "${JAVA_OPTS[@]}" -jar "$JAR" import-register "$WORK/register" \
    --logging.level.cz.planovna.catalogue.RegisterImport=INFO --logging.level.cz.planovna.catalogue.RegisterApplier=INFO \
    >"$WORK/import.log" 2>&1 || { tail -30 "$WORK/import.log"; exit 1; }
IMPORT_WALL_MS=$(( $(now_ms) - IMPORT_START ))
IMPORT_RSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2/1024}' "$WORK/import.time")
IMPORT_RUN_MS=$("${PSQL[@]}" -tA -c "select round(extract(epoch from finished_at - started_at) * 1000)
    from catalogue_import_run where status = 'APPLIED' order by id desc limit 1")
grep -E "Služby:|Záznamů" "$WORK/import.log" | sed 's/^/   /' || true
# where the import run's time went (logged by RegisterImport and RegisterApplier)
grep -E "Register import [0-9]+ (phases|applied in)" "$WORK/import.log" | sed 's/^.*\(Register import\)/   \1/' || true

echo "== (b) reference: flatten to CSV, then \\copy into plain tables"
python3 bench/register-to-csv.py "$WORK/register" "$WORK/csv" >/dev/null
"${PSQL[@]}" -c "drop table if exists bench_service, bench_facility"
COPY_START=$(now_ms)
"${PSQL[@]}" <<SQL
begin;
create table bench_service (identifier text primary key, portal_id bigint, name text, type_code text,
    provider_ico text, provider_name text, valid_from date, valid_to date, target_groups text,
    age_groups text, forms text, contacts text);
create table bench_facility (service_identifier text, name text, obec text, street text, house_no text,
    orientation_no text, psc text, address_point bigint, valid_from date, valid_to date);
\copy bench_service from '$WORK/csv/services.csv' with (format csv)
\copy bench_facility from '$WORK/csv/facilities.csv' with (format csv)
commit;
SQL
COPY_MS=$(( $(now_ms) - COPY_START ))
COPIED=$("${PSQL[@]}" -tA -c "select (select count(*) from bench_service) || ' services, ' || (select count(*) from bench_facility) || ' facilities'")
"${PSQL[@]}" -c "drop table bench_service, bench_facility"

# --------------------------------------------------------------------------- (a) search vs nginx
echo "== (a) starting the app on port $APP_PORT"
(cd "$WORK" && exec java "${JAVA_OPTS[@]}" -jar "$ROOT/$JAR" --server.port="$APP_PORT" >"$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -c '"UP"' >/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.5
done
APP_JAVA_PID=$(pgrep -P "$APP_PID" java || echo "$APP_PID")
# the index is built at start when empty: wait until a search finds services
for _ in $(seq 1 600); do
    curl -fsS "http://127.0.0.1:$APP_PORT/katalog?q=domov" | grep -c 'href="/katalog/sluzby/' >/dev/null && break
    sleep 0.5
done

urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
mkdir -p "$WORK/www"
APP_PATHS=()
STATIC_PATHS=()
i=0
for q in "${QUERIES[@]}"; do
    i=$((i + 1))
    path="/katalog?q=$(urlencode "$q")"
    curl -fsS "http://127.0.0.1:$APP_PORT$path" -o "$WORK/www/q$i.html"
    APP_PATHS+=("$path")
    STATIC_PATHS+=("/q$i.html")
    printf '   %-22s %7d bytes, %s\n' "$q" "$(stat -c %s "$WORK/www/q$i.html")" \
        "$(grep -o 'href="/katalog/sluzby/' "$WORK/www/q$i.html" | wc -l) service links"
done
chmod -R a+rX "$WORK/www"

lua_script() { # rotates through the given paths
    printf 'local paths = {'
    printf '"%s",' "$@"
    printf '}\nlocal i = 0\nrequest = function()\n  i = i + 1\n  return wrk.format("GET", paths[(i %% #paths) + 1])\nend\n'
}
lua_script "${APP_PATHS[@]}" >"$WORK/app.lua"
lua_script "${STATIC_PATHS[@]}" >"$WORK/static.lua"

cat >"$WORK/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    access_log off;
    default_type text/html;
    sendfile on;
    server { listen 127.0.0.1:$NGINX_PORT; root $WORK/www; }
}
NGINX
nginx -c "$WORK/nginx.conf" &
NGINX_PID=$!
sleep 1

run_wrk() { # url script -> prints "requests/s p99_ms"
    wrk -t2 -c16 -d5s --timeout 10s -s "$2" "$1" >/dev/null # warm-up
    wrk -t2 -c16 -d"${DURATION}s" --timeout 10s --latency -s "$2" "$1" >"$WORK/wrk.out"
    local rps p99 unit errors
    rps=$(awk '/Requests\/sec/ {print $2}' "$WORK/wrk.out")
    read -r p99 unit < <(awk '$1 == "99%" {v=$2; u=v; gsub(/[0-9.]/, "", u); gsub(/[a-z]/, "", v); print v, u}' "$WORK/wrk.out")
    case "$unit" in us) p99=$(awk -v v="$p99" 'BEGIN {print v / 1000}') ;; s) p99=$(awk -v v="$p99" 'BEGIN {print v * 1000}') ;; esac
    errors=$(grep -E "Non-2xx|Socket errors" "$WORK/wrk.out" | tr '\n' ' ' || true)
    echo "$rps $p99 ${errors}"
}
echo "== (a) wrk -t2 -c16 -d${DURATION}s: nginx static pages"
read -r NGINX_RPS NGINX_P99 NGINX_ERR < <(run_wrk "http://127.0.0.1:$NGINX_PORT" "$WORK/static.lua")
echo "== (a) wrk -t2 -c16 -d${DURATION}s: app /katalog?q=..."
read -r APP_RPS APP_P99 APP_ERR < <(run_wrk "http://127.0.0.1:$APP_PORT" "$WORK/app.lua")
APP_RSS_MB=$(hwm_mb "$APP_JAVA_PID")

# -------------------------------------------------------------------------------------- results
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v v="$1" -v g="$2" -v dir="$3" 'BEGIN {ok = (dir == "min") ? v >= g : v <= g; print ok ? "met" : "NOT met"}'; }
SEARCH_RATIO=$(ratio "$APP_RPS" "$NGINX_RPS")
IMPORT_RATIO=$(ratio "$IMPORT_RUN_MS" "$COPY_MS")
PEAK_RSS=$(( APP_RSS_MB > IMPORT_RSS_MB ? APP_RSS_MB : IMPORT_RSS_MB ))
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| benchmark | Plánovna | reference | ratio / value | goal | |"
echo "|---|---|---|---|---|---|"
echo "| (a) search throughput | $APP_RPS req/s | nginx $NGINX_RPS req/s | $SEARCH_RATIO | ≥ 0.30 | $(verdict "$SEARCH_RATIO" 0.30 min) |"
echo "| (a) search p99 latency | $APP_P99 ms | nginx $NGINX_P99 ms | $APP_P99 ms | ≤ 50 ms | $(verdict "$APP_P99" 50 max) |"
echo "| (b) import of $SERVICES services | $IMPORT_RUN_MS ms (import run; CLI process incl. JVM start $IMPORT_WALL_MS ms) | \\copy $COPY_MS ms ($COPIED) | $IMPORT_RATIO × | ≤ 5 × | $(verdict "$IMPORT_RATIO" 5 max) |"
echo "| (c) peak RSS | app during (a) $APP_RSS_MB MB, import process (b) $IMPORT_RSS_MB MB | – | $PEAK_RSS MB | ≤ 400 MB | $(verdict "$PEAK_RSS" 400 max) |"
[ -n "$APP_ERR$NGINX_ERR" ] && echo "wrk reported errors: app: $APP_ERR nginx: $NGINX_ERR"
exit 0
