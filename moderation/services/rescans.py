"""Rescans: re-evaluate every post against the current rules, in batches."""

import logging

from django.db import transaction
from django.utils import timezone

from forum.models import Post
from forum.permissions import is_moderator

from .. import detection
from ..models import AuditEntry, RescanJob
from ._common import REMOVED_STATUSES, ModerationError, _audit
from .scanning import post_scan

logger = logging.getLogger(__name__)

# --- rescans ---------------------------------------------------------------------------------


@transaction.atomic
def rescan_start(*, moderator) -> tuple[RescanJob, bool]:
    """Start a rescan of all posts, unless one is already under way."""
    if not is_moderator(moderator):
        raise ModerationError("Only moderators can do this.")
    running = RescanJob.objects.select_for_update().filter(
        state__in=[RescanJob.State.PENDING, RescanJob.State.RUNNING]
    ).first()
    if running is not None:
        return running, False
    job = RescanJob.objects.create(
        started_by=moderator,
        total=Post.objects.exclude(status__in=REMOVED_STATUSES).count(),
    )
    _audit(actor=moderator, action=AuditEntry.Action.RESCAN, details={"job": job.pk})
    job_id = job.pk

    def enqueue():
        try:
            from ..tasks import rescan_all_posts

            rescan_all_posts.delay(job_id)
        except Exception:
            logger.warning("Could not enqueue rescan job %s", job_id, exc_info=True)
            RescanJob.objects.filter(pk=job_id, state=RescanJob.State.PENDING).update(
                state=RescanJob.State.FAILED, error="The task queue is unavailable; try again.",
                finished_at=timezone.now(),
            )

    transaction.on_commit(enqueue)
    return job, True


def rescan_batch(*, job_id: int, batch_size: int = 200) -> bool:
    """Rescan the next batch of a job against the current rules; returns whether more remain.
    Safe to repeat: the cursor only moves forward and flags are updated, never duplicated."""
    job = RescanJob.objects.filter(pk=job_id).first()
    if job is None or job.state in (RescanJob.State.DONE, RescanJob.State.FAILED):
        return False
    RescanJob.objects.filter(pk=job_id, state=RescanJob.State.PENDING).update(
        state=RescanJob.State.RUNNING
    )
    batch = list(
        Post.objects.filter(pk__gt=job.cursor).exclude(status__in=REMOVED_STATUSES)
        .order_by("pk").values_list("pk", "revision")[:batch_size]
    )
    if not batch:
        RescanJob.objects.filter(pk=job_id).exclude(state=RescanJob.State.DONE).update(
            state=RescanJob.State.DONE, finished_at=timezone.now(),
            processed=job.total if job.processed < job.total else job.processed,
        )
        return False
    context = detection.load_context()
    flagged = 0
    for post_id, revision in batch:
        result = post_scan(post_id=post_id, revision=revision, force=True, context=context)
        flagged += result.flags > 0
    # Advance only from the cursor this batch started at: a duplicate run counts nothing twice.
    from django.db.models import F

    RescanJob.objects.filter(pk=job_id, cursor=job.cursor).update(
        cursor=batch[-1][0], processed=F("processed") + len(batch),
        flagged=F("flagged") + flagged,
    )
    return True


def rescan_fail(*, job_id: int, error: str) -> None:
    RescanJob.objects.filter(pk=job_id).exclude(state=RescanJob.State.DONE).update(
        state=RescanJob.State.FAILED, error=error[:500], finished_at=timezone.now()
    )
