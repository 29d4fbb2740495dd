"""`manage.py moderation_scan` (offline scanning) and `manage.py load_rules`."""

import io
import json

import pytest
from django.core.management import call_command

from moderation.models import Rule

pytestmark = pytest.mark.django_db


def run_scan(lines: list[str]) -> tuple[list[dict], str]:
    out, err = io.StringIO(), io.StringIO()
    call_command("moderation_scan", stdin=io.StringIO("\n".join(lines) + "\n"), stdout=out,
                 stderr=err)
    return [json.loads(line) for line in out.getvalue().splitlines()], err.getvalue()


def test_each_input_line_gets_one_output_line_with_categories_and_flags():
    text = "just stop it cold turkey, you'll be fine"
    results, errors = run_scan([
        json.dumps({"id": 1, "text": text}),
        json.dumps({"id": "b", "text": "Day 10 on 5 mg: drowsy but the spasms are better."}),
    ])
    assert errors == ""
    assert [r["id"] for r in results] == [1, "b"]
    first = results[0]
    assert first["categories"] == ["dangerous_advice"]
    flag = first["flags"][0]
    assert set(flag) == {"category", "rule", "severity", "start", "end", "reason", "reference"}
    assert flag["reference"] == "no-abrupt-stop"
    assert 0 <= flag["start"] < flag["end"] <= len(text)
    assert results[1] == {"id": "b", "categories": [], "flags": []}


def test_malformed_lines_are_reported_on_stderr_and_skipped():
    results, errors = run_scan([
        "not json",
        json.dumps({"text": "no id"}),
        json.dumps([1, 2]),
        json.dumps({"id": 7, "text": None}),
        json.dumps({"id": 8, "text": "fine"}),
    ])
    assert [r["id"] for r in results] == [8]
    assert [line.split(":")[0] for line in errors.splitlines()] == [
        "line 1", "line 2", "line 3", "line 4"
    ]


def test_the_offline_scan_honours_rules_disabled_in_the_database():
    Rule.objects.filter(code="stop-abruptly").update(enabled=False)
    Rule.objects.filter(code="no-taper-needed").update(enabled=False)
    results, _ = run_scan([json.dumps({"id": 1, "text": "just stop it cold turkey"})])
    assert all(f["rule"] not in {"stop-abruptly", "no-taper-needed"}
               for f in results[0]["flags"])


def test_the_offline_scan_uses_moderator_phrase_rules():
    Rule.objects.create(code="miracle-oil", kind="phrase", category="misinformation",
                        severity=2, phrases="miracle oil", reason="Promotes a fake cure.")
    results, _ = run_scan([json.dumps({"id": 1, "text": "Try the Miracle Oil instead"})])
    assert [f["rule"] for f in results[0]["flags"]] == ["miracle-oil"]


def test_the_offline_scan_writes_nothing_to_the_database(django_assert_max_num_queries):
    with django_assert_max_num_queries(3):  # rules; facts and their sources (reads only)
        run_scan([json.dumps({"id": 1, "text": "just stop it cold turkey"})])


def test_built_in_rules_are_loaded_by_the_migration_and_load_rules_is_idempotent():
    from moderation import detection

    codes = {info.code for info in detection.builtin_rules()}
    assert codes <= set(Rule.objects.values_list("code", flat=True))
    Rule.objects.filter(code="insult").update(severity=1, enabled=False)
    out = io.StringIO()
    call_command("load_rules", stdout=out)
    assert "0 created" in out.getvalue()
    insult = Rule.objects.get(code="insult")
    assert (insult.severity, insult.enabled) == (1, False)  # moderators' tuning is kept
    call_command("load_rules", "--reset", stdout=io.StringIO())
    insult.refresh_from_db()
    assert insult.enabled is True
    assert Rule.objects.filter(code="insult").count() == 1
