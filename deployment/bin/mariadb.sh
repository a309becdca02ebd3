#!/usr/bin/env bash
# A private MariaDB server for tests and benchmarks: its own data directory, port and socket, started as a
# plain process (no systemd, no system service), with a database and user for Pendopo.
#
# Usage: deployment/bin/mariadb.sh start|stop|status
#
# Environment (all optional):
#   DB_DIR       directory for data, socket, pid and log   (default: $PWD/target/mariadb)
#   DB_PORT      TCP port on 127.0.0.1                      (default: 13306)
#   DB_NAME      database to create                         (default: pendopo)
#   DB_USER      user to create                             (default: pendopo)
#   DB_PASSWORD  its password                               (default: pendopo)
#   DB_FRESH     1 to wipe the data directory before start  (default: 1)
set -euo pipefail

DB_DIR="${DB_DIR:-$PWD/target/mariadb}"
DB_PORT="${DB_PORT:-13306}"
DB_NAME="${DB_NAME:-pendopo}"
DB_USER="${DB_USER:-pendopo}"
DB_PASSWORD="${DB_PASSWORD:-pendopo}"
DB_FRESH="${DB_FRESH:-1}"
SOCKET="$DB_DIR/mariadb.sock"
PID_FILE="$DB_DIR/mariadb.pid"
LOG_FILE="$DB_DIR/mariadb.log"

log() { printf '[mariadb.sh] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; [ -f "$LOG_FILE" ] && tail -n 30 "$LOG_FILE" >&2; exit 1; }

find_bin() {
  for b in "$@"; do
    if command -v "$b" >/dev/null 2>&1; then command -v "$b"; return 0; fi
    for d in /usr/sbin /usr/bin /usr/local/bin; do [ -x "$d/$b" ] && { echo "$d/$b"; return 0; }; done
  done
  return 1
}

running() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

start() {
  if running; then log "already running (pid $(cat "$PID_FILE"))"; return 0; fi
  local mariadbd install client admin
  mariadbd="$(find_bin mariadbd mysqld)" || die "mariadbd not found: apt-get install -y mariadb-server"
  install="$(find_bin mariadb-install-db mysql_install_db)" || die "mariadb-install-db not found"
  client="$(find_bin mariadb mysql)" || die "mariadb client not found"
  admin="$(find_bin mariadb-admin mysqladmin)" || die "mariadb-admin not found"
  [ "$DB_FRESH" = 1 ] && rm -rf "$DB_DIR/data"
  mkdir -p "$DB_DIR"
  if [ ! -d "$DB_DIR/data/mysql" ]; then
    "$install" --no-defaults --datadir="$DB_DIR/data" --user="$(id -un)" \
      --auth-root-authentication-method=socket --skip-test-db >"$DB_DIR/install.log" 2>&1 \
      || { cat "$DB_DIR/install.log" >&2; die "mariadb-install-db failed"; }
  fi
  setsid "$mariadbd" --no-defaults --datadir="$DB_DIR/data" --port="$DB_PORT" --bind-address=127.0.0.1 \
    --socket="$SOCKET" --pid-file="$PID_FILE" --user="$(id -un)" --skip-name-resolve \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    --innodb-buffer-pool-size=512M --innodb-flush-log-at-trx-commit=2 --max-connections=300 \
    --log-error="$LOG_FILE" </dev/null >/dev/null 2>&1 &
  for _ in $(seq 1 120); do
    if "$admin" --socket="$SOCKET" -uroot ping >/dev/null 2>&1; then break; fi
    sleep 0.5
  done
  "$admin" --socket="$SOCKET" -uroot ping >/dev/null 2>&1 || die "MariaDB did not start"
  "$client" --socket="$SOCKET" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$DB_USER'@'%' IDENTIFIED BY '$DB_PASSWORD';
CREATE USER IF NOT EXISTS '$DB_USER'@'localhost' IDENTIFIED BY '$DB_PASSWORD';
GRANT ALL ON \`$DB_NAME\`.* TO '$DB_USER'@'%';
GRANT ALL ON \`$DB_NAME\`.* TO '$DB_USER'@'localhost';
FLUSH PRIVILEGES;
SQL
  log "MariaDB ready on 127.0.0.1:$DB_PORT (database $DB_NAME, user $DB_USER)"
}

stop() {
  if ! running; then rm -f "$PID_FILE"; log "not running"; return 0; fi
  local pid; pid="$(cat "$PID_FILE")"
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
  log "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "running (pid $(cat "$PID_FILE"))"; else echo "stopped"; exit 3; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
