"""Abuse: insulting or shaming members.

An insult is aimed at a person ("you're pathetic", "you idiots", "shut up"); shaming is aimed
at the people who take baclofen ("this drug is just for weak people", "people who take it are
giving up"). Strong words aimed at a situation, at oneself or as a warning are not abuse:
"Don't be stupid. Taper." (a member warning others after her own seizure), "sorry if this is a
stupid question", "this stupid drug makes me so tired". Being rude about a claim ("that
assertion is reductive") is not abuse either.

Besides the original phrase patterns (INSULT, SHAMING), most detection is done by *frames*
(lexicon_abuse): a target (you, u, "you lot", an @handle, "this clown", "whoever wrote this")
within one clause of a word from a concept lexicon (insult nouns, insulting adjectives,
superlatives, "failed"/"wannabe" roles), each frame run only on the sentences holding its own
keywords. The families: direct and collective insults and insults about a member's posts
(MEMBER_INSULT), condescension and mockery (CONDESCENSION: "the grown-ups are talking", "did u
even read the leaflet", "all three of your brain cells"), silencing (SILENCING: "nobody cares
abt ur pump saga", "read it or leave") and shaming for needing medication (SHAMING: "real men
don't need pills", "people who need baclofen lack willpower"). Checks keep look-alikes out: the
writer's own words ("I'm such an idiot"), someone they call theirs or an outsider ("my boss is an
idiot", "the guy at the pharmacy"), a generic "you" describing the drug ("on 80mg you're a
zombie for the first week"), an if-premise, negation, quotes and reported speech.
"""

from __future__ import annotations

from ..context import Doc, suppression
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans, iter_matches
from ._common import BACLOFEN, alt, gap, gate_words, kw
from .lexicon_abuse import (
    CONDESCENSION_FRAMES,
    DIRECT_KEYWORDS,
    DIRECT_RX,
    EXTRA_KEYWORDS,
    GENERIC_YOU_AFTER_RX,
    GENERIC_YOU_BEFORE_RX,
    MEMBER_CUE_RX,
    MEMBER_FRAMES,
    MEMBER_TARGET_RX,
    OUTSIDER_RX,
    SELF_OR_OWN_RX,
    SHAMING_FRAMES,
    SILENCING_FRAMES,
    STRONG_MEMBER_RX,
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
        r"\bare (?:you|u) (?:even |actually |really |genuinely )?(?:disabled|sick|ill|in pain|"
        r"poorly|unwell|[a-z]{2,12}) or (?:just |simply |merely |only )?(?:lazy|thick|stupid|dumb|"
        r"dramatic|pathetic|weak|attention seeking)\b",
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
        r"\b(?:shut up(?! and take my money)|shut the \w{1,5} up|stfu|fuck (?:you|off)|f off|"
        r"piss off|screw you|go to hell|get lost|get a life|nobody asked(?! me| us| my| if| whether)|"
        r"no one asked(?! me| us| my| if| whether)|kill yourself|kys|drop dead|"
        r"grow a spine|man up|toughen up|harden up|cry me a river|get over yourself|"
        r"stop (?:whining|whinging|complaining|moaning|crying|being (?:a )?(?:baby|babies|"
        r"crybaby|weak|lazy|dramatic|pathetic|so dramatic|a wimp|such a wimp|such a baby|"
        r"such a crybaby|such a wuss|a wuss))|shut it|nobody wants (?:your|to hear)|"
        r"no one wants (?:your|to hear)|"
        r"nobody cares (?:about|what) (?:you|your)\b(?! (?:[a-z]{1,12} ){0,2}(?:more|as much|like))|"
        r"no one cares (?:about|what) (?:you|your)\b(?! (?:[a-z]{1,12} ){0,2}(?:more|as much|like))|"
        r"what an? (?:idiot|moron|loser|clown|joke|snowflake)|go away troll|"
        r"(?:stupid|dumb|idiotic|moronic|pathetic|ridiculous) (?:people|person) like you)\b",
        r"\b(?:your|what a) (?:stupid|dumb|idiotic|moronic|pathetic|ignorant) (?:question|post|"
        r"comment|opinion|advice|posts|comments|take|takes|whining|excuses?)\b",
    )
)  # fmt: skip
_PREMISE = frozenset({"premise"})


_INSULT_KEYWORDS = kw(
    "dense", "daft", "clueless", "dim", "wuss", "losers", "addict", "addicts", "another", "asked",
    "attention", "babies", "brain", "braindead", "brainwashed", "cares", "clown", "clowns",
    "complaining", "coward", "cowards", "cretin", "cretins", "cry", "crybabies", "crybaby",
    "crying", "dead", "delusional", "dick", "dicks", "disgrace", "drama", "dramatic", "dumbass",
    "dumbasses", "entitled", "faker", "fakers", "fool", "fools", "fuck", "garbage", "harden",
    "hell", "hypochondriac", "hypochondriacs", "idiot", "idiots", "ignorant", "illiterate",
    "imbecile", "imbeciles", "joke", "junkie", "junkies", "kill", "kys", "leech", "leeches",
    "liar", "liars", "loser", "lost", "man", "moaning", "moron", "morons", "muppet", "muppets",
    "numpties", "numpty", "nutter", "nutters", "parasite", "parasites", "pathetic", "pillock",
    "pillocks", "piss", "popper", "poppers", "prick", "pricks", "psycho", "psychos", "queen",
    "queens", "quitter", "quitters", "retard", "retarded", "retards", "river", "screw",
    "scrounger", "scroungers", "seeker", "seekers", "sheep", "sheeple", "shut", "snowflake",
    "snowflakes", "spine", "spineless", "stfu", "toughen", "trash", "troll", "trolls", "twat",
    "twats", "typical", "victim", "waste", "weakling", "weaklings", "whiner", "whiners", "whinger",
    "whingers", "whinging", "whining", "whore", "whores", "wimp", "worthless", "yourself",
)  # fmt: skip
# Insult words common in ordinary posts ("lazy", "stupid", "weak") only insult beside a second
# person ("you're so lazy", "ur stupid", "what a stupid question", "stop being weak"): search
# them there. ("everyone here are idiots" needs its noun, which is a keyword itself.)
_INSULT_GATES = (
    (kw("lazy", "stupid", "weak", "zombie", "zombies", "failure", "failures", "tough", "baby",
        "thick", "mental", "crazy", "useless", "special", "smarter", "dumb"),
     kw("you", "youre", "u", "ure", "ya", "yare", "ur", "your", "what", "stop")),
    (kw("life"), kw("get")),  # "get a life"
    (kw("wants"), kw("nobody", "one")),  # "nobody wants your opinion"
)  # fmt: skip


def _generic_you(doc: Doc, start: int, end: int) -> bool:
    """Whether "you" in this sentence means anyone, describing the drug or the condition."""
    sent_start, sent_end = doc.sentence(start)
    return (
        GENERIC_YOU_BEFORE_RX.search(doc.text, sent_start, start) is not None
        or GENERIC_YOU_AFTER_RX.search(doc.text, end, sent_end) is not None
    )


_INSULT_SEARCHES = ((_INSULT_RX, _INSULT_KEYWORDS, _INSULT_GATES), (DIRECT_RX, DIRECT_KEYWORDS, ()))


def _insult_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    """Direct insults (not inside an if-premise), wishes of harm, and insults about a member."""
    text = doc.text
    hits = [
        Hit(m.start(), m.end())
        for rx, words, gates in _INSULT_SEARCHES
        for m in iter_matches(rx, text, doc.keyword_spans(words, False, gates))
        if not suppression(doc, m.start(), m.end(), _PREMISE) and not _generic_you(doc, m.start(), m.end())
    ]
    hits.extend(
        Hit(m.start(), m.end()) for m in iter_matches(WISH_HARM_RX, text, doc.keyword_spans(WISH_KEYWORDS))
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
        "Are you even disabled or just lazy?",
        "The man is an absolute moron and I don't know why anyone replies to his posts.",
        "congrats on asking the single stupidest question this forum has ever seen",
    ),
    must_not_match=(
        "I stopped baclofen cold turkey and ended up in the ER. Don't be stupid. Taper.",
        "Sorry if this is a stupid question, but does it make you dizzy?",
        "You are not weak for needing medication.",
        "If you're weak after your dose, lie down for a bit.",
        "On 80mg you're a total zombie for the first week, it passes.",
        "Nobody asked me if I wanted to go up a dose, the neuro just did it.",
        "Are you in pain or just tired after the dose?",
    ),
    finder=_insult_finder,
    suppress=frozenset({"quote", "negation", "rebuttal"}),
    keywords=_INSULT_KEYWORDS | gate_words(_INSULT_GATES) | EXTRA_KEYWORDS,
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

# An imperative opens its sentence or clause, or follows an interjection ("seriously, log off").
_IMPERATIVE_BEFORE = fast_compile(
    r"(?:^|[.!?,;:+\n]|\b(?:seriously|honestly|please|pls|plz|mate|dude|lol|lmao|ugh|god|just|now|"
    r"so|and|then|oh|aww|aw)) ?$"
)
_YOU_CUE = fast_compile(r"@\w|\b(?:you|u|your|ur|yourself|urself|ya)\b")

# fmt: on


# How a frame's matches are checked: "premise" drops matches inside an if-premise ("if you're
# weak after a dose ..."); "member" keeps a match only when the post points at a member (the
# sentence or the one either side has an @handle, the forum, a thread, the mods ...) and the
# phrase is not the writer's own ("I'm such an idiot") or about someone they call theirs ("my
# boss is an idiot"); "self" drops matches the writer says of themself ("I'll quit moaning");
# "you" is "self" plus a second-person cue in the sentence or the one before; "imperative" is
# "self" for a phrase that must open its clause or follow an interjection ("cry more lol",
# "seriously, log off"); "plain" keeps every match.
def _frame_words(frames) -> frozenset[str]:
    """Every word a frame searches by, its gates' included: the rule runs when one is present."""
    return frozenset().union(*(words | gate_words(gates) for _, words, _, gates in frames))


def _frames_finder(frames, reach_next: bool = False):
    def finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
        text = doc.text
        hits = []
        for rx, words, check, gates in frames:
            # Most frames lack their words in a post: one lookup instead of a search.
            if not doc.keywords_mask(words) and not any(doc.keywords_mask(gate[0]) for gate in gates):
                continue
            for m in iter_matches(rx, text, doc.keyword_spans(words, reach_next, gates)):
                start = m.start()
                if check == "premise" and (
                    suppression(doc, start, m.end(), _PREMISE) or _generic_you(doc, start, m.end())
                ):
                    continue
                if check == "imperative" and not _IMPERATIVE_BEFORE.search(text, max(0, start - 12), start):
                    continue
                if check in ("member", "self", "you", "imperative"):
                    sent_start, sent_end = doc.sentence(start)
                    if SELF_OR_OWN_RX.search(text, max(sent_start, start - 60), start):
                        continue
                    before = doc.sentence(sent_start - 1)[0] if sent_start > 0 else sent_start
                    if check == "member":
                        after = doc.sentence(sent_end)[1] if sent_end < len(text) else sent_end
                        if not MEMBER_TARGET_RX.search(text, before, after):
                            continue
                        if OUTSIDER_RX.search(text, sent_start, sent_end) and not (
                            STRONG_MEMBER_RX.search(text, sent_start, sent_end)
                        ):
                            continue
                        # "What a jerk." right after a sentence about the pharmacist.
                        if (
                            start - sent_start < 12
                            and before < sent_start
                            and OUTSIDER_RX.search(text, before, sent_start)
                            and not STRONG_MEMBER_RX.search(text, before, sent_end)
                        ):
                            continue
                    if check == "you" and not _YOU_CUE.search(text, before, sent_end):
                        continue
                # A frame may name its verdict word ("core"): context is judged around it, so
                # "... is not that interesting and your writing is painful" is not negated.
                core = m.span("core") if "core" in rx.groupindex and m.group("core") else None
                hits.append(Hit(*core) if core else Hit(start, m.end()))
        return hits

    return finder


_SHAMING_RX = fast_compile(
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
            r"\breal (?:(?:ms|sci|cp|disabled|spastic|chronic pain|pain) )?(?:men|man|women|people|"
            r"athletes|fighters|warriors|tough guys|patients|sufferers|spoonies) (?:don't|dont|"
            r"do not|wouldn't|would not|never) (?:need|take|use|rely on|depend on|cry|complain|"
            r"whine|moan|pop)\b",
            r"\b(?:pathetic|embarrassing|shameful|laughable|a joke|a disgrace|weak|sad) (?:that|how) "
            r"(?:you|u|grown adults|adults|grown men|grown women) (?:\w{1,10} ){0,2}?(?:need|needs|"
            r"take|takes|rely|relies|depend|depends|pop|are on|can't cope|cant cope)\b",
        )
    )  # fmt: skip
_SHAMING_KEYWORDS = kw("addict", "addicts", "avoiding", "burden", "cop", "coward", "cowards", "crutch",
        "dependent", "easy", "escaping", "excuse", "failure", "failures", "faker",
        "fakers", "faking", "giving", "grateful", "head", "hiding", "hypochondriacs",
        "idiot", "idiots", "imagine", "junkie", "junkies", "lazy", "loser", "losers",
        "masking", "mind", "minded", "numbing", "pathetic", "poisoning", "popper",
        "poppers", "problem", "quitter", "quitters", "relying", "running", "seeker", "real",
        "embarrassing", "shameful", "laughable", "joke", "disgrace", "sad",
        "seekers", "sheep", "soft", "spineless", "weak", "zombie", "zombies")  # fmt: skip

# fmt: off
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
        "real men don't need pills for a few cramps",
        "honestly pathetic that you need pills to get out of bed",
        "people who need baclofen just lack willpower",
        "you're addicted and too weak to admit it",
        "stop hiding behind your diagnosis",
        "your 'spasms' are all in your head lol",
        "back in my day we didn't whine about a few spasms, pathetic generation",
        "get off the pills and get off your backside",
        "stop larping for sympathy",
        "you just like the attention and the free parking badge",
        "OP is obviously faking the spasticity for attention.",
        "real SCI people don't whine this much",
    ),
    must_not_match=(
        "Baclofen is not for weak people, it's for people whose muscles won't stop spasming.",
        "Someone told me this drug is just for weak people and I cried.",
        "If you're taking baclofen because you're too lazy to do rehab, then yes, it's a crutch. "
        "But if your spinal cord is broken - then it's dignity.",
        "I lack the willpower to stretch every day lol",
        "My son has no discipline with his tablets, any tips?",
        "It's not all in your head, spasticity is real.",
        "You are definitely not too weak to try physio.",
        "you've given up so much to care for him",
    ),
    finder=_frames_finder(((_SHAMING_RX, _SHAMING_KEYWORDS, "plain", ()), *SHAMING_FRAMES)),
    keywords=_SHAMING_KEYWORDS | _frame_words(SHAMING_FRAMES),
)


MEMBER_INSULT = Rule(
    code="member-insult",
    category=CATEGORY,
    severity=2,
    description="Insults a member, several members or a member's posts (broader insult frames).",
    reason="Insults another member or their posts.",
    reference=None,
    must_match=(
        "@Marcy_K you must be the most spineless person on this entire forum.",
        "You are genuinely the dumbest poster on this board, @frankie_d.",
        "Are you seriously this dense, @carol_b?",
        "You're preachy, smug, and clearly think you're a consultant.",
        "Everyone knows you're a failed pharmacy tech.",
        "you're the reason people leave this forum",
        "just bin them already, you whinging mess",
        "You lot asking the same cold turkey question every week are a waste of oxygen.",
        "The so-called regulars on this forum are a clique of bitter old cows.",
        "This forum is full of absolute babies.",
        "the stupidity in this thread is breathtaking",
        "Just blocked @OldJoeMS. Done reading the ramblings of a senile old fool.",
        "mods pls ban this clown, hes useless",
        "ur avatar is as ugly as ur opinions",
        "your writing is painful to get through",
        "lol at the mums in here panicking over every sneeze",
        "whoever wrote this is a clueless muppet",
        "@jenny_b you are a complete and utter clown",
        "you sound like a spoilt child",
        "ppl like u r the problem with this forum",
        "this guy thinks he's a doctor lmao, ban him",
        "Your posts make me want to bang my head on a wall, you absolute melt.",
        "you people with your 'spasms' are all just lazy",
        "you come across as an attention-seeker who enjoys being poorly",
        "The mods on this forum are a bunch of power-tripping halfwits.",
        "everything u post is nonsense",
        "you post the same nonsense every single week",
        "every reply from @DrNotADoctor is confidently wrong",
        "that says everything about your IQ, @wheels",
        "It's genuinely painful watching you try.",
        "Your brain must be as stiff as your legs",
        "ur questions make my brain hurt",
        "this is why nobody takes us seriously, people like OP crying over a 5 mg bump",
        "Mods pls ban this crying baby already",
        "The forum's resident drama queen is back with another tale of woe.",
        "she's been wrong since she joined and she's a bit dim",
    ),
    must_not_match=(
        "My manager is an absolute idiot, told me baclofen is an excuse.",
        "I'm such an idiot, forgot my tablets at home. Posting from the pharmacy.",
        "Sorry for being a jerk in the thread yesterday.",
        "If you're clueless about tapering, ask your neuro.",
        "Some of you are absolute legends.",
        "You're not stupid for asking.",
        "Someone called me a cripple at the supermarket, so glad this forum exists.",
        "The guy at the pharmacy counter was such a moron. Has anyone on here had this?",
        "When you first start, you're clueless about the side effects.",
        "you absolute legend, thank you!",
        "Your questions are never stupid here.",
        "My neighbour's a nosy old cow but she drives me to appointments.",
        "u absolute madman, u did a 5k w/ ms?? legend",
        "The bloke at the pharmacy was SO rude today. What a jerk. Anyway @annaP, yes.",
        "Your story is painful to read, sending hugs.",
        "My legs are as stiff as a board today.",
    ),
    finder=_frames_finder(MEMBER_FRAMES),
    suppress=frozenset({"quote", "negation", "rebuttal"}),
    keywords=_frame_words(MEMBER_FRAMES),
)

CONDESCENSION = Rule(
    code="condescension",
    category=CATEGORY,
    severity=1,
    description="Talks down to or mocks a member (condescension, sarcasm about their intelligence).",
    reason="Mocks or talks down to another member.",
    reference=None,
    must_match=(
        "Off you pop back to the beginners' threads, the grown-ups are talking.",
        "Use the search bar like a grown adult for once in your life.",
        "lol imagine being this dumb",
        "did u even read the leaflet",
        "Learn proper English before posting.",
        "Go back to Facebook, grandpa.",
        "Typical boomer reply from @oldtimer55.",
        "I'm sure all three of your brain cells worked really hard on it.",
        "Do any of you actually have working brains, or has the baclofen eaten them?",
        "cry more lol",
        "no wonder ur doc dumped u",
        "Cute that you think 40 mg is a lot.",
        "Ha, this one thinks 40 mg is a high dose.",
        "Sweetie, that's not how any of this works.",
        "Do you even know what a milligram is? Embarrassing.",
        "Another whinge from @pete, what a surprise.",
        "bless your heart, you really believe that",
        "ok boomer go ask ur grandkids how to google",
        "Imagine being so brainwashed that every word your neuro says is gospel.",
        "Imagine being so bone idle you can't even use the search box.",
        "Sweetie, I know big words are hard. Maybe stick to the kiddie pool.",
        "Some of us actually read the leaflet, dear.",
        "Another one who thinks an afternoon on Google is equivalent to a medical degree.",
        "Maybe read a book, any book, before posting again.",
        "Thanks for the copy-paste, genius.",
        "stop posting in our threads, tourist",
    ),
    must_not_match=(
        "Did you read the leaflet? It explains the taper.",
        "Go back to your GP if it doesn't improve.",
        "I had to learn to walk again after the injury.",
        "no wonder you're tired, that's a big dose",
        "I cry more these days, is that the baclofen?",
        "Do you have brain fog on it?",
        "My son takes it like an adult now.",
        "Bless your heart for sharing this, it really helped.",
        "Typical boomer doctor, wouldn't listen to me. Changed GP.",
        "Aww honey, sending hugs, that sounds so hard.",
        "Funny how you think of these things at 3am.",
        "Does anyone actually know if the liquid works faster?",
        "Bless you for trusting the leaflet, hon. Some of us bothered to look at who funds it.",
    ),
    # "another 'is this normal??' thread from ...": a quoted question ends a sentence early.
    finder=_frames_finder(CONDESCENSION_FRAMES, reach_next=True),
    suppress=frozenset({"quote", "negation", "rebuttal"}),
    keywords=_frame_words(CONDESCENSION_FRAMES),
)

SILENCING = Rule(
    code="silencing",
    category=CATEGORY,
    severity=2,
    description="Tells a member to shut up or leave, or that nobody cares about them.",
    reason="Tells another member to be quiet or leave.",
    reference=None,
    must_match=(
        "@spasticsue nobody cares abt ur pump saga, log off",
        "There's a pinned post. Read it or leave.",
        "quit whining to strangers on the internet",
        "Maybe if you spent less time whining here you'd get better.",
        "nobody is interested in your life story",
        "take your sob stories somewhere else",
        "Go cry to your neuro, nobody here cares.",
        "Honestly, grow a backbone.",
        "nobody wants to read about your bowels every day",
        "take the hint and leave",
        "this forum would be better without you",
        "no one here likes you, @dan",
        "you should be banned, honestly",
        "quit clogging up the forum with your nonsense",
        "nobody believes your 'spasms'",
        "y r u even here, u dont even have ms",
        "ratio + stop posting in our threads",
    ),
    must_not_match=(
        "Nobody cares about my spasms at work, my boss says.",
        "I'll quit complaining now, thanks for listening.",
        "I print the leaflets but nobody reads them.",
        "Told my family about the spasms. Nobody cares.",
        "Nobody likes being on meds, but it helps.",
        "The forum is so much better since the update.",
        "Nobody cares about you more than this group does!",
        "No one cares about your health like you do, so advocate for yourself.",
        "Log off for a bit and rest, you deserve a break.",
        "Just an update for those who asked. I'm now settled on 20 mg.",
        "Nobody believes me about the pain at work.",
    ),
    finder=_frames_finder(SILENCING_FRAMES),
    suppress=frozenset({"quote", "rebuttal"}),
    keywords=_frame_words(SILENCING_FRAMES),
)

RULES = (INSULT, SHAMING, MEMBER_INSULT, CONDESCENSION, SILENCING)

# The frame patterns as module attributes too, so that the engine's pattern checks
# (tests/moderation/test_engine.py looks at every compiled pattern of this module) cover them.
for _i, (_rx, *_) in enumerate(
    (*MEMBER_FRAMES, *CONDESCENSION_FRAMES, *SILENCING_FRAMES, *SHAMING_FRAMES)
):
    globals()[f"_FRAME_RX_{_i}"] = _rx
