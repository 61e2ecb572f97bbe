#!/usr/bin/env bash
# Survey statistics benchmark (issue 8): one survey with 100,000 submitted responses × 30 questions
# (single and multiple choice, Likert matrices, yes/no, numbers, short and long texts, a date) on
# PostgreSQL, loaded with INSERT … SELECT over generate_series (not through the application).
#   (i)   the application's computation of all per-question counts — the coordinator's "Přepočítat
#         výsledky" (POST …/vysledky/prepocitat, SurveyResults.recompute: the live count that also
#         runs for an open survey, stored for the closed one), timed inside the app and reported in
#         the response's Server-Timing header;
#   (ii)  the equivalent raw SQL (count of submitted responses + one GROUP BY with the first_row
#         marker), run with psql in the same run, alternating. Goal: (i) / (ii) <= 1.5;
#   (iii) the results page of the (closed) survey over HTTP (wall time of the whole request; it reads
#         the stored statistics). Goal: < 1 s.
# Also printed: the results page of the same survey while OPEN (snapshot of a large open survey, ADR
# 0015: first view counted live, then the snapshot; right after an answer the stale snapshot while a
# background recount runs; the state is switched with psql for this measurement and back), the previous statements (with the
# DISTINCT (question, response) count, before V82) for comparison, the plain one-statement GROUP BY,
# the cross-tabulated page and PDF report (first view computes and stores the cross-tabulation,
# then from the store), and writing answers row by row vs. one JDBC batch per response
# (bench/SurveyInserts.java).
#
#   bench/survey.sh [-r RESPONSES] [-n RUNS] [--no-build] [--no-reset-db] [--keep]
#
# Needs: java 17, curl, psql, unzip and a running PostgreSQL with an EMPTY database the app may migrate
# (default jdbc:postgresql://127.0.0.1:5432/planovna_bench_survey, user/password planovna). Run as root on
# the Debian cluster (`pg_ctlcluster 15 main start`), the script (re)creates that database itself
# (--reset-db, the default when root). See docs/benchmarks.md.
#
# Options:
#   -r RESPONSES  submitted responses (default 100000; 1 % more saved but not submitted are added)
#   -n RUNS       measured runs of each side after 2 warm-up runs (default 7; medians are reported)
#   --no-build    use the existing target/planovna-*.jar
#   --no-reset-db do not drop and recreate the database (it must be empty)
#   --keep        keep the working directory (logs, pages)
#   --survey ID   measure survey ID already loaded by an earlier run (implies --no-reset-db; no load)
# Environment:
#   BENCH_DB_NAME (planovna_bench_survey), BENCH_DB_USER (planovna), BENCH_DB_PASSWORD (planovna),
#   BENCH_DB_HOST (127.0.0.1), BENCH_DB_PORT (5432), BENCH_APP_PORT (18083),
#   BENCH_JAVA_OPTS (extra JVM options for the app, default none)
#
# Exit status: 0 when everything ran (whatever the goals), 1 when a step failed, 2 on bad usage.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

RESPONSES=100000
RUNS=7
BUILD=1
RESET_DB=auto
KEEP=0
SURVEY_ID=""
DB_NAME="${BENCH_DB_NAME:-planovna_bench_survey}"
DB_USER="${BENCH_DB_USER:-planovna}"
DB_PASSWORD="${BENCH_DB_PASSWORD:-planovna}"
DB_HOST="${BENCH_DB_HOST:-127.0.0.1}"
DB_PORT="${BENCH_DB_PORT:-5432}"
APP_PORT="${BENCH_APP_PORT:-18083}"
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"
ORP=3202      # Domažlice
REGION=3042   # Plzeňský kraj
BENCH_EMAIL="bench.survey@planovna.test"
BENCH_PASSWORD="Bench-Survey-2026!"

usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed -e '$d' -e 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        -r) RESPONSES="${2:?-r needs a number}"; shift 2 ;;
        -n) RUNS="${2:?-n needs a number}"; shift 2 ;;
        --no-build) BUILD=0; shift ;;
        --no-reset-db) RESET_DB=0; shift ;;
        --keep) KEEP=1; shift ;;
        --survey) SURVEY_ID="${2:?--survey needs an id}"; RESET_DB=0; shift 2 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done
[[ "$RESPONSES" =~ ^[1-9][0-9]*$ && "$RUNS" =~ ^[1-9][0-9]*$ ]] || { usage >&2; exit 2; }
[ "$RESET_DB" = auto ] && { [ "$(id -u)" -eq 0 ] && RESET_DB=1 || RESET_DB=0; }

for tool in java curl psql unzip; do
    command -v "$tool" >/dev/null || { echo "$tool not found" >&2; exit 1; }
done

WORK="$(mktemp -d /tmp/planovna-bench-survey.XXXXXX)"
APP_PID=""
cleanup() {
    [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    if [ "$KEEP" -eq 1 ]; then echo "kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

export PGPASSWORD="$DB_PASSWORD"
# psql gets the same session settings as the app's connections (application-postgres.yml)
export PGOPTIONS="-c work_mem=32MB -c jit=off"
PSQL=(psql -X -q -v ON_ERROR_STOP=1 -h "$DB_HOST" -p "$DB_PORT" -U "$DB_USER" -d "$DB_NAME")
export SPRING_PROFILES_ACTIVE=postgres
export PLANOVNA_DB_URL="jdbc:postgresql://$DB_HOST:$DB_PORT/$DB_NAME"
export PLANOVNA_DB_USER="$DB_USER" PLANOVNA_DB_PASSWORD="$DB_PASSWORD"
export PLANOVNA_INDEX_DIR="$WORK/index"

now_ms() { date +%s%3N; }
median() { sort -n | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.1f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

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

echo "== starting the app on port $APP_PORT (postgres profile; the first start migrates the database)"
(cd "$WORK" && exec java "${JAVA_OPTS[@]}" -jar "$ROOT/$JAR" --server.port="$APP_PORT" >"$WORK/app.log" 2>&1) &
APP_PID=$!
for _ in $(seq 1 2400); do  # up to ~20 min: the first start after V82 backfills first_row of an existing survey
    curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -c '"UP"' >/dev/null && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.5
done
curl -fsS "http://127.0.0.1:$APP_PORT/actuator/health" | grep -c '"UP"' >/dev/null || { echo "app did not start" >&2; exit 1; }

# a system administrator for the benchmark (bcrypt hash made with the app's own library)
mkdir -p "$WORK/lib"
unzip -q -j -o "$JAR" 'BOOT-INF/lib/spring-security-crypto-*.jar' 'BOOT-INF/lib/spring-core-*.jar' \
    'BOOT-INF/lib/spring-jcl-*.jar' 'BOOT-INF/lib/commons-logging-*.jar' -d "$WORK/lib" 2>/dev/null || true
cat >"$WORK/Hash.java" <<'JAVA'
public class Hash {
    public static void main(String[] a) {
        System.out.print(org.springframework.security.crypto.factory.PasswordEncoderFactories
                .createDelegatingPasswordEncoder().encode(a[0]));
    }
}
JAVA
HASH=$(java -cp "$WORK/lib/*" "$WORK/Hash.java" "$BENCH_PASSWORD")
"${PSQL[@]}" <<SQL
insert into app_user (email, full_name, sort_key, search_key, password_hash, created_at, updated_at)
select '$BENCH_EMAIL', 'Benchmark', '00', 'benchmark', '$HASH', now(), now()
where not exists (select 1 from app_user where email = '$BENCH_EMAIL');
insert into role_grant (user_id, role, granted_at)
select id, 'SYSTEM_ADMIN', now() from app_user u where email = '$BENCH_EMAIL'
  and not exists (select 1 from role_grant g where g.user_id = u.id);
SQL

# ----------------------------------------------------------------------------------------- load
UNSUBMITTED=$(( RESPONSES / 100 ))
LOAD_MS="-"
if [ -z "$SURVEY_ID" ]; then
echo "== loading a survey: $RESPONSES submitted + $UNSUBMITTED unsubmitted responses × 30 questions (INSERT … SELECT)"
LOAD_START=$(now_ms)
SURVEY_ID=$("${PSQL[@]}" -tA <<SQL
begin;
set local synchronous_commit = off;
select setseed(0.42);
insert into survey (district_code, region_code, title, intro, audience, anonymous, opens_at, closes_at, state,
                    public_token, illustrative, created_at, updated_at)
values ($ORP, $REGION, 'Benchmark: potřeby občanů ' || to_char(now(), 'YYYY-MM-DD HH24:MI:SS'), 'Benchmark.', 'Občané',
        true, timestamptz '2026-01-05 08:00+01', timestamptz '2026-03-31 23:59+02', 'CLOSED',
        md5(random()::text || clock_timestamp()::text), false, now(), now());
create temporary table bq (position int, kind varchar(20), text varchar(1000), options varchar(4000),
                           rows varchar(4000), min_value int, max_value int) on commit drop;
insert into bq values
  (1, 'SINGLE', 'Kdo odpovídá?', E'Obec\nPoskytovatel\nUživatel služeb\nObčan', null, null, null),
  (2, 'SINGLE', 'Ve které obci žijete?', E'Domažlice\nKdyně\nHoršovský Týn\nPoběžovice\nHolýšov\nBělá nad Radbuzou\nKlenčí pod Čerchovem\nMunice\nStaňkov\nJiná obec', null, null, null),
  (3, 'SINGLE', 'Jak hodnotíte dostupnost služeb?', E'velmi dobře\ndobře\nani dobře, ani špatně\nšpatně\nvelmi špatně', null, null, null),
  (4, 'SINGLE', 'Jak často služby využíváte?', E'denně\ntýdně\nměsíčně\nzřídka\nnikdy', null, null, null),
  (5, 'SINGLE', 'Odkud čerpáte informace?', E'obecní úřad\ninternet\nlékař\nznámí\njinde', null, null, null),
  (6, 'SINGLE', 'Věková skupina', E'do 25\n26–40\n41–64\n65–79\n80 a více', null, null, null),
  (7, 'MULTIPLE', 'Které služby chybí?', E'odlehčovací služba\npečovatelská služba\nosobní asistence\ndenní stacionář\nporadenství\ndoprava', null, null, null),
  (8, 'MULTIPLE', 'Pro koho hledáte pomoc?', E'pro sebe\npro rodiče\npro dítě\npro partnera\npro souseda\njinak', null, null, null),
  (9, 'MULTIPLE', 'Co vám brání službu využít?', E'cena\nvzdálenost\nčekací doba\nnevím o ní\nostych\njiné', null, null, null),
  (10, 'MULTIPLE', 'Jaké formy pomoci preferujete?', E'terénní\nambulantní\npobytová\nonline\ntelefonická\nskupinová', null, null, null),
  (11, 'MATRIX', 'Spokojenost se službami', E'1\n2\n3\n4\n5', E'dostupnost\nkvalita\ncena\ninformovanost', null, null),
  (12, 'MATRIX', 'Důležitost oblastí', E'1\n2\n3\n4\n5', E'senioři\nrodiny\nzdravotně postižení\nohrožení', null, null),
  (13, 'MATRIX', 'Souhlasíte s tvrzeními?', E'rozhodně ano\nspíše ano\nnevím\nspíše ne\nrozhodně ne', E'služeb je dost\njsou blízko\njsou levné\njsou známé', null, null),
  (14, 'MATRIX', 'Hodnocení obce', E'1\n2\n3\n4\n5', E'doprava\nbydlení\nzdraví\nvolný čas', null, null),
  (15, 'YES_NO', 'Pečujete o blízkého?', null, null, null, null),
  (16, 'YES_NO', 'Využíváte sociální službu?', null, null, null, null),
  (17, 'YES_NO', 'Víte, kam se obrátit?', null, null, null, null),
  (18, 'YES_NO', 'Žijete sám/sama?', null, null, null, null),
  (19, 'YES_NO', 'Máte internet?', null, null, null, null),
  (20, 'NUMBER', 'Kolik je vám let?', null, null, 0, 110),
  (21, 'NUMBER', 'Kolik osob žije ve vaší domácnosti?', null, null, 1, 20),
  (22, 'NUMBER', 'Kolik km dojíždíte za službou?', null, null, 0, 200),
  (23, 'NUMBER', 'Kolik hodin týdně pečujete?', null, null, 0, 168),
  (24, 'SHORT_TEXT', 'Která služba vám nejvíc chybí?', null, null, null, null),
  (25, 'SHORT_TEXT', 'Kde by měla být?', null, null, null, null),
  (26, 'SHORT_TEXT', 'Jiná poznámka', null, null, null, null),
  (27, 'LONG_TEXT', 'Popište svou zkušenost', null, null, null, null),
  (28, 'LONG_TEXT', 'Co by obec měla zlepšit?', null, null, null, null),
  (29, 'DATE', 'Kdy jste naposledy využili službu?', null, null, null, null),
  (30, 'SINGLE', 'Doporučili byste službu?', E'ano\nspíše ano\nspíše ne\nne', null, null, null);
insert into survey_question (survey_id, position, kind, text, required, options, matrix_rows, min_value, max_value)
select currval(pg_get_serial_sequence('survey', 'id')), position, kind, text, false, options, rows, min_value, max_value
from bq;
create temporary table bqs on commit drop as
select q.id, q.kind, coalesce(array_length(string_to_array(q.options, E'\n'), 1), 2) as n_opts,
       coalesce(array_length(string_to_array(q.matrix_rows, E'\n'), 1), 0) as n_rows
from survey_question q where q.survey_id = currval(pg_get_serial_sequence('survey', 'id'));
insert into survey_response (survey_id, submitted, submitted_at, updated_at)
select currval(pg_get_serial_sequence('survey', 'id')), g <= $RESPONSES,
       case when g <= $RESPONSES then timestamptz '2026-01-05 08:00+01' + (g % 7000) * interval '17 minutes' end, now()
from generate_series(1, $RESPONSES + $UNSUBMITTED) g;
create temporary table br on commit drop as
select id from survey_response where survey_id = currval(pg_get_serial_sequence('survey', 'id'));
-- single choice and yes/no: 95 % answer; multiple choice: each option 35 %; matrix: every row;
-- numbers 90 %; short texts 40 %, long texts 20 %; the date 60 %. ("+ 0 * (r.id + q.id)" keeps
-- PostgreSQL from evaluating random() once per question instead of once per answer.)
insert into survey_answer (survey_id, response_id, question_id, row_no, choice, num_value, text_value, date_value)
select currval(pg_get_serial_sequence('survey', 'id')), r.id, q.id, 0, floor(random() * q.n_opts)::int, null::numeric, null::varchar, null::date
from br r cross join bqs q where q.kind in ('SINGLE', 'YES_NO') and random() + 0 * (r.id + q.id) < 0.95
union all
select currval(pg_get_serial_sequence('survey', 'id')), r.id, q.id, 0, o, null::numeric, null::varchar, null::date
from br r cross join bqs q cross join generate_series(0, 5) o where q.kind = 'MULTIPLE' and o < q.n_opts and random() + 0 * (r.id + q.id + o) < 0.35
union all
select currval(pg_get_serial_sequence('survey', 'id')), r.id, q.id, w, floor(random() * q.n_opts)::int, null::numeric, null::varchar, null::date
from br r cross join bqs q cross join generate_series(0, 3) w where q.kind = 'MATRIX' and w < q.n_rows
union all
select currval(pg_get_serial_sequence('survey', 'id')), r.id, q.id, 0, null::int, floor(random() * 90)::numeric, null::varchar, null::date
from br r cross join bqs q where q.kind = 'NUMBER' and random() + 0 * (r.id + q.id) < 0.9
union all
select currval(pg_get_serial_sequence('survey', 'id')), r.id, q.id, 0, null::int, null::numeric,
       case when q.kind = 'SHORT_TEXT' then 'Krátká odpověď č. ' || r.id
            else 'Delší odpověď respondenta č. ' || r.id || ': služby jsou daleko a čekací doby dlouhé, pomohla by doprava a více informací na obecním úřadě.' end,
       null::date
from br r cross join bqs q where (q.kind = 'SHORT_TEXT' and random() + 0 * (r.id + q.id) < 0.4)
   or (q.kind = 'LONG_TEXT' and random() + 0 * (r.id + q.id) < 0.2)
union all
select currval(pg_get_serial_sequence('survey', 'id')), r.id, q.id, 0, null::int, null::numeric, null, date '2025-01-01' + floor(random() * 400)::int
from br r cross join bqs q where q.kind = 'DATE' and random() + 0 * (r.id + q.id) < 0.6;
-- the first row of each (response, question) carries first_row, as SurveyAnswering.replaceAnswers
-- writes it (and as V82 backfilled existing answers)
update survey_answer set first_row = true
where survey_id = currval(pg_get_serial_sequence('survey', 'id'))
  and id in (select min(id) from survey_answer where survey_id = currval(pg_get_serial_sequence('survey', 'id'))
             group by response_id, question_id);
select currval(pg_get_serial_sequence('survey', 'id'));
commit;
SQL
)
SURVEY_ID=$(echo "$SURVEY_ID" | grep -E '^[0-9]+$' | tail -1)
"${PSQL[@]}" -c "vacuum analyze survey_response" -c "vacuum analyze survey_answer"
LOAD_MS=$(( $(now_ms) - LOAD_START ))
fi
RESPONSES=$("${PSQL[@]}" -tA -c "select count(*) from survey_response where survey_id = $SURVEY_ID and submitted = true")
ANSWERS=$("${PSQL[@]}" -tA -c "select count(*) from survey_answer where survey_id = $SURVEY_ID")
echo "   survey $SURVEY_ID: $ANSWERS answer rows, loaded and analysed in $LOAD_MS ms"

# -------------------------------------------------------------------------------- sign in (curl)
JAR_COOKIES="$WORK/cookies"
LOGIN_PAGE=$(curl -fsS -c "$JAR_COOKIES" -b "$JAR_COOKIES" "http://127.0.0.1:$APP_PORT/login")
CSRF=$(echo "$LOGIN_PAGE" | grep -o 'name="_csrf"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//' | head -1)
curl -fsS -o /dev/null -c "$JAR_COOKIES" -b "$JAR_COOKIES" --data-urlencode "username=$BENCH_EMAIL" \
    --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$CSRF" "http://127.0.0.1:$APP_PORT/login"
RESULTS="http://127.0.0.1:$APP_PORT/orp/$ORP/planovani/dotazniky/$SURVEY_ID/vysledky"
STATUS=$(curl -sS -o "$WORK/results.html" -w '%{http_code}' -b "$JAR_COOKIES" "$RESULTS")
[ "$STATUS" = 200 ] || { echo "results page: HTTP $STATUS (sign-in failed?)" >&2; tail -20 "$WORK/app.log"; exit 1; }
grep -o "odeslaných odpovědí: [^<]*" "$WORK/results.html" | head -1 | sed 's/^/   page says: /'

# ------------------------------------------------------------------------------------ measuring
page_run() { # url -> "wall_ms stats_ms bytes"
    local timing stats
    timing=$(curl -sS -o "$WORK/page.out" -D "$WORK/headers" -w '%{time_total} %{size_download}' -b "$JAR_COOKIES" "$1")
    stats=$(grep -i '^server-timing:' "$WORK/headers" | sed 's/.*dur=\([0-9.]*\).*/\1/' | tr -d '\r')
    echo "$timing" | awk -v stats="${stats:--}" '{printf "%.1f %s %s\n", $1 * 1000, stats, $2}'
}
# the same statements SurveyResults.tally runs (what "Přepočítat výsledky" computes)
cat >"$WORK/reference.sql" <<SQL
\\timing on
select count(*) from survey_response where survey_id = $SURVEY_ID and submitted = true;
select a.question_id, a.row_no, a.choice, count(*), sum(case when a.first_row then 1 else 0 end),
       min(a.num_value), max(a.num_value), avg(a.num_value), min(a.date_value), max(a.date_value)
from survey_answer a join survey_response r on r.id = a.response_id
where a.survey_id = $SURVEY_ID and r.submitted = true
group by a.question_id, a.row_no, a.choice;
SQL
# the statements before V82: the same GROUP BY plus a DISTINCT (question, response) count for the
# multiple-choice/matrix questions (for comparison only)
DISTINCT_IDS=$("${PSQL[@]}" -tA -c "select string_agg(id::text, ',') from survey_question where survey_id = $SURVEY_ID and kind in ('MULTIPLE', 'MATRIX', 'RANKING')")
cat >"$WORK/previous.sql" <<SQL
\\timing on
select count(*) from survey_response where survey_id = $SURVEY_ID and submitted = true;
select a.question_id, a.row_no, a.choice, count(*),
       min(a.num_value), max(a.num_value), avg(a.num_value), min(a.date_value), max(a.date_value)
from survey_answer a join survey_response r on r.id = a.response_id
where a.survey_id = $SURVEY_ID and r.submitted = true
group by a.question_id, a.row_no, a.choice;
select x.question_id, count(*) from (
  select distinct a.question_id, a.response_id
  from survey_answer a join survey_response r on r.id = a.response_id
  where a.survey_id = $SURVEY_ID and r.submitted = true and a.question_id in ($DISTINCT_IDS)) x
group by x.question_id;
SQL
cat >"$WORK/plain.sql" <<SQL
\\timing on
select question_id, row_no, choice, count(*) from survey_answer where survey_id = $SURVEY_ID group by question_id, row_no, choice;
SQL
sql_run() { # file -> total ms of the statements
    "${PSQL[@]}" -o /dev/null -f "$1" | awk '/^Time:/ {s += $2} END {printf "%.1f\n", s}'
}
# the coordinator's recompute (POST with the page's CSRF token; the answer is a redirect)
CSRF_PAGE=$(grep -o 'name="_csrf"[^>]*value="[^"]*"' "$WORK/results.html" | sed 's/.*value="//; s/"$//' | head -1)
[ -n "$CSRF_PAGE" ] || { echo "no recompute form on the results page" >&2; exit 1; }
recompute_run() { # -> "wall_ms stats_ms"
    local timing stats
    timing=$(curl -sS -o /dev/null -D "$WORK/headers" -w '%{time_total} %{http_code}' -b "$JAR_COOKIES" \
        --data-urlencode "_csrf=$CSRF_PAGE" "$RESULTS/prepocitat")
    [ "${timing#* }" = 302 ] || { echo "recompute: HTTP ${timing#* }" >&2; exit 1; }
    stats=$(grep -i '^server-timing:' "$WORK/headers" | sed 's/.*dur=\([0-9.]*\).*/\1/' | tr -d '\r')
    echo "$timing" | awk -v stats="${stats:--}" '{printf "%.1f %s\n", $1 * 1000, stats}'
}
set_state() { "${PSQL[@]}" -c "update survey set state = '$1' where id = $SURVEY_ID"; }
STATE_BEFORE=$("${PSQL[@]}" -tA -c "select state from survey where id = $SURVEY_ID")
set_state CLOSED

echo "== warm-up (2 runs of each)"
for _ in 1 2; do recompute_run >/dev/null; page_run "$RESULTS" >/dev/null; sql_run "$WORK/reference.sql" >/dev/null; done
echo "== $RUNS measured runs, alternating: recompute (Server-Timing = statistics) / psql reference / closed results page / psql previous statements / psql plain GROUP BY"
: >"$WORK/recompute.txt"; : >"$WORK/ref.txt"; : >"$WORK/page.txt"; : >"$WORK/previous.txt"; : >"$WORK/plain.txt"
for i in $(seq 1 "$RUNS"); do
    c=$(recompute_run); r=$(sql_run "$WORK/reference.sql"); p=$(page_run "$RESULTS")
    o=$(sql_run "$WORK/previous.sql"); q=$(sql_run "$WORK/plain.sql")
    echo "$c" >>"$WORK/recompute.txt"; echo "$r" >>"$WORK/ref.txt"; echo "$p" >>"$WORK/page.txt"
    echo "$o" >>"$WORK/previous.txt"; echo "$q" >>"$WORK/plain.txt"
    echo "   run $i: recompute $(echo "$c" | cut -d' ' -f1) ms (statistics $(echo "$c" | cut -d' ' -f2) ms), SQL reference $r ms, closed page $(echo "$p" | cut -d' ' -f1) ms ($(echo "$p" | cut -d' ' -f3) bytes), previous statements $o ms, plain GROUP BY $q ms"
done
STATS_MS=$(cut -d' ' -f2 "$WORK/recompute.txt" | median)
RECOMPUTE_MS=$(cut -d' ' -f1 "$WORK/recompute.txt" | median)
PAGE_MS=$(cut -d' ' -f1 "$WORK/page.txt" | median)
PAGE_BYTES=$(cut -d' ' -f3 "$WORK/page.txt" | head -1)
REF_MS=$(median <"$WORK/ref.txt")
PREVIOUS_MS=$(median <"$WORK/previous.txt")
PLAIN_MS=$(median <"$WORK/plain.txt")

BY=$("${PSQL[@]}" -tA -c "select id from survey_question where survey_id = $SURVEY_ID and position = 1")
CROSS_FIRST=$(page_run "$RESULTS?podle=$BY")
CROSS=$(page_run "$RESULTS?podle=$BY")
PDF=$(page_run "$RESULTS.pdf?podle=$BY")

echo "== the same survey OPEN (state set with psql; its stored statistics deleted, as reopening does): the first view counts"
echo "   live and keeps a snapshot (ADR 0015); later views show the snapshot; right after an answer (snapshot marked stale"
echo "   with psql, as an answer write does) the view shows it and starts a recount in the background ($RUNS runs)"
set_state OPEN
"${PSQL[@]}" -c "delete from survey_statistics where survey_id = $SURVEY_ID" >/dev/null
OPEN_FIRST=$(page_run "$RESULTS")
page_run "$RESULTS" >/dev/null
wait_fresh() { # until the background recount has replaced the stale snapshot (at most ~60 s)
    for _ in $(seq 1 300); do
        [ "$("${PSQL[@]}" -tA -c "select count(*) from survey_statistics where survey_id = $SURVEY_ID and stale")" = 0 ] && return
        sleep 0.2
    done
}
: >"$WORK/open.txt"; : >"$WORK/open-stale.txt"
for i in $(seq 1 "$RUNS"); do
    o=$(page_run "$RESULTS"); echo "$o" >>"$WORK/open.txt"
    "${PSQL[@]}" -c "update survey_statistics set stale = true where survey_id = $SURVEY_ID" >/dev/null
    t=$(page_run "$RESULTS"); echo "$t" >>"$WORK/open-stale.txt"
    wait_fresh
    echo "   run $i: open page (snapshot) $(echo "$o" | cut -d' ' -f1) ms, right after an answer (stale snapshot, recount started) $(echo "$t" | cut -d' ' -f1) ms"
done
OPEN_PAGE_FIRST=$(page_run "$RESULTS?podle=$BY")
OPEN_PAGE=$(page_run "$RESULTS?podle=$BY")
set_state "$STATE_BEFORE"
"${PSQL[@]}" -c "delete from survey_statistics where survey_id = $SURVEY_ID" >/dev/null
OPEN_MS=$(cut -d' ' -f1 "$WORK/open.txt" | median)
OPEN_STATS_MS=$(cut -d' ' -f2 "$WORK/open.txt" | median)
OPEN_STALE_MS=$(cut -d' ' -f1 "$WORK/open-stale.txt" | median)

echo "== answer writes: 42 rows per response, one INSERT per row vs one JDBC batch (bench/SurveyInserts.java, 2,000 responses)"
unzip -q -j -o "$JAR" 'BOOT-INF/lib/postgresql-*.jar' -d "$WORK/lib"
read -r INS_SINGLE INS_BATCH < <(java -cp "$(ls "$WORK"/lib/postgresql-*.jar)" bench/SurveyInserts.java \
    "$PLANOVNA_DB_URL" "$DB_USER" "$DB_PASSWORD" 2000)

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
verdict() { awk -v v="$1" -v g="$2" 'BEGIN {print (v <= g) ? "met" : "NOT met"}'; }
STATS_RATIO=$(ratio "$STATS_MS" "$REF_MS")
echo
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| benchmark ($RESPONSES responses × 30 questions, $ANSWERS answer rows) | Plánovna | reference | ratio / value | goal | |"
echo "|---|---|---|---|---|---|"
echo "| (i)/(ii) all per-question counts | $STATS_MS ms (\"Přepočítat výsledky\" = SurveyResults.tally + storing, Server-Timing, median of $RUNS) | psql, same aggregate SQL: $REF_MS ms | $STATS_RATIO × | ≤ 1.5 × | $(verdict "$STATS_RATIO" 1.5) |"
echo "| (iii) results page of the closed survey over HTTP | $PAGE_MS ms ($PAGE_BYTES bytes, stored statistics, median of $RUNS) | – | $PAGE_MS ms | < 1,000 ms | $(verdict "$PAGE_MS" 999.9) |"
echo "| results page of the same survey while open (snapshot, ADR 0015) | $OPEN_MS ms (statistics $OPEN_STATS_MS ms, median of $RUNS) | – | $OPEN_MS ms | < 1,000 ms | $(verdict "$OPEN_MS" 999.9) |"
echo "| … of the open survey right after an answer (stale snapshot shown, recount in the background) | $OPEN_STALE_MS ms (median of $RUNS) | – | $OPEN_STALE_MS ms | < 1,000 ms | $(verdict "$OPEN_STALE_MS" 999.9) |"
echo
echo "Also: recompute POST wall time $RECOMPUTE_MS ms (= the first view of a closed survey after closing);"
echo "previous statements (GROUP BY + DISTINCT (question, response), before V82): $PREVIOUS_MS ms (reference now / before = $(ratio "$REF_MS" "$PREVIOUS_MS") ×);"
echo "plain one-statement GROUP BY (question, row, choice) without the submitted filter: $PLAIN_MS ms (statistics / plain = $(ratio "$STATS_MS" "$PLAIN_MS") ×);"
echo "closed page cross-tabulated by Q1: first view $(echo "$CROSS_FIRST" | cut -d' ' -f1) ms (computes and stores the cross-tabulation; statistics $(echo "$CROSS_FIRST" | cut -d' ' -f2) ms), then $(echo "$CROSS" | cut -d' ' -f1) ms;"
echo "open page: the very first view (no snapshot yet, counted live) $(echo "$OPEN_FIRST" | cut -d' ' -f1) ms (statistics $(echo "$OPEN_FIRST" | cut -d' ' -f2) ms);"
echo "open page cross-tabulated by Q1: first view (counted live) $(echo "$OPEN_PAGE_FIRST" | cut -d' ' -f1) ms, then (snapshot) $(echo "$OPEN_PAGE" | cut -d' ' -f1) ms;"
echo "answer writes of 2,000 responses × 42 rows: one INSERT per row $INS_SINGLE ms, one batch per response $INS_BATCH ms ($(ratio "$INS_SINGLE" "$INS_BATCH") × faster);"
echo "PDF report of the closed survey cross-tabulated by Q1: $(echo "$PDF" | cut -d' ' -f1) ms ($(echo "$PDF" | cut -d' ' -f3) bytes); load of the survey: $LOAD_MS ms."
exit 0
