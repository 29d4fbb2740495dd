"""Scan texts offline: JSON lines in, JSON lines out, with the same engine as the Celery task.

    echo '{"id": 1, "text": "just stop it cold turkey"}' | python manage.py moderation_scan
"""

import json
import sys

from django.core.management.base import BaseCommand

from moderation import detection


class Command(BaseCommand):
    help = (
        'Read JSON lines {"id": ..., "text": ...} on standard input and write one JSON line per '
        'input with its categories and flags. A malformed line is reported on standard error '
        "and skipped. Reads the rules and reference facts; writes nothing to the database."
    )
    stealth_options = ("stdin",)

    def handle(self, *args, **options):
        stream = options.get("stdin") or sys.stdin
        context = detection.load_context()
        for number, line in enumerate(stream, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("expected a JSON object")
                if "id" not in record:
                    raise ValueError('missing "id"')
                text = record.get("text")
                if not isinstance(text, str):
                    raise ValueError('"text" must be a string')
            except ValueError as error:  # json.JSONDecodeError is a ValueError
                self.stderr.write(f"line {number}: skipped, {error}")
                continue
            findings = detection.scan_text(text, context)
            flags = [
                {"category": f.category, "rule": f.rule, "severity": f.severity,
                 "start": f.start, "end": f.end, "reason": f.reason, "reference": f.reference}
                for f in sorted(findings, key=lambda f: (f.start, f.end, f.rule))
            ]
            categories = sorted({f["category"] for f in flags})
            self.stdout.write(json.dumps(
                {"id": record["id"], "categories": categories, "flags": flags},
                ensure_ascii=False,
            ))
            self.stdout.flush()
