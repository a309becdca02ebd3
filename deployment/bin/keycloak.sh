#!/usr/bin/env bash
# Pendopo: install, start, wait for, stop a local Keycloak (dev mode) with the pendopo realm.
#
# Usage: deployment/bin/keycloak.sh install|start|wait|stop|restart|status|reset
#
# Environment (all optional):
#   PENDOPO_DATA        base directory for local runtime data        (default: $HOME/.pendopo)
#   KC_HOME             Keycloak installation directory              (default: $PENDOPO_DATA/keycloak-26.5.6)
#   KC_PORT             HTTP port                                    (default: 8180)
#   KC_ADMIN_PASSWORD   password of the bootstrap admin "admin" in the master realm (default: admin)
#   KC_WAIT_SECONDS     timeout of "wait"                            (default: 180)
#   KC_STOP_SECONDS     grace period of "stop" before SIGKILL        (default: 30)
#   PENDOPO_UI_URLS     extra base URLs of pendopo-ui, comma separated, e.g.
#                       "http://localhost:28080,http://127.0.0.1:28080"; each becomes a redirect URI
#                       "<url>/*" and a post-logout redirect URI of the pendopo-ui client.
#                       Applied when the realm is imported, i.e. on the first start of an empty
#                       database (see "reset").
#   PENDOPO_REALM_FILE  realm template (default: deployment/keycloak/pendopo-realm.json next to this script)
#   M2_REPO             local Maven repository (default: $HOME/.m2/repository)
#
# Keycloak itself still reads its own KC_* options from the environment (e.g. KC_HTTP_HOST,
# KC_LOG_LEVEL); the variables above that are not Keycloak options are removed before it starts.
set -euo pipefail

KC_VERSION=26.5.6
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PENDOPO_DATA="${PENDOPO_DATA:-$HOME/.pendopo}"
KC_HOME="${KC_HOME:-$PENDOPO_DATA/keycloak-$KC_VERSION}"
KC_PORT="${KC_PORT:-8180}"
KC_ADMIN_PASSWORD="${KC_ADMIN_PASSWORD:-admin}"
KC_WAIT_SECONDS="${KC_WAIT_SECONDS:-180}"
KC_STOP_SECONDS="${KC_STOP_SECONDS:-30}"
PENDOPO_UI_URLS="${PENDOPO_UI_URLS:-}"
PENDOPO_REALM_FILE="${PENDOPO_REALM_FILE:-$SCRIPT_DIR/../keycloak/pendopo-realm.json}"
M2_REPO="${M2_REPO:-$HOME/.m2/repository}"

KC_ARTIFACT="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip"
KC_ZIP="$M2_REPO/org/keycloak/keycloak-quarkus-dist/$KC_VERSION/keycloak-quarkus-dist-$KC_VERSION.zip"
PID_FILE="$KC_HOME/keycloak.pid"
LOG_FILE="$KC_HOME/keycloak.log"
REALM_URL="http://localhost:$KC_PORT/realms/pendopo"

# Placeholders in the realm template (see ../keycloak/README.md). The redirect placeholder is a whole
# JSON array element: it becomes the extra URIs, or a duplicate of the first default URI when there are
# none (Keycloak keeps redirect URIs as a set, so the duplicate disappears). The post-logout placeholder
# sits inside the "##"-separated string and becomes "##<url>/*..." or nothing.
TOKEN_REDIRECT='"@PENDOPO_UI_EXTRA_REDIRECT_URIS@"'
TOKEN_POST_LOGOUT='@PENDOPO_UI_EXTRA_POST_LOGOUT_URIS@'

log() { printf '[keycloak.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

zip_ok() { [ -s "$KC_ZIP" ] && { if command -v unzip >/dev/null 2>&1; then unzip -tq "$KC_ZIP" >/dev/null 2>&1; else jar tf "$KC_ZIP" >/dev/null 2>&1; fi; }; }

ensure_zip() {
  if zip_ok; then return 0; fi
  log "fetching $KC_ARTIFACT with Maven"
  local repo_opt=()
  [ "$M2_REPO" != "$HOME/.m2/repository" ] && repo_opt=("-Dmaven.repo.local=$M2_REPO")
  mvn -q -B -Dstyle.color=never "${repo_opt[@]}" dependency:get -Dartifact="$KC_ARTIFACT" -Dtransitive=false
  zip_ok || die "$KC_ZIP is missing or corrupt after download"
}

ensure_unpacked() {
  if [ -x "$KC_HOME/bin/kc.sh" ]; then return 0; fi
  ensure_zip
  local parent tmp
  parent="$(dirname "$KC_HOME")"
  mkdir -p "$parent"
  tmp="$(mktemp -d "$parent/.kc-unpack.XXXXXX")"
  log "unpacking Keycloak $KC_VERSION into $KC_HOME"
  if command -v unzip >/dev/null 2>&1; then
    unzip -q "$KC_ZIP" -d "$tmp"
  else
    (cd "$tmp" && jar xf "$KC_ZIP")
  fi
  chmod +x "$tmp/keycloak-$KC_VERSION"/bin/*.sh
  if [ -d "$KC_HOME" ]; then
    # KC_HOME exists (e.g. created empty by the caller): move the contents in.
    (shopt -s dotglob; mv "$tmp/keycloak-$KC_VERSION"/* "$KC_HOME"/)
    rm -rf "$tmp"
  else
    mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
    rm -rf "$tmp"
  fi
}

# Builds the extra redirect URI / post-logout lists from PENDOPO_UI_URLS and writes the realm file.
write_realm() {
  [ -f "$PENDOPO_REALM_FILE" ] || die "realm template not found: $PENDOPO_REALM_FILE"
  local extra_redirect="" extra_logout="" url entries
  IFS=',' read -r -a entries <<<"$PENDOPO_UI_URLS"
  for url in "${entries[@]}"; do
    url="${url//[[:space:]]/}"
    [ -n "$url" ] || continue
    case "$url" in
      http://*|https://*) ;;
      *) die "PENDOPO_UI_URLS entry is not an http(s) URL: $url" ;;
    esac
    case "$url" in
      *'"'*|*'\'*|*'#'*) die "PENDOPO_UI_URLS entry contains an illegal character: $url" ;;
    esac
    url="${url%\*}"; url="${url%/}"
    extra_redirect+="${extra_redirect:+, }\"$url/*\""
    extra_logout+="##$url/*"
  done
  local content
  content="$(<"$PENDOPO_REALM_FILE")"
  # Quoted replacement strings: no pattern or '&' interpretation.
  [ -n "$extra_redirect" ] || extra_redirect='"http://localhost:8080/*"'
  content="${content//"$TOKEN_REDIRECT"/"$extra_redirect"}"
  content="${content//"$TOKEN_POST_LOGOUT"/"$extra_logout"}"
  case "$content" in
    *@PENDOPO_UI_EXTRA_*) die "realm template has a placeholder in an unexpected form" ;;
  esac
  mkdir -p "$KC_HOME/data/import"
  printf '%s\n' "$content" >"$KC_HOME/data/import/pendopo-realm.json"
}

cmd_install() {
  ensure_unpacked
  write_realm
  log "installed: $KC_HOME (realm file $KC_HOME/data/import/pendopo-realm.json)"
}

running_pgid() {
  # Prints the process group id if Keycloak (started by this script) is running.
  [ -f "$PID_FILE" ] || return 1
  local pgid
  pgid="$(tr -dc '0-9' <"$PID_FILE")"
  [ -n "$pgid" ] || return 1
  kill -0 -- "-$pgid" 2>/dev/null || return 1
  printf '%s\n' "$pgid"
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

cmd_start() {
  local pgid
  if pgid="$(running_pgid)"; then
    log "already running (process group $pgid, port $KC_PORT)"
    return 0
  fi
  rm -f "$PID_FILE"
  if port_in_use "$KC_PORT"; then
    # Otherwise "wait" would see whatever already answers on this port.
    die "port $KC_PORT is already in use (another Keycloak?); stop it or set KC_PORT"
  fi
  cmd_install
  if [ -d "$KC_HOME/data/h2" ]; then
    log "existing database in $KC_HOME/data/h2: the realm is kept, the import is skipped if it exists"
  fi
  log "starting Keycloak on port $KC_PORT (log: $LOG_FILE)"
  printf '\n===== %s start-dev --http-port=%s =====\n' "$(date '+%F %T')" "$KC_PORT" >>"$LOG_FILE"
  # No job control in a script: the background child is not a process-group leader, so setsid
  # does not fork and $! is the leader of the new session/process group (kc.sh and its java child).
  (
    cd "$KC_HOME"
    exec env -u KC_HOME -u KC_PORT -u KC_WAIT_SECONDS -u KC_STOP_SECONDS -u KC_ADMIN_PASSWORD \
      KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD="$KC_ADMIN_PASSWORD" \
      setsid "$KC_HOME/bin/kc.sh" start-dev --http-port="$KC_PORT" --import-realm
  ) >>"$LOG_FILE" 2>&1 </dev/null &
  local pid=$!
  printf '%s\n' "$pid" >"$PID_FILE"
  log "started (process group $pid); run '$0 wait' to wait until the realm is served"
}

cmd_wait() {
  local start now code
  start=$(date +%s)
  while :; do
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$REALM_URL/.well-known/openid-configuration" || true)"
    if [ "$code" = "200" ]; then
      if [ -f "$PID_FILE" ] && ! running_pgid >/dev/null; then
        log "the realm answers on port $KC_PORT, but the Keycloak of $KC_HOME has died. Last log lines:"
        tail -n 40 "$LOG_FILE" >&2
        return 1
      fi
      now=$(date +%s)
      log "realm pendopo is up at $REALM_URL (waited $((now - start)) s)"
      return 0
    fi
    if ! running_pgid >/dev/null; then
      log "Keycloak is not running (or died). Last log lines:"
      [ -f "$LOG_FILE" ] && tail -n 40 "$LOG_FILE" >&2
      return 1
    fi
    now=$(date +%s)
    if [ $((now - start)) -ge "$KC_WAIT_SECONDS" ]; then
      log "timeout after $KC_WAIT_SECONDS s waiting for $REALM_URL. Last log lines:"
      [ -f "$LOG_FILE" ] && tail -n 40 "$LOG_FILE" >&2
      return 1
    fi
    sleep 1
  done
}

cmd_stop() {
  local pgid i
  if ! pgid="$(running_pgid)"; then
    rm -f "$PID_FILE"
    log "not running"
    return 0
  fi
  log "stopping process group $pgid"
  kill -TERM -- "-$pgid" 2>/dev/null || true
  for ((i = 0; i < KC_STOP_SECONDS * 5; i++)); do
    kill -0 -- "-$pgid" 2>/dev/null || break
    sleep 0.2
  done
  if kill -0 -- "-$pgid" 2>/dev/null; then
    log "still alive after $KC_STOP_SECONDS s: SIGKILL"
    kill -KILL -- "-$pgid" 2>/dev/null || true
    sleep 0.5
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  local pgid code
  if pgid="$(running_pgid)"; then
    code="$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$REALM_URL/.well-known/openid-configuration" || true)"
    echo "running: process group $pgid, port $KC_PORT, realm endpoint HTTP $code, KC_HOME $KC_HOME"
    return 0
  fi
  echo "not running (KC_HOME $KC_HOME)"
  return 3
}

cmd_reset() {
  # Drops the dev database so that the next start imports the realm again.
  cmd_stop
  rm -rf "$KC_HOME/data/h2"
  log "database removed; the next start imports the realm again"
}

case "${1:-}" in
  install) cmd_install ;;
  start) cmd_start ;;
  wait) cmd_wait ;;
  stop) cmd_stop ;;
  restart) cmd_stop; cmd_start ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  *)
    echo "usage: $0 install|start|wait|stop|restart|status|reset" >&2
    exit 2
    ;;
esac
