#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite, on loopback, in a temporary folder.
#
#   .ci/postgres.sh start DIR   installs Debian's postgresql if no server binaries are found, starts a server
#                               with its data and socket in DIR, creates a database, prints its URL on stdout
#   .ci/postgres.sh stop DIR    stops that server and removes DIR
#
# The server refuses to run as root, and CI often is root: then it runs as the `postgres` user (the Debian
# package creates it) or a system user made for the purpose. Authentication is `trust`, which is safe only
# because the server listens on 127.0.0.1 and a socket inside DIR, and lives as long as the test run.
set -euo pipefail

PORTS="${MARSAD_CI_PG_PORT:-54329 54330 54331 54332 54333}"
DATABASE=marsad_test
DB_USER=marsad

log() { echo "postgres.sh: $*" >&2; }

# Debian keeps server binaries outside PATH (/usr/lib/postgresql/<major>/bin); other systems put them on it.
find_bin_dir() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then echo "$dir"; return; fi
  if command -v pg_ctl >/dev/null && command -v initdb >/dev/null; then dirname "$(command -v pg_ctl)"; fi
}

install_server() {
  log "no PostgreSQL server binaries found; installing Debian's postgresql"
  local sudo=""
  if [ "$(id -u)" != 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq postgresql >&2
}

# The user the server runs as: ourselves unless we are root.
server_user() {
  if [ "$(id -u)" != 0 ]; then id -un; return; fi
  if id postgres >/dev/null 2>&1; then echo postgres; return; fi
  id marsad-ci >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin marsad-ci
  echo marsad-ci
}

# Runs a command as the server user: directly when that is us, else with runuser (util-linux) or su.
as_server_user() {
  local user=$1
  shift
  if [ "$user" = "$(id -un)" ]; then
    "$@"
  elif command -v runuser >/dev/null; then
    runuser -u "$user" -- "$@"
  else
    su -s /bin/sh "$user" -c "$(printf '%q ' "$@")"
  fi
}

start() {
  local dir=$1 bin user port
  bin=$(find_bin_dir)
  if [ -z "$bin" ]; then install_server; bin=$(find_bin_dir); fi
  [ -n "$bin" ] || { log "PostgreSQL binaries still not found after installing"; exit 1; }
  user=$(server_user)
  mkdir -p "$dir"
  chown "$user" "$dir"
  chmod 700 "$dir"
  log "initdb with $bin as $user in $dir"
  as_server_user "$user" "$bin/initdb" -D "$dir/data" -U "$DB_USER" --auth=trust -E UTF8 --locale=C \
    --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
  for port in $PORTS; do
    # fsync off: the data lives for one test run, so durability buys nothing and costs time.
    if as_server_user "$user" "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-k $dir -p $port -c listen_addresses=127.0.0.1 -c fsync=off" start >&2; then
      "$bin/createdb" -h 127.0.0.1 -p "$port" -U "$DB_USER" "$DATABASE"
      echo "$port" >"$dir/port"
      echo "postgres://$DB_USER@127.0.0.1:$port/$DATABASE"
      return
    fi
    log "could not start on port $port; trying the next"
  done
  cat "$dir/server.log" >&2 || true
  exit 1
}

stop() {
  local dir=$1 bin user
  [ -d "$dir/data" ] || { rm -rf "$dir"; return; }
  bin=$(find_bin_dir)
  user=$(stat -c %U "$dir")
  as_server_user "$user" "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start "${2:?usage: postgres.sh start DIR}" ;;
  stop) stop "${2:?usage: postgres.sh stop DIR}" ;;
  *) echo "usage: $0 start|stop DIR" >&2; exit 2 ;;
esac
