"""Dose arithmetic: amounts, tablet counts and frequencies, checked against `DoseLimits`.

"take 30 mg four times a day" is 120 mg a day: above the 80 mg oral maximum, so advising it is
dangerous. What counts as advice is decided by the usual context rules: a first-person report
("I take 20mg 3x a day", "I'm on 100 mg a day") is not advice unless the post endorses it and
has no warning; a clinician's instruction or supervision ("my doctor raised me to 90mg/day under
supervision") is not advice; "never go above 80 mg a day" is negated. An amount with no
frequency is taken as a single dose and only flagged if that one dose is already above the daily
maximum ("take 100mg at once"). Doses of other drugs named next to the amount ("gabapentin
300mg three times a day") are ignored. A claim that the maximum is higher than it is ("the max
dose is 150 mg a day") is misinformation rather than advice.
"""

from __future__ import annotations

import re

from ..context import Doc
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans, iter_matches
from ._common import alt, kw

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "twenty five": 25, "twenty-five": 25,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "one hundred": 100, "twice": 2,
    "thrice": 3, "once": 1,
}  # fmt: skip
_AMOUNT_WORDS = alt(
    "twenty[- ]five", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "one hundred", "a hundred", "hundred", "fifteen", "twelve", "ten", "five",
)  # fmt: skip
_COUNT_WORDS = alt("two", "three", "four", "five", "six", "eight", "ten")

_DOSE = fast_compile(
    r"\b(?:(?P<count>\d{1,2}|" + _COUNT_WORDS + r") (?:x )?(?:of )?(?:the |my |your |those |these )?)?"
    r"(?P<amount>\d{1,4}(?:[.,]\d{1,2})?|" + _AMOUNT_WORDS + r")[ -]?"
    r"(?:mg|mgs|milligrams?|mgr)\b(?P<form> (?:tablets?|pills?|tabs?|caps?|capsules?))?"
)
_SMALL = alt(r"\d{1,2}", "one", "two", "three", "four", "five", "six", "eight", "twelve")
_FREQUENCY = fast_compile(
    r"(?P<times>"
    + alt(r"\d", "one", "two", "three", "four", "five", "six")
    + r") ?(?:x|times)(?: a| per| each| every)?(?: ?/ ?| )?(?:day|daily|a day|24 ?h(?:ours|rs)?)\b"
    r"|(?P<named>once|twice|thrice|three times|four times|five times|six times)"
    r"(?: a| per| each| every)?(?: |/)(?:day|daily)\b"
    r"|(?:x|times|\u00d7) ?(?P<times2>[1-6]|two|three|four|five|six)\b"
    r"|(?P<daily>(?:a|per|/|each|every) ?day|daily|/d\b|a night|nightly|at night|per 24 ?h(?:ours|rs)?)"
    r"|every (?P<hours>" + _SMALL + r") ?(?:hours|hrs|hr|h)\b"
    r"|\b(?P<latin>bid|bd|b\.i\.d|tid|tds|t\.i\.d|qid|qds|q\.i\.d)\b"
)
_FREQ_GAP = fast_compile(r"[^.!?\n]{0,40}")
_OTHER_DRUG = fast_compile(
    r"\b(?:gabapentin|gaba|neurontin|pregabalin|lyrica|tizanidine|zanaflex|dantrolene|"
    r"ibuprofen|advil|tylenol|paracetamol|acetaminophen|naproxen|aspirin|diazepam|valium|"
    r"tramadol|oxycodone|oxy|morphine|codeine|cyclobenzaprine|flexeril|metformin|lisinopril|"
    r"sertraline|zoloft|amitriptyline|duloxetine|cymbalta|venlafaxine|prozac|fluoxetine|"
    r"vitamin|magnesium|cbd|melatonin|modafinil|ocrevus|tecfidera|copaxone|aubagio|fampridine|"
    r"ampyra|botox|prednisone|steroids?|methocarbamol|robaxin|carisoprodol|soma|clonazepam|"
    r"topiramate|keppra|levetiracetam|caffeine|iron|potassium|sodium|calcium|omeprazole|"
    r"nurofen|co-codamol|naltrexone|sativex|nabiximols|thc|edible|edibles|gummies|gummy)\b"
)
_MAX_CUE = fast_compile(
    r"\b(?:max|maximum|the limit|upper limit|safe limit|ceiling)(?: daily)?(?: dose| dosage)?"
    r"(?: of baclofen| for baclofen| for tablets| you can take)?(?: is| was|'s| =|:| of| at)"
    r"(?: actually| really| like| around| about| up to| honestly| more like){0,2} ?$"
)
_START_CUE = fast_compile(
    r"\b(?:start|starting|begin|beginning|straight to|straight onto|straight on|jump to|"
    r"jump straight to|kick off|"
    r"first dose|go straight|right away at|from day one|day one|first (?:week|day|few days)|"
    r"week one|to start|from the start|straight off)\b[^.!?\n]{0,22}$"
)
_NO_TITRATION = fast_compile(
    r"\b(?:skip|forget|no need for|don't bother with|dont bother with|ditch|(?:don't|dont|do not|no "
    r"need to|why) (?:faff|mess|muck|bother|piss) (?:about|around)? ?with) (?:the |all the |that )?"
    r"(?:(?:slow|gradual|whole|tedious|silly|\d{1,2} ?mg) ){0,2}(?:titration|titrating|building up|"
    r"build-?ups?|ramp(?:ing)? up|low doses|baby doses|slow build|slow start)\b|"
    r"\bstraight (?:to|on) (?:the )?(?:full|max|maximum|high|top|highest) dose\b|"
    r"\bhit it hard (?:from the start|from day one|right away|straight away)\b"
)


def _number(token: str | None, default: float = 1.0) -> float:
    if not token:
        return default
    token = token.replace(",", ".")
    try:
        return float(token)
    except ValueError:
        return float(_NUMBER_WORDS.get(token.replace("-", " "), _NUMBER_WORDS.get(token, default)))


def _multiplier(match: re.Match[str]) -> tuple[float, bool]:
    """(doses a day, whether the amount is explicitly per day)."""
    if match.group("times"):
        return _number(match.group("times")), True
    if match.group("times2"):
        return _number(match.group("times2")), True
    if match.group("named"):
        return _number(match.group("named").split()[0]), True
    if match.group("daily"):
        return 1.0, True
    if match.group("hours"):
        hours = _number(match.group("hours"), 24)
        return (24 / hours if hours else 1.0), True
    latin = match.group("latin").replace(".", "")
    return {"bid": 2, "bd": 2, "tid": 3, "tds": 3, "qid": 4, "qds": 4}.get(latin, 1), True


class Dose:
    __slots__ = ("start", "end", "per_dose", "daily", "explicit_daily")

    def __init__(self, start: int, end: int, per_dose: float, daily: float, explicit: bool):
        self.start, self.end = start, end
        self.per_dose, self.daily, self.explicit_daily = per_dose, daily, explicit


_UNIT = fast_compile(r"mg|milligram")


def _dose_matches(text: str):
    """Exactly the matches of _DOSE.finditer(text), found by searching only near each unit.

    A match holds one unit ("mg", "mgs", "milligram(s)", "mgr"): the first unit at or after its
    start, which is at most 29 characters in, and ends at most 19 characters after the unit
    starts. So for each unit not yet consumed, searching from 30 characters before it in a
    window ending 40 characters after it finds the next match, as long as the match ends
    well inside the window (otherwise the search is redone without the window's end).
    """
    pos = 0
    size = len(text)
    for unit in _UNIT.finditer(text):
        u = unit.start()
        if u < pos:
            continue
        lo, hi = max(pos, u - 30), u + 40
        if hi >= size:
            m = _DOSE.search(text, lo)
        else:
            m = _DOSE.search(text, lo, hi)
            if m is not None and m.end() > hi - 20:
                m = _DOSE.search(text, lo)
        if m is not None:
            pos = m.end()
            yield m


def parse_doses(doc: Doc) -> list[Dose]:
    """Every baclofen dose mentioned in the post (cached on the document)."""
    cached = doc.__dict__.get("_doses")
    if cached is not None:
        return cached
    text = doc.text
    doses: list[Dose] = []
    for m in _dose_matches(text):
        start, end = m.start(), m.end()
        sent_start, sent_end = doc.sentence(start)
        if _OTHER_DRUG.search(text, max(sent_start, start - 40), start) or _OTHER_DRUG.search(
            text, end, min(sent_end, end + 25)
        ):
            continue
        amount = _number(m.group("amount"), 0)
        count = _number(m.group("count")) if m.group("count") and m.group("form") else 1.0
        if m.group("count") and not m.group("form"):
            start = m.start("amount")
        per_dose = amount * count
        daily, explicit = per_dose, False
        window_end = min(sent_end, end + 45)
        gap_match = _FREQ_GAP.match(text, end, window_end)
        freq = _FREQUENCY.search(text, end, gap_match.end() if gap_match else end)
        if freq is not None:
            times, explicit = _multiplier(freq)
            daily = per_dose * times
            end = freq.end()
        doses.append(Dose(start, end, per_dose, daily, explicit))
    doc.__dict__["_doses"] = doses
    return doses


# A dose given in hospital or under monitoring: "hospital had me on 100 mg/day during my
# inpatient rehab with neuro monitoring".
_SUPERVISED = fast_compile(
    r"\b(?:inpatient|in hospital|hospital had me|(?:the )?ward|monitoring|monitored|supervised|"
    r"supervision|pulse-?ox|icu|rehab unit|had me on|put me on|under (?:the )?care of)\b"
)


def _over_max_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    hits = []
    for dose in parse_doses(doc):
        if dose.daily <= limits.max_daily_mg:
            continue
        sent_start, sent_end = doc.sentence(dose.start)
        if _SUPERVISED.search(doc.text, sent_start, sent_end):
            continue
        if _MAX_CUE.search(doc.text, max(0, dose.start - 40), dose.start):
            continue  # a claim about the maximum: see wrong-maximum
        hits.append(
            Hit(
                dose.start,
                dose.end,
                reason=(
                    f"Recommends {dose.daily:g} mg of baclofen a day, above the {limits.max_daily_mg:g} "
                    "mg daily oral maximum; too much can cause severe drowsiness, slowed breathing "
                    "and seizures."
                ),
            )
        )
    return hits


def _wrong_max_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    hits = []
    for dose in parse_doses(doc):
        if dose.daily <= limits.max_daily_mg:
            continue
        cue = _MAX_CUE.search(doc.text, max(0, dose.start - 40), dose.start)
        if cue is None:
            continue
        hits.append(
            Hit(
                cue.start(),
                dose.end,
                reason=(
                    f"Claims the maximum baclofen dose is {dose.daily:g} mg a day; the usual oral "
                    f"maximum is {limits.max_daily_mg:g} mg a day."
                ),
            )
        )
    return hits


_NO_TITRATION_KEYWORDS = kw("titration", "titrating", "building", "ramp", "ramping", "low", "hit",
                           "build", "buildup", "faff", "baby", "slow", "full", "max", "maximum",
                           "high", "top", "highest")  # fmt: skip


def _high_start_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    # Every _NO_TITRATION match holds one of these words inside one sentence, so their
    # sentences hold all of them ("mg", in most posts, only matters to the dose parser).
    titration_spans = doc.keyword_spans(_NO_TITRATION_KEYWORDS)
    hits = [Hit(m.start(), m.end()) for m in iter_matches(_NO_TITRATION, doc.text, titration_spans)]
    for dose in parse_doses(doc):
        if dose.daily > limits.max_daily_mg or dose.per_dose <= 2 * limits.usual_start_mg:
            continue
        if not _START_CUE.search(doc.text, max(0, dose.start - 30), dose.start):
            continue
        hits.append(
            Hit(
                dose.start,
                dose.end,
                reason=(
                    f"Recommends starting baclofen at {dose.per_dose:g} mg a dose; it is usually "
                    f"started at {limits.usual_start_mg:g} mg and raised gradually."
                ),
            )
        )
    return hits


_DOSE_KEYWORDS = kw("mg", "mgs", "milligram", "milligrams", "mgr")
_ADVICE_SUPPRESS = frozenset(
    {"quote", "negation", "question", "rebuttal", "report", "hypothetical", "medical"}
)

OVER_MAXIMUM = Rule(
    code="over-maximum",
    category="dangerous_advice",
    severity=3,
    description="Recommends a daily baclofen dose above the oral maximum (per dose x frequency).",
    reason="Recommends a daily baclofen dose above the usual oral maximum.",
    reference="oral-maximum",
    must_match=(
        "Take 30 mg four times a day, that's what finally worked.",
        "just go up to 150mg daily, you'll be fine",
        "Try 40mg 3x a day if the spasms are bad.",
    ),
    must_not_match=(
        "I take 20mg 3x a day and it's been fine.",
        "My doctor raised me to 90mg/day under supervision.",
        "Never take more than 80 mg a day.",
        "I take gabapentin 300mg three times a day with my baclofen.",
        "hospital had me on 100 mg/day during my inpatient rehab with neuro monitoring",
    ),
    finder=_over_max_finder,
    whole_text=True,
    keywords=_DOSE_KEYWORDS,
    suppress=_ADVICE_SUPPRESS,
)

HIGH_START = Rule(
    code="high-start",
    category="dangerous_advice",
    severity=2,
    description="Recommends starting baclofen at a high dose or skipping the gradual build-up.",
    reason=(
        "Recommends skipping the gradual build-up of baclofen; it is started low and raised "
        "slowly to limit drowsiness and weakness."
    ),
    reference="titration",
    must_match=(
        "Start at 25mg three times a day, the baby doses do nothing.",
        "skip the titration and go straight to the full dose",
        "Don't faff about with the slow 5 mg build-up, it takes weeks.",
    ),
    must_not_match=(
        "I started at 5mg three times a day and went up slowly.",
        "Start at 5 mg and go up slowly with your doctor.",
    ),
    finder=_high_start_finder,
    keywords=_DOSE_KEYWORDS | _NO_TITRATION_KEYWORDS,
    suppress=_ADVICE_SUPPRESS,
)

WRONG_MAXIMUM = Rule(
    code="wrong-maximum",
    category="misinformation",
    severity=2,
    description="Claims the maximum daily baclofen dose is higher than it is.",
    reason="Claims a maximum baclofen dose above the usual oral maximum.",
    reference="oral-maximum",
    must_match=("The max dose is actually 150mg a day, doctors just don't tell you.",),
    must_not_match=("The maximum is 80 mg a day for tablets.",),
    finder=_wrong_max_finder,
    whole_text=True,
    keywords=_DOSE_KEYWORDS,
)

RULES = (OVER_MAXIMUM, HIGH_START, WRONG_MAXIMUM)
