"""The reference section: source documents, pages (topics), sections, statements and key facts.

Rows are written only by `reference.services` (the importer and staff corrections). Keys are
stable: documents by file name, topics and sections by declared slug, statements by a hash of
their normalised text within a topic, passages by (document, topic, hash). Re-importing the same
documents therefore writes nothing.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse


class Document(models.Model):
    filename = models.CharField(max_length=255, unique=True)
    title = models.CharField(max_length=300)
    sha256 = models.CharField(max_length=64)
    # Counts that depend on this document alone: headings, passages, dropped, comments.
    stats = models.JSONField(default=dict)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["filename"]

    def __str__(self):
        return self.title


class Topic(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    summary = models.TextField(blank=True)
    position = models.PositiveSmallIntegerField(default=0)
    # Words for "related discussions" (forum threads about this page's subject).
    keywords = models.JSONField(default=list)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["position", "slug"]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("reference:topic", args=[self.slug])


class Section(models.Model):
    class Kind(models.TextChoices):
        STATEMENTS = "statements", "Statements"
        DISPUTE = "dispute", "Sources disagree"

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="sections")
    slug = models.SlugField(max_length=80)
    heading = models.CharField(max_length=200)
    position = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(max_length=12, choices=Kind.choices, default=Kind.STATEMENTS)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["topic__position", "position"]
        constraints = [
            models.UniqueConstraint(fields=["topic", "slug"], name="reference_section_slug"),
        ]

    def __str__(self):
        return f"{self.topic.title} – {self.heading}"

    def get_absolute_url(self):
        return f"{self.topic.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return self.slug


class Statement(models.Model):
    """What the documents say, once: near-identical passages from several documents share one."""

    class Kind(models.TextChoices):
        SENTENCE = "sentence", "Sentence"
        LIST_ITEM = "list_item", "List item"
        FAQ = "faq", "Question and answer"
        TABLE_ROW = "table_row", "Table row"

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="statements")
    section = models.ForeignKey(Section, on_delete=models.CASCADE, related_name="statements")
    key = models.CharField(max_length=16)
    kind = models.CharField(max_length=12, choices=Kind.choices)
    text = models.TextField()
    data = models.JSONField(default=dict, blank=True)
    # "<first source file>:<position>", so a page reads in document order.
    sort_key = models.CharField(max_length=300)
    dispute = models.CharField(max_length=40, blank=True)
    stance = models.CharField(max_length=40, blank=True)
    # Staff corrections survive re-imports: the importer never touches these fields.
    corrected_text = models.TextField(blank=True)
    edited = models.BooleanField(default=False)
    edited_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True,
                                  on_delete=models.SET_NULL, related_name="+")
    edited_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["sort_key"]
        constraints = [
            models.UniqueConstraint(fields=["topic", "key"], name="reference_statement_key"),
        ]
        indexes = [models.Index(fields=["section", "sort_key"], name="reference_stmt_order"),
                   models.Index(fields=["dispute"], name="reference_stmt_dispute")]

    def __str__(self):
        return self.display_text[:80]

    def get_absolute_url(self):
        return f"{self.topic.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self) -> str:
        return f"s-{self.key[:10]}"

    @property
    def display_text(self) -> str:
        return self.corrected_text if self.edited and self.corrected_text else self.text

    @property
    def dispute_url(self) -> str:
        """Where the documents' disagreement on this statement's subject is laid out."""
        from .importer.merge import DISPUTES_BY_KEY

        dispute = DISPUTES_BY_KEY.get(self.dispute)
        if dispute is None:
            return ""
        return f"{reverse('reference:topic', args=[dispute.topic])}#{dispute.key}"


class Passage(models.Model):
    """One statement as one document states it (its exact words and where they stand)."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="passages")
    statement = models.ForeignKey(Statement, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="sources")
    topic_slug = models.SlugField(max_length=80)
    section_slug = models.SlugField(max_length=80)
    key = models.CharField(max_length=16)
    kind = models.CharField(max_length=12, choices=Statement.Kind.choices)
    text = models.TextField()
    data = models.JSONField(default=dict, blank=True)
    position = models.PositiveIntegerField()
    block = models.PositiveIntegerField()
    heading = models.CharField(max_length=300, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["document__filename", "position"]
        constraints = [
            models.UniqueConstraint(fields=["document", "topic_slug", "key"],
                                    name="reference_passage_key"),
        ]

    def __str__(self):
        return self.text[:80]


class Fact(models.Model):
    """A key fact for moderation, found in the documents by the importer (never typed in)."""

    key = models.SlugField(max_length=40, unique=True)
    summary = models.CharField(max_length=300)
    passage = models.TextField(help_text="The exact sentence the fact was found in.")
    # Every passage stating it: [{"document": file name, "title": ..., "text": ...}].
    evidence = models.JSONField(default=list)
    value = models.DecimalField(max_digits=8, decimal_places=2, null=True, blank=True)
    unit = models.CharField(max_length=40, blank=True)
    terms = models.JSONField(default=list, blank=True)
    statement = models.ForeignKey(Statement, null=True, blank=True, on_delete=models.SET_NULL,
                                  related_name="facts")
    documents = models.ManyToManyField(Document, related_name="facts")
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.summary

    def get_absolute_url(self):
        """The reference page, at the anchor of the section that holds the fact's passage."""
        if self.statement_id is None:
            return reverse("reference:index")
        return self.statement.section.get_absolute_url()
