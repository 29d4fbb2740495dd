"""Reads for the reference section: pages, search, facts for moderation, anchors."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, Q
from django.http import Http404

from .importer.merge import DISPUTES_BY_KEY, consensus, consensus_for
from .models import Document, Fact, Passage, Section, Statement, Topic


@dataclass(frozen=True)
class ReferenceHit:
    title: str  # "Page title – Section heading"
    url: str  # with #anchor
    snippet: str  # plain text; the caller escapes and highlights it


@dataclass
class Group:
    """Consecutive statements rendered together: one paragraph, list, table or FAQ entry."""

    kind: str  # "paragraph" | "list" | "table" | "faq" | "merged"
    statements: list[Statement]
    documents: list[Document]
    key: tuple = ()

    @property
    def intro(self) -> str:
        return self.statements[0].data.get("intro", "")

    @property
    def ordered(self) -> bool:
        return bool(self.statements[0].data.get("ordered"))

    @property
    def header(self) -> list[str]:
        return self.statements[0].data.get("header", [])


@dataclass
class StanceView:
    slug: str
    label: str
    statements: list[Statement]

    @property
    def documents(self) -> list[Document]:
        return _unique(doc for st in self.statements for doc in st.documents)


@dataclass
class SectionView:
    section: Section
    groups: list[Group] = field(default_factory=list)
    consensus_caption: str = ""
    consensus: list[tuple[str, list[Document]]] = field(default_factory=list)
    stances: list[StanceView] = field(default_factory=list)

    @property
    def is_empty(self) -> bool:
        return not self.groups and len(self.stances) < 2


@dataclass
class TopicPage:
    topic: Topic
    sections: list[SectionView]
    sources: list[Document]
    related: list


def _unique(items):
    return list(dict.fromkeys(items))


def _with_sources(queryset):
    return queryset.prefetch_related(
        Prefetch("sources", queryset=Passage.objects.select_related("document")
                 .order_by("document__filename", "position"))
    )


def _attach(statement: Statement) -> Statement:
    """Give a statement its ordered source documents and differently worded passages."""
    passages = list(statement.sources.all())
    statement.passages = passages
    statement.documents = _unique(p.document for p in passages)
    statement.variants = [p for p in passages[1:] if p.text != passages[0].text]
    return statement


def topic_list():
    return list(Topic.objects.annotate(statement_count=Count("statements")))


def source_documents():
    return list(Document.objects.annotate(statement_count=Count("passages")))


def get_topic_page_or_404(slug: str) -> TopicPage:
    topic = Topic.objects.filter(slug=slug).first()
    if topic is None:
        raise Http404("No such reference page")
    sections = list(topic.sections.all())
    statements = [_attach(s) for s in _with_sources(
        Statement.objects.filter(topic=topic).order_by("section__position", "sort_key"))]
    disputes = [s.slug for s in sections if s.kind == Section.Kind.DISPUTE]
    disputed = []
    if disputes:
        disputed = [_attach(s) for s in _with_sources(
            Statement.objects.filter(dispute__in=disputes).select_related("topic")
            .order_by("sort_key"))]

    views = []
    for section in sections:
        if section.kind == Section.Kind.DISPUTE:
            view = _dispute_view(section, [s for s in disputed if s.dispute == section.slug])
        else:
            view = _section_view(topic, section,
                                 [s for s in statements if s.section_id == section.pk])
        if not view.is_empty:
            views.append(view)
    sources = _unique(doc for st in statements for doc in st.documents)
    sources.sort(key=lambda doc: doc.filename)
    return TopicPage(topic=topic, sections=views, sources=sources,
                     related=related_discussions(topic))


def _section_view(topic: Topic, section: Section, statements: list[Statement]) -> SectionView:
    view = SectionView(section=section)
    for statement in statements:
        if len(statement.documents) > 1 and statement.kind != "faq":
            view.groups.append(Group("merged", [statement], statement.documents))
            continue
        kind = {"sentence": "paragraph", "list_item": "list", "table_row": "table",
                "faq": "faq"}[statement.kind]
        first = statement.passages[0] if statement.passages else None
        key = (kind, first.document_id if first else None, first.block if first else None)
        if kind != "faq" and view.groups and view.groups[-1].key == key:
            view.groups[-1].statements.append(statement)
        else:
            view.groups.append(Group(kind, [statement], statement.documents, key))
    spec = consensus_for(topic.slug, section.slug)
    if spec is not None:
        view.consensus_caption = spec.caption
        listed = consensus(spec, [(p.text, [p.document]) for st in statements
                                  for p in st.passages])
        view.consensus = [(term, sorted(docs, key=lambda doc: doc.filename))
                          for term, docs in listed]
    return view


def _dispute_view(section: Section, statements: list[Statement]) -> SectionView:
    view = SectionView(section=section)
    dispute = DISPUTES_BY_KEY.get(section.slug)
    if dispute is None:
        return view
    for stance in dispute.stances:
        members = [s for s in statements if s.stance == stance.slug]
        if members:
            view.stances.append(StanceView(stance.slug, stance.label, members))
    return view


def related_discussions(topic: Topic, *, limit: int = 5) -> list:
    """Forum threads about the page's subject (empty if the forum cannot answer)."""
    try:
        from forum.selectors import related_threads
    except ImportError:  # the forum app is optional for the reference section
        return []
    return related_threads(list(topic.keywords), limit=limit)


# -- Site search ---------------------------------------------------------------------------------

def _snippet(text: str, query: str, width: int = 180) -> str:
    words = [w for w in re.split(r"\s+", query.strip()) if w]
    lowered = text.lower()
    start = min((i for i in (lowered.find(w.lower()) for w in [query.strip(), *words]) if i >= 0),
                default=0)
    begin = max(0, start - width // 3)
    snippet = text[begin:begin + width].strip()
    return ("…" if begin > 0 else "") + snippet + ("…" if begin + width < len(text) else "")


def _text_condition(query: str, *fields: str) -> Q:
    phrase = Q()
    for name in fields:
        phrase |= Q(**{f"{name}__icontains": query})
    return phrase


def _all_words(query: str, *fields: str) -> Q:
    condition = Q()
    for word in query.split():
        condition &= _text_condition(word, *fields)
    return condition


def search_reference(query: str, *, limit: int = 5) -> list[ReferenceHit]:
    """Reference pages matching the query: heading matches first, then statement text.

    Plain icontains (works on SQLite and PostgreSQL). A phrase that matches nothing falls back
    to "every word somewhere in the statement".
    """
    query = " ".join(query.split())[:200]
    if len(query) < 2:
        return []
    hits: list[ReferenceHit] = []
    seen: set[str] = set()

    def add(hit: ReferenceHit) -> None:
        if hit.url not in seen and len(hits) < limit:
            seen.add(hit.url)
            hits.append(hit)

    sections = (Section.objects.select_related("topic")
                .filter(_text_condition(query, "heading", "topic__title"))
                .filter(Q(statements__isnull=False) | Q(kind=Section.Kind.DISPUTE))
                .distinct().order_by("topic__position", "position"))
    for section in sections[:limit]:
        add(ReferenceHit(f"{section.topic.title} – {section.heading}",
                         section.get_absolute_url(), section.topic.summary))

    fields = ("text", "corrected_text")
    base = Statement.objects.select_related("topic", "section").order_by("topic__position",
                                                                         "sort_key")
    statements = list(base.filter(_text_condition(query, *fields))[: limit * 3])
    if not statements and len(query.split()) > 1:
        statements = list(base.filter(_all_words(query, *fields))[: limit * 3])
    for statement in statements:
        add(ReferenceHit(f"{statement.topic.title} – {statement.section.heading}",
                         statement.get_absolute_url(),
                         _snippet(statement.display_text, query)))
    return hits


# -- For moderation ------------------------------------------------------------------------------

def facts_by_key() -> dict[str, Fact]:
    """Key facts by key (starting-dose, titration, oral-maximum, ...), with their sources."""
    facts = Fact.objects.select_related("statement__section__topic").prefetch_related("documents")
    return {fact.key: fact for fact in facts}


def anchor_choices() -> list[tuple[str, str]]:
    """(url with anchor, "Page – Section") for every reference section a moderator can cite."""
    choices: list[tuple[str, str]] = []
    sections = (Section.objects.select_related("topic")
                .filter(Q(statements__isnull=False) | Q(kind=Section.Kind.DISPUTE))
                .distinct().order_by("topic__position", "position"))
    for section in sections:
        choices.append((section.get_absolute_url(), f"{section.topic.title} – {section.heading}"))
    return choices
