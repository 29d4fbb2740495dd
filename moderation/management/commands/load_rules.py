from django.core.management.base import BaseCommand

from moderation.services import rules_load_builtin


class Command(BaseCommand):
    help = (
        "Create a database rule for every built-in engine rule and behavioural signal. "
        "Existing rules keep their moderator-tuned severity, enabled flag and examples unless "
        "--reset is given. Safe to run again after every deploy."
    )

    def add_arguments(self, parser):
        parser.add_argument("--reset", action="store_true",
                            help="Restore severity, enabled and examples from the code.")

    def handle(self, *args, reset=False, **options):
        report = rules_load_builtin(reset=reset)
        self.stdout.write(
            f"Rules: {len(report['created'])} created, {len(report['updated'])} updated, "
            f"{len(report['unchanged'])} unchanged."
        )
