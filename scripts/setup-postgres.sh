#!/usr/bin/env bash
# Start the local PostgreSQL cluster and make sure the test role and database exist.
# Idempotent: safe to run before every test session. Prints the test URL on stdout.
set -euo pipefail

# Debian bookworm ships 15; elsewhere use the newest server installed.
PG_VERSION="${PG_VERSION:-$(ls /usr/lib/postgresql 2>/dev/null | sort -V | tail -n 1)}"
PG_VERSION="${PG_VERSION:-15}"
PG_CLUSTER="${PG_CLUSTER:-main}"
PG_PORT="${PG_PORT:-5432}"
ROLE="${OBSERVATORY_TEST_PG_ROLE:-observatory}"
PASSWORD="${OBSERVATORY_TEST_PG_PASSWORD:-observatory}"
DATABASE="${OBSERVATORY_TEST_PG_DB:-observatory_test}"

as_postgres() {
    if [ "$(id -un)" = postgres ]; then "$@"; else su postgres -c "$(printf '%q ' "$@")"; fi
}

if ! pg_lsclusters -h 2>/dev/null | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c' | grep -q .; then
    echo "setup-postgres: creating cluster $PG_VERSION/$PG_CLUSTER" >&2
    pg_createcluster "$PG_VERSION" "$PG_CLUSTER" --port "$PG_PORT" >&2
fi
if ! pg_lsclusters -h | awk -v v="$PG_VERSION" -v c="$PG_CLUSTER" '$1==v && $2==c {print $4}' | grep -q online; then
    # A cluster that was not shut down cleanly (a restored machine image) replays its WAL and
    # fsyncs its data directory before it accepts connections: minutes on a slow disk, beyond
    # pg_ctl's default 60 s wait, so give it PG_START_TIMEOUT seconds.
    pg_ctlcluster "$PG_VERSION" "$PG_CLUSTER" start -- -t "${PG_START_TIMEOUT:-600}" >&2
fi
for _ in $(seq 1 30); do
    pg_isready -q -h 127.0.0.1 -p "$PG_PORT" && break
    sleep 0.5
done

if [ -z "$(as_postgres psql -p "$PG_PORT" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" ]; then
    as_postgres psql -q -p "$PG_PORT" -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD' CREATEDB" >&2
fi
if [ -z "$(as_postgres psql -p "$PG_PORT" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" ]; then
    as_postgres psql -q -p "$PG_PORT" -c "CREATE DATABASE $DATABASE OWNER $ROLE" >&2
fi

echo "postgresql+psycopg://$ROLE:$PASSWORD@127.0.0.1:$PG_PORT/$DATABASE"
