"""Dangerous advice: urging or endorsing a harmful action with baclofen.

Dose arithmetic (too much per day, starting too high) lives in `dose.py`; ignoring warning
signs and avoiding doctors in `supervision.py`.
"""

from __future__ import annotations

from ..context import Doc, negates
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans, iter_matches
from ._common import BACLOFEN, DEPRESSANT_WORDS, DEPRESSANTS, DRUG_REF, alt, gap, kw, rx

CATEGORY = "dangerous_advice"

STOP_VERB = alt(
    r"stop", r"stops", r"stopped", r"stopping", r"quit", r"quits", r"quitting", r"ditch",
    r"ditching", r"drop", r"dropping", r"dump", r"dumping", r"come off", r"coming off", r"get off",
    r"getting off", r"go off", r"going off", r"went off", r"came off", r"cut out",
    r"bin", r"toss", r"chuck", r"chucking", r"binned", r"chucked",
)  # fmt: skip
ABRUPTLY = alt(
    r"abruptly", r"suddenly", r"overnight", r"all at once", r"at once", r"in one go",
    r"in (?:one|a|a single) (?:day|night|weekend)", r"from one day to the next",
    r"right away", r"straight away", r"immediately", r"instantly",
    r"no taper(?:ing)?", r"without (?:a |any )?(?:taper|tapering|weaning|titrating down)",
    r"all in one go", r"just like that", r"completely today", r"whenever(?: you (?:want|like|feel"
    r" like it))?", r"any ?time(?: you (?:want|like))?",
    r"on a (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|whim)",
    r"when (?:you|u) (?:want|like|feel like it|fancy)", r"any (?:day|moment|point) (?:you|u)",
    r"over (?:a|one|a single) (?:weekend|day|night)",
)  # fmt: skip
# "it", "baclofen", "the meds", "ur pills", "the bac": what is stopped.
_STOPPED = alt(
    BACLOFEN, r"it", r"them", r"the (?:meds|pills|tablets|baclofen|medication|drug|bac)",
    r"(?:your|ur) (?:meds|pills|tablets|baclofen|medication|bac)", r"this (?:drug|med|stuff)",
)  # fmt: skip
_ADVISE = alt(
    r"just", r"simply", r"you can", r"you could", r"u can", r"you should", r"u should",
    r"go ahead and", r"i'd", r"i would", r"i say", r"better to", r"best to", r"easier to",
    r"fine to", r"ok to", r"okay to", r"safe to",
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
        "went off it in one day last month, u can too, no big deal",
        "I'd simply let the bottle run down and not reorder.",
        "fr the trick to getting off baclofen is to just... stop.",
        "Chuck the baclofen whenever you like, no drama.",
    ),
    must_not_match=(
        "I stopped cold turkey and ended up in the ER with seizures, taper!",
        "Is it safe to stop cold turkey?",
        "Never go cold turkey off baclofen.",
        "Going cold turkey off baclofen can cause seizures.",
        "> just quit cold turkey\nNo! That is how people end up in hospital.",
        "so over the 'just stop taking it' crowd, it nearly killed me. taper slowly",
        "You lot asking the same cold turkey question every week, read the pinned post.",
        "Went without for two days when the pharmacy messed up and had awful rebound spasms.",
        "The only cold turkey in this house is the Boxing Day leftovers.",
        "Cold turkey = bad idea. Period. ask me how I know",
        "refusing to just go without after last time",
    ),
    pattern=rx(
        alt(
            # Not "the cold turkey question", "cold turkey stories": a topic, not advice.
            r"\bcold[ -]?turk(?:ey|y|ie|ee)\b(?! (?:question|questions|thread|threads|post|"
            r"posts|debate|debates|topic|topics|crowd|brigade|story|stories|horror|club|sandwich\w{0,2}|"
            r"leftovers|dinner|curry|salad))(?! ?(?:=|->|is|was|'s) ?(?:a |an |such a |really |very "
            r"|just )?(?:bad|terrible|awful|horrible|dangerous|stupid|dumb|deadly|risky|hell|nightmare|"
            r"brutal|rough|no joke)\b)",
            r"\b" + STOP_VERB + r"\b" + gap(30) + r"\b" + ABRUPTLY + r"\b",
            r"\b" + _ADVISE + r" (?:just )?(?:"
            + alt(r"stop", r"quit", r"ditch", r"drop", r"dump", r"bin", r"toss", r"get off",
                  r"come off", r"throw out", r"throw away", r"flush")
            + r" (?:taking |using )?" + _STOPPED + r"\b"
            # "you can quit today", "just stop the day you feel better"
            + r"|(?:stop|quit|ditch|come off|get off|go off)(?: (?:taking )?" + _STOPPED + r")? "
            r"(?:today|tonight|tomorrow|right now|(?:the day|as soon as|the moment|the minute|once|"
            r"whenever|when) (?:you|u|they|we) (?:(?:feel|are feeling|start feeling) (?:better|good|ok|"
            r"okay|fine|ready)|decide|choose|are ready|'re ready|get bored|(?:have|'ve) had enough))\b)",
            # "let the tablets go once you feel better", "quit it cold"
            r"\blet (?:the|your|ur) (?:tablets|pills|meds|baclofen|tabs) go\b",
            r"\b(?:quit|stop|drop|come off) (?:it|them|baclofen|bac\w{0,6}) cold\b",
            # "the trick to getting off baclofen is to just... stop", "if you want off, you just stop"
            r"\b(?:want|wants|get|getting|come|coming) off\b" + gap(45) + r"\b(?:just|simply)"
            r"(?:[. ]{1,5}| -)(?:stop|quit)(?=[.!,;]|$| and\b)",
            r"\b(?:went|go|going|drop|dropped|dropping|jump|jumped|came|come|cut) (?:straight )?from "
            r"\d{1,3}(?: ?mg)?(?: a day)? (?:to|down to|->) (?:0|zero|nothing|none)\b",
            # "let the bottle run down and not reorder"
            r"\blet (?:the|your|ur) (?:bottle|pills|prescription|script|supply|meds|pack|tablets|"
            r"stash) run (?:down|out|dry) and (?:just )?(?:not|don't|dont|never) (?:re-?order|"
            r"re-?fill|renew)\b",
            r"\b(?:stop|quit) (?:refilling|renewing|re-?ordering) (?:it|them|the|your|ur)\b",
            r"\b(?:drop|dropping|dropped|go|going|went|cut|cutting|jump|jumping|come|coming|get|"
            r"getting) (?:straight|right|directly) (?:down )?to (?:zero|0|nothing|none)\b",
            r"\b(?:knock|bring|drop|cut|taper|wean|step|come|get) (?:it |the dose |yourself |them )?"
            r"(?:down|off) (?:fast|quickly|quick|in (?:a few|a couple of|two|three) days)\b",
            r"\b(?:just|simply|you can|u can|you could) go without\b",
            # "just stopped for 10 days", "go without for a few days"
            r"\b(?:stop|stopped|stopping|quit|quitting|went without|go without|going without|"
            r"come off|came off)(?: (?:taking )?" + _STOPPED + r")?(?: completely| entirely| "
            r"altogether)? for (?:a bit|a while|a week|a fortnight|a weekend|(?:a few|a "
            r"couple of|several|\d{1,2}|two|three|four|five|six|seven|ten) (?:days|weeks))\b",
            # "halve it one day, stop the next"
            r"\b(?:halve|half) (?:it|them|the dose|your dose)\b" + gap(25) + r"\b(?:stop|quit|drop)"
            r" (?:it |them )?the next\b",
            r"\b(?:stop|quit|ditch|skip|drop) (?:all (?:of )?)?(?:your|ur) (?:meds|pills|tablets|baclofen)"
            r"\b" + gap(40) + r"\bso (?:you|u) can (?:drink|party|have a drink|get drunk)\b",
            r"\b(?:throw|flush|bin|binned|toss|tossed|chuck|chucked|ditch|ditched|dump|dumped) (?:all )?"
            r"(?:of )?(?:your |ur |the )?(?:meds|pills|tablets|baclofen|box|packet|pack|packs|bottle|tabs)"
            r"(?: away| out| down the toilet)?\b",
            r"\b(?:throw|flush|bin|toss|chuck|dump) (?:all of )?(?:them|em|it) (?:in|into|down) the "
            r"(?:trash|bin|toilet|garbage|rubbish)\b",
            r"\b(?:throw|flush|toss) (?:away|out) (?:your |the |all )?(?:meds|pills|tablets|"
            r"baclofen)\b",
            r"\b(?:coming|getting|going) off (?:it|baclofen|bac\w{0,6}|the meds|your meds) (?:is|was) "
            r"(?:easy|no big deal|nothing|fine|simple|a breeze)\b",
        )
    ),  # fmt: skip
    keywords=kw(
        "went", "came", "let", "run", "straight", "right", "directly", "knock", "bring", "taper", "wean",
        "step", "cold", "turkey", "turky", "coldturkey", "stop", "stops", "stopped", "stopping", "quit",
        "quits", "quitting", "ditch", "ditching", "drop", "dropping", "dump", "dumping", "come", "coming",
        "get", "getting", "go", "going", "cut", "bin", "toss", "throw", "flush", "chuck", "chucking",
        "binned", "chucked", "dump", "ditch", "ditched", "dumped", "tossed",
    ),  # fmt: skip
    excludes=rx(r"\b(?:smok\w{0,4}|cigs?|cigarettes?|vap\w{1,4}|nicotine|caffeine|coffee|sugar|"
                r"soda|weed|social media|refus(?:e|es|ed|ing) to|leftovers|boxing day|christmas dinner|"
                r"roast|gravy|stuffing)\b|\bif (?:you|u) (?:stop|quit)"
                r" (?:it )?(?:suddenly|abruptly)\b"),
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
        "tapering is for people who enjoy suffering for 6 weeks",
    ),
    must_not_match=(
        "Is there any need to taper if I've only been on it two weeks?",
        "Some people claim tapering is pointless. It isn't.",
        "My neuro said we need to taper slowly.",
    ),
    pattern=rx(
        alt(
            r"\b"
            + alt(r"no need to", r"no real need to", r"zero need to", r"zero reason to",
                  r"no reason at all to", r"don't need to", r"dont need to", r"do not need to",
                  r"doesn't need to", r"needn't", r"no reason to", r"no point", r"pointless to",
                  r"don't bother", r"dont bother", r"do not bother", r"don't have to",
                  r"don't waste (?:your )?(?:time|energy|months|weeks)(?: on)?",
                  r"dont waste (?:your )?(?:time|energy|months|weeks)(?: on)?",
                  r"dont have to", r"do not have to", r"skip", r"forget", r"forget about", r"screw",
                  r"ditch", r"who needs", r"never need to", r"no point in", r"why bother")
            + r"(?: (?:to|with|the|a|any|in))?(?: (?:slow|slowly|gradual|gradually))? "
            + alt(r"taper(?:ing)?", r"wean(?:ing)?", r"titrat(?:e|ing) down", r"step(?:ping)? down",
                  r"come off slowly", r"go slow", r"coming off slowly", r"reduce slowly",
                  r"taper(?:ing)? off")
            + r"\b",
            r"\b(?:no one|nobody|noone|you don't|you dont|you do not) needs? (?:\d{1,2} |two |three |"
            r"four |six |eight |ten |several |many |a few )?(?:weeks|months) to (?:come off|get off|"
            r"taper|wean|stop)\b",
            r"\b(?:taper|tapering|weaning)(?: off)?(?: baclofen)? (?:is|are|'s) (?:totally |completely |"
            r"just |a )?(?:pointless|unnecessary|overrated|scam|waste|myth|not needed|not necessary|"
            r"for wimps|useless|nonsense|bs|bullshit|overkill)\b",
            r"\bnothing to (?:taper|wean|titrate)(?: off| down)?\b",
            r"\b(?:taper|tapering|weaning|slow-?wean)(?: off)?(?: (?:business|malarkey|nonsense|thing|"
            r"stuff|routine|lark|palaver|rubbish))? (?:is|are|'s) (?:only |just |really |honestly )?"
            r"(?:for (?:wimps|people who|those who|proper|other|real|hard|addictive|opioids|junkies|"
            r"addicts|the weak|babies|cowards|snowflakes)|(?:doctors|docs|them|pharma) covering|"
            r"arse-covering|ass-covering)\b",
        )
    ),  # fmt: skip
    keywords=kw("taper", "tapering", "wean", "weaning", "titrate", "titrating", "step", "stepping",
                "slowly", "slow", "weeks", "months"),  # fmt: skip
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
        "We give our lad a tablet holiday every weekend, I'd recommend it.",
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
            r"\b(?:drug|tablet|pill|med|meds|medication|baclofen|bac|dose|dosing) (?:holidays?|breaks?)\b",
            r"\b(?:a|one|two|a few|a couple of|couple of) (?:days?|nights?) off (?:each|every|a) "
            r"(?:week|month|weekend)\b",
            # "stop Friday night, start again Monday", "don't take it Fri-Sun"
            r"\b(?:stop|skip|drop|nothing from|off from|don't take (?:it|them|baclofen|your meds)|dont "
            r"take (?:it|them|baclofen|your meds)) (?:on )?(?:friday|fri|saturday|sat|at weekends|on "
            r"weekends|weekends)\b",
            # stretching a supply: "stretch them out and take one every other day"
            r"\b(?:stretch|stretching|eke|eking|ration|rationing) (?:out )?(?:them|it|your|ur|the|my)"
            r"(?: (?:pills|tablets|tabs|meds|supply|prescription|script|baclofen|doses))?(?: out)?\b"
            + gap(40) + r"\b(?:every other day|every second day|one a day|once a day|half|halves|skip|"
            r"till|until|to last|last longer)\b",
            r"\b(?:cut|drop) (?:myself|yourself|urself|it|back|down)(?: down| back)? to (?:one|1|half|a "
            r"single) (?:tablet|pill|tab|dose)s?(?: a day)?\b" + gap(20) + r"\bfor (?:a|one|two|a few|"
            r"a couple of) (?:weeks?|fortnight|months?|days)\b",
            r"\btake (?:a few|some|a couple of|a couple|few) (?:days|weeks) off\b",
            r"\b(?:a|one|two|a few|a couple of) (?:days?|weeks?|nights?) off (?:won't|wont|will not|"
            r"doesn't|never|can't) (?:hurt|harm|kill)\b",
            r"\b(?:just|simply|you can|u can|i'd|i would|feel free to) skip (?:it|them|that one|"
            r"that dose|mine)\b",
            r"\bskip (?:mine|it|them) (?:every|on|at|most|some)\b",
            r"\b(?:leave|leaving) out (?:the |a |my |your |ur |one )?(?:[a-z]{3,12} )?(?:dose|doses|"
            r"tablet|tablets|pill|pills)\b",
            # a "tolerance reset": stopping for a while, then restarting
            r"\bleave (?:the|your|ur) (?:tablets|pills|meds|baclofen|medication) (?:at home|behind)\b",
            r"\b(?:reset|resets|resetting) (?:the |your |ur |my )?tolerance\b",
            r"\btolerance (?:break|breaks|reset)\b",
            r"\b(?:stop|quit|come off|get off|go off|drop)\b" + gap(30) + r"\bfor (?:a|one|two|a few|"
            r"a couple of|a couple|\d) (?:days?|weeks?|weekend|months?)\b" + gap(30)
            + r"\b(?:reset|restart|start again|start back|go back on)\b",
        )
    ),  # fmt: skip
    keywords=kw("skip", "skipping", "skipped", "missing", "missed", "break", "breaks", "holiday",
                "holidays", "off", "miss", "forget", "rest", "away", "leave", "leaving",
                "tolerance", "reset", "resets", "resetting", "leave", "friday", "fri", "weekends",
                "stretch", "eke", "eking", "ration", "rationing", "myself", "yourself",
                "urself", "fortnight", "saturday",
                "breaks"),  # fmt: skip
    # Skipping or a break from what: a dose, a pill, baclofen (not work, not a meeting).
    requires=rx(r"\b(?:doses?|pills?|tablets?|tabs|meds?|medication|mg|" + BACLOFEN + r"|"
                r"bac|tolerance|run out|ran out|running out|refills?|prescription|script|(?:morning|"
                r"evening|night|nighttime|bedtime|lunchtime|afternoon|noon|midday) ones?)\b"),
)

MISSED_CUE = rx(
    r"\b(?:miss|missed|misses|missing|forgot|forget|forgotten|skipped|catch up|make up|late|behind)\b"
)
DOUBLE = (
    r"\b(?:double|doubling|doubled) (?:up|it|them|the (?:next(?: dose| one)?|(?:evening |morning |night |"
    r"bedtime |lunchtime |usual |normal )?(?:dose|one|amount))|"
    r"(?:your|ur) (?:next |evening |morning |night |nighttime |bedtime |lunchtime |midday |"
    r"afternoon |usual |normal |daily )?(?:dose|one|pill|tablet|baclofen)|up on (?:the|your) "
    r"(?:next )?(?:dose|one))\b|"
    r"\b(?:take|taking|have|pop) (?:a )?double\b(?! (?:check|shot|espresso|whammy|bed|room|figures))"
)

# "take two with dinner", "took them all this morning", "take both tonight to catch up"
_CATCH_UP = (
    r"\b(?:take|taking|took|have|pop|swallow|swallowing|neck|down|give|gave) (?:the )?(?:two|2|three|3|"
    r"both|an extra|extra|double|a double|them all|all of them|all (?:three|two|the missed ones))"
    r"(?: (?:doses|dose|pills|tablets|tabs|ones))?"
)
_LATER = (
    r"(?:tonight|today|this (?:morning|evening|afternoon)|at night|at bedtime|in the "
    r"(?:morning|evening)|with (?:(?:your|ur|the) )?(?:dinner|lunch|breakfast|supper|tea)|with "
    r"(?:the|your|ur) next(?: one| dose)?)"
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
        "Missed the noon dose? just stack it with the evening one.",
    ),
    must_not_match=(
        "Never double a missed dose.",
        "If you miss a dose, take the next one as normal. Don't double up.",
        "Is it ok to double up if I missed my morning dose?",
    ),
    pattern=rx(
        alt(
            DOUBLE,
            _CATCH_UP + r"(?: " + _LATER + r")? (?:at once|together|next time|to catch up|to make up|"
            r"at lunch|later|instead|so)\b",
            _CATCH_UP + r" " + _LATER + r"\b",
            r"\bmake up (?:for )?(?:a |the |that |your )?missed (?:dose|one|pill|tablet)\b",
            r"\btake (?:it|(?:the |a |your |that )?missed (?:dose|one|pill|tablet)) (?:with|together "
            r"with|along with|alongside) (?:the |your |ur )?(?:next|lunch|evening|dinner|night|"
            r"bedtime|morning|afternoon|midday|lunchtime)(?: one| dose| tablet| pill)?\b",
            r"\b(?:two|both|2|double) (?:at once|together) (?:is|are|'s) (?:fine|ok|okay|safe|no "
            r"problem|no big deal)\b",
            r"\b(?:take|taking|try|pop|popping|have) (?:a few |a couple |a couple of |some |an |one |"
            r"two )?(?:extra|more|additional)\b",
            r"\btake (?:two|2|both|double) (?:to|and) catch up\b",
            r"\b(?:two|2|both|three|3) (?:pills|tablets|tabs|doses) (?:at once|together)\b",
            r"\b(?:stack|stacking|combine|add) (?:it|them|that one) (?:with|onto|to) (?:the|your|ur) "
            r"(?:next|evening|morning|night|bedtime|lunchtime|afternoon) (?:one|dose|pill|tablet)\b",
            r"\b(?:u|you|you'll|ull) (?:catch up|(?:are|'re|'ll be) caught up)\b",
            r"\bcatch(?:ing)? (?:it|them|everything|the lot)(?: all)? up (?:in one go|at once|together|"
            r"the next (?:day|morning))\b",
        )
    ),
    # The words of MISSED_CUE: spans are their sentences and the next, which is where `requires`
    # looks (a match's sentence or the one before).
    keywords=kw("miss", "missed", "missing", "forgot", "forget", "forgotten", "skipped", "catch",
                "make", "late", "behind", "catching"),
    requires=MISSED_CUE,
    reach_next=True,
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
        "That 80 milligram ceiling is written for the lawyers.",
    ),
    must_not_match=(
        "Do not increase your dose or take it more often than prescribed.",
        "My neuro doubled my dose last month and it helps.",
        "Should I ask to increase the dose?",
    ),
    pattern=rx(
        alt(
            DOUBLE,
            r"\b(?:take|taking|try|pop|popping|have|give|giving) (?:a few |a couple |a couple of |some |an |"
            r"one |two )?(?:extra|more|additional)(?: (?:one|ones|pills?|tablets?|tabs|doses?|mg|baclofen|"
            r"half|half tab|half tablet))?"
            r"(?: than (?:prescribed|you're prescribed|your doctor says|recommended))?\b",
            r"\b(?:more than|above|over|beyond|past|exceed|exceeding) (?:what's |what is |what you're |"
            r"what your (?:doctor|neuro|gp) |your |ur |the )?(?:prescribed|prescription|recommended "
            r"dose|recommended amount|label|(?:(?:doctor|doc|dr|neuro|gp|prescriber)'?s|daily|dose|"
            r"dosing|safe) (?:limit|max|maximum|cap)|max|maximum)\b",
            # "bump yourself up", "nudge it up yourself", "increase it on your own"
            r"\b(?:bump|push|nudge|crank|jack|move|step|ramp|creep|titrate) (?:yourself|urself) up\b",
            r"\b(?:bump|push|nudge|crank|jack|move|step|ramp|creep|titrate|put|take|raise|increase|up|"
            r"turn) (?:it|the dose|your dose|ur dose|things|the baclofen|your baclofen|the (?:pump )?"
            r"rate|the pump|the flow)(?: up)? (?:yourself|urself|on your own)\b",
            # daily steps: "up it by 10mg every day until the spasms stop"
            r"\b(?:up|raise|increase|bump|add|go up)\b" + gap(25) + r"\b(?:(?:every|each) (?:day|few "
            r"days|couple of days|other day|\d{1,2} days|two days|three days)|a day|per day|daily)\b"
            + gap(30) + r"\b(?:until|till|til)\b",
            r"\b(?:go|going|push|get|take it|bump it|jump) (?:past|above|beyond) (?:the )?(?:80|eighty)"
            r"(?: ?mg)?\b",
            # taken for a high: "take 6 or 7 at once and you get a lovely buzz"
            r"\b(?:you get|you'll get|u get|gives you|give you|for) (?:a |an )?(?:nice |lovely |good |"
            r"great |proper |decent |little )?(?:buzz|high)\b",
            # "one of my 20 mg tablets on top of her own dose" (not "ibuprofen on top of my dose")
            r"\b(?:one|some|a few|a couple|an extra|extra|more|another|half)(?: of (?:my|your|ur|her|"
            r"his|their|the) (?:\d{1,3} ?mg )?(?:tablets?|pills?|tabs|ones|baclofen))? on top of "
            r"(?:your|ur|her|his|their|my|the) (?:own |usual |normal |regular |prescribed )?(?:dose|"
            r"doses|prescription|script)\b",
            r"\b(?:up|raise|increase|bump|bump up|up up|jack up|crank up|triple) (?:your dose|your "
            r"baclofen|the dose yourself|it yourself|your dosage|the dosage yourself)\b",
            r"\bas (?:much|many|often) as (?:you|u) (?:need|want|like|feel like|can)\b",
            r"\b(?:take|taking|have|pop|popping) (?:two|three|four|five|\d) instead of (?:one|two|"
            r"three|four|\d)\b",
            # "take what your legs need", "go by feel"
            r"\btake (?:what(?:ever)?|however much|however many) (?:you|u|your (?:body|legs|muscles)) "
            r"(?:need|needs|want|wants|feel like)\b(?! (?:from|out of|of)\b)",
            r"\b(?:go|dose|take it|take them) by feel\b",
            # "neck 3 at once", "crush two and take them together"
            r"\b(?:take|taking|pop|popping|neck|necking|down|swallow|have) (?:\d{1,2}|two|three|four|"
            r"five|six|a few|several|a handful)(?: or (?:\d{1,2}|two|three|four|five|six|seven))?(?: "
            r"(?:pills|tablets|tabs|of them|of those|of these))? (?:at once|together)\b",
            r"\b(?:crush|chew) (?:\d|two|three|four|a few|several) and (?:take|swallow|down|neck) "
            r"(?:them|it) (?:at once|together)\b",
            r"\bkeep (?:going|taking (?:them|more|it|extra)|popping (?:them|more)|adding)(?: up)? "
            r"(?:till|until|til) (?:it works|it kicks in|you feel|they work|the spasms)\b",
            r"\b(?:ignore|forget|screw) (?:the )?(?:max|maximum|limit|label|dosing|prescribed dose|"
            r"recommended dose|dosage)\b",
            r"\b(?:max|maximum|limit|ceiling|cap|\d{2,3}|eighty)(?: ?(?:mg|milligrams?))?(?: (?:limit|max|"
            r"cap|figure|number|ceiling))?(?: dose)?"
            r"(?: on the (?:leaflet|label|box|packet|insert|sheet))? (?:is|are|'s) (?:just |only |way |"
            r"really |very |more |totally |completely )?(?:overly cautious|too low|too conservative|bs|"
            r"nonsense|a suggestion|just a guideline|a guideline|made up|meaningless|conservative|"
            r"arbitrary|a convention|a rough guide|not a wall|not a hard limit|not set in stone|flexible|"
            r"guidance|a guide|fake|a lie|a myth|imaginary|a number|just a number|written for (?:the )?"
            r"lawyers|for (?:the )?lawyers|for wimps)\b",
        )
    ),  # fmt: skip
    keywords=kw(
        "yourself", "urself", "additional", "bump", "crank", "double", "doubled", "top",
        "own", "exceed", "exceeding", "instead", "need", "needs", "feel", "once", "together", "till",
        "until", "til", "buzz", "high", "convention", "guide", "guideline", "guidance", "wall", "flexible",
        "stone", "suggestion", "arbitrary", "doubling", "extra", "forget", "ignore", "increase", "jack",
        "label", "limit", "many", "max", "maximum", "more", "much", "often", "prescribed", "prescription",
        "raise", "recommended", "screw", "triple", "past", "beyond", "above", "ceiling", "fake",
        "lawyers", "number",
    ),  # fmt: skip
    # "dose" is in most posts; the phrases that need no other keyword need one of these with it:
    # "up your dose", "over the dose limit", "the 80 mg dose is too low / bs / made up".
    gates=((kw("dose", "dosage"), kw("up", "over", "cautious", "low", "conservative", "bs",
                                     "nonsense", "made", "meaningless", "lie", "myth", "imaginary",
                                     "wimps")),),  # fmt: skip
    excludes=MISSED_CUE,
    suppress=frozenset(
        {"quote", "negation", "question", "rebuttal", "report", "hypothetical", "medical"}
    ),
)

DISMISS_WARNINGS = Rule(
    code="dismiss-warnings",
    category=CATEGORY,
    severity=2,
    description="Tells readers to ignore baclofen's warnings, or that they are exaggerated.",
    reason=(
        "Tells readers to disregard baclofen's safety warnings; the warnings on withdrawal, "
        "drowsiness, alcohol and the maximum dose are there because people have been harmed."
    ),
    reference=None,
    must_match=(
        "The drowsiness warnings are massively overblown in my experience.",
        "Ignore the leaflet, it's written by lawyers.",
        "forget what the neuro says, do what works",
        "Hospitals are overkill for withdrawal.",
    ),
    must_not_match=(
        "I thought the warnings were overblown until I had a seizure.",
        "Never ignore the leaflet's warning about alcohol.",
        "Is the warning about alcohol overblown?",
        "Going to hospital for withdrawal is not overkill.",
    ),
    pattern=rx(
        alt(
            r"\b(?:warnings?|risks?|side effects?|dangers?|withdrawal (?:thing|stuff|risk)|the "
            r"seizure thing) (?:are|is|were|was) (?:massively |hugely |way |totally |completely |so |"
            r"really |wildly |greatly |just |all )?(?:overblown|exaggerated|overstated|overhyped|"
            r"blown out of proportion|scaremongering|nonsense|rubbish|bs)\b",
            r"\b(?:ignore|forget|disregard|screw|never mind) (?:the|that|what the|whatever the) "
            r"(?:leaflet|label|insert|package insert|warnings?|dosing chart|chart|pharmacist|"
            r"pharmacy|box)\b",
            r"\b(?:leaflets?|labels?|inserts?|warnings?|dosing charts?|charts?)\b" + gap(20)
            + r"\b(?:for (?:the )?lawyers|written by lawyers|by lawyers|arse-covering|ass-covering|"
            r"cover their (?:arse|ass|backs))\b",
            r"\b(?:forget|ignore|screw|never mind|disregard) what (?:the |your |ur )?(?:doctor|dr|doc|"
            r"gp|neuro|neurologist|pharmacist|nurse|specialist|consultant)s? (?:says|said|tells you|"
            r"told you|thinks)\b",
            r"\b(?:hospitals?|the er|a&e|the ed|doctors|an ambulance|911|999) (?:are|is) (?:total |"
            r"complete |massive |just |usually |often |a bit of |way )?(?:overkill|unnecessary|"
            r"pointless|a waste of time|a waste of money)\b",
        )
    ),  # fmt: skip
    # The rarest word of each pattern.
    keywords=kw("overblown", "exaggerated", "overstated", "overhyped", "proportion",
                "scaremongering", "nonsense", "rubbish", "bs", "ignore", "forget", "disregard",
                "screw", "mind", "lawyers", "covering", "cover", "overkill", "unnecessary",
                "pointless", "waste"),  # fmt: skip
)

# ... unless a condition follows: "once you know how it affects you", "but not in the first week".
_NO_CONDITION = (
    r"(?![^.!?\n]{0,40}\b(?:once|as long as|when you know|if you feel|provided|but not|unless|"
    r"after the first|after a few|after you)\b)"
)

DRIVE_DROWSY = Rule(
    code="drive-drowsy",
    category=CATEGORY,
    severity=2,
    description="Says it is fine to drive while drowsy or newly on baclofen.",
    reason=(
        "Says driving is fine on baclofen despite drowsiness; baclofen can cause drowsiness "
        "and slowed reactions, so people should not drive until they know how it affects them."
    ),
    reference=None,
    must_match=(
        "Drowsy on baclofen? Driving is fine, just open the window and have a coffee.",
        "You can still drive after your dose, the sleepiness is nothing.",
    ),
    must_not_match=(
        "I don't drive for a few hours after my dose because it makes me drowsy.",
        "Is it ok to drive on baclofen?",
        "My doctor said driving is fine once I'm used to the dose.",
    ),
    pattern=rx(
        alt(
            r"\b(?:driving|to drive)\b" + gap(20) + r"\b(?:is|'s|are) (?:totally |perfectly |"
            r"absolutely |completely |still |honestly )?(?:fine|ok|okay|safe|no problem|no big deal|"
            r"no issue)\b(?! for me)" + _NO_CONDITION,
            r"\b(?:you can|u can|it's fine to|its fine to|fine to|ok to|okay to|safe to|just) (?:still |"
            r"safely |totally )?drive\b(?! (?:carefully|slowly|safely|with care))" + _NO_CONDITION,
            r"\bdrive (?:anyway|regardless|through it)\b",
        )
    ),  # fmt: skip
    keywords=kw("driving", "drive"),
    requires=rx(r"\b(?:drows\w{0,5}|sleepy|sleepiness|tired|groggy|woozy|dizzy|foggy|zonked|"
                r"spaced|" + BACLOFEN + r"|dose|doses|tablets?|pills?)\b"),
    suppress=frozenset(
        {"quote", "negation", "question", "rebuttal", "report", "hypothetical", "medical"}
    ),
)

# --- mixing with other depressants -------------------------------------------------------------

_DEPRESSANT_RX = fast_compile(r"\b" + DEPRESSANTS + r"\b")
_DRUG_NEARBY = fast_compile(
    r"\b(?:" + BACLOFEN + r"|bac|ba[ck]l[a-z]{2,7}|it|them|meds?|pills?|tablets?|muscle relaxers?|"
    r"relaxant|dose)\b"
)
_MIX_CUE = fast_compile(
    r"\b(?:mix|mixing|mixed|combine|combining|combined|together|alongside|on top of|chase|chasing|"
    r"wash (?:it |them )?down|washing (?:it |them )?down|stack|stacking|fine|ok|okay|safe|"
    r"no problem|no problems|no issues?|won't hurt|wont hurt|doesn't hurt|nothing wrong|harmless|"
    r"totally fine|no big deal|better|great|amazing|enhances?|boosts?|works? better|kicks? in|"
    r"buzz|knocks? you out|sleep like a baby|go for it|enjoy|have a|have some|grab a|have a few|"
    r"a couple|take (?:it|them|baclofen) with|with your|with a|with some|with baclofen|"
    r"with it|and baclofen|plus|combo|combination|recommend|lights out|best sleep|pair|"
    r"edge off|drink up|bottoms up|cheers|nightcap|pairing|paired|pairs|cancels?|cancel(?:s|led|ed)? "
    r"out|with (?:each|every)|drink normally|drink as normal|heaven|bliss|magic|"
    r"with (?:my|your|ur|the) (?:[a-z]{3,10} )?(?:ba[ck]l[a-z]{1,7}|bac|dose|tablets?|pills?|meds)|"
    r"and (?:your|ur|my|the) (?:usual |evening |nightly |bedtime |night |normal )?(?:ba[ck]l[a-z]{1,7}|"
    r"bac|dose|tablets?|pills?|meds))\b|\+|&"
)
# A following sentence that takes the combination up again: "One of those with the evening
# baclofen ...", "I'd suggest trying the pair together".
_MIX_CUE_AFTER = fast_compile(
    r"\b(?:together|alongside|on top of|the pair|the combo|the combination|both|stack|stacking|"
    r"one of (?:those|them|these)|with (?:the|my|your|ur) (?:[a-z]{3,10} )?(?:baclofen|dose|"
    r"tablet|pill|meds))\b"
)
# ... and recommends it (a later sentence that merely mentions the pair is not advice).
_MIX_PRAISE = fast_compile(
    r"\b(?:recommend|suggest|game ?changer|works? (?:great|wonders|a treat)|worked (?:great|"
    r"wonders|a treat)|best|amazing|brilliant|perfect|love|highly|try (?:it|them|the|both)|trying)\b"
)
# "in the same family as morphine", "like an opioid": a comparison, not a combination.
_COMPARISON = fast_compile(
    r"\b(?:same (?:family|class|group|category) as|similar to|related to|compared to|"
    r"compared with|as strong as|as addictive as|like|unlike|not an?|isn't an?|kind of|sort of|"
    r"type of|class of)\W{1,3}$"
)
_MIX_WARNING = fast_compile(
    r"\b(?:careful|dangerous|risky|not safe|unsafe|deadly|can kill|could kill|stop breathing|"
    r"slow your breathing|slowed breathing|shallow breathing|pass out|passed out|black out|"
    r"blacked out|overdose|interact|interaction|interactions|warned|warning|never|avoid|"
    r"don't|dont|do not|supervision|supervised|monitored|monitor|flagged|not something|"
    r"isn't something|ask (?:your|a) (?:pharmacist|doctor|gp|neuro|nurse)|check with|"
    r"talk to (?:your|a)|speak to (?:your|a)|before (?:combining|mixing)|to be safe|skipped|"
    r"held off|hold off|stayed off|stay off|instead of|not to|worse|breathing|sedation|"
    r"sedating|only (?:ever|if|when|under|with)|fell|floor|collapsed|hospital|ambulance|a&e|"
    r"put (?:me|my|him|her|them|us))\b"
)
# A safety claim ("they don't interact", "it cancels out") endorses the mix despite its "don't".
_MIX_SAFE_CLAIM = fast_compile(
    r"\b(?:(?:don't|dont|do not|doesn't|doesnt|does not|never) (?:really )?interact|no interaction|"
    r"cancels? (?:it |each other |out )?(?:out|completely)|(?:don't|dont|do not|doesn't|doesnt) "
    r"(?:work|do anything) (?:that|on|at|when))\b"
)


def _warned(text: str, start: int, end: int) -> bool:
    """A warning in text[start:end] ("never", "dangerous", ...), not counting idioms like "don't
    let the pharmacist scare you off"."""
    if _MIX_SAFE_CLAIM.search(text, start, end):
        return False
    return any(negates(text, w.start(), start, end) for w in _MIX_WARNING.finditer(text, start, end))


def _mixing_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    hits = []
    for m in iter_matches(_DEPRESSANT_RX, text, spans):
        start, end = doc.sentence(m.start())
        if _COMPARISON.search(text, max(start, m.start() - 30), m.start()):
            continue
        if not (_DRUG_NEARBY.search(text, start, end) and _MIX_CUE.search(text, start, end)):
            # The next sentence may take the combination up: "my cousin gave me a few of her
            # Xanax. One of those with the evening baclofen has been a game changer."
            if end >= len(text):
                continue
            _, after = doc.sentence(end)
            if not (
                _MIX_CUE_AFTER.search(text, end, after)
                and _DRUG_NEARBY.search(text, end, after)
                and _MIX_PRAISE.search(text, end, after)
            ):
                continue
            if _warned(text, end, after):
                continue
        if _warned(text, start, end):
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
        "I can't recommend a nightcap alongside the last tablet enough.",
        "Don't let the pharmacist scare you off stacking opioids with your baclofen.",
        "xanax + bac before bed and u sleep like a baby",
    ),
    must_not_match=(
        "Don't drink alcohol on baclofen.",
        "Is it ok to have a glass of wine with baclofen?",
        "I had two beers with my baclofen and passed out on the kitchen floor.",
        "Baclofen and alcohol together can slow your breathing, be careful.",
        "Baclofen sits in the same family as morphine, which is why it takes the edge off pain.",
        "Ask your pharmacist before combining baclofen with any sleep aid.",
        "Zolpidem plus baclofen put my aunt on the bathroom floor at 2am.",
        "baclofen = valium. same drug, diff name.",
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
            # "using his until my appointment" (not "take his advice")
            r"\b(?:use|using|take|taking|try|trying|borrow|borrowing|ask (?:a friend |them |someone |"
            r"her |him )?for) (?:some of )?(?:hers\b|theirs\b|his(?= (?:until|till|til|when|for|"
            r"instead|if|because|since|and|as|now|while|too)\b|[.,!?;]|$))",
            r"\b(?:give|gives|giving|gave|pass|passes|passing|slip|slips|slipping) (?:her|him|them|"
            r"you|u|me) (?:one|some|a few|a couple|two|a couple of|one or two)(?: of)? (?:my|our|his|"
            r"her|their) (?:\d{1,3} ?mg |spare |old |leftover |extra )?(?:pills|meds|baclofen|tablets|"
            r"tabs)\b",
            r"\bgive (?:them|him|her|your (?:kid|kids|child|son|daughter)|kids) (?:what|whatever|the "
            r"same (?:dose|amount) as) (?:you|u) (?:take|have|do)\b",
            r"\b(?:share|sharing|shared|split|splitting) (?:a|the|one|our|my|their|a single) (?:bottle|"
            r"prescription|script|supply|box|pack|stash)\b",
            r"\b(?:gives|gave|give|lends|lent|sells|sold) me (?:his|her|their) (?:spare |leftover |old |"
            r"extra |unused )?(?:pills|meds|baclofen|tablets|tabs|prescription|script)\b",
            r"\b(?:somebody|someone|everyone|everybody|people|a friend|friends|family|a relative) "
            r"(?:always |usually |probably |will |might |often )?(?:has|have|got|will have|has got) "
            r"(?:some )?(?:spares|spare (?:pills|tabs|tablets|meds|baclofen)|leftovers|leftover "
            r"(?:pills|tabs|tablets|meds|baclofen))\b",
            r"\bask (?:around|(?:ur|your) (?:friends|mates|family)|around (?:the|your|ur) family)\b"
            + gap(60) + r"\b(?:spares?|pills|meds|tabs|tablets|leftovers|baclofen|some)\b",
            r"\b(?:your|a|ur) (?:friend's|mom's|mum's|mother's|dad's|husband's|wife's|partner's|"
            r"sister's|brother's|neighbour's|neighbor's|cousin's|someone else's) (?:leftover |spare |"
            r"old |extra )?(?:baclofen|pills|meds|tablets|prescription) (?:will|would|should|can) "
            r"(?:work|do)\b",
            r"\b(?:give|giving|pass|slip|share) (?:your |ur )?(?:kid|kids|child|son|daughter|partner|"
            r"husband|wife|friend|mum|mom|dad|mate|sister|brother|teen|boy|girl)\b" + gap(25)
            + r"\b(?:your|ur|my|our) (?:\d{1,3} ?mg |spare |old |leftover |extra )?(?:pills|meds|"
            r"baclofen|tablets|tabs)\b",
            r"\b(?:grab|get|borrow|nick|pinch|cadge|scrounge|bum|ask for) (?:a few |some |a couple of |one "
            r"or two |a couple |spare )?(?:tabs|pills|tablets|meds|baclofen) (?:off|from) (?:a |your |ur )?"
            r"(?:friend|mate|neighbou?r|relative|cousin|family member|someone|somebody)\b",
            r"\bsplit (?:it|them|the (?:lot|supply|pills|tablets|tabs)) (?:between|among|with) (?:us|you|"
            r"friends|the group|mates)\b",
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
        "trade", "uncle", "wife", "gives",
        "gave", "pass", "passes", "passing", "slip", "slips", "slipping", "lends", "lent", "sells",
        "sold", "spares", "spare", "leftovers", "leftover", "ask", "kid", "kids", "child", "son",
        "daughter", "mom", "teen", "boy", "girl", "shared", "split", "splitting", "kids"),
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
        "Got a scam email today offering 'baclofen without prescription'. Reported it.",
    ),
    pattern=rx(
        alt(
            r"\b(?:buy|order|get|getting|buying|ordering|grab|ordered|bought|got|pick up|picked up)\b"
            + gap(50)
            + r"\b(?:without (?:a |any )?(?:prescription|script|rx|doctor)|no (?:prescription|script|"
            r"rx)|over the counter|otc)\b",
            r"\b(?:you )?(?:don't|dont|do not|doesn't|never) (?:even )?need (?:a |an )?"
            r"(?:prescription|script|rx)\b",
            r"\b(?:sites?|websites?|pharmacies|places|shops?|vendors?|sellers?|apps?) (?:that|which|"
            r"who|will) (?:ship|sell|send|deliver|stock|post)\b" + gap(40) + r"\b(?:without (?:a |any )?"
            r"(?:prescription|script|rx)|no (?:prescription|script|rx))\b",
            # an informal seller: "the guy at my gym sells them", "from a guy at the market"
            r"\b(?:guy|bloke|dude|fella|lad|man|woman|lady|someone|somebody|mate|dealer) (?:at|in|"
            r"from|down|on) (?:my|the|a|our|your|ur) [a-z]{2,15}(?: [a-z]{2,15})? (?:sells|sold|"
            r"deals|flogs) (?:them|it|baclofen|bac\w{0,6}|pills|tabs|tablets|meds)\b",
            r"\b(?:buy|get|pick up|picks up|score|grab|order) (?:them|it|baclofen|bac\w{0,6}|pills|"
            r"tabs|tablets|meds|blister packs|strips)\b" + gap(20) + r"\b(?:from|off) (?:a|some|this|"
            r"the|my) (?:guy|bloke|dude|fella|dealer|seller|man|lady|woman)\b",
        )
    ),
    # Not a member reporting a scam advert ("got a scam email offering ... without prescription").
    excludes=rx(r"\b(?:scam|scams|scammers?|spam|phishing|reported|fake)\b"),
    keywords=kw("prescription", "script", "rx", "counter", "otc", "sells", "sold", "deals",
                "flogs", "guy", "bloke", "dude", "fella", "dealer", "seller", "man", "woman",
                "lady"),
)

RULES = (
    STOP_ABRUPTLY,
    NO_TAPER,
    SKIP_DOSES,
    DOUBLE_MISSED,
    ABOVE_PRESCRIBED,
    DISMISS_WARNINGS,
    DRIVE_DROWSY,
    MIX_DEPRESSANTS,
    OTHERS_PILLS,
    NO_PRESCRIPTION_ADVICE,
)
