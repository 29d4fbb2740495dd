#!/usr/bin/env bash
# `make test`: lint, the unit tests on SQLite, then the integration tests on real PostgreSQL and
# Redis with a real Celery worker. REQUIRE_SERVICES=1 turns every missing-service skip into a failure.
set -uo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
PG_URL=${PG_URL:-postgres://postgres@127.0.0.1:5432/baclofen}
TEST_REDIS_URL=${TEST_REDIS_URL:-redis://127.0.0.1:6379/15}
status=0

echo "== ruff"
$BIN/ruff check . || status=1

echo "== unit, page and browser tests (SQLite)"
$BIN/python -m pytest -m "not integration" -q -p no:cacheprovider -n 2 "$@" || status=1

pg_up=$($BIN/python - <<PY
import socket, urllib.parse
u = urllib.parse.urlparse("$PG_URL")
try:
    socket.create_connection((u.hostname, u.port or 5432), timeout=2).close(); print(1)
except OSError:
    print(0)
PY
)
echo "== integration tests (PostgreSQL, Redis, a real Celery worker)"
if [ "$pg_up" = "1" ]; then
  DATABASE_URL=$PG_URL TEST_CELERY_BROKER_URL=$TEST_REDIS_URL TEST_CELERY_RESULT_BACKEND=$TEST_REDIS_URL \
    $BIN/python -m pytest -m integration -q -p no:cacheprovider --create-db "$@" || status=1
else
  echo "PostgreSQL is not reachable at $PG_URL: the integration tests report why they skip."
  TEST_CELERY_BROKER_URL=$TEST_REDIS_URL $BIN/python -m pytest -m integration -q -p no:cacheprovider "$@" || status=1
fi
exit $status
