"""Moderation data: one review item per post, one flag row per source, an append-only audit log.

Nothing here has side effects in save() or signals; writes go through moderation.services.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

# The five categories a flag can have (kept in step with moderation.engine.CATEGORIES).
CATEGORY_CHOICES = [
    ("dangerous_advice", "Dangerous advice"),
    ("misinformation", "Misinformation"),
    ("conspiracy", "Conspiracy"),
    ("spam", "Spam"),
    ("abuse", "Abuse"),
]
CATEGORY_LABELS = dict(CATEGORY_CHOICES)


class Severity(models.IntegerChoices):
    LOW = 1, "Low"
    MEDIUM = 2, "Medium"
    HIGH = 3, "High"


class CategoryPolicy(models.Model):
    """What happens to a post when the scanner flags it in this category."""

    class Action(models.TextChoices):
        FLAG = "flag", "Flag: stays visible, enters the queue"
        HOLD = "hold", "Hold: hidden until a moderator reviews it"
        HOLD_SEVERE = "hold_severe", "Hold when the flag is high severity, flag otherwise"

    category = models.CharField(max_length=24, choices=CATEGORY_CHOICES, unique=True)
    action = models.CharField(max_length=12, choices=Action.choices, default=Action.FLAG)

    class Meta:
        verbose_name_plural = "category policies"
        ordering = ["category"]

    def __str__(self):
        return f"{self.get_category_display()}: {self.get_action_display()}"


DEFAULT_POLICIES = {
    "dangerous_advice": CategoryPolicy.Action.HOLD_SEVERE,
    "misinformation": CategoryPolicy.Action.FLAG,
    "conspiracy": CategoryPolicy.Action.FLAG,
    "spam": CategoryPolicy.Action.HOLD,
    "abuse": CategoryPolicy.Action.FLAG,
}


class Rule(models.Model):
    """A detection rule: a built-in engine rule (tunable here), a behavioural signal, or a
    moderator-authored phrase rule. Editable in the admin without a deploy."""

    class Kind(models.TextChoices):
        BUILTIN = "builtin", "Built-in (engine)"
        BEHAVIOUR = "behaviour", "Behaviour (account activity)"
        PHRASE = "phrase", "Phrase list (moderator-authored)"

    code = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.PHRASE)
    category = models.CharField(max_length=24, choices=CATEGORY_CHOICES)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices, default=Severity.MEDIUM)
    enabled = models.BooleanField(default=True)
    description = models.CharField(max_length=300, blank=True)
    phrases = models.TextField(
        blank=True, help_text="Phrase rules only: one literal phrase per line (case-insensitive)."
    )
    reason = models.CharField(
        max_length=300, blank=True,
        help_text="Phrase rules only: the one-sentence explanation moderators see.",
    )
    reference = models.CharField(
        max_length=40, blank=True, help_text="Optional reference fact key, e.g. no-abrupt-stop."
    )
    must_match = models.TextField(
        blank=True, help_text="Example posts this rule must flag, one per line."
    )
    must_not_match = models.TextField(
        blank=True, help_text="Example posts this rule must not flag, one per line."
    )
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["category", "code"]

    def __str__(self):
        return self.code

    @staticmethod
    def lines(text: str) -> tuple[str, ...]:
        return tuple(line.strip() for line in (text or "").splitlines() if line.strip())


class ReviewItem(models.Model):
    """The queue entry for one post: every flag and report on the post hangs off it."""

    class State(models.TextChoices):
        OPEN = "open", "Open"
        RESOLVED = "resolved", "Resolved"

    class Resolution(models.TextChoices):
        NONE = "", "—"
        APPROVED = "approved", "Approved"
        APPROVED_NOTE = "approved_note", "Approved with a context note"
        EDITED = "edited", "Edited"
        REMOVED = "removed", "Removed"
        SPAM_BANNED = "spam_banned", "Removed as spam, author banned"
        WITHDRAWN = "withdrawn", "No longer matches after an edit"

    post = models.OneToOneField("forum.Post", on_delete=models.CASCADE, related_name="review_item")
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    # Highest severity among open flags (reports count as medium): the queue orders by it.
    severity = models.PositiveSmallIntegerField(default=0)
    opened_at = models.DateTimeField(default=timezone.now)
    claimed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolution = models.CharField(
        max_length=16, choices=Resolution.choices, default=Resolution.NONE, blank=True
    )

    class Meta:
        permissions = [("moderate_posts", "Can work the moderation queue")]
        indexes = [
            models.Index(fields=["state", "-severity", "opened_at"], name="review_queue_order"),
        ]

    def __str__(self):
        return f"Review of post {self.post_id} ({self.state})"


class Flag(models.Model):
    """One reason to review a post, from one source: a scanner rule or a reporting member."""

    class Source(models.TextChoices):
        SCANNER = "scanner", "Scanner"
        REPORT = "report", "Member report"

    class State(models.TextChoices):
        OPEN = "open", "Open"
        CONFIRMED = "confirmed", "Confirmed by a moderator"
        DISMISSED = "dismissed", "Dismissed by a moderator"
        WITHDRAWN = "withdrawn", "No longer matches"

    class ReportReason(models.TextChoices):
        DANGEROUS_ADVICE = "dangerous_advice", "Dangerous medical advice"
        MISINFORMATION = "misinformation", "False information about baclofen"
        CONSPIRACY = "conspiracy", "Conspiracy theory"
        SPAM = "spam", "Spam or advertising"
        ABUSE = "abuse", "Abusive or insulting"
        OTHER = "other", "Something else"

    item = models.ForeignKey(ReviewItem, on_delete=models.CASCADE, related_name="flags")
    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, related_name="+")
    source = models.CharField(max_length=8, choices=Source.choices)
    # Scanner flags: the rule code. Reports: "report".
    rule = models.CharField(max_length=80)
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    category = models.CharField(max_length=24, choices=CATEGORY_CHOICES, blank=True)
    severity = models.PositiveSmallIntegerField(choices=Severity.choices, default=Severity.MEDIUM)
    # [[start, end], ...]: offsets in the post's Markdown source at `revision`.
    spans = models.JSONField(default=list, blank=True)
    matched_text = models.TextField(blank=True)
    reason = models.CharField(max_length=500, blank=True)
    # A reference fact key (e.g. "no-abrupt-stop"); the link is resolved when displayed.
    reference = models.CharField(max_length=40, blank=True)
    report_reason = models.CharField(max_length=20, choices=ReportReason.choices, blank=True)
    note = models.CharField(max_length=500, blank=True)
    revision = models.PositiveIntegerField(default=1)
    state = models.CharField(max_length=10, choices=State.choices, default=State.OPEN)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-severity", "created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["post", "rule"], condition=Q(source="scanner"), name="flag_once_per_rule"
            ),
            models.UniqueConstraint(
                fields=["post", "reporter"], condition=Q(source="report"),
                name="report_once_per_member",
            ),
        ]
        indexes = [
            models.Index(fields=["rule", "state"], name="flag_rule_state"),
            models.Index(fields=["created_at"], name="flag_created"),
        ]

    def __str__(self):
        return f"{self.rule} on post {self.post_id}"

    @property
    def category_label(self) -> str:
        return CATEGORY_LABELS.get(self.category, "Report")


class PostScan(models.Model):
    """A finished scan of one revision of a post: the key that makes scanning idempotent."""

    post = models.ForeignKey("forum.Post", on_delete=models.CASCADE, related_name="+")
    revision = models.PositiveIntegerField()
    scanned_at = models.DateTimeField(default=timezone.now)
    finding_count = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "revision"], name="scan_once_per_revision"),
        ]

    def __str__(self):
        return f"Scan of post {self.post_id} revision {self.revision}"


class ContextNote(models.Model):
    """A short moderator note shown under a post to everyone, linking to a reference anchor."""

    post = models.OneToOneField("forum.Post", on_delete=models.CASCADE, related_name="context_note")
    text = models.CharField(max_length=300)
    reference_url = models.CharField(max_length=300, blank=True)
    reference_label = models.CharField(max_length=200, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"Note on post {self.post_id}"


class Sanction(models.Model):
    """A warning, suspension or ban of a member."""

    class Kind(models.TextChoices):
        WARNING = "warning", "Warning"
        SUSPENSION = "suspension", "Suspension"
        BAN = "ban", "Ban"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="sanctions"
    )
    kind = models.CharField(max_length=12, choices=Kind.choices)
    reason = models.CharField(max_length=300)
    post = models.ForeignKey(
        "forum.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Suspensions end here; bans and warnings have none.
    ends_at = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    revoked_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "kind"], name="sanction_user_kind")]

    def __str__(self):
        return f"{self.get_kind_display()} of user {self.user_id}"


class AuditEntry(models.Model):
    """Append-only record of every moderation action: who, what, when, why."""

    class Action(models.TextChoices):
        HOLD = "hold", "Held automatically"
        CLAIM = "claim", "Claimed"
        RELEASE_CLAIM = "release_claim", "Released claim"
        APPROVE = "approve", "Approved"
        APPROVE_NOTE = "approve_note", "Approved with a context note"
        EDIT = "edit", "Edited"
        REMOVE = "remove", "Removed"
        WARN = "warn", "Warned"
        SUSPEND = "suspend", "Suspended"
        BAN = "ban", "Banned"
        SPAM_BAN = "spam_ban", "Banned as spammer, posts removed"
        REVOKE = "revoke", "Revoked a sanction"
        RESCAN = "rescan", "Started a rescan of all posts"

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Kept as text so the log still reads after an account is deleted; "system" for automation.
    actor_name = models.CharField(max_length=150)
    action = models.CharField(max_length=16, choices=Action.choices)
    post = models.ForeignKey(
        "forum.Post", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    target_name = models.CharField(max_length=150, blank=True)
    reason = models.CharField(max_length=500, blank=True)
    details = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name_plural = "audit entries"

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.actor_name} {self.action}"

    def save(self, *args, **kwargs):
        if self.pk is not None and not self._state.adding:
            raise ValueError("Audit entries are append-only.")
        super().save(*args, **kwargs)

    def delete(self, *args, **kwargs):
        raise ValueError("Audit entries are append-only.")


class RescanJob(models.Model):
    """A 'rescan all posts' run, updated as it goes so the dashboard can show progress."""

    class State(models.TextChoices):
        PENDING = "pending", "Waiting for a worker"
        RUNNING = "running", "Running"
        DONE = "done", "Finished"
        FAILED = "failed", "Failed"

    state = models.CharField(max_length=8, choices=State.choices, default=State.PENDING)
    started_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    total = models.PositiveIntegerField(default=0)
    processed = models.PositiveIntegerField(default=0)
    flagged = models.PositiveIntegerField(default=0)
    # The highest post id done so far: a retried or resumed batch continues after it.
    cursor = models.BigIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    finished_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["-created_at"]

    def __str__(self):
        return f"Rescan {self.pk} ({self.state})"

    @property
    def percent(self) -> int:
        if not self.total:
            return 100 if self.state == self.State.DONE else 0
        return min(100, round(100 * self.processed / self.total))

    @property
    def is_active(self) -> bool:
        return self.state in {self.State.PENDING, self.State.RUNNING}
