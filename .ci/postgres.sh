#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store's integration tests (CI, Debian 12).
#
#   .ci/postgres.sh [start]   install PostgreSQL if needed, init + start a cluster, create the
#                             database; the LAST line of stdout is
#                             NEWSGRAPH_TEST_PG_URL=postgresql+psycopg://...
#                             (everything else goes to stderr), so:
#                               export "$(.ci/postgres.sh | tail -n 1)"
#   .ci/postgres.sh stop      stop the server and delete its cluster
#   .ci/postgres.sh status    exit 0 when it runs (and print the URL line), 3 when not
#
# Idempotent: start on a running cluster only prints the URL again; stop on nothing is fine.
# Runs as root (the cluster is owned by the `postgres` user, created if missing) or as any
# user that may run initdb. The cluster trusts local connections: it is for tests only.
# Settings (environment): NEWSGRAPH_PG_DIR (default $TMPDIR/newsgraph-pg),
# NEWSGRAPH_PG_PORT (default 54329; the next free port is used when it is taken),
# NEWSGRAPH_PG_DB (default newsgraph_test).
set -euo pipefail

STATE_DIR=${NEWSGRAPH_PG_DIR:-${TMPDIR:-/tmp}/newsgraph-pg}
WANTED_PORT=${NEWSGRAPH_PG_PORT:-54329}
DB_NAME=${NEWSGRAPH_PG_DB:-newsgraph_test}
DATA_DIR=$STATE_DIR/data
PORT_FILE=$STATE_DIR/port
LOG_FILE=$STATE_DIR/server.log
PG_USER=postgres

say() { echo "postgres.sh: $*" >&2; }

find_bindir() {
    local initdb_path
    if initdb_path=$(command -v initdb 2>/dev/null) && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(readlink -f "$initdb_path")"
        return 0
    fi
    local newest
    newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
    if [[ -n "$newest" && -x "$newest/initdb" && -x "$newest/pg_ctl" ]]; then
        echo "$newest"
        return 0
    fi
    return 1
}

install_postgres() {
    if [[ $EUID -ne 0 ]]; then
        say "initdb/pg_ctl not found and not root: install PostgreSQL (apt-get install postgresql)"
        exit 1
    fi
    say "installing PostgreSQL with apt-get (quietly)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends postgresql >&2
}

# Run a command as the cluster's owner.
as_owner() {
    if [[ $EUID -eq 0 ]]; then
        (cd / && runuser -u "$PG_USER" -- "$@")
    else
        "$@"
    fi
}

ensure_owner() {
    [[ $EUID -eq 0 ]] || { PG_USER=$(id -un); return 0; }
    if ! id "$PG_USER" >/dev/null 2>&1; then
        say "creating the $PG_USER user"
        useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
    fi
}

port_busy() {
    # A connection that succeeds means something listens there.
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

free_port() {
    local port=$WANTED_PORT
    while port_busy "$port"; do
        port=$((port + 1))
        if ((port > WANTED_PORT + 100)); then
            say "no free port in $WANTED_PORT..$((WANTED_PORT + 100))"
            exit 1
        fi
    done
    echo "$port"
}

running() {
    [[ -f "$DATA_DIR/postmaster.pid" ]] && as_owner "$BIN/pg_ctl" -D "$DATA_DIR" status >/dev/null 2>&1
}

url_line() {
    echo "NEWSGRAPH_TEST_PG_URL=postgresql+psycopg://$PG_USER@127.0.0.1:$(cat "$PORT_FILE")/$DB_NAME"
}

start() {
    BIN=$(find_bindir) || { install_postgres; BIN=$(find_bindir); }
    ensure_owner
    if running; then
        say "already running (port $(cat "$PORT_FILE"))"
        url_line
        return 0
    fi
    mkdir -p "$STATE_DIR"
    chmod 700 "$STATE_DIR"
    if [[ $EUID -eq 0 ]]; then
        chown "$PG_USER": "$STATE_DIR"
    fi
    if [[ ! -f "$DATA_DIR/PG_VERSION" ]]; then
        rm -rf "$DATA_DIR"
        say "initdb in $DATA_DIR"
        as_owner "$BIN/initdb" -D "$DATA_DIR" -U "$PG_USER" --auth=trust \
            --encoding=UTF8 --locale=C.UTF-8 >"$STATE_DIR/initdb.log" 2>&1 || {
            cat "$STATE_DIR/initdb.log" >&2
            exit 1
        }
    fi
    local port
    port=$(free_port)
    echo "$port" >"$PORT_FILE"
    say "starting on 127.0.0.1:$port"
    # fsync off: a test cluster that is thrown away needs no durability, only speed.
    as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -l "$LOG_FILE" -w -t 60 \
        -o "-p $port -k $STATE_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
        start >&2 || {
        tail -n 30 "$LOG_FILE" >&2 || true
        exit 1
    }
    local exists
    exists=$(as_owner "$BIN/psql" -h 127.0.0.1 -p "$port" -U "$PG_USER" -d postgres -tAc \
        "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'")
    if [[ "$exists" != "1" ]]; then
        as_owner "$BIN/createdb" -h 127.0.0.1 -p "$port" -U "$PG_USER" "$DB_NAME"
    fi
    url_line
}

stop() {
    if ! BIN=$(find_bindir); then
        say "PostgreSQL is not installed: nothing to stop"
        return 0
    fi
    ensure_owner
    if running; then
        say "stopping"
        as_owner "$BIN/pg_ctl" -D "$DATA_DIR" -m fast -w -t 60 stop >&2
    fi
    rm -rf "$STATE_DIR"
}

status() {
    BIN=$(find_bindir) || exit 3
    ensure_owner
    if running; then
        url_line
    else
        exit 3
    fi
}

case "${1:-start}" in
start) start ;;
stop) stop ;;
status) status ;;
*)
    echo "usage: $0 [start|stop|status]" >&2
    exit 2
    ;;
esac
