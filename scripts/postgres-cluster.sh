#!/usr/bin/env bash
# A private PostgreSQL cluster for tests and benchmarks: its own data folder, loopback only, no
# password (trust), fsync off (test data is thrown away). It never touches a system cluster.
#   scripts/postgres-cluster.sh start DIR [PORT]   prints the admin URL on stdout
#   scripts/postgres-cluster.sh stop DIR
set -euo pipefail
command=${1:?usage: postgres-cluster.sh start|stop DIR [PORT]}
dir=${2:?usage: postgres-cluster.sh start|stop DIR [PORT]}
port=${3:-55432}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [[ -z "$bin" ]]; then
  echo "PostgreSQL is not installed: apt-get install postgresql" >&2
  exit 1
fi
# PostgreSQL refuses to run as root: run it as the postgres user the Debian package creates.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}
case "$command" in
  start)
    mkdir -p "$dir"
    [[ $(id -u) -eq 0 ]] && chown postgres: "$dir"
    if [[ ! -f "$dir/PG_VERSION" ]]; then
      # Locale C: ids sort by bytes, as on SQLite, so paging and output order match across backends.
      as_owner "$bin/initdb" -D "$dir" -U vigil --auth=trust --locale=C -E UTF8 >"$dir.initdb.log"
    fi
    as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w -t 60 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" \
      start >/dev/null
    echo "postgres://vigil@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bin/pg_ctl" -D "$dir" -m fast -w stop >/dev/null || true
    ;;
  *)
    echo "usage: postgres-cluster.sh start|stop DIR [PORT]" >&2
    exit 2
    ;;
esac
