"""Model rules: the learned text classifier (engine/learned.py), one rule per category.

They flag what the hand-written rules miss: a post whose model score for a category is over the
category's threshold, when no rule of that category matched (rules.scan drops a model finding
otherwise). The finding covers the sentence that weighs most, and its reason names the words
behind the score. They are low severity (1): a model's guess is a prompt for a moderator's
review, so a "hold when severe" policy only flags. (A category whose policy is plain "hold", like
spam by default, still holds on any finding, these included.)

The five rules share one scoring of the post (cached in `doc.memo`).
"""

from __future__ import annotations

from collections.abc import Iterator

from ..context import Doc
from ..learned import text_model
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans

_MEMO_KEY = ("text-model-flags",)
# Not the poster's claim: someone else's words, a question ("is it true that ...?"), a sentence
# rebutted by the next ("... That's a myth."). The finding starts at its sentence, so the
# contexts that look at words just before a match (negation, reported speech) cannot apply.
_SUPPRESS = frozenset({"quote", "question", "rebuttal"})
_LABELS = {
    "dangerous_advice": "dangerous advice",
    "misinformation": "misinformation",
    "conspiracy": "conspiracy theory",
    "spam": "spam",
    "abuse": "abuse",
}


def _flags(doc: Doc) -> dict[str, float]:
    flags = doc.memo.get(_MEMO_KEY)
    if flags is None:
        flags = doc.memo[_MEMO_KEY] = text_model().flags(doc.text)
    return flags


def _sentences(doc: Doc) -> Iterator[tuple[int, int]]:
    """The post's sentences as the engine's context checks see them (Doc.sentence, which cuts
    a sentence longer than SENTENCE_REACH characters into pieces)."""
    position, length = 0, len(doc.text)
    while position < length:
        start, end = doc.sentence(position)
        yield start, end
        position = end


def _finder(category: str):
    label = _LABELS[category]

    def find(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
        score = _flags(doc).get(category)
        if score is None:
            return []
        explanation = text_model().explain(doc.text, category, _sentences(doc))
        if explanation.start == explanation.end:
            return []
        words = ", ".join(f"'{word}'" for word in explanation.words)
        reason = (
            f"No {label} rule matched, but this reads like posts moderators flag as {label} "
            f"(model score {score:.2f}; words weighing most: {words})."
        )
        return [Hit(explanation.start, explanation.end, reason=reason)]

    return find


def _model_rule(category: str, must_match: tuple[str, ...], must_not_match: tuple[str, ...]) -> Rule:
    label = _LABELS[category]
    return Rule(
        code="model-" + category.replace("_", "-"),
        category=category,
        severity=1,
        description=(
            f"Learned text model: the post reads like those labelled {label}, and no {label} rule "
            "matched. Low severity, for review; retrained by scripts/train_text_model.py."
        ),
        reason=f"No {label} rule matched, but this reads like posts moderators flag as {label}.",
        reference=None,
        must_match=must_match,
        must_not_match=must_not_match,
        finder=_finder(category),
        whole_text=True,
        suppress=_SUPPRESS,
    )


# Examples the rules miss. Not flagged: the same words asked about, or quoted, and everyday posts.
MODEL_DANGEROUS_ADVICE = _model_rule(
    "dangerous_advice",
    must_match=(
        "My brother always has extra baclofen at the end of the month, so we just split a bottle. "
        "Saves me the copay and a GP appointment.",
    ),
    must_not_match=(
        "Does anyone split a bottle of baclofen with a family member to save the copay and a GP "
        "appointment?",
        "> My brother always has extra baclofen at the end of the month, so we just split a bottle.",
        "My brother and I both take baclofen, each with our own prescription from the same GP.",
    ),
)
MODEL_MISINFORMATION = _model_rule(
    "misinformation",
    must_match=("Baclofen is made from poppy extract, it's basically a mild opium.",),
    must_not_match=(
        "Anyone know if kids grow out of needing baclofen by age 12 when the brain rewires itself?",
        "> Kids grow out of needing baclofen by age 12 when the brain rewires itself.",
        "My son has been on baclofen since he was 4 and his neuro reviews the dose every year.",
    ),
)
MODEL_CONSPIRACY = _model_rule(
    "conspiracy",
    must_match=(
        "Funny how the same company that makes baclofen also makes the MS drugs. Keep them stiff, "
        "keep them buying.",
    ),
    must_not_match=(
        "Isn't it odd that the same company that makes baclofen also makes the MS drugs? Keep them "
        "stiff, keep them buying?",
        "> Funny how the same company that makes baclofen also makes the MS drugs. Keep them stiff, "
        "keep them buying.",
        "The same company makes my baclofen and my MS drug, which at least keeps the pharmacy order simple.",
    ),
)
MODEL_SPAM = _model_rule(
    "spam",
    must_match=(
        "Check out my YouTube channel, new video every week, like and subscribe, link in my profile.",
    ),
    must_not_match=(
        "Has anyone seen a YouTube channel with a new video every week on living with spasticity?",
        "> Check out my YouTube channel, new video every week, like and subscribe, link in my profile.",
        "I watched a YouTube video on stretching for spasticity and it helped a bit.",
    ),
)
MODEL_ABUSE = _model_rule(
    "abuse",
    must_match=(
        "Every thread you post in gets dumber. Please just stop typing.",
        "Go back to the parents group, this board is for adults.",
    ),
    must_not_match=(
        "Is this board only for adults, or can parents of kids on baclofen post here too?",
        "> Every thread you post in gets dumber. Please just stop typing.",
        "Thanks everyone, this board has been so helpful for our family.",
    ),
)

RULES = (MODEL_DANGEROUS_ADVICE, MODEL_MISINFORMATION, MODEL_CONSPIRACY, MODEL_SPAM, MODEL_ABUSE)
MODEL_RULE_CODES = frozenset(rule.code for rule in RULES)
