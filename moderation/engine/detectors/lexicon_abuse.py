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

from ..fastregex import fast_compile
from ._common import alt, kw

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
        _IMPERATIVE + r"(?:log off|stop posting|quit posting|go away|get a grip|get out of here|"
        r"leave (?:this|the) (?:forum|group|thread)|get off (?:this|the) (?:forum|group|thread)|"
        r"crawl back under (?:your|a|the) rock|do us all a favou?r)\b",
        r"\b(?:nobody|no one|noone) (?:wants|needs|likes) (?:you|u) (?:here|around|on here)\b",
        r"\b" + _YOU_ARE + r" making (?:everyone|us|all of us|this forum|the forum|people|this "
        r"place|the thread|this thread)(?: \w{1,12})? (?:dumber|stupider|sick|ill|worse)\b",
        r"\b(?:the |that's the |thats the |this is the )?(?:stupidest|dumbest|most idiotic|"
        r"most pathetic|most ignorant|most moronic) (?:question|post|comment|reply) (?:i've|ive|"
        r"i have|anyone has|anyone's|i've ever|ive ever|i have ever|ever) (?:ever )?(?:seen|read|"
        r"heard|posted)\b",
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
        r"poster|that poster|the poster|this user|that user)(?:'s| is| are|'re| r)(?: such| so| "
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
