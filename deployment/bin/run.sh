#!/usr/bin/env bash
# Builds and starts the whole Pendopo platform on this machine with embedded defaults:
#   - an H2 file database under $PENDOPO_DATA/db,
#   - a Keycloak dev server on port 8180 with the pendopo realm and demo users,
#   - Payara Micro on port 8080 with the staff UI (/) and the REST API (/api),
#   - the demo tenant "Kabupaten Langkat" (kode 12.05, slug langkat).
# Ctrl-C stops everything it started. Data is kept in $PENDOPO_DATA (default ~/.pendopo) between runs.
#
# Environment (all optional): PENDOPO_DATA, PENDOPO_PORT (8080), KC_PORT (8180), PENDOPO_SKIP_BUILD=1,
# PENDOPO_REGIONS_FILE (region CSV for the demo; default ../shared/data/wilayah/wilayah.csv if present),
# JAVA_OPTS (extra JVM options for Payara Micro). Every pendopo.* setting in docs/operations.md can be
# given as an environment variable too (PENDOPO_DB_URL, ...).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
export PENDOPO_DATA="${PENDOPO_DATA:-$HOME/.pendopo}"
PENDOPO_PORT="${PENDOPO_PORT:-8080}"
export KC_PORT="${KC_PORT:-8180}"
export PENDOPO_UI_URLS="${PENDOPO_UI_URLS:-http://localhost:$PENDOPO_PORT,http://127.0.0.1:$PENDOPO_PORT}"
PLATFORM="$ROOT/deployment/target/platform"

log() { printf '[pendopo] %s\n' "$*" >&2; }

# The Kemendagri region codes for the demo regency's kecamatan and desa: PENDOPO_REGIONS_FILE, else the shared data
# beside this clone, else beside the repository it was cloned from. The data is not in the repository.
regions_file() {
  if [ -n "${PENDOPO_REGIONS_FILE:-}" ]; then
    echo "$PENDOPO_REGIONS_FILE"
    return
  fi
  local candidates=("$ROOT/../shared/data/wilayah/wilayah.csv") origin
  origin="$(git -C "$ROOT" config --get remote.origin.url 2>/dev/null || true)"
  if [ -n "$origin" ] && [ -d "$origin" ]; then
    candidates+=("$(cd "$origin" && pwd)/../shared/data/wilayah/wilayah.csv")
  fi
  for c in "${candidates[@]}"; do
    if [ -f "$c" ]; then
      echo "$c"
      return
    fi
  done
}
REGIONS="$(regions_file)"
if [ -z "$REGIONS" ]; then
  log "no Kemendagri region file found (set PENDOPO_REGIONS_FILE to wilayah.csv): the demo regency starts without"
  log "kecamatan, so complaints cannot be filed until the operator imports the regions (console: Wilayah, or"
  log "POST /api/v1/regions/import). A database that already has regions keeps them."
fi

if [ "${PENDOPO_SKIP_BUILD:-0}" != 1 ] || [ ! -f "$PLATFORM/ROOT.war" ]; then
  log "building (mvn install -DskipTests) ..."
  (cd "$ROOT" && mvn -q -B install -DskipTests)
fi

mkdir -p "$PENDOPO_DATA"
PAYARA_PID=""
STOPPING=0
cleanup() {
  STOPPING=1
  trap - INT TERM EXIT
  log "stopping ..."
  if [ -n "$PAYARA_PID" ] && kill -0 "$PAYARA_PID" 2>/dev/null; then
    kill "$PAYARA_PID" 2>/dev/null || true
    wait "$PAYARA_PID" 2>/dev/null || true
  fi
  "$SCRIPT_DIR/keycloak.sh" stop || true
  log "stopped; data kept in $PENDOPO_DATA"
}
trap cleanup EXIT
trap 'cleanup; exit 130' INT TERM

"$SCRIPT_DIR/keycloak.sh" start
"$SCRIPT_DIR/keycloak.sh" wait

log "starting Payara Micro on port $PENDOPO_PORT (log: $PENDOPO_DATA/payara.log)"
START=$(date +%s)
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl \
  -Dpendopo.data="$PENDOPO_DATA" \
  -Dpendopo.keycloak.url="http://localhost:$KC_PORT" \
  -Dpendopo.demo.enabled=true \
  -Dpendopo.demo.regions-file="$REGIONS" \
  -jar "$PLATFORM/payara-micro.jar" \
  --deploy "$PLATFORM/api.war" --deploy "$PLATFORM/ROOT.war" \
  --port "$PENDOPO_PORT" --rootdir "$PENDOPO_DATA/payara" --nocluster \
  >"$PENDOPO_DATA/payara.log" 2>&1 &
PAYARA_PID=$!

# Ready: the API's readiness checks pass and the UI answers (with the redirect to the login page).
until [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://localhost:$PENDOPO_PORT/api/health/ready")" = 200 ] \
      && [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://localhost:$PENDOPO_PORT/")" = 302 ]; do
  if [ "$STOPPING" = 0 ] && ! kill -0 "$PAYARA_PID" 2>/dev/null; then
    tail -n 60 "$PENDOPO_DATA/payara.log" >&2
    log "Payara Micro exited; see $PENDOPO_DATA/payara.log"
    exit 1
  fi
  sleep 1
done

cat <<TXT

  Pendopo is running (ready in $(( $(date +%s) - START )) s).

  Staff UI and operator console  http://localhost:$PENDOPO_PORT/
  REST API                       http://localhost:$PENDOPO_PORT/api/v1
  API docs (Swagger UI)          http://localhost:$PENDOPO_PORT/api/docs/
  OpenAPI document               http://localhost:$PENDOPO_PORT/api/openapi
  Health / metrics               http://localhost:$PENDOPO_PORT/api/health  /api/metrics
  Keycloak                       http://localhost:$KC_PORT/  (admin console: admin / ${KC_ADMIN_PASSWORD:-admin})

  Demo logins (user / password)
    operator        / operator          platform operator: tenant console, region import
    admin.langkat   / admin.langkat     tenant admin of Kabupaten Langkat
    petugas.langkat / petugas.langkat   complaint officer of Kabupaten Langkat
    verifikator.langkat / verifikator.langkat   complaint officer (verifier) of Kabupaten Langkat
    opd.langkat     / opd.langkat       agency officer of DPUPR, Kabupaten Langkat
  API client (client credentials): langkat-integration / langkat-integration-dev-secret

  Data: $PENDOPO_DATA      Press Ctrl-C to stop.

TXT
wait "$PAYARA_PID"
