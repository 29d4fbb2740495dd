"""The rule type, the registry of built-in rules, moderator phrase rules, and the scanner.

A rule turns a `Doc` into candidate `Hit`s (a compiled pattern over the normalised text, or a
finder function for the ones that need arithmetic or several cues); `context.suppression` then
decides which candidates are cancelled by their context. Patterns use bounded repetition
(``{m,n}``); the few unbounded ones repeat a single character class and are never nested in
another repetition, so no input can make matching backtrack catastrophically
(tests/moderation/test_engine.py checks this, and feeds adversarial inputs).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import chain

from .context import Doc, KeywordIndex, suppression
from .model import CATEGORIES, DoseLimits, EngineConfig, Finding, PhraseRule, RuleInfo
from .normalize import normalize_phrase

# Which kinds of context cancel a candidate, per category (a rule may name its own set).
DEFAULT_SUPPRESS = {
    "dangerous_advice": frozenset(
        {"quote", "negation", "question", "rebuttal", "report", "hypothetical"}
    ),
    "misinformation": frozenset({"quote", "negation", "question", "rebuttal"}),
    "conspiracy": frozenset({"quote", "negation", "question", "rebuttal", "premise"}),
    "spam": frozenset({"quote"}),
    "abuse": frozenset({"quote", "negation", "premise", "rebuttal"}),
}


@dataclass(frozen=True)
class Hit:
    start: int
    end: int
    reason: str | None = None
    reference: str | None = None
    severity: int | None = None


Spans = list[tuple[int, int]]
Finder = Callable[[Doc, DoseLimits, Spans], Iterable[Hit]]


def iter_matches(pattern: re.Pattern[str], text: str, spans: Spans) -> Iterator[re.Match[str]]:
    """pattern.finditer over each span in turn. Spans come from `Doc.keyword_spans`: disjoint
    and in order, so matches never overlap and come out in order."""
    if len(spans) == 1:
        start, end = spans[0]
        return pattern.finditer(text, start, end)
    return chain.from_iterable(pattern.finditer(text, start, end) for start, end in spans)


@dataclass(frozen=True)
class Rule:
    code: str
    category: str
    severity: int
    description: str
    reason: str
    reference: str | None
    must_match: tuple[str, ...]
    must_not_match: tuple[str, ...]
    pattern: re.Pattern[str] | None = None
    finder: Finder | None = None
    # Run the rule only when the post contains one of these words, and only search the
    # sentences holding them (and the sentence after). Every match must contain a keyword.
    keywords: frozenset[str] = frozenset()
    # Extra conditions on a pattern match: `requires` must occur in its sentence or the one
    # before, `excludes` must not occur in its sentence, `reject_inside` must not occur in it.
    requires: re.Pattern[str] | None = None
    excludes: re.Pattern[str] | None = None
    reject_inside: re.Pattern[str] | None = None
    suppress: frozenset[str] | None = None
    # A finder that searches the whole post itself (keywords only decide whether it runs).
    whole_text: bool = False
    # Search the sentence after each keyword sentence too (a match may run past a sentence end).
    reach_next: bool = False
    # Also search sentences holding a word of every set of a gate (see Doc.keyword_spans): for
    # patterns whose only required word is common ("ms"), paired with a rarer one it needs.
    gates: tuple[tuple[frozenset[str], ...], ...] = ()
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        assert self.category in CATEGORIES, self.category
        assert (self.pattern is None) != (self.finder is None), self.code
        if self.suppress is None:
            object.__setattr__(self, "suppress", DEFAULT_SUPPRESS[self.category])

    @property
    def info(self) -> RuleInfo:
        return RuleInfo(
            code=self.code,
            category=self.category,
            severity=self.severity,
            description=self.description,
            must_match=self.must_match,
            must_not_match=self.must_not_match,
        )

    def candidates(self, doc: Doc, limits: DoseLimits) -> list[Hit]:
        if self.whole_text:
            if self.keywords and self.keywords.isdisjoint(doc.words):
                return []
            spans = []
        elif self.keywords:
            spans = doc.keyword_spans(self.keywords, self.reach_next, self.gates)
            if not spans:
                return []
        else:
            spans = [(0, len(doc.text))]
        if self.finder is not None:
            return list(self.finder(doc, limits, spans))
        text = doc.text
        hits = []
        reject_inside, requires, excludes = self.reject_inside, self.requires, self.excludes
        for m in iter_matches(self.pattern, text, spans):
            if reject_inside is not None and reject_inside.search(m.group()):
                continue
            if requires is not None or excludes is not None:
                start, end = doc.sentence(m.start())
                if requires is not None:
                    before = doc.sentence(start - 1)[0] if start > 0 else start
                    if not requires.search(text, before, end):
                        continue
                if excludes is not None and excludes.search(text, start, end):
                    continue
            hits.append(Hit(m.start(), m.end()))
        return hits


def compile_rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _builtin_rules() -> tuple[tuple[Rule, ...], frozenset[str]]:
    """The built-in rules, and the codes of those that are the learned model's."""
    from .detectors import ALL_RULES
    from .detectors.learned import MODEL_RULE_CODES

    codes = [rule.code for rule in ALL_RULES]
    assert len(codes) == len(set(codes)), "duplicate rule codes"
    return ALL_RULES, MODEL_RULE_CODES


# The learned model's rules (detectors/learned.py) only add what hand-written rules miss.
RULES, MODEL_RULE_CODES = _builtin_rules()
RULES_BY_CODE: dict[str, Rule] = {rule.code: rule for rule in RULES}
BUILTIN_RULES: tuple[RuleInfo, ...] = tuple(rule.info for rule in RULES)
# Every keyword of every built-in rule (moderator phrase rules have none).
VOCABULARY: frozenset[str] = frozenset().union(
    *(rule.keywords for rule in RULES),
    *(keywords for rule in RULES for gate in rule.gates for keywords in gate),
)


def _keyword_sets() -> Iterable[frozenset[str]]:
    """Every keyword set a built-in rule searches by: its own, and those its finder names
    (module-level sets of the detectors, alone or inside tuples such as abuse frames)."""
    import sys

    for rule in RULES:
        yield rule.keywords
        for gate in rule.gates:
            yield from gate

    def walk(value, depth):
        if isinstance(value, frozenset):
            if value and all(isinstance(word, str) for word in value):
                yield value
        elif isinstance(value, (tuple, list)) and depth < 3:
            for item in value:
                yield from walk(item, depth + 1)

    for name, module in list(sys.modules.items()):
        if name.startswith(__package__ + ".detectors"):
            for value in vars(module).values():
                yield from walk(value, 0)


KEYWORD_INDEX = KeywordIndex(_keyword_sets(), VOCABULARY)
# By identity: a moderator's phrase rule may reuse a built-in rule's code.
_KEYWORD_POSITION = {
    id(rule): KEYWORD_INDEX.position[rule.keywords] for rule in RULES if rule.keywords and not rule.gates
}
DEFAULT_CONFIG = EngineConfig()


@lru_cache(maxsize=512)
def compile_phrase_rule(phrase_rule: PhraseRule) -> Rule:
    """A moderator's phrase rule as an engine rule: literal phrases, word boundaries."""
    phrases = sorted({normalize_phrase(p) for p in phrase_rule.phrases if p.strip()}, key=len)
    if phrases:
        body = "|".join(re.escape(p) for p in reversed(phrases))
        pattern = re.compile(r"(?<![a-z0-9])(?:" + body + r")(?![a-z0-9])")
    else:
        pattern = re.compile(r"(?!)")
    category = phrase_rule.category if phrase_rule.category in CATEGORIES else "spam"
    return Rule(
        code=phrase_rule.code,
        category=category,
        severity=phrase_rule.severity,
        description=phrase_rule.reason,
        reason=phrase_rule.reason,
        reference=phrase_rule.reference,
        must_match=(),
        must_not_match=(),
        pattern=pattern,
    )


def _clamp(severity: int) -> int:
    return min(3, max(1, int(severity)))


def _scan_rules(doc: Doc, rules: Iterable[Rule], config: EngineConfig) -> list[Finding]:
    findings = []
    limits = config.dose_limits
    # A rule whose keywords the post lacks finds nothing: skip it without a call.
    set_masks = doc.set_masks
    found_categories = set()
    for rule in rules:
        position = _KEYWORD_POSITION.get(id(rule))
        if position is not None and not set_masks[position]:
            continue
        # The model rules run last and only add what the rules missed (see scan): no need to
        # score and explain a category a rule has already found.
        if rule.category in found_categories and rule.code in MODEL_RULE_CODES:
            continue
        severity = config.severity.get(rule.code)
        for hit in rule.candidates(doc, limits):
            if suppression(doc, hit.start, hit.end, rule.suppress):
                continue
            start, end = doc.norm.source_span(hit.start, hit.end)
            findings.append(
                Finding(
                    category=rule.category,
                    rule=rule.code,
                    severity=_clamp(severity if severity is not None else (hit.severity or rule.severity)),
                    start=start,
                    end=end,
                    reason=hit.reason or rule.reason,
                    reference=hit.reference if hit.reference is not None else rule.reference,
                )
            )
            if rule.code not in _SPAM_SHADOWED:  # may still be dropped for a spam finding
                found_categories.add(rule.category)
    return findings


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """At most one finding per rule and overlapping span (the earliest, longest wins)."""
    kept: list[Finding] = []
    last_end: dict[str, int] = {}
    for finding in sorted(findings, key=lambda f: (f.rule, f.start, -f.end)):
        if finding.start < last_end.get(finding.rule, -1):
            continue
        kept.append(finding)
        last_end[finding.rule] = max(finding.end, finding.start + 1)
    kept.sort(key=lambda f: (f.start, f.end, f.rule))
    return kept


# A dangerous-advice rule that a spam advert also trips: the advert is reported as spam only.
_SPAM_SHADOWED = frozenset({"no-prescription-advice"})


def scan(text: str, config: EngineConfig | None = None) -> list[Finding]:
    """Scan a post's Markdown source; findings are sorted by start offset."""
    config = config or DEFAULT_CONFIG
    if not text:
        return []
    doc = Doc(text, KEYWORD_INDEX)
    disabled = config.disabled
    rules = [rule for rule in RULES if rule.code not in disabled]
    rules.extend(
        compile_phrase_rule(p) for p in config.phrase_rules if p.code not in disabled
    )
    findings = _scan_rules(doc, rules, config)
    if findings:
        if any(f.category == "spam" and f.rule not in MODEL_RULE_CODES for f in findings):
            findings = [f for f in findings if f.rule not in _SPAM_SHADOWED]
        # The learned model only adds what the rules missed: where a hand-written rule flagged
        # the same category, moderators see that rule's precise span and reason, not a score.
        ruled = {f.category for f in findings if f.rule not in MODEL_RULE_CODES}
        findings = [f for f in findings if f.rule not in MODEL_RULE_CODES or f.category not in ruled]
    return _dedupe(findings)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def check_examples(
    rule_code_or_phrase_rule: str | PhraseRule | RuleInfo,
    must_match: Iterable[str],
    must_not_match: Iterable[str],
    config: EngineConfig | None = None,
) -> list[str]:
    """Human-readable problems with a rule's examples ([] when every example behaves)."""
    config = config or DEFAULT_CONFIG
    rule = rule_code_or_phrase_rule
    if isinstance(rule, PhraseRule):
        code = rule.code
        others = tuple(p for p in config.phrase_rules if p.code != code)
        config = replace(config, phrase_rules=(*others, rule))
        if not any(p.strip() for p in rule.phrases):
            return [f"Rule {code!r} has no phrases."]
    else:
        code = rule.code if isinstance(rule, RuleInfo) else str(rule)
        if code not in RULES_BY_CODE and not any(p.code == code for p in config.phrase_rules):
            return [f"Unknown rule {code!r}."]
    config = replace(config, disabled=frozenset(config.disabled - {code}))
    problems = []
    for example in must_match:
        if not any(f.rule == code for f in scan(example, config)):
            problems.append(f"Rule {code!r} does not flag an example it must match: {_short(example)!r}")
    for example in must_not_match:
        if any(f.rule == code for f in scan(example, config)):
            problems.append(f"Rule {code!r} flags an example it must not match: {_short(example)!r}")
    return problems
