"""Moderation detection engine: pure Python, standard library only, no Django.

    from moderation.engine import scan, EngineConfig
    findings = scan(post_markdown, EngineConfig(disabled=frozenset({"skip-doses"})))

`scan` returns `Finding`s whose offsets point into the text it was given. See
moderation/engine/context.py for how context (negation, questions, quotes, first-person
reports, hypotheticals) cancels candidate matches, and moderation/corpus/README.md for how the
rules were measured.
"""

from .model import (
    CATEGORIES,
    REFERENCE_KEYS,
    DoseLimits,
    EngineConfig,
    Finding,
    PhraseRule,
    RuleInfo,
)
from .rules import BUILTIN_RULES, check_examples, scan

__all__ = [
    "BUILTIN_RULES",
    "CATEGORIES",
    "REFERENCE_KEYS",
    "DoseLimits",
    "EngineConfig",
    "Finding",
    "PhraseRule",
    "RuleInfo",
    "check_examples",
    "scan",
]
