"""Sanctions: warning, suspending and banning members, and lifting those sanctions."""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from forum import services as forum_services
from forum.models import Post
from forum.permissions import is_moderator

from ..models import AuditEntry, Flag, ReviewItem, Sanction
from ._common import REMOVED_STATUSES, ModerationError, _audit, _notify, _resolve

MAX_SUSPENSION_DAYS = 365


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
