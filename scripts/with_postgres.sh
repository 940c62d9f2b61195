#!/usr/bin/env bash
# Run a command with a throw-away PostgreSQL/PostGIS cluster (issue 18):
#
#   scripts/with_postgres.sh COMMAND...
#
# initdb and pg_ctl make a cluster in a temporary folder, listening on a free local
# port of 127.0.0.1 only; COMMAND gets its address as CSIAP_TEST_PG
# (postgresql://csiap@127.0.0.1:PORT/postgres), and the cluster is stopped and its
# folder removed when COMMAND ends, however it ends. PostgreSQL refuses to run as
# root: as root (CI) the cluster runs as the `postgres` user Debian's package made.
# Where no server is installed COMMAND runs without CSIAP_TEST_PG, and the tests that
# need it say why they are skipped (in CI they fail instead).
set -uo pipefail

if [ -n "${CSIAP_TEST_PG:-}" ]; then   # a cluster is already running for us
  exec "$@"
fi

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "with_postgres: no PostgreSQL server installed (apt-get install postgresql postgresql-postgis);" \
    "running without it: the PostGIS tests will be skipped" >&2
  exec "$@"
fi

folder=$(mktemp -d "${TMPDIR:-/tmp}/csiap-pg.XXXXXX")
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$folder"
  as_owner=(runuser -u postgres --)
fi
pg() { "${as_owner[@]}" "$bindir/$1" "${@:2}"; }

stop() {
  pg pg_ctl -D "$folder/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$folder"
}
trap stop EXIT
trap 'exit 130' INT TERM HUP

port=$(/usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
if ! pg initdb -D "$folder/data" -U csiap -A trust -E UTF8 --no-locale --no-sync >"$folder/initdb.log" 2>&1; then
  cat "$folder/initdb.log" >&2
  exit 1
fi
# fsync off: a test cluster thrown away at the end needs no crash safety, and runs faster.
if ! pg pg_ctl -D "$folder/data" -l "$folder/server.log" -w -t 60 \
    -o "-p $port -k $folder -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=60" \
    start >/dev/null; then
  cat "$folder/server.log" >&2
  exit 1
fi
export CSIAP_TEST_PG="postgresql://csiap@127.0.0.1:$port/postgres"
echo "with_postgres: PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (stopped at the end)"
"$@"
