from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.urls import reverse
from django.utils import timezone

from .querysets import PostQuerySet, ThreadQuerySet


class Category(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.CharField(max_length=300, blank=True)
    position = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["position", "name"]
        verbose_name_plural = "categories"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("forum:category", args=[self.slug])


class Thread(models.Model):
    category = models.ForeignKey(Category, on_delete=models.PROTECT, related_name="threads")
    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80, allow_unicode=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="threads"
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_activity_at = models.DateTimeField(default=timezone.now)
    # Kept on the row so list pages never count a whole thread.
    reply_count = models.PositiveIntegerField(default=0)
    post_count = models.PositiveIntegerField(default=0)
    last_post = models.ForeignKey(
        "Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    last_poster = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # A thread whose opening post is held or removed by moderation is hidden from lists.
    is_visible = models.BooleanField(default=True)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        indexes = [
            models.Index(fields=["category", "-last_activity_at"], name="thread_category_activity"),
            models.Index(fields=["-last_activity_at"], name="thread_activity"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("forum:thread", args=[self.pk, self.slug or "thread"])


class Post(models.Model):
    class Status(models.TextChoices):
        VISIBLE = "visible", "Visible"
        HELD = "held", "Held for review"
        REMOVED_BY_AUTHOR = "removed_by_author", "Removed by its author"
        REMOVED_BY_MODERATOR = "removed_by_moderator", "Removed by a moderator"

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="posts"
    )
    # 1-based place in the thread: permalinks find their page without counting rows.
    position = models.PositiveIntegerField()
    body = models.TextField()
    # Rendered once at save time by forum.markup.render_markdown.
    body_html = models.TextField()
    quoted_post = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    revision = models.PositiveIntegerField(default=1)
    status = models.CharField(max_length=24, choices=Status.choices, default=Status.VISIBLE)
    removal_reason = models.CharField(max_length=300, blank=True)
    helpful_count = models.PositiveIntegerField(default=0)
    # The revision the moderation scanner last finished; lower than `revision` means a scan is due.
    scanned_revision = models.PositiveIntegerField(default=0)
    search_vector = SearchVectorField(null=True, editable=False)

    objects = PostQuerySet.as_manager()

    class Meta:
        ordering = ["thread_id", "position"]
        constraints = [
            models.UniqueConstraint(fields=["thread", "position"], name="post_unique_position"),
        ]
        indexes = [
            models.Index(fields=["author", "-created_at"], name="post_author_created"),
            models.Index(fields=["scanned_revision", "revision"], name="post_scan_state"),
        ]

    def __str__(self):
        return f"Post {self.pk} in thread {self.thread_id}"

    def get_absolute_url(self):
        return reverse("forum:post", args=[self.pk])

    @property
    def is_removed(self) -> bool:
        return self.status in {self.Status.REMOVED_BY_AUTHOR, self.Status.REMOVED_BY_MODERATOR}

    @property
    def is_held(self) -> bool:
        return self.status == self.Status.HELD


class PostRevision(models.Model):
    """Earlier versions of a post, kept when its author edits it."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    revision = models.PositiveIntegerField()
    body = models.TextField()
    created_at = models.DateTimeField()
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["post_id", "-revision"]
        constraints = [
            models.UniqueConstraint(fields=["post", "revision"], name="revision_unique_per_post"),
        ]

    def __str__(self):
        return f"Revision {self.revision} of post {self.post_id}"


class Profile(models.Model):
    class Condition(models.TextChoices):
        MS = "ms", "Multiple sclerosis"
        SCI = "sci", "Spinal cord injury"
        CP = "cp", "Cerebral palsy"
        OTHER = "other", "Other"

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(max_length=60, blank=True)
    about = models.TextField(max_length=1000, blank=True)
    about_html = models.TextField(blank=True)
    conditions = models.CharField(max_length=40, blank=True, help_text="Comma-separated codes")
    baclofen_duration = models.CharField(
        "how long I have taken baclofen", max_length=60, blank=True
    )

    def __str__(self):
        return self.display_name or self.user.get_username()

    @property
    def condition_labels(self) -> list[str]:
        labels = dict(self.Condition.choices)
        return [labels[code] for code in self.conditions.split(",") if code in labels]


class HelpfulMark(models.Model):
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="helpful_marks")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "user"], name="helpful_once_per_member"),
        ]

    def __str__(self):
        return f"{self.user_id} found post {self.post_id} helpful"


class ThreadFollow(models.Model):
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="follows")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="thread_follows"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["thread", "user"], name="follow_once_per_member"),
        ]

    def __str__(self):
        return f"{self.user_id} follows thread {self.thread_id}"


class Notification(models.Model):
    class Kind(models.TextChoices):
        REPLY = "reply", "New reply in a followed thread"
        MODERATION = "moderation", "Moderation notice"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=16, choices=Kind.choices, default=Kind.REPLY)
    post = models.ForeignKey(Post, null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    message = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            # A reply notifies each follower once, even if the task runs twice; moderation
            # notices about one post (a warning, then a removal) are all kept.
            models.UniqueConstraint(
                fields=["user", "post"],
                condition=models.Q(kind="reply"),
                name="reply_notification_once_per_post",
            ),
        ]
        indexes = [models.Index(fields=["user", "read_at"], name="notification_unread")]

    def __str__(self):
        return self.message
