#!/usr/bin/env bash
# `make run`: migrate, import the reference documents, load demo content, start a Celery worker
# when Redis is up (tasks run in-process otherwise), and serve the site on 127.0.0.1:$PORT.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
PORT=${PORT:-8000}
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.dev}

$BIN/python manage.py migrate --no-input -v0
$BIN/python manage.py load_rules  # rules added to the engine since the database was created
$BIN/python manage.py import_reference || echo "Reference import failed; the forum still runs."

worker_pid=""
if $BIN/python -c "import sys; from config.celery import app, broker_reachable; sys.exit(0 if broker_reachable(app.conf.broker_url) else 1)" 2>/dev/null; then
  mkdir -p var
  $BIN/celery -A config worker --beat --loglevel=INFO --concurrency=2 \
      --schedule=var/celerybeat-schedule >var/celery.log 2>&1 &
  worker_pid=$!
  trap '[ -n "$worker_pid" ] && kill $worker_pid 2>/dev/null || true' EXIT INT TERM
  echo "Celery worker (with beat) started on Redis, pid $worker_pid; log in var/celery.log"
else
  echo "Redis is not reachable: Celery tasks (moderation scans, notifications) run in-process."
fi

$BIN/python manage.py load_demo
echo
echo "The baclofen community is at http://127.0.0.1:$PORT/  (Ctrl-C stops it)"
echo
$BIN/python manage.py runserver "127.0.0.1:$PORT"
