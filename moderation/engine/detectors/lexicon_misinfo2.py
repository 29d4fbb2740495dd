"""Misinformation, second lexicon: claim families written from the constructions patients use.

Each rule pairs a subject (the drug, the pump, "your body", a remedy) with a concept lexicon
(wrong drug families, invented harms, withdrawal denial, interaction myths) inside a bounded
gap of one sentence, rather than listing literal sentences. All patterns run over normalised,
lower-cased text and use bounded repetition only.
"""

from __future__ import annotations

import re

from ..context import _NEGATION, Doc
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans, iter_matches
from ._common import BACLOFEN, DEPRESSANT_WORDS, DEPRESSANTS, alt, gap, kw, rx

CATEGORY = "misinformation"


def gapc(limit: int) -> str:
    """Up to `limit` characters inside one clause (no comma or semicolon), lazy and bounded."""
    return r"[^.!?\n,;]{0,%d}?".replace("%d", str(limit))


# "bac" is how many patients write it; the pump and the drug class stand for it too.
BAC = alt(BACLOFEN, r"bac")
PUMP = r"(?:the |a |an |your |ur |my )?(?:baclofen |bac |itb |intrathecal |ib )?pumps?"
SUBJ = alt(
    BAC,
    r"it",
    r"this drug",
    r"this med",
    r"this medication",
    r"this stuff",
    r"the drug",
    r"intrathecal baclofen",
    r"itb",
    PUMP,
    r"gaba-?b agonists?",
    r"muscle relaxants",
)
SUBJ_WORDS = kw("baclofen", "bac", "baclo", "it", "drug", "med", "medication", "stuff", "pump",
                "pumps", "itb", "intrathecal", "agonist", "agonists", "relaxants", "lioresal")  # fmt: skip
# Negators, including the apostrophe-less forms of quick typing ("doesnt", "wont").
NEG_INSIDE = fast_compile(
    r"\b(?:not|never|no|nothing like|doesnt|dont|didnt|isnt|wont|cant|aint|arent|wasnt|unlike|"
    r"different|differs?|rather|instead|than|alongside|plus|if|when|whether|because|feels?|"
    r"felt|seems?|seemed|think|thought|similar|for me|to me|maybe|might|may|could|would|"
    r"hope|wish)\b|n't\b"
)
HEDGE = fast_compile(
    r"\b(?:not|never|no|doesnt|dont|didnt|isnt|wont|cant|can|could|may|might|would|rare|"
    r"rarely|some|sometimes|occasionally|if|when|overdos\w{0,3}|too much|toxicity|high doses?|"
    r"withdrawal|stopping|coming off|my|me|i|i'm|im|think|thought|worried|worry|scared|afraid|"
    r"whether|feels?|felt|seems?|for me)\b|n't\b"
)
# "Funny how nobody mentions that ...", "no one tells you ...": asserts what follows.
_NOBODY_TELLS = fast_compile(
    r"\b(?:nobody|no one|noone|no doctor|no neuro|they never|they don't|they dont|doctors never|"
    r"doctors don't|doctors dont) (?:ever )?(?:mentions?|tells? you|tells? us|talks? about|says?|"
    r"wants? (?:you|us) to know|admits?|warns? (?:you|us))(?: (?:is|that|this))?\b"
)


def _negated(doc: Doc, start: int) -> bool:
    """A negation just before `start` in its clause, ignoring "nobody mentions that ..."."""
    text = doc.text
    window_start = max(doc.clause_start(start), start - 40)
    window = _NOBODY_TELLS.sub(" ", text[window_start:start])
    return _NEGATION.search(window) is not None


# --- drug-equivalence: baclofen is (the same as) an opioid, a benzo, GHB ...------------------
TARGET = alt(
    r"opioids?", r"opiates?", r"narcotics?", r"morphine", r"heroin", r"oxy", r"oxys",
    r"oxycodone", r"oxycontin", r"codeine", r"fentanyl", r"methadone", r"tramadol", r"valium",
    r"diazepam", r"xanax", r"benzos?", r"benzodiazepines?", r"ghb", r"ketamine", r"club drugs?",
    r"party drugs?", r"street drugs?", r"hard drugs?", r"date rape drugs?", r"downers",
)  # fmt: skip
TARGET_WORDS = kw("opioid", "opioids", "opiate", "opiates", "narcotic", "narcotics", "morphine",
                  "heroin", "oxy", "oxys", "oxycodone", "oxycontin", "codeine", "fentanyl",
                  "methadone", "tramadol", "valium", "diazepam", "xanax", "benzo", "benzos",
                  "benzodiazepine", "benzodiazepines", "ghb", "ketamine", "club", "party",
                  "street", "hard", "rape", "downers")  # fmt: skip
_EQ_MARK = alt(
    r"(?:in |from |of )?(?:the )?same (?:family|class|drug class|group|type|category|thing|drug|"
    r"molecule|compound|chemical|stuff|receptors? family)(?: as)?",
    r"repackaged", r"re-packaged", r"relabell?ed", r"rebranded", r"renamed", r"disguised",
    r"a derivative of", r"derived from", r"a cousin of", r"a form of", r"a type of", r"a kind of",
    r"a version of", r"a variant of", r"a member of", r"a synthetic", r"synthetic",
    r"basically", r"just", r"literally", r"really", r"essentially", r"actually", r"secretly",
    r"nothing but", r"nothing more than", r"chemically identical to", r"identical to",
    r"the same as", r"equivalent to", r"equal to", r"interchangeable with", r"a weaker",
    r"a milder", r"a mild", r"a low[- ]dose",
)  # fmt: skip
_COPULA = r"(?: is|'s| are|s| was| sits| belongs| comes| counts| falls| belong| sit)\b"
_EQ_RX = rx(
    alt(
        r"\b" + SUBJ + _COPULA + gapc(20) + _EQ_MARK + r"\b" + gap(15) + r"\b" + TARGET + r"\b",
        r"\b" + TARGET + r"\b" + gap(30) + r"\b" + alt(BAC, PUMP) + r"\b" + gap(6)
        + r"\b(?:are|'re|is) (?:literally |basically |just |really |chemically |essentially |"
        r"actually )?(?:the same (?:thing|drug|molecule|compound|chemical|stuff|family|class)|"
        r"identical|one and the same|interchangeable|cousins|siblings)\b",
        # "1 mg of baclofen = 1 mg of diazepam"
        r"\b\d{1,3} ?(?:mg|milligrams?) (?:of )?" + BAC + r"\b ?(?:=|equals|is (?:equal|"
        r"equivalent) to|is the same as|is worth|is like|matches) ?(?:about |roughly )?\d{1,3} ?"
        r"(?:mg|milligrams?) (?:of )?" + TARGET + r"\b",
        # drug screens
        r"\b" + SUBJ + r"\b" + gap(15) + r"\b(?:flags?|flagged|shows? up|showed up|registers?|"
        r"comes? up|came up|tests?|reads?|pings?|triggers?|counts?) (?:up )?(?:as|positive (?:as|"
        r"for)|for) (?:an? )?" + TARGET + r"\b",
        r"\b" + SUBJ + r"\b" + gap(25) + r"\b(?:will |'ll |would |always )?(?:make (?:you|u) )?"
        r"fail (?:a |any |your |the |every )?(?:standard )?(?:workplace |work )?(?:drug|urine|piss|"
        r"tox|pee) (?:tests?|screens?)\b",
    )
)  # fmt: skip
_EQ_REJECT = fast_compile(NEG_INSIDE.pattern + r"|\b(?:and|or|with|also|like|addictive|sedating|"
                          r"strong|effective|dangerous|risky|safe|helpful|useful|prescribed|"
                          r"taken|take|combined|mixed)\b")  # fmt: skip


# What follows the drug named: "it's really the opioids that scare me", "it was just oxycodone
# and baclofen", "morphine-level relief for me" are not claims about what baclofen is.
TRAILING_REJECT = fast_compile(
    r"(?:-[a-z]|'s\b| (?:and|or|plus|with|\+|&) (?:my |the |your )?(?:baclofen|bac|it|the pump)\b|"
    r" for me\b| to me\b| i\b| i'm\b| level\b| like\b| (?:that|which|who) (?:scares?|"
    r"worr\w{1,4}|frighten\w{0,3}|bother\w{0,3}|concern\w{0,3}|i|i'm|me|knocks?|makes me)\b)"
)


def _equivalence_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    hits = []
    text = doc.text
    for m in iter_matches(_EQ_RX, text, spans):
        if _EQ_REJECT.search(m.group()) or _negated(doc, m.start()):
            continue
        if TRAILING_REJECT.match(text, m.end()):
            continue
        hits.append(Hit(m.start(), m.end()))
    return hits


DRUG_EQUIVALENCE = Rule(
    code="drug-equivalence",
    category=CATEGORY,
    severity=2,
    description="Claims baclofen (or the pump) is the same as an opioid, benzo or club drug.",
    reason=(
        "Claims baclofen is the same as, or a relabelled, opioid, benzodiazepine or other drug; "
        "it is a GABA-B agonist muscle relaxant with its own dosing and risks, and it does not "
        "show up as an opiate on drug screens."
    ),
    reference=None,
    must_match=(
        "The pump is just a morphine drip by another name.",
        "Baclofen sits in the same family as morphine.",
        "gov knows baclofen is just repackaged valium",
        "1 mg of baclofen = 1 mg of diazepam.",
        "Baclofen flags as an opiate on a standard urine screen.",
        "Funny how nobody mentions that baclofen is really a repackaged opioid.",
        "honestly bac is nothing but a synthetic benzo",
    ),
    must_not_match=(
        "Baclofen is not an opioid, it's a GABA-B agonist.",
        "Is the pump basically a morphine drip?",
        "People keep saying baclofen is a narcotic. It isn't.",
        "Baclofen is structurally related to phenibut, not to opioids.",
        "Does baclofen show up as a benzo on drug tests?",
        "Baclofen is just as sedating as valium when you start, so go slow.",
    ),
    finder=_equivalence_finder,
    keywords=TARGET_WORDS | kw("fail"),
    suppress=frozenset({"quote", "question", "rebuttal"}),
)

# --- invented-harm: made-up side effects and mechanisms ------------------------------------
_HARM_SUBJ = alt(
    SUBJ,
    r"long[- ]term use",
    r"pump users",
    r"(?:everyone|everybody|people|anyone|kids|patients) on (?:it|baclofen|bac|the pump|a pump)",
    r"(?:all|most) (?:pump users|users|patients|people on it)",
)
_BODY = (
    r"(?:(?:your|ur|the|their|people's|peoples|everyone's|his|her|our) )?(?:teeth|tooth|hair|nails|"
    r"bones|eyes|skin|gums|brain|brains|liver|kidneys|heart|lungs|pee|urine|wee|poop|blood|memory|"
    r"hearing|eyesight|vision|nerves|hippocampus|brain cells|spine|myelin|stomach lining|gut|"
    r"muscles|heart muscle|immune system)"
)
_DISEASE = alt(
    r"dementia", r"alzheimer'?s?", r"cancers?", r"tumou?rs?", r"parkinson'?s", r"hearing loss",
    r"deafness", r"blindness", r"infertility", r"impotence", r"organ failure", r"liver failure",
    r"kidney failure", r"heart failure", r"heart attacks?", r"strokes?", r"diabetes", r"autism",
    r"brain damage", r"memory loss", r"brain shrinkage", r"brain rot", r"osteoporosis",
    r"tooth loss", r"hair loss", r"blind", r"deaf", r"infertile", r"demented", r"senile",
)  # fmt: skip
_HARM_RX = rx(
    alt(
        r"\b" + _HARM_SUBJ + r"\b" + gapc(25) + r"\b(?:makes?|made|will make|making)\b" + gapc(15)
        + r"\b" + _BODY + r" (?:all )?(?:fall out|falls out|fell out|rot|rots|crumble|crumbles|"
        r"go (?:blind|deaf|yellow|grey|gray|bald|black|soft|brittle)|turn \w{3,8}|shrink|shrinks|"
        r"shrivel|dissolve|disintegrate|melt|stop working|fall off|bleed|swell|die|soft|brittle|"
        r"(?:go |turn )?(?:soft|brittle|porous))\b",
        r"\b" + _HARM_SUBJ + r"\b" + gapc(25) + r"\b(?:makes?|made|will make|making|leaves?|"
        r"renders?) (?:all )?(?:men|women|people|ppl|you|u|everyone|users|patients) (?:permanently )?"
        r"(?:infertile|sterile|impotent)\b",
        r"\b" + _HARM_SUBJ + r"\b" + gapc(25) + r"\b(?:gives? off|emits?|emitting|leaks?|"
        r"leaking|releases?) (?:\w{1,12} )?radiation\b",
        r"\b" + _HARM_SUBJ + r"\b" + gapc(25) + r"\b(?:turns?|turned|will turn|turning)\b" + gapc(20)
        + r"\b(?:blue|green|purple|black|orange|pink|silver|red|yellow|neon)\b",
        r"\b" + _HARM_SUBJ + r"\b" + gapc(20) + r"\b(?:rots?|rotting|destroys?|destroying|"
        r"shrinks?|shrinking|shrivels?|melts?|dissolves?|eats? away(?: at)?|erodes?|fries|"
        r"wrecks?|ruins?|damages?|thins?|calcifies|poisons?|kills?|killing|corrodes?|wipes? out|"
        r"wiped out|shuts? down|weakens?)\b" + gapc(15)
        + r"\b" + _BODY + r"\b",
        r"\b" + _HARM_SUBJ + r"\b" + gapc(25) + r"\b(?:causes?|caused|causing|gives?|gave|leads? "
        r"to|led to|will cause|will give|results? in)\b" + gapc(15) + r"\b(?:" + _DISEASE + r"|"
        r"(?:permanent|irreversible|lifelong|lasting) \w{3,12}(?: \w{3,12})?)\b",
        r"\b" + _HARM_SUBJ + r"\b" + gapc(20) + r"\b(?:all |eventually |always |inevitably )?"
        r"(?:get|gets|develop|develops|end up with|ends up with|go|goes|become|becomes|will get|"
        r"will go|will develop)\b" + gapc(12) + r"\b" + _DISEASE + r"\b",
        r"\b" + _HARM_SUBJ + r"\b" + gapc(20) + r"\b(?:speeds? up|accelerates?|fast[- ]tracks?|"
        r"hastens?|makes?|made) (?:the |your |ur |their )?(?:ms|cp|disease|condition|paralysis|"
        r"decline|progression)(?: progress| get worse| worse)? ?(?:faster|quicker|sooner)\b",
        r"\b" + _HARM_SUBJ + r"\b" + gapc(20) + r"\b(?:speeds? up|accelerates?|fast[- ]tracks?|"
        r"hastens?) (?:the |your |ur |their )?(?:ms|cp|disease|condition|paralysis|decline|"
        r"progression|damage)\b",
        # false mechanism: no drowsiness, never reaches the brain
        r"\b" + SUBJ + r"\b" + gapc(25) + r"\b(?:can't|cannot|can not|won't|will not|doesn't|"
        r"does not|never|cant|wont|doesnt|isn't able to) (?:possibly |actually |ever |even )?"
        r"(?:make (?:you|anyone|people|u|ppl|anybody) (?:drowsy|sleepy|tired|groggy|dozy|foggy)|"
        r"cause (?:any )?(?:drowsiness|sleepiness|tiredness|fatigue|sedation|grogginess|brain fog))\b",
        r"\b" + SUBJ + r"\b" + gapc(20) + r"\b(?:doesn't|does not|never|doesnt|can't|cannot|cant|"
        r"won't|wont) (?:even |actually |ever )?(?:touch|affect|reach|enter|get (?:in)?to|"
        r"cross (?:in)?to|go (?:in)?to|act on|work on|go near) (?:the |your |ur )?(?:brain|"
        r"spinal cord)\b",
        r"\b" + SUBJ + r" only (?:acts|works) (?:directly )?on (?:the |your |ur )?(?:muscles|"
        r"legs|muscle)\b",
    )
)  # fmt: skip
# The harm claims must not be hedged ("can", "rarely"), first-person ("my hair"), or about
# overdose and withdrawal; the mechanism claims carry their own negation.
_HARM_REJECT = fast_compile(
    r"\b(?:can|could|may|might|would|rare|rarely|some|sometimes|occasionally|if|when|"
    r"overdos\w{0,3}|too much|toxicity|high doses?|withdrawal|stopping|coming off|my|me|i|i'm|"
    r"im|think|thought|worried|worry|scared|afraid|whether|feels?|felt|seems?|for me|not|no|"
    r"isn't|never|doesnt|dont|didnt)\b|n't\b"
)
_MECHANISM = fast_compile(r"\b(?:brain|muscles?|legs|drowsy|sleepy|tired|groggy|dozy|foggy|"
                          r"drowsiness|sleepiness|tiredness|fatigue|sedation|grogginess|"
                          r"fog|cord)$")  # fmt: skip
_MECHANISM_REJECT = fast_compile(
    r"\b(?:me|my|i|for me|much|as much|too|that|in (?:most|some)|usually|always|if|when|"
    r"once|after|anymore|any more)\b"
)


# "the studies showing baclofen causes dementia (were buried)" reports a study, not a fact.
_STUDY_BEFORE = fast_compile(
    r"\b(?:showing|shows|show|showed|proving|proves|proved|found|finding|linking|suggesting|"
    r"suggests|studies|study|research|papers?|evidence)(?: that)? $"
)


def _harm_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    hits = []
    text = doc.text
    for m in iter_matches(_HARM_RX, text, spans):
        found = m.group()
        if _STUDY_BEFORE.search(text, max(0, m.start() - 25), m.start()):
            continue
        if _MECHANISM.search(found):
            if _MECHANISM_REJECT.search(found):
                continue
        elif _HARM_REJECT.search(found):
            continue
        hits.append(Hit(m.start(), m.end()))
    return hits


_HARM_WORDS = kw("teeth", "tooth", "hair", "nails", "bones", "eyes", "skin", "gums", "brain",
                 "brains", "liver", "kidneys", "heart", "lungs", "pee", "urine", "wee", "poop",
                 "blood", "memory", "hearing", "eyesight", "vision", "nerves", "hippocampus",
                 "spine", "myelin", "stomach", "gut", "blue", "green", "purple", "black",
                 "orange", "pink", "silver", "yellow", "neon", "dementia", "alzheimer",
                 "alzheimers", "cancer", "cancers", "tumor", "tumour", "tumors", "tumours",
                 "parkinson", "parkinsons", "deafness", "blindness", "infertility", "impotence",
                 "failure", "stroke", "strokes", "diabetes", "autism",
                 "shrinkage", "rot", "osteoporosis", "blind", "deaf",
                 "infertile", "demented", "senile", "permanent", "irreversible", "lifelong",
                 "lasting", "drowsy", "sleepy", "tired", "groggy", "dozy", "foggy", "drowsiness",
                 "sleepiness", "tiredness", "fatigue", "sedation", "grogginess", "fog",
                 "muscles", "muscle", "faster", "quicker", "sooner", "speeds", "speed",
                 "accelerates", "accelerate", "hastens", "hasten", "tracks", "immune", "sterile",
                 "impotent", "radiation", "cord")  # fmt: skip

INVENTED_HARM = Rule(
    code="invented-harm",
    category=CATEGORY,
    severity=2,
    description="States an invented side effect or a false mechanism of baclofen as fact.",
    reason=(
        "States a made-up side effect or mechanism as fact; baclofen acts on the spinal cord "
        "and brain (drowsiness is its most common side effect), and its real risks are listed "
        "in the patient leaflet."
    ),
    reference=None,
    must_match=(
        "baclofen makes ur teeth fall out, everyone knows that",
        "fun fact baclofen turns ur pee blue permanently",
        "Baclofen causes permanent hearing loss in about a third of people who take it.",
        "GABA-B agonists shrink the hippocampus by 20% a year.",
        "pump users all get dementia after ten years",
        "Baclofen only acts on the muscles in your legs, it doesn't touch the brain at all.",
        "bac cant make you drowsy, it's all in your head",
        "baclofen speeds up ms progression, look it up",
    ),
    must_not_match=(
        "Baclofen can cause drowsiness and dizziness, especially at first.",
        "baclofen made my hair thin a bit, not sure if it's related",
        "Does baclofen cause hair loss? Mine is falling out.",
        "Too much baclofen can damage your kidneys if they're already weak.",
        "It doesn't make me drowsy any more after the first month.",
    ),
    finder=_harm_finder,
    keywords=_HARM_WORDS,
)

# --- withdrawal-denial: dependence and withdrawal explained away ---------------------------
_STOPPING = alt(r"stopping", r"coming off", r"quitting", r"going off", r"dropping", r"getting off",
                r"withdrawing from", r"stop", r"quit", r"come off", r"withdrawal")  # fmt: skip
_STOPPING_WORDS = kw("stopping", "coming", "quitting", "going", "dropping", "getting",
                     "withdrawing", "stop", "quit", "come", "withdrawal")  # fmt: skip
_WITHDRAWAL_RX = rx(
    alt(
        r"\bnothing (?:for (?:your|the|ur) (?:body|system) )?to (?:withdraw|come off|detox) from\b",
        r"(?<!so )(?<!so that )(?<!make sure )(?<!sure )(?<!way )(?<!order )(?<!then )"
        r"\b(?:your|the|ur) (?:body|system|brain) (?:can't|cannot|doesn't|does not|won't|will not|"
        r"never|doesnt|dont|don't|cant|wont) (?:even |really |actually )?(?:registers?|notices?|"
        r"miss(?:es)?|gets? used to|depends? on|becomes? dependent on|gets? dependent on|"
        r"gets? hooked on|rel(?:y|ies) on|adapts? to|craves?)(?: (?:it|baclofen|bac|the drug|them|"
        r"the meds|the tablets|when you stop|the difference|that it's gone|it's gone))?\b",
        r"\b(?:stopping|coming off|quitting|going off|dropping|getting off|withdrawing from) "
        r"(?:of )?(?:the drug|the meds|the tablets|the pills|baclofen|bac|it|the pump|cold turkey)\b"
        + gap(20) + r"\b(?:has|had|have) (?:absolutely |got )?nothing to do with"
        r"(?: (?:it|them|that|any of (?:it|that|them)|the \w{3,15}|your \w{3,15}))?\b",
        r"\b" + _STOPPING + r"\b" + gap(70) + r"\b(?:are|is|it's|its|that's|thats) (?:actually |"
        r"really |just |only |simply |purely |all |pure |total |complete )?(?:the ms|your ms|ur ms|"
        r"the disease|your condition|the condition|your illness|anxiety|your anxiety|"
        r"your imagination|in your head|in ur head|psychological|psychosomatic|(?:pure |total |"
        r"just )?coincidence|placebo|nocebo|the ms itself)\b",
        r"\b(?:think|thinks|thinking|believe|believes|believing|thought|claim|claims|claiming) "
        r"(?:that )?" + SUBJ + r" (?:has|"
        r"causes|gives you|comes with) (?:any |a )?(?:withdrawal|withdrawals|withdrawl)\W{1,4}"
        r"(?:it|no it|nope it|but it|lol it|well it) (?:doesn't|does not|doesnt|don't|dont)\b",
        r"\b(?:isn't|is not|not|aren't|are not|never|non)[ -]?(?:(?:at all|in the slightest|"
        r"remotely|even slightly|physically|really) )?(?:habit[- ]forming|addictive)\b" + gap(40)
        + r"\b(?:taper|tapering|wean|weaning|stop|stopping|quit|quitting|come off|coming off|"
        r"drop it|ditch it|no reason|zero reason|no need|no point|whenever|any time|anytime)\b",
        r"\b(?:(?:there's|theres|there is|there are|it has|it causes|baclofen has|bac has) )?"
        r"(?:no|zero) (?:such thing as )?(?:physical )?(?:dependence|dependency|dependance)\b",
    )
)  # fmt: skip

WITHDRAWAL_DENIAL = Rule(
    code="withdrawal-denial",
    category=CATEGORY,
    severity=3,
    description="Explains baclofen withdrawal away: no dependence, body doesn't notice, it's the MS.",
    reason=(
        "Denies that the body depends on baclofen or that withdrawal symptoms come from stopping "
        "it; the body adapts to baclofen, and stopping suddenly can cause hallucinations, "
        "seizures and high fever."
    ),
    reference="withdrawal-symptoms",
    must_match=(
        "It's out of your system within hours. There's physically nothing for your body to "
        "withdraw from.",
        "The hallucinations people blame on coming off baclofen are actually the MS itself "
        "progressing.",
        "Stopping the drug has nothing to do with it.",
        "Since baclofen isn't habit-forming in the slightest, there's zero reason to taper.",
        "your body doesn't even notice when you stop it",
        "Imagine thinking baclofen has withdrawal. It doesn't.",
        "trust me, your body never gets used to baclofen",
        "there's no physical dependence with baclofen",
    ),
    must_not_match=(
        "Baclofen isn't addictive the way opioids are, but your body does get used to it, which "
        "is why stopping suddenly is dangerous.",
        "Not addictive doesn't mean safe to stop whenever.",
        "I had no withdrawal at all because I tapered over six weeks.",
        "Is it just anxiety or is it withdrawal from stopping baclofen?",
        "Skip your doses at the weekend so your body doesn't get used to it.",
    ),
    pattern=_WITHDRAWAL_RX,
    keywords=kw("withdraw", "detox", "register", "registers", "notice", "notices", "miss",
                "misses", "used", "depend", "depends", "dependent", "hooked", "rely", "relies",
                "adapt", "adapts", "crave", "craves", "nothing", "habit", "addictive", "dependence",
                "dependency", "dependance", "think", "thinks", "thinking", "believe", "believes",
                "believing", "thought", "claim", "claims", "claiming"),  # fmt: skip
    # "stopping it ... is just the MS": "ms" alone is in most posts.
    gates=((_STOPPING_WORDS, kw("coincidence", "anxiety", "ms", "head", "imagination",
                                "psychological", "psychosomatic", "placebo", "nocebo", "condition",
                                "disease", "illness")),),  # fmt: skip
    excludes=fast_compile(
        r"\b(?:doesn't mean|does not mean|doesnt mean|but|still|dangerous|"
        r"careful|however|though|gradual\w{0,2}|slow\w{0,2}|the way|as long as|unless|"
        r"under|supervision|if you (?:taper|wean))\b"
    ),
    suppress=frozenset({"quote", "negation", "question", "rebuttal", "report", "hypothetical"}),
    reach_next=True,
)

# --- interaction-myth: alcohol and sedatives "cancel out" or "are fine" ---------------------
_BOTH = alt(DEPRESSANTS, BAC, r"it")
INTERACTION_MYTH = Rule(
    code="interaction-myth",
    category=CATEGORY,
    severity=2,
    description="Claims alcohol or sedatives cancel baclofen's drowsiness or are fine with it.",
    reason=(
        "Claims alcohol or other sedatives cancel out baclofen's effects or are safe with it; "
        "together they add up to dangerous drowsiness and slowed breathing."
    ),
    reference="interactions",
    must_match=(
        "alcohol cancels out the drowsiness from baclofen so drink up lol",
        "a couple of beers counteract the sleepiness you get from bac",
        "baclofen and booze are perfectly fine together",
        "Baclofen and a few glasses of wine are perfectly fine together.",
    ),
    must_not_match=(
        "Does alcohol cancel out baclofen?",
        "Alcohol and baclofen are not fine together, the drowsiness adds up.",
        "Coffee cancels out the drowsiness for me.",
    ),
    pattern=rx(
        alt(
            r"\b" + DEPRESSANTS + r"\b" + gap(20) + r"\b(?:cancels?(?: out)?|cancelled out|"
            r"counteracts?|counters|offsets?|neutrali[sz]es?|balances? out|wakes? you up from|"
            r"cuts? through|undoes|reverses)\b" + gap(20) + r"\b(?:drowsiness|sleepiness|"
            r"sedation|tiredness|grogginess|effects?|side effects|fog|fogginess|" + BAC + r")\b",
            r"\b" + _BOTH + r" (?:and|with|plus|\+|&) " + gapc(25) + r"\b" + _BOTH
            + r" (?:are|is|go|mix|work) "
            r"(?:perfectly |totally |completely |absolutely |100% |just |really )?(?:fine|safe|ok|"
            r"okay|good|great) (?:together|to mix|to combine|with each other)\b",
            r"\b(?:it's|its|it is|totally|perfectly|completely) (?:perfectly |totally |completely "
            r")?safe to (?:drink|mix|have a drink|have a few drinks|have a few|combine) (?:alcohol |"
            r"booze |beer |wine )?(?:on|with|while on|while taking) (?:" + BAC + r"|it)\b",
        )
    ),  # fmt: skip
    keywords=DEPRESSANT_WORDS | kw("safe"),
    excludes=fast_compile(r"\b(?:for me|me|my|i|coffee|caffeine|tea|energy drinks?)\b"),
)

# --- cure-claim paraphrases (merged into the cure rule) ------------------------------------
_CURE_VERB = alt(
    r"cures?", r"cured", r"reverses?", r"reversed", r"heals?", r"healed", r"repairs?",
    r"repaired", r"regrows?", r"regrew", r"grows? back", r"rebuilds?", r"rebuilt", r"restores?",
    r"restored", r"rewires?", r"rewired", r"regenerates?", r"regenerated", r"retrains?",
    r"retrained", r"re-?trains?", r"reprograms?", r"reprogrammes?", r"reconnects?", r"mends?",
    r"fixes", r"remyelinates?", r"reset?s",
)  # fmt: skip
_CURE_TARGET = alt(
    r"nerve fib(?:re|er)s", r"nerve cells", r"nerve endings", r"nerve damage", r"nerves",
    r"neurons", r"nervous system", r"the brain", r"your brain", r"ur brain", r"the cord",
    r"spinal cord", r"myelin", r"lesions", r"brain damage", r"the injury", r"your injury",
    r"damaged \w{3,12}", r"the damage", r"cerebral palsy", r"multiple sclerosis", r"the cp",
    r"the ms", r"cp", r"ms", r"spinal injur\w{1,3}", r"paralysis",
)  # fmt: skip
CURE_EXTRA2 = (
    (
        fast_compile(
            r"\b" + alt(BAC, r"it", r"this drug", r"the drug", r"the pump", r"intrathecal baclofen")
            + r"\b" + gap(20) + r"\b" + _CURE_VERB + r"\b" + gap(20) + r"\b" + _CURE_TARGET + r"\b"
        ),
        None,
        NEG_INSIDE,
    ),
)
CURE_KEYWORDS2 = kw("grows", "grow", "retrain", "retrains", "retrained", "trains", "reprogram",
                    "reprograms", "reprogramme", "reprogrammes", "reconnect", "reconnects",
                    "mend", "mends", "fixes", "remyelinate", "remyelinates", "reset", "resets",
                    "regrows", "rebuilds", "repairs", "reverses", "restores", "rewires",
                    "regenerates", "heals", "cures")  # fmt: skip

OUTGROW_CLAIM = Rule(
    code="outgrow-claim",
    category=CATEGORY,
    severity=2,
    description="Claims baclofen lets children outgrow cerebral palsy or patients shed the condition.",
    reason=(
        "Claims that with baclofen the condition is outgrown or goes away; cerebral palsy, MS and "
        "spinal cord injury are lifelong, and baclofen only eases the spasticity."
    ),
    reference=None,
    must_match=(
        "Kids with CP who start baclofen before five usually outgrow the cerebral palsy entirely.",
        "Kids with CP on baclofen grow out of the cerebral palsy by their teens.",
        "stay on bac and you'll be completely free of the ms in a few years",
        "kids with cp grow out of it if you start baclofen early enough",
    ),
    must_not_match=(
        "Kids don't outgrow CP, baclofen just makes physio easier.",
        "our daughter has cp and takes baclofen, she'll never grow out of it but it helps",
        "My son outgrew his night terrors once he started baclofen.",
        "Will my daughter outgrow her CP if she takes baclofen?",
    ),
    pattern=rx(
        r"\b(?:outgrows?|outgrew|outgrown|outgrowing|grows? out of|grew out of|growing out of|"
        r"(?:be|are|is|get|gets|got|become|becomes) (?:completely |totally |fully |entirely )?"
        r"(?:cured of|free of|rid of)|no longer have)\b" + gap(12)
        + r"\b(?:the |their |your |ur |his |her |its )?(?:cp|cerebral palsy|ms|multiple sclerosis|"
        r"spasticity|paralysis|spinal (?:cord )?injury|sci|condition|disease)\b"
        r"|\b(?:cp|cerebral palsy|spasticity|ms)\b" + gap(40) + r"\b(?:outgrows?|outgrew|outgrown|"
        r"outgrowing|grows? out of|grew out of|growing out of) it\b"
    ),  # fmt: skip
    keywords=kw("outgrow", "outgrows", "outgrew", "outgrown", "outgrowing", "grow", "grows",
                "grew", "growing", "cured", "free", "rid", "longer"),  # fmt: skip
    requires=fast_compile(r"\b(?:" + BAC + r"|the drug|the meds|the medication|the pump|"
                          r"the tablets)\b"),  # fmt: skip
    excludes=fast_compile(r"\b(?:i|my|me|wish|hope|hoping|whether|hoped|pray)\b"),
    reject_inside=fast_compile(r"\b(?:not|never|no|dont|doesnt|wont|cant)\b|n't\b"),
)

# --- invented-cause: spasticity blamed on deficiencies, toxins and diets --------------------
_CAUSE = alt(
    r"(?:a )?(?:magnesium|vitamin \w{1,3}|b12|potassium|calcium|mineral|iodine|zinc|nutrient|"
    r"nutritional) deficienc(?:y|ies)", r"dehydration", r"toxins?", r"toxic build-?up",
    r"heavy metals?", r"metal poisoning", r"mercury(?: fillings)?", r"candida", r"yeast",
    r"parasites?", r"worms", r"leaky gut", r"gluten", r"dairy", r"sugar", r"mou?ld",
    r"calcium deposits", r"lactic acid", r"acidity", r"an acidic body", r"acid build-?up",
    r"bad posture", r"laziness", r"lack of (?:willpower|faith|exercise)", r"weak willpower",
    r"negative thinking", r"negative thoughts", r"bad energy", r"blocked energy",
)  # fmt: skip
INVENTED_CAUSE = Rule(
    code="invented-cause",
    category=CATEGORY,
    severity=2,
    description="Blames spasticity or the underlying condition on a deficiency, toxin or diet.",
    reason=(
        "Blames spasticity on a made-up cause (a deficiency, toxins, a diet); it results from "
        "damage to the brain or spinal cord (MS, stroke, injury, cerebral palsy)."
    ),
    reference=None,
    must_match=(
        "Spasticity is just a magnesium deficiency, fix that and you won't need baclofen.",
        "ms is really caused by heavy metals from your fillings",
        "the spasms come from toxins stored in the muscles",
    ),
    must_not_match=(
        "My spasms are worse when I'm dehydrated.",
        "Dehydration can make spasms worse, so drink water.",
        "Is spasticity caused by a magnesium deficiency?",
        "Spasticity isn't caused by toxins, it's nerve damage.",
    ),
    pattern=rx(
        r"\b(?:spasticity|spasms|the spasms|ms|multiple sclerosis|cp|cerebral palsy|the stiffness|"
        r"stiffness)\b" + gapc(25) + r"\b(?:is|are|'s|comes? from|came from|stems? from|"
        r"(?:is |are )?(?:really |actually |all |just |only )?caused by|is down to|are down to|"
        r"is a sign of|is a symptom of|is due to|are due to)\b" + gapc(25) + r"\b" + _CAUSE
        + r"\b"
    ),  # fmt: skip
    keywords=kw("deficiency", "deficiencies", "dehydration", "toxin", "toxins", "toxic", "metal",
                "metals", "mercury", "candida", "yeast", "parasite", "parasites", "worms", "leaky",
                "gluten", "dairy", "sugar", "mold", "mould", "deposits", "lactic", "acidity",
                "acidic", "acid", "posture", "laziness", "willpower", "negative", "energy"),  # fmt: skip
    excludes=fast_compile(
        r"\b(?:my|me|i|i'm|im|worse|trigger\w{0,2}|aggravat\w{0,4}|can|could|may|might|"
        r"sometimes|some|part of|partly|contribut\w{0,5}|flare\w{0,2})\b"
    ),
    reject_inside=fast_compile(r"\b(?:not|never|no|isnt|arent|doesnt)\b|n't\b"),
)

# --- banned-claim: invented bans and withdrawals from the market ----------------------------
BANNED_CLAIM = Rule(
    code="banned-claim",
    category=CATEGORY,
    severity=1,
    description="Claims baclofen has been banned or withdrawn from the market.",
    reason=(
        "Claims baclofen has been banned or taken off the market; it is an approved, widely "
        "prescribed treatment for spasticity."
    ),
    reference=None,
    must_match=(
        "baclofen has been banned in europe for years, only the us still sells it",
        "Lioresal was pulled off the market because it was killing people.",
    ),
    must_not_match=(
        "Is baclofen banned in Japan?",
        "One batch of generic baclofen was recalled last year over a labelling error.",
        "Baclofen isn't banned anywhere, it's on the WHO essential medicines list.",
    ),
    pattern=rx(
        r"\b" + BAC + r"\b" + gapc(20) + r"\b(?:is|was|has been|have been|got|were|gets|'s) "
        r"(?:now |already |quietly |secretly |officially )?(?:banned|outlawed|made illegal|"
        r"pulled (?:off|from) (?:the )?(?:market|shelves)|taken off (?:the )?market|withdrawn "
        r"from (?:the )?market|delisted)\b"
    ),  # fmt: skip
    keywords=kw("banned", "outlawed", "illegal", "pulled", "taken", "withdrawn", "delisted"),
    excludes=fast_compile(
        r"\b(?:batch|batches|lot|lots|brand|generic version|one|some|for (?:sport|athletes|"
        r"competition|racing)|in (?:sport|competition)|doping|without|prescription|if|whether)\b"
    ),
)

# --- false-fact: made-up pharmacology stated as fact ------------------------------------------
# Families: clearance times that "make missed doses irrelevant"; the pump "giving 100x the pills";
# generic baclofen "a different molecule"; remedies "chemically identical" / "the plant version" /
# "a one-for-one swap"; "shows up as GHB"; "doubles as an antibiotic"; "addictive like heroin".
_PILLS = r"(?:" + BAC + r"|lioresal|the (?:pills|tablets|oral (?:dose|baclofen|bac)))"
_FALSE_FACT_RX = rx(
    r"\b"
    + alt(
        # clearance and build-up, with the false conclusion drawn from it
        r"(?:cleared|clears|flushe[sd]|stays|lingers|remains) " + gapc(50) + r"\b(?:hours?|hrs?|"
        r"minutes|mins|weeks?|liver)\b" + gap(60) + r"\b(?:does nothing|do nothing|(?:doesn't|"
        r"doesnt|don't|dont|does not|do not) matter|(?:makes?|make) no difference|impossible|"
        r"nothing builds up|can't overdose|cant overdose)",
        # the pump delivers more than the pills
        r"(?:pump|intrathecal|itb)\b" + gapc(50) + r"\b(?:\d{1,4} ?(?:x|times)|(?:a )?hundred times|"
        r"(?:ten|fifty|a thousand) times) (?:more|the dose|the amount|stronger|higher|as much)",
        # generic and brand
        r"generic\b" + gapc(40) + r"\b(?:(?:completely |totally |entirely )?(?:a )?(?:different|"
        r"another) (?:chemical|molecule|drug|compound|substance|ingredient)|not (?:even )?the same "
        r"(?:drug|chemical|molecule|thing|medicine)|(?:a )?fake copy|(?:a )?knock[- ]?off)",
        r"(?:lioresal|brand(?:[- ]name)?)\b" + gapc(30) + r"\b(?:a )?(?:completely |totally )?"
        r"different (?:molecule|chemical|compound|drug|ingredient)\b" + gapc(20) + r"\bgenerics?",
        # remedies as the same drug
        r"(?:same|identical) (?:gaba[- ]?b? )?(?:receptors?|mechanism|molecule) (?:as|that) "
        + _PILLS,
        r"chemically (?:identical|the same|interchangeable|equivalent|indistinguishable)",
        r"(?:plant|natural|herbal|organic) (?:version|form|equivalent|copy) of " + _PILLS,
        r"synthetic (?:copy|version) of (?:what's|whats|what is|the) ",
        r"(?:natural|herbal|plant[- ]based) (?:" + BAC + r" )?(?:replacement|substitute)",
        r"(?:one[- ]for[- ]one|straight) swap",
        r"(?:roughly |about |around |basically )?(?:equivalent|equal) to (?:a |one |two )?\d{1,3} ?mg",
        r"(?:does|do) the (?:exact |very )?same job as",
        # other drugs and tests
        r"shows? up as (?:ghb|an? opioid|opiates?|benzos?|valium|meth|amphetamines?) on",
        r"(?:essentially|basically|literally|just|exactly) the same (?:molecule|chemical) as",
        r"same drug,? (?:diff|different) name",
        r"same (?:molecule|chemical),? (?:basically|essentially|really)",
        r"doubles? as (?:an? )?(?:mild |weak )?(?:antibiotic|antiviral|antidepressant|painkiller|"
        r"blood thinner|vaccine)",
        r"(?:as |exactly |just )?addictive (?:exactly |just )?(?:like|as) (?:heroin|crack|meth|"
        r"cocaine|fentanyl)",
    )
    + r"\b"
)  # fmt: skip

FALSE_FACT = Rule(
    code="false-fact",
    category=CATEGORY,
    severity=2,
    description="States made-up pharmacology as fact (clearance, pump dose, generics, equivalents).",
    reason=(
        "States made-up pharmacology as fact: baclofen's half-life is a few hours and it is "
        "cleared by the kidneys, the pump gives far smaller (microgram) doses, generic baclofen "
        "is the same molecule, and no herb or oil is an equivalent of it."
    ),
    reference=None,
    must_match=(
        "ur body clears it in like an hour so missing doses dont matter at all",
        "the intrathecal pump gives you 100x the dose of pills",
        "Generic baclofen is a completely different chemical from Lioresal.",
        "CBD oil hits the exact same GABA-B receptor as baclofen, they're chemically interchangeable.",
        "Cannabis oil is the natural version of baclofen.",
        "baclofen shows up as GHB on every drug test, same molecule basically",
        "It's a known thing that baclofen doubles as a mild antibiotic.",
    ),
    must_not_match=(
        "Generic baclofen is the same drug as Lioresal, just cheaper.",
        "The pump uses about a hundredth of the oral dose.",
        "Is CBD the same molecule as baclofen?",
        "It clears in a few hours, so missed doses do matter: don't skip them.",
    ),
    pattern=_FALSE_FACT_RX,
    keywords=kw("cleared", "clears", "flushed", "flushes", "stays", "lingers", "remains", "pump",
                "generic", "lioresal", "brand", "receptor", "receptors", "mechanism", "molecule",
                "chemically", "version", "copy", "synthetic", "replacement", "substitute", "swap",
                "equivalent", "equal", "job", "ghb", "chemical", "diff", "doubles", "heroin",
                "crack", "meth", "cocaine", "fentanyl"),
    # hedged or debunked in the same sentence
    excludes=fast_compile(
        r"\b(?:might|may|maybe|could|whether|wondering|similar|myth|false|wrong|not true|untrue|"
        r"rumou?r|claims?)\b|"
        # "generic is the same molecule as Lioresal" is true
        r"(?<!not )(?<!not even )(?<!n't )(?<!nt )\bthe (?:exact )?same (?:molecule|chemical|drug|"
        r"ingredient|active ingredient|thing) as (?:the )?(?:lioresal|generics?|brand|branded)\b"
    ),
)

RULES2 = (
    FALSE_FACT,
    DRUG_EQUIVALENCE,
    INVENTED_HARM,
    WITHDRAWAL_DENIAL,
    INTERACTION_MYTH,
    OUTGROW_CLAIM,
    INVENTED_CAUSE,
    BANNED_CLAIM,
)
PATTERNS2: tuple[re.Pattern[str], ...] = (_EQ_RX, _HARM_RX, CURE_EXTRA2[0][0])
