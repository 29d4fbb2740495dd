"""Broader paraphrase patterns for misinformation, grouped by the existing rule they extend.

Each entry is (pattern, reason, reject): a match counts when `reject` (if any) does not occur
inside it; the reason is reported instead of the rule's own when the claim is a different
flavour of the same kind (a wrong drug class, a wrong fact about kidneys, ...). All patterns
run over normalised, lower-cased text and use bounded repetition only.
"""

from __future__ import annotations

import re

from ..context import Doc
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Spans, iter_matches
from ._common import BACLOFEN, alt, gap, kw

Extra = tuple[re.Pattern[str], str | None, re.Pattern[str] | None]

_DRUG = alt(BACLOFEN, r"this drug", r"this med", r"this medication")
_SUBJECT = alt(BACLOFEN, r"it", r"this drug", r"this med", r"this medication", r"this stuff")
_IS = r"(?: is|'s| are|s)"
_HEDGE = fast_compile(
    r"\b(?:not|never|no|than|unlike|seems?|seemed|feels?|felt|found|for me|to me|i think|"
    r"i guess|maybe|might|if|when|overdos\w{0,3}|too much|withdrawal|toxicity|high doses?)\b|n't\b"
)
# A scare claim attributed to studies ("the studies showing baclofen causes ...") reports them.
_SCARE_REJECT = fast_compile(
    r"^(?:showing|shows|show|proving|proves|prove|suggesting|suggests|suggest|found|linking|link|"
    r"studies|study) |" + _HEDGE.pattern
)
_OTHER_RELAXANT = alt(
    r"tizanidine", r"zanaflex", r"diazepam", r"valium", r"gabapentin", r"pregabalin", r"lyrica",
    r"dantrolene", r"dantrium", r"cyclobenzaprine", r"flexeril", r"methocarbamol", r"robaxin",
    r"carisoprodol", r"soma", r"phenibut", r"ghb", r"xanax", r"clonazepam",
)  # fmt: skip

# --- opioid-claim: what kind of drug baclofen is -----------------------------------------
_WRONG_CLASS = alt(
    r"ibuprofen", r"aspirin", r"paracetamol", r"tylenol", r"advil", r"acetaminophen", r"nsaid",
    r"anti-inflammatory", r"anti inflammatory", r"painkiller", r"pain killer", r"vitamin",
    r"supplement", r"antihistamine", r"steroid", r"antidepressant", r"antibiotic",
    r"sleeping pill",
)  # fmt: skip
_CLASS_REASON = (
    "Misstates what kind of drug baclofen is; it is a muscle relaxant that acts on GABA-B "
    "receptors in the spinal cord, not a painkiller, anti-inflammatory or supplement."
)
OPIOID_EXTRA: tuple[Extra, ...] = (
    (
        fast_compile(
            r"\b" + _DRUG + _IS + r"(?: just| basically| literally| really| only| simply| essentially|"
            r" pretty much| nothing more than| nothing but)?(?: just)?(?: a| an)?(?: fancy| glorified|"
            r" overpriced| expensive| prescription| strong| stronger| souped[- ]up| kind of| type of)?"
            r" " + _WRONG_CLASS + r"s?\b"
        ),
        _CLASS_REASON,
        _HEDGE,
    ),
    (
        fast_compile(
            r"\b" + _SUBJECT + r"\b" + gap(40) + r"\b(?:works?|acts?|working) (?:by|through) "
            r"(?:reducing|lowering|fighting|blocking|calming|cutting|stopping|shrinking) (?:the )?"
            r"(?:\w{1,12} )?(?:inflammation|swelling)\b"
        ),
        _CLASS_REASON,
        _HEDGE,
    ),
    (
        fast_compile(
            alt(
                r"\b" + BACLOFEN + r"\b" + gap(30) + r"\b" + _OTHER_RELAXANT + r"\b",
                r"\b" + _OTHER_RELAXANT + r"\b" + gap(30) + r"\b" + BACLOFEN + r"\b",
            )
            + gap(25)
            + r"\b(?:is|are|'re|'s) (?:literally |basically |exactly |just |chemically |"
            r"essentially |really |actually )?(?:the same (?:molecule|drug|compound|chemical|medicine|"
            r"medication|thing|pill|active ingredient)|identical|one and the same)\b"
        ),
        "Claims baclofen is the same drug as another medicine; it is a distinct molecule with its "
        "own dosing, and swapping one for the other is not safe.",
        None,
    ),
    (
        fast_compile(
            r"\b" + _SUBJECT + _IS + r"(?: a| an)? (?:schedule (?:i{1,3}|iv|v|[1-5]|one|two|three) |"
            r"class (?:a|b|c) )(?:controlled )?(?:narcotic|substance|drug|opioid)s?\b"
            r"|\b" + _DRUG + _IS + r"(?: a| an)? controlled (?:narcotic|substance|drug)s?\b"
        ),
        "Claims baclofen is a scheduled or controlled narcotic; it is a prescription muscle "
        "relaxant, not a controlled substance.",
        _HEDGE,
    ),
)
OPIOID_KEYWORDS = kw(
    "ibuprofen", "aspirin", "paracetamol", "tylenol", "advil", "acetaminophen", "nsaid",
    "inflammatory", "painkiller", "painkillers", "killer", "vitamin", "supplement", "antihistamine",
    "steroid", "antidepressant", "antibiotic", "sleeping", "inflammation", "swelling", "same",
    "identical", "schedule", "class", "controlled",
)  # fmt: skip

# --- cure-claim: the condition goes away --------------------------------------------------
CURE_EXTRA: tuple[Extra, ...] = (
    (
        fast_compile(
            r"\b(?:your|the|their|his|her|ur|my) (?:spasticity|spasms|ms|cp|condition|disease|"
            r"nerve damage|spinal (?:cord )?injury|sci) (?:is|are|will be|gets|get|becomes?) "
            r"(?:permanently |completely |totally |fully |basically |then |just )?(?:cured|reversed|"
            r"healed)\b"
        ),
        None,
        None,
    ),
    (
        fast_compile(
            r"\b(?:your|the|ur) body (?:doesn't|does not|won't|will not|no longer|don't|dont) "
            r"(?:even |really )?needs? (?:it|baclofen|them|the (?:meds|tablets|pills|drug)) "
            r"(?:any ?more|after that)\b"
        ),
        "Claims the need for baclofen goes away by itself; it treats spasticity without curing it, "
        "and stopping suddenly can cause dangerous withdrawal.",
        None,
    ),
)
CURE_KEYWORDS = kw("cured", "reversed", "healed", "body")

# --- placebo-claim: denying the condition, scare stories, invented causes -------------------
PLACEBO_EXTRA: tuple[Extra, ...] = (
    (
        fast_compile(
            alt(
                r"\b(?:spasticity|spasms|ms|cp|cerebral palsy|this condition|the condition|"
                r"the diagnosis|the disease)\b['\"]? (?:is|was|are|were) (?:just |basically |all |"
                r"totally |completely )?(?:invented|made up|fake|not real|a made[- ]up \w{2,12}|a myth|"
                r"a hoax|an invention|fictional)\b",
                r"\binvented (?:the )?(?:diagnosis|condition|disease|illness|idea|concept) "
                r"(?:of )?['\"]?(?:spasticity|ms|cp|spasms)\b",
                r"\bbefore (?:that|then|baclofen|the drug) (?:nobody|no one|noone) (?:ever )?"
                r"(?:had|got|suffered from) (?:it|spasticity|spasms)\b",
            )
        ),
        "Denies that spasticity is a real condition; it is a well-documented result of damage "
        "to the brain or spinal cord.",
        None,
    ),
    (
        fast_compile(
            r"(?:\b(?:showing|shows|show|proving|proves|prove|suggesting|suggests|suggest|found|"
            r"linking|link|studies|study) )?"
            r"\b(?:" + _DRUG + r"|it|long[- ]term use)\b" + gap(25) + r"\b(?:causes|caused|gives "
            r"(?:you|people|everyone|every \w{1,12})|leads to|will (?:cause|give you)|rots)\b" + gap(12)
            + r"\b(?:dementia|alzheimer'?s?|cancer|brain damage|permanent (?:brain|nerve|liver|kidney) "
            r"damage|autism|infertility|brain rot)\b"
        ),
        "Makes an unfounded scare claim about baclofen's long-term harms; its known risks are "
        "listed in the patient leaflet.",
        _SCARE_REJECT,
    ),
    (
        fast_compile(
            r"\b(?:5g|5 g|wifi|wi-fi|vaccines?|the jabs?|jabs|chemtrails|fluoride|aspartame|gmos?|"
            r"microwaves|cell towers|phone masts|masts)\b" + gap(20) + r"\b(?:cause|causes|caused|causing|"
            r"is behind|are behind|gave|give|is responsible for|are responsible for)\b" + gap(25)
            + r"\b(?:spasticity|spasms|ms|cp|cerebral palsy|multiple sclerosis|paralysis)\b"
            r"|\b(?:spasticity|ms|cp|cerebral palsy|multiple sclerosis|paralysis) (?:was|were|is|are|"
            r"gets|got|being) (?:actually |really |all |deliberately |secretly )?(?:caused|triggered|"
            r"brought on|started) by (?:the |those |all the |childhood |all those )?(?:5g|wifi|wi-fi|"
            r"vaccines?|vaccinations?|jabs?|chemtrails|fluoride|aspartame|gmos?|cell towers|masts)\b"
        ),
        "Blames spasticity on an invented cause; it results from damage to the brain or spinal "
        "cord (MS, stroke, injury, cerebral palsy).",
        _HEDGE,
    ),
    (
        fast_compile(
            r"\bpumps?\b" + gap(40) + r"\b(?:can never|can't ever|cannot ever|can't|cannot|can not|"
            r"will never) (?:ever )?be (?:removed|taken out)\b"
            r"|\b(?:in you|inside you|stuck with it) (?:for life|forever)\b"
        ),
        "Claims an intrathecal pump can never be removed; pumps can be explanted or replaced if "
        "needed.",
        None,
    ),
)
PLACEBO_KEYWORDS = kw(
    "invented", "made", "fake", "real", "myth", "hoax", "invention", "fictional", "nobody", "noone",
    "one", "dementia", "alzheimer", "alzheimers", "cancer", "damage", "autism", "infertility",
    "rot", "g", "wifi", "wi", "vaccine", "vaccines", "vaccination", "vaccinations", "jab", "jabs",
    "chemtrails", "fluoride",
    "aspartame", "gmo", "gmos", "microwaves", "towers", "masts", "removed", "taken", "life",
    "forever",
)  # fmt: skip

# --- overdose-harmless: "totally harmless", kidneys, generics -----------------------------
_SAFE_TAIL = (
    r"(?! (?:to|for|with|if|when|as long|at|in|once|during|while|but|unless|under|provided|"
    r"compared|than))"
)
OVERDOSE_EXTRA: tuple[Extra, ...] = (
    (
        fast_compile(
            alt(
                r"\b" + _SUBJECT + r"\b" + gap(40) + r"\b(?:totally|completely|perfectly|entirely|"
                r"absolutely|100%|utterly) (?:harmless|risk[- ]free|safe)\b" + _SAFE_TAIL,
                r"\b" + _DRUG + r" (?:has|have|causes?) (?:absolutely )?(?:no|zero|0) (?:real )?"
                r"(?:side effects|risks?|dangers?)\b(?! (?:for|in|with) (?:me|my|most))",
            )
        ),
        "Claims baclofen is harmless; it has real side effects and risks (drowsiness, falls, "
        "overdose, withdrawal) and must be taken as prescribed.",
        _HEDGE,
    ),
    (
        fast_compile(
            alt(
                r"\b" + _SUBJECT + r"\b" + gap(15) + r"\b(?:doesn't|does not|won't|will not|never) "
                r"(?:affect|touch|go through|involve|get processed by|harm|stress|bother|matter for) "
                r"(?:the |your )?kidneys?\b",
                r"\b(?:dialysis|kidney (?:disease|failure|problems|issues|impairment)|renal "
                r"(?:failure|impairment|disease)|bad kidneys)\b" + gap(40) + r"\b(?:exactly the same|"
                r"the same|same|normal|full|regular|usual) (?:dose|doses|dosage|amount)s?\b",
            )
        ),
        "Misstates how kidney problems affect baclofen; it is cleared by the kidneys, so people "
        "with kidney disease or on dialysis need much lower doses to avoid toxicity.",
        fast_compile(r"\b(?:lower|reduced|smaller|less|adjust\w{0,4}|than|careful|not|never)\b|n't\b"),
    ),
    (
        fast_compile(
            r"\bgenerics?\b" + gap(25) + r"\b(?:is|are|'s) (?:only |just )?(?:half as (?:strong|potent|"
            r"effective)|half the (?:strength|dose|potency)|a (?:third|quarter) as strong|watered[- ]down|"
            r"much weaker|way weaker|less potent)\b"
        ),
        "Claims generic baclofen is weaker than the brand; generics contain the same dose, and "
        "doubling up to compensate risks an overdose.",
        _HEDGE,
    ),
)
OVERDOSE_KEYWORDS = kw(
    "harmless", "risk", "safe", "side", "risks", "dangers", "kidney", "kidneys", "dialysis",
    "renal", "generic", "generics",
)  # fmt: skip


def extended_finder(base: re.Pattern[str] | None, base_reject: re.Pattern[str] | None,
                    extras: tuple[Extra, ...], base_after: re.Pattern[str] | None = None):  # fmt: skip
    """A finder running a rule's own pattern, then the extra paraphrase patterns.

    `base_after`: a base match is dropped when this matches right after it."""

    def finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
        text = doc.text
        hits = []
        if base is not None:
            for m in iter_matches(base, text, spans):
                if base_reject is not None and base_reject.search(m.group()):
                    continue
                if base_after is not None and base_after.match(text, m.end()):
                    continue
                hits.append(Hit(m.start(), m.end()))
        for pattern, reason, reject in extras:
            for m in iter_matches(pattern, text, spans):
                if reject is None or not reject.search(m.group()):
                    hits.append(Hit(m.start(), m.end(), reason=reason))
        return hits

    return finder



