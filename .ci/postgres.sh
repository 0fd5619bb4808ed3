# Start and stop a throwaway PostgreSQL cluster owned by a non-root user, on 127.0.0.1.
# Sets CABANG_TEST_PG_URL. Sourced by .ci/run (and usable by hand: `source .ci/postgres.sh; start_postgres`).

PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
PG_USER=cabangci
# A free port, so that a server already running on the machine does not get in the way.
PG_PORT=${PG_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}
PG_DIR=""

start_postgres() {
  if ! id "$PG_USER" >/dev/null 2>&1; then
    useradd --system --create-home --shell /bin/bash "$PG_USER" 2>/dev/null || true
  fi
  PG_DIR=$(mktemp -d /tmp/cabang-pg.XXXXXX)
  chown "$PG_USER" "$PG_DIR"
  runuser -u "$PG_USER" -- "$PG_BIN/initdb" -D "$PG_DIR/data" -U cabang --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  runuser -u "$PG_USER" -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c max_connections=200" start >/dev/null
  CABANG_TEST_PG_URL="postgresql+psycopg://cabang@127.0.0.1:$PG_PORT/postgres"
  export CABANG_TEST_PG_URL
  echo "PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') at 127.0.0.1:$PG_PORT"
}

stop_postgres() {
  [ -n "$PG_DIR" ] || return 0
  runuser -u "$PG_USER" -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
