# Sourced by .ci/run: a throwaway PostgreSQL cluster for the tests, owned by the
# postgres user (the server refuses to run as root), on a private port and socket
# folder, stopped when the run ends. Exports FORANKRING_TEST_PG_URL.
if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  # Only the server binaries; no cluster of Debian's own is needed.
  apt-get install -y -qq --no-install-recommends postgresql >/dev/null
fi
PG_BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
PG_DIR="$(mktemp -d /tmp/forankring-pg.XXXXXX)"
PG_PORT="${FORANKRING_CI_PG_PORT:-54329}"
chown postgres "$PG_DIR"
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# fsync off: a test cluster that is thrown away anyway; the tests measure no durability.
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
  -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" start >/dev/null
# A second, small cluster that only the fault test uses: it restarts it under load, which
# would break the other tests running beside it on the main cluster.
runuser -u postgres -- "$PG_BIN/initdb" -D "$PG_DIR/fault" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/fault" -l "$PG_DIR/fault.log" -w \
  -o "-p $((PG_PORT + 1)) -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
pg_stop() {
  for d in data fault; do runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/$d" -m fast stop >/dev/null 2>&1 || true; done
  rm -rf "$PG_DIR"
}
trap pg_stop EXIT
export FORANKRING_TEST_PG_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
export FORANKRING_TEST_PG_FAULT_URL="postgres://postgres@127.0.0.1:$((PG_PORT + 1))/postgres"
# How the fault test restarts that cluster (fast: open connections are cut, as in a crash or an upgrade).
export FORANKRING_TEST_PG_FAULT_RESTART="runuser -u postgres -- $PG_BIN/pg_ctl -D $PG_DIR/fault -l $PG_DIR/fault.log -m fast -w restart"
"$PG_BIN/postgres" --version
