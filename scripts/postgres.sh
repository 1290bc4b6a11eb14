#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests, benchmarks and local development.
#
#   scripts/postgres.sh          start it if needed; print its URL (the only line on stdout)
#   scripts/postgres.sh url      print the URL of the running cluster (exit 1 if not running)
#   scripts/postgres.sh stop     stop it (no error if it is not running)
#
#   export COUNCIL_TEST_PG_URL="$(scripts/postgres.sh)"
#
# Settings (environment): COUNCIL_PG_DIR (cluster directory; else $PGDATA; else
# /tmp/council-pg), COUNCIL_PG_PORT (default 55432), COUNCIL_PG_DB (default council).
# The cluster listens on 127.0.0.1 only and trusts local connections: it is for tests,
# never for real data. As root the server runs as the `postgres` OS user (PostgreSQL
# refuses to run as root); otherwise as the current user.
set -euo pipefail

DIR="${COUNCIL_PG_DIR:-${PGDATA:-/tmp/council-pg}}"
PORT="${COUNCIL_PG_PORT:-55432}"
DB="${COUNCIL_PG_DB:-council}"
SUPERUSER=postgres

log() { echo "postgres.sh: $*" >&2; }
die() { log "$*"; exit 1; }

# The newest installed server binaries (Debian keeps them in /usr/lib/postgresql/N/bin).
find_bin() {
  local candidate
  candidate="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -n "$candidate" && -x "$candidate/pg_ctl" ]]; then echo "$candidate"; return 0; fi
  if command -v pg_ctl >/dev/null 2>&1; then dirname "$(command -v pg_ctl)"; return 0; fi
  return 1
}

BIN="$(find_bin || true)"
if [[ -z "$BIN" && "${1:-start}" == start ]]; then
  [[ "$(id -u)" == 0 ]] || die "PostgreSQL is not installed; install it (apt-get install -y postgresql) or run me as root"
  log "PostgreSQL not found: installing Debian's package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2 && apt-get install -y postgresql >&2
  BIN="$(find_bin)" || die "PostgreSQL still not found after installing it"
fi

# Run a command as the cluster's owner.
if [[ "$(id -u)" == 0 ]]; then
  if ! id "$SUPERUSER" >/dev/null 2>&1; then
    log "creating the $SUPERUSER OS user"
    useradd --system --user-group --home-dir /var/lib/postgresql --shell /bin/bash "$SUPERUSER"
  fi
  as_owner() { runuser -u "$SUPERUSER" -- "$@"; }
else
  as_owner() { "$@"; }
fi

DATA="$DIR/data"

# True when PID is a live process: a killed postmaster nobody has reaped yet is a zombie,
# which pg_ctl (and postgres itself) would take for a running server.
alive() {
  local state
  state="$(sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null | cut -d' ' -f1)" || return 1
  [[ -n "$state" && "$state" != Z ]]
}

# A running cluster's port comes from its postmaster.pid (line 4), not from our default.
running_port() {
  [[ -n "$BIN" && -f "$DATA/PG_VERSION" && -f "$DATA/postmaster.pid" ]] || return 1
  alive "$(head -n 1 "$DATA/postmaster.pid")" || return 1
  as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1 || return 1
  sed -n 4p "$DATA/postmaster.pid"
}

# After a crash (kill -9), lock files naming a dead or zombie postmaster would stop a restart.
clear_stale_locks() {
  [[ -f "$DATA/postmaster.pid" ]] || return 0
  local pid
  pid="$(head -n 1 "$DATA/postmaster.pid")"
  if ! alive "$pid"; then
    log "removing stale lock files of dead postmaster $pid"
    rm -f "$DATA/postmaster.pid" "$DIR"/.s.PGSQL.*.lock
  fi
}
url_for() { echo "postgresql://$SUPERUSER@127.0.0.1:$1/$DB"; }

case "${1:-start}" in
  stop)
    if running_port >/dev/null; then
      as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
    else
      log "not running"
    fi
    exit 0
    ;;
  url)
    port="$(running_port)" || die "not running (start it with scripts/postgres.sh)"
    url_for "$port"
    exit 0
    ;;
  start) ;;
  *) die "usage: scripts/postgres.sh [start|url|stop]" ;;
esac

if port="$(running_port)"; then
  url_for "$port"
  exit 0
fi

mkdir -p "$DIR"
if [[ "$(id -u)" == 0 ]]; then
  chown "$SUPERUSER:" "$DIR"
  as_owner test -w "$DIR" || die "the $SUPERUSER user cannot reach $DIR (a parent directory is private?); choose another COUNCIL_PG_DIR"
fi
if [[ ! -f "$DATA/PG_VERSION" ]]; then
  log "initialising a cluster in $DATA"
  as_owner "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" --auth=trust --encoding=UTF8 --locale=C.UTF-8 >&2 \
    || as_owner "$BIN/initdb" -D "$DATA" -U "$SUPERUSER" --auth=trust --encoding=UTF8 --locale=C >&2
fi

clear_stale_locks
log "starting on 127.0.0.1:$PORT"
as_owner "$BIN/pg_ctl" -D "$DATA" -l "$DIR/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR -c max_connections=200" start >&2 \
  || { tail -n 20 "$DIR/server.log" >&2 || true; die "the server did not start (log: $DIR/server.log)"; }

exists="$(as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" -d postgres -tAc \
  "SELECT 1 FROM pg_database WHERE datname = '$DB'")"
if [[ "$exists" != 1 ]]; then
  as_owner "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U "$SUPERUSER" "$DB" >&2
fi
url_for "$PORT"
