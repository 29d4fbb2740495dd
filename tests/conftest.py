"""Shared test machinery: real services when reachable, a clear skip when not, a failure under CI.

`REQUIRE_SERVICES=1` (set by .ci/run) turns every skip for a missing PostgreSQL, Redis or
Chromium into a failure, so CI cannot pass by skipping the tests that matter.
"""

import os
import shutil
import socket
from pathlib import Path

import pytest

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHARED_DIR = Path(__file__).resolve().parent.parent.parent / "shared"
XSS_PAYLOADS_FILE = SHARED_DIR / "security" / "xss-payloads.txt"

# Playwright's sync API runs an event loop in the test thread; Django's ORM must still be usable.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def missing_service(what: str, how_to_fix: str):
    """Skip on a laptop without the service; fail in CI, where every service must be there."""
    message = f"{what} is not available: {how_to_fix}"
    if REQUIRE_SERVICES:
        pytest.fail(f"REQUIRE_SERVICES=1 but {message}", pytrace=False)
    pytest.skip(message)


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_postgresql():
    from django.db import connection

    if connection.vendor != "postgresql":
        missing_service(
            "PostgreSQL",
            "integration tests run against it; run them with `make test` (or set "
            "DATABASE_URL=postgres://postgres@127.0.0.1:5432/baclofen).",
        )


def pytest_runtest_setup(item):
    if item.get_closest_marker("integration"):
        require_postgresql()


@pytest.fixture
def _require_postgresql():
    require_postgresql()


DATA_MIGRATIONS = [
    ("forum.migrations.0002_categories_and_search_indexes", "create_categories"),
    ("forum.migrations.0003_site_name", "name_site"),
    ("moderation.migrations.0002_moderators_policies_rules", "create_group_and_policies"),
    ("moderation.migrations.0002_moderators_policies_rules", "load_rules"),
]


def _is_transactional(request) -> bool:
    marker = request.node.get_closest_marker("django_db")
    return bool(
        (marker and marker.kwargs.get("transaction"))
        or {"transactional_db", "live_server"} & set(request.fixturenames)
    )


@pytest.fixture(autouse=True)
def _migrated_data_after_flushes(request):
    """A transactional test flushes the database when it ends, data migrations included, and
    serialized rollback cannot always restore it (Playwright's greenlets get their own
    connection objects). Re-run the idempotent data migrations before each transactional test."""
    if _is_transactional(request):
        import importlib

        from django.apps import apps

        request.getfixturevalue("transactional_db")
        for module, function in DATA_MIGRATIONS:
            getattr(importlib.import_module(module), function)(apps, None)
    yield


@pytest.fixture
def redis_url() -> str:
    url = os.environ.get("TEST_CELERY_BROKER_URL", "redis://127.0.0.1:6379/15")
    if not url.startswith("redis") or not port_open("127.0.0.1", 6379):
        missing_service("Redis on 127.0.0.1:6379", "start redis-server to run the worker tests.")
    return url


@pytest.fixture
def celery_worker_on_redis(redis_url, transactional_db):
    """A real Celery worker thread consuming from real Redis, as in production."""
    from celery.contrib.testing.worker import start_worker
    from celery.signals import task_postrun
    from django.db import connections

    from config.celery import app

    previous = {
        "task_always_eager": app.conf.task_always_eager,
        "broker_url": app.conf.broker_url,
        "result_backend": app.conf.result_backend,
    }
    app.conf.update(task_always_eager=False, broker_url=redis_url, result_backend=redis_url)

    def close_connections(**kwargs):
        connections.close_all()

    task_postrun.connect(close_connections, weak=False)
    app.control.purge()
    try:
        with start_worker(
            app, pool="solo", concurrency=1, perform_ping_check=False, loglevel="WARNING",
            shutdown_timeout=15,
        ) as worker:
            yield worker
    finally:
        task_postrun.disconnect(close_connections)
        app.conf.update(**previous)


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) and shutil.which(CHROMIUM)):
        missing_service("Chromium at /usr/bin/chromium", "apt-get install chromium.")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        missing_service("Playwright", "pip install playwright (no browser download needed).")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    context.set_default_timeout(30_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture(scope="session")
def xss_payloads() -> list[str]:
    if not XSS_PAYLOADS_FILE.exists():
        pytest.fail(f"The XSS corpus is missing at {XSS_PAYLOADS_FILE}", pytrace=False)
    # Payloads are used exactly as they are: trailing whitespace is part of some of them.
    return XSS_PAYLOADS_FILE.read_text(encoding="utf-8").split("\n")[:-1] or []
