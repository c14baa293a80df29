#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL server, then stops the server, whatever the command did.
#
#   scripts/with-postgres.sh swift test
#
# - Installs Debian's `postgresql` package when no server binaries are found (needs root, as CI is).
# - Creates a cluster with `initdb` in a temporary folder (UTF-8, C locale, trust authentication on
#   loopback only), as the invoking user, or as the `postgres` user when run as root (the server refuses
#   to run as root).
# - Listens on 127.0.0.1 on a free port (PGPORT if set and free) and on no public address.
# - Exports PGHOST, PGPORT, PGUSER and PGDATABASE for the command (the store's tests read them).
# - Stops the server and removes the folder on exit, on failure and on Ctrl-C.
# - Runs without durability (fsync, synchronous_commit and full_page_writes off), fast for tests; with
#   COBRANZA_PG_DURABLE=1 it keeps PostgreSQL's durable defaults (for measurements).
set -euo pipefail

if [ $# -eq 0 ]; then
    echo "usage: $0 <command> [arguments…]" >&2
    exit 2
fi

find_bin() {
    local dir
    for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
        if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then
            echo "$dir"
            return 0
        fi
    done
    if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
        dirname "$(command -v pg_ctl)"
        return 0
    fi
    return 1
}

if ! bindir=$(find_bin); then
    echo "with-postgres: no PostgreSQL server found; installing Debian's postgresql package" >&2
    if [ "$(id -u)" -ne 0 ]; then
        echo "with-postgres: installing needs root (apt-get install postgresql)" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    bindir=$(find_bin)
fi

# The server never runs as root: use the `postgres` user (made by the Debian package) or make one.
run_as=()
owner=$(id -un)
if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    if ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /nonexistent --shell /usr/sbin/nologin postgres
    fi
    if command -v runuser >/dev/null 2>&1; then
        run_as=(runuser -u postgres --)
    else
        run_as=(su postgres -s /bin/sh -c)
    fi
fi
as_owner() {
    if [ ${#run_as[@]} -eq 0 ]; then
        "$@"
    elif [ "${run_as[0]}" = runuser ]; then
        "${run_as[@]}" "$@"
    else
        "${run_as[@]}" "$(printf '%q ' "$@")"
    fi
}

folder=$(mktemp -d "${TMPDIR:-/tmp}/cobranza-pg.XXXXXX")
chmod 755 "$folder"
data="$folder/data"
mkdir "$data" "$folder/socket"
if [ "$owner" != "$(id -un)" ]; then chown -R "$owner" "$folder"; fi

port_is_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}
port=${PGPORT:-55432}
while ! port_is_free "$port"; do port=$((port + 1)); done

stop() {
    local status=$?
    as_owner "$bindir/pg_ctl" -D "$data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$folder"
    exit "$status"
}
trap stop EXIT
trap 'exit 130' INT TERM

as_owner "$bindir/initdb" -D "$data" -U "$owner" -E UTF8 --locale=C --auth=trust >"$folder/initdb.log" 2>&1 || {
    cat "$folder/initdb.log" >&2
    exit 1
}
# Loopback only; enough connections for several workers, each with a small pool; fast and not durable
# (a throwaway cluster: fsync off) unless COBRANZA_PG_DURABLE=1.
durability="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
if [ "${COBRANZA_PG_DURABLE:-0}" = 1 ]; then durability="-c fsync=on -c synchronous_commit=on -c full_page_writes=on"; fi
as_owner "$bindir/pg_ctl" -D "$data" -l "$folder/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $folder/socket -c max_connections=200 $durability" \
    start >/dev/null || {
    cat "$folder/server.log" >&2
    exit 1
}

export PGHOST=127.0.0.1 PGPORT=$port PGUSER=$owner PGDATABASE=postgres
echo "with-postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (user $owner;" \
    "$durability)" >&2
"$@"
