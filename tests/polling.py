"""Waiting for a real Celery worker: poll the database, never sleep a fixed time."""

import time


def wait_for(condition, *, timeout=30.0, interval=0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(interval)
    return False
