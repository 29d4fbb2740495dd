"""import_reference: counts, idempotent re-import, changed documents, bad files, corrections."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command

from reference import services
from reference.models import Document, Fact, Passage, Section, Statement, Topic

DOC_001, DOC_002, DOC_004 = ("001_f8e60ad6e50877cf.txt", "002_8f02bc143e2990e9.txt",
                             "004_de4bb96e807911e8.txt")
MODELS = (Document, Topic, Section, Statement, Passage, Fact)


def run_command(*args) -> tuple[str, str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("import_reference", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def snapshot():
    return {model.__name__: sorted(model.objects.values_list("pk", "updated_at"))
            for model in MODELS}


@pytest.mark.django_db
def test_import_builds_pages_statements_and_facts(imported):
    assert [d.name for d in imported.documents if d.error] == []
    assert Document.objects.count() == 5
    assert imported.pages == Topic.objects.count() >= 12
    assert Statement.objects.count() < Passage.objects.count()  # duplicates were merged
    assert Fact.objects.count() == 9
    assert imported.facts_missing == []
    by_name = {d.name: d for d in imported.documents}
    assert by_name[DOC_001].comments == 18
    assert all(d.kept > 0 for d in imported.documents)
    assert sum(d.merged for d in imported.documents) > 0


@pytest.mark.django_db
def test_required_topics_exist(settings):
    services.reference_import(directory=settings.REFERENCE_SOURCES)
    slugs = set(Topic.objects.values_list("slug", flat=True))
    assert {"what-is-baclofen", "uses", "dosage", "side-effects", "warnings",
            "stopping-and-withdrawal", "interactions", "overdose", "missed-dose", "alternatives",
            "practical-tips", "faq"} <= slugs


@pytest.mark.django_db
def test_reimporting_the_same_documents_changes_nothing(imported, seeds_dir):
    before = snapshot()
    again = services.reference_import(directory=seeds_dir)
    assert again.total_writes == 0
    assert snapshot() == before  # same rows, same primary keys, updated_at untouched


@pytest.mark.django_db
def test_a_changed_document_updates_only_its_own_rows(docs_copy):
    services.reference_import(directory=docs_copy)
    others_before = {p.pk: p.updated_at for p in Passage.objects.exclude(document__filename=DOC_002)}
    statement = Statement.objects.get(text="Do not stop baclofen suddenly.")
    path = docs_copy / DOC_002
    path.write_text(path.read_text(encoding="utf-8").replace(
        "Do not stop baclofen suddenly.", "Never stop baclofen suddenly."), encoding="utf-8")

    report = services.reference_import(directory=docs_copy)

    changed = {d.name for d in report.documents if d.changed}
    assert changed == {DOC_002}
    assert report.writes["passages created"] == 1 and report.writes["passages deleted"] == 1
    others_after = {p.pk: p.updated_at for p in Passage.objects.exclude(document__filename=DOC_002)}
    assert others_after == others_before
    assert not Statement.objects.filter(pk=statement.pk).exists()
    assert Statement.objects.filter(text="Never stop baclofen suddenly.").exists()


@pytest.mark.django_db
def test_a_removed_document_takes_its_content_with_it(docs_copy):
    services.reference_import(directory=docs_copy)
    (docs_copy / DOC_001).unlink()
    report = services.reference_import(directory=docs_copy)
    assert report.removed == [DOC_001]
    assert not Passage.objects.filter(document__filename=DOC_001).exists()


@pytest.mark.django_db
def test_staff_correction_survives_reimport_and_is_marked_edited(imported, seeds_dir,
                                                                 django_user_model):
    staff = django_user_model.objects.create_user("editor", is_staff=True)
    statement = Statement.objects.get(text="Do not stop baclofen suddenly.")
    services.statement_correct(statement=statement, text="Never stop baclofen suddenly: taper.",
                               user=staff)
    services.reference_import(directory=seeds_dir)
    statement.refresh_from_db()
    assert statement.edited and statement.edited_by == staff
    assert statement.display_text == "Never stop baclofen suddenly: taper."
    assert statement.text == "Do not stop baclofen suddenly."  # the import's wording is kept


@pytest.mark.django_db
def test_empty_corrections_are_refused(imported):
    statement = Statement.objects.first()
    with pytest.raises(Exception, match="cannot be empty"):
        services.statement_correct(statement=statement, text="  ", user=None)
    services.statement_correct(statement=statement, text="Fixed.", user=None)
    services.statement_revert(statement=statement)
    statement.refresh_from_db()
    assert not statement.edited and statement.display_text == statement.text


@pytest.mark.django_db
def test_command_reports_counts_per_document_with_a_progress_bar(seeds_dir):
    out, err = run_command(str(seeds_dir))
    assert "[##############################] 5/5" in out
    assert "004_de4bb96e807911e8.txt: " in out
    assert "statements kept" in out and "dropped as boilerplate" in out
    assert "merged as duplicates" in out
    assert "18 reader comments left out" in out
    assert "Documents read: 5 of 5" in out
    assert "Key facts found: 9" in out
    assert "ignored README.md" in out
    assert err == ""
    out, _ = run_command(str(seeds_dir))
    assert "No changes: the reference is up to date." in out


@pytest.mark.django_db
def test_command_defaults_to_the_reference_sources_setting(settings, docs_copy):
    settings.REFERENCE_SOURCES = str(docs_copy)
    out, _ = run_command()
    assert str(docs_copy) in out and "Documents read: 5 of 5" in out


@pytest.mark.django_db
def test_bad_files_get_clear_messages_and_do_not_stop_the_others(docs_copy, monkeypatch):
    (docs_copy / "empty.txt").write_bytes(b"")
    (docs_copy / "blank.txt").write_bytes(b"  \n\n ")
    (docs_copy / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (docs_copy / "latin1.txt").write_bytes(b"Baclofen caf\xe9 notes\n\nDosage\n\nSome text.")
    (docs_copy / "unreadable.txt").write_text("Title\n\nHeading\n\nText.", encoding="utf-8")
    real_read_bytes = Path.read_bytes

    def read_bytes(self):  # chmod 0 does not stop root, so refuse the read here
        if self.name == "unreadable.txt":
            raise PermissionError(13, "Permission denied")
        return real_read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    out, err = run_command(str(docs_copy))
    assert "empty.txt: skipped, empty file" in err
    assert "blank.txt: skipped, empty file" in err
    assert "binary.txt: skipped, binary file" in err
    assert "latin1.txt: skipped, not UTF-8 text (invalid byte 0xe9" in err
    assert "unreadable.txt: skipped, cannot read file: Permission denied" in err
    assert "Documents read: 5 of 10" in out
    assert Document.objects.count() == 5
    assert Fact.objects.count() == 9


@pytest.mark.django_db
def test_a_file_that_becomes_unreadable_keeps_its_previous_content(docs_copy):
    services.reference_import(directory=docs_copy)
    count = Passage.objects.filter(document__filename=DOC_004).count()
    (docs_copy / DOC_004).write_bytes(b"\xff\xfe\x00garbage")
    report = services.reference_import(directory=docs_copy)
    assert [d.name for d in report.documents if d.error] == [DOC_004]
    assert report.removed == []
    assert Passage.objects.filter(document__filename=DOC_004).count() == count


@pytest.mark.django_db
def test_a_missing_folder_is_a_command_error(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="is not a folder"):
        run_command(str(tmp_path / "nope"))
