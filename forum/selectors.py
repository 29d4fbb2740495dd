"""Reads for the forum's pages: each returns what a page needs in a bounded number of queries."""

from dataclasses import dataclass
from math import ceil

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db import connection
from django.db.models import F, Q
from django.http import Http404

from .models import Category, HelpfulMark, Notification, Post, Thread, ThreadFollow
from .permissions import is_moderator


def posts_per_page() -> int:
    return settings.FORUM_POSTS_PER_PAGE


def page_for_position(position: int) -> int:
    return (position - 1) // posts_per_page() + 1


def get_thread_or_404(user, thread_id: int) -> Thread:
    """The same 404 whether the thread is missing or hidden from this user."""
    thread = (
        Thread.objects.visible_to(user).select_related("category").filter(pk=thread_id).first()
    )
    if thread is None:
        raise Http404("No such thread.")
    return thread


def get_post_or_404(user, post_id: int) -> Post:
    post = Post.objects.visible_to(user).select_related("thread").filter(pk=post_id).first()
    if post is None or not Thread.objects.visible_to(user).filter(pk=post.thread_id).exists():
        raise Http404("No such post.")
    return post


@dataclass
class ThreadPage:
    thread: Thread
    posts: list[Post]
    number: int
    num_pages: int
    helpful_ids: set[int]
    is_following: bool

    @property
    def has_previous(self):
        return self.number > 1

    @property
    def has_next(self):
        return self.number < self.num_pages

    @property
    def nearby_pages(self) -> list[int]:
        """A window of page numbers, never every page of a long thread."""
        low, high = max(1, self.number - 2), min(self.num_pages, self.number + 2)
        return list(range(low, high + 1))


def thread_page(*, user, thread: Thread, number: int) -> ThreadPage:
    per_page = posts_per_page()
    num_pages = max(1, ceil(thread.post_count / per_page))
    if not 1 <= number <= num_pages:
        raise Http404("No such page.")
    first = (number - 1) * per_page + 1
    # A range on (thread, position) uses the unique index: no OFFSET, no whole-thread COUNT.
    posts = list(
        Post.objects.visible_to(user)
        .filter(thread=thread, position__gte=first, position__lt=first + per_page)
        .for_display()
        .order_by("position")
    )
    helpful_ids: set[int] = set()
    is_following = False
    if user.is_authenticated:
        helpful_ids = set(
            HelpfulMark.objects.filter(user=user, post__in=[p.pk for p in posts]).values_list(
                "post_id", flat=True
            )
        )
        is_following = ThreadFollow.objects.filter(thread=thread, user=user).exists()
    return ThreadPage(thread, posts, number, num_pages, helpful_ids, is_following)


def all_categories() -> list[Category]:
    return list(Category.objects.order_by("position", "name"))


def category_threads(*, user, category: Category):
    return Thread.objects.visible_to(user).filter(category=category).for_listing().by_activity()


def latest_threads(*, user, limit: int = 10) -> list[Thread]:
    return list(Thread.objects.visible_to(user).for_listing().by_activity()[:limit])


def related_threads(keywords: list[str], *, limit: int = 5) -> list[Thread]:
    """Publicly visible threads whose title or opening post mentions any keyword."""
    condition = Q()
    for word in keywords:
        word = word.strip()
        if word:
            condition |= Q(title__icontains=word)
            condition |= Q(posts__position=1, posts__body__icontains=word)
    if not condition:
        return []
    matching_ids = Thread.objects.filter(condition, is_visible=True).values("pk")
    return list(
        Thread.objects.filter(pk__in=matching_ids).select_related("category").by_activity()[:limit]
    )


def unread_notification_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user, read_at__isnull=True).count()


def notifications_for(user):
    return Notification.objects.filter(user=user).select_related("post__thread")


def member_posts(*, viewer, member, limit: int = 20) -> list[Post]:
    return list(
        Post.objects.visible_to(viewer)
        .filter(author=member, thread__in=Thread.objects.visible_to(viewer))
        .exclude(status__in=[Post.Status.REMOVED_BY_AUTHOR, Post.Status.REMOVED_BY_MODERATOR])
        .select_related("thread")
        .order_by("-created_at")[:limit]
    )


def search_posts(*, user, query: str):
    """Ranked full-text search on PostgreSQL; a plain substring search elsewhere.

    Returns a queryset of posts annotated with `snippet` (HTML where `snippet_is_html`)."""
    query = " ".join(query.split())[:200]
    base = (
        Post.objects.publicly_visible()
        .filter(thread__is_visible=True)
        .select_related("thread", "author__profile")
    )
    if not query:
        return base.none(), False
    if connection.vendor == "postgresql":
        search_query = SearchQuery(query, config="english", search_type="websearch")
        return (
            base.filter(Q(search_vector=search_query) | Q(thread__search_vector=search_query,
                                                          position=1))
            .annotate(
                rank=SearchRank(F("search_vector"), search_query)
                + SearchRank(F("thread__search_vector"), search_query),
                snippet=SearchHeadline(
                    "body", search_query, config="english",
                    start_sel="\x02", stop_sel="\x03", max_words=35, min_words=15,
                ),
            )
            .order_by("-rank", "-created_at"), True
        )
    words = query.split()[:8]
    condition = Q()
    for word in words:
        condition &= Q(body__icontains=word) | Q(thread__title__icontains=word, position=1)
    return base.filter(condition).order_by("-created_at"), False


def can_moderate(user) -> bool:
    return is_moderator(user)
