"""Broader paraphrase patterns for conspiracy talk (used by conspiracy.PLOT).

Two tiers:

* ``PLOT_EXTRA_RX``: phrases that allege a hidden scheme on their own ("paid under the table",
  "behind closed doors", "quietly buried", "a hidden tracking chip", "a trial they're running on
  us"); like the rule's own plot phrases they need some actor nearby (which may be "they").
* ``SCHEME_CUE_RX``: words that only make a plot when a named powerful actor does them in the
  same sentence ("the distributors hold stock back on purpose", "the drug companies know it",
  "it's all coordinated"): "on purpose" alone is ordinary speech.
"""

from __future__ import annotations

from ..fastregex import fast_compile
from ._common import alt, kw

_COMPANY = alt(r"pump", r"drug", r"device", r"generic", r"insurance", r"pharma", r"pharmaceutical",
               r"tablet", r"medical", r"big")  # fmt: skip
EXTRA_ACTOR = alt(
    _COMPANY + r" (?:companies|company|makers|manufacturers?|firms|giants|industry|corporations)",
    r"distributors", r"wholesalers", r"the (?:mainstream )?media", r"mainstream media", r"msm",
    r"pharma (?:reps|execs|executives|money|lobby|lobbyists|shills)", r"insurers",
    r"regulators", r"the manufacturer", r"the who", r"world health organi[sz]ation",
    r"the establishment", r"health authorities", r"big pharma's",
)  # fmt: skip
# A named powerful actor (not just "they"): needed by the weaker scheme cues.
STRONG_ACTOR_RX = fast_compile(
    r"\b"
    + alt(
        EXTRA_ACTOR, r"big[ -]?pharma", r"pharma", r"drug companies", r"drug makers", r"drugmakers",
        r"the government", r"governments?", r"govt", r"cia", r"fbi", r"fda", r"cdc", r"nih",
        r"the nhs", r"elites?", r"globalists", r"deep state", r"bill gates", r"manufacturers",
        r"the makers", r"drug reps", r"corporations", r"insurance companies", r"the military",
    )
    + r"\b"
)  # fmt: skip

_US = alt(r"us", r"people", r"patients", r"the public", r"veterans", r"the disabled",
          r"disabled people", r"everyone", r"everybody")  # fmt: skip
_HIDDEN = alt(r"buried", r"hidden", r"suppressed", r"covered up", r"swept under", r"silenced",
              r"censored", r"scrubbed", r"deleted", r"shelved", r"pulled", r"spiked", r"binned")  # fmt: skip
PLOT_EXTRA_RX = fast_compile(
    r"\b"
    + alt(
        r"(?:paid|pay|paying|pays|payments?|money) under the table",
        r"kickbacks?",
        r"backhanders?",
        r"hush money",
        r"behind closed doors",
        r"bought and paid for",
        r"on the take",
        r"(?:pay|pays|paid|paying) (?:them|him|her|doctors|neurologists|journalists|the media|"
        r"researchers|scientists) (?:off )?to (?:stay quiet|keep quiet|keep (?:their )?mouths? shut|"
        r"look the other way|say nothing|shut up|stay silent)",
        r"(?:media |news |total )blackout",
        r"(?:hidden|secret) (?:tracking )?(?:chips?|microchips?|trackers?|tracking devices?|cameras?|"
        r"microphones?)",
        r"tracking (?:chips?|devices?)",
        r"(?:track|tracks|tracking|monitor|monitoring|spy on|spying on) (?:us|everyone|everybody|"
        r"people|all of us|our movements|where (?:we|you) go|every(?:one|body) who)(?!')",
        r"so (?:they|the government|pharma|the companies|big pharma) can (?:track|monitor|watch|"
        r"spy on|control)",
        r"without (?:(?:our|your|their|anyone's|patients'|informed|any) )?(?:consent|knowledge|"
        r"permission)",
        r"(?:using|use|uses|treat|treats|treating) (?:us|people|patients) (?:like|as) (?:lab rats|"
        r"guinea pigs)",
        r"(?:invented|made up|fabricated|cooked up|dreamed up|dreamt up|manufactured)\b[^.!?\n]{0,40}?"
        r"\bto (?:scare|frighten|trick|sell|push|create|drive|justify|keep|control|con|fool|force|"
        r"make money|profit|boost|get (?:people|us|everyone))",
        r"(?:to |and )?create (?:a |the )?(?:market|demand|customers)",
        r"(?:quietly|conveniently|secretly|mysteriously) " + _HIDDEN,
        r"(?:anything|everything) (?:negative|bad|critical|harmful)\b[^.!?\n]{0,30}?\b" + _HIDDEN,
        r"decides? (?:which|what) (?:research|studies|data|trials|results|findings) (?:gets?|sees?|"
        r"is|are) (?:published|daylight|the light of day|released|out|funded)",
        r"stacked with (?:pharma|industry|drug company|big pharma)",
        r"(?:it's|its|it is|it was|it's all|its all|it is all) (?:coordinated|orchestrated|"
        r"rigged|staged|a setup|a set-up|a cover[- ]?up)",
        r"(?:coordinating|colluding|conspiring|in cahoots|in collusion) (?:to|with)",
        r"controlling (?:us|people|the population|the masses|the public|everyone|our minds)",
        r"(?:shares?|sells?|hands? over|sends?|passes?|gives?) (?:the |our |your |their |all )?"
        r"(?:\w{1,12} )?data (?:with|to) (?:the )?(?:government|police|insurers|insurance "
        r"companies|fbi|cia|military|advertisers|authorities)",
        r"(?:pharma|industry) shills?",
    )
    + r"\b"
)
# Inside a plot phrase, a denial ("the data, nothing is hidden") cancels it.
DENIAL_INSIDE_RX = fast_compile(
    r"\b(?:nothing|nobody|no one|none)\b|\b(?:is|are|was|were|has|have)n't\b|"
    r"\b(?:is|are|was|were) not\b"
)
# A weak cue also needs a stake in its sentence: money, supply, harm, secrecy.
STAKE_RX = fast_compile(
    r"\b(?:prices?|profits?|money|sell\w{0,3}|buy more|burn through|underdos\w{0,3}|shortages?|"
    r"stock|supply|supplies|harm\w{0,4}|sick|hooked|dependent|scare\w{0,2}|quiet|cover\w{0,4}|"
    r"hid\w{0,4}|bury|buried|data|deaths?|market|control\w{0,4}|target\w{0,3}|push\w{0,3})\b"
)
SCHEME_CUE_RX = fast_compile(
    r"\b"
    + alt(
        r"on purpose",
        r"deliberately",
        r"intentionally",
        r"knowingly",
        r"coordinated",
        r"colluding",
        r"collusion",
        r"conspiring",
        r"price[- ]fixing",
        r"rigged",
        r"rigging",
        r"hold(?:s|ing)? (?:\w{1,10} )?(?:stock|supply|supplies) back",
        r"(?:stay|keep) quiet",
        r"(?:know|knows|knew) (?:it|exactly|full well|the truth|all along)",
        r"gagged",
    )
    + r"\b"
)
# Each group runs only on the sentences holding one of its own words.
PLOT_EXTRA_KEYWORDS = kw(
    "table", "kickback", "kickbacks", "backhander", "backhanders", "hush", "closed", "bought",
    "take", "pay", "pays", "paid", "paying", "blackout", "hidden", "secret", "tracking", "track",
    "tracks", "monitor", "monitoring", "spy", "spying", "consent", "knowledge", "permission",
    "guinea", "rats", "invented", "fabricated", "cooked", "dreamed", "dreamt", "manufactured",
    "market", "demand", "customers", "quietly", "conveniently", "secretly", "mysteriously",
    "negative", "bad", "harmful", "decide", "decides", "stacked", "coordinated", "orchestrated",
    "rigged", "staged", "setup", "cover", "coverup", "coordinating", "colluding", "conspiring",
    "cahoots", "collusion", "controlling", "data", "shill", "shills",
)  # fmt: skip
SCHEME_KEYWORDS = kw(
    "purpose", "deliberately", "intentionally", "knowingly", "coordinated", "colluding",
    "collusion", "conspiring", "fixing", "rigged", "rigging", "stock", "supply", "supplies",
    "quiet", "know", "knows", "knew", "gagged",
)  # fmt: skip
# Words of the named powerful actors: without one, the weak scheme cues are not searched.
STRONG_ACTOR_WORDS = kw(
    "pharma", "bigpharma", "pharmaceutical", "companies", "company", "makers", "manufacturers",
    "manufacturer", "firms", "giants", "industry", "corporations", "distributors", "wholesalers",
    "media", "msm", "reps", "execs", "executives", "insurers", "regulators", "who", "world",
    "establishment", "authorities", "government", "governments", "govt", "cia", "fbi", "fda",
    "cdc", "nih", "nhs", "elite", "elites", "globalists", "deep", "gates", "military",
)  # fmt: skip
EXTRA_KEYWORDS = PLOT_EXTRA_KEYWORDS | SCHEME_KEYWORDS
