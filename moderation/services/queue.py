"""The review queue: claiming an item, deciding on it, and bulk decisions."""

from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from forum import services as forum_services
from forum.models import Post
from forum.permissions import is_moderator

from ..models import AuditEntry, ContextNote, Flag, ReviewItem
from ._common import ModerationError, _audit, _name, _notify, _resolve
from .sanctions import member_ban_spammer

CLAIM_TTL = timedelta(minutes=30)


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
