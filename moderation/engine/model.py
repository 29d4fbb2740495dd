"""Public value types of the moderation engine (no Django, standard library only)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

CATEGORIES = ("dangerous_advice", "misinformation", "conspiracy", "spam", "abuse")

REFERENCE_KEYS = (
    "starting-dose",
    "titration",
    "oral-maximum",
    "no-abrupt-stop",
    "withdrawal-symptoms",
    "missed-dose",
    "interactions",
    "overdose-signs",
    "kidney-dosing",
)


@dataclass(frozen=True)
class Finding:
    category: str
    rule: str
    severity: int
    start: int
    end: int
    reason: str
    reference: str | None


@dataclass(frozen=True)
class RuleInfo:
    code: str
    category: str
    severity: int
    description: str
    must_match: tuple[str, ...]
    must_not_match: tuple[str, ...]


@dataclass(frozen=True)
class PhraseRule:
    code: str
    category: str
    severity: int
    phrases: tuple[str, ...]
    reason: str
    reference: str | None = None


@dataclass(frozen=True)
class DoseLimits:
    max_daily_mg: float = 80
    usual_start_mg: float = 5


def _empty_mapping() -> Mapping[str, int]:
    return MappingProxyType({})


@dataclass(frozen=True)
class EngineConfig:
    disabled: frozenset[str] = frozenset()
    severity: Mapping[str, int] = field(default_factory=_empty_mapping)
    phrase_rules: tuple[PhraseRule, ...] = ()
    dose_limits: DoseLimits = DoseLimits()
