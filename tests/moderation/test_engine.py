"""Specification of the moderation detection engine (pure Python: runs without Django).

    python -m pytest tests/moderation/test_engine.py -p no:django
"""

from __future__ import annotations

import dataclasses
import re
import signal
import sys
import threading
from contextlib import contextmanager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from moderation.engine import (  # noqa: E402
    BUILTIN_RULES,
    CATEGORIES,
    REFERENCE_KEYS,
    DoseLimits,
    EngineConfig,
    Finding,
    PhraseRule,
    RuleInfo,
    check_examples,
    scan,
)
from moderation.engine.normalize import normalize  # noqa: E402


def categories(text: str, config: EngineConfig | None = None) -> set[str]:
    return {f.category for f in scan(text, config)}


def rules(text: str, config: EngineConfig | None = None) -> set[str]:
    return {f.rule for f in scan(text, config)}


def flagged_text(text: str, rule: str) -> str:
    finding = next(f for f in scan(text) if f.rule == rule)
    return text[finding.start : finding.end]


# --- the API ------------------------------------------------------------------------------


def test_categories_are_the_five_of_the_spec():
    assert CATEGORIES == ("dangerous_advice", "misinformation", "conspiracy", "spam", "abuse")


def test_value_types_are_frozen():
    finding = Finding("spam", "x", 1, 0, 1, "r", None)
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.rule = "y"  # type: ignore[misc]
    config = EngineConfig()
    assert config.disabled == frozenset()
    assert dict(config.severity) == {}
    assert config.phrase_rules == ()
    assert config.dose_limits == DoseLimits(max_daily_mg=80, usual_start_mg=5)


def test_builtin_rules_have_unique_codes_valid_categories_and_examples():
    codes = [r.code for r in BUILTIN_RULES]
    assert len(codes) == len(set(codes))
    for rule in BUILTIN_RULES:
        assert isinstance(rule, RuleInfo)
        assert rule.category in CATEGORIES
        assert rule.severity in (1, 2, 3)
        assert rule.description
        assert rule.must_match, rule.code
        assert rule.must_not_match, rule.code


def test_every_category_has_builtin_rules():
    assert {r.category for r in BUILTIN_RULES} == set(CATEGORIES)


def test_findings_are_sorted_by_start_and_carry_known_references():
    text = (
        "Honestly just go cold turkey. Also a couple of beers with your baclofen is fine. "
        "Buy it cheap at www.cheap-rx-meds.biz"
    )
    findings = scan(text)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert {f.category for f in findings} == {"dangerous_advice", "spam"}
    for f in findings:
        assert f.reference is None or f.reference in REFERENCE_KEYS
        assert f.reason.endswith(".")


def test_empty_and_blank_posts_have_no_findings():
    assert scan("") == []
    assert scan("   \n\n  ") == []


def test_at_most_one_finding_per_rule_and_overlapping_span():
    findings = scan("Just go cold turkey, cold turkey, cold-turkey!")
    spans = [(f.start, f.end) for f in findings if f.rule == "stop-abruptly"]
    for (_, previous_end), (next_start, _) in zip(spans, spans[1:], strict=False):
        assert previous_end <= next_start


# --- context decides -------------------------------------------------------------------


def test_urging_cold_turkey_is_dangerous_advice_with_its_reference():
    findings = scan("Just quit baclofen cold turkey, you'll be fine.")
    stop = [f for f in findings if f.rule == "stop-abruptly"]
    assert stop and stop[0].reference == "no-abrupt-stop"
    assert stop[0].severity == 3


def test_first_person_warning_is_not_advice():
    assert categories("I stopped cold turkey and ended up in the ER with seizures, taper!") == set()


def test_katie_wilsons_warning_is_not_flagged_at_all():
    text = (
        "I stopped baclofen cold turkey because I was tired of being a zombie. "
        "Now I’m in the ER with seizures. Don’t be stupid. Taper."
    )
    assert scan(text) == []


def test_a_question_is_not_advice():
    assert categories("is it safe to stop cold turkey?") == set()
    assert categories("Can I take an extra 5mg on bad days or do I need to ask first?") == set()


def test_negated_advice_is_good_advice():
    assert categories("Never double a missed dose.") == set()
    assert categories("Don't mix baclofen with alcohol.") == set()
    assert categories("Whatever you do, never, ever go cold turkey.") == set()


def test_doubling_a_missed_dose_is_flagged_with_the_missed_dose_fact():
    findings = scan("If you forget one, just double up next time.")
    assert [(f.rule, f.reference) for f in findings] == [("double-missed-dose", "missed-dose")]


def test_a_quoted_and_rebutted_post_is_clean():
    text = "> just quit cold turkey, it's fine\nNo! That's how people end up in hospital. Taper."
    assert scan(text) == []


def test_the_quoted_words_alone_would_be_flagged():
    assert "dangerous_advice" in categories("just quit cold turkey, it's fine")


def test_reported_speech_is_not_the_posters_claim():
    assert categories("People say there's no withdrawal from baclofen. That's a myth.") == set()
    assert categories("My aunt insists baclofen is an opioid. It isn't.") == set()


def test_warning_after_the_phrase_cancels_it():
    assert categories("Going cold turkey off baclofen can cause seizures.") == set()
    assert categories("Mixing baclofen and alcohol is dangerous.") == set()


def test_hypothetical_doctor_instruction_is_not_advice():
    text = "If your doctor says to stop, ask them for a taper instead of stopping all at once."
    assert categories(text) == set()


def test_a_clinicians_instruction_is_not_advice():
    assert categories("My doctor told me to stop baclofen right away because of my kidneys.") == set()


def test_endorsed_first_person_report_is_advice():
    text = "I went cold turkey and felt great, you should too."
    assert "dangerous_advice" in categories(text)


def test_big_pharma_prices_are_not_a_conspiracy():
    assert categories("Big Pharma prices are outrageous. My copay went up 40% this year.") == set()


def test_a_hidden_plot_is_a_conspiracy():
    text = "Baclofen was invented by Big Pharma to keep disabled people docile."
    assert categories(text) == {"conspiracy"}


def test_health_service_links_are_not_spam():
    for url in (
        "https://www.nhs.uk/medicines/baclofen/",
        "https://medlineplus.gov/druginfo/meds/a682530.html",
        "https://www.ncbi.nlm.nih.gov/books/NBK526037/",
        "https://www.fda.gov/drugs",
        "https://www.mayoclinic.org/drugs-supplements/baclofen-oral-route/description/drg-20067995",
        "who.int",
    ):
        assert categories(f"Have a look at {url} for the dosing info.") == set(), url


def test_pharmacy_links_and_obfuscated_domains_are_spam():
    assert categories("Buy baclofen cheap at www.best-rx-meds.biz, fast shipping!") == {"spam"}
    assert "spam" in categories("order b@clofen from cheapmeds dot com")


def test_insults_are_abuse_but_a_warning_to_readers_is_not():
    assert categories("You're an idiot if you believe that.") == {"abuse"}
    assert categories("You think you're special?") == {"abuse"}
    assert categories("Don't be stupid like me, taper slowly with your doctor.") == set()
    assert categories("Sorry if this is a stupid question, does it make you dizzy?") == set()


def test_insult_inside_a_conditional_premise_is_not_abuse():
    text = (
        "If you're taking baclofen because you're too lazy to do rehab, then yes, it's a crutch. "
        "But if your spinal cord is broken - then it's dignity."
    )
    assert categories(text) == set()


def test_natural_remedies_replacing_baclofen_are_misinformation():
    assert categories("Your body can heal itself if you just believe.") == {"misinformation"}
    assert categories("Yoga helps me a bit alongside baclofen.") == set()


def test_rhetorical_question_still_counts():
    text = (
        "So let me get this straight - you're telling me this drug that can make you "
        "hallucinate is somehow safer than just stretching and drinking kombucha?"
    )
    assert categories(text) == {"misinformation"}


# --- dose arithmetic -------------------------------------------------------------------


def test_dose_times_frequency_above_the_maximum_is_flagged():
    findings = [f for f in scan("Take 30 mg four times a day.") if f.rule == "over-maximum"]
    assert len(findings) == 1
    assert findings[0].reference == "oral-maximum"
    assert "120 mg" in findings[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Try 40mg 3x a day.",
        "take 25mg x4 daily",
        "Just take 100mg at once.",
        "Take 20 mg every 4 hours.",
        "take two 25mg tablets four times a day",
        "go up to 150mg daily",
    ],
)
def test_dose_forms_above_the_maximum(text):
    assert "over-maximum" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "I take 20mg 3x a day and it's been fine.",
        "Take 20 mg three times a day.",
        "My doctor raised me to 90mg/day under supervision.",
        "Never take more than 80 mg a day.",
        "I take gabapentin 300mg three times a day with my baclofen.",
        "The pump gives me 300 mcg a day.",
        "Is 30mg four times a day too much?",
    ],
)
def test_reports_supervision_other_drugs_and_limits_are_not_flagged(text):
    assert "over-maximum" not in rules(text)


def test_dose_limits_come_from_the_config():
    text = "Take 30 mg four times a day."
    assert "over-maximum" in rules(text)
    generous = EngineConfig(dose_limits=DoseLimits(max_daily_mg=150))
    assert "over-maximum" not in rules(text, generous)
    strict = EngineConfig(dose_limits=DoseLimits(max_daily_mg=50))
    assert "over-maximum" in rules("Take 20 mg three times a day.", strict)


def test_claiming_a_higher_maximum_is_misinformation():
    findings = scan("The max dose is actually 150mg a day.")
    assert [(f.category, f.rule, f.reference) for f in findings] == [
        ("misinformation", "wrong-maximum", "oral-maximum")
    ]


def test_starting_high_is_flagged_with_the_titration_fact():
    findings = [f for f in scan("Start at 25mg three times a day.") if f.rule == "high-start"]
    assert findings and findings[0].reference == "titration"
    assert "high-start" not in rules("Start at 5 mg three times a day and go up slowly.")


# --- obfuscation and offsets -----------------------------------------------------------


def test_leetspeak_is_read_through():
    assert "stop-abruptly" in rules("just go c0ld turk3y on b4cl0fen")
    # numbers with units are not leet
    assert normalize("20mg 3x a day").text == "20mg 3x a day"


def test_zero_width_characters_are_ignored_and_offsets_point_at_the_source():
    text = "Honestly just go co\u200bld tu\u200crkey, it's fine."
    finding = next(f for f in scan(text) if f.rule == "stop-abruptly")
    assert text[finding.start : finding.end] == "co\u200bld tu\u200crkey"


def test_homoglyphs_are_folded_and_offsets_point_at_the_source():
    text = "Hi all. Just go с\u043eld turkеy, you'll be fine."  # Cyrillic с, о, е
    finding = next(f for f in scan(text) if f.rule == "stop-abruptly")
    assert text[finding.start : finding.end] == "с\u043eld turkеy"


def test_offsets_survive_collapsed_whitespace_and_fullwidth_letters():
    text = "Ｊｕｓｔ   go\t\tcold   turkey.   Buy  at  www.cheap-rx-meds.biz"
    assert flagged_text(text, "stop-abruptly") == "cold   turkey"
    assert flagged_text(text, "promo-link") == "www.cheap-rx-meds.biz"


def test_offsets_with_curly_quotes_and_emoji():
    text = "Don’t listen to them 🙄 — honestly you’re an idiot"
    assert flagged_text(text, "insult") == "you’re an idiot"


def test_emoji_and_other_scripts_become_one_placeholder_each_and_the_euro_sign_stays():
    from moderation.engine.normalize import normalize

    text = "💊💊 Baclofen 10€ 薬 ✅ just go cold turkey 🙃"
    normalised = normalize(text).text
    assert normalised == "\x1a\x1a baclofen 10€ \x1a \x1a just go cold turkey \x1a"
    assert flagged_text(text, "stop-abruptly") == "cold turkey"


# --- moderator phrase rules ------------------------------------------------------------


SNAKE_OIL = PhraseRule(
    code="spasm-tea",
    category="misinformation",
    severity=2,
    phrases=("miracle spasm tea", "spasm tea cures"),
    reason="Promotes 'miracle spasm tea' as a cure.",
)


def test_phrase_rules_match_whole_words_on_normalised_text():
    config = EngineConfig(phrase_rules=(SNAKE_OIL,))
    findings = scan("Try the MIRACLE  sp\u0430sm tea from my aunt", config)  # Cyrillic а
    assert [(f.rule, f.category, f.reason) for f in findings] == [
        ("spasm-tea", "misinformation", "Promotes 'miracle spasm tea' as a cure.")
    ]
    assert scan("miracle spasm teapot", config) == []


def test_phrase_rules_are_context_aware_like_builtins():
    config = EngineConfig(phrase_rules=(SNAKE_OIL,))
    assert scan("Is the miracle spasm tea any good?", config) == []
    assert scan("> miracle spasm tea\nThat is nonsense.", config) == []


def test_phrase_rules_can_be_disabled_and_reweighted():
    config = EngineConfig(
        phrase_rules=(SNAKE_OIL,), severity={"spasm-tea": 3}, disabled=frozenset()
    )
    assert [f.severity for f in scan("miracle spasm tea!", config)] == [3]
    off = EngineConfig(phrase_rules=(SNAKE_OIL,), disabled=frozenset({"spasm-tea"}))
    assert scan("miracle spasm tea!", off) == []


def test_check_examples_for_a_phrase_rule():
    assert check_examples(SNAKE_OIL, ["Buy the miracle spasm tea"], ["I like tea"]) == []
    problems = check_examples(SNAKE_OIL, ["spasm relief tea"], ["miracle spasm tea"])
    assert len(problems) == 2
    assert all("spasm-tea" in p for p in problems)


# --- configuration ---------------------------------------------------------------------


def test_disabled_rules_do_not_report():
    text = "Just go cold turkey."
    assert "stop-abruptly" in rules(text)
    assert "stop-abruptly" not in rules(text, EngineConfig(disabled=frozenset({"stop-abruptly"})))


def test_severity_overrides_apply_and_are_clamped():
    text = "Just go cold turkey."
    assert {f.severity for f in scan(text, EngineConfig(severity={"stop-abruptly": 1}))} == {1}
    assert {f.severity for f in scan(text, EngineConfig(severity={"stop-abruptly": 9}))} == {3}


def test_check_examples_reports_problems_and_unknown_rules():
    assert check_examples("stop-abruptly", ["Just go cold turkey."], ["Never go cold turkey."]) == []
    problems = check_examples("stop-abruptly", ["I love my cat."], ["Just go cold turkey."])
    assert len(problems) == 2
    assert check_examples("no-such-rule", ["x"], []) == ["Unknown rule 'no-such-rule'."]


def test_check_examples_ignores_the_rule_being_disabled():
    config = EngineConfig(disabled=frozenset({"stop-abruptly"}))
    assert check_examples("stop-abruptly", ["Just go cold turkey."], [], config) == []


# --- adversarial input -----------------------------------------------------------------


@contextmanager
def time_limit(seconds: int):
    """Fail (instead of hanging the suite) if the block runs for minutes: no timing assertion."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "SIGALRM"):
        yield
        return

    def _timeout(signum, frame):
        raise TimeoutError(f"scan did not finish within {seconds}s")

    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


ADVERSARIAL = {
    "50k same letter": "a" * 50_000,
    "20k letters then bang": "a" * 20_000 + "!",
    "50k spaces": " " * 50_000,
    "50k zero-width": "\u200b" * 50_000,
    "alternating zero-width": "a\u200b" * 25_000,
    "50k dots": "." * 50_000,
    "domain-like": "a." * 25_000 + "com",
    "digits": "1" * 50_000 + "mg",
    "leet soup": "b4c" * 15_000,
    "repeated trigger": "cold turkey " * 4_000,
    "repeated question": "is it safe to stop cold turkey? " * 1_500,
    "quotes": '"' * 30_000 + "cold turkey",
    "quote lines": "> " * 20_000 + "\n" + "just stop" * 1000,
    "no spaces words": "stopcoldturkeydoubleup" * 3_000,
    "newlines": "\n" * 50_000,
    "cyrillic": "аеосрху" * 7_000,
    "emoji": "💊" * 30_000,
    "spaces between words": ("stop" + " " * 500 + "cold" + " " * 500 + "turkey ") * 30,
    "mixed dose": "30 mg four times a day " * 2_000,
}


@pytest.mark.parametrize("name", sorted(ADVERSARIAL))
def test_adversarial_inputs_finish(name):
    with time_limit(120):
        findings = scan(ADVERSARIAL[name])
    for f in findings:
        assert 0 <= f.start < f.end <= len(ADVERSARIAL[name])


def _engine_patterns():
    import moderation.engine.context as context
    import moderation.engine.detectors as detectors
    import moderation.engine.normalize as normalize_module
    from moderation.engine.rules import RULES

    modules = [context, normalize_module]
    modules += [getattr(detectors, name) for name in ("abuse", "conspiracy", "dangerous", "dose")]
    modules += [getattr(detectors, name) for name in ("misinformation", "spam", "supervision")]
    patterns = []
    for module in modules:
        patterns += [v for v in vars(module).values() if isinstance(v, re.Pattern)]
    for rule in RULES:
        patterns += [p for p in (rule.pattern, rule.requires, rule.excludes) if p is not None]
    return patterns


def _repeats(parsed, inside_repeat=False):
    from re import _constants as c  # noqa: PLC2701

    for op, arg in parsed:
        if op in (c.MAX_REPEAT, c.MIN_REPEAT):
            low, high, sub = arg
            yield high, inside_repeat, sub
            yield from _repeats(sub, True)
        elif op == c.SUBPATTERN:
            yield from _repeats(arg[-1], inside_repeat)
        elif op == c.BRANCH:
            for branch in arg[1]:
                yield from _repeats(branch, inside_repeat)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            yield from _repeats(arg[1], inside_repeat)


def test_patterns_cannot_backtrack_catastrophically_by_construction():
    """Unbounded repetition only over a single character class, never nested in a repeat."""
    from re import _constants as c  # noqa: PLC2701
    from re import _parser  # noqa: PLC2701

    patterns = _engine_patterns()
    assert len(patterns) > 40
    for pattern in patterns:
        for high, nested, sub in _repeats(_parser.parse(pattern.pattern, pattern.flags)):
            if high == c.MAXREPEAT:
                assert not nested, pattern.pattern[:80]
                assert len(sub) == 1 and sub[0][0] in (c.IN, c.LITERAL, c.NOT_LITERAL, c.ANY), (
                    pattern.pattern[:80]
                )


# --- speed-ups that must not change a match ---------------------------------------------------


def _random_texts(tokens, count, seed):
    import random

    rng = random.Random(seed)
    for _ in range(count):
        yield "".join(rng.choice(tokens) for _ in range(rng.randint(1, 25)))


def test_grouped_alternations_match_exactly_like_plain_ones():
    from moderation.engine.fastregex import alt, factor

    options = ["stop", "stops", "stopping", "quit", "s", "st", "do not", "don't", "dont", "d"]
    plain = re.compile(r"\b(?:" + "|".join(options) + r")(?: it| them)?\b")
    grouped = re.compile(r"\b" + alt(*options) + r"(?: it| them)?\b")
    factored = re.compile(factor(plain.pattern))
    assert grouped.pattern != plain.pattern and factored.pattern != plain.pattern
    tokens = ["stop", "s", "t", "quit", " ", "it", "them", "do", "n't", "dont", " not", "ping", "."]
    for text in _random_texts(tokens, 3000, 1):
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in grouped.finditer(text)] == spans, text
        assert [m.span() for m in factored.finditer(text)] == spans, text


def test_windowed_dose_and_link_searches_find_what_a_full_search_finds():
    from moderation.engine.detectors import dose, spam

    tokens = ["mg", "mgs", "milligrams", "10", "2.5", "twenty five", "two", " x ", "of the ",
              " tablets", "tabs", " ", "-", ".", "\n", "omg", "www.", "https://", " dot ", "[.]",
              ".com", ".co.uk", "cheap-rx", "nhs.uk", "/", "anecdote", "site"]  # fmt: skip
    for text in _random_texts(tokens, 3000, 2):
        assert [m.span() for m in dose._dose_matches(text)] == [
            m.span() for m in dose._DOSE.finditer(text)
        ], text
        assert [m.span() for m in spam._url_matches(text)] == [
            m.span() for m in spam._URL.finditer(text)
        ], text


_FINDINGS_OF_CORPUS = """
import json, sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from moderation.engine import scan
paths = sorted(Path(sys.argv[1], "moderation", "corpus").glob("*.jsonl"))
texts = [json.loads(line)["text"] for path in paths for line in path.open(encoding="utf-8") if line.strip()]
print(json.dumps([[(f.rule, f.start, f.end) for f in scan(text)] for text in texts]))
"""


def _corpus_findings(switch: str, on: bool) -> str:
    """The findings of every corpus post, as JSON, from a fresh process with `switch` set."""
    import os
    import subprocess

    env = {**os.environ, switch: "1" if on else "0"}
    return subprocess.run(
        [sys.executable, "-c", _FINDINGS_OF_CORPUS, str(ROOT)],
        env=env, capture_output=True, text=True, check=True, timeout=300,
    ).stdout


def test_regrouped_patterns_find_exactly_what_the_patterns_as_written_find():
    """Every post of the corpus gets the same findings with and without the regex regrouping."""
    regrouped, as_written = (_corpus_findings("MODERATION_PLAIN_REGEX", on) for on in (False, True))
    assert len(regrouped) > 10_000
    assert regrouped == as_written


def test_keyword_gates_only_narrow_where_patterns_search():
    """Gates (a common leading word searched only beside a rarer one it needs) are necessary
    conditions: searching every sentence holding the leading words finds exactly the same."""
    gated, ungated = (_corpus_findings("MODERATION_NO_GATES", on) for on in (False, True))
    assert len(gated) > 10_000
    assert gated == ungated
