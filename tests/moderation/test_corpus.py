"""The labelled corpus: its shape, the held-out quality targets, and the rules' own examples.

    python -m pytest tests/moderation/test_corpus.py -p no:django
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from moderation.engine import BUILTIN_RULES, CATEGORIES, check_examples, scan  # noqa: E402

CORPUS = ROOT / "moderation" / "corpus"


def _quality_module():
    spec = importlib.util.spec_from_file_location(
        "moderation_quality_bench", ROOT / "bench" / "moderation_quality.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look the module up while it loads
    spec.loader.exec_module(module)
    return module


def load(split: str) -> list[dict]:
    with (CORPUS / f"{split}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def test_corpus_is_large_enough_and_well_formed():
    rows = load("dev") + load("heldout")
    assert len(rows) >= 400
    ids = [row["id"] for row in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert row["text"].strip()
        assert set(row["categories"]) <= set(CATEGORIES)
    for category in CATEGORIES:
        assert sum(category in row["categories"] for row in rows) >= 40, category
    hard = [r for r in rows if not r["categories"] and r.get("note", "").startswith("hard")]
    hard += [r for r in rows if not r["categories"] and "; hard" in r.get("note", "")]
    assert len(hard) >= 100


def test_heldout_is_about_forty_percent():
    dev, heldout = load("dev"), load("heldout")
    share = len(heldout) / (len(dev) + len(heldout))
    assert 0.35 <= share <= 0.47


def test_all_eighteen_reader_comments_of_document_001_are_in_the_corpus():
    comments = [row for row in load("dev") if row["id"].startswith("doc001-")]
    assert len(comments) == 18


def test_document_001_thread_flags_the_bad_comments_and_not_the_helpful_ones():
    for row in load("dev"):
        if row["id"].startswith("doc001-"):
            found = {f.category for f in scan(row["text"])}
            assert found == set(row["categories"]), (row["id"], row["text"][:60])


def test_heldout_quality_meets_the_targets():
    report = _quality_module().evaluate(load("heldout"))
    for category, score in report.scores.items():
        assert score.f1 >= 0.90, (category, score)
    assert report.benign_flagged_share <= 0.03


# First scores of the rules on posts by writers they were never tuned on (bench/README.md).
# Not the targets: a floor, so that a rule edit that costs recall or precision on unseen
# writing is noticed.
BLIND3_HELDOUT_FLOOR = {
    "dangerous_advice": 0.62,
    "misinformation": 0.56,
    "conspiracy": 0.66,
    "spam": 0.80,
    "abuse": 0.53,
}


def test_unseen_writers_score_does_not_fall_below_its_first_measurement():
    report = _quality_module().evaluate(load("blind3_heldout"))
    for category, floor in BLIND3_HELDOUT_FLOOR.items():
        assert report.scores[category].f1 >= floor, (category, report.scores[category])
    assert report.benign_flagged_share <= 0.05


# blind5: 600 posts by three writers, first scored once with rules and model untouched by them:
# F1 0.64 / 0.71 / 0.82 / 0.92 / 0.73, 13/256 benign posts flagged. A floor a little under, kept
# against regressions (it has since been tuned and trained on; blind6 took its place).
BLIND5_FLOOR = {
    "dangerous_advice": 0.60,
    "misinformation": 0.67,
    "conspiracy": 0.78,
    "spam": 0.88,
    "abuse": 0.69,
}


# blind6: 600 posts by three writers that neither the rules nor the learned model were ever
# tuned or trained on (scripts/train_text_model.py leaves it out), scored once with rules and
# model: F1 0.58 / 0.79 / 0.73 / 0.91 / 0.72, 18/255 benign posts flagged. A floor a little under.
BLIND6_FLOOR = {
    "dangerous_advice": 0.55,
    "misinformation": 0.75,
    "conspiracy": 0.69,
    "spam": 0.87,
    "abuse": 0.68,
}


@pytest.mark.parametrize(
    ("split", "floor", "benign_cap"), [("blind5", BLIND5_FLOOR, 0.06), ("blind6", BLIND6_FLOOR, 0.08)]
)
def test_writers_scored_once_score_no_worse_than_when_first_measured(split, floor, benign_cap):
    report = _quality_module().evaluate(load(split))
    for category, minimum in floor.items():
        assert report.scores[category].f1 >= minimum, (category, report.scores[category])
    assert report.benign_flagged_share <= benign_cap


@pytest.mark.parametrize("rule", BUILTIN_RULES, ids=lambda r: r.code)
def test_every_builtin_rule_example_behaves(rule):
    assert check_examples(rule.code, rule.must_match, rule.must_not_match) == []
