"""The learned text model (moderation/engine/learned.py) and its five engine rules.

The model catches harmful posts the hand-written rules miss; it only reports a category no rule
found, as a low-severity finding on its heaviest sentence, with a reason a moderator can read.
"""

from __future__ import annotations

import json
import math
import re

import pytest

from moderation.engine import CATEGORIES, EngineConfig, scan
from moderation.engine.detectors.learned import MODEL_RULE_CODES
from moderation.engine.learned import MODEL_PATH, read_text_model, text_model, words
from moderation.engine.normalize import normalize

MYTH = "Kids grow out of needing baclofen by age 12 when the brain rewires itself"
POST = f"Our daughter started on it at six. {MYTH}, so there is no need to worry about the long term."
COLD_TURKEY = (
    "Honestly you can just quit it all at once, your body adjusts in a couple days and you will be fine."
)
RULES_ONLY = EngineConfig(disabled=MODEL_RULE_CODES)


def model_findings(text: str, config: EngineConfig | None = None) -> list:
    return [f for f in scan(text, config) if f.rule in MODEL_RULE_CODES]


def scores(text: str) -> dict[str, float]:
    return text_model().scores(normalize(text).text)


def test_there_is_one_low_severity_model_rule_per_category():
    from moderation.engine.rules import RULES_BY_CODE

    rules = [RULES_BY_CODE[code] for code in sorted(MODEL_RULE_CODES)]
    assert sorted(rule.category for rule in rules) == sorted(CATEGORIES)
    assert all(rule.severity == 1 and rule.whole_text and not rule.keywords for rule in rules)


def test_the_model_file_loads_once_and_scores_deterministically():
    assert text_model() is text_model()
    fresh = read_text_model(MODEL_PATH)
    assert fresh.categories == CATEGORIES
    assert all(t is None or 0 < t < 1 for t in fresh.thresholds.values())
    first = scores(POST)
    assert first == scores(POST) == fresh.scores(normalize(POST).text)
    assert set(first) == set(CATEGORIES) and all(0 <= p <= 1 for p in first.values())


def test_scores_match_a_direct_recomputation_from_the_json_weights():
    spec = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    n = spec["documents"]

    def by_hand(text: str) -> dict[str, float]:
        text = re.sub(r"(?m)^[ \t]*>.*$", "", normalize(text).text)
        known = {w for w in re.findall(r"(?a)\w+", text) if w in spec["features"]}
        idf = {w: math.log((1 + n) / (1 + spec["features"][w][0])) + 1 for w in known}
        length = math.sqrt(sum(v * v for v in idf.values())) or 1.0
        result = {}
        for j, category in enumerate(spec["categories"]):
            z = spec["bias"][j] + sum(idf[w] * spec["features"][w][1 + j] for w in known) / length
            result[category] = 1 / (1 + math.exp(-z))
        return result

    for text in (POST, COLD_TURKEY, "> quoted only", "", "I love my cat. 🐈 Ünïcode_words 10mg"):
        expected, found = by_hand(text), scores(text)
        assert found == pytest.approx(expected, abs=1e-12), text


def test_the_model_reads_the_words_the_training_script_reads():
    assert words("> quoted line\nit's 10mg_daily, très bien") == ["it", "s", "10mg_daily", "tr", "s", "bien"]


def test_a_harmful_post_the_rules_miss_is_flagged_on_its_heaviest_sentence():
    assert not any(f.category == "misinformation" for f in scan(POST, RULES_ONLY))
    [finding] = model_findings(POST)
    assert (finding.rule, finding.category, finding.severity) == ("model-misinformation", "misinformation", 1)
    assert POST[finding.start : finding.end] == f"{MYTH}, so there is no need to worry about the long term."
    assert finding.reason.startswith("No misinformation rule matched, but this reads like posts moderators")
    assert f"model score {scores(POST)['misinformation']:.2f}" in finding.reason
    named = re.findall(r"'([^']+)'", finding.reason)
    assert len(named) == 3 and all(word in POST.lower() for word in named)


def test_quoted_lines_are_ignored():
    quoted = f"> {MYTH}.\n\nMy neurologist says that is not true."
    assert scores(quoted) == scores("My neurologist says that is not true.")
    assert model_findings(quoted) == []


def test_a_question_is_not_flagged():
    question = f"Anyone know if {MYTH[0].lower()}{MYTH[1:]}?"
    assert "misinformation" in text_model().flags(normalize(question).text)  # over the threshold
    assert model_findings(question) == []


def test_a_category_a_rule_already_flagged_gets_no_model_finding():
    assert "dangerous_advice" in text_model().flags(normalize(COLD_TURKEY).text)
    assert [f.rule for f in scan(COLD_TURKEY)] == ["stop-abruptly"]
    # Without that rule, the model speaks up.
    without_rule = EngineConfig(disabled=frozenset({"stop-abruptly"}))
    assert [f.rule for f in model_findings(COLD_TURKEY, without_rule)] == ["model-dangerous-advice"]


def test_a_model_spam_guess_does_not_hide_a_dangerous_advice_rule():
    advert = (
        "Just order it online without a prescription. Check out my YouTube channel, new video every "
        "week, like and subscribe, link in my profile."
    )
    assert {f.rule for f in scan(advert)} == {"no-prescription-advice", "model-spam"}


def test_disabling_the_model_rule_codes_switches_the_model_off():
    assert model_findings(POST, RULES_ONLY) == []
    assert model_findings(POST, EngineConfig(disabled=frozenset({"model-misinformation"}))) == []
    assert model_findings(POST, EngineConfig(disabled=frozenset({"model-spam"})))


@pytest.mark.django_db
def test_the_model_rules_are_database_rules_that_moderators_can_disable():
    from moderation import detection
    from moderation.models import Rule

    rows = Rule.objects.filter(code__in=MODEL_RULE_CODES)
    assert rows.count() == len(MODEL_RULE_CODES)
    assert {row.kind for row in rows} == {Rule.Kind.BUILTIN}
    assert [f.rule for f in detection.scan_text(POST)] == ["model-misinformation"]
    Rule.objects.filter(code="model-misinformation").update(enabled=False)
    assert detection.scan_text(POST) == []
