"""Near-duplicate merging, disputed subjects, and "listed by N documents" summaries.

* Near-identical statements on one page become one statement with several sources (normalised
  token Jaccard similarity; very short items must match exactly).
* Disputed subjects are declared (a subject pattern and the stances a statement can take);
  every statement on a subject is grouped under its stance, so disagreements are shown side by
  side with their sources instead of one being picked silently.
* Consensus lists count, per term (drowsiness, dizziness, ...), which documents list it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from .topics import Passage, statement_key

SIMILARITY_THRESHOLD = 0.6
SHORT = 3  # statements of at most this many words must match exactly, on the same page
STOPWORDS = frozenset(
    "a an and are as at be been being but by can could do does for from has have how if in into "
    "is it its it's may might more most of on or so such than that the their them these they "
    "this those to was were what when which while who will with you your also some any".split()
)


@lru_cache(maxsize=8192)
def tokens(text: str) -> frozenset[str]:
    words = re.findall(r"[a-z0-9]+", text.lower().replace("’", "'"))
    return frozenset(_stem(word) for word in words if word not in STOPWORDS)


def _stem(word: str) -> str:
    for suffix in ("ies", "es", "s"):
        if len(word) > 4 and word.endswith(suffix):
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


def similarity(a: str, b: str) -> float:
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return 1.0 if a.strip().lower() == b.strip().lower() else 0.0
    return len(ta & tb) / len(ta | tb)


def _family(kind: str) -> str:
    return {"faq": "faq", "table_row": "table"}.get(kind, "text")


def _compared_text(passage: Passage) -> str:
    return passage.data.get("question", passage.text) if passage.kind == "faq" else passage.text


def near_duplicates(a: Passage, b: Passage) -> bool:
    if _family(a.kind) != _family(b.kind):
        return False
    ta, tb = tokens(_compared_text(a)), tokens(_compared_text(b))
    if min(len(ta), len(tb)) <= SHORT:
        # "Seizures" as a side effect and "Seizures" as an overdose sign are different facts.
        return ta == tb and bool(ta) and (a.topic, a.section) == (b.topic, b.section)
    return len(ta & tb) / len(ta | tb) >= SIMILARITY_THRESHOLD


@dataclass
class MergedStatement:
    """One statement on a page and every passage (from any document) that states it."""

    topic: str
    section: str
    passages: list[Passage] = field(default_factory=list)

    @property
    def first(self) -> Passage:
        return self.passages[0]

    @property
    def key(self) -> str:
        return statement_key(self.first.kind, self.first.text)

    @property
    def kind(self) -> str:
        return self.first.kind

    @property
    def text(self) -> str:
        return self.first.text

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(p.document for p in self.passages))

    @property
    def sort_key(self) -> str:
        return f"{self.first.document}:{self.first.position:05d}"

    @property
    def dispute(self) -> tuple[str, str] | None:
        return classify_dispute(self.text if self.kind != "faq" else self.first.data["answer"])


def merge_passages(passages: Iterable[Passage]) -> list[MergedStatement]:
    """Merge near-identical passages, in document order; the first one decides the page.

    FAQ pairs merge with FAQ pairs (by question), table rows with table rows, the rest with
    each other, across pages when they are long enough to be the same statement.
    """
    statements: list[MergedStatement] = []
    for passage in sorted(passages, key=lambda p: (p.document, p.position)):
        for statement in statements:
            if near_duplicates(passage, statement.first):
                statement.passages.append(passage)
                break
        else:
            statements.append(MergedStatement(passage.topic, passage.section, [passage]))
    return statements


def merged_counts(statements: Sequence[MergedStatement]) -> dict[str, int]:
    """Per document: passages folded into a statement first stated elsewhere (or earlier)."""
    counts: dict[str, int] = {}
    for statement in statements:
        for passage in statement.passages[1:]:
            counts[passage.document] = counts.get(passage.document, 0) + 1
    return counts


# -- Disputed subjects ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Stance:
    slug: str
    label: str
    rule: re.Pattern[str]


@dataclass(frozen=True)
class Dispute:
    key: str  # also the section slug/anchor on its page
    topic: str
    heading: str
    subject: re.Pattern[str]
    stances: tuple[Stance, ...]
    after: str = ""  # the page section this comparison follows


def _stance(slug: str, label: str, pattern: str) -> Stance:
    return Stance(slug, label, re.compile(pattern, re.I))


DISPUTES: tuple[Dispute, ...] = (
    Dispute(
        "gaba-receptors", "what-is-baclofen", "How baclofen relates to GABA receptors",
        re.compile(r"\bGABA\b|gamma-aminobutyric"),
        (
            _stance("not-directly", "Related to GABA, but does not act on GABA receptors the "
                    "way GABA does", r"not work on GABA receptors directly|structurally related"),
            _stance("gaba-b", "Acts on GABA-B receptors", r"GABA-B"),
            _stance("gaba-receptors", "Acts on (or mimics) GABA at GABA receptors",
                    r"mimick|binds to GABA receptors|acts on the .{0,40}GABA\)? receptors"
                    r"|affecting the neurotransmitters"),
        ),
        after="how-it-works",
    ),
    Dispute(
        "pain-relief", "uses", "Does baclofen relieve pain?",
        re.compile(r"\bpain(ful|killer)?\b", re.I),
        (
            _stance("not-a-painkiller", "Not a painkiller; may ease pain indirectly",
                    r"not a painkiller|indirectly"),
            _stance("blocks-pain-signals", "Blocks nerve impulses (pain sensations)",
                    r"pain sensations"),
            _stance("relieves-pain", "Reduces or relieves pain",
                    r"(reduc\w*|reliev\w*|less|relief|manag\w*)\b.{0,60}\bpain\b"),
        ),
        after="what-it-can-do",
    ),
)
DISPUTES_BY_KEY = {dispute.key: dispute for dispute in DISPUTES}


def classify_dispute(text: str) -> tuple[str, str] | None:
    """(dispute key, stance slug) if the text takes a position on a disputed subject."""
    for dispute in DISPUTES:
        if not dispute.subject.search(text):
            continue
        for stance in dispute.stances:
            if stance.rule.search(text):
                return dispute.key, stance.slug
    return None


# -- "Listed by N documents" ---------------------------------------------------------------------

@dataclass(frozen=True)
class ConsensusList:
    topic: str
    section: str
    caption: str
    terms: tuple[tuple[str, re.Pattern[str]], ...]


def _terms(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((label, re.compile(pattern, re.I)) for label, pattern in pairs)


CONSENSUS: tuple[ConsensusList, ...] = (
    ConsensusList("side-effects", "common-side-effects", "Common side effects, by document", _terms(
        ("Drowsiness", r"drows|sleepiness"), ("Dizziness", r"dizz"),
        ("Weakness", r"weakness"), ("Tiredness or fatigue", r"fatigue|tiredness"),
        ("Headache", r"headache"), ("Nausea", r"nausea"), ("Constipation", r"constipation"),
        ("Trouble sleeping (insomnia)", r"insomnia|trouble sleeping"))),
    ConsensusList("side-effects", "serious-side-effects", "Serious side effects, by document",
                  _terms(("Seizures", r"seizure"), ("Hallucinations", r"hallucinat"),
                         ("Psychosis", r"psychosis"), ("Allergic reactions", r"allerg"),
                         ("Breathing problems", r"respiratory|breathing"))),
    ConsensusList("stopping-and-withdrawal", "withdrawal-symptoms",
                  "Withdrawal symptoms, by document", _terms(
                      ("Seizures", r"seizure"), ("Hallucinations", r"hallucinat"),
                      ("Confusion or delirium", r"confusion|delirium"),
                      ("Agitation", r"agitation"),
                      ("Rebound or increased spasticity", r"(rebound|increased) spasticity"),
                      ("High fever", r"fever"), ("Rapid heartbeat", r"rapid heartbeat"))),
    ConsensusList("overdose", "overdose-signs", "Signs of overdose, by document", _terms(
        ("Vomiting", r"vomit"), ("Severe drowsiness", r"drows"),
        ("Slow or shallow breathing", r"respiratory depression|slow/shallow breathing"),
        ("Seizures", r"seizure"), ("Coma", r"\bcoma\b"), ("Hallucinations", r"hallucinat"),
        ("Slow heart rate", r"bradycardia|slow heart"))),
)


def consensus_for(topic: str, section: str) -> ConsensusList | None:
    return next((c for c in CONSENSUS if c.topic == topic and c.section == section), None)


def consensus(spec: ConsensusList, statements: Iterable[tuple[str, Sequence[str]]]
              ) -> list[tuple[str, list[str]]]:
    """[(term, sources listing it)], most widely listed first; statements are (text, sources)."""
    found: dict[str, list[str]] = {}
    items = list(statements)
    for label, rule in spec.terms:
        for text, sources in items:
            if rule.search(text):
                for source in sources:
                    if source not in found.setdefault(label, []):
                        found[label].append(source)
    order = [label for label, _ in spec.terms]
    return sorted(((label, found[label]) for label in order if found.get(label)),
                  key=lambda pair: (-len(pair[1]), order.index(pair[0])))
