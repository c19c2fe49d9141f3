#!/usr/bin/env bash
# The AppHost's PostgreSQL when it has neither a configured database nor a container runtime.
#
#   postgres.sh init DIR PORT   installs PostgreSQL from Debian packages when missing, then, once per DIR, runs initdb
#                               and creates the ghosthands database (kept in DIR/data between runs)
#   postgres.sh run DIR PORT    runs the server in the foreground on 127.0.0.1:PORT until it is asked to stop
set -euo pipefail
source "$(dirname "$0")/../../script/lib/common.sh"

mode="$1" dir="$2" port="$3"
created="$dir/database-created"

case "$mode" in
  init)
    ensure_postgres
    # A server left behind by an earlier run that did not stop cleanly owns the data directory; take it back.
    stop_cluster "$dir"
    port_free "$port" || die "port $port is in use (another PostgreSQL?); set GH_PG_PORT to a free port"
    if [ ! -f "$dir/data/PG_VERSION" ] || [ ! -f "$created" ]; then
      log "initialising PostgreSQL in $dir"
      start_cluster "$dir" "$port"
      psql -h 127.0.0.1 -p "$port" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname = 'ghosthands'" | grep -q 1 \
        || psql -h 127.0.0.1 -p "$port" -U postgres -qc "CREATE DATABASE ghosthands"
      stop_cluster "$dir"
      touch "$created"
    fi
    ;;
  run)
    server=("$(pg_bin)/postgres" -D "$dir/data" -p "$port" -k "$dir" -c listen_addresses=127.0.0.1 -c max_connections=200)
    # PostgreSQL refuses to run as root. setpriv replaces itself with the server (runuser would stay in between and
    # kill the server two seconds after forwarding a signal, cutting its shutdown checkpoint short).
    [ "$(id -u)" -eq 0 ] && server=(setpriv --reuid=postgres --regid=postgres --init-groups -- "${server[@]}")
    "${server[@]}" &
    pid=$!
    # The orchestrator stops a resource with SIGTERM, which PostgreSQL takes as a smart shutdown: it waits until every
    # client has disconnected, so with the API and workers still connected the orchestrator kills it first and the
    # next start needs crash recovery. SIGINT is the fast shutdown: it ends the sessions, checkpoints and exits.
    trap 'kill -INT "$pid" 2>/dev/null || true' TERM INT
    status=0
    wait "$pid" || status=$?
    while kill -0 "$pid" 2>/dev/null; do
      status=0
      wait "$pid" || status=$?
    done
    exit "$status"
    ;;
  *)
    die "usage: postgres.sh init|run DIR PORT"
    ;;
esac
