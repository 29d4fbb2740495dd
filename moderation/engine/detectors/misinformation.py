"""Misinformation: false factual claims about baclofen."""

from __future__ import annotations

from ..context import Doc
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans, iter_matches
from ._common import BACLOFEN, DEPRESSANTS, NEGATOR_RX, alt, gap, gate_words, kw, rx
from .lexicon_misinfo import (
    CURE_EXTRA,
    CURE_KEYWORDS,
    OPIOID_EXTRA,
    OPIOID_KEYWORDS,
    OVERDOSE_EXTRA,
    OVERDOSE_KEYWORDS,
    PLACEBO_EXTRA,
    PLACEBO_KEYWORDS,
    extended_finder,
)
from .lexicon_misinfo2 import (
    _EQ_RX,
    _HARM_RX,
    CURE_EXTRA2,
    CURE_KEYWORDS2,
    NEG_INSIDE,
    RULES2,
    TRAILING_REJECT,
)

CATEGORY = "misinformation"
# The second lexicon's finder patterns, visible here for the linear-pattern test.
_LEXICON2_PATTERNS = (_EQ_RX, _HARM_RX)

SUBJECT = alt(BACLOFEN, r"bac", r"it", r"this drug", r"this med", r"this medication", r"this stuff",
              r"that stuff", r"the drug")  # fmt: skip
_REJECT_COMPARISON = fast_compile(
    r"\b(?:not|never|no|than|unlike|different|instead|rather|alternative|safer|less|replace|"
    r"replacement|alongside|with|when|after|before|because|like an?|besides|plus)\b|n't\b"
)

_OPIOID_RX = rx(
    alt(
        r"\b" + SUBJECT + r"(?: is|'s| are|s)\b" + gap(18)
        + r"\b(?:opioid|opiate|narcotic|benzodiazepine|benzo)s?\b",
        r"\b" + SUBJECT + r"(?: is|'s| are|s)\b" + gap(10)
        + r"\b(?:same (?:class|family|group|type) as|basically|just|literally|a type of|a form of)"
        r" (?:oxy|oxycodone|heroin|morphine|opioids|opiates|codeine|fentanyl|valium|xanax)\b",
    )
)

OPIOID_CLAIM = Rule(
    code="opioid-claim",
    category=CATEGORY,
    severity=2,
    description="Claims baclofen is an opioid, narcotic or benzodiazepine.",
    reason=(
        "Claims baclofen is an opioid or narcotic; it is a muscle relaxant that acts on GABA-B "
        "receptors, not an opioid."
    ),
    reference=None,
    must_match=(
        "Baclofen is basically an opioid, that's why they make it so hard to get.",
        "its a narcotic, plain and simple",
    ),
    must_not_match=(
        "Is baclofen an opioid?",
        "Baclofen is not an opioid, it's a muscle relaxant.",
        "People keep saying baclofen is a narcotic. It isn't.",
        "it's really the opioids that scare me, not baclofen",
    ),
    finder=extended_finder(_OPIOID_RX, _REJECT_COMPARISON, OPIOID_EXTRA, TRAILING_REJECT),
    keywords=OPIOID_KEYWORDS | kw("opioid", "opioids", "opiate", "opiates", "narcotic", "narcotics",
                "benzodiazepine", "benzo", "benzos", "oxy", "oxycodone", "heroin", "morphine",
                "codeine", "fentanyl", "valium", "xanax"),  # fmt: skip
)

_CURE_RX = rx(
    alt(
        r"\b" + SUBJECT + r"\b" + gap(20)
        + r"\b(?:cures?|cured|will cure|can cure|reverses?|reversed|heals?|healed|repairs?|"
        r"repaired|regrows?|regrew|rebuilds?|rebuilt|restores?|restored|rewires?|rewired|"
        r"regenerates?|regenerated)\b" + gap(15)
        + r"\b(?:ms|multiple sclerosis|cerebral palsy|als|the disease|nerve damage|nerves|spinal "
        r"cord|sci|paralysis|myelin|lesions|the damage|spinal injur\w{1,3})\b",
        r"\b" + BACLOFEN + r"\b" + gap(12)
        + r"\b(?:is|'s) (?:a |the )?(?:cure|miracle cure) for\b",
        r"\b" + SUBJECT + r"\b" + gap(20) + r"\b(?:cures|cured|will cure|can cure) "
        r"(?:spasticity|cp|her|him|them|people|patients|everyone|you)\b",
    )
)  # fmt: skip

# Negators, with the apostrophe-less forms ("doesnt cure ms"), and hopes ("would repair").
_CURE_REJECT = fast_compile(NEGATOR_RX.pattern + r"|" + NEG_INSIDE.pattern)

CURE_CLAIM = Rule(
    code="cure-claim",
    category=CATEGORY,
    severity=2,
    description="Claims baclofen cures MS, spinal cord injury or the underlying disease.",
    reason=(
        "Claims baclofen cures the underlying disease; it relieves spasticity but does not cure "
        "MS, spinal cord injury or other conditions."
    ),
    reference=None,
    must_match=(
        "Baclofen cured my MS, I'm off all the other meds now.",
        "this drug will repair the nerve damage if you stick with it",
        "bac reverses nerve damage over time, thats how it works",
        "Baclofen literally regrows the damaged nerve fibres below the injury over time.",
        "it retrains the brain, that's literally what it's for",
    ),
    must_not_match=(
        "Baclofen doesn't cure MS but it helps with the spasms.",
        "baclofen doesnt cure ms, it helps the stiffness",
        "I was hoping baclofen would repair the nerves, it doesn't.",
        "Does baclofen cure anything or just manage symptoms?",
    ),
    finder=extended_finder(_CURE_RX, _CURE_REJECT, CURE_EXTRA + CURE_EXTRA2),
    keywords=CURE_KEYWORDS | CURE_KEYWORDS2 | kw("cure", "cures", "cured", "reverse", "reverses", "reversed",
                "heal", "heals", "healed", "repair", "repairs", "repaired", "regrow", "regrows", "regrew",
                "rebuild", "rebuilds", "rebuilt", "restore", "restores", "restored", "rewire",
                "rewires", "rewired", "regenerate", "regenerates", "regenerated"),  # fmt: skip
)

NO_WITHDRAWAL = Rule(
    code="no-withdrawal",
    category=CATEGORY,
    severity=3,
    description="Claims baclofen has no withdrawal effects.",
    reason=(
        "Claims baclofen has no withdrawal; stopping it suddenly can cause withdrawal with "
        "hallucinations, seizures and high fever."
    ),
    reference="withdrawal-symptoms",
    must_match=(
        "There's no withdrawal from baclofen, it's not addictive.",
        "withdrawal is a myth, you can stop it whenever",
        "Baclofen doesn't cause withdrawal, stop worrying.",
        "u cant get dependent on muscle relaxers, thats a myth",
        "Baclofen isn't habit-forming in any way, so there's really nothing to wean off.",
        "no such thing as bac withdrawal so chuck em whenever",
    ),
    must_not_match=(
        "I had no withdrawal at all because I tapered over six weeks.",
        "Anyone who tells you there's no withdrawal is lying.",
        "Is there withdrawal if you stop baclofen?",
        "It isn't addictive, but you must taper, so you can stop safely with your GP.",
    ),
    pattern=rx(
        alt(
            r"\bno (?:such thing as )?(?:real )?(?:baclofen |bac |baclo )?(?:withdrawal|withdrawals|"
            r"withdrawl|withdrawls|"
            r"withdrawal symptoms|withdrawal effects)\b(?! (?:symptoms )?(?:at all )?(?:if|as long as|"
            r"when|because|since) )",
            r"\b(?:withdrawal|withdrawals|withdrawl)(?: from baclofen)? (?:is|isn't|are) (?:a |just a "
            r"|totally |completely )?(?:myth|not real|not a thing|made up|fake|hype|overblown|"
            r"exaggerated|a lie)\b",
            r"\b(?:withdrawal|withdrawals|withdrawl)\b" + gap(15) + r"\b(?:isn't|is not|aren't|are not|"
            r"ain't) (?:real|a thing|a real thing|dangerous|a problem)\b",
            r"\b(?:withdrawal|withdrawals|withdrawl)\b" + gap(15) + r"\b(?:doesn't|does not|don't) "
            r"(?:exist|happen)\b",
            r"\b(?:doesn't|does not|don't|do not|won't|will not|can't|cannot|never|doesnt|dont) "
            r"(?:cause|give you|have|get|produce|lead to|do) (?:any )?(?:withdrawal|withdrawals|"
            r"withdrawl)\b",
            # "you can't get dependent on muscle relaxers", "not habit-forming, so just stop"
            r"\b(?:can't|cant|cannot|can not|won't|wont|impossible to) (?:get|become|be|ever get) "
            r"(?:physically )?(?:dependent|addicted|hooked) (?:on|to)\b",
            r"\b(?:isn't|isnt|is not|aren't|arent|are not|not|ain't|aint|never) (?:even |at all |"
            r"remotely )?(?:habit[- ]forming|addictive)\b" + gap(40) + r"(?:so|,) (?:there's |theres |"
            r"there is )?(?:really |honestly )?(?:nothing to (?:wean|taper|come) (?:off|from|down)|"
            r"(?:you|u) can (?:just )?(?:quit|stop|drop)|just (?:stop|quit|drop))",
            r"\bnothing to (?:wean|taper) (?:off|from)\b",
        )
    ),  # fmt: skip
    keywords=kw("withdrawal", "withdrawals", "withdrawl", "withdrawls", "addictive", "habit",
                "dependent", "addicted", "wean"),
    # "it isn't addictive, but you must taper, so you can stop safely": a caveat inside
    reject_inside=fast_compile(
        r"\b(?:but|however|taper\w{0,3}|slowly|gradually|gp|doctor|neuro|safely)\b"
    ),
    suppress=frozenset({"quote", "negation", "question", "rebuttal", "report", "hypothetical"}),
)

REMEDY = alt(
    r"turmeric", r"curcumin", r"yoga", r"ginger", r"kombucha", r"stretching", r"stretches",
    r"essential oils?", r"apple cider vinegar", r"acv", r"prayer", r"praying", r"pray", r"faith",
    r"meditation", r"meditating", r"juice cleanses?", r"juicing", r"detox", r"cleanses?",
    r"palm oil", r"coconut oil", r"massage", r"herbs", r"herbal \w{1,12}", r"homeopathy",
    r"homeopathic \w{1,12}", r"cold showers?", r"ice baths?", r"keto", r"fasting",
    r"raw food", r"celery juice", r"crystals", r"reiki", r"garlic", r"cannabis oil",
    r"magnesium", r"cbd", r"positive thinking", r"willpower", r"exercise", r"diet",
    r"natural remedies", r"natural medicine", r"nature", r"chamomile", r"valerian",
    r"hemp oil", r"mushrooms", r"breathwork", r"grounding", r"earthing", r"deep breathing",
    r"breathing exercises", r"cayenne(?: pepper)?", r"saunas?",
    r"(?:copper |magnetic |frequency |healing |energy )?bracelets?", r"magnets", r"magnet therapy",
    r"acupuncture", r"cupping", r"red light therapy", r"supplements", r"vitamins",
    r"vitamin [a-z]\d{0,2}", r"b12", r"fish oil", r"omega[- ]?3s?", r"healing frequencies",
    r"epsom salts?(?: baths?)?", r"arnica", r"lavender(?: oil)?", r"peppermint oil", r"tiger balm",
    r"tonic water", r"quinine", r"tart cherry(?: juice)?", r"potassium", r"bananas",
    r"cannabis", r"weed", r"marijuana", r"kratom", r"colloidal silver", r"oregano oil",
    r"castor oil", r"bone broth", r"spirulina", r"moringa", r"ashwagandha", r"sea moss",
    r"chlorella", r"bee venom", r"hydrotherapy", r"cold water therapy", r"chiropractic",
    r"chiropractors?", r"hemp(?: seed)? oil",
)  # fmt: skip
_REMEDY_RX = fast_compile(r"\b" + REMEDY + r"\b")
_MEDICINE = alt(BACLOFEN, r"bac", r"meds", r"medication", r"medicine", r"drugs", r"pills",
                r"chemicals", r"pharmaceuticals", r"prescription drugs", r"this drug", r"it",
                r"tabs", r"tablets", r"any (?:tab|tabs|tablet|tablets|pill|pills|med|meds|drug|"
                r"drugs|medication|medicine|prescription|muscle relaxant)")  # fmt: skip
_REPLACEMENT = fast_compile(
    alt(
        r"\b(?:cured|cures|cure|heal|healed|heals|fixed|fix|fixes|reversed|got rid of|sorted)\b" + gap(30)
        + r"\b(?:with|w/|by|using|through|thanks to|from)(?![a-z])" + gap(20) + r"\b" + REMEDY + r"\b",
        r"\b" + REMEDY + r"\b" + gap(25)
        + r"\b(?:cures?|cured|heals?|healed|will heal|can heal|reverses?|reversed|fixed|fixes|(?<!to )fix|"
        r"replaces?|is all you need|are all you need|sorted|sorts)\b",
        r"\b(?:meds|medication|medicine|pills|drugs|baclofen|chemicals) (?:are|is) (?:totally |"
        r"completely |just )?(?:unnecessary|not needed|not necessary|pointless)\b",
        r"\b" + REMEDY + r"\b" + gap(25)
        + r"\b(?:beats?|works? better than|is better than|are better than|is safer than|"
        r"are safer than|is more effective than|are more effective than)\b" + gap(12) + r"\b"
        + _MEDICINE + r"\b",
        r"\b" + REMEDY + r"\b" + gap(25) + r"\b(?:(?:works?|acts?|does|do|is|are) (?:just |exactly "
        r"|every bit |pretty much |basically )?as (?:good|well|effective|strong|powerful) as|"
        r"(?:works?|acts?) (?:just |exactly )?(?:like|as well as)|"
        r"(?:is|are) (?:just )?as (?:good|effective|strong) as|(?:does|do) (?:exactly |basically |"
        r"pretty much |just )?(?:the same (?:thing|job)|what))\b" + gap(12) + r"\b(?:" + BACLOFEN
        + r"|(?:prescription |the |your )?(?:meds|medication|pills|drugs))\b",
        r"\b(?:instead of|rather than|replace|replaced|replacing|ditch|ditched|swap|swapped|"
        r"throw away|switch from|switched from|quit|give up|get off)\b" + gap(30)
        + r"\b" + _MEDICINE + r"\b",
        r"\b" + REMEDY + r"\b" + gap(25) + r"\b(?:dissolves?|flush(?:es)? out|clears? out|"
        r"removes?|draws? out|eliminates?|breaks? down|melts? away|detox(?:es|ifies)|unblocks?|"
        r"cleanses?|washes out|neutrali[sz]es)\b" + gap(30) + r"\b(?:deposits|toxins|calcium|"
        r"build-?up|blockages?|plaques?|lesions|crystals|the cause|root cause|scar tissue|heavy "
        r"metals|acid|lactic acid)\b",
        r"\b" + REMEDY + r"\b" + gap(25) + r" ?> ?" + r"(?:" + BACLOFEN + r"|bac|meds|pills)\b",
        r"\b(?:safer|better|healthier|more effective|more natural|works better) than (?:just )?"
        + gap(10) + r"\b" + REMEDY + r"\b",
        r"\b(?:don't|dont|do not|no|never) need (?:any |these |those |the |your )?" + _MEDICINE
        + r"\b",
        r"\bwhy (?:do )?(?:you all|y'all|you guys|you people|u all|people|we) (?:even )?need "
        + gap(20) + r"\b(?:chemicals|drugs|pills|meds)\b",
    )
)
_NATURALLY = fast_compile(
    r"\b(?:reverse[ds]?|reversing|cure[ds]?|curing|heal(?:ed|s)?|fix(?:ed)?|treat(?:ed)?) "
    r"(?:it |ms |spasticity |spasms |this |them )?(?:naturally|holistically|without (?:drugs|meds|"
    r"medication|pills|chemicals))\b"
)
_BELIEF = fast_compile(
    alt(
        r"\b(?:body|bodies) (?:can|will|is able to|knows how to|is designed to) heal "
        r"(?:itself|themselves)\b",
        r"\bif (?:you|u) (?:just|truly|really|only|actually) believe\b",
        r"\bif (?:you|u) believe (?:hard enough|enough|in (?:yourself|healing|your body))\b",
        r"\b(?:mind over matter|healing is a choice|think (?:yourself|your way) (?:better|well)|"
        r"giving up on healing|give up on healing|choose to heal|manifest \w{0,12} ?(?:healing|"
        r"health|recovery)|pray (?:it|the spasms|them) away)\b",
        r"\b(?:faith|belief|prayer) (?:alone )?(?:is|will be) (?:all|enough)\b",
    )
)


# "stretching plus baclofen works better than baclofen alone": a combination, not a replacement.
_COMBINED = fast_compile(
    r"\b(?:plus|alongside|along with|together with|combined with|on top of|as well as (?:my|the|"
    r"your) (?:meds|baclofen)|and (?:my |the |your )?(?:baclofen|bac|meds|medication))\b|\+|"
    r"\balone\b"
)


# Negators, texting spellings included ("turmeric doesnt replace baclofen").
_NEG_LOOSE = fast_compile(
    NEGATOR_RX.pattern + r"|\b(?:doesnt|dont|didnt|cant|wont|isnt|arent|aint|shouldnt)\b"
)


# Each pattern searches the sentences holding words its matches need: belief phrases their own
# words, replacement claims a remedy (checked below), not each other's.
_BELIEF_KEYWORDS = kw("matter", "choice", "healing", "manifest", "faith", "belief", "prayer")
_BELIEF_GATES = (
    (kw("body", "bodies"), kw("itself", "themselves")),  # "your body can heal itself"
    (kw("believe"), kw("if")),  # "if you just believe"
    (kw("think"), kw("yourself", "way")),  # "think yourself better"
    (kw("choose"), kw("heal")),
    (kw("pray"), kw("away")),
)
_NATURALLY_KEYWORDS = kw("naturally", "holistically")
_NATURALLY_GATES = ((kw("without"), kw("drugs", "meds", "medication", "pills", "chemicals")),)
# The remedies' words: a replacement claim's sentence names a remedy (checked in the finder).
_REMEDY_KEYWORDS = kw(
    "turmeric", "curcumin", "yoga", "ginger", "kombucha", "stretching", "stretches", "oils", "oil",
    "vinegar", "acv", "prayer", "praying", "pray", "faith", "meditation", "meditating", "juice",
    "juicing", "detox", "cleanse", "massage", "herbs", "herbal", "homeopathy", "homeopathic",
    "showers", "shower", "baths", "bath", "keto", "fasting", "raw", "crystals", "reiki", "garlic",
    "magnesium", "cbd", "positive", "willpower", "exercise", "diet", "natural", "nature",
    "chamomile", "valerian", "mushrooms", "breathwork", "grounding", "earthing", "healing",
    "breathing", "cayenne", "sauna", "saunas", "bracelet", "bracelets", "magnets", "magnet",
    "acupuncture", "cupping", "light", "supplements", "vitamins", "vitamin", "b", "fish", "omega",
    "frequencies", "epsom", "salt", "salts", "arnica", "lavender", "peppermint", "tiger", "balm",
    "tonic", "quinine", "cherry", "potassium", "bananas", "cannabis", "weed", "marijuana",
    "kratom", "silver", "broth", "spirulina", "moringa", "ashwagandha", "moss", "chlorella",
    "venom", "hydrotherapy", "chiropractic", "chiropractor", "chiropractors",
)  # fmt: skip


def _natural_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    belief_spans = doc.keyword_spans(_BELIEF_KEYWORDS, False, _BELIEF_GATES)
    hits = [Hit(m.start(), m.end()) for m in iter_matches(_BELIEF, text, belief_spans)]
    naturally_spans = doc.keyword_spans(_NATURALLY_KEYWORDS, False, _NATURALLY_GATES)
    hits.extend(Hit(m.start(), m.end()) for m in iter_matches(_NATURALLY, text, naturally_spans))
    remedy_found: dict[tuple[int, int], bool] = {}  # several matches share a sentence
    for m in iter_matches(_REPLACEMENT, text, doc.keyword_spans(_REMEDY_KEYWORDS)):
        sentence = doc.sentence(m.start())
        found = remedy_found.get(sentence)
        if found is None:
            found = remedy_found[sentence] = _REMEDY_RX.search(text, *sentence) is not None
        if not found:
            continue
        if _NEG_LOOSE.search(m.group()) and not m.group().startswith(("don", "do not", "no ", "never")):
            continue
        if _COMBINED.search(m.group()):
            continue
        hits.append(Hit(m.start(), m.end()))
    return hits


NATURAL_REPLACEMENT = Rule(
    code="natural-replacement",
    category=CATEGORY,
    severity=2,
    description="Claims natural remedies, diet or belief can replace baclofen or cure the condition.",
    reason=(
        "Claims natural remedies or belief can replace baclofen or cure the condition; they do "
        "not treat spasticity, and stopping baclofen to try them risks withdrawal."
    ),
    reference=None,
    must_match=(
        "Ditch the pills and use turmeric and yoga instead, that's what healed me.",
        "Your body can heal itself if you just believe.",
        "My cousin cured his spasms with palm oil and prayer.",
    ),
    must_not_match=(
        "Yoga helps me a bit alongside baclofen.",
        "Stretching is better than nothing on a bad day.",
        "Does turmeric help with spasms or is that a myth?",
    ),
    finder=_natural_finder,
    keywords=_REMEDY_KEYWORDS | _BELIEF_KEYWORDS | _NATURALLY_KEYWORDS
    | gate_words(_BELIEF_GATES + _NATURALLY_GATES),
)

_PLACEBO_RX = rx(
    alt(
        r"\b" + SUBJECT + r"(?: is|'s)\b(?: just| only| basically| nothing but| all| pure| literally)?"
        r"(?: a| an)? (?:placebo|sugar pills?|snake oil|poison)\b",
        r"\b(?:" + BACLOFEN + r"|these pills|these meds|these drugs|those pills|the pills|the meds|"
        r"your pills|your meds|muscle relaxers|this drug)(?: is| are|'s)\b(?: just| only| basically|"
        r" nothing but| all| pure| literally)?(?: a| an)? (?:placebo|sugar pills?|snake oil|poison|"
        r"scam|con|fraud|toxic)\b",
        r"\b(?:spasticity|spasms|the spasms|the pain|ms) (?:is|are) (?:all )?in (?:your|the|their) "
        r"(?:head|mind)\b",
    )
)  # fmt: skip

PLACEBO_CLAIM = Rule(
    code="placebo-claim",
    category=CATEGORY,
    severity=1,
    description="Claims baclofen is a placebo, poison or scam.",
    reason="Claims baclofen is a placebo, poison or scam; it is an established treatment for spasticity.",
    reference=None,
    must_match=("Baclofen is just a placebo with side effects.", "this stuff is poison, period"),
    must_not_match=("Is baclofen a placebo for some people?", "Baclofen is not a placebo."),
    finder=extended_finder(_PLACEBO_RX, None, PLACEBO_EXTRA),
    keywords=PLACEBO_KEYWORDS
    | kw("placebo", "sugar", "snake", "poison", "scam", "con", "fraud", "head", "mind"),
)

_OVERDOSE_RX = rx(
    alt(
        r"\b(?:can't|cannot|can not|impossible to|no way to|won't|will not|unable to|never) "
        r"(?:really |actually |possibly )?(?:overdose|od)\b",
        r"\boverdos(?:e|ing)(?: on (?:baclofen|it))? (?:is|isn't) (?:impossible|not possible|not a "
        r"thing|a myth|not dangerous|harmless|no big deal)\b",
        r"\bno such thing as (?:too much|an overdose|overdosing)\b",
        r"\bimpossible to take too much\b",
    )
)  # fmt: skip

OVERDOSE_HARMLESS = Rule(
    code="overdose-harmless",
    category=CATEGORY,
    severity=3,
    description="Claims a baclofen overdose is impossible or harmless.",
    reason=(
        "Claims a baclofen overdose is impossible or harmless; an overdose can cause severe "
        "drowsiness, slowed breathing, seizures and coma."
    ),
    reference="overdose-signs",
    must_match=(
        "You can't overdose on baclofen, it's just a muscle relaxer.",
        "no such thing as too much baclofen lol",
    ),
    must_not_match=("Can you overdose on baclofen?", "It's easy to overdose on baclofen, be careful."),
    finder=extended_finder(_OVERDOSE_RX, None, OVERDOSE_EXTRA),
    keywords=OVERDOSE_KEYWORDS | kw("overdose", "od", "overdosing", "much"),
    suppress=frozenset({"quote", "question", "rebuttal", "report", "hypothetical"}),
)

NO_INTERACTION = Rule(
    code="no-interaction-claim",
    category=CATEGORY,
    severity=2,
    description="Claims baclofen does not interact with alcohol or other sedatives.",
    reason=(
        "Claims baclofen does not interact with alcohol or other sedatives; combined they add up "
        "to dangerous drowsiness and slowed breathing."
    ),
    reference="interactions",
    must_match=("Baclofen doesn't interact with alcohol, that's a myth doctors repeat.",),
    must_not_match=("Does baclofen interact with alcohol?",),
    pattern=rx(
        alt(
            r"\b(?:doesn't|does not|don't|do not|won't|will not|never) (?:really |actually )?"
            r"(?:interact|mix badly|react)\b" + gap(20) + r"\b(?:" + DEPRESSANTS + r"|anything)\b",
            r"\bno (?:known |real |major )?interactions? (?:with|between (?:it|baclofen) and) "
            + DEPRESSANTS + r"\b",
            r"\b" + DEPRESSANTS + r"\b" + gap(25) + r"\b(?:don't|doesn't|do not|does not|won't|"
            r"will not|never) (?:really |actually )?(?:interact|mix badly|react)\b",
        )
    ),
    keywords=kw("interact", "interacts", "interaction", "interactions", "react", "mix"),
    suppress=frozenset({"quote", "question"}),
)

RULES = (
    *RULES2,
    OPIOID_CLAIM,
    CURE_CLAIM,
    NO_WITHDRAWAL,
    NATURAL_REPLACEMENT,
    PLACEBO_CLAIM,
    OVERDOSE_HARMLESS,
    NO_INTERACTION,
)

