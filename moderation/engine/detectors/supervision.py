"""Dangerous advice about supervision: ignoring overdose or withdrawal signs, avoiding doctors."""

from __future__ import annotations

from ..rules import Rule
from ._common import CLINICIAN, alt, gap, kw, rx

CATEGORY = "dangerous_advice"

IGNORE_VERB = alt(
    r"ignore", r"ignoring", r"rode (?:it )?out", r"sat (?:it )?out", r"slept (?:it )?off",
    r"push through", r"pushing through", r"sleep (?:it )?off",
    r"sleeping (?:it )?off", r"ride (?:it )?out", r"ride out", r"riding (?:it )?out",
    r"tough (?:it )?out", r"wait (?:it )?out", r"brush off", r"don't worry about", r"push thru",
    r"power thru",
    r"dont worry about", r"no need to worry about", r"nothing to worry about", r"power through",
)  # fmt: skip
OVERDOSE_SIGN = alt(
    r"drows(?:y|iness)", r"sleepiness", r"confusion", r"confused", r"(?:slow |shallow )?breathing",
    r"vomiting", r"throwing up", r"passing out", r"unconscious", r"blacking out", r"blackouts?",
    r"overdos(?:e|ing)", r"od", r"limpness", r"coma", r"can't wake",
)  # fmt: skip
WITHDRAWAL_SIGN = alt(
    r"hallucinations?", r"seizures?", r"withdrawals?", r"withdrawal symptoms", r"the shakes",
    r"shakes", r"shaking", r"shaky", r"tremors?", r"high fever", r"fever", r"feverish",
    r"(?:a )?temperature", r"psychosis", r"voices", r"visions", r"fits", r"twitch(?:es|ing|y)?",
    r"sweats", r"sweating", r"heart racing", r"racing heart", r"palpitations",
    r"rebound spasms?", r"itching", r"seeing things", r"stuff that wasn't there",
)  # fmt: skip
_WITHDRAWAL_SIGN_RX = rx(r"\b" + WITHDRAWAL_SIGN + r"\b")

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
            r"\b(?:no need to|don't|dont|do not|never|why|no sense|no point|no sense in|no point in) "
            r"(?:bother )?(?:call|calling|ring|go to|going to|go|bother with|bother going to|dragging "
            r"yourself to|drag yourself to|rushing to|rush to|running to|run to) (?:911|999|112|an "
            r"ambulance|the er|the a&e|a&e|er|the hospital|hospital|poison control|the ed|urgent care)\b",
            r"\b(?:just )?sleep (?:it )?off\b",
            # "took too many? just lie down, it'll wear off", "... make yourself sick, no need for A&E"
            r"\b(?:(?:slow|shallow) breathing|too many|too much|overdid it|overdo it|overdosed?|can't "
            r"wake|unresponsive|confus\w{1,4})\b" + gap(80) + r"\b(?:(?:sleep|lie down|rest|wait|chill)"
            r"\b" + gap(30) + r"\b(?:wear off|wears off|pass|passes|go away|be fine|be ok|be okay)|no "
            r"need for (?:an ambulance|the er|a&e|the hospital|hospital|911|999|the ed|a doctor|poison "
            r"control)|(?:make|making) (?:yourself|urself|them|him|her) (?:sick|throw up|vomit))\b",
        )
    ),  # fmt: skip
    keywords=kw("ignore", "ignoring", "push", "pushing", "sleep", "sleeping", "ride", "riding",
                "rode", "sat", "slept", "tough", "wait", "brush", "worry", "power", "breathing",
                "call", "calling",
                "ring", "go", "going", "bother", "lie", "rest", "chill", "many", "much",
                "overdid", "overdo", "overdose", "overdosed", "wake", "unresponsive", "confused",
                "confusion", "dragging", "drag"),  # fmt: skip
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
        "The shaking after you stop is only your body clearing out. Ride it out at home.",
    ),
    must_not_match=(
        "Please don't ignore hallucinations after stopping - call your doctor.",
        "Is it normal to have the shakes when I miss a dose?",
    ),
    pattern=rx(
        alt(
            r"\b" + IGNORE_VERB + r"\b" + gap(30) + r"\b" + WITHDRAWAL_SIGN + r"\b",
            r"\b(?:hallucinations|seizures|the shakes|withdrawal|withdrawals|tremors|twitching)\b"
            + gap(25) + r"\b(?:are|is) (?:totally |just |perfectly |completely |pretty |massively |"
            r"hugely |way |wildly )?(?:normal|nothing|fine|harmless|no big deal|expected|part of it|"
            r"just your body \w{1,10}|exaggerated|overblown|overstated|overhyped)\b",
            r"\b" + WITHDRAWAL_SIGN + r"\b" + gap(50) + r"\b(?:push through|power through|ride out|"
            r"tough out|ignore|sleep off) (?:them|it|those)\b",
            r"\b(?:just|only) (?:your body|the body) (?:detoxing|adjusting|healing|cleansing|"
            r"resetting|flushing|clearing)\b",
            r"\b(?:push|power|ride|tough|sit|sweat) (?:it |them )?(?:thru|through|out)(?= at home|[,.;!]|$| "
            r"and\b| dont\b| don't\b)",
            # "Ignore it, it passes", "who cares, it passed"
            r"\b(?:ignore|push through|power through|ride out|tough out|sleep off|who cares|so what|"
            r"no biggie) ?(?:it|them|that|those)?[,.;!]? (?:it|they|that)(?:'ll| will)? (?:passes|pass|"
            r"passed|goes away|go away|went away|wears off|wear off|wore off|settles?|settled|calms? "
            r"down|stops|stopped)\b",
        )
    ),  # fmt: skip
    keywords=kw("ignore", "ignoring", "push", "pushing", "sleep", "sleeping", "ride", "riding",
                "rode", "sat", "slept", "tough", "wait", "brush", "worry", "power", "hallucinations",
                "seizures", "shakes",
                "withdrawal", "detoxing", "adjusting", "cleansing", "resetting", "flushing", "cares",
                "biggie", "clearing", "thru", "sweat"),  # fmt: skip
    # The symptom is named in the sentence or the one before.
    requires=_WITHDRAWAL_SIGN_RX,
    suppress=frozenset({"quote", "negation", "question", "rebuttal", "report", "hypothetical"}),
)

IGNORE_PUMP_ALARM = Rule(
    code="ignore-pump-alarm",
    category=CATEGORY,
    severity=3,
    description="Advises ignoring an intrathecal baclofen pump's alarm or putting off its refill.",
    reason=(
        "Advises ignoring a baclofen pump alarm or delaying its refill; an empty or failing pump "
        "can cause sudden withdrawal (high fever, confusion, rebound spasms, seizures), so the "
        "pump team should be called at once."
    ),
    reference="withdrawal-symptoms",
    must_match=(
        "Pump alarm beeping about a low reservoir? Just ignore it till your next refill.",
        "dont bother calling the pump ppl when it beeps",
        "When the alarm goes off, mute it and push your refill back a couple of weeks.",
    ),
    must_not_match=(
        "Never ignore the pump alarm, call the clinic straight away.",
        "My pump alarm went off so I called the team and they refilled it the same day.",
        "Is it ok to push my refill back a week?",
    ),
    pattern=rx(
        alt(
            r"\b(?:ignore|ignoring|mute|muting|silence|silencing|turn off|switch off|shut off|"
            r"disable|snooze|tune out) (?:the |that |your |ur )?(?:pump |low[- ]reservoir |reservoir |"
            r"low |refill )?(?:alarm|alarms|beep|beeps|beeping|alert|alerts|it|them)\b",
            r"\b(?:switch|turn|shut) (?:it|them|the (?:alarm|beeping|beeper)|that (?:alarm|beeping)) "
            r"off\b",
            r"\b(?:push|pushing|delay|delaying|postpone|postponing|put off|putting off|stretch|"
            r"stretching|push back|skip|skipping) (?:my |your |ur |the |a )?(?:pump )?refills?\b",
            r"\b(?:don't|dont|do not|no need to|no point|never|why) (?:bother )?(?:even )?(?:calling|call|"
            r"ringing|ring|phoning|phone|contacting|contact|dragging yourself to|drag yourself to|"
            r"going to|go to|racing to|rushing to)\b" + gap(12) + r"\b(?:pump|clinic|nurse|team|"
            r"ppl|people)\b",
        )
    ),  # fmt: skip
    keywords=kw("ignore", "ignoring", "mute", "muting", "silence", "silencing", "turn", "switch",
                "shut", "disable", "snooze", "tune", "refill", "refills", "pump", "clinic", "nurse",
                "team", "ppl"),  # fmt: skip
    # Only about a pump: its alarm, reservoir or refill is named in the sentence or the one before.
    requires=rx(r"\b(?:pump|pumps|intrathecal|itb|reservoir|alarm|alarms|beep|beeps|beeping|"
                r"beeped|refill|refills)\b"),
)

CLINICIAN_X = alt(CLINICIAN, r"pa?ediatricians?", r"peds doc", r"neurosurgeons?")
_CLINICIAN_WORDS = kw("paediatrician", "pediatrician", "paediatricians", "pediatricians",
    "neurosurgeon", "neurosurgeons",
    "anaesthetist", "anaesthetists", "anesthetist", "anesthetists", "surgeon", "surgeons", "dentist",
    "dentists", "clinic", "clinics", "pump", "consultant", "consultants", "doc", "docs", "doctor",
    "doctors", "dr", "gp", "gps", "neuro", "neurologist", "neurologists", "neuros", "nurse", "nurses",
    "pharmacist", "pharmacists", "physiatrist", "physiatrists", "physician", "physicians", "prescriber",
    "prescribers", "specialist", "specialists",
)  # fmt: skip

# Said with a negation ("don't tell your doctor"), so a negation does not cancel these.
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
        "the neuro doesn't need to hear about every little tweak",
        "I wouldn't drag your neurologist into it, they'll only talk you out of it.",
        "Nobody needs a consultant micromanaging them.",
        "just go 120 a day, neuro wont know",
    ),
    must_not_match=(
        "Don't be afraid to ask your doctor about the dose.",
        "Don't hesitate to tell your neuro about side effects.",
        "I didn't tell my doctor at first and regret it.",
        "My neuro won't know what to do with me at this rate.",
    ),
    pattern=rx(
        alt(
            r"\b(?:don't|dont|do not|never|no need to|no point|why|no reason to|wouldn't|would not|"
            r"wouldnt) (?:bother )?(?:even )?"
            r"(?:tell|telling|ask|asking|listen to|listening to|trust|see|seeing|consult|involve|"
            r"bother with|bothering with|drag|dragging|loop in|bring in|"
            r"check with|go to|going to|bother|bothering|waste time with|run it by|call|ring|phone|"
            r"calling|ringing|phoning) (?:your |the |a |any |ur )?" + CLINICIAN_X + r"\b",
            r"\b(?:(?:you )?(?:don't|dont|do not|never)|nobody|no one|noone) needs? (?:to (?:see|ask|"
            r"check with|consult|involve|tell|bother|call|ring|visit|run it by) )?(?:a |an |your |the |"
            r"any |ur |their )?" + CLINICIAN_X + r"\b",
            r"\b(?:stop|quit) (?:listening to|trusting|believing) (?:your |the |ur |any )?" + CLINICIAN_X
            + r"\b",
            r"\b(?:(?:the|your|ur) )?" + CLINICIAN + r" (?:won't|wont|will never|will not|need never) "
            r"(?:know|find out|notice)\b(?! (?:what|how|why|about|much|anything|if|whether|the|who))",
            # "the neuro doesn't need to hear about every little tweak"
            r"\b(?:(?:the|your|ur) )?" + CLINICIAN + r" (?:doesn't|does not|doesnt|don't|dont|do not|"
            r"needn't|need not|never) (?:need to |needs to |have to |has to )?(?:know|hear|be told|find "
            r"out)\b",
            r"\b(?:don't|dont|do not|never) waste (?:your )?(?:money|time|cash) (?:on|with) (?:a |an |"
            r"the |your )?(?:" + CLINICIAN + r")(?: appointment| visit| appt)?s?\b",
            r"\bno (?:gp|doctor|doc|neuro|dr) (?:nonsense|needed|required|hassle|visits?|"
            r"appointments?)\b",
            r"\b(?:doctors|docs|neurologists|neuros) (?:don't|dont|do not) know (?:anything|nothing|"
            r"shit|squat|jack|what they're doing)\b",
        )
    ),  # fmt: skip
    keywords=_CLINICIAN_WORDS,
    suppress=frozenset({"quote", "question", "rebuttal", "report", "hypothetical"}),
)

# Said positively ("be your own doctor"), so "never be your own doctor" is good advice.
BYPASS_DOCTORS = Rule(
    code="bypass-doctors",
    category=CATEGORY,
    severity=2,
    description=(
        "Advises managing baclofen without a doctor: adjusting the dose yourself, skipping "
        "appointments, keeping the doctor out of it."
    ),
    reason=(
        "Advises managing baclofen without a doctor; dose changes and stopping need medical "
        "supervision."
    ),
    reference=None,
    must_match=(
        "be your own doctor, nobody knows your body better",
        "Skip the doctor and adjust the dose yourself.",
        "bin the follow-up appointments, all they do is fiddle with your dose",
        "Keep your neuro out of it, they'll just lower your dose.",
    ),
    must_not_match=(
        "Never adjust the dose yourself.",
        "Please don't be your own doctor with this drug.",
        "Don't skip your follow-up appointments, they catch problems early.",
        "Is it ok to adjust the dose myself?",
        "No more appointments available until March, so annoying.",
    ),
    pattern=rx(
        alt(
            r"\b(?:adjust|change|tweak|set|figure out|manage) (?:it|(?:the |your |ur )?(?:own )?(?:dose|"
            r"dosage|doses))(?: yourself| urself| on your own)\b",
            r"\b(?:adjust|change|tweak|set|up|raise|lower) (?:it|the dose|your dose|ur dose) (?:how|"
            r"however|as|whenever|when) (?:you|u) see fit\b",
            r"\b(?:keep|leave) (?:your |the |ur )?" + CLINICIAN + r" out of (?:it|this|the loop)\b",
            r"\bwithout (?:my|your|ur|the|a) " + CLINICIAN + r" (?:knowing|finding out|being told|"
            r"having a say)\b",
            r"\bbehind (?:my|your|ur|the) " + CLINICIAN + r"(?:'s|s')? backs?\b",
            # "skip the doctor", "skip the doc visit", "skip the neuro entirely"
            r"\b(?:skip|bypass|cut out) (?:the |your |ur |a )?(?:whole |entire )?" + CLINICIAN
            + r"(?:'s)?\b",
            r"\b(?:bin|skip|ditch|cancel|blow off) (?:the |your |ur |all )?(?:follow-?ups?|"
            r"follow-?up appointments?|check-?ups?|reviews?|clinic appointments?|appointments?)\b",
            r"\bbe your own (?:doctor|doc|pharmacist)\b",
            r"\badjust (?:their|your|ur|our) own (?:tablets|dose|doses|dosage|meds|pills|baclofen|"
            r"medication)\b",
            r"\b(?:don't|dont|do not|never|why) waste (?:your |ur )?(?:time|money|cash|energy) (?:on|with|"
            r"going to) (?:the |your |ur |all (?:those|the) )?(?:appointments?|appts?|check-?ups?|"
            r"follow-?ups?|reviews?)\b",
            r"\bno (?:more |awkward |annoying |pointless |tedious |boring )(?:appointments?|appts?|doctor"
            r"'?s? visits?|gp visits?|consultations?)\b(?! (?:available|left|until|till|for|free|at|this|"
            r"that|in|on|since))",
            r"\bskip (?:the |your )?(?:copay|co-pay|appointment|bill|fee|wait)s? (?:and|&) (?:the |your )?"
            + CLINICIAN_X + r"\b",
            r"\bself[ -]?(?:titrat\w{1,5}|prescrib\w{1,5}|medicat\w{1,5})\b",
            r"\bkeep (?:it|this) from your " + CLINICIAN + r"\b",
            # deceiving them: "tell your GP you lost your prescription", "lie to your neuro"
            r"\b(?:tell|telling) (?:your|the|ur) " + CLINICIAN + r" (?:that )?(?:you|u)(?:'ve| have)? "
            r"(?:lost|dropped|spilled|ran out|run out|forgot|left)\b",
            r"\b(?:lie|lying|fib|fibbing) to (?:your|the|ur) " + CLINICIAN + r"\b",
        )
    ),  # fmt: skip
    # The rarest word of each pattern (not the clinician, who is named everywhere).
    keywords=kw("yourself", "urself", "own", "self", "fit", "keep", "leave", "knowing", "finding",
                "lost", "dropped", "spilled", "ran", "run", "forgot", "left", "lie", "lying", "fib",
                "fibbing",
                "told", "having", "behind", "skip", "bypass", "cut", "follow", "followup",
                "followups", "check", "checkup", "checkups", "review", "reviews", "appointment",
                "appointments"),
)

RULES = (IGNORE_OVERDOSE, IGNORE_WITHDRAWAL, IGNORE_PUMP_ALARM, AVOID_DOCTORS, BYPASS_DOCTORS)
