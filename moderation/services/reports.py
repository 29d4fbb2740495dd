"""Reports: members flagging a post for the moderators."""

from django.db import transaction

from forum.models import Post

from ..models import Flag
from ._common import ModerationError, _item_for, _refresh_item

REPORT_SEVERITY = 2


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
