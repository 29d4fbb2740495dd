"""Key facts for moderation, found in the imported text by patterns (never typed in).

Each rule says how to recognise the passages that state a fact, and (where the fact is a number)
how to read the number from them. A fact whose required passages cannot be found is missing:
the importer reports it and the test suite fails.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from .topics import Passage

NUMBER_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "ten": 10, "thirty": 30,
                "forty": 40, "sixty": 60, "eighty": 80}


def _rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.I)


@dataclass(frozen=True)
class FactRule:
    key: str
    summary: str  # may contain {terms}: the vocabulary terms found, joined
    evidence: tuple[re.Pattern[str], ...]  # a passage matching any of these states the fact
    required: tuple[re.Pattern[str], ...] = ()  # each must be matched by some evidence passage
    value: re.Pattern[str] | None = None  # group 1 is the number
    unit: str = ""
    prefer_topic: str = ""
    sections: tuple[tuple[str, str], ...] = ()  # passages in these sections are evidence too
    vocabulary: tuple[tuple[str, re.Pattern[str]], ...] = ()
    required_terms: tuple[str, ...] = ()
    primary: re.Pattern[str] | None = None  # which evidence passage the fact points at


@dataclass
class FactFinding:
    key: str
    summary: str
    passages: list[Passage]
    value: Decimal | None = None
    unit: str = ""
    terms: list[str] = field(default_factory=list)

    @property
    def primary(self) -> Passage:
        return self.passages[0]

    @property
    def documents(self) -> list[str]:
        return list(dict.fromkeys(p.document for p in self.passages))


def _vocab(*pairs: tuple[str, str]) -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((label, _rx(pattern)) for label, pattern in pairs)


NEVER_STOP = _rx(r"\b(do not|don't|never)\b.{0,20}\bstop\b.{0,30}\b(suddenly|abruptly)"
                 r"|avoid abrupt withdrawal")
TAPER = _rx(r"\btaper\w*\b.{0,50}\b(medical supervision|gradually)|lower (your|the) dose "
            r"(gradually|slowly)")
EMERGENCY = _rx(r"seek (emergency )?medical help immediately|call emergency services"
                r"|seek emergency")
OVERDOSE_SIGNS = _rx(r"(symptoms|signs) of (an )?overdose|overdose signs"
                     r"|overdose\b.{0,40}\bmay cause")
INTERACTING = _vocab(
    ("alcohol", r"\balcohol\b"), ("opioids", r"\bopioids?\b"),
    ("benzodiazepines", r"benzodiazepines?"), ("sleep aids", r"sleep aids?|zolpidem"),
    ("other sedatives and CNS depressants",
     r"\bsedatives\b|CNS depressants|central nervous system depressants"),
    ("antihypertensives", r"antihypertensives?|beta-blockers|ACE inhibitors"),
    ("antidepressants", r"antidepressants?|SSRIs"), ("MAO inhibitors", r"MAO inhibitors"),
    ("herbal supplements", r"herbal supplements?|valerian|kava"),
)

FACT_RULES: tuple[FactRule, ...] = (
    FactRule(
        "starting-dose", "The usual oral starting dose is 5 mg three times a day.",
        (_rx(r"start\w*( dose| doses)?\b.{0,40}?\b\d+\s*mg\b.{0,15}\b(3|three) times "
             r"(a day|daily)"),),
        value=_rx(r"\b(\d+)\s*mg\b"), unit="mg three times a day", prefer_topic="dosage"),
    FactRule(
        "titration", "The dose is increased gradually, every 3 days, under medical supervision.",
        (_rx(r"every (\d+|few|three) days"),),
        required=(_rx(r"every (\d+|three) days"),),
        value=_rx(r"every (\d+|three) days"), unit="days", prefer_topic="dosage"),
    FactRule(
        "oral-maximum", "The usual oral maximum is 80 mg a day.",
        (_rx(r"maximum of \d+ ?mg ?(/|a |per )?day"), _rx(r"\b(80|eighty) (mg|milligrams)\b")),
        required=(_rx(r"maximum of \d+ ?mg"),),
        value=_rx(r"maximum of (\d+) ?mg"), unit="mg/day", prefer_topic="dosage"),
    FactRule(
        "no-abrupt-stop",
        "Never stop baclofen abruptly: the dose is tapered gradually under medical supervision.",
        (NEVER_STOP, TAPER), required=(NEVER_STOP, TAPER), primary=NEVER_STOP,
        prefer_topic="stopping-and-withdrawal"),
    FactRule(
        "withdrawal-symptoms",
        "Stopping baclofen suddenly can cause withdrawal symptoms such as {terms}.",
        (_rx(r"withdrawal can cause|(suddenly|abruptly)\b.{0,30}withdrawal symptoms"
             r"|can cause (serious )?withdrawal symptoms"),),
        prefer_topic="stopping-and-withdrawal",
        sections=(("stopping-and-withdrawal", "withdrawal-symptoms"),),
        vocabulary=_vocab(("seizures", r"seizure"), ("hallucinations", r"hallucinat"),
                          ("high fever", r"fever"), ("rapid heartbeat", r"rapid heartbeat"),
                          ("agitation", r"agitation"), ("confusion", r"confusion"),
                          ("rebound spasticity", r"(rebound|increased) spasticity")),
        required_terms=("seizures", "hallucinations")),
    FactRule(
        "missed-dose",
        "If you miss a dose, take it when you remember or skip it if the next dose is near; "
        "never double up.",
        (_rx(r"\b(do not|don't|never)\b.{0,10}\bdouble\b"),), prefer_topic="missed-dose"),
    FactRule(
        "interactions",
        "Baclofen interacts with {terms}: together they increase drowsiness and can slow "
        "breathing.",
        (), prefer_topic="interactions",
        sections=tuple(("interactions", section) for section in (
            "alcohol-and-sedatives", "antihypertensives", "antidepressants",
            "herbal-supplements", "about-interactions")),
        vocabulary=INTERACTING,
        required_terms=("alcohol", "opioids", "benzodiazepines", "sleep aids",
                        "antihypertensives", "antidepressants", "herbal supplements")),
    FactRule(
        "overdose-signs",
        "Signs of overdose include {terms}; seek emergency medical help immediately.",
        (OVERDOSE_SIGNS, EMERGENCY),
        required=(EMERGENCY,), prefer_topic="overdose", primary=OVERDOSE_SIGNS,
        sections=(("overdose", "overdose-signs"),),
        vocabulary=_vocab(("vomiting", r"vomit"), ("severe drowsiness", r"severe drowsiness"),
                          ("slow or shallow breathing",
                           r"respiratory depression|slow/shallow breathing|breathing problems"),
                          ("seizures", r"seizure"), ("coma", r"\bcoma\b"),
                          ("slow heart rate", r"bradycardia"), ("hallucinations", r"hallucinat")),
        required_terms=("seizures", "coma")),
    FactRule(
        "kidney-dosing",
        "People with kidney problems usually need lower doses and slower increases; kidney "
        "function guides the dose.",
        (_rx(r"(kidney|renal)\b.{0,60}\b(lower doses|dosage modification|adjust\w* dosage"
             r"|guide dosing|dosage adjustments?)"),
         _rx(r"(lower doses|adjust\w* (the )?dosage|dosage modification)\b.{0,60}(kidney|renal)")),
        prefer_topic="dosage"),
)
FACT_KEYS = tuple(rule.key for rule in FACT_RULES)


def _number(text: str) -> Decimal:
    return Decimal(NUMBER_WORDS[text.lower()]) if text.lower() in NUMBER_WORDS else Decimal(text)


def _fact_text(passage: Passage) -> str:
    return passage.data.get("answer", passage.text) if passage.kind == "faq" else passage.text


def find_fact(rule: FactRule, passages: Iterable[Passage]) -> FactFinding | None:
    ordered = sorted(passages, key=lambda p: (p.topic != rule.prefer_topic, p.document,
                                              p.position))
    evidence = [p for p in ordered
                if any(pattern.search(_fact_text(p)) for pattern in rule.evidence)
                or (p.topic, p.section) in rule.sections]
    if rule.vocabulary:
        evidence = [p for p in evidence
                    if any(term.search(_fact_text(p)) for _, term in rule.vocabulary)
                    or any(pattern.search(_fact_text(p)) for pattern in rule.evidence)]
    if not evidence:
        return None
    for required in rule.required:
        if not any(required.search(_fact_text(p)) for p in evidence):
            return None
    terms = [label for label, term in rule.vocabulary
             if any(term.search(_fact_text(p)) for p in evidence)]
    if any(term not in terms for term in rule.required_terms):
        return None
    value = None
    if rule.value is not None:
        match = next((m for p in evidence if (m := rule.value.search(_fact_text(p)))), None)
        if match is None:
            return None
        value = _number(match.group(1))
    # The passage the fact points at: the first one (preferred topic first) that states it.
    pointer = rule.primary or rule.value or (rule.evidence[0] if rule.evidence else None)
    primary = next((p for p in evidence if pointer and pointer.search(_fact_text(p))),
                   evidence[0])
    evidence.remove(primary)
    summary = rule.summary.format(terms=_join(terms))
    return FactFinding(rule.key, summary, [primary, *evidence], value, rule.unit, terms)


def _join(terms: list[str]) -> str:
    if len(terms) <= 1:
        return "".join(terms)
    return ", ".join(terms[:-1]) + " and " + terms[-1]


def extract_facts(passages: Iterable[Passage]) -> tuple[dict[str, FactFinding], list[str]]:
    """(facts found by key, keys that could not be found)."""
    items = list(passages)
    found: dict[str, FactFinding] = {}
    missing: list[str] = []
    for rule in FACT_RULES:
        finding = find_fact(rule, items)
        if finding is None:
            missing.append(rule.key)
        else:
            found[rule.key] = finding
    return found, missing
