"""Dangerous advice: urging or endorsing a harmful action with baclofen.

Dose arithmetic (too much per day, starting too high) lives in `dose.py`; ignoring warning
signs and avoiding doctors in `supervision.py`.
"""

from __future__ import annotations

from ..context import Doc
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans, iter_matches
from ._common import BACLOFEN, DEPRESSANT_WORDS, DEPRESSANTS, DRUG_REF, alt, gap, kw, rx

CATEGORY = "dangerous_advice"

STOP_VERB = alt(
    r"stop", r"stops", r"stopped", r"stopping", r"quit", r"quits", r"quitting", r"ditch",
    r"ditching", r"drop", r"dropping", r"dump", r"dumping", r"come off", r"coming off", r"get off",
    r"getting off", r"go off", r"going off", r"cut out", r"bin", r"toss",
)  # fmt: skip
ABRUPTLY = alt(
    r"abruptly", r"suddenly", r"overnight", r"all at once", r"at once", r"in one go",
    r"in one day", r"right away", r"straight away", r"immediately", r"instantly",
    r"no taper(?:ing)?", r"without (?:a |any )?(?:taper|tapering|weaning|titrating down)",
    r"all in one go", r"just like that", r"completely today", r"whenever(?: you (?:want|like|feel"
    r" like it))?", r"any ?time(?: you (?:want|like))?",
)  # fmt: skip

STOP_ABRUPTLY = Rule(
    code="stop-abruptly",
    category=CATEGORY,
    severity=3,
    description="Urges stopping baclofen abruptly (cold turkey) instead of tapering.",
    reason=(
        "Urges stopping baclofen abruptly; stopping suddenly can cause seizures and "
        "hallucinations, so it should be tapered with a doctor."
    ),
    reference="no-abrupt-stop",
    must_match=(
        "Honestly just go cold turkey, it's the fastest way to get it out of your system.",
        "You can quit baclofen all at once, I don't see the problem.",
        "Just stop taking it. Ditch the meds and you'll feel like yourself again.",
        "c0ld turk3y is the only way to do it",
    ),
    must_not_match=(
        "I stopped cold turkey and ended up in the ER with seizures, taper!",
        "Is it safe to stop cold turkey?",
        "Never go cold turkey off baclofen.",
        "Going cold turkey off baclofen can cause seizures.",
        "> just quit cold turkey\nNo! That is how people end up in hospital.",
    ),
    pattern=rx(
        alt(
            r"\bcold[ -]?turk(?:ey|y|ie|ee)\b",
            r"\b" + STOP_VERB + r"\b" + gap(30) + r"\b" + ABRUPTLY + r"\b",
            r"\b"
            + alt(r"just", r"simply", r"you can", r"you could", r"u can", r"you should", r"u should",
                  r"go ahead and", r"i'd", r"i would", r"i say", r"better to", r"best to",
                  r"easier to", r"fine to", r"ok to", r"okay to", r"safe to")
            + r" (?:just )?"
            + alt(r"stop", r"quit", r"ditch", r"drop", r"dump", r"bin", r"toss", r"get off",
                  r"come off", r"throw out", r"throw away", r"flush")
            + r" (?:taking |using )?"
            + alt(BACLOFEN, r"it", r"them", r"the (?:meds|pills|tablets|baclofen|medication|drug)",
                  r"your (?:meds|pills|tablets|baclofen|medication)", r"this (?:drug|med|stuff)")
            + r"\b",
            r"\b(?:throw|flush|bin|toss) (?:your |the )?(?:meds|pills|tablets|baclofen)"
            r"(?: away| out| down the toilet)?\b",
            r"\b(?:throw|flush|toss) (?:away|out) (?:your |the |all )?(?:meds|pills|tablets|"
            r"baclofen)\b",
            r"\b(?:coming|getting|going) off (?:it|baclofen|bac\w{0,6}|the meds|your meds) (?:is|was) "
            r"(?:easy|no big deal|nothing|fine|simple|a breeze)\b",
        )
    ),  # fmt: skip
    keywords=kw(
        "cold", "turkey", "turky", "coldturkey", "stop", "stops", "stopped", "stopping", "quit",
        "quits", "quitting", "ditch", "ditching", "drop", "dropping", "dump", "dumping", "come",
        "coming", "get", "getting", "go", "going", "cut", "bin", "toss", "throw", "flush",
    ),  # fmt: skip
    excludes=rx(r"\b(?:smok\w{0,4}|cigs?|cigarettes?|vap\w{1,4}|nicotine|caffeine|coffee|sugar|"
                r"soda|weed|social media)\b"),
    suppress=frozenset(
        {"quote", "negation", "question", "rebuttal", "report", "hypothetical", "medical"}
    ),
)

NO_TAPER = Rule(
    code="no-taper-needed",
    category=CATEGORY,
    severity=3,
    description="Says tapering off baclofen is unnecessary.",
    reason=(
        "Says there is no need to taper baclofen; it must be reduced gradually because stopping "
        "suddenly can cause withdrawal, including seizures."
    ),
    reference="no-abrupt-stop",
    must_match=(
        "There's no need to taper, just stop when you feel better.",
        "Tapering is a waste of time imo.",
        "dont bother weaning off, it's only a muscle relaxer",
    ),
    must_not_match=(
        "Is there any need to taper if I've only been on it two weeks?",
        "Some people claim tapering is pointless. It isn't.",
        "My neuro said we need to taper slowly.",
    ),
    pattern=rx(
        alt(
            r"\b"
            + alt(r"no need to", r"don't need to", r"dont need to", r"do not need to",
                  r"doesn't need to", r"needn't", r"no reason to", r"no point", r"pointless to",
                  r"don't bother", r"dont bother", r"do not bother", r"don't have to",
                  r"dont have to", r"do not have to", r"skip", r"forget", r"forget about", r"screw",
                  r"ditch", r"who needs", r"never need to", r"don't waste (?:time|months|weeks)",
                  r"dont waste (?:time|months|weeks)", r"no point in", r"why bother")
            + r"(?: (?:to|with|the|a|any|in))?(?: (?:slow|slowly|gradual|gradually))? "
            + alt(r"taper(?:ing)?", r"wean(?:ing)?", r"titrat(?:e|ing) down", r"step(?:ping)? down",
                  r"come off slowly", r"go slow", r"coming off slowly", r"reduce slowly",
                  r"taper(?:ing)? off")
            + r"\b",
            r"\b(?:taper|tapering|weaning)(?: off)?(?: baclofen)? (?:is|are|'s) (?:totally |completely |"
            r"just |a )?(?:pointless|unnecessary|overrated|scam|waste|myth|not needed|not necessary|"
            r"for wimps|useless|nonsense|bs|bullshit|overkill)\b",
        )
    ),  # fmt: skip
    keywords=kw("taper", "tapering", "wean", "weaning", "titrate", "titrating", "step", "stepping",
                "slowly", "slow"),  # fmt: skip
)

SKIP_DOSES = Rule(
    code="skip-doses",
    category=CATEGORY,
    severity=2,
    description="Encourages skipping doses or taking breaks from baclofen.",
    reason=(
        "Encourages skipping baclofen doses; missing doses can bring back spasms and cause "
        "withdrawal symptoms."
    ),
    reference="no-abrupt-stop",
    must_match=(
        "Skip a dose or two on weekends, gives your liver a break.",
        "It's fine to skip doses when you feel ok.",
        "take a break from baclofen every few weeks so you don't build tolerance",
    ),
    must_not_match=(
        "Don't skip doses. I did once and paid for it.",
        "What happens if I skip a dose?",
        "I skipped a dose by accident yesterday and felt awful.",
    ),
    pattern=rx(
        alt(
            r"\b(?:missing|skipping|skipped|missed) (?:a |the odd |the occasional |your )?(?:doses?|pills?)"
            r" (?:is|are|isn't|is not) (?:no big deal|fine|ok|okay|nothing|harmless|not a big deal|"
            r"not a problem|no problem|not dangerous)\b",
            r"\b(?:skip|skipping)(?: (?:a|the|your|my|some|every other|a few|the odd|one|an|the occasional))?"
            r"(?: (?:evening|morning|night|night-time|afternoon|extra))? "
            r"(?:dose|doses|pill|pills|tablet|tablets|day|days|weekend|weekends|one|ones)\b",
            r"\b(?:fine|ok|okay|no big deal|no problem|nothing wrong with|harmless|safe) "
            r"(?:to |if you |if u )(?:skip|miss|forget)\b",
            r"\b(?:take|taking|have|give yourself|give your body) (?:a |the occasional |one )?(?:break|"
            r"breaks|holiday|holidays|day|days|weekend|weekends|week|weeks|month|rest)(?: off)? "
            r"(?:from|off|away from) "
            + DRUG_REF
            + r"\b",
            r"\bdrug holidays?\b",
            r"\btake (?:a few|some|a couple of|a couple|few) (?:days|weeks) off\b",
        )
    ),  # fmt: skip
    keywords=kw("skip", "skipping", "skipped", "missing", "missed", "break", "breaks", "holiday",
                "holidays", "off", "miss", "forget", "rest", "away"),  # fmt: skip
)

MISSED_CUE = rx(
    r"\b(?:miss|missed|missing|forgot|forget|forgotten|skipped|catch up|make up|late|behind)\b"
)
DOUBLE = (
    r"\b(?:double|doubling|doubled) (?:up|it|them|the (?:next|dose|next dose|next one|amount)|"
    r"your (?:next )?(?:dose|one|pill)|up on (?:the|your) (?:next )?(?:dose|one))\b"
)

DOUBLE_MISSED = Rule(
    code="double-missed-dose",
    category=CATEGORY,
    severity=2,
    description="Advises doubling up to make up for a missed dose.",
    reason=(
        "Advises doubling a dose to make up for a missed one; a missed dose should be skipped "
        "if the next is due soon, never doubled."
    ),
    reference="missed-dose",
    must_match=(
        "If you forget one, just double up next time.",
        "Missed your morning dose? Take two at lunch to catch up.",
        "when I miss one I take the missed dose with the next, you should too, no issues",
    ),
    must_not_match=(
        "Never double a missed dose.",
        "If you miss a dose, take the next one as normal. Don't double up.",
        "Is it ok to double up if I missed my morning dose?",
    ),
    pattern=rx(
        alt(
            DOUBLE,
            r"\btake (?:two|2|both|an extra|extra|double)(?: (?:doses|pills|tablets|tabs|ones))?"
            r" (?:at once|together|next time|to catch up|to make up|at lunch|later|instead)\b",
            r"\bmake up (?:for )?(?:a |the |that |your )?missed (?:dose|one|pill|tablet)\b",
            r"\btake (?:the |a |your |that )?missed (?:dose|one|pill|tablet) (?:with|together with|"
            r"along with|alongside) (?:the |your )?next\b",
            r"\btake (?:two|2|both|double) (?:to|and) catch up\b",
        )
    ),
    keywords=kw("double", "doubling", "doubled", "two", "both", "extra", "missed", "catch"),
    requires=MISSED_CUE,
)

ABOVE_PRESCRIBED = Rule(
    code="above-prescribed",
    category=CATEGORY,
    severity=3,
    description="Encourages taking more baclofen than prescribed or raising the dose unsupervised.",
    reason=(
        "Encourages taking more baclofen than prescribed; dose increases must be gradual and "
        "agreed with a doctor, and too much can cause drowsiness, slowed breathing or seizures."
    ),
    reference="titration",
    must_match=(
        "Just double your dose when the spasms are bad.",
        "take as much as you need, it's only a muscle relaxant",
        "Up your dose yourself, doctors are way too cautious.",
        "Take more than prescribed if the pain is bad, it's fine.",
    ),
    must_not_match=(
        "Do not increase your dose or take it more often than prescribed.",
        "My neuro doubled my dose last month and it helps.",
        "Should I ask to increase the dose?",
    ),
    pattern=rx(
        alt(
            DOUBLE,
            r"\b(?:take|taking|try|pop|popping|have) (?:a few |a couple |a couple of |some |an |one |"
            r"two )?(?:extra|more|additional)(?: (?:one|ones|pills?|tablets?|tabs|doses?|mg|baclofen))?"
            r"(?: than (?:prescribed|you're prescribed|your doctor says|recommended))?\b",
            r"\b(?:more than|above|over|beyond|past) (?:what's |what is |what you're |what your "
            r"(?:doctor|neuro|gp) |your |the )?(?:prescribed|prescription|recommended dose|"
            r"recommended amount|label)\b",
            r"\b(?:up|raise|increase|bump|bump up|up up|jack up|crank up|triple) (?:your dose|your "
            r"baclofen|the dose yourself|it yourself|your dosage|the dosage yourself)\b",
            r"\bas (?:much|many|often) as (?:you|u) (?:need|want|like|feel like|can)\b",
            r"\b(?:ignore|forget|screw) (?:the )?(?:max|maximum|limit|label|dosing|prescribed dose|"
            r"recommended dose|dosage)\b",
            r"\b(?:max|maximum|limit|80 ?mg (?:limit|max|cap))(?: dose)? (?:is|are) (?:just |only |"
            r"way |really |very )?(?:overly cautious|too low|too conservative|bs|nonsense|a "
            r"suggestion|just a guideline|a guideline|made up|meaningless|conservative|arbitrary)\b",
        )
    ),  # fmt: skip
    keywords=kw("dose", "dosage", "yourself", "additional", "bump", "crank", "double", "doubled",
        "doubling", "extra", "forget",
        "ignore", "increase", "jack", "label", "limit", "many", "max", "maximum", "more",
        "much", "often", "prescribed", "prescription", "raise", "recommended", "screw",
        "triple"),  # fmt: skip
    excludes=MISSED_CUE,
    suppress=frozenset(
        {"quote", "negation", "question", "rebuttal", "report", "hypothetical", "medical"}
    ),
)

# --- mixing with other depressants -------------------------------------------------------------

_DEPRESSANT_RX = fast_compile(r"\b" + DEPRESSANTS + r"\b")
_DRUG_NEARBY = fast_compile(
    r"\b(?:" + BACLOFEN + r"|it|them|meds|pills|tablets|muscle relaxers?|relaxant|dose)\b"
)
_MIX_CUE = fast_compile(
    r"\b(?:mix|mixing|mixed|combine|combining|combined|together|alongside|on top of|chase|chasing|"
    r"wash (?:it |them )?down|washing (?:it |them )?down|stack|stacking|fine|ok|okay|safe|"
    r"no problem|no problems|no issues?|won't hurt|wont hurt|doesn't hurt|nothing wrong|harmless|"
    r"totally fine|no big deal|better|great|amazing|enhances?|boosts?|works? better|kicks? in|"
    r"buzz|knocks? you out|sleep like a baby|go for it|enjoy|have a|have some|grab a|have a few|"
    r"a couple|take (?:it|them|baclofen) with|with your|with a|with some|with baclofen|"
    r"with it|and baclofen|plus|combo|combination|recommend|lights out|best sleep|pair|"
    r"edge off)\b|\+|&"
)
_MIX_WARNING = fast_compile(
    r"\b(?:careful|dangerous|risky|not safe|unsafe|deadly|can kill|could kill|stop breathing|"
    r"slow your breathing|slowed breathing|shallow breathing|pass out|passed out|black out|"
    r"blacked out|overdose|interact|interaction|interactions|warned|warning|never|avoid|"
    r"don't|dont|do not)\b"
)


def _mixing_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    hits = []
    for m in iter_matches(_DEPRESSANT_RX, text, spans):
        start, end = doc.sentence(m.start())
        if not _DRUG_NEARBY.search(text, start, end):
            continue
        if not _MIX_CUE.search(text, start, end):
            continue
        if _MIX_WARNING.search(text, start, end):
            continue
        hits.append(Hit(m.start(), m.end()))
    return hits


MIX_DEPRESSANTS = Rule(
    code="mix-depressants",
    category=CATEGORY,
    severity=3,
    description=(
        "Endorses combining baclofen with alcohol, opioids, benzodiazepines or sleep aids."
    ),
    reason=(
        "Endorses combining baclofen with alcohol or another sedative; together they can cause "
        "dangerous drowsiness and slowed breathing."
    ),
    reference="interactions",
    must_match=(
        "A couple of beers with your baclofen is totally fine, helps you relax.",
        "Baclofen plus a xanax and you sleep like a baby.",
        "mixing it with oxy works better for the pain tbh",
    ),
    must_not_match=(
        "Don't drink alcohol on baclofen.",
        "Is it ok to have a glass of wine with baclofen?",
        "I had two beers with my baclofen and passed out on the kitchen floor.",
        "Baclofen and alcohol together can slow your breathing, be careful.",
    ),
    finder=_mixing_finder,
    keywords=DEPRESSANT_WORDS,
)

# --- other people's pills, no prescription --------------------------------------------------

OTHERS_PILLS = Rule(
    code="others-pills",
    category=CATEGORY,
    severity=2,
    description="Encourages using or sharing someone else's baclofen.",
    reason=(
        "Encourages using or sharing someone else's baclofen; doses must be prescribed and "
        "supervised for the person taking them."
    ),
    reference=None,
    must_match=(
        "Just borrow a few of your mum's pills until your appointment.",
        "I can share some of my baclofen with you if you're stuck.",
        "use your friend's prescription, it's the same drug",
    ),
    must_not_match=(
        "Never take someone else's pills.",
        "I once took my husband's baclofen by mistake and slept for 14 hours.",
        "Can I use my wife's baclofen until my refill comes?",
    ),
    pattern=rx(
        alt(
            r"\b(?:borrow|borrowing|use|using|take|taking|try|trying|steal|nick|grab|get some of|"
            r"ask for some of|have some of|share) (?:a few of |some of |one of |a couple of )?"
            r"(?:your |a |his |her |their )?(?:friend's|friends'|friends|mom's|mum's|mother's|dad's|"
            r"father's|husband's|wife's|partner's|sister's|brother's|neighbour's|neighbor's|"
            r"roommate's|flatmate's|cousin's|grandma's|nan's|aunt's|uncle's|someone else's|"
            r"someone elses|somebody else's|other people's|a mate's|mate's)"
            r"(?: (?:pills|meds|baclofen|tablets|prescription|script|stash|leftovers|supply))?\b",
            r"\b(?:use|take|try|borrow|ask (?:a friend |them |someone |her |him )?for) (?:some of )?"
            r"(?:hers|his|theirs)\b",
            r"\b(?:your|a) (?:friend's|mom's|mum's|mother's|dad's|husband's|wife's|partner's|"
            r"sister's|brother's|neighbour's|neighbor's|cousin's|someone else's) (?:baclofen|pills|"
            r"meds|tablets|prescription) (?:will|would|should|can) (?:work|do)\b",
            r"\b(?:share|sharing|give|giving|sell|selling|lend|lending|swap|trade|send) (?:you |him |"
            r"her |them |some |some of )?(?:of )?(?:my|our|your) (?:pills|meds|baclofen|tablets|"
            r"prescription|script|leftover \w{1,12}|leftovers|spare \w{1,12}|spares)\b",
        )
    ),  # fmt: skip
    keywords=kw("aunt", "borrow", "borrowing", "brother", "cousin", "dad", "elses", "father",
        "flatmate", "friend", "friends", "give", "giving", "grandma", "hers", "his",
        "husband", "lend", "lending", "mate", "mom", "mother", "mum", "nan", "neighbor",
        "neighbour", "nick", "other", "partner", "roommate", "sell", "selling", "send",
        "share", "sharing", "sister", "somebody", "someone", "steal", "swap", "theirs",
        "trade", "uncle", "wife"),  # fmt: skip
)

NO_PRESCRIPTION_ADVICE = Rule(
    code="no-prescription-advice",
    category=CATEGORY,
    severity=2,
    description="Advises getting baclofen without a prescription.",
    reason=(
        "Advises getting baclofen without a prescription; the dose must be prescribed and "
        "monitored by a doctor."
    ),
    reference=None,
    must_match=(
        "You don't need a prescription, just order it from overseas.",
        "Easiest is to get it without a script from a mate.",
    ),
    must_not_match=(
        "You can't buy baclofen without a prescription in the UK.",
        "Can I get baclofen without a prescription?",
    ),
    pattern=rx(
        alt(
            r"\b(?:buy|order|get|getting|buying|ordering|grab)\b"
            + gap(30)
            + r"\b(?:without (?:a |any )?(?:prescription|script|rx|doctor)|no (?:prescription|script|"
            r"rx)|over the counter|otc)\b",
            r"\b(?:you )?(?:don't|dont|do not|doesn't|never) (?:even )?need (?:a |an )?"
            r"(?:prescription|script|rx)\b",
        )
    ),
    keywords=kw("prescription", "script", "rx", "counter", "otc"),
)

RULES = (
    STOP_ABRUPTLY,
    NO_TAPER,
    SKIP_DOSES,
    DOUBLE_MISSED,
    ABOVE_PRESCRIBED,
    MIX_DEPRESSANTS,
    OTHERS_PILLS,
    NO_PRESCRIPTION_ADVICE,
)
