"""Reads for moderation pages and for the forum (post annotations, posting restrictions).

Each function returns what a page needs in a bounded number of queries.
"""

import statistics
from dataclasses import dataclass, field
from datetime import timedelta

from django.db.models import Count, Exists, OuterRef, Prefetch, Q
from django.db.models.functions import TruncDate
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from .models import (
    DEFAULT_POLICIES,
    AuditEntry,
    CategoryPolicy,
    ContextNote,
    Flag,
    RescanJob,
    ReviewItem,
    Sanction,
)

# --- what the forum's pages call -------------------------------------------------------------


@dataclass
class PostAnnotation:
    """What the moderation partial under a post needs to know."""

    note: ContextNote | None = None
    reported: bool = False
    # Moderators only: the open review item for this post.
    review_item_id: int | None = None
    review_severity: int = 0


def post_annotations(post_ids, *, user) -> dict[int, PostAnnotation]:
    """Annotations for every post id on a page: at most three queries, whatever the page size."""
    from forum.permissions import is_moderator

    post_ids = [pid for pid in post_ids if pid is not None]
    result = {pid: PostAnnotation() for pid in post_ids}
    if not post_ids:
        return result
    for note in ContextNote.objects.filter(post_id__in=post_ids):
        result[note.post_id].note = note
    if user is not None and user.is_authenticated:
        reported = Flag.objects.filter(
            post_id__in=post_ids, reporter=user, source=Flag.Source.REPORT
        ).values_list("post_id", flat=True)
        for pid in reported:
            result[pid].reported = True
        if is_moderator(user):
            items = ReviewItem.objects.filter(
                post_id__in=post_ids, state=ReviewItem.State.OPEN
            ).values_list("post_id", "pk", "severity")
            for pid, item_id, severity in items:
                result[pid].review_item_id = item_id
                result[pid].review_severity = severity
    return result


def member_restriction(user) -> str | None:
    """Why a member may not post because of a ban or suspension, or None. One small query,
    remembered on the user object for the rest of the request."""
    if user is None or not user.is_authenticated:
        return None
    cached = getattr(user, "_moderation_restriction", False)
    if cached is not False:
        return cached
    now = timezone.now()
    sanction = (
        Sanction.objects.filter(user=user, revoked_at__isnull=True)
        .filter(Q(kind=Sanction.Kind.BAN) | Q(kind=Sanction.Kind.SUSPENSION, ends_at__gt=now))
        .order_by("kind", "-ends_at")  # "ban" sorts before "suspension"
        .values("kind", "ends_at")
        .first()
    )
    message = None
    if sanction is not None and sanction["kind"] == Sanction.Kind.BAN:
        message = "Your account is banned from posting."
    elif sanction is not None:
        until = date_format(timezone.localtime(sanction["ends_at"]), "j F Y, H:i")
        message = f"Your account is suspended until {until}."
    user._moderation_restriction = message
    return message


# --- policies --------------------------------------------------------------------------------


def category_policies() -> dict[str, str]:
    """Flag or hold, per category: the admin's rows over the defaults."""
    policies = dict(DEFAULT_POLICIES)
    policies.update(CategoryPolicy.objects.values_list("category", "action"))
    return policies


# --- the queue -------------------------------------------------------------------------------


def review_queue(*, state: str = ReviewItem.State.OPEN, category: str = ""):
    """Open items by severity, then oldest first; resolved ones most recent first."""
    items = ReviewItem.objects.select_related(
        "post__thread", "post__author", "claimed_by", "resolved_by"
    ).prefetch_related(
        Prefetch("flags", queryset=Flag.objects.order_by("-severity", "created_at"))
    )
    if state:
        items = items.filter(state=state)
    if category:
        flags = Flag.objects.filter(item=OuterRef("pk"), category=category)
        if state == ReviewItem.State.OPEN:
            flags = flags.filter(state=Flag.State.OPEN)
        items = items.filter(Exists(flags))
    if state == ReviewItem.State.RESOLVED:
        return items.order_by("-resolved_at", "-pk")
    return items.order_by("-severity", "opened_at", "pk")


def highlight_spans(text: str, spans) -> SafeString:
    """The Markdown source, escaped, with the matched spans wrapped in <mark>."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, int(s)), min(len(text), int(e))) for s, e in spans):
        if end <= start:
            continue
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    parts, cursor = [], 0
    for start, end in merged:
        parts.append(escape(text[cursor:start]))
        parts.append(f"<mark>{escape(text[start:end])}</mark>")
        cursor = end
    parts.append(escape(text[cursor:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece of text is escaped above


@dataclass
class FlagView:
    flag: Flag
    reference_url: str | None = None
    reference_label: str | None = None


@dataclass
class AuthorHistory:
    post_count: int = 0
    removed_count: int = 0
    confirmed_flag_posts: int = 0
    open_items: int = 0
    sanctions: list = field(default_factory=list)
    recent_posts: list = field(default_factory=list)


@dataclass
class ItemDetail:
    item: ReviewItem
    flags: list[FlagView]
    source_html: SafeString
    context_posts: list
    history: AuthorHistory | None
    audit: list
    note: ContextNote | None


def author_history(user, *, exclude_post_id: int | None = None) -> AuthorHistory:
    from forum.models import Post

    if user is None:
        return AuthorHistory()
    counts = Post.objects.filter(author=user).aggregate(
        total=Count("pk"),
        removed=Count("pk", filter=Q(status=Post.Status.REMOVED_BY_MODERATOR)),
    )
    confirmed = (
        Flag.objects.filter(post__author=user, state=Flag.State.CONFIRMED)
        .values("post_id").distinct().count()
    )
    open_items = ReviewItem.objects.filter(
        post__author=user, state=ReviewItem.State.OPEN
    ).count()
    recent = Post.objects.filter(author=user).select_related("thread").order_by("-created_at")
    if exclude_post_id:
        recent = recent.exclude(pk=exclude_post_id)
    return AuthorHistory(
        post_count=counts["total"],
        removed_count=counts["removed"],
        confirmed_flag_posts=confirmed,
        open_items=open_items,
        sanctions=list(user.sanctions.select_related("created_by")[:10]),
        recent_posts=list(recent[:5]),
    )


def item_detail(item_id: int) -> ItemDetail | None:
    from forum.models import Post

    from .detection import fact_link, reference_facts

    item = (
        ReviewItem.objects.select_related(
            "post__thread__category", "post__author__profile", "claimed_by", "resolved_by"
        ).filter(pk=item_id).first()
    )
    if item is None:
        return None
    post = item.post
    flags = list(
        item.flags.select_related("reporter", "decided_by").order_by(
            "state", "-severity", "created_at"
        )
    )
    facts = reference_facts() if any(f.reference for f in flags) else {}
    views = []
    for flag in flags:
        link = fact_link(flag.reference, facts)
        views.append(FlagView(flag, *(link or (None, None))))
    current_spans = [
        span for f in flags
        if f.source == Flag.Source.SCANNER and f.revision == post.revision
        and f.state != Flag.State.WITHDRAWN
        for span in f.spans
    ]
    context_posts = list(
        Post.objects.filter(
            thread_id=post.thread_id, position__gte=post.position - 2,
            position__lte=post.position + 2,
        ).select_related("author__profile").order_by("position")
    )
    return ItemDetail(
        item=item,
        flags=views,
        source_html=highlight_spans(post.body, current_spans),
        context_posts=context_posts,
        history=author_history(post.author, exclude_post_id=post.pk) if post.author else None,
        audit=list(AuditEntry.objects.filter(post=post)[:20]),
        note=ContextNote.objects.filter(post=post).first(),
    )


# --- dashboard -------------------------------------------------------------------------------


@dataclass
class DashboardStats:
    queue_size: int
    held_count: int
    claimed_count: int
    median_review: timedelta | None
    reviewed_count: int
    days: list  # [date, ...]
    per_day: dict  # {date: {category: count}}
    rule_precision: list  # [{"rule", "confirmed", "dismissed", "open", "precision"}]
    rescan: RescanJob | None


def dashboard_stats(*, days: int = 14) -> DashboardStats:
    from forum.models import Post

    now = timezone.now()
    open_items = ReviewItem.objects.filter(state=ReviewItem.State.OPEN)
    queue = open_items.aggregate(
        size=Count("pk"),
        held=Count("pk", filter=Q(post__status=Post.Status.HELD)),
        claimed=Count("pk", filter=Q(claimed_by__isnull=False)),
    )
    durations = [
        resolved - opened
        for opened, resolved in ReviewItem.objects.filter(
            state=ReviewItem.State.RESOLVED, resolved_by__isnull=False,
            resolved_at__gte=now - timedelta(days=30),
        ).order_by("-resolved_at").values_list("opened_at", "resolved_at")[:2000]
    ]
    today = timezone.localdate()
    day_list = [today - timedelta(days=offset) for offset in range(days - 1, -1, -1)]
    per_day = {day: {} for day in day_list}
    rows = (
        Flag.objects.filter(created_at__gte=now - timedelta(days=days))
        .annotate(day=TruncDate("created_at"))
        .values("day", "category")
        .annotate(n=Count("pk"))
    )
    for row in rows:
        if row["day"] in per_day:
            per_day[row["day"]][row["category"] or "report"] = row["n"]
    precision = []
    for row in (
        Flag.objects.values("rule")
        .annotate(
            confirmed=Count("pk", filter=Q(state=Flag.State.CONFIRMED)),
            dismissed=Count("pk", filter=Q(state=Flag.State.DISMISSED)),
            open=Count("pk", filter=Q(state=Flag.State.OPEN)),
            total=Count("pk"),
        )
        .order_by("rule")
    ):
        decided = row["confirmed"] + row["dismissed"]
        row["precision"] = row["confirmed"] / decided if decided else None
        precision.append(row)
    return DashboardStats(
        queue_size=queue["size"],
        held_count=queue["held"],
        claimed_count=queue["claimed"],
        median_review=statistics.median(durations) if durations else None,
        reviewed_count=len(durations),
        days=day_list,
        per_day=per_day,
        rule_precision=precision,
        rescan=RescanJob.objects.select_related("started_by").first(),
    )


def rescan_job(job_id: int) -> RescanJob | None:
    return RescanJob.objects.filter(pk=job_id).first()


# --- audit log -------------------------------------------------------------------------------


def audit_log(*, action: str = "", actor: str = "", member: str = "", since=None, until=None):
    entries = AuditEntry.objects.all()
    if action:
        entries = entries.filter(action=action)
    if actor:
        entries = entries.filter(actor_name__iexact=actor)
    if member:
        entries = entries.filter(target_name__iexact=member)
    if since:
        entries = entries.filter(created_at__date__gte=since)
    if until:
        entries = entries.filter(created_at__date__lte=until)
    return entries.order_by("-created_at", "-pk")

