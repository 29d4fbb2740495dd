"""python manage.py import_reference [DIR]: build the reference section from text documents."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from reference.services import ImportReport, reference_import

BAR_WIDTH = 30


def progress_bar(done: int, total: int, label: str = "") -> str:
    filled = BAR_WIDTH * done // total if total else BAR_WIDTH
    return f"[{'#' * filled}{'.' * (BAR_WIDTH - filled)}] {done}/{total} {label}".rstrip()


class Command(BaseCommand):
    help = ("Import the reference documents (default: settings.REFERENCE_SOURCES). Safe to "
            "re-run: unchanged documents write nothing.")

    def add_arguments(self, parser):
        parser.add_argument("directory", nargs="?", help="folder of .txt documents")

    def handle(self, *args, directory=None, **options):
        folder = Path(directory or settings.REFERENCE_SOURCES).expanduser()
        if not folder.is_dir():
            raise CommandError(f"{folder} is not a folder")
        self.stdout.write(f"Importing reference documents from {folder}")

        interactive = self.stdout.isatty()

        def progress(done: int, total: int, name: str) -> None:
            # On a terminal the bar redraws in place; in a log, one line per document.
            if interactive:
                ending = "\n" if done == total else ""
                self.stdout.write(f"\r{progress_bar(done, total, name)}", ending=ending)
                self.stdout.flush()
            else:
                self.stdout.write(progress_bar(done, total, name))

        report = reference_import(directory=folder, progress=progress)
        self._print(report)

    def _print(self, report: ImportReport) -> None:
        read = [d for d in report.documents if d.error is None]
        for name in report.ignored:
            self.stdout.write(f"  ignored {name}: not a .txt document")
        for doc in report.documents:
            if doc.error:
                self.stderr.write(self.style.ERROR(f"  {doc.name}: skipped, {doc.error}"))
                continue
            state = "updated" if doc.changed else "unchanged"
            self.stdout.write(
                f"  {doc.name}: {doc.headings} headings, {doc.kept} statements kept, "
                f"{doc.dropped} dropped as boilerplate, {doc.merged} merged as duplicates"
                + (f", {doc.comments} reader comments left out" if doc.comments else "")
                + f" ({state})"
            )
        for name in report.removed:
            self.stdout.write(self.style.WARNING(f"  {name}: file gone, its content was removed"))
        self.stdout.write(
            f"Documents read: {len(read)} of {len(report.documents)}; "
            f"kept {sum(d.kept for d in read)}, "
            f"dropped {sum(d.dropped for d in read)} as boilerplate, "
            f"merged {sum(d.merged for d in read)} as duplicates; {report.pages} pages."
        )
        if report.facts_missing:
            self.stderr.write(self.style.ERROR(
                "Key facts not found in the documents: " + ", ".join(report.facts_missing)))
        else:
            self.stdout.write(f"Key facts found: {len(report.facts_found)}")
        for text in report.corrections_lost:
            self.stderr.write(self.style.WARNING(
                f"Staff correction dropped (its statement left the documents): {text}"))
        if report.total_writes:
            changes = ", ".join(f"{n} {what}" for what, n in sorted(report.writes.items()))
            self.stdout.write(self.style.SUCCESS(f"Changes: {changes}"))
        else:
            self.stdout.write(self.style.SUCCESS("No changes: the reference is up to date."))
