"""Writes to the forum. Views and tasks call these; nothing else changes forum rows."""

import logging

from django.contrib.postgres.search import SearchVector
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.text import slugify

from .markup import render_markdown
from .models import (
    Category,
    HelpfulMark,
    Notification,
    Post,
    PostRevision,
    Profile,
    Thread,
    ThreadFollow,
)

logger = logging.getLogger(__name__)

TITLE_MIN, TITLE_MAX = 3, 200
BODY_MIN, BODY_MAX = 1, 20_000


class ForumError(ValueError):
    """A write that the rules of the forum refuse; the message is shown to the member."""


def _validate_title(title: str) -> str:
    title = " ".join((title or "").split())
    if not TITLE_MIN <= len(title) <= TITLE_MAX:
        raise ForumError(f"A title needs {TITLE_MIN} to {TITLE_MAX} characters.")
    return title


def _validate_body(body: str) -> str:
    body = (body or "").replace("\r\n", "\n").replace("\x00", "")
    if not body.strip():
        raise ForumError("A post cannot be empty.")
    if len(body) > BODY_MAX:
        raise ForumError(f"A post can have at most {BODY_MAX:,} characters (this one has {len(body):,}).")
    return body


def _refresh_search_vectors(*, post: Post | None = None, thread: Thread | None = None) -> None:
    """PostgreSQL keeps a tsvector per row for ranked search; SQLite searches with LIKE instead."""
    if connection.vendor != "postgresql":
        return
    if post is not None:
        Post.objects.filter(pk=post.pk).update(search_vector=SearchVector("body", config="english"))
    if thread is not None:
        Thread.objects.filter(pk=thread.pk).update(
            search_vector=SearchVector("title", config="english")
        )


def _after_post_saved(post: Post, *, created: bool) -> None:
    """After commit: scan the post, and tell followers about a new reply. Never fails the request."""
    from . import tasks

    post_id, revision = post.pk, post.revision

    def enqueue():
        try:
            from moderation.tasks import scan_post

            scan_post.delay(post_id, revision)
        except Exception:  # broker down: the periodic sweep scans it later (scanned_revision < revision)
            logger.warning("Could not enqueue the scan of post %s; the sweep will catch it", post_id,
                           exc_info=True)
        if created and post.position > 1:
            try:
                tasks.notify_followers.delay(post_id)
            except Exception:
                logger.warning("Broker unavailable; notifying followers of post %s inline", post_id)
                notify_followers(post_id=post_id)

    transaction.on_commit(enqueue)


def profile_for(user) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


@transaction.atomic
def profile_update(
    *, user, display_name: str, about: str, conditions: list[str], baclofen_duration: str
) -> Profile:
    profile = profile_for(user)
    valid = {code for code, _ in Profile.Condition.choices}
    profile.display_name = " ".join(display_name.split())[:60]
    profile.about = about[:1000]
    profile.about_html = render_markdown(profile.about)
    profile.conditions = ",".join(code for code in conditions if code in valid)
    profile.baclofen_duration = " ".join(baclofen_duration.split())[:60]
    profile.save(
        update_fields=["display_name", "about", "about_html", "conditions", "baclofen_duration"]
    )
    return profile


@transaction.atomic
def thread_create(*, author, category: Category, title: str, body: str) -> Thread:
    title = _validate_title(title)
    body = _validate_body(body)
    now = timezone.now()
    thread = Thread.objects.create(
        category=category,
        title=title,
        slug=slugify(title)[:80] or "thread",
        author=author,
        created_at=now,
        last_activity_at=now,
        last_poster=author,
    )
    post = Post.objects.create(
        thread=thread, author=author, position=1, body=body, body_html=render_markdown(body),
        created_at=now,
    )
    thread.last_post = post
    thread.post_count = 1
    thread.save(update_fields=["last_post", "post_count"])
    ThreadFollow.objects.get_or_create(thread=thread, user=author)
    _refresh_search_vectors(post=post, thread=thread)
    _after_post_saved(post, created=True)
    return thread


@transaction.atomic
def post_create(*, author, thread: Thread, body: str, quoted_post: Post | None = None) -> Post:
    body = _validate_body(body)
    if quoted_post is not None and quoted_post.thread_id != thread.pk:
        quoted_post = None
    # Lock the thread row so two replies never take the same position.
    locked = Thread.objects.select_for_update().get(pk=thread.pk)
    now = timezone.now()
    post = Post.objects.create(
        thread=locked,
        author=author,
        position=locked.post_count + 1,
        body=body,
        body_html=render_markdown(body),
        quoted_post=quoted_post,
        created_at=now,
    )
    Thread.objects.filter(pk=locked.pk).update(
        post_count=F("post_count") + 1,
        reply_count=F("reply_count") + 1,
        last_activity_at=now,
        last_post=post,
        last_poster=author,
    )
    _refresh_search_vectors(post=post)
    _after_post_saved(post, created=True)
    return post


@transaction.atomic
def post_edit(*, post: Post, editor, body: str) -> Post:
    body = _validate_body(body)
    post = Post.objects.select_for_update().get(pk=post.pk)
    if post.is_removed:
        raise ForumError("A removed post cannot be edited.")
    if body == post.body:
        return post
    PostRevision.objects.create(
        post=post, revision=post.revision, body=post.body,
        created_at=post.edited_at or post.created_at, editor=editor,
    )
    post.body = body
    post.body_html = render_markdown(body)
    post.revision += 1
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "body_html", "revision", "edited_at"])
    _refresh_search_vectors(post=post)
    _after_post_saved(post, created=False)
    return post


@transaction.atomic
def thread_retitle(*, thread: Thread, title: str) -> Thread:
    thread.title = _validate_title(title)
    thread.slug = slugify(thread.title)[:80] or "thread"
    thread.save(update_fields=["title", "slug"])
    _refresh_search_vectors(thread=thread)
    return thread


@transaction.atomic
def post_delete_by_author(*, post: Post, user) -> Post:
    """Soft delete: the post stays in place as 'removed by its author'."""
    updated = Post.objects.filter(pk=post.pk, author=user).exclude(
        status__in=[Post.Status.REMOVED_BY_AUTHOR, Post.Status.REMOVED_BY_MODERATOR]
    ).update(status=Post.Status.REMOVED_BY_AUTHOR, search_vector=None)
    post.refresh_from_db()
    if updated and post.position == 1:
        Thread.objects.filter(pk=post.thread_id).update(search_vector=None)
    return post


@transaction.atomic
def post_set_status(*, post: Post, status: str, reason: str = "") -> bool:
    """Used by moderation: hold, release or remove a post; keeps the thread's visibility in step."""
    changed = Post.objects.filter(pk=post.pk).exclude(status=status).update(
        status=status, removal_reason=reason[:300]
    )
    if changed:
        post.status, post.removal_reason = status, reason[:300]
        if post.position == 1:
            Thread.objects.filter(pk=post.thread_id).update(
                is_visible=status != Post.Status.HELD
            )
        _refresh_last_post(post.thread_id)
    return bool(changed)


def _refresh_last_post(thread_id: int) -> None:
    """Thread lists name the last poster: never the author of a post held for review."""
    last = (
        Post.objects.filter(thread_id=thread_id)
        .exclude(status=Post.Status.HELD)
        .order_by("-position")
        .values("pk", "author_id", "created_at")
        .first()
    )
    if last is not None:
        Thread.objects.filter(pk=thread_id).update(
            last_post_id=last["pk"], last_poster_id=last["author_id"],
            last_activity_at=last["created_at"],
        )


@transaction.atomic
def helpful_toggle(*, post: Post, user) -> bool:
    """Mark or unmark a post as helpful; returns whether it is now marked."""
    if post.author_id == user.pk:
        raise ForumError("You cannot mark your own post as helpful.")
    deleted, _ = HelpfulMark.objects.filter(post=post, user=user).delete()
    if deleted:
        Post.objects.filter(pk=post.pk).update(helpful_count=F("helpful_count") - deleted)
        return False
    HelpfulMark.objects.create(post=post, user=user)
    Post.objects.filter(pk=post.pk).update(helpful_count=F("helpful_count") + 1)
    return True


def thread_follow(*, thread: Thread, user) -> None:
    ThreadFollow.objects.get_or_create(thread=thread, user=user)


def thread_unfollow(*, thread: Thread, user) -> None:
    ThreadFollow.objects.filter(thread=thread, user=user).delete()


def notify_followers(*, post_id: int) -> int:
    """Create one notification per follower for a new reply; safe to run twice."""
    post = Post.objects.select_related("thread").filter(pk=post_id).first()
    if post is None or post.status != Post.Status.VISIBLE:
        return 0
    already = Notification.objects.filter(post=post, kind=Notification.Kind.REPLY).values("user_id")
    follower_ids = (
        ThreadFollow.objects.filter(thread_id=post.thread_id)
        .exclude(user_id=post.author_id)
        .exclude(user_id__in=already)
        .values_list("user_id", flat=True)
    )
    notes = [
        Notification(user_id=uid, kind=Notification.Kind.REPLY, post=post,
                     message=f"New reply in “{post.thread.title}”"[:300])
        for uid in follower_ids
    ]
    # ignore_conflicts: a concurrent duplicate run loses the race harmlessly.
    Notification.objects.bulk_create(notes, ignore_conflicts=True)
    return len(notes)


def notification_notify(*, user, message: str, post: Post | None = None) -> Notification:
    return Notification.objects.create(
        user=user, kind=Notification.Kind.MODERATION, post=post, message=message[:300]
    )


def notifications_mark_read(*, user) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


@transaction.atomic
def account_delete(*, user) -> None:
    """Delete a member; their posts stay, shown as from a deleted member."""
    user.delete()
