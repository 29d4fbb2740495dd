"""Pattern fragments shared by the detectors (all over normalised, lower-cased text)."""

from __future__ import annotations

import re

from ..fastregex import alt, fast_compile


def rx(*parts: str) -> re.Pattern[str]:
    return fast_compile("".join(parts))


def gap(limit: int) -> str:
    """Up to `limit` characters inside one sentence (lazy, bounded)."""
    return r"[^.!?\n]{0,%d}?".replace("%d", str(limit))


def kw(*words: str) -> frozenset[str]:
    return frozenset(words)


def gate_words(gates) -> frozenset[str]:
    """Every word named by `gates` (see Doc.keyword_spans): the rule needs them in its vocabulary."""
    return frozenset().union(*(part for gate in gates for part in gate if not isinstance(part, str)))


# The drug, its brand names and the misspellings patients use. `bac[a-z]{0,6}` style
# abbreviations ("bac", "baclo") are included.
BACLOFEN = alt(
    r"bac[li]o[fph]{1,2}[ei]ne?",
    r"backlofen",
    r"bacolfen",
    r"baclo",
    r"bacl",
    r"lioresal",
    r"kemstro",
    r"ozobax",
    r"lyvispah",
    r"fleqsuvy",
)
BACLOFEN_WORDS = kw(
    "baclofen", "baclofin", "baclophen", "baclofene", "bacolfen", "backlofen", "baclo", "bacl",
    "baciofen", "lioresal", "kemstro", "ozobax", "lyvispah", "fleqsuvy",
)  # fmt: skip

# "it", "baclofen", "the pills", "your meds", ...
DRUG_REF = alt(
    BACLOFEN,
    r"it",
    r"them",
    r"(?:the|your|my|these|those|this|that) (?:meds?|pills?|tablets?|tabs|medication|medicine|"
    r"drugs?|stuff|muscle relaxers?|prescription|script|baclofen|dose)",
)

NEGATORS = r"\b(?:not|n't|never|no|nothing|none|nobody|without)\b|n't\b"
NEGATOR_RX = re.compile(r"\b(?:not|never|no|nothing|none|nobody|neither|nor)\b|n't\b")

DEPRESSANTS = alt(
    r"alcohol",
    r"booze",
    r"drinks",
    r"a drink",
    r"drinking(?! (?:water|tea|coffee|juice|milk|plenty|lots|more water|fluids))",
    r"beers?",
    r"wine",
    r"glass(?:es)?(?: or two)? of (?:red|white|rose|bubbly|prosecco|champagne|wine|scotch|"
    r"bourbon|brandy|port)",
    r"nightcaps?",
    r"scotch",
    r"bourbon",
    r"brandy",
    r"cider",
    r"lagers?",
    r"vodka",
    r"whisk(?:e)?ys?",
    r"whiskies",
    r"gin",
    r"rum",
    r"tequila",
    r"pints?",
    r"cocktails?",
    r"liquor",
    r"opioids?",
    r"opiates?",
    r"oxys?",
    r"oxycodone",
    r"oxycontin",
    r"hydrocodone",
    r"vicodin",
    r"norco",
    r"percocets?",
    r"percs?",
    r"morphine",
    r"codeine",
    r"tramadol",
    r"fentanyl",
    r"heroin",
    r"methadone",
    r"dilaudid",
    r"benzos?",
    r"benzodiazepines?",
    r"xanax",
    r"xannies",
    r"alprazolam",
    r"valium",
    r"diazepam",
    r"klonopin",
    r"clonazepam",
    r"ativan",
    r"lorazepam",
    r"temazepam",
    r"sleeping (?:pills?|tablets?)",
    r"sleep aids?",
    r"sleeping aids?",
    r"ambien",
    r"zolpidem",
    r"zopiclone",
    r"zzzquil",
    r"nyquil",
    r"unisom",
)
DEPRESSANT_WORDS = kw(
    "glass", "glasses", "nightcap", "nightcaps", "scotch", "bourbon", "brandy", "cider", "lager",
    "lagers", "alcohol", "booze", "drinks", "drink", "drinking", "beer", "beers", "wine",
    "vodka", "whiskey",
    "whiskeys", "whiskys", "whiskies",
    "whisky", "gin", "rum", "tequila", "shots", "pint", "pints", "cocktail", "cocktails", "liquor",
    "opioid", "opioids", "opiate", "opiates", "oxy", "oxys", "oxycodone", "oxycontin",
    "hydrocodone", "vicodin", "norco", "percocet", "percocets", "perc", "percs", "morphine",
    "codeine", "tramadol", "fentanyl", "heroin", "methadone", "dilaudid", "benzo", "benzos",
    "benzodiazepine", "benzodiazepines", "xanax", "xannies", "alprazolam", "valium", "diazepam",
    "klonopin", "clonazepam", "ativan", "lorazepam", "temazepam", "sleeping", "sleep", "ambien",
    "zolpidem", "zopiclone", "zzzquil", "nyquil", "unisom",
)  # fmt: skip

CLINICIAN = alt(
    r"doctors?",
    r"docs?",
    r"dr",
    r"gps?",
    r"neuros?",
    r"neurologists?",
    r"physicians?",
    r"pharmacists?",
    r"specialists?",
    r"nurses?",
    r"consultants?",
    r"prescribers?",
    r"physiatrists?",
    r"an(?:a)?esthetists?",
    r"surgeons?",
    r"dentists?",
    r"(?:pump|spasticity|neuro|baclofen) clinics?",
    r"pump (?:team|nurses?|people|ppl)",
)
