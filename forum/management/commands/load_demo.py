from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from forum.demo import load_demo


class Command(BaseCommand):
    help = "Load demo threads, the reader comments of seed 001, and demo accounts (idempotent)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--comments",
            default=str(Path(settings.REFERENCE_SOURCES) / "001_f8e60ad6e50877cf.txt"),
            help="The seed document whose reader comments become a demo thread.",
        )

    def handle(self, *args, comments, **options):
        path = Path(comments)
        if not path.exists():
            self.stderr.write(f"Reader comments not found at {path}; skipping that thread.")
        result = load_demo(comments_path=path if path.exists() else None)
        self.stdout.write(
            f"Demo content: {result['threads_created']} new thread(s), "
            f"{result['comments_imported']} reader comment(s) imported."
        )
        for role in ("moderator", "member"):
            username, password = result[role]
            self.stdout.write(f"  demo {role}: username {username}  password {password}")
