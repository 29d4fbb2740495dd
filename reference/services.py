"""Writes for the reference section: the import (a diff against what is stored) and corrections.

The import computes the wanted state from the documents and writes only the difference: an
unchanged folder writes nothing, a changed document rewrites only its own passages and the
statements they feed. Staff corrections live in fields the importer never writes.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from .importer.facts import extract_facts
from .importer.merge import DISPUTES, MergedStatement, merge_passages, merged_counts
from .importer.pipeline import DocumentResult, list_documents, read_document
from .importer.topics import ALL_TOPICS
from .importer.topics import Passage as ParsedPassage
from .models import Document, Fact, Passage, Section, Statement, Topic

Progress = Callable[[int, int, str], None]


@dataclass
class DocumentReport:
    name: str
    title: str = ""
    error: str | None = None
    headings: int = 0
    kept: int = 0
    dropped: int = 0
    merged: int = 0
    comments: int = 0
    changed: bool = False


@dataclass
class ImportReport:
    documents: list[DocumentReport] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    writes: dict[str, int] = field(default_factory=dict)
    facts_found: list[str] = field(default_factory=list)
    facts_missing: list[str] = field(default_factory=list)
    corrections_lost: list[str] = field(default_factory=list)
    pages: int = 0

    @property
    def total_writes(self) -> int:
        return sum(self.writes.values())

    def count(self, what: str, n: int = 1) -> None:
        if n:
            self.writes[what] = self.writes.get(what, 0) + n


def reference_import(*, directory: Path, progress: Progress | None = None) -> ImportReport:
    """Import every text document in `directory`; bad files are reported, not fatal."""
    directory = Path(directory)
    if not directory.is_dir():
        raise FileNotFoundError(f"{directory} is not a folder")
    paths, ignored = list_documents(directory)
    results: list[DocumentResult] = []
    for index, path in enumerate(paths, start=1):
        results.append(read_document(path))
        if progress:
            progress(index, len(paths), path.name)

    report = ImportReport(ignored=[p.name for p in ignored])
    with transaction.atomic():
        sections = _sync_topics(report)
        for result in results:
            doc_report = DocumentReport(result.name, title=result.title, error=result.error)
            report.documents.append(doc_report)
            if result.ok:
                doc_report.changed = _sync_document(result, report)
                doc_report.headings = len(result.headings)
                doc_report.kept = len(result.passages)
                doc_report.dropped = len(result.boilerplate)
                doc_report.comments = len(result.comments)
                doc_report.merged = result.repeated
        # Documents whose file is gone are removed; a file that failed to read keeps its rows.
        present = {result.name for result in results}
        gone = Document.objects.exclude(filename__in=present)
        report.removed = sorted(gone.values_list("filename", flat=True))
        if report.removed:
            report.count("documents deleted", gone.delete()[1].get("reference.Document", 0))

        rows = list(Passage.objects.select_related("document"))
        parsed = {row.pk: _as_parsed(row) for row in rows}
        merged = merge_passages(parsed.values())
        counts = merged_counts(merged)
        for doc_report in report.documents:
            doc_report.merged += counts.get(doc_report.name, 0)
        _sync_statements(merged, rows, parsed, sections, report)
        _sync_facts(parsed, rows, report)
    report.pages = Topic.objects.count()
    return report


def _as_parsed(row: Passage) -> ParsedPassage:
    return ParsedPassage(document=row.document.filename, kind=row.kind, text=row.text,
                         position=row.position, block=row.block, heading=row.heading,
                         topic=row.topic_slug, section=row.section_slug, data=row.data)


def _save_changed(instance, values: dict, report: ImportReport, what: str) -> bool:
    changed = [name for name, value in values.items() if getattr(instance, name) != value]
    if not changed:
        return False
    for name in changed:
        setattr(instance, name, values[name])
    instance.save(update_fields=[*changed, "updated_at"])
    report.count(f"{what} updated")
    return True


def _declared_sections(topic) -> list[tuple[str, str, str]]:
    """(slug, heading, kind) in page order: declared sections, each dispute after its anchor."""
    sections = [(s.slug, s.heading, Section.Kind.STATEMENTS) for s in topic.sections]
    for dispute in DISPUTES:
        if dispute.topic == topic.slug:
            after = next((i for i, s in enumerate(sections) if s[0] == dispute.after),
                         len(sections) - 1)
            sections.insert(after + 1, (dispute.key, dispute.heading, Section.Kind.DISPUTE))
    return sections


def _sync_topics(report: ImportReport) -> dict[tuple[str, str], Section]:
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    existing = {(s.topic.slug, s.slug): s for s in Section.objects.select_related("topic")}
    wanted: dict[tuple[str, str], Section] = {}
    for position, spec in enumerate(ALL_TOPICS):
        values = {"title": spec.title, "summary": spec.summary, "position": position,
                  "keywords": list(spec.keywords)}
        topic = topics.get(spec.slug)
        if topic is None:
            topic = topics[spec.slug] = Topic.objects.create(slug=spec.slug, **values)
            report.count("topics created")
        else:
            _save_changed(topic, values, report, "topics")
        for index, (slug, heading, kind) in enumerate(_declared_sections(spec)):
            values = {"heading": heading, "position": index, "kind": kind}
            section = existing.get((spec.slug, slug))
            if section is None:
                section = Section.objects.create(topic=topic, slug=slug, **values)
                report.count("sections created")
            else:
                _save_changed(section, values, report, "sections")
            wanted[(spec.slug, slug)] = section
    stale = [s.pk for key, s in existing.items() if key not in wanted]
    if stale:
        report.count("sections deleted", len(stale))
        Section.objects.filter(pk__in=stale).delete()
    declared = {spec.slug for spec in ALL_TOPICS}
    old_topics = Topic.objects.exclude(slug__in=declared)
    if old_topics.exists():
        report.count("topics deleted", old_topics.count())
        old_topics.delete()
    return wanted


def _sync_document(result: DocumentResult, report: ImportReport) -> bool:
    """Upsert a document and its passages; True if anything was written."""
    writes_before = report.total_writes
    values = {"title": result.title[:300], "sha256": result.sha256, "stats": result.stats}
    document = Document.objects.filter(filename=result.name).first()
    if document is None:
        document = Document.objects.create(filename=result.name, **values)
        report.count("documents created")
    else:
        _save_changed(document, values, report, "documents")

    existing = {(p.topic_slug, p.key): p for p in document.passages.all()}
    new_rows = []
    for passage in result.passages:
        values = {"section_slug": passage.section, "kind": passage.kind, "text": passage.text,
                  "data": passage.data, "position": passage.position, "block": passage.block,
                  "heading": passage.heading[:300]}
        row = existing.pop((passage.topic, passage.key), None)
        if row is None:
            new_rows.append(Passage(document=document, topic_slug=passage.topic,
                                    key=passage.key, **values))
        else:
            _save_changed(row, values, report, "passages")
    if existing:
        Passage.objects.filter(pk__in=[row.pk for row in existing.values()]).delete()
        report.count("passages deleted", len(existing))
    if new_rows:
        Passage.objects.bulk_create(new_rows)
        report.count("passages created", len(new_rows))
    return report.total_writes != writes_before


def _sync_statements(merged: list[MergedStatement], rows: list[Passage],
                     parsed: dict[int, ParsedPassage], sections: dict[tuple[str, str], Section],
                     report: ImportReport) -> None:
    row_of = {(p.document, p.topic, p.key): pk for pk, p in parsed.items()}
    existing = {(s.topic_id, s.key): s for s in Statement.objects.all()}
    statement_of_row: dict[int, tuple[int, str]] = {}
    wanted: set[tuple[int, str]] = set()
    for item in merged:
        section = sections[(item.topic, item.section)]
        dispute, stance = item.dispute or ("", "")
        values = {"section_id": section.pk, "kind": item.kind, "text": item.text,
                  "data": item.first.data, "sort_key": item.sort_key[:300],
                  "dispute": dispute, "stance": stance}
        key = (section.topic_id, item.key)
        wanted.add(key)
        statement = existing.get(key)
        if statement is None:
            statement = existing[key] = Statement.objects.create(
                topic_id=section.topic_id, key=item.key, **values)
            report.count("statements created")
        else:
            _save_changed(statement, values, report, "statements")
        for passage in item.passages:
            statement_of_row[row_of[(passage.document, passage.topic, passage.key)]] = key

    stale = [s for key, s in existing.items() if key not in wanted]
    report.corrections_lost = [s.display_text[:80] for s in stale if s.edited]
    if stale:
        Statement.objects.filter(pk__in=[s.pk for s in stale]).delete()
        report.count("statements deleted", len(stale))

    relinked = []
    for row in rows:
        statement_id = existing[statement_of_row[row.pk]].pk
        if row.statement_id != statement_id:
            row.statement_id = statement_id
            relinked.append(row)
    if relinked:
        Passage.objects.bulk_update(relinked, ["statement"])
        report.count("passages linked", len(relinked))


def _sync_facts(parsed: dict[int, ParsedPassage], rows: list[Passage],
                report: ImportReport) -> None:
    found, missing = extract_facts(parsed.values())
    report.facts_found, report.facts_missing = sorted(found), missing
    row_of = {(p.document, p.topic, p.key): pk for pk, p in parsed.items()}
    row_by_pk = {row.pk: row for row in rows}
    # Statement ids were (re)linked in memory by _sync_statements; read them back.
    statement_ids = dict(Passage.objects.values_list("pk", "statement_id"))
    documents = {d.filename: d for d in Document.objects.all()}
    existing = {fact.key: fact for fact in Fact.objects.prefetch_related("documents")}
    for key, finding in found.items():
        primary = row_by_pk[row_of[(finding.primary.document, finding.primary.topic,
                                    finding.primary.key)]]
        values = {
            "summary": finding.summary[:300],
            "passage": finding.primary.text,
            "evidence": [{"document": p.document, "title": documents[p.document].title,
                          "text": p.text} for p in finding.passages],
            "value": finding.value,
            "unit": finding.unit,
            "terms": finding.terms,
            "statement_id": statement_ids[primary.pk],
        }
        fact = existing.get(key)
        if fact is None:
            fact = Fact.objects.create(key=key, **values)
            report.count("facts created")
        else:
            _save_changed(fact, values, report, "facts")
        wanted_docs = {documents[name].pk for name in finding.documents}
        if {d.pk for d in fact.documents.all()} != wanted_docs:
            fact.documents.set(wanted_docs)
            report.count("fact sources updated")
    gone = Fact.objects.exclude(key__in=list(found))
    if gone.exists():
        report.count("facts deleted", gone.count())
        gone.delete()


@transaction.atomic
def statement_correct(*, statement: Statement, text: str, user) -> Statement:
    """Staff correction of a statement's wording; kept across re-imports, shown as edited."""
    text = text.strip()
    if not text:
        raise ValidationError("A correction cannot be empty; revert the statement instead.")
    if statement.edited and statement.corrected_text == text:
        return statement
    statement.corrected_text = text
    statement.edited = True
    statement.edited_by = user if getattr(user, "is_authenticated", False) else None
    statement.edited_at = timezone.now()
    statement.save(update_fields=["corrected_text", "edited", "edited_by", "edited_at",
                                  "updated_at"])
    return statement


@transaction.atomic
def statement_revert(*, statement: Statement) -> Statement:
    """Drop a staff correction: the page shows the imported wording again."""
    if not statement.edited:
        return statement
    statement.corrected_text = ""
    statement.edited = False
    statement.edited_by = None
    statement.edited_at = None
    statement.save(update_fields=["corrected_text", "edited", "edited_by", "edited_at",
                                  "updated_at"])
    return statement
