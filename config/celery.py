"""The Celery app. With no broker reachable (the embedded default on a laptop), tasks run in-process."""

import logging
import os
import socket
from urllib.parse import urlparse

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")

app = Celery("baclofen")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()

logger = logging.getLogger("config.celery")


def broker_reachable(url: str, timeout: float = 1.0) -> bool:
    parsed = urlparse(url)
    if parsed.scheme not in {"redis", "rediss", "amqp", "pyamqp"}:
        return True  # in-memory or other transports need no server
    port = parsed.port or (6379 if parsed.scheme.startswith("redis") else 5672)
    try:
        with socket.create_connection((parsed.hostname or "127.0.0.1", port), timeout=timeout):
            return True
    except OSError:
        return False


def choose_task_mode() -> str:
    """Decide once at start-up whether tasks go to the broker or run eagerly, and say which."""
    from django.conf import settings

    if app.conf.task_always_eager:
        mode = "eager (CELERY_TASK_ALWAYS_EAGER is set): tasks run in-process"
    elif getattr(settings, "DEBUG", False) and not broker_reachable(app.conf.broker_url):
        app.conf.task_always_eager = True
        mode = f"eager: broker {app.conf.broker_url} unreachable, tasks run in-process"
    else:
        mode = f"broker {app.conf.broker_url}: tasks go to Celery workers"
    logger.info("Celery task mode: %s", mode)
    return mode
