#!/usr/bin/env bash
# Benchmark of the platform foundation (issue 2, item 9), on this machine, against MariaDB and a real
# Keycloak, all started here as processes. Prints the figures; docs/benchmarks.md records them.
#
#   1. cold start of Payara Micro with both WARs until /api/health/ready is 200 and the UI answers, and RSS then;
#   2. provisioning of one tenant (API call, Keycloak organization and admin included);
#   3. provisioning of all 514 regencies from ../shared/data/wilayah/regencies.csv, CONCURRENCY at a time;
#   4. heap used (after a full GC) with 514 tenants provisioned.
#
# Usage: deployment/bench/foundation.sh   (after mvn install -DskipTests)
# Environment: CONCURRENCY (default 4), BENCH_DIR (default deployment/target/bench), WILAYAH_DIR.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BIN="$ROOT/deployment/bin"
PLATFORM="$ROOT/deployment/target/platform"
BENCH_DIR="${BENCH_DIR:-$ROOT/deployment/target/bench}"
WILAYAH_DIR="${WILAYAH_DIR:-$ROOT/../shared/data/wilayah}"
CONCURRENCY="${CONCURRENCY:-4}"
HTTP_PORT=28080
export KC_PORT=28180
export KC_HOME="${PENDOPO_TEST_CACHE:-$HOME/.cache/pendopo-test}/keycloak-bench"
export PENDOPO_UI_URLS="http://localhost:$HTTP_PORT"
export DB_DIR="$BENCH_DIR/mariadb" DB_PORT=23306
BASE="http://localhost:$HTTP_PORT"
REALM="http://localhost:$KC_PORT/realms/pendopo"

[ -f "$PLATFORM/api.war" ] || { echo "build first: mvn install -DskipTests" >&2; exit 1; }
mkdir -p "$BENCH_DIR"
PAYARA_PID=""
cleanup() {
  [ -n "$PAYARA_PID" ] && kill "$PAYARA_PID" 2>/dev/null && wait "$PAYARA_PID" 2>/dev/null || true
  "$BIN/keycloak.sh" stop >/dev/null 2>&1 || true
  "$BIN/mariadb.sh" stop >/dev/null 2>&1 || true
  [ -n "${REFRESHER:-}" ] && kill "$REFRESHER" 2>/dev/null || true
}
trap cleanup EXIT

now_ms() { date +%s%3N; }

"$BIN/mariadb.sh" start
"$BIN/keycloak.sh" reset >/dev/null
"$BIN/keycloak.sh" start >/dev/null
"$BIN/keycloak.sh" wait

# ---- 1. cold start ----------------------------------------------------------------------------
rm -rf "$BENCH_DIR/payara"
T0=$(now_ms)
java -Xmx2g -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
  -Dpendopo.db.datasource-class=com.mysql.cj.jdbc.MysqlDataSource \
  "-Dpendopo.db.url=jdbc:mysql://127.0.0.1:$DB_PORT/pendopo?useSSL=false&allowPublicKeyRetrieval=true&rewriteBatchedStatements=true&connectionTimeZone=UTC" \
  -Dpendopo.keycloak.url="http://localhost:$KC_PORT" -Dpendopo.data="$BENCH_DIR/data" \
  -jar "$PLATFORM/payara-micro.jar" --deploy "$PLATFORM/api.war" --deploy "$PLATFORM/ROOT.war" \
  --port "$HTTP_PORT" --rootdir "$BENCH_DIR/payara" --nocluster >"$BENCH_DIR/payara.log" 2>&1 &
PAYARA_PID=$!
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/api/health/ready")" = 200 ] \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/")" = 302 ]; do
  kill -0 "$PAYARA_PID" 2>/dev/null || { tail -50 "$BENCH_DIR/payara.log"; exit 1; }
  sleep 0.2
done
T1=$(now_ms)
READY_MS=$((T1 - T0))
RSS_MB=$(( $(ps -o rss= -p "$PAYARA_PID") / 1024 ))

token() {
  curl -s -d grant_type=password -d client_id=pendopo-cli -d username=operator -d password=operator \
    "$REALM/protocol/openid-connect/token" | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
TOKEN_FILE="$BENCH_DIR/operator.token"
token >"$TOKEN_FILE"
( while sleep 60; do token >"$TOKEN_FILE.new" && mv "$TOKEN_FILE.new" "$TOKEN_FILE"; done ) &
REFRESHER=$!

T0=$(now_ms)
curl -s -f -o "$BENCH_DIR/import.json" -H "Authorization: Bearer $(cat "$TOKEN_FILE")" -H 'Content-Type: text/csv' \
  --data-binary @"$WILAYAH_DIR/wilayah.csv" "$BASE/api/v1/regions/import"
IMPORT_MS=$(( $(now_ms) - T0 ))

# slug from a regency name: "Kabupaten Aceh Selatan" -> aceh-selatan, "Kota Medan" -> kota-medan
slugs() {
  tail -n +2 "$WILAYAH_DIR/regencies.csv" | cut -d, -f1,2 | while IFS=, read -r kode nama; do
    s="$(printf '%s' "$nama" | sed -E 's/^Kabupaten //' | tr '[:upper:]' '[:lower:]' | sed -E 's/[^a-z0-9]+/-/g; s/^-+//; s/-+$//' | cut -c1-40 | sed -E 's/-+$//')"
    printf '%s %s\n' "$kode" "$s"
  done
}
provision() {
  local kode="$1" slug="$2"
  curl -s -o /dev/null -w '%{http_code}\n' -H "Authorization: Bearer $(cat "$TOKEN_FILE")" -H 'Content-Type: application/json' \
    -d "{\"kode\":\"$kode\",\"slug\":\"$slug\",\"adminEmail\":\"admin@$slug.bench\"}" "$BASE/api/v1/tenants"
}
export -f provision; export TOKEN_FILE BASE

# ---- 2. one tenant ----------------------------------------------------------------------------
slugs >"$BENCH_DIR/regencies.txt"
read -r FIRST_KODE FIRST_SLUG < <(head -1 "$BENCH_DIR/regencies.txt")
T0=$(now_ms)
ONE_STATUS=$(provision "$FIRST_KODE" "$FIRST_SLUG")
ONE_MS=$(( $(now_ms) - T0 ))

# ---- 3. all 514 -------------------------------------------------------------------------------
T0=$(now_ms)
tail -n +2 "$BENCH_DIR/regencies.txt" | xargs -P "$CONCURRENCY" -L 1 bash -c 'provision "$0" "$1"' >"$BENCH_DIR/statuses.txt"
ALL_MS=$(( $(now_ms) - T0 + ONE_MS ))
OK=$(grep -c '^201$' "$BENCH_DIR/statuses.txt" || true); OK=$((OK + (ONE_STATUS == 201 ? 1 : 0)))
OTHER=$(grep -vc '^201$' "$BENCH_DIR/statuses.txt" || true)
ACTIVE=$(curl -s -H "Authorization: Bearer $(cat "$TOKEN_FILE")" "$BASE/api/v1/tenants?status=ACTIVE&size=1" | sed -E 's/.*"total":([0-9]+).*/\1/')

# ---- 4. heap ----------------------------------------------------------------------------------
jcmd "$PAYARA_PID" GC.run >/dev/null
HEAP_KB=$(jcmd "$PAYARA_PID" GC.heap_info | sed -nE 's/.*total [0-9]+K, used ([0-9]+)K.*/\1/p' | head -1)
RSS_AFTER_MB=$(( $(ps -o rss= -p "$PAYARA_PID") / 1024 ))

cat <<TXT
Pendopo foundation benchmark — $(date -u '+%Y-%m-%d %H:%M UTC') — $(nproc) cores, $(free -g | awk '/Mem:/{print $2}') GiB, $(java -version 2>&1 | head -1)
cold start to ready (/api/health/ready 200 and the UI answering; Payara Micro, api.war + ROOT.war, MariaDB): ${READY_MS} ms   (target <= 20000 ms)
RSS after start: ${RSS_MB} MB
region import (91,599 rows, first time): ${IMPORT_MS} ms
provision one tenant (${FIRST_SLUG}): ${ONE_MS} ms (HTTP ${ONE_STATUS})
provision all 514 regencies, concurrency ${CONCURRENCY}: ${ALL_MS} ms   (target <= 120000 ms); 201: ${OK}, other: ${OTHER}; ACTIVE tenants: ${ACTIVE}
heap used after full GC with the tenants: $((HEAP_KB / 1024)) MB   (target < 1024 MB); RSS now ${RSS_AFTER_MB} MB
TXT
