"""Writes for moderation: scanning results, reports, moderator actions, rescans.

Every function takes keyword-only arguments and runs in a transaction. Moderator actions are
conditional updates; an audit entry is written only when something actually changed.
"""

import logging
from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Max, Q
from django.db.models.functions import Coalesce
from django.utils import timezone

from forum import services as forum_services
from forum.models import Post
from forum.permissions import is_moderator

from . import detection
from .models import (
    AuditEntry,
    CategoryPolicy,
    ContextNote,
    Flag,
    PostScan,
    RescanJob,
    ReviewItem,
    Sanction,
)
from .selectors import category_policies

logger = logging.getLogger(__name__)

CLAIM_TTL = timedelta(minutes=30)
REPORT_SEVERITY = 2
MAX_SUSPENSION_DAYS = 365
REMOVED_STATUSES = (Post.Status.REMOVED_BY_AUTHOR, Post.Status.REMOVED_BY_MODERATOR)


class ModerationError(ValueError):
    """An action the rules refuse; the message is shown to the moderator or member."""


# --- helpers ---------------------------------------------------------------------------------


def _name(user) -> str:
    return user.get_username() if user is not None else "system"


def _audit(*, actor, action: str, post: Post | None = None, target_user=None, reason: str = "",
           details: dict | None = None) -> AuditEntry:
    if target_user is None and post is not None:
        target_user = post.author
    return AuditEntry.objects.create(
        actor=actor,
        actor_name=_name(actor),
        action=action,
        post=post,
        target_user=target_user,
        target_name=target_user.get_username() if target_user is not None else "",
        reason=reason[:500],
        details=details or {},
    )


def _notify(*, user, message: str, post: Post | None = None) -> None:
    """Tell a member (nobody to tell when the account is gone)."""
    if user is not None:
        forum_services.notification_notify(user=user, message=message, post=post)


def _item_for(post: Post) -> ReviewItem:
    item, _ = ReviewItem.objects.get_or_create(post=post)
    return item


def _refresh_item(item: ReviewItem, *, post: Post) -> ReviewItem:
    """Bring the item's state and severity in line with its open flags."""
    top = item.flags.filter(state=Flag.State.OPEN).aggregate(top=Max("severity"))["top"]
    now = timezone.now()
    if top:
        if item.state == ReviewItem.State.RESOLVED:
            ReviewItem.objects.filter(pk=item.pk, state=ReviewItem.State.RESOLVED).update(
                state=ReviewItem.State.OPEN, opened_at=now, severity=top, resolution="",
                resolved_by=None, resolved_at=None, claimed_by=None, claimed_at=None,
            )
        elif item.severity != top:
            ReviewItem.objects.filter(pk=item.pk).update(severity=top)
    elif item.state == ReviewItem.State.OPEN and not post.is_held:
        # Every flag was withdrawn (the author edited the problem away): nothing left to review.
        ReviewItem.objects.filter(pk=item.pk, state=ReviewItem.State.OPEN).update(
            state=ReviewItem.State.RESOLVED, severity=0, resolved_at=now,
            resolution=ReviewItem.Resolution.WITHDRAWN, claimed_by=None, claimed_at=None,
        )
    item.refresh_from_db()
    return item


def _should_hold(flag: Flag, policies: dict[str, str]) -> bool:
    action = policies.get(flag.category, CategoryPolicy.Action.FLAG)
    if action == CategoryPolicy.Action.HOLD:
        return True
    return action == CategoryPolicy.Action.HOLD_SEVERE and flag.severity >= 3


# --- scanning --------------------------------------------------------------------------------


@dataclass
class ScanResult:
    post_id: int
    revision: int
    outcome: str  # scanned | duplicate | stale | missing | skipped
    flags: int = 0
    new_flags: int = 0
    held: bool = False

    def as_dict(self) -> dict:
        return asdict(self)


def _group_findings(findings) -> dict[str, list]:
    grouped: dict[str, list] = defaultdict(list)
    for finding in findings:
        grouped[finding.rule].append(finding)
    return grouped


def _apply_findings(*, post: Post, revision: int, findings) -> tuple[list[Flag], int]:
    """Create or update one scanner flag per rule; withdraw open flags that no longer match.
    Returns the flags that are newly open and the number of rules that matched."""
    grouped = _group_findings(findings)
    existing = {f.rule: f for f in Flag.objects.filter(post=post, source=Flag.Source.SCANNER)}
    item = ReviewItem.objects.filter(post=post).first()
    if not grouped and not existing:
        return [], 0
    now = timezone.now()
    newly_open: list[Flag] = []
    for code, group in grouped.items():
        spans = sorted({(f.start, f.end) for f in group})
        matched = " … ".join(post.body[start:end] for start, end in spans)[:5000]
        top = max(group, key=lambda f: f.severity)
        reference = next((f.reference for f in group if f.reference), None) or ""
        values = {
            "category": top.category, "severity": top.severity,
            "spans": [list(span) for span in spans], "matched_text": matched,
            "reason": (top.reason or "")[:500], "reference": reference[:40],
            "revision": revision, "updated_at": now,
        }
        flag = existing.get(code)
        if flag is None:
            item = item or _item_for(post)
            flag = Flag.objects.create(
                item=item, post=post, source=Flag.Source.SCANNER, rule=code, **values
            )
            newly_open.append(flag)
            continue
        reopen = flag.state == Flag.State.WITHDRAWN or (
            flag.state in (Flag.State.CONFIRMED, Flag.State.DISMISSED)
            and revision > flag.revision and matched != flag.matched_text
        )
        for name, value in values.items():
            setattr(flag, name, value)
        fields = list(values)
        if reopen:
            flag.state, flag.decided_by, flag.decided_at = Flag.State.OPEN, None, None
            fields += ["state", "decided_by", "decided_at"]
            newly_open.append(flag)
        flag.save(update_fields=fields)
    gone = [f.pk for code, f in existing.items()
            if code not in grouped and f.state == Flag.State.OPEN]
    if gone:
        Flag.objects.filter(pk__in=gone, state=Flag.State.OPEN).update(
            state=Flag.State.WITHDRAWN, updated_at=now
        )
    if item is not None:
        _refresh_item(item, post=post)
    return newly_open, len(grouped)


def post_scan(*, post_id: int, revision: int, force: bool = False,
              context: detection.DetectionContext | None = None) -> ScanResult:
    """Scan one revision of a post. Scanning the same revision twice creates nothing twice (unless
    `force`, which re-evaluates it against the current rules); an older revision is discarded."""
    post = Post.objects.select_related("author").filter(pk=post_id).first()
    if post is None:
        return ScanResult(post_id, revision, "missing")
    if post.revision != revision:
        return ScanResult(post_id, revision, "stale")
    if not force and PostScan.objects.filter(post_id=post_id, revision=revision).exists():
        return ScanResult(post_id, revision, "duplicate")
    findings = [] if post.is_removed else detection.scan_post(post, context)
    with transaction.atomic():
        locked = (
            Post.objects.select_for_update(of=("self",))
            .select_related("author", "thread")
            .filter(pk=post_id)
            .first()
        )
        if locked is None:
            return ScanResult(post_id, revision, "missing")
        if locked.revision != revision:
            return ScanResult(post_id, revision, "stale")
        scan, created = PostScan.objects.get_or_create(
            post=locked, revision=revision, defaults={"finding_count": len(findings)}
        )
        if not created and not force:
            return ScanResult(post_id, revision, "duplicate")
        if not created:
            PostScan.objects.filter(pk=scan.pk).update(
                finding_count=len(findings), scanned_at=timezone.now()
            )
        Post.objects.filter(pk=post_id, scanned_revision__lt=revision).update(
            scanned_revision=revision
        )
        if locked.is_removed:
            return ScanResult(post_id, revision, "skipped")
        newly_open, rule_count = _apply_findings(post=locked, revision=revision, findings=findings)
        held = False
        policies = category_policies()
        holding = [f for f in newly_open if _should_hold(f, policies)]
        if holding and locked.status == Post.Status.VISIBLE:
            held = forum_services.post_set_status(post=locked, status=Post.Status.HELD)
            if held:
                _audit(
                    actor=None, action=AuditEntry.Action.HOLD, post=locked,
                    reason="; ".join(f.reason for f in holding)[:500],
                    details={"rules": [f.rule for f in holding], "revision": revision},
                )
        return ScanResult(post_id, revision, "scanned", rule_count, len(newly_open), held)


def pending_scan_ids(*, limit: int = 200, min_age_seconds: int = 30) -> list[tuple[int, int]]:
    """(post id, revision) of posts whose current revision was never scanned, oldest first.
    Posts saved in the last few seconds are left to the task their save enqueued."""
    from django.db.models import F

    cutoff = timezone.now() - timedelta(seconds=min_age_seconds)
    return list(
        Post.objects.filter(scanned_revision__lt=F("revision"))
        .exclude(status__in=REMOVED_STATUSES)
        .annotate(changed_at=Coalesce("edited_at", "created_at"))
        .filter(changed_at__lte=cutoff)
        .order_by("pk")
        .values_list("pk", "revision")[:limit]
    )


# --- reports ---------------------------------------------------------------------------------


@transaction.atomic
def report_create(*, post: Post, reporter, reason: str, note: str = "") -> Flag:
    if reason not in Flag.ReportReason.values:
        raise ModerationError("Choose a reason for your report.")
    if not reporter.is_authenticated or not reporter.is_active:
        raise ModerationError("Log in to report a post.")
    if post.author_id == reporter.pk:
        raise ModerationError("You cannot report your own post.")
    if post.is_removed:
        raise ModerationError("This post has already been removed.")
    if Flag.objects.filter(post=post, reporter=reporter, source=Flag.Source.REPORT).exists():
        raise ModerationError("You have already reported this post. Thank you.")
    item = _item_for(post)
    category = reason if reason != Flag.ReportReason.OTHER else ""
    flag = Flag.objects.create(
        item=item, post=post, source=Flag.Source.REPORT, rule="report", reporter=reporter,
        category=category, severity=REPORT_SEVERITY, report_reason=reason,
        reason=f"Reported by a member: {Flag.ReportReason(reason).label}.",
        note=" ".join((note or "").split())[:500], revision=post.revision,
    )
    _refresh_item(item, post=post)
    return flag


# --- claiming --------------------------------------------------------------------------------


def claim_holder(item: ReviewItem, moderator):
    """The other moderator whose claim on this item is still fresh, or None."""
    if item.claimed_by_id and item.claimed_by_id != moderator.pk and item.claimed_at and (
        item.claimed_at > timezone.now() - CLAIM_TTL
    ):
        return item.claimed_by
    return None


@transaction.atomic
def item_claim(*, item: ReviewItem, moderator) -> bool:
    now = timezone.now()
    claimed = ReviewItem.objects.filter(pk=item.pk, state=ReviewItem.State.OPEN).filter(
        Q(claimed_by__isnull=True) | Q(claimed_at__lt=now - CLAIM_TTL)
    ).update(claimed_by=moderator, claimed_at=now)
    if claimed:
        _audit(actor=moderator, action=AuditEntry.Action.CLAIM, post=item.post)
        item.refresh_from_db()
        return True
    item.refresh_from_db()
    if item.state != ReviewItem.State.OPEN:
        raise ModerationError("This item has already been resolved.")
    if item.claimed_by_id == moderator.pk:
        ReviewItem.objects.filter(pk=item.pk, claimed_by=moderator).update(claimed_at=now)
        return False
    raise ModerationError(f"{_name(item.claimed_by)} is already working on this item.")


@transaction.atomic
def item_release_claim(*, item: ReviewItem, moderator) -> bool:
    released = ReviewItem.objects.filter(pk=item.pk, claimed_by=moderator).update(
        claimed_by=None, claimed_at=None
    )
    if released:
        _audit(actor=moderator, action=AuditEntry.Action.RELEASE_CLAIM, post=item.post)
    return bool(released)


# --- decisions on an item --------------------------------------------------------------------


def _lock_open_item(item: ReviewItem, moderator) -> ReviewItem:
    if not is_moderator(moderator):
        raise ModerationError("Only moderators can do this.")
    locked = ReviewItem.objects.select_for_update(of=("self",)).select_related(
        "post__author", "post__thread", "claimed_by"
    ).get(pk=item.pk)
    holder = claim_holder(locked, moderator)
    if holder is not None:
        raise ModerationError(f"{_name(holder)} is working on this item.")
    return locked


def _resolve(item: ReviewItem, *, moderator, resolution: str, flag_state: str) -> bool:
    now = timezone.now()
    resolved = ReviewItem.objects.filter(pk=item.pk, state=ReviewItem.State.OPEN).update(
        state=ReviewItem.State.RESOLVED, resolution=resolution, resolved_by=moderator,
        resolved_at=now, severity=0, claimed_by=None, claimed_at=None,
    )
    Flag.objects.filter(item=item, state=Flag.State.OPEN).update(
        state=flag_state, decided_by=moderator, decided_at=now, updated_at=now
    )
    return bool(resolved)


@transaction.atomic
def item_approve(*, item: ReviewItem, moderator, note: str = "", reference_url: str = "",
                 reference_label: str = "") -> bool:
    """Dismiss the flags (and release a held post); with a note, show it under the post."""
    item = _lock_open_item(item, moderator)
    post = item.post
    note = " ".join((note or "").split())[:300]
    resolution = ReviewItem.Resolution.APPROVED_NOTE if note else ReviewItem.Resolution.APPROVED
    changed = _resolve(item, moderator=moderator, resolution=resolution,
                       flag_state=Flag.State.DISMISSED)
    if not changed:
        return False
    if post.is_held:
        forum_services.post_set_status(post=post, status=Post.Status.VISIBLE)
    if note:
        ContextNote.objects.update_or_create(
            post=post,
            defaults={"text": note, "reference_url": reference_url[:300],
                      "reference_label": reference_label[:200], "author": moderator,
                      "created_at": timezone.now()},
        )
    _audit(
        actor=moderator,
        action=AuditEntry.Action.APPROVE_NOTE if note else AuditEntry.Action.APPROVE,
        post=post, reason=note, details={"reference_url": reference_url} if note else {},
    )
    return True


@transaction.atomic
def item_remove(*, item: ReviewItem, moderator, reason: str) -> bool:
    reason = " ".join((reason or "").split())
    if not reason:
        raise ModerationError("Give a reason: the author and readers will see it.")
    item = _lock_open_item(item, moderator)
    post = item.post
    removed = forum_services.post_set_status(
        post=post, status=Post.Status.REMOVED_BY_MODERATOR, reason=reason
    )
    resolved = _resolve(item, moderator=moderator, resolution=ReviewItem.Resolution.REMOVED,
                        flag_state=Flag.State.CONFIRMED)
    if not (removed or resolved):
        return False
    _notify(user=post.author, post=post,
            message=f"A moderator removed your post in “{post.thread.title}”: {reason}")
    _audit(actor=moderator, action=AuditEntry.Action.REMOVE, post=post, reason=reason)
    return True


@transaction.atomic
def item_edit(*, item: ReviewItem, moderator, body: str, reason: str) -> bool:
    """Edit the post (a new revision, rescanned as usual) and close the item."""
    reason = " ".join((reason or "").split())
    if not reason:
        raise ModerationError("Say what you changed and why: the author will see it.")
    item = _lock_open_item(item, moderator)
    post = item.post
    old_revision = post.revision
    try:
        edited = forum_services.post_edit(post=post, editor=moderator, body=body)
    except forum_services.ForumError as error:
        raise ModerationError(str(error)) from error
    if edited.revision == old_revision:
        raise ModerationError("The text is unchanged: approve the post instead.")
    _resolve(item, moderator=moderator, resolution=ReviewItem.Resolution.EDITED,
             flag_state=Flag.State.CONFIRMED)
    if post.is_held:
        forum_services.post_set_status(post=post, status=Post.Status.VISIBLE)
    _notify(user=post.author, post=post,
            message=f"A moderator edited your post in “{post.thread.title}”: {reason}")
    _audit(actor=moderator, action=AuditEntry.Action.EDIT, post=post, reason=reason,
           details={"from_revision": old_revision, "to_revision": edited.revision})
    return True


# --- sanctions -------------------------------------------------------------------------------


def _check_target(*, moderator, user) -> None:
    if not is_moderator(moderator):
        raise ModerationError("Only moderators can do this.")
    if user is None:
        raise ModerationError("This post's author has deleted their account.")
    if user.pk == moderator.pk:
        raise ModerationError("You cannot sanction yourself.")
    if user.is_superuser or user.is_staff or is_moderator(user):
        raise ModerationError("Moderators and staff cannot be sanctioned here; ask an admin.")


def _clean_reason(reason: str) -> str:
    reason = " ".join((reason or "").split())[:300]
    if not reason:
        raise ModerationError("Give a reason: the member will see it.")
    return reason


@transaction.atomic
def member_warn(*, moderator, user, reason: str, post: Post | None = None) -> Sanction:
    _check_target(moderator=moderator, user=user)
    reason = _clean_reason(reason)
    sanction = Sanction.objects.create(
        user=user, kind=Sanction.Kind.WARNING, reason=reason, post=post, created_by=moderator
    )
    _notify(user=user, post=post, message=f"A moderator warned you: {reason}")
    _audit(actor=moderator, action=AuditEntry.Action.WARN, post=post, target_user=user,
           reason=reason)
    return sanction


@transaction.atomic
def member_suspend(*, moderator, user, days: int, reason: str,
                   post: Post | None = None) -> Sanction:
    _check_target(moderator=moderator, user=user)
    reason = _clean_reason(reason)
    if not 1 <= int(days) <= MAX_SUSPENSION_DAYS:
        raise ModerationError(f"A suspension lasts 1 to {MAX_SUSPENSION_DAYS} days.")
    ends_at = timezone.now() + timedelta(days=int(days))
    sanction = Sanction.objects.create(
        user=user, kind=Sanction.Kind.SUSPENSION, reason=reason, post=post,
        created_by=moderator, ends_at=ends_at,
    )
    _notify(user=user, post=post,
            message=f"Your account is suspended for {days} day{'s' if int(days) != 1 else ''}: "
                    f"{reason}")
    _audit(actor=moderator, action=AuditEntry.Action.SUSPEND, post=post, target_user=user,
           reason=reason, details={"days": int(days), "ends_at": ends_at.isoformat()})
    return sanction


def _ban(*, moderator, user, reason: str, post: Post | None) -> bool:
    already = Sanction.objects.filter(
        user=user, kind=Sanction.Kind.BAN, revoked_at__isnull=True
    ).exists()
    if not already:
        Sanction.objects.create(
            user=user, kind=Sanction.Kind.BAN, reason=reason, post=post, created_by=moderator
        )
    # An inactive account can neither log in nor post (forum.permissions.posting_block_reason).
    deactivated = get_user_model().objects.filter(pk=user.pk, is_active=True).update(
        is_active=False
    )
    user.is_active = False
    return not already or bool(deactivated)


@transaction.atomic
def member_ban(*, moderator, user, reason: str, post: Post | None = None) -> bool:
    _check_target(moderator=moderator, user=user)
    reason = _clean_reason(reason)
    if not _ban(moderator=moderator, user=user, reason=reason, post=post):
        return False
    _audit(actor=moderator, action=AuditEntry.Action.BAN, post=post, target_user=user,
           reason=reason)
    return True


@transaction.atomic
def member_ban_spammer(*, moderator, user, reason: str = "Spam",
                       post: Post | None = None) -> int:
    """Ban the account and remove all its posts; returns how many posts were removed."""
    _check_target(moderator=moderator, user=user)
    reason = _clean_reason(reason)
    banned = _ban(moderator=moderator, user=user, reason=reason, post=post)
    removed = 0
    for own_post in Post.objects.filter(author=user).exclude(
        status__in=REMOVED_STATUSES
    ).select_for_update():
        removed += forum_services.post_set_status(
            post=own_post, status=Post.Status.REMOVED_BY_MODERATOR, reason="spam"
        )
    resolved = 0
    for item in ReviewItem.objects.filter(post__author=user, state=ReviewItem.State.OPEN):
        resolved += _resolve(item, moderator=moderator,
                             resolution=ReviewItem.Resolution.SPAM_BANNED,
                             flag_state=Flag.State.CONFIRMED)
    if banned or removed or resolved:
        _audit(actor=moderator, action=AuditEntry.Action.SPAM_BAN, post=post, target_user=user,
               reason=reason, details={"posts_removed": removed, "items_resolved": resolved})
    return removed


@transaction.atomic
def sanctions_revoke(*, moderator, sanction_ids: list[int]) -> int:
    """Lift warnings, suspensions or bans; a lifted ban re-activates the account."""
    now = timezone.now()
    revoked = 0
    for sanction in Sanction.objects.filter(pk__in=sanction_ids, revoked_at__isnull=True
                                            ).select_related("user"):
        if not Sanction.objects.filter(pk=sanction.pk, revoked_at__isnull=True).update(
            revoked_at=now
        ):
            continue
        revoked += 1
        if sanction.kind == Sanction.Kind.BAN and not Sanction.objects.filter(
            user=sanction.user, kind=Sanction.Kind.BAN, revoked_at__isnull=True
        ).exists():
            get_user_model().objects.filter(pk=sanction.user_id).update(is_active=True)
        _audit(actor=moderator, action=AuditEntry.Action.REVOKE, target_user=sanction.user,
               post=sanction.post, reason=f"{sanction.get_kind_display()}: {sanction.reason}")
    return revoked


# --- bulk ------------------------------------------------------------------------------------

BULK_ACTIONS = ("approve", "remove", "spam_ban")


def items_bulk(*, moderator, item_ids: list[int], action: str, reason: str = "") -> dict:
    """Apply one action to a selection; each item is its own transaction, so one refusal
    (claimed by someone else, already resolved) skips that item without undoing the rest."""
    if action not in BULK_ACTIONS:
        raise ModerationError("Choose an action.")
    if action == "remove" and not " ".join((reason or "").split()):
        raise ModerationError("Give a reason for removing the selected posts.")
    done, skipped = 0, []
    items = ReviewItem.objects.filter(pk__in=item_ids).select_related("post__author")
    for item in items:
        try:
            if action == "approve":
                changed = item_approve(item=item, moderator=moderator)
            elif action == "remove":
                changed = item_remove(item=item, moderator=moderator, reason=reason)
            else:
                member_ban_spammer(
                    moderator=moderator, user=item.post.author, reason=reason or "Spam",
                    post=item.post,
                )
                changed = True
        except ModerationError as error:
            skipped.append((item.pk, str(error)))
            continue
        if changed:
            done += 1
        else:
            skipped.append((item.pk, "Already resolved."))
    return {"done": done, "skipped": skipped}


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
            from .tasks import rescan_all_posts

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


# --- rules -----------------------------------------------------------------------------------


def rules_load_builtin(*, reset: bool = False, rule_model=None) -> dict[str, list[str]]:
    """Create a Rule row for every built-in engine rule and behavioural signal.

    Existing rows keep what moderators tuned (severity, enabled, examples) unless `reset`;
    their description and category follow the code. `rule_model` lets a data migration pass
    its historical model."""
    from .models import Rule

    model = rule_model or Rule
    specs = [
        {"code": info.code, "kind": Rule.Kind.BUILTIN, "category": info.category,
         "severity": info.severity, "description": info.description[:300],
         "must_match": "\n".join(info.must_match),
         "must_not_match": "\n".join(info.must_not_match)}
        for info in detection.builtin_rules()
    ] + [
        {"code": code, "kind": Rule.Kind.BEHAVIOUR, "category": spec["category"],
         "severity": spec["severity"], "description": spec["description"],
         "must_match": "", "must_not_match": ""}
        for code, spec in detection.BEHAVIOUR_RULES.items()
    ]
    report: dict[str, list[str]] = {"created": [], "updated": [], "unchanged": []}
    with transaction.atomic():
        existing = {row.code: row for row in model.objects.all()}
        for spec in specs:
            row = existing.get(spec["code"])
            if row is None:
                model.objects.create(**spec)
                report["created"].append(spec["code"])
                continue
            fields = ["kind", "category", "description"]
            if reset:
                fields += ["severity", "must_match", "must_not_match"]
            target = {name: spec[name] for name in fields}
            if reset:
                target["enabled"] = True
            changed = [name for name, value in target.items() if getattr(row, name) != value]
            if changed:
                for name in changed:
                    setattr(row, name, target[name])
                row.save(update_fields=changed)
                report["updated"].append(spec["code"])
            else:
                report["unchanged"].append(spec["code"])
    return report
