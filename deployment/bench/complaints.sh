#!/usr/bin/env bash
# Benchmark of complaints (issue 3, item 7), on this machine, against MariaDB and a real Keycloak, all started here as
# processes on the bench ports (HTTP 28080, Keycloak 28180, MariaDB 23306). Prints the figures; docs/benchmarks.md
# records them.
#
#   1. intake: POST /api/v1/complaints (Langkat's API client, a fresh Idempotency-Key each) from CLIENTS threads for
#      DURATION seconds after a WARMUP, and in the same run the bare JDBC insert POST /api/bench/complaints (a plain
#      servlet) the same way; unless FLOORS=0, also the same insert behind JAX-RS with the bearer token, role check and
#      tenant resolution (POST /api/v1/bench/complaints), to show how much of the gap is the stack itself;
#   2. ROWS complaints bulk-loaded into Langkat with SQL (load-complaints.sql);
#   3. Open311 GET requests.json, status=open over a 3-month window, 50 a page, pages 1 and 20: READS sequential
#      requests, then READ_CLIENTS concurrent clients with READS/READ_CLIENTS... each;
#   4. the staff inbox's first page as the server spends it (GET /api/bench/inbox): all, RECEIVED + overdue, words
#      found nowhere (the whole search window read) and common words.
#
# Usage: deployment/bench/complaints.sh   (after mvn install -DskipTests)
# Environment: PAYARA_JAVA_OPTS (extra JVM options, e.g. a JFR recording), DB_URL_OPTS (appended to the JDBC URL, after
#   the options operations.md recommends),
#   HTTP_THREADS (Payara's --maxhttpthreads; 2 per core as
#   operations.md recommends, Payara's own default is 200), FLOORS (1), CLIENTS (32), DURATION (60, seconds), WARMUP (120: on 2 busy cores the
#   JIT needs about two minutes before either endpoint runs at its steady rate; see docs/benchmarks.md), ROWS (1000000), READS (500), READ_CLIENTS (8),
#   KEEP_DB=1 to keep the bench database of an earlier run (the load is skipped when Langkat has ROWS complaints),
#   SKIP_INTAKE=1, INTAKE_ONLY=1 (stop after the intake figures), MAIL=1 (e-mail on: each report also queues the
#   reporter's e-mail, as in production; off by default, like the platform's own default), BENCH_DIR
#   (deployment/target/bench), WILAYAH_DIR.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BIN="$ROOT/deployment/bin"
PLATFORM="$ROOT/deployment/target/platform"
BENCH_DIR="${BENCH_DIR:-$ROOT/deployment/target/bench}"
WILAYAH_DIR="${WILAYAH_DIR:-$ROOT/../shared/data/wilayah}"
CLIENTS="${CLIENTS:-32}" SECONDS_="${DURATION:-60}" WARMUP="${WARMUP:-120}" ROWS="${ROWS:-1000000}"
READS="${READS:-500}" READ_CLIENTS="${READ_CLIENTS:-8}"
# Payara's HTTP worker threads: 2 per core, as docs/operations.md recommends (Payara's own default is 200).
HTTP_THREADS="${HTTP_THREADS:-$(( 2 * $(nproc) ))}"
HTTP_PORT=28080
export KC_PORT=28180
export KC_HOME="${PENDOPO_TEST_CACHE:-$HOME/.cache/pendopo-test}/keycloak-bench"
export PENDOPO_UI_URLS="http://localhost:$HTTP_PORT"
export DB_DIR="$BENCH_DIR/mariadb" DB_PORT=23306 DB_FRESH=$([ "${KEEP_DB:-0}" = 1 ] && echo 0 || echo 1)
BASE="http://localhost:$HTTP_PORT"
REALM="http://localhost:$KC_PORT/realms/pendopo"
SLUG=langkat KODE=12.05
SQL=(mariadb --socket="$DB_DIR/mariadb.sock" -uroot pendopo)

[ -f "$PLATFORM/api.war" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
mkdir -p "$BENCH_DIR"
PAYARA_PID=""
cleanup() {
  [ -n "$PAYARA_PID" ] && kill "$PAYARA_PID" 2>/dev/null && wait "$PAYARA_PID" 2>/dev/null || true
  "$BIN/keycloak.sh" stop >/dev/null 2>&1 || true
  "$BIN/mariadb.sh" stop >/dev/null 2>&1 || true
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
say() { printf '[complaints.sh %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
bench() { java "$HERE/Bench.java" "$@"; }
met() { awk -v v="$1" -v t="$2" -v op="${3:-le}" 'BEGIN { ok = (op == "ge") ? (v >= t) : (v <= t); print ok ? "met" : "MISSED" }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", (b > 0) ? 100 * a / b : 0 }'; }
field() { sed -nE "s/.*(^| )$1=([^ ]+).*/\2/p" <<<"$2"; }
LOAD_BEFORE="$(uptime)"
rm -f "$BENCH_DIR/BARE.db" "$BENCH_DIR/PLAT.db"

"$BIN/mariadb.sh" start
"$BIN/keycloak.sh" reset >/dev/null
"$BIN/keycloak.sh" start >/dev/null
"$BIN/keycloak.sh" wait

# Connector/J's options as docs/operations.md recommends them for production.
URL_OPTIONS='rewriteBatchedStatements=true&connectionTimeZone=UTC&cachePrepStmts=true&prepStmtCacheSize=250&prepStmtCacheSqlLimit=2048&useLocalSessionState=true&elideSetAutoCommits=true&cacheServerConfiguration=true&openTelemetry=DISABLED'
rm -rf "$BENCH_DIR/payara"
# MAIL=1: e-mail on, as in production, so every report also queues the reporter's e-mail (one more row). The SMTP
# port is closed: the sender's attempts fail at once and are retried later, as with a mail server that is down.
MAIL_OPTS=()
[ "${MAIL:-0}" = 1 ] && MAIL_OPTS=(-Dpendopo.mail.enabled=true -Dpendopo.mail.host=127.0.0.1 -Dpendopo.mail.port=2)
java -Xmx2g ${PAYARA_JAVA_OPTS:-} "${MAIL_OPTS[@]}" -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl -Dpendopo.bench.enabled=true \
  -Dpendopo.db.datasource-class=com.mysql.cj.jdbc.MysqlDataSource \
  "-Dpendopo.db.url=jdbc:mysql://127.0.0.1:$DB_PORT/pendopo?useSSL=false&allowPublicKeyRetrieval=true&$URL_OPTIONS${DB_URL_OPTS:-}" \
  -Dpendopo.keycloak.url="http://localhost:$KC_PORT" -Dpendopo.data="$BENCH_DIR/data" \
  -jar "$PLATFORM/payara-micro.jar" --deploy "$PLATFORM/api.war" --deploy "$PLATFORM/ROOT.war" \
  --port "$HTTP_PORT" --rootdir "$BENCH_DIR/payara" --nocluster --maxhttpthreads "$HTTP_THREADS" \
  >"$BENCH_DIR/payara.log" 2>&1 &
PAYARA_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/api/health/ready")" = 200 ]; do
  kill -0 "$PAYARA_PID" 2>/dev/null || { tail -50 "$BENCH_DIR/payara.log"; exit 1; }
  sleep 0.5
done
say "Payara ready"

# ---- Langkat, created once -------------------------------------------------------------------------------------
OP_TOKEN="$(curl -s -d grant_type=password -d client_id=pendopo-cli -d username=operator -d password=operator \
  "$REALM/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/')"
if [ -z "$("${SQL[@]}" -N -e "SELECT id FROM tenant WHERE slug='$SLUG' AND status='ACTIVE'" 2>/dev/null)" ]; then
  say "importing regions and creating $SLUG"
  curl -s -f -o /dev/null -H "Authorization: Bearer $OP_TOKEN" -H 'Content-Type: text/csv' \
    --data-binary @"$WILAYAH_DIR/wilayah.csv" "$BASE/api/v1/regions/import"
  curl -s -f -o /dev/null -H "Authorization: Bearer $OP_TOKEN" -H 'Content-Type: application/json' \
    -d "{\"kode\":\"$KODE\",\"slug\":\"$SLUG\",\"adminEmail\":\"admin@$SLUG.bench\"}" "$BASE/api/v1/tenants"
fi
PREFIX="$("${SQL[@]}" -N -e "SELECT tracking_prefix FROM tenant WHERE slug='$SLUG'")"
TOKEN_ARGS=("$REALM/protocol/openid-connect/token" langkat-integration langkat-integration-dev-secret)

# MariaDB's statement counters, to divide by the rows an intake phase added: what each report costs the database.
COUNTERS="'Questions','Com_select','Com_insert','Com_update','Com_delete','Com_commit','Com_rollback'"
db_counters() { "${SQL[@]}" -N -e "SELECT GROUP_CONCAT(VARIABLE_VALUE ORDER BY FIELD(VARIABLE_NAME, $COUNTERS)) FROM information_schema.GLOBAL_STATUS WHERE VARIABLE_NAME IN ($COUNTERS)"; }
# The bare endpoint creates its table on its first call: no table yet counts as no rows.
rows_of() { "${SQL[@]}" -N -e "SELECT COUNT(*) FROM $1" 2>/dev/null || echo 0; }
# per_row BEFORE AFTER ROWS_BEFORE ROWS_AFTER: each counter's growth divided by the rows added.
per_row() {
  awk -v a="$1" -v b="$2" -v n="$(( $4 - $3 ))" 'BEGIN {
    split("statements selects inserts updates deletes commits rollbacks", k, " ");
    split(a, x, ","); split(b, y, ","); out = "rows=" n;
    for (i = 1; i <= 7; i++) out = out sprintf(" %s=%.2f", k[i], (n > 0) ? (y[i] - x[i]) / n : 0);
    print out }'
}
# intake_phase NAME TABLE bench-args...: runs the load and records MariaDB's work per row of TABLE in
# $BENCH_DIR/NAME.db (a file, because the phase runs in a subshell).
intake_phase() {
  local name="$1" table="$2"; shift 2
  local c0 r0 out
  c0="$(db_counters)"; r0="$(rows_of "$table")"
  out="$(bench intake "$@")"
  per_row "$c0" "$(db_counters)" "$r0" "$(rows_of "$table")" >"$BENCH_DIR/$name.db"
  echo "$out"
}

# The bare insert behind the stack, and the platform against each of them.
floors() {
  [ -n "${JAXRS_JWT:-}" ] || return 0
  printf '  the insert behind JAX-RS + token : %s\n  platform / JAX-RS + token insert: %s %%;  JAX-RS + token insert / bare: %s %%\n' \
    "$JAXRS_JWT" "$(ratio "$(field rps "$PLAT")" "$(field rps "$JAXRS_JWT")")" "$(ratio "$(field rps "$JAXRS_JWT")" "$(field rps "$BARE")")"
}

# What each phase cost MariaDB, per row it added (warm-up included).
intake_db() {
  printf '  MariaDB per row added, warm-up included (statements = all the server received):\n    bare    : %s\n    platform: %s\n' \
    "$(cat "$BENCH_DIR/BARE.db" 2>/dev/null)" "$(cat "$BENCH_DIR/PLAT.db" 2>/dev/null)"
}

# ---- 1. intake, bare insert and platform in the same run -------------------------------------------------------
if [ "${SKIP_INTAKE:-0}" != 1 ]; then
  say "intake: bare JDBC endpoint, $CLIENTS clients, ${WARMUP}s warm-up + ${SECONDS_}s"
  BARE="$(intake_phase BARE bench_complaint "$BASE/api/bench/complaints" "$SECONDS_" "$WARMUP" "$CLIENTS")"; say "bare: $BARE"
  if [ "${FLOORS:-1}" = 1 ]; then
    say "intake: the same insert behind JAX-RS with the bearer token"
    JAXRS_JWT="$(bench intake "$BASE/api/v1/bench/complaints" "$SECONDS_" "$WARMUP" "$CLIENTS" "${TOKEN_ARGS[@]}")"
    say "jax-rs + token: $JAXRS_JWT"
  fi
  say "intake: POST /api/v1/complaints, $CLIENTS clients, ${WARMUP}s warm-up + ${SECONDS_}s"
  PLAT="$(intake_phase PLAT complaint "$BASE/api/v1/complaints" "$SECONDS_" "$WARMUP" "$CLIENTS" "${TOKEN_ARGS[@]}")"; say "platform: $PLAT"
else
  # A complaint through the API, for its tracking secret hash.
  bench intake "$BASE/api/v1/complaints" 1 0 1 "${TOKEN_ARGS[@]}" >/dev/null
fi
LOAD_AFTER_INTAKE="$(uptime)"
if [ "${INTAKE_ONLY:-0}" = 1 ]; then
  R=$(ratio "$(field rps "$PLAT")" "$(field rps "$BARE")")
  printf 'intake only, %s clients, %s s after %s s warm-up, %s HTTP worker threads (load before: %s; after: %s)\n  bare JDBC insert     : %s\n  POST /v1/complaints  : %s\n  platform / bare throughput: %s %%;  platform p99 %s ms\n' \
    "$CLIENTS" "$SECONDS_" "$WARMUP" "$HTTP_THREADS" "$LOAD_BEFORE" "$LOAD_AFTER_INTAKE" "$BARE" "$PLAT" "$R" "$(field p99 "$PLAT")"
  floors
  intake_db
  exit 0
fi

# ---- 2. a million complaints -----------------------------------------------------------------------------------
HAVE="$("${SQL[@]}" -N -e "SELECT COUNT(*) FROM complaint c JOIN tenant t ON t.id = c.tenant_id WHERE t.slug='$SLUG'")"
if [ "$HAVE" -lt "$ROWS" ]; then
  say "loading $ROWS complaints into $SLUG (has $HAVE)"
  T0=$(now_ms)
  sed -e "s/@ROWS@/$ROWS/g" -e "s/@SLUG@/$SLUG/g" "$HERE/load-complaints.sql" | "${SQL[@]}" >/dev/null
  LOAD_MS=$(( $(now_ms) - T0 ))
else
  LOAD_MS="skipped"
fi
TOTAL="$("${SQL[@]}" -N -e "SELECT COUNT(*) FROM complaint c JOIN tenant t ON t.id = c.tenant_id WHERE t.slug='$SLUG'")"
say "complaints of $SLUG: $TOTAL (load: $LOAD_MS ms)"
"${SQL[@]}" -t -e "SELECT status, COUNT(*) FROM complaint GROUP BY status ORDER BY 2 DESC" >"$BENCH_DIR/status-spread.txt"

# ---- 3. Open311 ------------------------------------------------------------------------------------------------
START_DATE="$(date -u -d '-120 days' +%F)" END_DATE="$(date -u -d '-30 days' +%F)"
O311="$BASE/api/open311/v2/requests.json?jurisdiction_id=$SLUG&status=open&start_date=$START_DATE&end_date=$END_DATE&page_size=50"
say "Open311 $O311"
O1="$(bench get "$O311" "$READS" 1 200)"; say "open311 page 1 sequential: $O1"
O20="$(bench get "$O311&page=20" "$READS" 1 200)"; say "open311 page 20 sequential: $O20"
PER=$(( READS / READ_CLIENTS ))
O1C="$(bench get "$O311" "$PER" "$READ_CLIENTS" 25)"; say "open311 page 1, $READ_CLIENTS clients: $O1C"
O20C="$(bench get "$O311&page=20" "$PER" "$READ_CLIENTS" 25)"; say "open311 page 20, $READ_CLIENTS clients: $O20C"

# ---- 4. inbox --------------------------------------------------------------------------------------------------
IA="$(bench inbox "$BASE/api/bench/inbox?jurisdiction=$SLUG&case=all" 100 5)"; say "inbox all: $IA"
IR="$(bench inbox "$BASE/api/bench/inbox?jurisdiction=$SLUG&case=received-overdue" 100 5)"; say "inbox received+overdue: $IR"
IW="$(bench inbox "$BASE/api/bench/inbox?jurisdiction=$SLUG&case=words-rare" 100 5)"; say "inbox words found nowhere: $IW"
IC="$(bench inbox "$BASE/api/bench/inbox?jurisdiction=$SLUG&case=words-common" 100 5)"; say "inbox common words: $IC"

# The plans of the lists measured, for the record (the SQL EclipseLink sends, with the parameters inlined).
TENANT_ID="$("${SQL[@]}" -N -e "SELECT id FROM tenant WHERE slug='$SLUG'")"
{
  echo "== Open311 page 20"
  "${SQL[@]}" -e "EXPLAIN SELECT id FROM complaint WHERE status IN ('RECEIVED','DEFERRED','VERIFIED','DISPOSED','FOLLOWED_UP')
    AND received_at >= '$START_DATE' AND received_at < '$END_DATE' AND privacy_mode <> 'CONFIDENTIAL'
    AND tenant_id = '$TENANT_ID' ORDER BY received_at DESC, id DESC LIMIT 950, 51"
  echo "== inbox all"
  "${SQL[@]}" -e "EXPLAIN SELECT id FROM complaint WHERE tenant_id = '$TENANT_ID' ORDER BY received_at DESC, id DESC LIMIT 50"
  echo "== inbox RECEIVED + overdue"
  "${SQL[@]}" -e "EXPLAIN SELECT id FROM complaint WHERE status IN ('RECEIVED') AND ((status IN ('RECEIVED','DEFERRED')
    AND verification_due_at < UTC_TIMESTAMP()) OR (status = 'DISPOSED' AND follow_up_due_at < UTC_TIMESTAMP()))
    AND tenant_id = '$TENANT_ID' ORDER BY received_at DESC, id DESC LIMIT 50"
  echo "== inbox words found nowhere, within the search window (its start as ComplaintQueries.searchWindowStart reads it)"
  WINDOW_START="$("${SQL[@]}" -N -e "SELECT received_at FROM complaint WHERE tenant_id = '$TENANT_ID'
    ORDER BY received_at DESC, id DESC LIMIT 29999, 1")"
  "${SQL[@]}" -e "EXPLAIN SELECT id FROM complaint WHERE received_at >= '$WINDOW_START'
    AND (LOWER(title) LIKE '%tidak-ada-di-laporan-mana-pun%' OR LOWER(description) LIKE '%tidak-ada-di-laporan-mana-pun%')
    AND tenant_id = '$TENANT_ID' ORDER BY received_at DESC, id DESC LIMIT 50"
  echo "== inbox counter: overdue"
  "${SQL[@]}" -e "EXPLAIN SELECT COUNT(id) FROM complaint WHERE ((status IN ('RECEIVED','DEFERRED')
    AND verification_due_at < UTC_TIMESTAMP()) OR (status = 'DISPOSED' AND follow_up_due_at < UTC_TIMESTAMP()))
    AND tenant_id = '$TENANT_ID'"
} >"$BENCH_DIR/explain.txt" 2>&1
LOAD_END="$(uptime)"


cat <<TXT

Pendopo complaints benchmark — $(date -u '+%Y-%m-%d %H:%M UTC') — $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)
load before: $LOAD_BEFORE
load after intake: $LOAD_AFTER_INTAKE
load at the end: $LOAD_END
TXT
if [ "${SKIP_INTAKE:-0}" != 1 ]; then
  R=$(ratio "$(field rps "$PLAT")" "$(field rps "$BARE")")
  cat <<TXT
intake, $CLIENTS clients, ${SECONDS_} s measured after ${WARMUP} s warm-up, $HTTP_THREADS HTTP worker threads
  bare JDBC insert     : $BARE
  POST /v1/complaints  : $PLAT
  platform / bare throughput: $R %  (target >= 50 %: $(met "$R" 50 ge));  platform p99 $(field p99 "$PLAT") ms (target <= 150 ms: $(met "$(field p99 "$PLAT")" 150))
TXT
  floors
  intake_db
fi
cat <<TXT
complaints of $SLUG: $TOTAL; bulk load of $ROWS: $LOAD_MS ms; spread in $BENCH_DIR/status-spread.txt
Open311 requests.json status=open $START_DATE..$END_DATE page_size=50 (target p99 <= 50 ms)
  page 1, sequential          : $O1   ($(met "$(field p99 "$O1")" 50))
  page 20, sequential         : $O20   ($(met "$(field p99 "$O20")" 50))
  page 1, $READ_CLIENTS clients          : $O1C   ($(met "$(field p99 "$O1C")" 50))
  page 20, $READ_CLIENTS clients         : $O20C   ($(met "$(field p99 "$O20C")" 50))
inbox first page, server time (range of 50 newest; target <= 300 ms), and the inbox's two counters
  all                         : $IA   ($(met "$(field range_p99 "$IA")" 300))
  RECEIVED + overdue          : $IR   ($(met "$(field range_p99 "$IR")" 300))
  words found nowhere         : $IW   ($(met "$(field range_p99 "$IW")" 300))
  common words ("pdam")       : $IC   ($(met "$(field range_p99 "$IC")" 300))
plans: $BENCH_DIR/explain.txt
TXT
