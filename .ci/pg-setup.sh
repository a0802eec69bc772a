#!/usr/bin/env bash
# Start a PostgreSQL cluster on loopback for the hub's tests and print the variable that points
# the tests at it:   eval "$(bash .ci/pg-setup.sh)"
# Runs as root, idempotent: installs Debian's postgresql if missing, creates/starts a cluster,
# creates the role and database `lapor_test` (the role may create databases: every hub test
# instance gets a fresh database of its own). Only stdout carries the export line.
set -euo pipefail
exec 3>&1 1>&2   # everything but the final line goes to stderr

PGUSER_NAME=lapor_test
PGPASS=lapor_test_pw
PGDB=lapor_test

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    # no server may start inside apt-get: it would hold the caller's $(...) pipe open (see below)
    own_policy=""
    if [ ! -e /usr/sbin/policy-rc.d ]; then
        printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && own_policy=1
        trap 'rm -f /usr/sbin/policy-rc.d' EXIT
    fi
    apt-get update -qq
    apt-get install -y -qq postgresql >/dev/null
    if [ -n "$own_policy" ]; then rm -f /usr/sbin/policy-rc.d; trap - EXIT; fi
fi

VER=$(ls /usr/lib/postgresql | sort -V | tail -n1)
if ! pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main"' | grep -q .; then
    pg_createcluster "$VER" main >/dev/null
fi
# loopback only
CONF=/etc/postgresql/$VER/main/postgresql.conf
if ! grep -q "^listen_addresses = '127.0.0.1'" "$CONF"; then
    echo "listen_addresses = '127.0.0.1'" >> "$CONF"
fi
# a test cluster: durability is not the point, speed on 2 cores is
if ! grep -q "^# lapor-test tuning" "$CONF"; then
    cat >> "$CONF" <<'CONFEOF'
# lapor-test tuning
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
CONFEOF
fi
PORT=$(pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $3}')
STATUS=$(pg_lsclusters -h | awk -v v="$VER" '$1==v && $2=="main" {print $4}')
if [ "$STATUS" != "online" ]; then
    # The server is a daemon: it must not inherit this script's descriptors. Fd 3 is the pipe of
    # the caller's $(...): a server holding it open makes `eval "$(bash .ci/pg-setup.sh)"` wait
    # for ever (the CI run that timed out). subprocess closes every descriptor above 2.
    python3 - "$VER" <<'PYEOF'
import subprocess, sys
with open("/tmp/lapor-pg-start.log", "w") as log:
    rc = subprocess.run(["pg_ctlcluster", sys.argv[1], "main", "start"], stdin=subprocess.DEVNULL,
                        stdout=log, stderr=log, close_fds=True).returncode
sys.stderr.write(open("/tmp/lapor-pg-start.log").read())
sys.exit(rc)
PYEOF
fi
for _ in $(seq 1 60); do
    if runuser -u postgres -- pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
    sleep 0.5
done
runuser -u postgres -- pg_isready -h 127.0.0.1 -p "$PORT"

psql_su() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -qtA "$@"; }
if [ -z "$(psql_su -c "SELECT 1 FROM pg_roles WHERE rolname='$PGUSER_NAME'")" ]; then
    psql_su -c "CREATE ROLE $PGUSER_NAME LOGIN CREATEDB PASSWORD '$PGPASS'"
else
    psql_su -c "ALTER ROLE $PGUSER_NAME LOGIN CREATEDB PASSWORD '$PGPASS'"
fi
if [ -z "$(psql_su -c "SELECT 1 FROM pg_database WHERE datname='$PGDB'")" ]; then
    psql_su -c "CREATE DATABASE $PGDB OWNER $PGUSER_NAME"
fi

echo "export LAPOR_TEST_PG_URL=postgresql+psycopg://$PGUSER_NAME:$PGPASS@127.0.0.1:$PORT/$PGDB" >&3
