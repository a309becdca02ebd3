#!/usr/bin/env bash
# Starts and stops what the integration tests need as real processes: a private MariaDB and a Keycloak
# dev server with the pendopo realm (re-imported fresh for every run). Called by Maven in the deployment
# module's pre- and post-integration-test phases.
#
# Environment: IT_DIR (work directory), IT_DB_PORT, KC_PORT, IT_HTTP_PORT (the port Payara listens on in
# the tests, allowed as a redirect URI of the UI client), PENDOPO_TEST_CACHE (where the unpacked Keycloak is
# kept between runs so its one-off build is not repeated; default $HOME/.cache/pendopo-test).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
IT_DIR="${IT_DIR:?IT_DIR is required}"
IT_HTTP_PORT="${IT_HTTP_PORT:-18080}"
export KC_PORT="${KC_PORT:-18180}"
export KC_HOME="${PENDOPO_TEST_CACHE:-$HOME/.cache/pendopo-test}/keycloak-26.5.6"
export PENDOPO_UI_URLS="http://localhost:$IT_HTTP_PORT,http://127.0.0.1:$IT_HTTP_PORT"
export DB_DIR="$IT_DIR/mariadb" DB_PORT="${IT_DB_PORT:-13306}"

case "${1:-}" in
  start)
    mkdir -p "$IT_DIR"
    "$SCRIPT_DIR/mariadb.sh" start
    "$SCRIPT_DIR/keycloak.sh" stop >/dev/null 2>&1 || true
    "$SCRIPT_DIR/keycloak.sh" reset
    "$SCRIPT_DIR/keycloak.sh" start
    "$SCRIPT_DIR/keycloak.sh" wait
    ;;
  stop)
    "$SCRIPT_DIR/keycloak.sh" stop || true
    "$SCRIPT_DIR/mariadb.sh" stop || true
    ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
