"""Conspiracy: alleged hidden plots by drug companies, governments or agencies.

A complaint is not a plot: "Big Pharma prices are outrageous" names an actor but alleges no
scheme, so it is not flagged. A plot needs a scheme verb ("invented it to keep us docile",
"weaponised", "hiding the cure") with an actor in the same sentence (or the one before), or one
of a few markers that only conspiracy talk uses ("mind control", "sheeple").
"""

from __future__ import annotations

from ..context import Doc
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans, iter_matches
from ._common import alt, gate_words, kw
from .lexicon_conspiracy import (
    COVERT_KEYWORDS,
    COVERT_RX,
    DENIAL_INSIDE_RX,
    DISAVOWAL_RX,
    EXTRA_ACTOR,
    EXTRA_KEYWORDS,
    FRAME_ACTOR,
    FRAME_GATES,
    FRAME_KEYWORDS,
    FRAME_RX,
    INSINUATION_KEYWORDS,
    INSINUATION_OPENER_RX,
    INSINUATION_STRONG_RX,
    INSINUATION_WEAK_RX,
    PLOT_EXTRA_GATES,
    PLOT_EXTRA_KEYWORDS,
    PLOT_EXTRA_RX,
    SCHEME_CUE_RX,
    SCHEME_KEYWORDS,
    SOLO_GATES,
    SOLO_KEYWORDS,
    SOLO_RX,
    STAKE_RX,
    STRONG_ACTOR_RX,
    STRONG_ACTOR_WORDS,
    THEORY_RX,
)

CATEGORY = "conspiracy"

ACTOR = alt(
    r"big[ -]?pharma", r"pharma", r"pharmaceutical (?:companies|industry|industries|corporations|"
    r"giants|lobby|cartel)", r"drug companies", r"drug makers", r"drugmakers", r"the government",
    r"governments?", r"govt", r"gov't", r"the state", r"cia", r"fbi", r"fda", r"cdc", r"the who",
    r"nih", r"the nhs", r"the medical (?:establishment|industry|mafia)", r"the elites?", r"elites",
    r"the system", r"globalists", r"deep state", r"bill gates", r"gates", r"soros",
    r"the powers that be", r"tptb", r"they", r"them", r"the military", r"soviets?", r"kgb",
    r"nazis", r"illuminati", r"freemasons", r"big tech", r"corporations", r"insurance companies",
    r"the agencies", r"agencies", r"manufacturers", r"the makers", r"drug reps", EXTRA_ACTOR,
    FRAME_ACTOR,
)  # fmt: skip
_ACTOR_RX = fast_compile(r"\b" + ACTOR + r"\b")

_PLOT_RX = fast_compile(
    r"\b"
    + alt(
        r"(?:invented|created|designed|made|developed|engineered|manufactured|released|cooked up|"
        r"pushed|push|pushing|invent|create|designed) (?:it |baclofen |this drug |this |these drugs |"
        r"drugs like this )?(?:to|so they can|so that|as a way to|in order to) (?:keep|make|control|"
        r"sedate|pacify|silence|drug|dope|numb|dumb down|subdue|shut up|get rid of|profit off)",
        r"keep(?:s|ing)? (?:us|people|patients|disabled people|the disabled|everyone|the population|"
        r"veterans|the masses|you|folks|sick people) (?:docile|sick|sedated|quiet|compliant|"
        r"dependent|hooked|weak|down|in line|controlled|drugged|asleep|medicated|passive|"
        r"under control|coming back|paying|sedated)",
        r"(?:hide|hides|hiding|hid|hidden|conceal\w{0,4}|cover(?:ing|ed|s)? up|cover-up|coverup|"
        r"suppress(?:es|ed|ing)?|bury|burying|buried|silenc\w{1,4}|censor\w{0,4}|sitting on) "
        r"[^.!?\n]{0,20}?\b(?:cure|cures|truth|evidence|data|studies|research|side effects|real|"
        r"facts|deaths|dangers|natural cure|alternatives?|damage|harm|numbers|risks|study|report|"
        r"paper|trial)",
        r"(?:program|programme|plan|plot|scheme|experiment|project|operation) to (?:sedate|control|"
        r"pacify|drug|silence|subdue|sterili[sz]e|poison|track|dope|numb)",
        r"in bed (?:together|with)",
        r"cover(?:ing|ed|s)? (?:it|this|that|them|the \w{1,12}) up",
        r"silenc\w{1,4} (?:anyone|everyone|doctors|scientists|whistleblowers|people|critics|"
        r"researchers)",
        r"drugging (?:us|the disabled|disabled people|people|patients|veterans|the population|"
        r"everyone|the sick)",
        r"so (?:we|people|they|the disabled|patients) (?:don't|can't|won't|do not|cannot) (?:fight "
        r"back|protest|resist|complain|question|notice|organi[sz]e)",
        r"want(?:s)? (?:a |the )?(?:sedated|docile|compliant|obedient|dumb|drugged|sleepy|passive) "
        r"(?:population|public|people|society|masses|workforce)",
        r"keep (?:natural |the )?(?:cures?|the truth|it|this|them) (?:hidden|secret|quiet|buried|"
        r"under wraps|from us|locked away)",
        r"(?:locked|hidden) (?:away |up )?in a (?:vault|safe|drawer)",
        r"control what (?:your doctor|doctors|we|you|the doctors|people) (?:tell|tells|say|says|"
        r"know|hear|see|prescribe|learn)",
        r"so (?:they|pharma|the companies) (?:can|could) (?:sell|profit|make money|keep selling)",
        r"too (?:sleepy|sedated|drugged|tired|docile|numb) to (?:protest|fight|resist|complain|notice)",
        r"weaponi[sz]\w{1,4}",
        r"mind[ -]control",
        r"control (?:us|people|the population|veterans|the masses|minds|our minds|the public|you)",
        r"(?:don't|doesn't|dont|do not|does not) want (?:you|us|people|anyone|the public) to (?:know|"
        r"heal|get better|be cured|find out|learn|see|wake up)",
        r"poison(?:ing)? (?:us|people|the population|everyone|the public|the masses)",
        r"depopulat\w{1,6}",
        r"experiment(?:ing|s|ed)? on (?:us|people|veterans|patients|the disabled|disabled people)",
        r"chemical (?:obedience|leash|lobotomy|control|restraint)",
        r"want(?:s)? (?:us|people|you|disabled people|the disabled|patients|veterans|everyone|the "
        r"public|the sick) (?:docile|sick|sedated|dependent|quiet|dead|compliant|drugged|dumb|numb|"
        r"asleep|obedient|passive|medicated)",
        r"(?:paid|pay|paying|pays) (?:off )?(?:the )?(?:doctors|neurologists|neuros|gps|physicians|"
        r"experts|politicians|the fda|fda|regulators|researchers|scientists|media|the media)",
        r"(?:paid off|bribed|bought off|bankrolled) by",
        r"(?:in the pocket|on the payroll) of",
        r"secretly (?:test\w{0,3}|experiment\w{0,3}|drug\w{0,4}|sedat\w{1,4}|poison\w{0,4}|track\w{0,3}|"
        r"add\w{0,3}|lac\w{1,4}|put\w{0,4}|control\w{0,4}|push\w{0,4})",
        r"(?:studies|evidence|data|research|truth|side effects|deaths|reports|trials|results)\b"
        r"[^.!?\n]{0,40}?\b(?:were|was|are|is|have been|has been|got|get) (?:being )?"
        r"(?:buried|hidden|suppressed|"
        r"covered up|silenced|censored|destroyed|deleted|scrubbed|swept under the rug)",
        r"(?:decide|decides|control|controls|choose|chooses) what (?:we're|we are|you're|you are|"
        r"we|you) (?:allowed|permitted) to (?:know|see|read|hear|learn)",
        r"revolving door",
        r"(?:it's|its|it is) (?:all )?about control",
        r"(?:put|putting|puts|add|adding|adds|slip|slipping|lace|lacing|laced) (?:something|"
        r"stuff|chemicals|additives) (?:in|into)",
        r"make (?:us|people|everyone|patients) (?:more )?(?:obedient|docile|compliant|sedated|"
        r"dumb|quiet|passive|controllable)",
        r"in on it",
        r"in (?:their|the) pocket",
        r"(?:plandemic|agenda|cabal|cartel)",
        r"(?:it's|its|it is) all planned",
        r"follow the money",
        r"(?:lying|lie) to (?:us|you|everyone|the public)",
        r"(?:planted|implant\w{0,3}) (?:chips|microchips|trackers)",
        r"microchips?",
    )
    + r"\b"
)
_MARKER_RX = fast_compile(
    r"\b"
    + alt(
        r"sheeple",
        r"wake up(?:,)? (?:people|sheep|sheeple|everyone|folks)",
        r"coincidence\? i (?:think|don't think) not",
        r"do your own research",
        r"mind[ -]control",
        r"weaponi[sz]\w{1,4}",
        r"depopulation",
        r"new world order",
        r"chemtrails?",
        r"plandemic",
        r"chemical (?:obedience|leash|lobotomy)",
        r"they want us (?:docile|sick|sedated|dependent|quiet|dead|compliant|drugged|dumb|numb)",
        r"false flag",
        r"the quiet drug",
        r"mysteriously (?:lose|lost|loses|die|died|dies|disappear\w{0,3}|vanish\w{0,3}|shut down)",
    )
    + r"\b"
)
_MARKER_KEYWORDS = kw(
    "sheeple", "wake", "coincidence", "research", "mind", "weaponise", "weaponised",
    "weaponising", "weaponize", "weaponized", "weaponizing", "depopulation", "order", "chemtrail",
    "chemtrails", "plandemic", "chemical", "want", "flag", "quiet", "mysteriously",
)  # fmt: skip
_HIDDEN_CURE_RX = fast_compile(
    r"\b"
    + alt(
        r"(?:hiding|hide|hid|suppressing|suppress|suppressed|burying|buried|bury|sitting on|"
        r"covering up|covered up) (?:a |the |an )?(?:real |actual |natural )?cure",
        r"cure (?:for (?:ms|spasticity|this|it) )?(?:is being|has been|was|is) (?:hidden|suppressed|"
        r"buried|kept from us|covered up)",
        r"(?:don't|doesn't|do not|does not|never) want (?:you|us|people|patients) (?:cured|to be "
        r"cured|healed|to heal|to get better|to recover)",
        r"no money in (?:a cure|curing|cures|healthy people|healing)",
        r"(?:the )?cure (?:for [a-z ]{1,20})?(?:already )?exists",
        r"so (?:nobody|no one|noone) (?:ever )?(?:looks for|finds|searches for|researches|funds) "
        r"(?:a |the )?cure",
        r"never let (?:a|the|any) cure (?:out|happen|through|be released|see the light)",
        r"(?:too much|more) money in (?:keeping (?:us|people|patients|everyone)|treating|"
        r"selling pills)",
        r"(?:can't|cant|cannot|won't|wont|don't|dont|never|no) (?:make|making|earn|earning) "
        r"(?:any )?(?:money|profit|cash|\$+) (?:off|from|on|out of) (?:cured|healthy|well|"
        r"recovered|healed) (?:people|ppl|patients|folks|customers|ones)",
        r"no (?:money|profit|cash) in (?:cured|healthy|well|healed|recovered) (?:people|ppl|"
        r"patients|folks|customers)",
        r"(?:cured|healthy) (?:people|ppl|patients|customers) (?:don't|dont|do not) (?:pay|buy)",
    )
    + r"\b"
)


_PLOT_KEYWORDS = kw("program", "programme", "plan", "plot", "scheme", "operation", "project", "bed",
        "study", "additives", "agencies", "agenda", "allowed", "asleep", "bankrolled", "bigpharma",
        "bought", "bribed", "buried", "bury", "burying", "cabal", "cartel", "cdc",
        "censor", "censored", "censoring", "chemical", "chemtrail", "chemtrails", "chips",
        "cia", "coincidence", "compliant", "conceal", "concealed", "concealing", "control",
        "controlled", "controls", "cooked", "corporations", "cover", "covered", "covering",
        "covers", "coverup", "create", "created", "deep", "deleted", "dependent",
        "depopulate", "depopulating", "depopulation", "designed", "destroyed", "developed",
        "docile", "drugged", "drugging", "dumb", "elite", "elites", "engineered",
        "establishment", "experiment", "experimented", "experimenting", "experiments",
        "fbi", "fda", "flag", "freemasons", "gates", "globalists", "gov", "government",
        "governments", "govt", "hid", "hidden", "hide", "hides", "hiding", "hooked",
        "illuminati", "implant", "implanted", "invent", "invented", "kgb", "lie", "lied",
        "locked", "lying", "mafia", "makers", "manufactured", "manufacturers",
        "medicated", "microchip", "microchips", "military", "mind", "money",
        "mysteriously", "nazis", "nhs", "nih", "numb", "obedient", "order", "organise",
        "organize", "paid", "passive", "pay", "paying", "payroll", "pays", "permitted",
        "pharma", "pharmaceutical", "plandemic", "planned", "pocket", "poison",
        "poisoning", "profit", "protest", "push", "pushed", "pushing", "quiet", "released",
        "reps", "research", "resist", "scrubbed", "secretly", "sedated", "sell", "selling",
        "sheeple", "sick", "silence", "silenced", "silences", "silencing", "sitting",
        "sleepy", "soros", "soviet", "soviets", "suppress", "suppressed",
        "suppresses", "suppressing", "swept", "tptb", "vault", "wake", "want", "wants",
        "weaponise", "weaponised", "weaponising", "weaponize", "weaponized", "weaponizing",
        "controlling")  # fmt: skip


# "made it to keep us docile", "put something in the water": common words beside the ones
# those phrases need.
_PLOT_GATES = (
    (kw("made"), kw("keep", "make", "control", "sedate", "pacify", "silence", "drug", "dope",
                    "numb", "dumb", "subdue", "shut", "get", "profit")),
    (kw("something"), kw("put", "putting", "puts", "add", "adding", "adds", "slip", "slipping",
                         "lace", "lacing", "laced")),
)  # fmt: skip


def _plot_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    hits = []
    actor_found: dict[tuple[int, int], bool] = {}  # several plot phrases share a sentence
    # Plot phrases and markers may run into the next sentence ("Coincidence? I think not.").
    spans = doc.keyword_spans(_PLOT_KEYWORDS, True, _PLOT_GATES)
    # The frames spell out their own negations ("says nothing", "can't have us getting better").
    groups = (
        (_PLOT_RX, spans, True),
        (PLOT_EXTRA_RX, doc.keyword_spans(PLOT_EXTRA_KEYWORDS, True, PLOT_EXTRA_GATES), True),
        (FRAME_RX, doc.keyword_spans(FRAME_KEYWORDS, gates=FRAME_GATES), False),
    )
    for rx, rx_spans, check_denial in groups:
        for m in iter_matches(rx, text, rx_spans):
            if check_denial and DENIAL_INSIDE_RX.search(m.group()):
                continue
            start, end = doc.sentence(m.start())
            if THEORY_RX.search(text, start, m.start()):
                continue  # "the theory that the FDA is hiding ...": talk about a claim
            after = doc.sentence(end)[1] if end < len(text) else end
            window = (max(0, start - 200), after)
            found = actor_found.get(window)
            if found is None:
                found = actor_found[window] = _ACTOR_RX.search(text, *window) is not None
            if found:
                hits.append(Hit(m.start(), m.end()))
    scheme_spans = doc.keyword_spans(SCHEME_KEYWORDS) if STRONG_ACTOR_WORDS & doc.words else []
    for m in iter_matches(SCHEME_CUE_RX, text, scheme_spans):
        # A weak cue ("on purpose", "coordinated") needs a named powerful actor and a stake
        # (money, supply, harm, secrecy) in its sentence.
        sentence = doc.sentence(m.start())
        if STRONG_ACTOR_RX.search(text, *sentence) and STAKE_RX.search(text, *sentence):
            hits.append(Hit(m.start(), m.end()))
    marker_spans = doc.keyword_spans(_MARKER_KEYWORDS, reach_next=True)
    hits.extend(Hit(m.start(), m.end()) for m in iter_matches(_MARKER_RX, text, marker_spans))
    for m in iter_matches(SOLO_RX, text, doc.keyword_spans(SOLO_KEYWORDS, True, SOLO_GATES)):
        start = doc.sentence(m.start())[0]
        if not THEORY_RX.search(text, start, m.start()):
            hits.append(Hit(m.start(), m.end()))
    return hits


def _insinuation_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    """ "Follow the money", "it's by design", "ever notice ...? Coordinated.": a scheme hinted at.

    A strong cue needs an actor (or "they") nearby or an insinuating opener ("funny how",
    "ever notice", "ask yourself") in its sentence or the two before; a weak cue ("on purpose",
    "coordinated", "not a coincidence") needs the opener.
    """
    text = doc.text
    if DISAVOWAL_RX.search(text):
        return []
    hits = []
    for rx, strong in ((INSINUATION_STRONG_RX, True), (INSINUATION_WEAK_RX, False)):
        for m in iter_matches(rx, text, spans):
            start, end = doc.sentence(m.start())
            if THEORY_RX.search(text, start, m.start()):
                continue
            before = start
            for _ in range(2):
                if before > 0:
                    before = doc.sentence(before - 1)[0]
            if INSINUATION_OPENER_RX.search(text, max(before, start - 250), end):
                hits.append(Hit(m.start(), m.end()))
            elif strong:
                after = doc.sentence(end)[1] if end < len(text) else end
                if _ACTOR_RX.search(text, max(0, start - 200), after):
                    hits.append(Hit(m.start(), m.end()))
    return hits


PLOT = Rule(
    code="hidden-plot",
    category=CATEGORY,
    severity=2,
    description="Alleges a hidden plot by drug companies, governments or agencies.",
    reason=("Alleges a hidden plot by drug companies, governments or agencies, without evidence."),
    reference=None,
    must_match=(
        "Baclofen was invented by Big Pharma to keep disabled people docile.",
        "The CIA weaponized it to control veterans. Coincidence? I think not.",
        "The government doesn't want you to know what's really in these pills.",
        "The withdrawal seizure story was cooked up by the manufacturers.",
        "insurers n pharma cooked up the 80mg cap so we stay undertreated n keep coming back",
        "The system needs us stiff and dependent.",
        "the journals were paid to bury them",
        "hes on the pharma payroll to keep u sick n paying",
        "The regulators looked the other way, they're golfing buddies with the execs.",
        "The shortage last year was manufactured.",
        "A small lab had a cure, and it got bought up and buried.",
        "The FDA knows about the deaths and says nothing.",
        "They can't have patients actually getting better.",
    ),
    must_not_match=(
        "Big Pharma prices are outrageous, my copay doubled this year.",
        "Is it true the FDA is hiding data on baclofen?",
        "Nobody is hiding anything, the side effects are on the leaflet.",
        "I kept seeing the theory that the FDA is sitting on a cure. My neuro showed me the trials.",
        "The shortage was caused by a manufacturing fault, the FDA page explains it.",
        "The company was bought out and the generic was discontinued, so we switched.",
        "My neuro wants me off baclofen by summer, so we're tapering.",
        "I know it's hard but keep going, the stiffness gets better.",
        "The drug companies made a liquid version so kids can take it more easily.",
    ),
    finder=_plot_finder,
    keywords=_PLOT_KEYWORDS | _MARKER_KEYWORDS | EXTRA_KEYWORDS | FRAME_KEYWORDS | SOLO_KEYWORDS
    | gate_words(_PLOT_GATES + FRAME_GATES + PLOT_EXTRA_GATES + SOLO_GATES),
)

HIDDEN_CURE = Rule(
    code="hidden-cure",
    category=CATEGORY,
    severity=2,
    description="Alleges a cure is being hidden or suppressed.",
    reason="Alleges that a cure is being hidden or suppressed, without evidence.",
    reference=None,
    must_match=(
        "They're hiding the cure for MS because there's no money in curing people.",
        "pharma doesn't want you cured, they want customers",
        "nih has a cure for cp on ice, cant make money off cured ppl",
    ),
    must_not_match=(
        "There is no cure for MS yet, but baclofen helps me.",
        "Are drug companies really hiding a cure?",
        "I kept seeing the theory that the FDA is sitting on a cure.",
    ),
    pattern=_HIDDEN_CURE_RX,
    keywords=kw("cure", "cured", "cures", "curing", "money", "healthy", "profit", "cash"),
    excludes=THEORY_RX,
)

INSINUATION = Rule(
    code="insinuated-plot",
    category=CATEGORY,
    severity=2,
    description="Insinuates a hidden scheme ('follow the money', 'it's by design').",
    reason=(
        "Insinuates that drug companies, agencies or 'they' are running a hidden scheme "
        "('follow the money', 'it's by design', 'not a coincidence'), without evidence."
    ),
    reference=None,
    must_match=(
        "Ever wonder why the MS charities never mention diet? Follow the money.",
        "ever notice shortages always hit right before price hikes? coordinated. they plan it",
        "Funny how nobody ever funds that trial. Almost as if someone makes very sure it never happens.",
        "Pharma keeps us on these pills for life. It's by design.",
        "Ask yourself who profits from you never getting better.",
    ),
    must_not_match=(
        "Ever notice how spasms get worse when it's cold?",
        "Funny how nobody mentions that the drowsiness wears off after a couple of weeks.",
        "The shortage was annoying, but it's not a conspiracy, just a factory problem.",
        "I took the extra dose on purpose because my neuro told me to.",
    ),
    finder=_insinuation_finder,
    keywords=INSINUATION_KEYWORDS,
)

# Who runs a covert scheme: the plot actors, or someone unnamed, a platform, a firm.
_COVERT_ACTOR_RX = fast_compile(
    r"\b(?:" + ACTOR + r"|someone|somebody|some(?:one|body) powerful|the site|this site|the forum|"
    r"this forum|the mods|google|youtube|facebook|search engines?|(?:the )?companies|firms|"
    r"regulators|the who|w\.h\.o|eu|the funders|funders|pharmacies|"
    # markers that carry the scheme themselves: "quietly reclassified", "not an accident"
    r"quietly|secretly|in secret|accident|scarcity|(?:gets?|got|keeps? getting) buried|"
    r"compan(?:y|ies))\b"
)

COVERT = Rule(
    code="covert-scheme",
    category=CATEGORY,
    severity=2,
    description="Alleges a covert scheme: surveillance lists, paid censors, buried research, "
    "secret reclassification, engineered scarcity.",
    reason=(
        "Alleges a covert scheme (surveillance lists, paid censorship, buried research, secret "
        "reclassification, engineered shortages) by companies, platforms or governments, "
        "without evidence."
    ),
    reference=None,
    must_match=(
        "the pharmacy database flags everyone on baclofen to the government",
        "Big Pharma pays the mods here, that's why the thread got locked.",
        "Every study saying baclofen is harmful gets buried, they make sure of it.",
        "They reclassified it in secret so it wouldn't show up in the numbers.",
        "They trialled it in the water supply to sedate protest towns.",
        "These shortages aren't an accident, the companies hold back supply.",
        "I'm convinced they're deliberately made weaker so we need higher doses.",
        "The government stopped imports only to protect big companies.",
    ),
    must_not_match=(
        "My GP keeps a list of my meds and doses on file.",
        "The shortage was caused by a factory fault, the company explained it.",
        "The study was pulled because of a data error, the journal said so.",
        "Is it true they reclassified baclofen in secret?",
        "The generic tablets seemed weaker to me, so I asked my pharmacist.",
    ),
    pattern=COVERT_RX,
    keywords=COVERT_KEYWORDS,
    requires=_COVERT_ACTOR_RX,
    excludes=THEORY_RX,
)

RULES = (PLOT, HIDDEN_CURE, INSINUATION, COVERT)
