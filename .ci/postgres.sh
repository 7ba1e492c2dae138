#!/usr/bin/env bash
# A throwaway PostgreSQL server for the PostgreSQL tests (PostgresBookTest and friends).
#
#   eval "$(.ci/postgres.sh start)"   # installs PostgreSQL if missing, starts a private cluster,
#                                     # prints the export lines for ORDERDESK_TEST_PG_URL/_USER/_PASSWORD
#   .ci/postgres.sh stop              # stops that cluster and deletes its folder
#
# The cluster lives in a temporary folder owned by the postgres user (initdb refuses to run as
# root), listens on 127.0.0.1 only, on port $ORDERDESK_PG_PORT (default 55432), and trades
# durability for speed (fsync off): it holds test data only. Running `start` twice reuses the
# server the first call started. Progress goes to stderr; stdout carries only the export lines.
set -euo pipefail

PORT="${ORDERDESK_PG_PORT:-55432}"
DB_NAME=orderdesk_test
DB_USER=orderdesk_test
STATE="${TMPDIR:-/tmp}/orderdesk-pg-${PORT}.state"

say() { echo "postgres.sh: $*" >&2; }

find_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$dir" && -x "$dir/initdb" ]]; then
    echo "$dir"
  elif command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v initdb)"
  fi
}

install_if_missing() {
  if [[ -n "$(find_bin)" ]]; then
    return
  fi
  if [[ "$(id -u)" != 0 ]]; then
    say "PostgreSQL is not installed and installing it needs root (apt-get install postgresql)."
    exit 1
  fi
  say "installing PostgreSQL (apt-get install postgresql) ..."
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql </dev/null >&2
}

# Runs a command as the cluster's owner: the postgres user when we are root, else ourselves.
as_owner() {
  if [[ "$(id -u)" == 0 ]]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

print_exports() {
  # shellcheck disable=SC1090
  source "$STATE"
  cat <<EOF
export ORDERDESK_TEST_PG_URL='jdbc:postgresql://127.0.0.1:${PORT}/${DB_NAME}'
export ORDERDESK_TEST_PG_USER='${DB_USER}'
export ORDERDESK_TEST_PG_PASSWORD='${PG_PASSWORD}'
export ORDERDESK_TEST_PG_DATA='${PG_DATA}'
EOF
}

start() {
  install_if_missing
  local bin
  bin="$(find_bin)"
  if [[ -f "$STATE" ]]; then
    # shellcheck disable=SC1090
    source "$STATE"
    if [[ -d "${PG_DATA:-}" ]] && "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
      say "reusing the server already running on 127.0.0.1:$PORT ($PG_DATA)"
      print_exports
      return
    fi
    say "the server recorded in $STATE is gone; starting a new one"
    rm -f "$STATE"
  fi
  if "$bin/pg_isready" -q -h 127.0.0.1 -p "$PORT"; then
    say "port $PORT is taken by a server this script did not start; set ORDERDESK_PG_PORT to another port."
    exit 1
  fi
  if [[ "$(id -u)" == 0 ]] && ! id postgres >/dev/null 2>&1; then
    say "there is no postgres user to own the cluster (the postgresql package creates it)."
    exit 1
  fi

  local root data password
  # (no "orderdesk" in the path: a broad `pkill -f orderdesk` elsewhere must not stop this server)
  root="$(mktemp -d "${TMPDIR:-/tmp}/pgtest.XXXXXX")"
  data="$root/data"
  password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
  if [[ "$(id -u)" == 0 ]]; then
    chown postgres: "$root"
  fi
  chmod 700 "$root"
  say "initdb $data (PostgreSQL $("$bin/postgres" --version | awk '{print $3}'))"
  as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  # Only the local socket (in the cluster's own folder) trusts; TCP clients need the password.
  as_owner bash -c "cat > '$data/pg_hba.conf'" <<EOF
local all all trust
host  all all 127.0.0.1/32 scram-sha-256
EOF
  as_owner "$bin/pg_ctl" -D "$data" -l "$root/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$root -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" >/dev/null
  as_owner "$bin/psql" -h "$root" -p "$PORT" -U postgres -d postgres -q -v ON_ERROR_STOP=1 >/dev/null <<EOF
CREATE ROLE ${DB_USER} LOGIN PASSWORD '${password}';
CREATE DATABASE ${DB_NAME} OWNER ${DB_USER} ENCODING 'UTF8';
EOF
  umask 077
  cat > "$STATE" <<EOF
PG_DATA='$data'
PG_ROOT='$root'
PG_PASSWORD='$password'
EOF
  say "PostgreSQL is running on 127.0.0.1:$PORT, database $DB_NAME, user $DB_USER"
  print_exports
}

stop() {
  if [[ ! -f "$STATE" ]]; then
    say "no server recorded in $STATE; nothing to stop"
    return
  fi
  # shellcheck disable=SC1090
  source "$STATE"
  local bin
  bin="$(find_bin)"
  if [[ -d "$PG_DATA" ]]; then
    as_owner "$bin/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || say "the server had already stopped"
  fi
  rm -rf "$PG_ROOT"
  rm -f "$STATE"
  say "stopped the server on 127.0.0.1:$PORT and removed $PG_ROOT"
}

case "${1:-start}" in
  start) start ;;
  stop) stop ;;
  *) say "usage: $0 start|stop"; exit 2 ;;
esac
