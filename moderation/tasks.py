"""Celery tasks: thin, idempotent, taking ids. The work happens in moderation.services."""

import logging

from celery import shared_task
from django.db import InterfaceError, OperationalError
from kombu.exceptions import OperationalError as BrokerError
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

from . import services

logger = logging.getLogger(__name__)

# Database and broker hiccups are worth retrying; anything else is a bug to look at.
TRANSIENT_ERRORS = (
    OperationalError,
    InterfaceError,
    BrokerError,
    RedisConnectionError,
    RedisTimeoutError,
    ConnectionError,
    TimeoutError,
)
RETRY = {
    "acks_late": True,
    "reject_on_worker_lost": True,
    "autoretry_for": TRANSIENT_ERRORS,
    "retry_backoff": True,
    "retry_backoff_max": 600,
    "retry_jitter": True,
    "max_retries": 8,
}


@shared_task(soft_time_limit=60, time_limit=90, **RETRY)
def scan_post(post_id: int, revision: int) -> dict:
    """Scan one revision of a post. Repeating it creates nothing twice; an old revision is
    discarded (the newer revision has its own task)."""
    return services.post_scan(post_id=post_id, revision=revision).as_dict()


@shared_task(soft_time_limit=240, time_limit=300, **RETRY)
def scan_pending_posts(limit: int = 200) -> int:
    """Beat sweep: scan posts whose current revision was never scanned (saved while the broker
    was down, or whose task was lost)."""
    scanned = 0
    for post_id, revision in services.pending_scan_ids(limit=limit):
        result = services.post_scan(post_id=post_id, revision=revision)
        scanned += result.outcome == "scanned"
    if scanned:
        logger.info("Sweep scanned %s posts", scanned)
    return scanned


@shared_task(soft_time_limit=240, time_limit=300, **RETRY)
def rescan_all_posts(job_id: int) -> bool:
    """One batch of a 'rescan all posts' job; enqueues the next batch until none remain."""
    try:
        more = services.rescan_batch(job_id=job_id)
    except TRANSIENT_ERRORS:
        raise
    except Exception as error:
        services.rescan_fail(job_id=job_id, error=f"{type(error).__name__}: {error}")
        raise
    if more:
        rescan_all_posts.delay(job_id)
    return more
