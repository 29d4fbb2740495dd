"""Broader insult patterns (used by abuse.INSULT), in three groups by how context applies.

* ``DIRECT_RX``: insults aimed at "you" (or "you people"); like the rule's own patterns they
  are cancelled inside the if-part of a conditional ("if you're weak after a dose, ...").
* ``WISH_HARM_RX``: wishing harm on someone ("you deserve the spasms", "hope you rot"); this is
  abuse whether or not it follows an "if" ("if you can't take a pill on time you deserve it").
* ``THIRD_PERSON_RX``: insults about a third person ("he's a waste of space", "the OP is an
  attention seeker"); they only count when the sentence or the one either side plainly points
  at a member (the OP, an @handle, their posting, the mods, banning, "this forum"): "my ex is a
  waste of space" is not about a member.
"""

from __future__ import annotations

import re

from ..fastregex import fast_compile
from ._common import alt, kw


def _expand(fragment: str) -> list[str]:
    """Every string a simple regex fragment matches: literals, `\\x` escapes, `[...]` classes,
    `(?:a|b)` groups and `?` (nothing else). Used to derive keywords from the lexicons."""

    def seq(i: int) -> tuple[list[str], int]:
        out = [""]
        while i < len(fragment) and fragment[i] not in "|)":
            ch = fragment[i]
            if ch == "\\":
                atoms, i = ([""] if fragment[i + 1] == "b" else [fragment[i + 1]]), i + 2
            elif ch == "[":
                j = fragment.index("]", i + 2)
                atoms, i = list(fragment[i + 1 : j]), j + 1
            elif ch == "(":
                assert fragment.startswith("(?:", i), fragment
                atoms, i = [], i + 3
                while True:
                    branch, i = seq(i)
                    atoms += branch
                    i += 1
                    if fragment[i - 1] == ")":
                        break
            else:
                atoms, i = [ch], i + 1
            assert fragment[i : i + 1] not in ("*", "+", "{"), fragment
            if fragment[i : i + 1] == "?":
                atoms, i = ["", *atoms], i + 1
            out = [a + b for a in out for b in atoms]
        return out, i

    strings, end = seq(0)
    assert end == len(fragment), fragment
    return strings


def lexicon_words(*fragments: str) -> frozenset[str]:
    """Keywords for a lexicon: the longest word (run of a-z) of every string it matches (the
    first of equally long ones: "waste of space" -> "waste")."""
    words = set()
    for fragment in fragments:
        for string in _expand(fragment):
            found = re.findall(r"[a-z]+", string)
            words.add(max(found, key=len))
    return frozenset(words)


_YOU_ARE = r"(?:you|u|ya)(?:'re| are|re| r)"
_GROUP = alt(r"you people", r"you lot", r"you guys", r"y'all", r"yall", r"all of you",
             r"the lot of you", r"you all", r"everyone here", r"everybody here", r"half of you",
             r"most of you", r"the rest of you")  # fmt: skip
_GROUP_INSULT = alt(
    r"idiots?", r"morons?", r"pathetic", r"losers?", r"clowns?", r"fools?", r"sheep", r"junkies",
    r"addicts", r"drama queens", r"hypochondriacs", r"snowflakes?", r"crybabies", r"whiners",
    r"cowards", r"fakers", r"liars", r"trolls", r"useless", r"worthless", r"spineless",
    r"delusional", r"brainwashed", r"clueless", r"a joke", r"a disgrace", r"disgusting",
    r"insufferable", r"embarrassing", r"parasites", r"leeches", r"scroungers", r"lazy",
)  # fmt: skip
_BAD = alt(r"terrible", r"awful", r"horrible", r"useless", r"lousy", r"crap", r"crappy",
           r"shit", r"shitty", r"rubbish", r"disgusting", r"vile", r"pathetic", r"hopeless",
           r"sorry excuse for a", r"poor excuse for a", r"disgrace of a", r"joke of a")  # fmt: skip
_ROLE = alt(r"person", r"human", r"human being", r"nurse", r"carer", r"caregiver", r"mother",
            r"mum", r"mom", r"father", r"dad", r"parent", r"doctor", r"friend", r"wife",
            r"husband", r"partner", r"member", r"moderator", r"mod", r"excuse for a \w{1,15}")  # fmt: skip
_VOCATIVE = alt(
    r"idiots?", r"morons?", r"fools?", r"clowns?", r"losers?", r"muppets?", r"dumbass(?:es)?",
    r"imbeciles?", r"cretins?", r"pillocks?", r"numpt(?:y|ies)", r"twats?", r"pricks?",
    r"sheep", r"junkies?", r"snowflakes?", r"whiners?", r"cowards?", r"weaklings?",
    r"crybab(?:y|ies)", r"trolls?", r"softies?", r"wimps?", r"cripples?", r"spaz", r"retards?",
    r"freaks?", r"drama queens?", r"attention seekers?",
)  # fmt: skip
_INSULT_ADJ = alt(
    r"uptight", r"stupid", r"pathetic", r"whiny", r"whiney", r"lazy", r"useless", r"ignorant",
    r"little", r"absolute", r"complete", r"total", r"utter", r"miserable", r"sad", r"bitter",
    r"fat", r"ugly", r"dumb", r"sorry", r"spineless", r"entitled", r"arrogant", r"smug",
    r"clueless", r"brainless", r"fake", r"lying", r"pill-popping", r"pill popping", r"bloody",
    r"fucking", r"effing", r"freaking", r"self-righteous", r"sanctimonious", r"weak",
)  # fmt: skip
# Sentence start, or after punctuation, optionally after an interjection: an imperative.
_IMPERATIVE = r"(?:^|[.!?,;:\n] {0,3}|\b(?:seriously|honestly|please|pls|mate|dude|lol|lmao|ugh|god) )"

DIRECT_RX = fast_compile(
    alt(
        r"\b" + _GROUP + r" (?:are|r|is)(?: all| just| so| such| really| clearly| literally)?"
        r"(?: a bunch of| a pack of)? " + _GROUP_INSULT + r"\b",
        r"\b" + _YOU_ARE + r"(?: such| so| really| just| clearly| obviously)?(?: a| an| the)?"
        r"(?: \w{1,12})? " + _BAD + r" " + _ROLE + r"\b",
        r"\b" + _YOU_ARE + r"(?: so| such| really| just| being| clearly| obviously)?(?: a| an)? "
        r"(?:boring|annoying|insufferable|uptight|hypocrite|fraud|vile|disgusting|embarrassment|"
        r"menace|nuisance|toxic|waste of (?:space|oxygen|air|skin|time)|full of (?:it|shit|crap)|"
        r"faking(?: it)?|making it up|attention[- ]seeking|seeking attention|playing the victim)\b",
        r"\b(?:you|u) " + _INSULT_ADJ + r" " + _VOCATIVE + r"\b",
        r", (?:you )?" + _VOCATIVE + r"(?= {0,3}(?:[.!?\n]|$))",
        _IMPERATIVE
        + r"(?:log off(?! for a| and (?:rest|relax|sleep))|stop posting|quit posting|go away|get a grip|"
        r"get out of here|"
        r"leave (?:this|the) (?:forum|group|thread)|get off (?:this|the) (?:forum|group|thread)|"
        r"crawl back under (?:your|a|the) rock|do us all a favou?r)\b",
        r"\b(?:nobody|no one|noone) (?:wants|needs|likes) (?:you|u) (?:here|around|on here)\b",
        r"\b" + _YOU_ARE + r" making (?:everyone|us|all of us|this forum|the forum|people|this "
        r"place|the thread|this thread)(?: \w{1,12})? (?:dumber|stupider|sick|ill|worse)\b",
        r"\b(?:the |that's the |thats the |this is the )?(?:stupidest|dumbest|most idiotic|"
        r"most pathetic|most ignorant|most moronic) (?:question|post|comment|reply) (?:i've|ive|"
        r"i have|anyone has|anyone's|i've ever|ive ever|i have ever|ever|(?:this|the) (?:forum|board|"
        r"site|group|thread) (?:has|'s)(?: ever)?) (?:ever )?(?:seen|read|heard|posted|had)\b",
        r"\bdid (?:you|u) (?:even )?(?:go to|finish|pass|attend) (?:school|high school|primary school)\b",
        r"\bcan (?:you|u) (?:even |not )?read(?= {0,3}\?)",
        r"\b(?:typical|another|classic) ['\"]?(?:\w{1,12} )?(?:snowflake|junkie|hypochondriac|"
        r"whiner|whinger|drama queen|pill popper|crybaby|attention seeker|moaner|complainer)s?\b",
        r"\b(?:typical|another|classic) ['\"]?(?:woe is me|pity party|sob story|poor me)\b",
    )
)
WISH_HARM_RX = fast_compile(
    alt(
        r"\b(?:(?:you|u|ya)(?: really| totally| honestly| absolutely| fully| kinda| all)?|"
        r"people like (?:you|that|him|her|them)|(?:person|people|kind|type|sort|someone|"
        r"anyone) (?:who|that)|(?:he|she|they)(?: really| totally)?) deserves? "
        r"(?:to (?:suffer|rot|die|be (?:in pain|sick|paralysed|paralyzed|disabled|in a wheelchair|"
        r"miserable)|end up (?:in a wheelchair|paralysed|paralyzed|disabled|in hospital|dead|worse)|"
        r"be in agony|have (?:spasms|seizures)|stay sick|get worse)|(?:the|your|those|these|every|"
        r"all the|all your|all of the|every one of the) (?:spasms|pain|seizures|withdrawal|"
        r"suffering|misery)\b|(?:what|whatever|everything) (?:you|they|he|she) get)",
        r"\bhope (?:you|u|he|she|they) (?:all |both )?(?:die|suffer|choke|rot|get worse|"
        r"end up (?:in a wheelchair|paralysed|paralyzed|in hospital|dead)|never walk again)\b",
        r"\b(?:go|just|please) (?:die|rot)\b",
        r"\b(?:die|rot) in a (?:fire|ditch|hole)\b",
    )
)
THIRD_PERSON_RX = fast_compile(
    alt(
        r"\b(?:he|she|they|this guy|that guy|this woman|that woman|this person|the op|op|this "
        r"poster|that poster|the poster|this user|that user|the man|the woman|the guy|the bloke|"
        r"this bloke|that bloke|the lad|this lad|dude|this dude|that dude)(?:'s| is| are|'re| r)"
        r"(?: such| so| "
        r"just| clearly| obviously| really| all| nothing but| a bunch of)?(?: a| an| the)?(?: "
        r"complete| total| absolute| utter| massive| real| forum)? (?:idiots?|morons?|losers?|"
        r"clowns?|fools?|imbeciles?|a joke|a disgrace|attention seekers?|attention whores?|drama "
        r"queens?|trolls?|fakers?|liars?|frauds?|pathetic|parasites?|leech(?:es)?|scroungers?|"
        r"hypochondriacs?|snowflakes?|whiners?|crybab(?:y|ies)|cretins?|muppets?)\b",
        r"\b(?:an? |the )?(?:absolute |total |complete |utter )?waste of (?:space|oxygen|air|skin)\b",
        r"\b(?:these|those) (?:\w{1,12} )?(?:losers|idiots|morons|clowns|muppets|snowflakes|whiners|"
        r"crybabies|attention seekers|junkies|pill poppers|trolls|fools|imbeciles|cretins)\b"
        r"(?! (?:at|in|from|who work|working|on tv|on facebook))",
        r"\b(?:the )?forum (?:clown|idiot|troll|joke|loser|moron|fool|muppet)\b",
        r"\b(?:people|posters|members|users|folks) like (?:you|him|her|them|that|\w{2,20}) (?:are|is) "
        r"(?:why|the reason) (?:this|the) (?:forum|group|thread|site|community|place)\b",
    )
)
# The post is about a member: it mentions the forum, a thread, the OP, an @handle, the mods...
MEMBER_CUE_RX = fast_compile(
    r"@\w|\b(?:posts|posting|poster|posters|mods?|moderators?|ban|banned|op|this (?:forum|"
    r"group|thread|site)|in here|on here)\b"
)
# Each pattern group runs only on the sentences holding one of its own words.
DIRECT_KEYWORDS = kw(
    "idiot", "idiots", "moron", "morons", "pathetic", "loser", "losers", "clown", "clowns",
    "fool", "fools", "sheep", "junkies", "addicts", "drama", "hypochondriacs", "snowflake",
    "snowflakes", "crybabies", "whiners", "cowards", "fakers", "liars", "trolls", "useless",
    "worthless", "spineless", "delusional", "brainwashed", "clueless", "joke", "disgrace",
    "disgusting", "insufferable", "embarrassing", "parasites", "leeches", "scroungers", "lazy",
    "terrible", "awful", "horrible", "lousy", "crap", "crappy", "shit", "shitty", "rubbish",
    "vile", "hopeless", "excuse", "boring", "annoying", "uptight", "hypocrite", "fraud",
    "embarrassment", "menace", "nuisance", "toxic", "waste", "faking", "attention",
    "victim", "muppet", "muppets", "dumbass", "dumbasses", "imbecile", "imbeciles", "cretin",
    "cretins", "pillock", "pillocks", "numpty", "numpties", "twat", "twats", "prick", "pricks",
    "junkie", "whiner", "coward", "weakling", "weaklings", "crybaby", "troll", "softie",
    "softies", "wimp", "wimps", "cripple", "cripples", "spaz", "retard", "retards", "freak",
    "freaks", "seeker", "seekers", "queen", "queens", "log", "posting", "away", "grip", "crawl",
    "favour", "favor", "forum", "nobody", "noone", "dumber", "stupider",
    "stupidest", "dumbest", "idiotic", "ignorant", "moronic", "school", "read",
    "woe", "pity", "sob",
)  # fmt: skip
WISH_KEYWORDS = kw("deserve", "deserves", "hope", "die", "rot")
THIRD_KEYWORDS = kw(
    "idiot", "idiots", "moron", "morons", "loser", "losers", "clown", "clowns", "fool", "fools",
    "imbecile", "imbeciles", "joke", "disgrace", "seeker", "seekers", "whore", "whores", "queen",
    "queens", "troll", "trolls", "faker", "fakers", "liar", "liars", "fraud", "frauds",
    "pathetic", "parasite", "parasites", "leech", "leeches", "scrounger", "scroungers",
    "hypochondriac", "hypochondriacs", "snowflake", "snowflakes", "whiner", "whiners", "crybaby",
    "crybabies", "cretin", "cretins", "muppet", "muppets", "waste", "idiots", "junkies",
    "pill", "poppers",
)  # fmt: skip
EXTRA_KEYWORDS = DIRECT_KEYWORDS | WISH_KEYWORDS | THIRD_KEYWORDS


# --- Concept lexicons for the broader frames (used by abuse.MEMBER_INSULT, CONDESCENSION and
# SILENCING). A frame is a target (you, u, "you lot", an @handle, "this clown") within one
# clause of a word from a lexicon; each lexicon is a family (synonyms, plurals, informal
# spellings), and the frame's keywords are the lexicon's own words.

_NOUN_FORMS = (
    r"idiots?", r"morons?", r"fools?", r"clowns?", r"losers?", r"imbeciles?", r"cretins?",
    r"muppets?", r"numpt(?:y|ies)", r"pillocks?", r"dumbass(?:es)?", r"twats?", r"pricks?",
    r"jerks?", r"trolls?", r"snowflakes?", r"crybab(?:y|ies)", r"cry bab(?:y|ies)", r"whiners?",
    r"whingers?", r"moaners?", r"drama queens?", r"attention[- ]seekers?", r"attention whores?",
    r"hypochondriacs?", r"fakers?", r"frauds?", r"liars?", r"hypocrites?", r"cowards?",
    r"weaklings?", r"wimps?", r"wuss(?:es)?", r"bab(?:y|ies)", r"cows?", r"hags?",
    r"witch(?:es)?", r"bitch(?:es)?", r"karens?", r"boomers?", r"dinosaurs?",
    r"knowitalls?", r"keyboard warriors?", r"parasites?", r"leech(?:es)?",
    r"scroungers?", r"junkies?", r"pill poppers?", r"zombies?", r"nutters?", r"psychos?",
    r"lunatics?", r"halfwits?", r"nitwits?", r"dimwits?", r"simpletons?", r"buffoons?",
    r"dunces?", r"bozos?", r"doofus(?:es)?", r"plonkers?", r"prats?", r"sheep", r"sheeple",
    r"cripples?", r"retards?", r"freaks?", r"degenerates?", r"embarrassments?", r"disgraces?",
    r"waste of (?:space|oxygen|air|skin)", r"wastes of (?:space|oxygen|air|skin)",
)  # fmt: skip
# Predicate adjectives (and a few noun phrases) that insult a person: "you're preachy".
_PRED_FORMS = (
    r"stupid", r"dumb", r"dense", r"thick", r"pathetic", r"preachy", r"smug", r"arrogant",
    r"condescending", r"patronising", r"patronizing", r"obnoxious", r"insufferable",
    r"unbearable", r"clueless", r"ignorant", r"brainless", r"spineless", r"useless",
    r"worthless", r"delusional", r"deluded", r"gullible", r"embarrassing", r"lazy", r"entitled",
    r"selfish", r"whiny", r"whiney", r"pompous", r"sanctimonious", r"self-righteous",
    r"idiotic", r"moronic", r"retarded", r"brain ?dead", r"illiterate", r"hysterical",
    r"full of yourself", r"a joke", r"a disgrace", r"an embarrassment", r"cringe", r"cringey",
    r"tiresome", r"tedious", r"exhausting", r"annoying", r"irritating", r"toxic", r"vile",
    r"disgusting", r"a mess", r"dim", r"dim-?witted", r"brainwashed", r"bone[- ]idle",
    r"dramatic", r"overdramatic", r"melodramatic", r"thick as (?:mince|pigshit|two short planks)",
    r"a hot mess", r"a laughing ?stock", r"beyond help", r"beyond stupid",
    r"a waste of (?:space|oxygen|air|skin|time)",
)  # fmt: skip
# Adjectives that may stand before an insult noun ("a senile old fool", "bitter old cows").
_PRE_FORMS = (
    r"absolute", r"complete", r"total", r"utter", r"massive", r"real", r"proper", r"little",
    r"pathetic", r"whiny", r"whiney", r"whinging", r"whingy", r"whining", r"miserable",
    r"bitter", r"old", r"senile", r"stupid", r"dumb", r"lazy", r"useless", r"sad", r"sorry",
    r"clueless", r"ignorant", r"entitled", r"smug", r"arrogant", r"spineless", r"brainless",
    r"self-righteous", r"sanctimonious", r"fat", r"ugly", r"fake", r"lying", r"bloody",
    r"fucking", r"f\*cking", r"effing", r"freaking", r"pill-popping", r"pill popping",
    r"jumped[- ]up", r"pompous", r"condescending", r"tragic", r"crazy", r"weak", r"silly",
    r"thick", r"dense", r"gullible", r"deluded", r"delusional", r"insufferable", r"annoying",
    r"moaning", r"crying", r"big", r"biggest", r"giant", r"raging", r"resident", r"forum",
    r"typical", r"washed[- ]up", r"wannabe", r"failed", r"overgrown", r"spoilt", r"spoiled",
    r"hysterical", r"neurotic", r"paranoid", r"worthless", r"boring", r"nosy", r"nosey",
    r"walking", r"power[- ]tripping", r"power[- ]mad", r"know[- ]it[- ]all",
)  # fmt: skip
_SUPERLATIVE_FORMS = (
    r"dumbest", r"stupidest", r"thickest", r"densest", r"laziest", r"weakest", r"whiniest",
    r"most (?:pathetic|spineless|ignorant|annoying|clueless|useless|entitled|stupid|"
    r"insufferable|dense|arrogant|smug|condescending|obnoxious|boring|self-righteous|gullible|"
    r"deluded|delusional|idiotic|moronic|whiny|dramatic|tedious|irritating)",
    r"biggest (?:idiot|moron|fool|clown|loser|joke|baby|crybaby|whiner|hypochondriac|"
    r"drama queen|snowflake|hypocrite)",
    r"worst (?:poster|member|person|human|mother|mum|mom|father|dad|parent|patient|carer|"
    r"caregiver|user|commenter|contributor)",
)  # fmt: skip
_SUPERLATIVE_WORDS = kw(
    "dumbest", "stupidest", "thickest", "densest", "laziest", "weakest", "whiniest", "most",
    "biggest", "worst",
)  # fmt: skip
_FAKE_ROLE_FORMS = (
    r"failed", r"wannabe", r"washed[- ]up", r"self-appointed", r"self appointed", r"armchair",
    r"keyboard", r"pretend", r"jumped-up", r"glorified",
)  # fmt: skip
INSULT_NOUN = alt(*_NOUN_FORMS)
INSULT_PRED = alt(*_PRED_FORMS)
_PRES = r"(?:" + alt(*_PRE_FORMS) + r"(?:,? and |[ ,]{1,2})){0,3}"
_ADVS = (
    r"(?:"
    + alt(
        r"such", r"so", r"just", r"really", r"clearly", r"obviously", r"genuinely", r"honestly",
        r"seriously", r"literally", r"truly", r"easily", r"officially", r"probably",
        r"definitely", r"actually", r"basically", r"simply", r"always", r"being", r"all",
        r"still", r"too", r"nothing but", r"incredibly", r"unbelievably", r"ridiculously",
        r"painfully", r"embarrassingly", r"this", r"that", r"quite", r"a bit",
    )
    + r" ){0,2}"
)  # fmt: skip
_YOU_VERB = (
    r"(?:'re| are|re| r| must be| have to be| seem| seem like| sound like| look like| act like|"
    r" are acting like|'re acting like| come across as| came across as| are being|'re being)"
)
_YOU_BE = (
    r"(?:(?:you|u|ya)" + _YOU_VERB + r"|ur|your(?= (?:so|such|a|an|just|really|clearly|literally|honestly) ))"
)
INSULT_WORDS = lexicon_words(*_NOUN_FORMS, *_PRED_FORMS) | _SUPERLATIVE_WORDS

# Insults aimed at "you": "you must be the most spineless person on this forum", "you're
# genuinely the dumbest poster", "are you seriously this dense", "you're preachy, smug", "you're
# a failed pharmacy tech", "you whinging mess", "you're the reason people leave this forum".
# (One leading word boundary for all branches: much faster than one per branch.)
_INSULT_TAIL = (
    r"(?:(?:the )?"
    + alt(*_SUPERLATIVE_FORMS)
    + r"|(?:an? |such an? |the )?"
    + _PRES
    + INSULT_NOUN
    + r"|"
    + INSULT_PRED
    + r"|(?:an? )?"
    + alt(*_FAKE_ROLE_FORMS)
    + r" [a-z]{2,20})\b"
)
_MEMBER_IS_VERB = r"(?:'s| is| must be| sounds like| seems| seems like)"
MEMBER_DIRECT_RX = fast_compile(
    r"\b(?:(?:(?:you|u|ya)" + _YOU_VERB + r"|ur|your(?= (?:so|such|a|an|just|really|clearly|"
    r"literally|honestly) )|are (?:you|u|ya)|(?:whoever (?:wrote|posted|said|started|made|thinks|"
    r"believes) (?:this|that|the [a-z]{2,10})|the op|op)" + _MEMBER_IS_VERB + r") " + _ADVS
    + _INSULT_TAIL
    + r"|how " + INSULT_PRED + r" (?:are you|are u|r u|can you be|can u be|can one person be|"
    r"is this person)\b"
    r"|(?:you|u) (?:" + alt(*_PRE_FORMS) + r"[ ,]{1,2}){1,3}" + INSULT_NOUN + r"\b)"
    r"|@\w{1,30}" + _MEMBER_IS_VERB + r" " + _ADVS + _INSULT_TAIL
)  # fmt: skip
MEMBER_DIRECT_KEYWORDS = INSULT_WORDS | lexicon_words(*_FAKE_ROLE_FORMS)

# Several members at once: "you lot asking the same question every week are a waste of
# oxygen", "the regulars on this forum are a clique of bitter old cows", "this forum is full of
# absolute babies", "the stupidity in this thread", "do any of you have working brains".
_GROUP_SUBJECT = (
    r"\b(?:you lot|you people|you guys|all of you|the lot of you|y'all|yall|half of you|"
    r"most of you|some of you|the rest of you|(?:the )?(?:so[- ]called )?(?:regulars|mums|moms|"
    r"mothers|dads|parents|newbies|noobs|old[- ]?timers|members|posters|people|women|men|lot|"
    r"crowd|usual suspects|carers|caregivers|mods|moderators|admins|newcomers)(?: [a-z]{1,12})? "
    r"(?:(?:on|in|of) (?:here|this "
    r"(?:forum|thread|group|board|site|place))|here))\b"
)
_HERE = (
    r"(?:in here|on here|(?:in|on) (?:this|the) (?:thread|forum|group|board|site|comments|"
    r"replies))"
)
GROUP_RX = fast_compile(
    alt(
        _GROUP_SUBJECT + r"[^.!?\n]{0,80}?\b(?:are|r)(?: (?:all|just|so|such|really|clearly|"
        r"literally|nothing but|basically)){0,2}(?: a (?:bunch|clique|pack|load|gaggle|herd|lot|group"
        r"|band|gang) of)? (?:an? )?" + _PRES + r"(?:" + INSULT_NOUN + r"|" + INSULT_PRED
        + r"|soft|weak|spoilt|spoiled|snowflakes)\b",
        r"\b(?:this|the) (?:forum|thread|group|board|site|place|community)(?: here)? is (?:so |"
        r"just |absolutely |literally )?(?:full of|filled with|overrun (?:by|with)|nothing but|"
        r"crawling with|infested with|a bunch of|run by) " + _PRES + INSULT_NOUN + r"\b",
        r"\bthe (?:stupidity|idiocy|ignorance|dumbness|whining|whinging|moaning|entitlement|"
        r"self-pity|hypochondria|snowflakery|pettiness|cluelessness) " + _HERE,
    )
)  # fmt: skip
GROUP_KEYWORDS = INSULT_WORDS | kw("soft", "weak", "spoilt", "spoiled",
    "stupidity", "idiocy", "ignorance", "dumbness", "whining", "whinging", "moaning",
    "entitlement", "pity", "hypochondria", "snowflakery", "pettiness", "cluelessness",
)  # fmt: skip

# An insulting noun phrase about a third person ("the ramblings of a senile old fool", "ban this
# clown", "hes useless"): counts only when the post points at a member (see MEMBER_TARGET_RX)
# and the phrase is not the writer's own ("I'm such an idiot", "sorry for being a jerk") or
# about someone they name as theirs ("my boss is an idiot").
_NP_NOUN_FORMS = (
    *(f for f in _NOUN_FORMS if not f.startswith(("troll", "bab"))),
    r"(?:crying|whiny|whiney|whining|big|spoilt|spoiled|overgrown|cry) bab(?:y|ies)",
)
THIRD_NP_RX = fast_compile(
    alt(
        r"\b(?:a|an|this|that|such a|such an|what a|what an|of a|of an|bunch of|clique of|pack of|"
        r"load of|gaggle of|herd of|the resident|these|those|(?:some|all|one|half|most) of the|"
        r"the|(?:the|this|our) (?:forum|thread|group|board)'s) " + _PRES + alt(*_NP_NOUN_FORMS)
        + r"\b",
        r"\b" + alt(*_NP_NOUN_FORMS) + r" of the (?:century|year|decade|week|month|day|forum|thread)\b",
        r"\b(?:he|she|they|hes|shes|theyre)(?:'s|'re| is| are) " + _ADVS + r"(?:" + INSULT_PRED
        + r"|an? " + _PRES + alt(*_NP_NOUN_FORMS) + r")\b",
    )
)  # fmt: skip
THIRD_NP_KEYWORDS = lexicon_words(*_NP_NOUN_FORMS, *_PRED_FORMS)
_THIRD_NP_NOUNS = lexicon_words(*_NP_NOUN_FORMS)
_THIRD_NP_PREDICATES = THIRD_NP_KEYWORDS - _THIRD_NP_NOUNS  # only after "he's", "they are"
MEMBER_TARGET_RX = fast_compile(
    r"@\w|\bu/\w|\b(?:poster|posters|mods?|moderators?|ban|banned|block|blocked|muted|op|regulars|"
    r"newbies|joined|(?:this|the|our) (?:forum|thread|board|group)|in here|on here)\b"
)
# Someone outside the forum in the same sentence ("the guy at the pharmacy was such a moron"):
# the insult is about them unless the sentence itself names a member (@handle, ban, the mods).
OUTSIDER_RX = fast_compile(
    r"\b(?:pharmacist|pharmacy|chemist|doctor|doc|dr|gp|neuro|neurologist|nurse|consultant|"
    r"surgeon|physio|physiotherapist|therapist|receptionist|boss|manager|supervisor|insurer|"
    r"insurance|landlord|neighbou?r|teacher|coworker|co-worker|colleague|stranger|ex|husband|"
    r"wife|partner|mum|mom|dad|mother|father|brother|sister|family|in-laws?|politicians?|"
    r"government|clinic|hospital|office|supermarket|shop|store|work|bus|train|airport|facebook|"
    r"twitter|reddit|tiktok|youtube|news|tv)\b"
)
STRONG_MEMBER_RX = fast_compile(r"@\w|\b(?:mods?|moderators?|ban|banned|block|blocked|muted|op)\b")
# "You" meaning anyone, describing the drug or the condition: "on 80mg you're a total zombie for
# the first week", "when you first start you're clueless about the side effects".
_ON_DOSE = (
    r"on \d{1,4} ?mg|on (?:baclofen|bac|it|this drug|this stuff|the meds|a high dose|a low dose|"
    r"that dose|this dose)|by \d{1,2} ?(?:am|pm)|after (?:a|the|each|every) dose"
)
# ... before the insult ("when you first start, you're clueless"), or after it ("you're a zombie
# for the first week").
GENERIC_YOU_BEFORE_RX = fast_compile(
    r"\b(?:when|whenever|once|until|till|at first|the first|for the first|in the first|first few|"
    + _ON_DOSE
    + r")\b"
)
GENERIC_YOU_AFTER_RX = fast_compile(
    r"\b(?:at first|for the first|in the first|first few|it passes|wears off|it settles|" + _ON_DOSE + r")\b"
)
# The phrase is the writer's own, or someone the writer calls theirs.
SELF_OR_OWN_RX = fast_compile(
    r"(?:\b(?:i|i'm|im|i am|i was|i've been|ive been|i'll|ill|i will|i'd|i should|i must|i need to|"
    r"i have to|i gotta|i'm gonna|im gonna|i'm going to|let me|being|feel like|felt like|call me|"
    r"called me|calls me|makes me|made me|like me|me|myself|we|we're|we are|we'll|let's|lets)|"
    r"\b(?:my|our) [a-z]{2,20}(?: [a-z]{2,20})? (?:is|was|'s|are|were|has been|can be|being|has|"
    r"have|had|does))"
    r"(?: [a-z]{1,12}){0,2} ?$|\b(?:my|our) [a-z]{2,20}(?: [a-z]{2,20})? $"
)

# A member's posts, writing, spelling, avatar or opinions run down: "your writing is painful
# to get through", "ur avatar is as ugly as ur opinions", "ur spelling is as broken as ur spine".
_ATTRIBUTE_FORMS = (
    r"writing", r"spelling", r"grammar", r"english", r"posts?", r"threads?", r"essays?",
    r"repl(?:y|ies)", r"comments?", r"avatar", r"profile pic", r"pfp", r"opinions?",
    r"life story", r"rants?", r"questions?", r"advice", r"attitude", r"personality",
    r"username", r"sob stor(?:y|ies)", r"sagas?", r"drama", r"logic", r"ramblings?",
    r"contributions?", r"updates?", r"withdrawal stor(?:y|ies)",
)  # fmt: skip
_BAD_FORMS = (
    r"painful", r"ugly", r"embarrassing", r"cringe", r"cringey", r"cringeworthy", r"boring",
    r"tedious", r"unreadable", r"unbearable", r"insufferable", r"garbage", r"trash", r"rubbish",
    r"a joke", r"pathetic", r"stupid", r"dumb", r"idiotic", r"moronic", r"worthless", r"useless",
    r"a waste of (?:time|space|bandwidth|oxygen)", r"exhausting", r"tiresome", r"laughable",
    r"not (?:that |very |remotely )?interesting", r"so bad", r"awful", r"terrible", r"atrocious",
    r"nauseating", r"sickening", r"brain-?dead", r"fake", r"made up", r"lies", r"nonsense",
    r"drivel", r"bollocks", r"confidently wrong", r"fake attention[- ]seeking",
)  # fmt: skip
_AS_BAD = (
    r"ugly", r"broken", r"bad", r"stupid", r"dumb", r"useless", r"thick", r"dense", r"empty",
    r"boring", r"fake", r"pathetic", r"twisted", r"shallow", r"hollow", r"worthless", r"rotten", r"lame",
    r"crooked", r"messed up",
)  # fmt: skip
# (Joined with "|", not `alt`: `alt` would copy the named group into each spelled-out branch.)
ATTRIBUTE_RX = fast_compile(
    r"\b(?:your|ur|yer) (?:[a-z]{1,15} ){0,2}?" + alt(*_ATTRIBUTE_FORMS) + r"(?: [a-z]{1,15}){0,2}? "
    r"(?:(?:is|are|r|was|were) " + _ADVS + r"(?P<core>" + alt(*_BAD_FORMS) + r")\b|(?:make|makes|"
    r"made|give|gives) (?:me|my (?:brain|head|eyes)) (?:hurt|bleed|ache|a headache|cringe|want to "
    r"(?:scream|cry|vomit|puke|die)))"
)  # fmt: skip
ATTRIBUTE_KEYWORDS = (lexicon_words(*_ATTRIBUTE_FORMS) - {"withdrawal"}) | kw("story", "stories")

# Condescension, mockery and silencing come as small frames, each run only on the sentences
# holding one of its own keywords (a word every match contains), so that common words cost
# little. Each is (pattern, keywords, check); see abuse._frames_finder for the checks.


def _frame(pattern: str, words, check: str = "self", gates=()):
    return fast_compile(pattern), frozenset(words), check, gates


# Frames whose words are common ("stupid", "question") but which always name their target
# ("you", "your", "he", an @handle) are searched by gates: a lexicon word beside a target word
# (see Doc.keyword_spans).
_YOU_WORDS = kw("you", "youre", "u", "ure", "ya", "yare", "ur", "your", "whoever", "op", "how")
_YOUR_WORDS = kw("your", "ur", "yer")
_GROUP_WORDS = kw("you", "y", "yall", "here", "forum", "thread", "group", "board", "site",
                  "place", "community", "comments", "replies")  # fmt: skip
_THIRD_WORDS = kw("he", "she", "they", "hes", "shes", "theyre")


# fmt: off
_VOCATIVE_FORMS = (
    r"kiddo", r"sweetie", r"sweety", r"sweetheart", r"princess", r"buttercup", r"grandpa",
    r"grandad", r"granddad", r"gramps", r"grandma", r"granny", r"boomer", r"snowflake",
    r"junior", r"little one", r"little girl", r"little boy", r"sunshine", r"champ",
    r"einstein", r"sherlock", r"genius", r"tourist", r"professor",
)  # fmt: skip
_WEAK_VOCATIVE = r"(?:sweetie|sweetheart|sweety|honey|hun|darling|dear|love|kiddo|mate|buddy|pal)"
_REF_LEAVE = r"(?:leave|go away|get lost|gtfo|go elsewhere)"

# Talking down to a member: "the grown-ups are talking", "like a grown adult for once in your
# life", "imagine being this dumb", "did u even read the leaflet", "go back to Facebook,
# grandpa", "all three of your brain cells", "cry more", "no wonder ur doc dumped u".
CONDESCENSION_FRAMES = (
    _frame(
        r"\b(?:(?:the )?(?:grown[- ]?ups|adults|big boys|big girls|big kids|experts) are (?:talking|"
        r"speaking|busy)|let the (?:adults|grown[- ]?ups|big boys|big girls|experts) (?:talk|speak|"
        r"handle|deal)|leave it to the (?:adults|grown[- ]?ups|big boys))\b",
        ("grown", "grownups", "adults", "boys", "girls", "kids", "experts"),
    ),
    _frame(
        r"\bfor once in (?:your|ur|yer) (?:[a-z]{1,12} )?li(?:fe|ves)\b",
        ("once",),
    ),
    _frame(
        r"\blike an? (?:grown[- ]?up|grown adult|big boy|big girl|adult|normal adult|proper adult|"
        r"functioning adult)(?= {0,2}(?:[.,!?;\n]|for once|would|does|and|instead|$))",
        ("adult", "grownup", "grown", "boy", "girl"),
    ),
    _frame(
        r"\bbless (?:your|ur|yer) (?:little (?:heart|cotton socks|soul)\b|(?:heart|cotton socks|"
        r"soul),? (?:@\w|but\b|(?:you|u) (?:really |actually |genuinely |honestly |still )?(?:think|"
        r"thought|believe|reckon)))",
        ("bless",),
    ),
    _frame(
        r"\b(?:(?:cute|adorable|precious|hilarious|amusing|charming) (?:that|how)|funny that) (?:you|"
        r"u|this one|the op|op) (?:actually |really |still |genuinely |honestly )?(?:think|thinks|"
        r"believe|believes|reckon|reckons|imagine|assume)\b",
        ("cute", "adorable", "precious", "hilarious", "amusing", "charming", "funny"),
    ),
    _frame(
        r"\b(?:this|that) one (?:actually |really |still |genuinely )?(?:thinks|reckons|believes)\b",
        ("thinks", "reckons", "believes"),
    ),
    _frame(
        r"\bimagine (?:being|having|looking|sounding) (?:this|that|so|such an?) (?:"
        + alt(*_PRE_FORMS)
        + r"|"
        + INSULT_PRED
        + r"|"
        + INSULT_NOUN
        + r")\b",
        ("imagine",),
    ),
    _frame(
        r"\b(?:did|do|does|have|has) (?:you|u|ya|anyone|any of you|he|she) (?:even|actually|so much "
        r"as|at least) (?:bother(?:ed)? (?:to )?)?(?:read|reading|look|looking|open|check|scroll|"
        r"search|google|think)\b"
        r"|\b(?:did|do|does) (?:you|u|ya|he|she) even (?:know|understand|realise|realize|listen|care|"
        r"try|think|have a clue)\b"
        r"|\b(?:did|do|does) (?:you|u|ya) (?:even )?bother (?:to )?(?:read|reading|look|looking|"
        r"search|searching|google|googling|scroll|scrolling|check|checking)\b",
        ("even", "actually", "least", "bother", "bothered"),
    ),
    _frame(
        r"\b(?:are|r) (?:you|u|ya) allergic to (?:reading|scrolling|searching|google|googling|"
        r"thinking|basic|the search|common sense|facts|leaflets)\b",
        ("allergic",),
    ),
    _frame(
        r"\blearn (?:how )?to (?:read|spell|google|use google|use the search|think)\b(?! again)"
        r"|\blearn (?:proper|basic|some|real|actual) (?:english|grammar|spelling|manners|biology|"
        r"science|pharmacology)\b"
        r"|\blearn (?:[a-z]{1,8} )?english (?:before|first|then|mate|lol)\b",
        ("learn",),
    ),
    _frame(
        r"\b(?:go |try |maybe )?(?:read|open) a (?:book|dictionary)(?: or two| sometime| for once|"
        r" before|, any book)\b",
        ("book", "dictionary"),
    ),
    _frame(
        r"\b(?:go|run|crawl|get|head|hop|pop|toddle|trot|scurry|slink)(?: on)? (?:back|along|off) "
        r"to (?:facebook|reddit|twitter|tiktok|instagram|mumsnet|the beginners?'?|the newbie|"
        r"the kids'?|the kiddie|the baby|your cave|your bridge|your hole|under your rock|"
        r"kindergarten|nursery|the playground|where you came from|your echo chamber)\b",
        (
            "facebook",
            "reddit",
            "twitter",
            "tiktok",
            "instagram",
            "mumsnet",
            "beginner",
            "beginners",
            "newbie",
            "kids",
            "kiddie",
            "baby",
            "cave",
            "bridge",
            "hole",
            "rock",
            "kindergarten",
            "nursery",
            "playground",
            "came",
            "echo",
        ),
    ),  # fmt: skip
    _frame(
        r"\b(?:off you (?:pop|go|trot|toddle)|run along)\b",
        ("pop", "trot", "toddle", "along"),
    ),
    # A condescending vocative closing a clause: "..., kiddo", "Go back to Facebook, grandpa."
    _frame(
        r"[,.!?;:] ?(?:(?:thanks|ok|okay|sure|right|yes|yeah|no) )?(?P<core>"
        + alt(*_VOCATIVE_FORMS)
        + r")(?= {0,3}(?:[.!?,;\n]|lol|lmao|$))",
        lexicon_words(*_VOCATIVE_FORMS),
    ),
    _frame(
        r"\b" + _WEAK_VOCATIVE + r",? (?:that's|thats|that is|this is|it's|its) not (?:how|what|"
        r"the way)\b|\b(?:that's|thats|that is) not how (?:any of )?(?:this|it) works,? "
        + _WEAK_VOCATIVE
        + r"\b",
        (
            "sweetie",
            "sweetheart",
            "sweety",
            "honey",
            "hun",
            "darling",
            "dear",
            "love",
            "kiddo",
            "mate",
            "buddy",
            "pal",
        ),
    ),  # fmt: skip
    _frame(r"\bdiddums\b", ("diddums",)),
    _frame(
        r"\bok(?:ay)?,? (?:boomer|karen|zoomer|grandpa|grandma|granny|gramps|sweetie|kiddo|buddy|"
        r"sunshine|einstein|sherlock)\b",
        ("boomer", "karen", "zoomer", "grandpa", "grandma", "granny", "gramps", "sweetie",
         "kiddo", "buddy", "sunshine", "einstein", "sherlock"),
        "plain",
    ),  # fmt: skip
    _frame(
        r"\b(?:are|r) (?:you|u|ya) (?:actually |even |like |literally |really |seriously )?"
        r"(?:twelve|a toddler|in (?:primary|nursery) school)(?= {0,3}(?:[.!?,;\n]|or\b|lol|lmao|$))"
        r"|\b(?:big|long|complicated) words (?:are|r) (?:hard|difficult|tricky|scary)\b"
        r"|\bstick to the (?:kiddie|kiddy) (?:pool|end|threads?|section)\b"
        r"|\bsome of us (?:actually |can |do |did )?(?:read|can read|did (?:our|the) homework) "
        r"(?:the|a|our|instructions|leaflets?|labels?|rules)\b",
        ("twelve", "toddler", "primary", "nursery", "words", "kiddie", "kiddy", "read", "homework"),
    ),  # fmt: skip
    _frame(
        r"\b(?:google|googling|wikipedia|youtube|tiktok|facebook|the internet|dr google)\b"
        r"[^.!?\n]{0,50}?\b(?:medical degree|medical school|phd|degree in|medical licen[cs]e)"
        r"|\b(?:google|youtube|tiktok|facebook) (?:university|degree|phd|medical school|doctor)\b",
        ("degree", "phd", "licence", "license", "university"),
    ),
    _frame(
        r"\b(?:you|u|ya)(?:'re| are|re| r)(?: really)? not (?:that |so |very |some )?(?:special|"
        r"a special case|a special snowflake|the centre of the universe|the center of the "
        r"universe)\b|\bthe world (?:doesn't|does not|doesnt) revolve around (?:you|u)\b",
        ("special", "universe", "revolve"),
    ),
    _frame(
        r"\boh look,? (?:it's |its |here's |here comes |)(?:(?:@\w{1,30}|him|her|you)(?: again)?\b"
        r"|(?:yet )?another (?:[a-z'?!]{1,15} ){0,4}?(?:thread|post|question|rant|essay|sob story|"
        r"complaint|moan|whinge) (?:from|by)\b)"
        r"|\b(?:another|yet another) (?:whinge|whine|moan|rant|sob story|pity party|meltdown|"
        r"tantrum|cry for attention) (?:from|by)\b",
        ("look", "whinge", "whine", "moan", "rant", "sob", "pity", "meltdown", "tantrum", "cry"),
    ),
    _frame(
        r"\b(?:typical|classic|such a|such an|what a|what an|another) (?:boomer|karen|noob|newbie|"
        r"zoomer|millennial|snowflake|hypochondriac|drama queen|attention seeker)(?: (?:reply|"
        r"response|take|comment|post|question|attitude|nonsense|logic|behaviou?r|move|rant)\b|"
        r"(?= {0,3}(?:[.!?,;\n]|from\b|@|lol|$)))",
        (
            "boomer",
            "karen",
            "noob",
            "newbie",
            "zoomer",
            "millennial",
            "snowflake",
            "hypochondriac",
            "queen",
            "seeker",
        ),
    ),  # fmt: skip
    _frame(r"\bcry (?:more|harder|about it|me a river)\b", ("cry",), "imperative"),
    _frame(
        r"\b(?:boo ?hoo|wah wah|waah+|(?:world's|worlds) (?:smallest|tiniest) violin|tiny violin)\b",
        ("boo", "boohoo", "wah", "waah", "waahh", "violin"),
    ),
    _frame(
        r"\bno wonder (?:(?:your|ur|yer|you|u) (?:[a-z]{1,12} ){0,2}?(?:dumped|left|dropped|ditched|"
        r"fired|divorced|gave up on|gives up on|cant stand|can't stand|avoids|ignores|blocked)"
        r"(?: (?:you|u))?|(?:nobody|no one|noone) (?:likes|listens to|replies to|answers|wants|"
        r"talks to|takes|believes|reads) (?:you|u|your|ur))\b",
        ("wonder",),
    ),
    _frame(
        r"\b(?:(?:i'm|im|i am) sure (?:all (?:two|three|four|2|3) of |both of |the )?(?:your|ur) "
        r"(?:two |three |2 |3 |few |last |remaining |lonely |lone |single )?|(?:all (?:two|three|"
        r"four|2|3) of|both of) (?:your|ur|yer|his|her) |(?:your|ur|yer) (?:two|three|2|3|few|last|"
        r"remaining|lonely|lone|single|only) (?:remaining |working )?)brain ?cells?\b"
        r"|\b(?:you|u|any of you|anyone here|anyone in here|anybody here|anybody in here|he|she|"
        r"they)(?: [a-z]{1,10})? (?:even |actually |really |still )?(?:have|has|got|possess|own) "
        r"(?:a |any |one |more than one )?(?:working |functioning |functional |single |half a |"
        r"half )?(?:brains?|brain ?cells?)(?= {0,2}(?:[.,!?;\n]|or\b|at all|lol|left|between|$))",
        ("brain", "brains", "cell", "cells", "braincell", "braincells"),
    ),
    _frame(
        r"\b(?:not|ain't|aint|didn't|didnt|never) (?:gonna )?read(?:ing)? (?:all )?(?:that|this)"
        r"(?: (?:essay|novel|wall of text|rant|crap|nonsense))?(?= {0,3}(?:[.!?,;\n]|lol|lmao|$))",
        ("read", "reading"),
        "plain",
    ),
)

# Telling a member to be quiet or leave, or that nobody cares about them or owes them anything.
SILENCING_FRAMES = (
    _frame(
        r"\b(?:nobody|no one|noone|no1) (?:here |on here |in here )?(?:wants|needs|cares) to (?:read|"
        r"hear|know) (?:about )?(?:your|ur|yer|how you|what you|how u|what u)\b",
        ("read", "hear", "know"),
    ),
    _frame(
        r"\b(?:nobody|no one|noone|no1) (?:here |on here |in here )?(?:likes|wants|needs|will miss|"
        r"would miss|misses|listens to|takes) (?:you|u)\b(?! (?:to|if|when|for|as|more|like))",
        ("likes", "wants", "needs", "miss", "misses", "listens", "takes"),
    ),
    _frame(
        r"\bkeep (?:your|ur|yer) (?:whining|whinging|moaning|complaining|opinions?|drama|"
        r"complaints|sob stor(?:y|ies)|comments|nonsense|rubbish|crap|pity party) to (?:yourself|"
        r"urself)\b",
        ("yourself", "urself"),
    ),
    _frame(
        r"\b(?:clogging|cluttering|spamming|polluting|filling|flooding) up (?:the|this|our|my) "
        r"(?:forum|thread|group|feed|board|page)\b",
        ("clogging", "cluttering", "spamming", "polluting", "filling", "flooding"),
    ),
    _frame(
        r"\b(?:take the hint|take a hint|do us (?:all )?a favou?r|do everyone a favou?r) and "
        r"(?:leave|go|log off|get lost|disappear|shut up|stop posting|delete)\b",
        ("hint", "favour", "favor"),
    ),
    _frame(
        r"\b(?:this|the) (?:forum|group|thread|place|community|world) (?:would be|is|'d be|will be|"
        r"was) (?:a )?(?:so much |much |far |a lot )?(?:better|nicer|happier|quieter)(?: place)? "
        r"(?:without (?:you|u|people like you|your)|if you (?:left|were gone|stopped posting|"
        r"weren't here|went away)|before you)\b",
        (),
        "self",
        ((kw("better", "nicer", "happier", "quieter"), kw("you", "u")),),
    ),
    _frame(
        r"\b(?:you|u|ya)(?: really| honestly| seriously| frankly)? (?:should|need to|needs to|ought "
        r"to|deserve to) (?:be|get) (?:banned|kicked out|thrown out|blocked)\b",
        ("banned", "kicked", "thrown", "blocked"),
    ),
    _frame(
        r"\b(?:nobody|no one|noone|no1) (?:here )?(?:cares|cared|gives a (?:damn|shit|toss|crap|"
        r"fuck|rat's ass|monkey's)) (?:about|abt|bout|for|what|that|how) (?:you|u|your|ur|yer|"
        r"ya|him|her)\b(?! (?:[a-z]{1,12} ){0,2}(?:more|as much|like))",
        ("cares", "cared", "gives"),
    ),
    # "nobody cares" closing a clause: only with "you" nearby ("go cry to your neuro, nobody
    # here cares"), not "at work nobody cares." about the writer's own life.
    _frame(
        r"\b(?:nobody|no one|noone|no1) (?:here |on here |in here )?(?:cares|gives a (?:damn|shit|"
        r"toss|crap|fuck))(?= {0,3}(?:[.!?,;\n]|lol|lmao|mate|tbh|$))",
        ("cares", "gives"),
        "you",
    ),
    _frame(
        r"\b(?:nobody|no one|noone|no1) (?:here )?(?:is reading|reads|wants to read|wants to hear|"
        r"needs to hear|is interested in|asked for|asked about|needs|wants) (?:your|ur|yer)\b",
        ("reading", "reads", "read", "hear", "interested", "asked", "needs", "wants"),
    ),
    _frame(
        r"\b(?:nobody|no one|noone|no1) (?:here |on here |in here )?(?:believes|buys|believed) "
        r"(?:you|u|your|ur|a word)\b",
        ("believes", "buys", "believed"),
    ),
    _frame(
        r"\bwhy (?:are|r) (?:you|u|ya) even (?:here|on here|on this forum|in this group|posting)\b"
        r"|\b(?:you|u|ya) (?:don't|dont|do not|didn't|didnt|don't|dnt) even (?:have|got) (?:ms|cp|"
        r"sci|spasticity|a diagnosis|a disability|spasms|a condition)\b",
        ("even",),
    ),
    _frame(
        r"\b(?:nobody|no one|noone|no1) (?:here |on here |in here )?owes (?:you|u|ya) (?:anything|"
        r"a thing|sympathy|an answer|a reply|their time)\b",
        ("owes",),
    ),
    _frame(
        r"\b(?<!those )(?<!everyone )(?<!anyone )(?<!people )(?<!all )(?<!you )(?:who asked|"
        r"didn't ask|didnt ask|did anyone ask|did i ask|no one asked you|"
        r"nobody asked you)\b",
        ("asked", "ask"),
    ),
    _frame(
        r"\b(?:read (?:it|them|the (?:rules|faq|pinned post|pinned thread|thread|leaflet))|do it|"
        r"deal with it|search|use the search bar|keep up|shut up|get over it|suck it up) or "
        + _REF_LEAVE
        + r"\b",
        ("leave", "away", "lost", "gtfo", "elsewhere"),
    ),  # fmt: skip
    _frame(
        r"\b(?:take a hike|take a hint|jog on|do one|sod off|bugger off|naff off|bog off|"
        r"touch grass|get a job|get a clue|delete (?:your|ur|yer) (?:account|posts)|uninstall|"
        r"(?:go )?cry (?:somewhere else|elsewhere)|take your (?:whining|whinging|moaning|drama|"
        r"sob stor(?:y|ies)|pity party) (?:somewhere|elsewhere))\b",
        (
            "hike",
            "hint",
            "jog",
            "sod",
            "bugger",
            "naff",
            "bog",
            "grass",
            "job",
            "clue",
            "delete",
            "uninstall",
            "elsewhere",
            "somewhere",
        ),
        "self",
        ((kw("one"), kw("do")),),  # "do one"
    ),  # fmt: skip
    _frame(
        r"\b(?:quit|stop|less time|enough of the|enough with the|cut the|cut out the|spare us the|"
        r"spare us your|stop with the|give it a rest with the|knock off the) (?:whining|whinging|"
        r"moaning|complaining|crying|sulking|sob stor(?:y|ies)|pity party|self-pity|drama|"
        r"bellyaching|feeling sorry for yourself|playing the victim|victim act|attention seeking|"
        r"woe is me)\b",
        (
            "whining",
            "whinging",
            "moaning",
            "complaining",
            "crying",
            "sulking",
            "sob",
            "pity",
            "drama",
            "bellyaching",
            "sorry",
            "victim",
            "attention",
            "woe",
        ),
    ),  # fmt: skip
    _frame(
        r"\b(?:get|grow|buy|find) (?:a |some |yourself a |urself a )?(?:brain|brains|brain cell|"
        r"backbone|pair|spine|clue|thicker skin)\b",
        ("brain", "brains", "backbone", "pair", "spine", "clue", "skin"),
    ),
    _frame(
        r"\bgo (?:and )?(?:cry|whine|whinge|moan|sulk) (?:to|about|somewhere|elsewhere|in a corner|"
        r"into)\b",
        ("cry", "whine", "whinge", "moan", "sulk"),
    ),
    _frame(
        r"\b(?:log off|stop posting|go away|shut it|grow up|leave (?:this|the) (?:forum|group|"
        r"thread|board))\b(?! (?:for a (?:bit|while|day|few)|and (?:rest|relax|sleep)|and out|"
        r"tonight|early))",
        ("log", "posting", "away", "shut", "grow", "leave"),
        "imperative",
    ),
)


# Every frame of abuse.MEMBER_INSULT.
MEMBER_FRAMES = (
    (MEMBER_DIRECT_RX, frozenset(), "premise",
     ((MEMBER_DIRECT_KEYWORDS, _YOU_WORDS), (MEMBER_DIRECT_KEYWORDS, "@"))),
    _frame(r"\b(?:you|u) (?:" + alt(*_PRE_FORMS) + r"[ ,]{1,2}){1,3}mess\b", ("mess",), "premise"),
    # "you absolute melt": any noun after "you absolute", unless it is praise.
    _frame(
        r"\b(?:you|u) (?:absolute|utter|complete|total|fucking|f\*cking|effing|bloody) [a-z]{2,15}"
        r"(?<!legend)(?<!star)(?<!hero)(?<!gem)(?<!angel)(?<!saint)(?<!king)(?<!queen)(?<!unit)"
        r"(?<!diamond)(?<!treasure)(?<!champion)(?<!lifesaver)(?<!godsend)(?<!babe)(?<!beauty)(?<!madman)(?<!madlad)(?<!beast)(?<!machine)(?<!badass)(?<!boss)"
        r"(?<!rockstar)(?<!rock)(?<!icon)(?<!genius)(?<!sweetheart)(?<!darling)"
        r"(?= {0,3}(?:[.!?,;\n]|lol|lmao|$))",
        ("absolute", "utter", "complete", "total", "fucking", "cking", "effing", "bloody"),
        "premise",
    ),
    _frame(
        r"\b" + _YOU_BE + r" (?:the|a) (?:main |whole |only )?reason (?:why )?(?:people|everyone|"
        r"members|newbies|new people|folks|nobody|no one|good people|new members|half the forum)"
        r"\b",
        ("reason",),
        "premise",
    ),
    # "you sound like a spoilt child", "stop acting like a toddler"
    _frame(
        r"\b(?:(?:you|u|ya)(?:'re| are| r)? (?:acting|act|sound|sounding|behaving|behave|whining|"
        r"crying|whinging)|(?:stop|quit) (?:acting|behaving|whining|crying|sulking)) like (?:a |an |"
        r"some )?(?:spoilt |spoiled |petulant |whiny |little |big |stroppy |bratty |five year old |"
        r"5 year old )?(?:child|children|toddler|kid|brat|baby|teenager|schoolgirl|schoolboy)\b",
        ("child", "children", "toddler", "kid", "brat", "baby", "teenager", "schoolgirl", "schoolboy"),
        "premise",
    ),  # fmt: skip
    # "ppl like u r the problem with this forum"
    _frame(
        r"\b(?:people|ppl|folks|posters|members|users) like (?:you|u|him|her|them|that|this) "
        r"(?:are|r|is)(?: exactly| literally| precisely)? (?:the problem|the issue|what's wrong|"
        r"whats wrong|why (?:this|the|nobody|no one|people)|the reason|cancer|a cancer|a plague|"
        r"poison|toxic|a disease|a disgrace|ruining)\b",
        (
            "problem",
            "issue",
            "wrong",
            "why",
            "reason",
            "cancer",
            "plague",
            "poison",
            "toxic",
            "disease",
            "disgrace",
            "ruining",
        ),
        "premise",
    ),  # fmt: skip
    # "this guy thinks he's a doctor lmao, ban him" (about a member)
    _frame(
        r"\b(?:he|she|this guy|this one|op|the op)(?: clearly| really| actually| obviously| "
        r"seriously| honestly)? (?:thinks|reckons) (?:he's|hes|he is|she's|shes|she is|they're|"
        r"theyre) (?:a |an |some kind of |some sort of |"
        r"the )?(?:doctor|expert|neurologist|neuro|genius|pharmacist|consultant|scientist|god|"
        r"hot shit|smarter|better than|gods? gift)\b",
        ("thinks", "reckons"),
        "member",
    ),  # fmt: skip
    (GROUP_RX, frozenset(), "premise", ((GROUP_KEYWORDS, _GROUP_WORDS),)),
    _frame(
        r"\b(?:lol|lmao|lmfao|haha|hahaha|rofl|laughing) at (?:the |all the |all these |these |"
        r"those |you )(?:[a-z]{1,15} ){0,2}?(?:in here|on here|on this forum|in this (?:thread|"
        r"forum|group))\b",
        ("lol", "lmao", "lmfao", "haha", "hahaha", "rofl", "laughing"),
        "plain",
    ),
    (THIRD_NP_RX, _THIRD_NP_NOUNS, "member", ((_THIRD_NP_PREDICATES, _THIRD_WORDS),)),
    (ATTRIBUTE_RX, frozenset(), "premise", ((ATTRIBUTE_KEYWORDS, _YOUR_WORDS),)),
    _frame(
        r"\b(?:your|ur|yer) [a-z]{2,15}(?: [a-z]{2,15})? (?:is|are|r|was|were|must be|seems|looks) "
        r"(?:about |just |almost |nearly )?as " + alt(*_AS_BAD) + r" as (?:your|ur|yer|you|u)\b",
        (),
        "premise",
        ((lexicon_words(*_AS_BAD), _YOUR_WORDS),),
    ),
    # "your brain must be as stiff as your legs"
    _frame(
        r"\b(?:your|ur|yer) (?:brain|brains|brain cells|personality|logic|attitude|thinking|"
        r"opinions?) (?:is|are|r|must be|seems?|looks?) (?:about |just |almost |nearly )?as "
        r"(?:stiff|tight|rigid|slow|wooden|spastic|floppy|limp|wobbly|weak|numb|foggy|"
        r"seized up) as\b",
        ("brain", "brains", "personality", "logic", "attitude", "thinking", "opinion", "opinions"),
        "premise",
    ),
    # "everything u post is nonsense", "you post the same nonsense every week"
    _frame(
        r"\b(?:(?:everything|anything|whatever|every (?:word|post|reply|comment|thread)|all) (?:that )?"
        r"(?:you|u|ya|he|she) (?:post|posts|posted|say|says|said|write|writes|wrote|type|types|"
        r"touch|touches|touched) (?:is|are|turns (?:in)?to|becomes)|(?:you|u|ya)(?: just| only| "
        r"always| constantly| still| keep| really)? (?:post|write|spout|spouting|talk|talking|"
        r"type|posting|writing)|(?:every|each) (?:reply|post|comment|thread|word) (?:from|by|of) "
        r"@\w{1,30} (?:is|turns (?:in)?to)) (?:the same |such |so much |absolute |utter |complete |"
        r"total |more |nothing but |pure |just |confidently |old )?(?:old )?(?P<core>nonsense|"
        r"rubbish|drivel|garbage|tripe|twaddle|crap|bs|bollocks|claptrap|shite|trash|codswallop|"
        r"poppycock|balderdash|wrong)\b",
        ("nonsense", "rubbish", "drivel", "garbage", "tripe", "twaddle", "crap", "bs", "bollocks",
         "claptrap", "shite", "trash", "codswallop", "poppycock", "balderdash", "wrong"),
        "premise",
    ),  # fmt: skip
    # "says everything about your IQ", "room temperature IQ"
    _frame(
        r"\bsays (?:everything|a lot|it all|all (?:we|you) need to know) about (?:your|ur|yer|his|"
        r"her) (?:iq|intelligence|brain|brains|mental capacity)\b|\b(?:room[- ]temperature|"
        r"single[- ]digit|negative) iq\b|\biq (?:of|lower than|smaller than) (?:a |an |your |ur )?"
        r"(?:potato|rock|goldfish|brick|doorknob|toddler|shoe size|houseplant|turnip)\b",
        ("iq", "intelligence"),
        "premise",
    ),
    # "genuinely embarrassing to watch", "painful watching you try"
    _frame(
        r"\b(?:painful|embarrassing|cringe|cringey|cringeworthy|excruciating|pathetic|tragic) "
        r"(?:to watch|watching) (?:you|u)\b",
        ("painful", "embarrassing", "cringe", "cringey", "cringeworthy", "excruciating",
         "pathetic", "tragic"),
        "you",
    ),  # fmt: skip
    _frame(
        r"\b(?:painful|embarrassing|cringe|cringey|cringeworthy|excruciating|pathetic|tragic) "
        r"to (?:watch|read)\b",
        ("painful", "embarrassing", "cringe", "cringey", "cringeworthy", "excruciating",
         "pathetic", "tragic"),
        "member",
    ),  # fmt: skip
    # "people like OP crying over a 5 mg bump"
    _frame(
        r"\b(?:people|ppl|folks|posters|members) like (?:you|u|op|the op|him|her|them|this one|"
        r"@\w{1,30}) (?:crying|whining|whinging|moaning|wailing|sobbing|bleating|complaining|"
        r"freaking out|melting down)\b",
        ("crying", "whining", "whinging", "moaning", "wailing", "sobbing", "bleating",
         "complaining", "freaking", "melting"),
        "plain",
    ),  # fmt: skip
)

# Shaming members for taking baclofen or for their condition (abuse.SHAMING): "people who need
# baclofen just lack willpower", "you're addicted and too weak to admit it", "stop hiding
# behind your diagnosis", "your 'spasms' are all in your head", "pathetic generation".
SHAMING_FRAMES = (
    _frame(
        r"\b(?:lack|lacks|lacking|have no|has no|zero|need more|needs more|don't have any|dont have "
        r"any|no) (?:willpower|will power|discipline|backbone|grit|self-control|self control|mental "
        r"strength|moral fibre|moral fiber|spine)\b",
        (
            "willpower",
            "power",
            "discipline",
            "backbone",
            "grit",
            "control",
            "strength",
            "fibre",
            "fiber",
            "spine",
        ),
    ),
    _frame(
        r"\b(?:you've|you have|youve|u have|uve|you're|youre|ur|you are|u r)(?: already| just| "
        r"basically| simply| clearly)? (?:given up(?! (?:so|a lot|too|everything|smoking|drinking|"
        r"alcohol|work|your|caffeine|sugar))|taking the easy (?:way|route)|took the easy (?:way|"
        r"route)|chosen the easy|addicted and)\b",
        ("given", "easy", "addicted"),
    ),
    _frame(
        r"\b(?:you|u)(?:'re| are| r|re)\b(?:(?!not\b|never\b|n't\b)[^.!?\n]){0,30}?\btoo "
        r"(?:weak|lazy|soft|scared|cowardly|"
        r"stupid|proud|thick|spineless) to (?:admit|try|do|stretch|exercise|work|face|cope|deal|"
        r"walk|push|get)\b",
        ("weak", "lazy", "soft", "scared", "cowardly", "stupid", "proud", "thick", "spineless"),
        "premise",
    ),
    _frame(
        r"\b(?:pathetic|snowflake|soft|weak|entitled|whiny|whiney|lazy|spoilt|spoiled) "
        r"generation\b",
        ("generation",),
    ),
    _frame(
        r"\b(?:hiding|hide) behind (?:your|ur|yer|their) (?:diagnosis|illness|condition|"
        r"disability|ms|cp|spasms|meds|pills|pain|label|wheelchair)\b|\busing (?:your|ur|yer|"
        r"their) (?:diagnosis|illness|condition|disability|ms|cp|spasms|pain|label|wheelchair) "
        r"as an excuse\b",
        ("hiding", "hide", "excuse"),
    ),
    _frame(
        r"\b(?:all|just|only) in (?:your|ur|yer) (?:head|mind)s?\b",
        ("head", "heads", "mind", "minds"),
    ),
    _frame(
        r"\bget off (?:your|ur|yer) (?:backside|arse|ass|butt|bum|behind|lazy [a-z]{2,8})\b",
        ("backside", "arse", "ass", "butt", "bum", "behind", "lazy"),
    ),
    _frame(
        r"\b(?:fishing for|begging for|desperate for|craving|angling for|larping for|larp for|"
        r"faking (?:it |[a-z]{2,12} |the [a-z]{2,12} |(?:your|ur|his|her) [a-z]{2,12} )?for|"
        r"farming|milking it for) (?:sympathy|attention|pity|likes|validation)\b"
        r"|\b(?:you|u|you're|youre|ur|you are|everyone|they|you lot|y'all)"
        r"(?: just| only| clearly| obviously)? (?:want|wants|looking for|after|like|love|enjoy|"
        r"crave|live for) (?:the )?attention\b",
        ("sympathy", "attention", "pity", "likes", "validation"),
    ),
)
# fmt: on
