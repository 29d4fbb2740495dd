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
    "pay", "pays", "paid", "paying", "blackout", "hidden", "secret", "tracking", "track",
    "tracks", "monitor", "monitoring", "spy", "spying", "consent", "knowledge", "permission",
    "guinea", "rats", "invented", "fabricated", "cooked", "dreamed", "dreamt", "manufactured",
    "market", "demand", "customers", "quietly", "conveniently", "secretly", "mysteriously",
    "decide", "decides", "stacked", "coordinated", "orchestrated",
    "rigged", "staged", "setup", "cover", "coverup", "coordinating", "colluding", "conspiring",
    "cahoots", "collusion", "controlling", "shill", "shills",
)  # fmt: skip
# Common words that these phrases need together with a rarer one ("on the take", "anything bad
# ... was buried", "shares your data with the government").
PLOT_EXTRA_GATES = (
    (kw("take"), "on the take"),
    (kw("negative", "bad", "harmful", "critical"), kw("anything", "everything")),
    (kw("data"), kw("government", "police", "insurers", "insurance", "fbi", "cia", "military",
                    "advertisers", "authorities")),
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


# --- Frames: an actor family, a scheme verb family and an object, in one sentence ----------------
# (Written for whole families of phrasing: synonyms, inflections, passive voice, texting spellings.)

G = r"[^.!?\n]{0,%d}?"
# Who the plot is done to.
_VICTIM = alt(r"us", r"you", r"u", r"ya", r"people", r"ppl", r"patients", r"customers",
              r"everyone", r"everybody", r"folks", r"the public", r"the sick", r"the disabled",
              r"disabled people", r"veterans", r"(?:its|their|our) customers",
              r"[a-z]{2,14} (?:patients|sufferers|people|ppl|folks)", r"paraplegics",
              r"cripples")  # fmt: skip
# The state a plotter wants its victims in.
_STATE = alt(r"sick", r"sicker", r"ill", r"unwell", r"dependent", r"hooked", r"addicted",
             r"docile", r"sedated", r"drugged", r"medicated", r"stiff", r"weak", r"quiet",
             r"compliant", r"scared", r"afraid", r"terrified", r"frightened", r"paying",
             r"buying", r"coming back", r"on the hook", r"undertreated", r"under-treated",
             r"in pain", r"broke", r"desperate", r"numb", r"dumb", r"obedient", r"passive",
             r"ignorant", r"in the dark", r"on (?:pills|drugs|meds|it|them|baclofen) (?:forever|for life)",
             r"doped(?: up)?", r"zonked", r"zombified", r"like zombies", r"spending")  # fmt: skip
_FABRICATE = alt(r"made up", r"cooked up", r"fabricated", r"dreamed up", r"dreamt up",
                 r"concocted", r"invented", r"thought up", r"whipped up", r"conjured up")  # fmt: skip
# Actors named in a "<fabricated> by ..." phrase (bounded, the article is optional).
_BY_ACTOR = alt(r"(?:big )?pharma(?:'s)?", r"the industry", r"industry", r"drug compan(?:y|ies)",
                r"(?:the )?manufacturers?(?:'s?)?", r"(?:the )?makers", r"(?:the )?companies",
                r"(?:the )?government", r"(?:the )?gov(?:t|'t)?", r"(?:the )?fda", r"(?:the )?cdc",
                r"(?:the )?nih", r"(?:the )?regulators", r"(?:the )?insurers?",
                r"(?:the )?drug makers", r"(?:the )?drugmakers", r"(?:the )?elites?",
                r"(?:the )?suppliers", r"(?:the )?distributors", r"(?:the )?lobby",
                r"the (?:pharma|drug|pharmaceutical|insurance) "
                r"(?:companies|industry|lobby|giants)")  # fmt: skip
_CONCEAL = alt(r"bury", r"hide", r"suppress", r"cover (?:it |this |that |them )?up", r"silence",
               r"censor", r"delete", r"scrub", r"erase", r"bin", r"shelve", r"sit on",
               r"keep (?:it |this |that |them )?(?:quiet|hidden|secret|under wraps|buried|mum)",
               r"keep (?:their |his |her )?mouths? shut", r"stay quiet", r"stay silent",
               r"say nothing", r"look the other way", r"turn a blind eye", r"kill (?:it|them|the)",
               r"discredit", r"smear", r"spike")  # fmt: skip
_SHORTAGE_FAKE = alt(r"manufactured", r"engineered", r"artificial", r"fake", r"planned",
                     r"staged", r"deliberate", r"orchestrated", r"rigged", r"created",
                     r"invented", r"intentional", r"coordinated", r"manipulated", r"contrived",
                     r"made up", r"cooked up", r"on purpose", r"by design", r"no accident", r"controlled",
                     r"timed", r"deliberately caused",
                     r"not an accident", r"a scam", r"a setup", r"a set-up")  # fmt: skip
_CURE = r"(?:a |the |an )?(?:real |actual |proper |working |permanent )?(?:cure|fix|treatment)"

FRAME_RX = fast_compile(
    r"\b"
    + alt(
        # "cooked up by the manufacturers", "invented by big pharma" (a made-up risk or story)
        _FABRICATE + r" (?:entirely |purely |all |wholly )?by " + _BY_ACTOR,
        # "invented it so you'd be terrified", "cooked up the cap so we stay undertreated"
        r"(?:"
        + _FABRICATE
        + r"|spread|spreads|spreading|push|pushed|pushes|pushing)"
        + G.replace("%d", "40")
        + r"\bso (?:that )?(?:we|you|u|people|ppl|patients|"
        r"everyone|folks|nobody|no one|noone)(?:'d|'ll| would| will| stay| keep| never| can't| "
        r"cant| won't| wont| don't| dont| remain| have to| need| must| buy| pay| are| r| dare| "
        r"dares| ever| gets?| feels?| thinks?| believes?)\b",
        # concealment and corruption done by a named actor (or "they") to research and cures
        r"suppress(?:es|ed|ing)? (?:the |any |all |every |anything |evidence|research|studies|"
        r"data|truth|cures?|alternatives?|natural|info|information|reports|results|trials|"
        r"findings)",
        r"(?:sit|sits|sitting|sat) on (?:it|them|the cure|the data|the results|the studies|the "
        r"research|the evidence|the reports)",
        r"shelv(?:e|ed|es|ing) (?:the |it\b|them\b|any|every|studies|research|trials|results|"
        r"by\b)",
        r"got shelved",
        r"(?:fak(?:e|ed|es|ing)|rig(?:ged|ging|s)?|fudg(?:e|ed|es|ing)|doctor(?:ed|ing)|"
        r"cook(?:ed|ing)|falsif\w{1,5}|manipulat\w{1,5}) (?:the |their |all the )?(?:\w{1,12} )?"
        r"(?:trials?|studies|data|results|numbers|research|findings|approval|reviews?)",
        r"cover(?:s|ed|ing)? for (?:each other|one another|them|pharma|the industry|the companies)",
        r"rotat\w{1,4} (?:jobs|between|in and out)",
        r"(?:cash cow|gravy train|money machine|cash machine)",
        r"(?:bonuses|kickbacks|commissions?|incentives|perks|freebies|a cut|backhanders) "
        r"(?:for|to) (?:keeping|putting|pushing|keep|put|push) (?:" + _VICTIM + r") (?:on|sick|"
        r"hooked|sedated|medicated|dependent)",
        r"get(?:s|ting)? (?:their|a|his|her) (?:cut|kickback|backhander)",
        r"(?:isn't|isnt|aren't|arent|not|never) allowed to (?:tell|say|mention|talk about|discuss)",
        r"(?:won't|wont|will not|never|don't|dont) let (?:them|doctors|neuros|you|us|anyone|"
        r"people|patients|your \w{1,12}) (?:tell|say|know|see|hear|mention|find out|learn)",
        r"(?:don't|dont|doesn't|doesnt|do not|does not|never) want (?:" + _VICTIM + r"|anyone|"
        r"anybody|any of us) (?:to )?(?:know|knowing|find out|finding out|learn|learning|see|"
        r"seeing|hear|hearing|realis\w{1,4}|realiz\w{1,4}|ask|asking|question|questioning|"
        r"wake up|waking up|get better|getting better|heal|healing|recover|recovering)",
        r"(?:there's|theres|there is) a (?:good )?reason (?:why )?(?:they|pharma|\w{1,15}s|your "
        r"\w{1,12}) (?:never|don't|dont|won't|wont|doesn't|doesnt|do not|will never|can't|cant) "
        r"(?:tell|mention|talk|discuss|recommend|prescribe|fund|study|research|want|let)",
        r"(?:are|were|is|was|been|all|r) (?:all )?(?:bought|bought off|paid off|owned|captured|"
        r"compromised|corrupt|bent|crooked)(?= ?[.!,;\n]| and| by|$)",
        r"(?:have|has|had) (?:a |an )?(?:little |nice |cosy |cozy |secret |special |private )?"
        r"(?:arrangement|understanding|pact)",
        r"so (?:we|people|ppl|patients|you|u|the disabled) (?:don't|dont|can't|cant|won't|wont|"
        r"never|do not|cannot) (?:demand|speak up|ask questions|rise up|push back|complain|fight|"
        r"protest|resist|get better|recover)",
        # "want us sick", "needs us stiff and dependent", "keeps MS patients sedated"
        r"(?:want|wants|wanted|need|needs|needed|prefer|prefers|preferred|like|likes|keep|keeps|"
        r"keeping|kept) (?:" + _VICTIM + r") (?:(?:to )?(?:stay|remain|be|keep|feel) )?"
        r"(?:(?:nice and|forever|permanently|always|just|all) )?" + _STATE,
        r"so (?:that )?(?:we|you|u|people|ppl|patients|everyone|folks) (?:stay|remain|keep|are "
        r"kept|r kept|stay forever) " + _STATE,
        # "paid to bury", "got paid off to hide", "bribed to look the other way"
        r"(?:paid|bribed|pressured|leaned on|bought off|paid off|incentivi[sz]ed) (?:off )?to "
        r"(?:" + _CONCEAL + r"|lie|push|promote|keep (?:us|you|u|people|patients|ppl)|never)",
        r"(?:trained|taught|conditioned|brainwashed|instructed|told|ordered|coached|paid)"
        r"(?: by \w{1,15})? (?:to never|never to|to not|not to) (?:mention|talk about|discuss|tell "
        r"(?:you|us|patients|people|anyone)|bring up|recommend|suggest|prescribe|question|look at)",
        # "paid by pharma to delete the truth", "bankrolled by the industry to ..."
        r"(?:paid|bankrolled|bought|owned|bribed) by " + _BY_ACTOR + r" to",
        r"on (?:the |their |his |her )?(?:big )?(?:pharma|industry|drug company|manufacturer's|"
        r"company|pharma's|big pharma's|government's|insurance) payroll",
        r"on (?:big )?pharma's payroll",
        # complicity
        r"(?:look|looks|looked|looking) the other way",
        r"turn(?:s|ed|ing)? a blind eye",
        r"in cahoots",
        r"hand in glove",
        r"(?:golf|golfing|drinking|fishing|dinner|lunch|poker) (?:buddies|pals|mates|partners|"
        r"together)",
        r"play(?:s|ing)? golf together",
        r"scratch(?:es|ing)? each other'?s'? backs?",
        r"thick as thieves",
        r"(?:secret|backroom|back-room|sweetheart|shady|dodgy|under-the-table|cosy|cozy) "
        r"(?:deal|deals|arrangement|pact|agreement|relationship)",
        r"(?:deal|arrangement|pact|agreement) to keep (?:" + _VICTIM + r") (?:on|sick|sedated|"
        r"medicated|dependent|hooked|drugged)",
        # the law, the rules and the approvals
        r"(?:wrote|write|writes|writing|drafted|rewrote|rigged) the (?:laws?|rules|regulations|"
        r"guidelines) (?:so|to)",
        r"(?:paid|pay|pays|paying|lobbied|lobby|lobbies|lobbying|bribed|bribe|bribes|bribing)"
        r"(?: \w{1,12}){0,3}? to (?:keep|get) (?:it|them|[a-z]{2,15}) (?:illegal|banned|"
        r"off the market|unapproved|off the shelves|scheduled|restricted|unavailable|out)",
        r"(?:bribed|bribe|bribes|bribing|paid off|pay off|pays off|paying off|bought off) "
        r"(?:the )?(?:politicians|lawmakers|officials|congress|mps|journals|mods|moderators|"
        r"reviewers|regulators|doctors|neuros|scientists|researchers|media|press)",
        r"to ban (?:the |all |any )?(?:natural |cheaper |cheap )?(?:alternatives|cannabis|"
        r"competition|competitors|generics?|supplements|herbs|remedies)",
        # relabelled to dodge the rules
        r"(?:relabel\w{0,4}|rebrand\w{0,4}|repackag\w{0,4}|renam\w{1,4}|disguis\w{1,4}) "
        r"(?:it|them|baclofen|the drug|\w{3,15}) (?:to|so they could|so they can) (?:dodge|get "
        r"around|evade|skirt|sidestep|bypass|fool|trick|escape|cheat|hide)",
        # the truth deleted
        r"(?:delet\w{1,4}|scrub\w{0,4}|eras\w{1,4}|wip(?:e|es|ed|ing)|censor\w{0,4}|ban\w{0,4}|"
        r"remov\w{1,4}|tak(?:e|es|ing) down|took down) (?:the truth|the evidence|the studies|"
        r"the research|the reports|any (?:mention|criticism|evidence|posts? about)|anything "
        r"(?:critical|negative|bad)|negative reviews|critical posts|the complaints|the real)",
        # knowledge claims: "big pharma knows ms is curable", "the FDA knows and says nothing"
        r"(?:know|knows|knew|known)\b" + G.replace("%d", "50") + r"\b(?:and|but|yet) "
        r"(?:they |still |just |simply |it ){0,3}(?:say nothing|says nothing|said nothing|keep quiet|"
        r"keeps quiet|kept quiet|stay quiet|stays quiet|won't tell|wont tell|don't tell|"
        r"doesn't tell|never tell|never told|hide|hides|hid|cover|covers|covered|bury|buries|"
        r"buried|do nothing|does nothing|did nothing|keep (?:it|this|that|them) (?:quiet|hidden|"
        r"off|secret|under wraps|from)|keeps (?:it|this|that|them) (?:quiet|hidden|off|secret|"
        r"under wraps|from)|gets? buried|got buried)",
        r"(?:know|knows|knew|known) (?:that )?(?:" + r"ms|cp|it|baclofen|bac|the drug|this drug|"
        r"spasticity|the disease" + r") (?:is|was|can be|has always been) (?:curable|"
        r"(?:just |really |actually |basically )?(?:a |an )?(?:repackaged|rebranded|relabell?ed|"
        r"poison|cure))",
        # "they can't have patients actually getting better"
        r"(?:can't|cant|cannot|won't|wont|never|'d never|would never) (?:have|let|allow) "
        r"(?:" + _VICTIM + r") (?:actually |ever |really |to )?(?:(?:get|getting|be|being) "
        r"(?:better|well|cured|healthy|healed)|recover|recovering|heal|healing|walk again)",
        r"(?:don't|dont|doesn't|doesnt|do not|does not|never) want (?:there to be|(?:a|any|"
        r"the) (?:cure|cheap\w{0,3}|cheaper|generic|alternative|competition))",
        # scare stories and propaganda
        r"(?:scare|fear)[- ]?(?:story|stories|tactics?|campaign|mongering) "
        + G.replace("%d", "30")
        + r"\b(?:to|so) (?:stop|keep|make|sell|scare|frighten|trap|stay)",
        r"(?:set (?:it |this |all this |the whole thing )?up|set-up|setup) (?:on purpose|"
        r"deliberately|to (?:keep|make|push|sell|profit))",
        r"shelved (?:it|them|the \w{1,15}) (?:so|to)",
        r"(?:created|engineered|manufactured|faked|caused) (?:the |a |this |these )?"
        r"(?:shortages?|scarcity)",
        r"(?:supply|supplies|stock|production) (?:was |were |is |are |being |got |gets )?"
        r"(?:throttled|restricted|cut|limited|held back|withheld|choked|squeezed|rationed) "
        r"(?:on purpose|deliberately|intentionally)",
    )
    + r"\b"
)
FRAME_KEYWORDS = kw(
    "cooked", "fabricated", "dreamed", "dreamt", "concocted", "invented", "whipped", "conjured",
    "want", "paid", "bribed", "pressured", "leaned", "bought", "incentivised", "incentivized",
    "trained", "taught", "conditioned", "brainwashed", "instructed", "ordered", "coached",
    "bankrolled", "owned", "payroll", "look", "looks", "looked", "looking", "blind", "cahoots",
    "glove", "golf", "golfing", "drinking", "fishing", "dinner", "lunch", "poker", "scratch",
    "scratches", "scratching", "thieves", "deal", "deals", "arrangement", "pact", "agreement",
    "relationship", "drafted", "rewrote", "rigged", "pay", "pays", "paying", "lobbied", "lobby",
    "lobbies", "lobbying", "bribe", "bribes", "bribing", "ban", "relabel", "relabeled",
    "relabelled", "relabelling", "relabeling", "rebrand", "rebranded", "rebranding", "repackage",
    "repackaged", "repackaging", "rename", "renamed", "renaming", "disguise", "disguised",
    "deleted", "delete", "deletes", "deleting", "scrub", "scrubbed", "scrubbing", "erase",
    "erased", "erasing", "wipe", "wiped", "wipes", "wiping", "censor", "censored", "censoring",
    "banned", "banning", "remove", "removed", "removing", "let", "allow", "shelved", "created",
    "engineered", "manufactured", "faked", "caused", "throttled", "restricted", "cut", "limited",
    "held", "withheld", "choked", "squeezed", "rationed", "spread", "spreads", "spreading",
    "pushed", "pushes", "pushing", "suppress", "suppresses", "suppressed", "suppressing", "sit",
    "sits", "sitting", "sat", "shelve", "shelves", "shelving", "fake", "fakes", "faking",
    "rigging", "rigs", "fudge", "fudged", "fudging", "doctored", "doctoring", "cooking",
    "falsified", "falsifying", "manipulated", "manipulating", "covers", "covered", "covering",
    "cover", "rotate", "rotating", "rotated", "cow", "gravy", "machine", "bonuses", "kickbacks",
    "commission", "commissions", "incentives", "perks", "freebies", "backhanders", "kickback",
    "backhander", "allowed", "reason", "captured", "compromised", "corrupt", "bent", "crooked",
    "understanding",
)  # fmt: skip
# Frames that open with a word too common to search by ("so", "take", "like", "know") are
# searched only in sentences that also hold one of their rarer words: a word of every set of a
# gate. Each gate is a necessary condition of the frames it stands for.
_STATE_WORDS = kw(
    "sick", "sicker", "ill", "unwell", "dependent", "hooked", "addicted", "docile", "sedated",
    "drugged", "medicated", "stiff", "weak", "quiet", "compliant", "scared", "afraid", "terrified",
    "frightened", "paying", "buying", "coming", "hook", "undertreated", "treated", "pain", "broke",
    "desperate", "numb", "dumb", "obedient", "passive", "ignorant", "dark", "forever", "life",
    "doped", "zonked", "zombified", "zombies", "spending",
)  # fmt: skip
FRAME_GATES = (
    (kw("made", "thought"), kw("up")),  # "made up by pharma", "thought up so we ..."
    (kw("so"), _STATE_WORDS | kw("demand", "speak", "ask", "rise", "push", "complain", "fight",
                                 "protest", "resist", "better", "recover")),
    (kw("wants", "wanted", "need", "needs", "needed", "prefer", "prefers", "preferred", "like",
        "likes", "keep", "keeps", "keeping", "kept"), _STATE_WORDS),  # "keeps us sedated"
    (kw("told"), kw("mention", "talk", "discuss", "tell", "bring", "recommend", "suggest",
                    "prescribe", "question", "look")),  # "told never to mention"
    (kw("take", "takes", "taking", "took"), kw("down")),  # "took down the studies"
    (kw("know", "knows", "knew", "known"), kw("nothing", "quiet", "tell", "told", "hide", "hides",
        "hid", "cover", "covers", "covered", "bury", "buries", "buried", "keep", "keeps",
        "curable", "repackaged", "rebranded", "relabeled", "relabelled", "poison", "cure")),
    (kw("have"), kw("better", "well", "cured", "healthy", "healed", "recover", "recovering",
                    "heal", "healing", "walk")),  # "can't have us getting better"
    (kw("write", "writes", "writing", "wrote"), kw("law", "laws", "rules", "regulations",
                                                    "guidelines")),
    (kw("set", "setup"), kw("purpose", "deliberately", "keep", "make", "push", "sell", "profit")),
    (kw("fear", "scare"), kw("story", "stories", "tactic", "tactics", "campaign", "mongering")),
)  # fmt: skip
# More actors for the frames (besides the rule's own list, which includes "they").
FRAME_ACTOR = alt(
    r"(?:the )?industry", r"(?:medical|pharmaceutical|pharma)[- ]industrial complex", r"gov",
    r"dea", r"ema", r"mhra", r"journals", r"(?:the )?big players", r"suppliers", r"lobby",
    r"lobbyists", r"politicians", r"lawmakers", r"charities", r"donors", r"mods", r"moderators",
    r"insurers?", r"the insurer", r"the hospitals?", r"hospitals", r"the people who (?:write|make) "
    r"the (?:rules|laws)", r"med schools", r"medical schools", r"big business", r"corporate",
    r"execs", r"ceos", r"shareholders", r"investors", r"pharma-funded", r"(?:the )?companies",
    r"(?:the )?big companies",
)  # fmt: skip

# Shortages, cures and competitors: no actor needed (the phrase is the allegation).
SOLO_RX = fast_compile(
    r"\b"
    + alt(
        r"shortages?" + G.replace("%d", "40") + r"\b(?:was|were|is|are|been|got|get|r)(?: all| "
        r"totally| completely| entirely| clearly| obviously| 100%)? (?:" + _SHORTAGE_FAKE + r")",
        r"(?:" + _SHORTAGE_FAKE + r") (?:drug |baclofen |generic |supply )?shortages?",
        r"shortages?[^.!?\n]{0,60}\?{1,3} (?:manufactured|engineered|planned|fake|staged|rigged|"
        r"coordinated|orchestrated|deliberate|artificial|convenient)",
        r"(?:bought|bought up|bought out|snapped up|acquired|taken over|swallowed up)"
        r"(?: \w{1,12}){0,3}? (?:and|then|&|n) (?:then )?(?:quietly |promptly |immediately )?"
        r"(?:shut down|buried|shelved|killed|closed|mothballed|sat on|disappeared|vanished|"
        r"locked away|binned|scrapped|canned|never heard of again|shut up)",
        r"(?:sitting|sat|gathering dust|locked away|locked up|hidden|stashed|tucked away) "
        r"(?:in|on) (?:a |the |some )?(?:drawer|vault|safe|shelf|ice)",
        r"(?:has|have|had|got|holding|hoarding|'s had|'ve had) (?:had )?"
        + _CURE
        + G.replace("%d", "30")
        + r"\b(?:on ice|in a drawer|in a vault|in a safe|on the shelf|"
        r"on a shelf|under wraps|locked away|locked up|in storage)",
        r"mysteriously [\W_]{0,2}(?:fail\w{0,3}|gets? (?:rejected|blocked|pulled|dropped|shut|"
        r"bought|buried|killed|shelved|denied)|got (?:rejected|blocked|pulled|dropped|shut|"
        r"bought|buried|killed|shelved|denied)|(?:is|was) (?:rejected|blocked|pulled|dropped|"
        r"denied|shelved))",
        r"every (?:single )?time (?:a|an|the|some|any|someone|somebody)"
        + G.replace("%d", "50")
        + r"\b(?:gets?|got|comes?|came) (?:close|near)"
        + G.replace("%d", "60")
        + r"\b(?:bought|shut|buried|killed|blocked|fails?|failed|rejected|pulled|disappears|"
        r"vanishes|mysteriously|sued|raided|shelved|discredited|smeared)",
        r"(?:paid|bribed|pressured|paid off) to (?:bury|hide|suppress|cover (?:it |this |that "
        r"|them )?up|silence|censor|scrub|delete|keep (?:it |this |that |them )?(?:quiet|hidden|"
        r"secret|under wraps|buried)|stay quiet|look the other way|turn a blind eye|say nothing)",
        r"(?:the truth|the cure|cures|evidence|studies|research|trials|results|deaths|the data)"
        r"\b" + G.replace("%d", "40") + r"\b(?:were|was|are|is|have been|has been|got|get|gets|"
        r"keep getting|keeps getting) (?:being |all |quietly |conveniently )?(?:buried|suppressed|"
        r"covered up|silenced|censored|scrubbed|swept under the (?:rug|carpet)|hushed up|shelved|"
        r"whitewashed|memory[- ]holed)",
        r"(?:tool|weapon|means|instrument|way|drug|pill|chemical) (?:to|of|for) (?:sedat\w{1,5}|"
        r"control\w{0,4}|pacif\w{1,6}|silenc\w{1,4}|subdu\w{1,4}|dumb\w{0,4} down|numb\w{0,4}|"
        r"keep|drug\w{0,4}) (?:us|the disabled|disabled people|the population|the masses|"
        r"veterans|the public|cripples|the sick|the poor|the elderly)\b",
        r"(?:made up|invented|fabricated|cooked up|dreamed up|dreamt up|concocted)"
        + G.replace("%d", "40")
        + r"\bto keep (?:"
        + _VICTIM
        + r") "
        + _STATE,
        r"(?:big )?pharma(?:'s)? (?:fiction|propaganda|lies|myths?|scare stor(?:y|ies)|scare "
        r"tactics?|fairy tales?|fairytales?|marketing lies|hoax|fear[- ]?mongering|invention|"
        r"brainwashing|shills?|puppets?)",
        r"(?:industry|drug company|manufacturer's|manufacturers') (?:propaganda|lies|fiction|"
        r"scare tactics?|scare stor(?:y|ies))",
        r"(?:pharma|industry)[- ](?:funded|owned|controlled|bought) (?:\w{1,15} ){0,2}?(?:to "
        r"never|never to|to not|not to)",
    )
    + r"\b"
)
SOLO_KEYWORDS = kw(
    "shortage", "shortages", "ice", "drawer", "vault", "shelf", "wraps", "storage", "locked",
    "mysteriously", "paid", "bribed", "pressured", "invented", "fabricated", "cooked", "dreamed",
    "dreamt", "concocted",
)  # fmt: skip
# The phrases above that open with a common word ("drug", "pharma", "time", "made") are searched
# where one of the words they need besides it is in the sentence too.
SOLO_GATES = (
    (kw("bought", "snapped", "acquired", "taken", "swallowed"),
     kw("shut", "buried", "shelved", "killed", "closed", "mothballed", "sat", "disappeared",
        "vanished", "locked", "binned", "scrapped", "canned", "never")),
    (kw("sitting", "sat", "gathering", "hidden", "stashed", "tucked", "cure", "cures"), kw("safe")),
    (kw("time"), kw("close", "near")),
    (kw("truth", "cure", "cures", "evidence", "studies", "research", "trials", "results", "deaths",
        "data"),
     kw("buried", "suppressed", "covered", "silenced", "censored", "scrubbed", "swept", "hushed",
        "shelved", "whitewashed", "memory")),
    (kw("tool", "weapon", "means", "instrument", "way", "drug", "pill", "chemical"),
     kw("us", "disabled", "population", "masses", "veterans", "public", "cripples", "sick", "poor",
        "elderly")),
    (kw("made"), kw("up")),
    (kw("pharma", "bigpharma", "industry", "company", "manufacturer", "manufacturers"),
     kw("fiction", "propaganda", "lies", "myth", "myths", "scare", "fairy", "fairytale",
        "fairytales", "marketing", "hoax", "fear", "fearmongering", "mongering", "invention",
        "brainwashing", "shill", "shills", "puppet", "puppets", "funded", "owned", "controlled",
        "bought")),
)  # fmt: skip
# "It's a theory that ...", "it's not a conspiracy, just incompetence": distance from the claim.
THEORY_RX = fast_compile(
    r"\b(?:theor(?:y|ies) (?:that|about|is that|going around)|conspiracy theor\w{1,4}|"
    r"the rumou?rs? (?:that|about)|the idea that|the notion that|the claim that|"
    r"claims? that|videos? (?:saying|claiming) that|posts? (?:saying|claiming) that|"
    r"(?:people|folks|ppl|some|others|everyone) (?:keep |kept |are |have been )?(?:posting|saying|"
    r"claiming|repeating|insisting) that|(?:doesn't|does not|don't|do not|didn't) mean (?:that )?"
    r"(?:there's|there is|there are|they're|they are|anyone|someone|it's|it is))\b"
)
DISAVOWAL_RX = fast_compile(
    r"\b(?:not (?:a|some|any) (?:conspiracy|plot|cover[- ]?up|scheme)(?! theor)|"
    r"(?:isn't|wasn't|is not|was not|no) (?:a |some |any )?(?:conspiracy|plot|cover[- ]?up)"
    r"(?! theor)|no evidence (?:for|of) (?:that|this|it|any))\b"
)

# --- Insinuation: "funny how ...", "ever notice ...", "follow the money", "it's by design" ---
INSINUATION_OPENER_RX = fast_compile(
    r"\b(?:funny how|strange how|odd how|interesting how|curious how|convenient how|"
    r"funny that|ever notice|ever noticed|ever notice how|notice how|noticed how|ever wonder|"
    r"ever wondered|makes you wonder|make you wonder|ask yourself|isn't it (?:funny|strange|odd|"
    r"interesting|convenient)|how convenient|conveniently|almost as if|almost like|"
    r"call me (?:a )?(?:skeptic|sceptic|cynic|cynical|paranoid|crazy)|think about it|"
    r"connect the dots|do the math|do the maths|wake up|open your eyes|you do the math)\b"
)
# Cues that make a plot on their own (with an actor or "they" nearby, or an opener).
INSINUATION_STRONG_RX = fast_compile(
    r"\b"
    + alt(
        r"follow the money",
        r"who (?:profits|benefits|makes money|gains|wins|gets rich)(?: from| off| when| if)?",
        r"cui bono",
        r"(?:it's|its|it is|it was|that's|thats|this is|all|all of it|all of this|purely|"
        r"entirely) (?:all )?by design",
        r"none of (?:this|it|that) (?:is|was) (?:an )?(?:accident|coincidence)",
        r"(?:it's|its|it is|this is|that's|thats|it was) (?:no|not an|not a) (?:accident|"
        r"coincidence)",
        r"almost (?:as if|like) (?:someone|somebody|they|the \w{1,15}|\w{1,15} companies) "
        r"(?:makes?|made|wants?|doesn't|don't|didn't|is making|are making|needs?|prefers?|"
        r"likes?)",
        r"(?:someone|somebody) (?:makes|made|is making) (?:very |damn |bloody |real )?sure",
        r"they (?:plan|planned|planning|time|timed|schedule|scheduled|engineer|engineered) "
        r"(?:it|them|this|these|that)(?: that way)?(?= ?[.!\n]|$)",
    )
    + r"\b"
)
INSINUATION_WEAK_RX = fast_compile(
    r"\b(?:coordinated|on purpose|deliberately|intentionally|planned|orchestrated|engineered|"
    r"manufactured|timed|not a coincidence|no coincidence|coincidence|convenient|conveniently|"
    r"strategic|calculated|they plan it|they planned it|by design)\b"
)
INSINUATION_KEYWORDS = kw(
    "follow", "profits", "benefits", "gains", "wins", "rich", "bono", "design", "accident",
    "coincidence", "someone", "somebody", "plan", "planned", "planning", "timed", "time",
    "schedule", "scheduled", "engineer", "engineered", "coordinated", "purpose", "deliberately",
    "intentionally", "orchestrated", "manufactured", "convenient", "conveniently", "strategic",
    "calculated", "money",
)  # fmt: skip


# --- Covert schemes by family (round 2): surveillance lists, paid moderators and search engines,
# buried research, secret reclassification, weaponised sedation, engineered scarcity, blocked
# alternatives. Each alternative holds one of COVERT_KEYWORDS (its distinctive word); the rule
# also needs an actor ("they", "someone", a named body) in the sentence or the one before.
_PAPERS = (
    r"(?:stud(?:y|ies)|trials?|research|reports?|papers?|evidence|data|results|findings|videos?|"
    r"posts?|complaints|documents|files|paperwork|records)"
)
COVERT_RX = fast_compile(
    r"\b"
    + alt(
        # paid per prescription
        r"(?:(?:brown )?envelopes?|bonus(?:es)?|commissions?) (?:\w{1,12} ){0,3}?(?:for|per|on) "
        r"(?:every|each) (?:\w{1,12} ){0,2}?(?:script|prescription|patient|pump|refill)s?",
        # surveillance: lists, databases, watchlists of patients
        r"(?:database|watchlist|watch list|register|registry|list)s? of (?:all )?(?:the )?"
        r"(?:disabled|cripples|everyone on)",
        r"(?:government|gov|govt|gov't|state|police|central) (?:database|watchlist|register|registry)",
        r"flags? (?:everyone|everybody|all|every|disabled|us|patients|people|ppl)\b"
        + r"[^.!?\n]{0,40}?\b(?:government|gov|govt|authorities|police|state)",
        r"to flag (?:disabled|us|patients|people|ppl|everyone)",
        r"tracks? (?:who|whoever|everyone|every)",
        r"(?:keeps?|kept|keeping) (?:a )?secret list",
        r"secretly (?:keeps?|kept|keeping) (?:a )?list",
        r"(?:logged|registered|recorded) centrally",
        # paid moderators, search engines, platforms
        r"(?:mods|moderators|moderation)\b[^.!?\n]{0,50}?\b(?:pharma|payroll|drug compan\w{1,3}|"
        r"industry|pr team)",
        r"(?:pharma|industry|drug compan\w{1,3})\b[^.!?\n]{0,40}?\b(?:mods|moderators|moderation)",
        r"behind the scenes",
        r"(?:pays?|paying|paid) (?:youtube|google|facebook|the search engines?|search engines?|"
        r"the platforms?)",
        r"(?:google|youtube|facebook|search engines?)\b[^.!?\n]{0,40}?\b(?:hides?|hid|bur(?:y|ies|"
        r"ied)|censors?|censored|deal with)",
        r"(?:has|have|had|got) (?:a |an )?(?:secret |special |cosy |cozy )?deals? with (?:the )?"
        r"(?:manufacturers?|pharma|big pharma|drug compan\w{1,3}|industry|insurers|government)",
        r"sells? (?:our|your|users'?|members'?|patients'?|ur) (?:posts|data|info\w{0,9}|details|"
        r"records)",
        r"to hook (?:us|you|people|patients|ppl|everyone)",
        r"to delete (?:posts|comments|threads|anything|reviews|criticism)",
        # buried research
        r"(?:bur(?:y|ies|ied|ying)|shred\w{0,4}|shut(?:ting)? down|scrub\w{0,4}) (?:every|any|all|"
        r"the|those|these|anything|everything)\b[^.!?\n]{0,30}?\b" + _PAPERS,
        r"(?:shred\w{0,4}) (?:anything|everything|the evidence|it|them)",
        r"(?:bur(?:y|ies|ied|ying)|suppress\w{0,3}|hid(?:e|es)) it to keep (?:selling|"
        r"making|profiting|charging)",
        r"(?:suppressed|buried|hidden|hushed up) because",
        r"buried the (?:moment|minute|second|day)",
        r"(?:stud(?:y|ies)|trials?|research|papers?|reports?|evidence|findings|videos?|paperwork|"
        r"records)\b"
        r"[^.!?\n]{0,50}?\b(?:gets?|got|keeps? getting|(?:has|have) been) "
        r"(?:quietly |conveniently |all )?(?:buried|"
        r"pulled|scrubbed|shredded|shelved|binned|suppressed|deleted|hushed up|memory[- ]holed)",
        r"scrub\w{0,4} (?:them|it|\w{1,15}) (?:from|off) (?:the )?(?:internet|web|net)",
        r"(?:sat|sit|sits|sitting) on (?:the |their |all the )?(?:\w{1,15} )?(?:reports|data|"
        r"results|studies|evidence|findings)",
        # secret reclassification and rebranding
        r"(?:reclassif\w{1,6}|rebrand\w{0,4}|relabell?\w{0,4}|renamed)\b[^.!?\n]{0,50}?"
        r"(?:in secret|secretly|quietly|on paper|so (?:it|they|the|that|nobody|doctors)|to (?:dodge|"
        r"avoid|hide|sell|get around)|wouldn't|would not|could be sold|without)",
        r"(?:quietly|secretly) (?:got |been |was )?(?:reclassif\w{1,6}|rebrand\w{0,4}|"
        r"relabell?\w{0,4}|renamed)",
        r"rebranded (?:opioid|narcotic|sedative|benzo|tranquilli[sz]er|poison)",
        r"changed the (?:name|label|classification)\b[^.!?\n]{0,50}?\b(?:so|to|decades|years)",
        # weaponised sedation, testing on people
        r"sedat\w{1,4} (?:crowds|protest\w{0,3}|the population|towns|cities|prisoners|the public|"
        r"dissidents|the masses)",
        r"chemical weapons?",
        r"stockpil\w{1,4}",
        r"(?:testing|trialling|trialing|tested|trialled|testin) (?:it |them |baclofen |this )?on "
        r"(?:us|people|patients|kids|children|the public|the disabled|disabled people)",
        r"(?:test|trial|guinea[- ]pig) (?:population|subjects)",
        r"(?:are|r) the (?:test subjects|guinea pigs|lab rats)",
        r"declassified",
        r"sealed (?:documents|files|records|court)",
        r"(?:is|are|was|were|all|rest is) classified",
        # keeping people sick and dependent, manufacturing patients
        r"profits? (?:when|while|if|as long as) (?:we|you|u|patients|people|ppl|everyone) "
        r"(?:stay|remain|are|get|keep|r)\b",
        r"want(?:s)? (?:us|you|u|people|ppl|patients|everyone) (?:more|even more|to be|to stay|"
        r"to remain|forever|always) (?:dependent|sick|hooked|sedated|docile|medicated|ill)",
        r"(?:keep|keeps|keeping|kept) (?:\w{1,12} )?(?:patients|us|people|ppl|you|everyone) too "
        r"(?:sedated|drugged)",
        r"(?:making|creating|manufacturing|inventing)[*_]{0,2} (?:new )?(?:patients|customers|diseases?)",
        r"(?:definition|criteria)\b[^.!?\n]{0,20}?\b(?:bigger|broader|wider|widened|expanded|"
        r"looser|loosened)",
        r"(?:widened|expanded|broadened|loosened|stretched) the (?:\w{1,15} )?(?:definition|criteria)",
        r"herd(?:ed|ing)? (?:us |people |patients )?into",
        r"(?:been )?planned for (?:years|decades)",
        r"omissions? (?:are|is|were|was) (?:all )?(?:deliberate|intentional|on purpose)",
        # engineered scarcity, deliberately weakened tablets
        r"(?:manufactured|artificial|engineered|fake) (?:scarcity|shortages?)",
        r"shortages?\b[^.!?\n]{0,40}?\b(?:aren't|arent|isn't|isnt|wasn't|weren't|are not|is not) "
        r"(?:an? )?(?:accident|coincidence)",
        r"(?:deliberately|intentionally|purposely|on purpose) (?:\w{1,12} ){0,2}?(?:weaker|"
        r"weakened|diluted|watered down|less effective|underdosed)",
        r"(?:weaker|weakened|diluted|watered down)\b[^.!?\n]{0,30}?\b(?:on purpose|deliberately|"
        r"so (?:we|you|u|people|patients))",
        # blocked and banned alternatives
        r"(?:to|only to|just to|all to) protect (?:the |big |their |its )?(?:big )?(?:companies|"
        r"pharma|profits?|market|industry|drug companies|manufacturers|monopoly)",
        r"protect(?:ing|s)? (?:the |their )?(?:market|profits|bottom line|monopoly)",
        r"outlaw\w{0,4} (?:\w{1,12} )?(?:alternatives|remedies|herbs|supplements|cannabis|competition)",
        r"made it illegal to (?:say|tell|mention|sell|claim)",
        r"(?:scripted|ghostwritten) by (?:a |the )?(?:big )?pharma",
        r"(?:quietly|secretly) (?:funds?|funded|funding|pays?|paid|paying|bankroll\w{0,4}|"
        r"lobb\w{1,5}|deletes?|deleted)",
        r"lobb(?:y|ies|ied|ying) (?:in secret|behind)",
    )
    + r"\b"
)
COVERT_KEYWORDS = kw(
    "envelope", "envelopes", "bonus", "bonuses", "commission", "commissions",
    "database", "databases", "watchlist", "watchlists", "register", "registry", "list", "lists",
    "flag", "flags", "tracks", "track", "centrally", "mods", "moderators", "moderation", "scenes",
    "youtube", "google", "facebook", "engine", "engines", "platform", "platforms", "deal",
    "deals", "sells", "sell", "hook", "delete", "bury", "buries", "buried", "burying", "shred",
    "shreds", "shredded", "shredding", "shut", "shutting", "scrub", "scrubs", "scrubbed",
    "scrubbing", "suppress", "suppresses", "suppressed", "hide", "hides", "hidden", "hushed",
    "pulled", "shelved", "binned", "deleted", "holed", "sat", "sit", "sits", "sitting",
    "reclassified", "reclassify", "reclassification", "reclassifies", "rebrand", "rebranded",
    "rebranding", "relabelled", "relabeled", "relabel", "renamed", "classification", "sedate",
    "sedating", "sedated", "sedates", "weapon", "weapons", "stockpiling", "stockpiled",
    "stockpile", "stockpiles", "testing", "trialling", "trialing", "tested", "trialled", "testin",
    "population", "subjects", "rats", "pigs", "declassified", "sealed",
    "classified", "profits", "profit", "dependent", "sick", "hooked", "docile", "medicated",
    "ill", "drugged", "patients", "customers", "diseases", "definition", "criteria", "herded",
    "herding", "herd", "planned", "omission",
    "omissions", "scarcity", "shortage", "shortages", "weaker", "weakened", "diluted", "watered",
    "underdosed", "protect", "protecting", "protects", "outlaw", "outlawed", "outlawing",
    "outlaws", "illegal", "scripted", "ghostwritten", "quietly", "secretly", "lobby", "lobbies",
    "lobbied", "lobbying",
)  # fmt: skip
