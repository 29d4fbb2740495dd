"""Abuse: insulting or shaming members.

An insult is aimed at a person ("you're pathetic", "you idiots", "shut up"); shaming is aimed
at the people who take baclofen ("this drug is just for weak people", "people who take it are
giving up"). Strong words aimed at a situation, at oneself or as a warning are not abuse:
"Don't be stupid. Taper." (a member warning others after her own seizure), "sorry if this is a
stupid question", "this stupid drug makes me so tired". Being rude about a claim ("that
assertion is reductive") is not abuse either.
"""

from __future__ import annotations

from ..context import Doc, suppression
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans, iter_matches
from ._common import BACLOFEN, alt, gap, kw
from .lexicon_abuse import (
    DIRECT_KEYWORDS,
    DIRECT_RX,
    EXTRA_KEYWORDS,
    MEMBER_CUE_RX,
    THIRD_KEYWORDS,
    THIRD_PERSON_RX,
    WISH_HARM_RX,
    WISH_KEYWORDS,
)

CATEGORY = "abuse"

INSULT_WORD = alt(
    r"idiots?", r"morons?", r"stupid", r"dumb", r"dumbass(?:es)?", r"pathetic", r"losers?",
    r"clowns?", r"fools?", r"imbeciles?", r"retard(?:ed|s)?", r"weak", r"lazy", r"junkies?",
    r"addicts?", r"drama queens?", r"hypochondriacs?", r"attention seekers?", r"attention whores?",
    r"cry ?bab(?:y|ies)", r"snowflakes?", r"delusional", r"brainwashed", r"sheep", r"sheeple",
    r"pill poppers?", r"waste of space", r"a joke", r"disgrace", r"parasites?", r"leech(?:es)?",
    r"scroungers?", r"whiners?", r"whingers?", r"cowards?", r"fakers?", r"liars?", r"trolls?",
    r"ignorant", r"thick", r"useless", r"worthless", r"spineless", r"entitled", r"crazy",
    r"mental", r"nutters?", r"psychos?", r"zombies?", r"failures?", r"quitters?", r"dense",
    r"daft", r"clueless", r"dim", r"brain ?dead",
)  # fmt: skip
VOCATIVE = alt(
    r"idiots?", r"morons?", r"fools?", r"clowns?", r"losers?", r"muppets?", r"dumbass(?:es)?",
    r"imbeciles?", r"cretins?", r"pillocks?", r"numpt(?:y|ies)", r"twats?", r"pricks?",
    r"dicks?", r"sheep", r"junkies?", r"addicts", r"hypochondriacs", r"snowflakes",
    r"pill poppers", r"whiners", r"cowards", r"weaklings?", r"crybab(?:y|ies)", r"trolls?",
)  # fmt: skip

_INSULT_RX = fast_compile(
    alt(
        r"\b(?:you|u|ya)(?:'re| are|re| r)(?: such| just| really| so| all| being| clearly| "
        r"obviously| nothing but| a bunch of| the)?(?: a| an)?(?: complete| total| absolute| utter| "
        r"massive| real| whiny| little| pathetic| lazy)? " + INSULT_WORD + r"\b",
        r"\bwhat an? [a-z ]{0,25}?\b(?:idiot|moron|loser|clown|joke|snowflake|crybaby|cry baby|"
        r"whiner|drama queen|hypochondriac|baby)\b",
        r"\b(?:your|ur) (?:posts?|comments?|questions?|opinions?|advice|takes?|replies|whining)"
        r" (?:is|are) (?:so |really |just |incredibly |truly )?(?:stupid|dumb|idiotic|pathetic|"
        r"moronic|trash|garbage|worthless)\b",
        r"\bur (?:such |just |really |so )?(?:a |an )?" + INSULT_WORD + r"\b",
        r"\b(?:you|u|ya)(?: stupid| pathetic| absolute| complete| utter| total| ignorant| lazy| "
        r"weak)? " + VOCATIVE + r"\b",
        r"\bare (?:you|u) (?:stupid|dumb|thick|an idiot|a moron|mental|brain ?dead|"
        r"illiterate)\b",
        r"\b(?:you|u) (?:sound|sounds|act|acting|look|looking|come across) like (?:a |an |such a )?"
        + INSULT_WORD + r"\b",
        r"\b(?:you|u)(?:'re| are|re| r)(?: \w{1,10})? too (?:lazy|weak|stupid|dumb|soft|thick)\b",
        r"\b(?:everyone|everybody|all of you|you all|y'all|people) (?:here |on here |on this forum "
        r"|in this group |in here )?(?:is|are) (?:a |an |just )?(?:[a-z-]{1,16} )?(?:losers?|"
        r"idiots?|morons?|junkies?|addicts?|sheep|clowns?|pill poppers?|snowflakes?|"
        r"crybabies|whiners)\b",
        r"\b(?:typical|another) (?:snowflake|junkie|addict|hypochondriac|whiner|drama queen|pill popper|"
        r"crybaby|loser|victim)s?\b",
        r"\byou think (?:you're|youre|you are|ur) (?:special|better than|so special|the only one|"
        r"so tough|a doctor|smarter)\b",
        r"\b(?:shut up|shut the \w{1,5} up|stfu|fuck (?:you|off)|f off|piss off|screw you|"
        r"go to hell|get lost|get a life|nobody asked|no one asked|kill yourself|kys|drop dead|"
        r"grow a spine|man up|toughen up|harden up|cry me a river|get over yourself|"
        r"stop (?:whining|whinging|complaining|moaning|crying|being (?:a )?(?:baby|babies|"
        r"crybaby|weak|lazy|dramatic|pathetic|so dramatic|a wimp|such a wimp|such a baby|"
        r"such a crybaby|such a wuss|a wuss))|shut it|nobody wants (?:your|to hear)|"
        r"no one wants (?:your|to hear)|"
        r"nobody cares (?:about|what) (?:you|your)|no one cares (?:about|what) (?:you|your)|"
        r"what an? (?:idiot|moron|loser|clown|joke|snowflake)|go away troll|"
        r"(?:stupid|dumb|idiotic|moronic|pathetic|ridiculous) (?:people|person) like you)\b",
        r"\b(?:your|what a) (?:stupid|dumb|idiotic|moronic|pathetic|ignorant) (?:question|post|"
        r"comment|opinion|advice|posts|comments|take|takes|whining|excuses?)\b",
    )
)  # fmt: skip
_PREMISE = frozenset({"premise"})


_INSULT_KEYWORDS = kw("dense", "daft", "clueless", "dim", "wuss", "wants", "losers", "everyone",
        "everybody", "addict", "addicts", "another", "asked", "attention", "babies", "baby",
        "brain",
        "braindead", "brainwashed", "cares", "clown", "clowns", "complaining", "coward",
        "cowards", "crazy", "cretin", "cretins", "cry", "crybabies", "crybaby", "crying",
        "dead", "delusional", "dick", "dicks", "disgrace", "drama", "dramatic", "dumb",
        "dumbass", "dumbasses", "entitled", "failure", "failures", "faker", "fakers",
        "fool", "fools", "fuck", "garbage", "harden", "hell", "hypochondriac",
        "hypochondriacs", "idiot", "idiots", "ignorant", "illiterate", "imbecile",
        "imbeciles", "joke", "junkie", "junkies", "kill", "kys", "lazy", "leech",
        "leeches", "liar", "liars", "life", "loser", "losers", "lost", "man", "mental",
        "moaning", "moron", "morons", "muppet", "muppets", "numpties", "numpty", "nutter",
        "nutters", "parasite", "parasites", "pathetic", "pillock", "pillocks", "piss",
        "popper", "poppers", "prick", "pricks", "psycho", "psychos", "queen", "queens",
        "quitter", "quitters", "retard", "retarded", "retards", "river", "screw",
        "scrounger", "scroungers", "seeker", "seekers", "sheep", "sheeple", "shut",
        "smarter", "snowflake", "snowflakes", "special", "spine", "spineless", "stfu",
        "stupid", "thick", "tough", "toughen", "trash", "troll", "trolls", "twat", "twats",
        "typical", "useless", "victim", "waste", "weak", "weakling", "weaklings", "whiner",
        "whiners", "whinger", "whingers", "whinging", "whining", "whore", "whores", "wimp",
        "worthless", "yourself", "zombie", "zombies")  # fmt: skip


def _insult_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    """Direct insults (not inside an if-premise), wishes of harm, and insults about a member."""
    text = doc.text
    hits = [
        Hit(m.start(), m.end())
        for rx, words in ((_INSULT_RX, _INSULT_KEYWORDS), (DIRECT_RX, DIRECT_KEYWORDS))
        for m in iter_matches(rx, text, doc.keyword_spans(words))
        if not suppression(doc, m.start(), m.end(), _PREMISE)
    ]
    hits.extend(
        Hit(m.start(), m.end())
        for m in iter_matches(WISH_HARM_RX, text, doc.keyword_spans(WISH_KEYWORDS))
    )
    for m in iter_matches(THIRD_PERSON_RX, text, doc.keyword_spans(THIRD_KEYWORDS)):
        start, end = doc.sentence(m.start())
        before = doc.sentence(start - 1)[0] if start > 0 else start
        after = doc.sentence(end)[1] if end < len(text) else end
        if MEMBER_CUE_RX.search(text, before, after):
            hits.append(Hit(m.start(), m.end()))
    return hits


INSULT = Rule(
    code="insult",
    category=CATEGORY,
    severity=2,
    description="Insults a member directly.",
    reason="Insults another member.",
    reference=None,
    must_match=(
        "You're an idiot if you believe that.",
        "shut up you moron",
        "You think you're special?",
        "ur just a drama queen lol",
    ),
    must_not_match=(
        "I stopped baclofen cold turkey and ended up in the ER. Don't be stupid. Taper.",
        "Sorry if this is a stupid question, but does it make you dizzy?",
        "You are not weak for needing medication.",
        "If you're weak after your dose, lie down for a bit.",
    ),
    finder=_insult_finder,
    suppress=frozenset({"quote", "negation", "rebuttal"}),
    keywords=_INSULT_KEYWORDS | EXTRA_KEYWORDS,
)

_TAKERS = alt(r"people", r"those", r"anyone", r"everyone", r"folks", r"patients", r"you lot",
              r"you people", r"users")  # fmt: skip
_ON_DRUG = r"(?:" + BACLOFEN + r"|meds|muscle relaxers|this drug|this stuff|pills|medication)"
_SHAME_TRAIT = alt(
    r"weak", r"lazy", r"pathetic", r"giving up", r"quitters?", r"cowards?", r"(?:drug )?addicts?",
    r"junkies", r"junkie", r"losers?", r"pill poppers?", r"zombies?", r"sheep", r"idiots?",
    r"faking", r"fakers?", r"attention seekers?", r"soft", r"failures?", r"weak-minded",
    r"weak minded", r"spineless", r"hypochondriacs", r"avoiding", r"hiding", r"numbing",
    r"taking the easy way", r"the problem", r"a burden",
)  # fmt: skip

SHAMING = Rule(
    code="shaming",
    category=CATEGORY,
    severity=2,
    description="Shames members for taking baclofen or for their condition.",
    reason="Shames members for taking baclofen or for their condition.",
    reference=None,
    must_match=(
        "This drug is just for weak people.",
        "People who take baclofen are just giving up on healing.",
        "stop numbing yourself with chemicals",
        "If you can walk even a little you should be grateful and stop complaining.",
    ),
    must_not_match=(
        "Baclofen is not for weak people, it's for people whose muscles won't stop spasming.",
        "Someone told me this drug is just for weak people and I cried.",
        "If you're taking baclofen because you're too lazy to do rehab, then yes, it's a crutch. "
        "But if your spinal cord is broken - then it's dignity.",
    ),
    pattern=fast_compile(
        alt(
            r"\b(?:" + BACLOFEN + r"|this drug|this med|this medication|it|meds|medication|pills|"
            r"this stuff|muscle relaxers)(?: is| are)? (?:just |only |really |basically )?"
            r"(?:for|made for) (?:the )?(?:weak|lazy|pathetic|weak-minded|weak minded|soft)"
            r"(?: people| folks| minded| losers| ones)?\b",
            r"\b" + _TAKERS + r" (?:who|that) (?:take|takes|use|uses|are on|need|needs|rely on|"
            r"depend on)\b" + gap(25) + r"\b(?:are|r|is)(?: just| all| only| simply| basically)?"
            r"(?: a| an)? " + _SHAME_TRAIT + r"\b",
            r"\b" + _TAKERS + r" on " + _ON_DRUG + r"\b" + gap(10)
            + r"\b(?:are|r|is)(?: just| all| only| simply| basically)?(?: a| an)? " + _SHAME_TRAIT
            + r"\b",
            r"\b(?:crutch|excuse|cop-out|cop out) for (?:people|those|folks|anyone) (?:who are )?"
            r"too (?:weak|lazy|soft|scared)\b",
            r"\bimagine (?:needing|taking|having to take|relying on) (?:a pill|pills|meds|"
            r"medication|drugs|baclofen|a drug|chemicals)\b",
            r"\b(?:you(?:'re| are)|ur|youre) (?:just )?(?:avoiding|running from|hiding from|numbing|"
            r"masking|escaping) (?:your|the) (?:trauma|pain|problems|feelings|issues|emotions)\b",
            r"\b(?:stop|quit) (?:being so |being )?(?:dependent on|numbing yourself|hiding behind|"
            r"relying on|poisoning yourself)(?: with)? (?:chemicals|drugs|pills|meds)\b",
            r"\b(?:stop|quit) numbing yourself\b",
            r"\btoo lazy to (?:do rehab|exercise|stretch|do physio|work out|do pt|try|walk|"
            r"do the work|get better)\b",
            r"\b(?:should be grateful and stop|be grateful and stop complaining|"
            r"stop complaining and be grateful)\b",
            r"\bfaking (?:it|your (?:pain|symptoms|illness|disability|spasms))\b",
            r"\b(?:it's|its|it is|spasticity is|spasms are|the pain is|ms is) all in your (?:head|mind)\b",
            r"\b(?:just|only) (?:an excuse|a crutch) for (?:lazy|weak) people\b",
        )
    ),  # fmt: skip
    keywords=kw("addict", "addicts", "avoiding", "burden", "cop", "coward", "cowards", "crutch",
        "dependent", "easy", "escaping", "excuse", "failure", "failures", "faker",
        "fakers", "faking", "giving", "grateful", "head", "hiding", "hypochondriacs",
        "idiot", "idiots", "imagine", "junkie", "junkies", "lazy", "loser", "losers",
        "masking", "mind", "minded", "numbing", "pathetic", "poisoning", "popper",
        "poppers", "problem", "quitter", "quitters", "relying", "running", "seeker",
        "seekers", "sheep", "soft", "spineless", "weak", "zombie", "zombies"),  # fmt: skip
)

RULES = (INSULT, SHAMING)
