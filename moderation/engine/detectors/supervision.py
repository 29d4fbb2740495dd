"""Dangerous advice about supervision: ignoring overdose or withdrawal signs, avoiding doctors."""

from __future__ import annotations

from ..rules import Rule
from ._common import CLINICIAN, alt, gap, kw, rx

CATEGORY = "dangerous_advice"

IGNORE_VERB = alt(
    r"ignore", r"ignoring", r"push through", r"pushing through", r"sleep (?:it )?off",
    r"sleeping (?:it )?off", r"ride (?:it )?out", r"ride out", r"riding (?:it )?out",
    r"tough (?:it )?out", r"wait (?:it )?out", r"brush off", r"don't worry about",
    r"dont worry about", r"no need to worry about", r"nothing to worry about", r"power through",
)  # fmt: skip
OVERDOSE_SIGN = alt(
    r"drows(?:y|iness)", r"sleepiness", r"confusion", r"confused", r"(?:slow |shallow )?breathing",
    r"vomiting", r"throwing up", r"passing out", r"unconscious", r"blacking out", r"blackouts?",
    r"overdos(?:e|ing)", r"od", r"limpness", r"coma", r"can't wake",
)  # fmt: skip
WITHDRAWAL_SIGN = alt(
    r"hallucinations?", r"seizures?", r"withdrawals?", r"withdrawal symptoms", r"the shakes",
    r"shakes", r"tremors?", r"high fever", r"fever", r"psychosis", r"voices", r"fits",
)  # fmt: skip

IGNORE_OVERDOSE = Rule(
    code="ignore-overdose-signs",
    category=CATEGORY,
    severity=3,
    description="Advises ignoring signs of a baclofen overdose or not getting help.",
    reason=(
        "Advises ignoring signs of a baclofen overdose; severe drowsiness, vomiting or slow or "
        "shallow breathing need urgent medical help."
    ),
    reference="overdose-signs",
    must_match=(
        "If you took too many just sleep it off, the drowsiness passes.",
        "Slow breathing is normal on high doses, nothing to worry about.",
        "No need to call 911, just ride out the confusion.",
    ),
    must_not_match=(
        "Never ignore slow or shallow breathing - call 911.",
        "Don't hesitate to call an ambulance if you see signs of overdose.",
    ),
    pattern=rx(
        alt(
            r"\b" + IGNORE_VERB + r"\b" + gap(30) + r"\b" + OVERDOSE_SIGN + r"\b",
            r"\b(?:slow|shallow|slowed|weak) breathing (?:is|is totally|is just|is perfectly|is "
            r"pretty|is completely) (?:normal|nothing|fine|ok|okay|expected|harmless)\b",
            r"\b(?:no need to|don't|dont|do not|never|why) (?:bother )?(?:call|calling|ring|go to|"
            r"going to|bother with|bother going to) (?:911|999|112|an ambulance|the er|the a&e|a&e|"
            r"er|the hospital|hospital|poison control|the ed|urgent care)\b",
            r"\b(?:just )?sleep (?:it )?off\b",
        )
    ),  # fmt: skip
    keywords=kw("ignore", "ignoring", "push", "pushing", "sleep", "sleeping", "ride", "riding",
                "tough", "wait", "brush", "worry", "power", "breathing", "call", "calling",
                "ring", "go", "going", "bother"),  # fmt: skip
)

IGNORE_WITHDRAWAL = Rule(
    code="ignore-withdrawal-signs",
    category=CATEGORY,
    severity=3,
    description="Advises ignoring baclofen withdrawal symptoms.",
    reason=(
        "Advises ignoring baclofen withdrawal symptoms; hallucinations, seizures or high fever "
        "after a missed or stopped dose need urgent medical help."
    ),
    reference="withdrawal-symptoms",
    must_match=(
        "The hallucinations are normal when you come off, just push through them.",
        "ride out the withdrawal, it's a few days of shakes",
    ),
    must_not_match=(
        "Please don't ignore hallucinations after stopping - call your doctor.",
        "Is it normal to have the shakes when I miss a dose?",
    ),
    pattern=rx(
        alt(
            r"\b" + IGNORE_VERB + r"\b" + gap(30) + r"\b" + WITHDRAWAL_SIGN + r"\b",
            r"\b(?:hallucinations|seizures|the shakes|withdrawal|withdrawals|tremors|twitching)\b"
            + gap(25) + r"\b(?:are|is) (?:totally |just |perfectly |completely |pretty )?(?:normal|"
            r"nothing|fine|harmless|no big deal|expected|part of it|just your body \w{1,10})\b",
            r"\b" + WITHDRAWAL_SIGN + r"\b" + gap(50) + r"\b(?:push through|power through|ride out|"
            r"tough out|ignore|sleep off) (?:them|it|those)\b",
            r"\b(?:just|only) (?:your body|the body) (?:detoxing|adjusting|healing|cleansing|"
            r"resetting|flushing)\b",
        )
    ),  # fmt: skip
    keywords=kw("ignore", "ignoring", "push", "pushing", "sleep", "sleeping", "ride", "riding",
                "tough", "wait", "brush", "worry", "power", "hallucinations", "seizures", "shakes",
                "withdrawal", "detoxing", "adjusting", "cleansing", "resetting", "flushing"),  # fmt: skip
    suppress=frozenset({"quote", "negation", "question", "rebuttal", "report", "hypothetical"}),
)

AVOID_DOCTORS = Rule(
    code="avoid-doctors",
    category=CATEGORY,
    severity=2,
    description="Advises avoiding or deceiving doctors about baclofen.",
    reason=(
        "Advises keeping a doctor out of baclofen decisions; dose changes and stopping need "
        "medical supervision."
    ),
    reference=None,
    must_match=(
        "Don't tell your doctor, they'll just take you off it.",
        "You don't need a doctor for this, adjust the dose yourself.",
        "be your own doctor, nobody knows your body better",
    ),
    must_not_match=(
        "Don't be afraid to ask your doctor about the dose.",
        "Don't hesitate to tell your neuro about side effects.",
        "I didn't tell my doctor at first and regret it.",
    ),
    pattern=rx(
        alt(
            r"\b(?:don't|dont|do not|never|no need to|no point|why|no reason to) (?:bother )?"
            r"(?:tell|telling|ask|asking|listen to|listening to|trust|see|seeing|consult|involve|"
            r"check with|go to|going to|bother|bothering|waste time with|run it by) (?:your |the |a |"
            r"any |ur )?" + CLINICIAN + r"\b",
            r"\b(?:you )?(?:don't|dont|do not) need (?:a |your |the |any |ur )?" + CLINICIAN + r"\b",
            r"\b(?:adjust|change|tweak|set|figure out|manage) (?:the |your )?(?:own )?(?:dose|dosage|"
            r"doses)(?: yourself| on your own)\b",
            r"\bbe your own (?:doctor|doc|pharmacist)\b",
            r"\bself[ -]?(?:titrat\w{1,5}|prescrib\w{1,5}|medicat\w{1,5})\b",
            r"\b(?:doctors|docs|neurologists|neuros) (?:don't|dont|do not) know (?:anything|nothing|"
            r"shit|squat|jack|what they're doing)\b",
            r"\bkeep (?:it|this) from your " + CLINICIAN + r"\b",
        )
    ),  # fmt: skip
    keywords=kw("consultant", "consultants", "doc", "docs", "doctor", "doctors", "dosage", "dose",
        "doses", "dr", "gp", "gps", "neuro", "neurologist", "neurologists", "neuros",
        "nurse", "nurses", "own", "pharmacist", "pharmacists", "physiatrist",
        "physiatrists", "physician", "physicians", "prescriber", "prescribers", "self",
        "specialist", "specialists"),  # fmt: skip
    suppress=frozenset({"quote", "question", "rebuttal", "report", "hypothetical"}),
)

RULES = (IGNORE_OVERDOSE, IGNORE_WITHDRAWAL, AVOID_DOCTORS)
