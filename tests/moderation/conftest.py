"""Fixtures for the moderation tests.

Most tests drive the pipeline with a small, predictable fake engine (`fake_engine`), so they
specify what moderation does with findings, whatever the real engine's rules say. Tests that
check the real engine end to end (the cold-turkey post, the demo thread) say so in their names.
"""

import re
from dataclasses import dataclass

import pytest
from factories import make_member, make_moderator

from moderation import detection, services

# phrase -> (category, rule, severity, reference)
FAKE_RULES = {
    "cold turkey": ("dangerous_advice", "abrupt-stop-advice", 3, "no-abrupt-stop"),
    "double your dose": ("dangerous_advice", "dose-escalation", 2, "titration"),
    "big pharma": ("conspiracy", "pharma-conspiracy", 2, None),
    "cures ms": ("misinformation", "cure-claim", 2, None),
    "buy cheap": ("spam", "pharmacy-spam", 2, None),
    "idiot": ("abuse", "insult", 1, None),
    "like and subscribe": ("spam", "model-spam", 1, None),  # the learned model's guess
}


def fake_findings(text: str, config=None) -> list:
    from moderation.engine.model import Finding

    found = []
    for phrase, (category, rule, severity, reference) in FAKE_RULES.items():
        if config is not None and rule in getattr(config, "disabled", ()):
            continue
        for match in re.finditer(re.escape(phrase), text, re.IGNORECASE):
            found.append(Finding(category, rule, severity, match.start(), match.end(),
                                 f"The post matches “{phrase}”.", reference))
    return found


@pytest.fixture
def fake_engine(monkeypatch):
    """Replace the engine's text scan with FAKE_RULES; behavioural signals stay real."""
    monkeypatch.setattr(
        detection, "scan_text",
        lambda text, context=None: fake_findings(text, getattr(context, "config", None)),
    )
    monkeypatch.setattr(detection, "engine_config", lambda rules, facts: _FakeConfig(
        frozenset(code for code, row in rules.items() if not row.enabled)
    ))


@dataclass(frozen=True)
class _FakeConfig:
    disabled: frozenset


@dataclass
class FakeFact:
    key: str
    summary: str
    value: float | None = None

    def get_absolute_url(self):
        return f"/reference/withdrawal/#fact-{self.key}"


@pytest.fixture
def fake_facts(monkeypatch):
    facts = {
        "no-abrupt-stop": FakeFact("no-abrupt-stop", "Do not stop baclofen suddenly"),
        "titration": FakeFact("titration", "Doses are raised slowly"),
    }
    monkeypatch.setattr(detection, "reference_facts", lambda: facts)
    return facts


@pytest.fixture
def member(db):
    return make_member("alice")


@pytest.fixture
def other_member(db):
    return make_member("bob")


@pytest.fixture
def moderator(db):
    return make_moderator("mod_maria")


@pytest.fixture
def second_moderator(db):
    return make_moderator("mod_nils")


def _scan(post):
    post.refresh_from_db()
    return services.post_scan(post_id=post.pk, revision=post.revision)


@pytest.fixture
def scan():
    """Scan a post's current revision, as the task does."""
    return _scan
