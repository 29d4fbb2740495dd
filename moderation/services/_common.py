"""Shared by the moderation services: the error they raise and the helpers they all use."""

from django.db.models import Max
from django.utils import timezone

from forum import services as forum_services
from forum.models import Post

from ..engine.detectors.learned import MODEL_RULE_CODES
from ..models import AuditEntry, CategoryPolicy, Flag, ReviewItem

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
    # The learned model's guesses only ever ask for review: hiding a member's post takes a rule.
    if flag.rule in MODEL_RULE_CODES:
        return False
    action = policies.get(flag.category, CategoryPolicy.Action.FLAG)
    if action == CategoryPolicy.Action.HOLD:
        return True
    return action == CategoryPolicy.Action.HOLD_SEVERE and flag.severity >= 3


# Closing an item is shared by the queue's decisions and by banning a spammer (sanctions).
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
