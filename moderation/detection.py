"""Glue between the database and the detection engine.

The engine (moderation.engine) is pure: text in, findings out. This module builds its
configuration from the Rule rows and the reference facts, and adds the behavioural spam signals
that need the database (a new account posting links, the same text in several threads).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from django.utils import timezone

from moderation.models import Rule

# Behavioural rules live in the Rule table like the others (kind=behaviour) so moderators can
# disable them or change their severity; these are their defaults.
NEW_ACCOUNT_LINKS = "new-account-links"
DUPLICATE_TEXT = "duplicate-text"
BEHAVIOUR_RULES = {
    NEW_ACCOUNT_LINKS: {
        "category": "spam",
        "severity": 2,
        "description": "A new account posts links in one of its first posts.",
        "reason": "A new account posted links in one of its first posts.",
    },
    DUPLICATE_TEXT: {
        "category": "spam",
        "severity": 2,
        "description": "The same text is posted by one member in several threads.",
        "reason": "The same text was posted by this member in several threads.",
    },
}
NEW_ACCOUNT_DAYS = 30
FIRST_POSTS = 3
DUPLICATE_WINDOW_DAYS = 14
DUPLICATE_MIN_CHARS = 40
LINK_RE = re.compile(r"\bhttps?://[^\s<>()\[\]]+|\bwww\.[^\s<>()\[\]]+", re.IGNORECASE)


def _engine():
    # Imported when first needed, so the site (and its URLconf) loads even without the engine.
    from moderation import engine

    return engine


@dataclass(frozen=True)
class DetectionContext:
    """Everything a scan needs from the database, read once (a rescan shares one)."""

    config: object  # moderation.engine.EngineConfig
    rules: Mapping[str, Rule] = field(default_factory=dict)
    facts: Mapping[str, object] = field(default_factory=dict)

    def rule_enabled(self, code: str) -> bool:
        row = self.rules.get(code)
        return row.enabled if row is not None else True

    def rule_severity(self, code: str, default: int) -> int:
        row = self.rules.get(code)
        return row.severity if row is not None else default


def builtin_rules() -> list:
    """The engine's built-in rules as RuleInfo objects, whatever container the engine uses."""
    rules = _engine().BUILTIN_RULES
    if isinstance(rules, Mapping):
        rules = rules.values()
    return list(rules)


def reference_facts() -> dict:
    """Reference facts by key; {} until the reference import has run (or if the app is absent)."""
    try:
        from reference.selectors import facts_by_key
    except ImportError:
        return {}
    return dict(facts_by_key())


def phrase_rule(row: Rule):
    return _engine().PhraseRule(
        code=row.code,
        category=row.category,
        severity=row.severity,
        phrases=Rule.lines(row.phrases),
        reason=row.reason or row.description or f"Matches the phrase list “{row.code}”.",
        reference=row.reference or None,
    )


def _fact_number(facts: Mapping, key: str, default: float) -> float:
    fact = facts.get(key)
    value = getattr(fact, "value", None)
    try:
        return float(value) if value is not None else default
    except (TypeError, ValueError):
        return default


def engine_config(rules: Mapping[str, Rule], facts: Mapping[str, object]):
    builtin_codes = {info.code for info in builtin_rules()}
    disabled = frozenset(code for code, row in rules.items() if not row.enabled)
    severity = {
        code: row.severity for code, row in rules.items() if row.kind == Rule.Kind.BUILTIN
        and code in builtin_codes
    }
    phrase_rules = tuple(
        phrase_rule(row) for row in rules.values()
        if row.kind == Rule.Kind.PHRASE and row.enabled and Rule.lines(row.phrases)
    )
    defaults = _engine().DoseLimits()
    limits = _engine().DoseLimits(
        max_daily_mg=_fact_number(facts, "oral-maximum", defaults.max_daily_mg),
        usual_start_mg=_fact_number(facts, "starting-dose", defaults.usual_start_mg),
    )
    return _engine().EngineConfig(
        disabled=disabled, severity=severity, phrase_rules=phrase_rules, dose_limits=limits
    )


def load_context() -> DetectionContext:
    rules = {row.code: row for row in Rule.objects.all()}
    facts = reference_facts()
    return DetectionContext(config=engine_config(rules, facts), rules=rules, facts=facts)


def scan_text(text: str, context: DetectionContext | None = None) -> list:
    """The engine's findings for a text (what `moderation_scan` reports): no behaviour signals."""
    context = context or load_context()
    return list(_engine().scan(text, context.config))


def scan_post(post, context: DetectionContext | None = None) -> list:
    """Engine findings plus behavioural spam signals for a saved post."""
    context = context or load_context()
    return scan_text(post.body, context) + behaviour_findings(post, context)


def _finding(code: str, context: DetectionContext, start: int, end: int):
    spec = BEHAVIOUR_RULES[code]
    row = context.rules.get(code)
    return _engine().Finding(
        category=spec["category"],
        rule=code,
        severity=context.rule_severity(code, spec["severity"]),
        start=start,
        end=end,
        reason=(row.reason if row is not None and row.reason else spec["reason"]),
        reference=None,
    )


def _normalised(text: str) -> str:
    return " ".join(text.casefold().split())


def behaviour_findings(post, context: DetectionContext) -> list:
    from forum.models import Post

    findings = []
    author = post.author
    if author is None:
        return findings
    if context.rule_enabled(NEW_ACCOUNT_LINKS):
        links = list(LINK_RE.finditer(post.body))
        if links and author.date_joined >= timezone.now() - timedelta(days=NEW_ACCOUNT_DAYS):
            earlier = Post.objects.filter(author=author, created_at__lt=post.created_at)
            if earlier.count() < FIRST_POSTS:
                findings += [_finding(NEW_ACCOUNT_LINKS, context, m.start(), m.end())
                             for m in links]
    if context.rule_enabled(DUPLICATE_TEXT):
        text = _normalised(post.body)
        if len(text) >= DUPLICATE_MIN_CHARS:
            since = timezone.now() - timedelta(days=DUPLICATE_WINDOW_DAYS)
            others = (
                Post.objects.filter(author=author, created_at__gte=since)
                .exclude(pk=post.pk)
                .exclude(thread_id=post.thread_id)
                .values_list("body", flat=True)[:200]
            )
            if any(_normalised(body) == text for body in others):
                findings.append(_finding(DUPLICATE_TEXT, context, 0, len(post.body)))
    return findings


def fact_link(key: str | None, facts: Mapping[str, object]) -> tuple[str, str] | None:
    """(url, label) of a reference fact, or None while the reference section lacks it."""
    if not key:
        return None
    fact = facts.get(key)
    if fact is None:
        return None
    try:
        url = fact.get_absolute_url()
    except Exception:  # a half-imported fact must not break the queue page
        return None
    label = getattr(fact, "summary", "") or key
    return url, label
