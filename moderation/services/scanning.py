"""Scanning: apply the engine's findings to a post's flags and review item, hold if policy says."""

from collections import defaultdict
from dataclasses import asdict, dataclass
from datetime import timedelta

from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone

from forum import services as forum_services
from forum.models import Post

from .. import detection
from ..models import AuditEntry, Flag, PostScan, ReviewItem
from ..selectors import category_policies
from ._common import REMOVED_STATUSES, _audit, _item_for, _refresh_item, _should_hold

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
