"""Spam: commerce and off-topic promotion (online pharmacies, codes, crypto, SEO links).

Links to health authorities and well-known medical sources are never spam (`ALLOWED_DOMAINS`).
Any other link is spam when the domain itself looks like a shop ("cheap-rx-meds.com"), when the
post sells something (prices, "order", "no prescription", a WhatsApp number), or when the domain
is obfuscated ("cheapmeds dot com", "site[.]biz"). A bare link to a blog or a video without any
selling is left alone.
"""

from __future__ import annotations

from ..context import Doc
from ..fastregex import fast_compile
from ..model import DoseLimits
from ..rules import Hit, Rule, Spans, iter_matches
from ._common import alt, kw

CATEGORY = "spam"

ALLOWED_DOMAINS = (
    "nhs.uk", "nih.gov", "medlineplus.gov", "fda.gov", "mayoclinic.org", "who.int", "cdc.gov",
    "nice.org.uk", "gov.uk", "gov.au", "gc.ca", "canada.ca", "europa.eu", "nationalmssociety.org",
    "mssociety.org.uk", "mstrust.org.uk", "msaustralia.org.au", "clevelandclinic.org",
    "hopkinsmedicine.org", "webmd.com", "drugs.com", "rxlist.com", "medicines.org.uk",
    "bnf.nice.org.uk", "healthdirect.gov.au", "cochranelibrary.com", "wikipedia.org",
    "ncbi.nlm.nih.gov", "pubmed.ncbi.nlm.nih.gov", "nhsinform.scot", "hse.ie", "ms-uk.org",
    "christopherreeve.org", "spinal.co.uk", "apta.org", "aan.com", "mind.org.uk", "samhsa.gov",
    "health.harvard.edu", "patient.info", "bmj.com", "thelancet.com", "nejm.org",
)  # fmt: skip
_GOV_SUFFIXES = (".gov", ".mil", ".edu", ".ac.uk", ".nhs.uk", ".gov.uk", ".int")

_TLDS = (
    "com", "net", "org", "biz", "info", "io", "co", "shop", "store", "online", "site", "xyz",
    "top", "ru", "cn", "in", "pharmacy", "club", "me", "us", "uk", "ly", "gl", "cc", "to", "ws",
    "app", "eu", "de", "ca", "au", "ie", "nz", "health", "care", "link", "live", "pro", "vip",
    "win", "bid", "tk", "ml", "ga", "cf", "gq", "su", "pw", "fun", "space", "website", "rx",
    "mx", "tv", "nl", "click", "icu", "sale", "shopping", "deals", "ai",
)  # fmt: skip
_TLD = alt(*_TLDS)
# Bare domains (no scheme, no "www.") only count with these endings, so that a missing space
# after a full stop ("dose.in the morning") is not read as a link.
_BARE_TLD = alt(
    "com", "net", "org", "biz", "info", "io", "shop", "store", "online", "site", "xyz", "top",
    "ru", "cn", "pharmacy", "club", "ly", "cc", "ws", "app", "health", "care", "link", "live",
    "pro", "vip", "tk", "su", "pw", "website", "rx", "tv", "co\\.uk",
)  # fmt: skip
# Obfuscated with spaces around the dot ("canadameds-nopx . net", "pills-express .to"): a space
# before the dot is needed, and the name must hold a hyphen unless the ending is unmistakable,
# so that prose ("so tired . me too") is not read as a link.
_STRONG_TLD = alt(
    "com", "net", "org", "biz", "info", "io", "shop", "store", "online", "site", "xyz", "top",
    "ru", "cn", "pharmacy", "club", "cc", "ws", "tk", "su", "pw", "website", "rx", "eu", "de",
)  # fmt: skip
_URL = fast_compile(
    r"(?:https?://|www\.)(?P<host1>[a-z0-9.-]{1,120})[^\s<>()\[\]\"']{0,300}"
    r"|(?<![a-z0-9@.-])(?P<host2>[a-z0-9][a-z0-9.-]{0,80}\.(?:" + _BARE_TLD
    + r"|(?:co|me|to|in|ai|io|us|gl)(?=/[a-z0-9])))\b(?![.-][a-z0-9])"
    r"(?:/[^\s<>()\[\]\"']{0,300})?"
    r"|(?<![a-z0-9@.-])(?P<host5>[a-z][a-z0-9]{0,40}-[a-z0-9-]{1,60}\." + _TLD + r")\b(?![.-][a-z0-9])"
    r"(?:/[^\s<>()\[\]\"']{0,300})?"
    r"|(?<![a-z0-9@.-])(?P<host6>(?:t|wa)\.me)/[a-z0-9_+-][^\s<>()\[\]\"']{0,300}"
    r"|(?P<host3>\b[a-z0-9-]{2,40}) ?(?:\(dot\)|\[dot\]|\{dot\}|\[\.\]|\(\.\)|dot|\u00b7) ?" + _TLD + r"\b"
    r"|(?P<host4>\b[a-z][a-z0-9]{0,40}-[a-z0-9-]{1,60}) \. ?" + _TLD + r"\b"
    r"|(?P<host7>\b[a-z0-9-]{2,40}) \. ?" + _STRONG_TLD + r"\b"
)
# Every _URL match contains one of these (a scheme or "www.", a domain's ".tld", or an
# obfuscated dot). It starts with a literal, so the regex engine finds it fast: a post without
# one has no link and the full pattern is not run at all.
_URL_HINT = fast_compile(r"https?://|www\.|\." + _TLD + r"\b|dot|\[\.\]|\(\.\)| \.|\u00b7")


def _url_matches(text: str):
    """Exactly the matches of _URL.finditer(text), searching only lines that hold a hint.

    No match crosses a line break (links hold no whitespace; an obfuscated "site dot com" only
    spaces) and every match holds a hint, so the lines without one hold no match. A line is
    searched as a slice of the whole text, which the pattern sees the same way (a line break
    either side is not a letter, digit, dot or hyphen).
    """
    searched_to = -1
    for hint in _URL_HINT.finditer(text):
        if hint.start() < searched_to:
            continue
        line_start = text.rfind("\n", 0, hint.start()) + 1
        line_end = text.find("\n", hint.end())
        if line_end < 0:
            line_end = len(text)
        yield from _URL.finditer(text, line_start, line_end)
        searched_to = line_end


def _has_url(text: str) -> bool:
    return next(_url_matches(text), None) is not None


_SHOPPY_DOMAIN = fast_compile(
    r"pharm|rx|meds|pill|drug|cheap|buy|shop|store|deal|discount|casino|crypto|coin|bet|loan|"
    r"tabs|generic|cure|health-?store|seo|forex|trade|invest|profit|bonus|insur|quote|cash|"
    r"income|essay|outlet|prize|giveaway|presale|token|signals|earn"
)
# Words in a link's path (after the host) that make a link to an unknown site promotional.
_SHOPPY_PATH = fast_compile(
    r"(?:buy|cheap|order|shop|free|win|prize|gift|presale|promo|coupon|deal|casino|bonus|"
    r"pharm|pills|meds|discount|offer|earn|income|signals)|[?&/](?:ref|aff|affiliate|promo|"
    r"coupon|utm_source)[=/]"
)
_COMMERCE = fast_compile(
    r"\b(?:buy|buying|order|ordering|purchase|cheap|cheaper|cheapest|discount|discounts|sale|"
    r"price|prices|pricing|deal|deals|offer|offers|coupon|promo|shipping|delivery|delivered|"
    r"overnight|pharmacy|pharmacies|drugstore|no prescription|without prescription|"
    r"without a prescription|no rx|no script|shop|store|visit|check out|click|clicking|sign up|"
    r"subscribe|earn|profit|invest|investment|crypto|bitcoin|btc|forex|casino|bet|betting|loan|"
    r"loans|seo|backlinks?|followers|dm|whatsapp|telegram|wickr|kik|wholesale|bulk|in stock|"
    r"for sale|best price|lowest price|guaranteed|limited|hurry|today only|free trial|"
    r"100% legit|legit|win a|win an|win free|you(?:'ve| have) won|giveaway|gift card|"
    r"claim your|prize|insurance|quotes?|mortgage|refinance|presale|airdrop|token|bundles?|"
    r"shop now|sponsored|free samples?|free trial|(?:ref|referral|affiliate) links?|"
    r"(?:first|1st) (?:month|week|order) free|startup|just launched|dating app)\b|"
    r"[$\u00a3\u20ac] ?\d"
)
# A way to reach a seller off the forum: a messenger number or handle, an e-mail address
# (also spelt out: "name (at) gmail"), or a t.me / wa.me link.
_MESSENGER = r"(?:whatsapp|whats app|telegram|tg|wickr|kik|snapchat|snap|wechat|viber|threema)"
_CONTACT = fast_compile(
    r"\b(?:whatsapp|telegram|wickr|signal|kik|snapchat|snap|wechat|viber|dm|pm|text|email|"
    r"contact|message|call|hit)(?: me| us| him| her| them)?(?: up)?(?: on| at| @|:)? ?(?:\+?\d[\d -]{6,16}\d|"
    r"@[a-z0-9_]{3,30}|[a-z0-9._-]{1,40}@[a-z0-9.-]{2,40}\.[a-z]{2,6})"
    r"|\b" + _MESSENGER + r"(?: me| us)?(?: on| at)?(?: ?: ?@?| @)[a-z0-9_.]{3,30}"
    r"|(?:@|\(at\)|\[at\]|\{at\}|\bat\b) ?(?:gmail|yahoo|hotmail|outlook|protonmail|proton|"
    r"icloud|aol|gmx|mail\.ru|yandex)\b"
    r"|\b(?:t|wa)\.me/[a-z0-9_+]{3,40}"
)


def _domain_allowed(host: str) -> bool:
    host = host.strip(".").removeprefix("www.")
    if host.endswith(_GOV_SUFFIXES):
        return True
    return any(host == d or host.endswith("." + d) for d in ALLOWED_DOMAINS)


def _link_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    hits = []
    commerce = None
    for m in _url_matches(text):
        obfuscated = m.group("host3") or m.group("host4") or m.group("host7")
        if obfuscated is not None:
            # "nhs dot uk" is still the NHS: spelt-out links are checked by their real host.
            tld = text[m.start() : m.end()].rsplit(" ", 1)[-1].replace("\u00b7", ".").rsplit(".", 1)[-1]
            tld = tld.strip(")]}")
            if _domain_allowed(obfuscated + "." + tld):
                continue
            hits.append(Hit(m.start(), m.end()))
            continue
        host = (
            m.group("host1") or m.group("host2") or m.group("host5") or m.group("host6")
            or ""
        )
        if _domain_allowed(host):
            continue
        path = text[m.start() + m.group().find(host) + len(host) : m.end()]
        if _SHOPPY_DOMAIN.search(host) or _SHOPPY_PATH.search(path):
            hits.append(Hit(m.start(), m.end()))
            continue
        if commerce is None:
            commerce = _COMMERCE.search(text) is not None or _CONTACT.search(text) is not None
        if commerce:
            hits.append(Hit(m.start(), m.end(), severity=2))
    return hits


PROMO_LINK = Rule(
    code="promo-link",
    category=CATEGORY,
    severity=3,
    description="Links to a shop, pharmacy or promotional site (health-authority links are fine).",
    reason="Links to a commercial or promotional site.",
    reference=None,
    must_match=(
        "Get it cheap at www.best-rx-meds.biz, fast shipping!",
        "order b@clofen from cheapmeds dot com",
        "Great prices here: https://example-store.com/baclofen",
        "my friend's startup just launched an AI dating app, check it out at lovematch-ai.app",
        "Get our 3-bottle bundle at hempheal-now.com",
        "First month free through my link: nrdshld.co/ref/ms-mike",
        "[Sponsored] Shop now at neuroloosen\u00b7com",
        "FREE sample baklofen www.spasmed.net",
    ),
    must_not_match=(
        "The NHS page explains tapering well: https://www.nhs.uk/medicines/baclofen/",
        "MedlinePlus has the dosing info: medlineplus.gov/druginfo/meds/a682530.html",
        "I wrote about my first year on it at https://myjourney.blogspot.com",
    ),
    finder=_link_finder,
    whole_text=True,
    keywords=kw("http", "https", "www", "dot", *_TLDS),
)

# A member warning about spam ("they're scams", "don't click", "beware"), not a spammer's "no
# scam, 100% genuine".
_SPAM_WARNING = fast_compile(
    r"(?<!no )(?<!not )(?<!not a )(?<!zero )\b(?:beware|scams?|scammers?|scammed|scammy|fake|"
    r"counterfeit|sketchy|dodgy|shady|don't click|do not click|dont click|reported (?:it|them|"
    r"this|him|her)|report (?:it|them|this))\b"
)

_NO_RX_RX = fast_compile(
    r"\b(?:no|without(?: a| any)?|without needing a|no need for a|don't need a|dont need a|"
    r"do not need a)(?: |-)(?:prescription|prescriptions|script|rx|doctor's note)\b"
    r"(?: (?:needed|required|necessary))?"
)


# Selling words strong enough to make "no prescription" an advert ("order it online without a
# prescription" alone is dangerous advice, not spam).
_SALES = fast_compile(
    r"\b(?:cheap|cheapest|discount|discounts|sale|price|prices|pricing|deal|deals|offer|"
    r"offers|coupon|promo|shipping|delivery|delivered|overnight|pharmacy|pharmacies|drugstore|"
    r"shop|store|wholesale|bulk|in stock|for sale|guaranteed|100% legit|legit (?:pharmacy|site|"
    r"seller|vendor|source|supplier|shop)|whatsapp|telegram|wickr|dm|pm me|contact us|"
    r"contact me|worldwide|discreet|discrete|ships|shipped|next day|24h|24 hours|order now)\b|"
    r"[$\u00a3\u20ac] ?\d"
)
# A member asking about such adverts ("has anyone tried those 'no prescription' sites?") or
# repeating one to warn others ("getting DMs saying '...'").
_ASKING = fast_compile(
    r"[\W_]{0,5}(?:is it|is there|are (?:these|those|they|there)|can i|can you|can someone|"
    r"could i|should i|does anyone|do you|do any|did anyone|has anyone|have you|have any|anyone|"
    r"any1|am i|wondering|i wonder|curious|how do|how does|what do|why do|why are|who else)\b"
)
_REPORTED_AD = fast_compile(
    r"\b(?:saying|says|said|offering|offers|advertising|advertise|promising|claiming|claim|"
    r"like|reading|read|titled|called)\b(?: ?['\"][^'\"\n]{0,30}| ?)$"
)


def _no_prescription_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    hits = []
    # Every match holds one of the rule's keywords and stays inside a sentence, so searching
    # the keyword sentences finds exactly the matches a search of the whole text would.
    for m in iter_matches(_NO_RX_RX, text, spans):
        start, end = doc.sentence(m.start())
        if _REPORTED_AD.search(text, max(start, m.start() - 50), m.start()):
            continue
        sentence = text[start:end].strip()
        if sentence.endswith("?") and _ASKING.match(sentence):
            # A member's question: only selling outside it makes it an advert.
            rest = text[:start] + " " + text[end:]
        else:
            rest = text[: m.start()] + " " + text[m.end() :]
        if _SALES.search(rest) or _CONTACT.search(rest) or _has_url(rest):
            hits.append(Hit(m.start(), m.end()))
    return hits


NO_PRESCRIPTION = Rule(
    code="no-prescription-sale",
    category=CATEGORY,
    severity=3,
    description="Sells baclofen 'without prescription'.",
    reason="Advertises baclofen without a prescription.",
    reference=None,
    must_match=(
        "Baclofen 25mg no prescription needed, discreet delivery, WhatsApp +1 555 123 4567",
        "Order baclofen online without a prescription, best prices guaranteed.",
    ),
    must_not_match=(
        "You can't get baclofen without a prescription here.",
        "I tried to order it without a prescription once and got scammed, don't.",
    ),
    finder=_no_prescription_finder,
    keywords=kw("prescription", "prescriptions", "script", "rx", "note"),
    suppress=frozenset({"quote", "negation", "report"}),
)

DISCOUNT_CODE = Rule(
    code="discount-code",
    category=CATEGORY,
    severity=2,
    description="Promotes discount codes, coupons or special offers.",
    reason="Promotes a discount code or special offer.",
    reference=None,
    must_match=(
        "Use code SPASM20 for 20% off your first order!",
        "limited time offer, free shipping",
        "use my ref link myovita.co/ref=legs4days",
        "offering forum members \u00a3200 off this month",
    ),
    must_not_match=(
        "My pharmacy gave me a leaflet about the side effects.",
        "no discount codes here but ask ur pharmacist abt generic, saved me loads",
        "Re the discount codes people keep dropping in threads: mods, can we get these removed?",
        "I got \u00a35 off my prepayment certificate, ask your pharmacy.",
    ),
    excludes=fast_compile(
        r"\b(?:mods?|moderators?|removed?|delete[ds]?|report(?:ed)?|keep (?:dropping|posting|"
        r"spamming)|spammers?|scams?|scammers?|dodgy|beware)\b"
    ),
    pattern=fast_compile(
        r"\b"
        + alt(
            r"(?<!no )(?<!any )(?:promo|discount|coupon|voucher|referral|affiliate|ref) (?:code|link)s?",
            r"(?<=[$\u00a3\u20ac])\d{1,4} off(?! (?:my|the|our|his|her|their|a)\b)",
            r"use (?:my |the )?(?:code|coupon) [a-z0-9]{3,20}",
            r"\d{1,2} ?% off",
            r"free shipping",
            r"limited(?: time)? offer",
            r"buy (?:one|1) get (?:one|1)",
            r"special offer",
            r"today only",
            r"order now",
            r"while stocks last",
        )
        + r"\b"
    ),
    keywords=kw(
        "promo",
        "discount",
        "coupon",
        "voucher",
        "referral",
        "affiliate",
        "code",
        "off",
        "shipping",
        "offer",
        "buy",
        "today",
        "order",
        "stocks",
        "ref",
    ),  # fmt: skip
)

_MONEY_SCHEME = fast_compile(
    r"\b"
    + alt(
        r"crypto(?:currency|currencies)?",
        r"bitcoin",
        r"btc",
        r"ethereum",
        r"forex",
        r"nfts?",
        r"binary options",
        r"trading bot",
        r"passive income",
        r"online casino",
        r"casino",
        r"sports betting",
        r"payday loans?",
        r"make money (?:fast|online|from home)",
        r"work(?:ing)?[ -]from[ -]home",
        r"earn \$?\d{2,6}",
        r"(?:make|earn) money",
        r"investment (?:opportunity|platform|manager)",
        r"account manager",
        r"financial freedom",
        r"onlyfans",
        r"escorts?",
        r"hot singles",
        r"seo services",
        r"backlinks",
        r"buy followers",
        r"get rich",
        # income claims: "I make $4,000 a month", "earning $200/day"
        r"(?:make|made|making|earn|earned|earning|pull in|bring in) (?:over |up to |about )?"
        r"[$\u00a3\u20ac]\d[\d,.]{0,8}k? ?(?:a|an|per|/|every|each) ?(?:day|week|wk|month|mo|hour|hr)"
        r"[^.!?\n]{0,40}?\b(?:laptop|phone|online|from home|from bed|part[- ]time|side hustle|"
        r"no experience|typing|program|system|method|app|platform|trading|signals|surveys)",
        # tokens and coins
        r"(?:token|coin) (?:presale|pre-sale|launch|sale)",
        r"presale",
        r"pre-sale",
        r"airdrop",
        r"memecoin",
        r"altcoin",
        r"staking pool",
        r"to the moon",
        r"(?:bitcoin|btc|crypto|eth) doubler",
        r"double your (?:bitcoin|btc|crypto|money|investment)",
        # loans, mortgages, insurance and giveaways
        r"mortgage rates?",
        r"refinance (?:today|now|your|with)",
        r"personal loans?",
        r"debt consolidation",
        r"credit repair",
        r"no credit check",
        r"bad credit",
        r"insurance quotes?",
        r"cheapest (?:car |auto |life |home |travel |health )?insurance",
        r"win (?:a |an )?(?:free |brand new )?(?:iphone|ipad|macbook|samsung|ps5|gift card|"
        r"cash prize|\$\d)",
        r"free (?:iphone|ipad|macbook|ps5|gift card)",
        r"gift card giveaway",
        r"claim your (?:prize|reward|gift|free)",
        r"you(?:'ve| have) (?:won|been selected)",
    )  # fmt: skip
    + r"\b"
)
_SOLICIT = fast_compile(
    r"\b(?:dm|pm|whatsapp|telegram|contact|join|invest|sign up|link|click|message|earn|profit|"
    r"returns|email|text|visit|check out|inbox|reach out|mentor|guaranteed|apply|call now|"
    r"get in|send|legit|claim|enter|quote|quotes|compare|approved|hmu|sign-up|register)\b|"
    r"[$\u00a3\u20ac] ?\d|https?://|www\.|\bt\.me/|\d{2,3} ?%"
)


def _money_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    hits = [
        Hit(m.start(), m.end())
        for m in _MONEY_SCHEME.finditer(text)
        if not _SPAM_WARNING.search(text, *doc.sentence(m.start()))
    ]
    if "$$" in doc.source:
        hits.extend(Hit(m.start(), m.end()) for m in _MONEY_SIGNS.finditer(doc.source.lower()))
    if not hits or not (_SOLICIT.search(text) or _has_url(text) or _CONTACT.search(text)):
        return []
    return hits


# "$$$" is punctuation, so it is looked for in the source text (lower-cased, same offsets).
_MONEY_SIGNS = fast_compile(r"\b(?:make|earn|making|earning) \${2,5}")


MONEY_SCHEME = Rule(
    code="money-scheme",
    category=CATEGORY,
    severity=3,
    description="Off-topic money schemes: crypto, trading, casinos, work-from-home offers.",
    reason="Promotes an off-topic money scheme (crypto, trading, gambling or similar).",
    reference=None,
    must_match=(
        "I made $4000 a week with a bitcoin trading bot, DM me to join!",
        "Earn $500 daily working from home, message me on telegram.",
        "I now make $4,000 a month from my laptop, message me to learn how",
        "bitcoin doubler legit 100% send 0.01 get 0.02 back",
        "The token presale is still open, get in early: t.me/some_presale",
        "Mortgage rates at an all-time low! Refinance today, apply in 5 minutes.",
        "Win a FREE iPhone 15, just answer 3 questions and claim it",
    ),
    must_not_match=(
        "Lost half my savings in crypto last year, stress makes my spasms worse.",
        "My son works from home and helps me sort my meds.",
        "I won a free raffle ticket at the MS walk, haha.",
        "With my bad credit I couldn't get a loan for the van, so we are saving up.",
        "crypto scammers in the dms again, dont click anything ppl",
    ),
    finder=_money_finder,
    whole_text=True,
    keywords=kw(
        "crypto",
        "cryptocurrency",
        "bitcoin",
        "btc",
        "ethereum",
        "forex",
        "nft",
        "nfts",
        "binary",
        "trading",
        "passive",
        "casino",
        "betting",
        "payday",
        "money",
        "work",
        "earn",
        "investment",
        "account",
        "financial",
        "onlyfans",
        "escort",
        "escorts",
        "singles",
        "seo",
        "backlinks",
        "followers",
        "rich",
        "make",
        "made",
        "making",
        "earned",
        "earning",
        "pull",
        "bring",
        "token",
        "coin",
        "presale",
        "pre",
        "airdrop",
        "memecoin",
        "altcoin",
        "staking",
        "moon",
        "doubler",
        "double",
        "mortgage",
        "refinance",
        "personal",
        "debt",
        "credit",
        "insurance",
        "cheapest",
        "win",
        "free",
        "gift",
        "claim",
        "won",
        "selected",
        "working",
    ),  # fmt: skip
    suppress=frozenset({"quote"}),
)

SELLER = Rule(
    code="seller-contact",
    category=CATEGORY,
    severity=3,
    description="Offers to sell medicines or asks members to make contact to buy.",
    reason="Offers medicines for sale or solicits contact to buy.",
    reference=None,
    must_match=(
        "Selling baclofen 10mg tabs, message me on WhatsApp.",
        "dm me for prices, discreet shipping worldwide",
        "bulk bac tabs, dm 4 link",
        "meds shipped worldwide, all in stock",
        "Contact me on whatsapp for the website, lowest prices",
        "I sell natural anti spasm herbal capsules, cash on delivery",
        "Wholesale CBD muscle gummies, distributors wanted, 40% margin",
        "if anyone wants cheap tabs I have a reliable contact. Just private message me your postcode",
        "Join our Telegram channel 'MedsDealsUK' for daily offers on muscle relaxants",
    ),
    must_not_match=(
        "Message me if you want to talk, it helps to share.",
        "Beware of sites selling baclofen without a prescription, they are scams.",
        "Please be careful of websites selling baclofen without a prescription.",
        "Somebody is selling 'b@clofen no prescription' in a Facebook group.",
        "Join our Telegram support group @msfriends, we meet every Sunday.",
    ),
    pattern=fast_compile(
        alt(
            r"\b(?:selling|i sell|we sell|for sale|available for purchase|in stock)\b"
            r"[^.!?\n]{0,40}?\b(?:baclofen|bac[a-z]{0,6}|pills|meds|tabs|tablets|muscle relaxers?|"
            r"xanax|oxys?|painkillers|generics?|capsules|caps|gummies|drops|tinctures?|oils?|"
            r"supplements?|remed(?:y|ies))\b",
            r"\b(?:distributors?|resellers?|stockists?|wholesalers|agents|sellers|affiliates) "
            r"(?:wanted|needed|required)\b",
            r"\bcash on delivery\b",
            r"\b(?:private message|pm|dm|message|inbox|text|email|send) (?:me|us) (?:your|ur) "
            r"(?:postcode|post code|zip|zip code|address|details|order)\b",
            r"\b(?:i have|i've got|ive got|i know|got) a (?:reliable|trusted|good|solid|legit|cheap|"
            r"discreet) (?:contact|source|supplier|plug|dealer|connect)\b(?=[^.!?\n]{0,60}?\b(?:"
            r"tabs|pills|meds|tablets|bac|baclofen|cheap|tenner|quid|[$\u00a3\u20ac]))"
            r"|\b(?:cheap|spare) (?:tabs|pills|meds|tablets|bac|baclofen)\b[^.!?\n]{0,30}?\b(?:i have|"
            r"i've got|ive got|got) a (?:reliable|trusted|good|solid|legit|discreet) (?:contact|"
            r"source|supplier|plug|dealer|connect)\b",
            r"\b(?:telegram|whatsapp|discord|signal) (?:channel|group|chat)\b[^.!?\n]{0,40}?\b(?:offers?|"
            r"deals?|discounts?|prices|sales?|codes?|stock)\b",
            r"\b(?:dm|pm|message|text|whatsapp|telegram|email|contact|hit up|inbox) (?:me|us)(?: up)? "
            r"(?:(?:on|via|through) (?:whatsapp|telegram|signal|wickr|kik|snap|snapchat|email) )?"
            r"(?:for|to (?:order|buy|get|purchase))\b",
            r"\b(?:dm|pm|message|text|inbox|hmu)(?: me| us)? (?:for|4) (?:the |a )?(?:link|links|"
            r"prices?|pricing|menu|list|deals?|details|info|price list)\b",
            r"\b(?:discreet|discrete|stealth) (?:shipping|packaging|delivery|packing|pack)\b",
            r"\bship(?:s|ped|ping)? (?:worldwide|discreetly|overnight|to all countries|internationally)\b",
            r"\b(?:dm|pm|message|text|inbox) (?:me|us)\b[^.!?\n]{0,15}?\bfor (?:details|info|more info|"
            r"prices|price|the link|pricing)\b",
            r"\b(?:whatsapp|telegram|wickr|signal|viber|wechat)(?: me| us)?:? ?\+?\d[\d -]{6,16}\d",
        )
    ),
    keywords=kw(
        "selling",
        "sell",
        "sale",
        "available",
        "stock",
        "dm",
        "pm",
        "message",
        "text",
        "whatsapp",
        "telegram",
        "email",
        "contact",
        "hit",
        "inbox",
        "discreet",
        "discrete",
        "stealth",
        "ship",
        "ships",
        "wickr",
        "signal",
        "viber",
        "wechat",
        "shipped",
        "shipping",
        "hmu",
        "distributors",
        "distributor",
        "resellers",
        "reseller",
        "stockists",
        "wholesalers",
        "agents",
        "sellers",
        "affiliates",
        "cash",
        "private",
        "send",
        "contact",
        "source",
        "supplier",
        "plug",
        "dealer",
        "connect",
        "discord",
        "channel",
    ),  # fmt: skip
    excludes=fast_compile(
        _SPAM_WARNING.pattern + r"|\b(?:be careful|careful of|watch out|warning|avoid|"
        r"(?:someone|somebody|people|sites|websites|scammers|they)(?: is| are| keep)? selling|"
        r"(?:keep|keeps|kept|keeping) (?:on )?selling)\b"
    ),
)

_CONTACT_CUE = fast_compile(
    r"\b(?:cheap|cheaper|cheapest|ch3ap|discount|discounts|sale|for sale|price|prices|pricing|"
    r"price list|deal|deals|offer|offers|coupon|promo|shipping|shipped|ships|delivery|"
    r"overnight|online pharmacy|drugstore|wholesale|bulk|in stock|group-buy|group buy|"
    r"buyers club|buyers group|menu|order|orders|buy|supplier|plug|vendor|discreet|discrete|"
    r"stealth|no prescription|no rx|no script|without (?:a )?prescription|pills|tabs|meds|"
    r"legit|worldwide|investment|invest|profit|crypto|bitcoin|forex|earn|income|seo|"
    r"followers|i can get (?:you|u)|can sort (?:you|u) out|hook (?:you|u) up|"
    r"(?:way |much )?(?:less|cheaper) than (?:the |your |a )?(?:chemist|pharmacy|pharmacies|doctor|"
    r"insurance|copay))\b|[$\u00a3\u20ac] ?\d"
)


_CONTACT_HINT = fast_compile(r"@|\d[\d -]{6,16}\d|[\[({]at[\])}]|\.me/")
_MESSENGERS = frozenset(
    {"whatsapp", "whats", "telegram", "tg", "wickr", "kik", "snapchat", "snap", "wechat", "viber"}
)
_PROVIDERS = frozenset(
    {"gmail", "yahoo", "hotmail", "outlook", "protonmail", "proton", "icloud", "aol", "gmx", "yandex"}
)


def _contact_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    # Every contact holds "@", a phone number, "(at)", an e-mail provider's name, a t.me link or
    # a messenger's name and a colon.
    words = doc.words
    if (
        _CONTACT_HINT.search(text) is None
        and words.isdisjoint(_PROVIDERS)
        and (":" not in text or words.isdisjoint(_MESSENGERS))
    ):
        return []
    if _SPAM_WARNING.search(text):
        return []
    hits = []
    for m in _CONTACT.finditer(text):
        if _CONTACT_CUE.search(text, max(0, m.start() - 200), min(len(text), m.end() + 200)):
            hits.append(Hit(m.start(), m.end()))
    return hits


CONTACT_SALE = Rule(
    code="contact-for-sale",
    category=CATEGORY,
    severity=3,
    description="A messenger handle, phone number or e-mail given next to selling words.",
    reason="Gives an off-forum contact (messenger, phone or e-mail) to sell something.",
    reference=None,
    must_match=(
        "ch3ap ms meds shipped worldwide, bac tiz gaba all in stock, tg @medsplug",
        "Join the Baclofen Buyers Club for group-buy pricing. Telegram: @bacbuyersclub",
        "I found a trustworthy online pharmacy with the best prices. Email me at "
        "meds.helper2024 (at) gmail for the link",
        "discreet meds, fast ship, kik: medsman22",
        "I can get you baclofen for way less than the chemist, hit me up on telegram @bacman",
        "my cousin runs a pharmacy abroad, super cheap, whatsapp him on +91 98765 43210",
    ),
    must_not_match=(
        "Join our Telegram support group @msfriends, we meet every Sunday.",
        "Got a WhatsApp from +1 555 123 4567 offering cheap baclofen, it's a scam, reported it.",
        "Email me at jane.doe@gmail.com if you want to chat about tapering.",
    ),
    finder=_contact_finder,
    whole_text=True,
    keywords=_MESSENGERS
    | _PROVIDERS
    | kw("signal", "threema", "dm", "pm", "text", "email", "contact", "message", "call", "hit"),
)

# "100 tabs $19", "x200 $35", "$0.50 per pill": a price list, when the post also asks buyers to
# get in touch or order (a member reporting what they paid is not).
PRICE_LIST = Rule(
    code="price-list",
    category=CATEGORY,
    severity=3,
    description="Quotes prices per quantity of pills and asks buyers to get in touch.",
    reason="Offers pills at a price per quantity (a seller's price list).",
    reference=None,
    must_match=(
        "bulk bac 100 tabs $19, dm 4 link",
        "100 pills of baclofen for \u00a320, dm me",
        "bac 10mg x200 $35 shipped, pm for details",
    ),
    must_not_match=(
        "I got 90 tabs for $15 with my insurance, ask about the generic.",
        "My pharmacy charges $40 for 60 tablets, message me if you know somewhere cheaper legally.",
    ),
    pattern=fast_compile(
        alt(
            r"\b\d{1,4} ?x? ?(?:tabs|pills|tablets|caps|capsules)\b(?: of [a-z]{3,12})?"
            r"(?: for| at| only| just| =|:| -|,)? ?[$\u00a3\u20ac] ?\d",
            r"\bx ?\d{2,4}\b[^.!?\n]{0,12}?[$\u00a3\u20ac] ?\d",
            r"[$\u00a3\u20ac] ?\d{1,4}(?:\.\d\d)? ?(?:/|per|a|each) ?(?:pill|tab|tablet|strip|bottle|"
            r"pack|100)\b",
        )
    ),
    keywords=kw(
        "tabs",
        "pills",
        "tablets",
        "caps",
        "capsules",
        "x",
        "pill",
        "tab",
        "tablet",
        "strip",
        "bottle",
        "pack",
    ),  # fmt: skip
    requires=fast_compile(
        r"\b(?:dm|pm|message me|text me|inbox|hmu|whatsapp|telegram|tg|wickr|kik|snap me|"
        r"email me|contact|link|order|bulk|wholesale|shipped|shipping|in stock|available|selling|"
        r"for sale)\b"
    ),
    excludes=fast_compile(
        r"\b(?:(?:i|we) (?:got|paid|pay|get|bought|was charged|were charged)|cost me|costs me|"
        r"my (?:insurance|copay|co-pay|plan|pharmacy|chemist)|copay|goodrx|with insurance)\b"
    ),
)

# Letters spelt out one by one ("b a c l o f e n", "w w w", "c o m", "o-r-d-e-r"), which
# spammers use to slip past filters.
_SPACED = fast_compile(r"(?<![a-z0-9])[a-z](?:(?: |-| ?[.:/]{1,3} ?)[a-z](?![a-z0-9])){2,60}")
_SPACED_WORD = fast_compile(
    r"www|http|com|net|bac|lioresal|order|buy|cheap|pharm|pill|meds|generic|shop|store|price|"
    r"sale|deal|rx|tabs"
)
_SPACED_LETTER = fast_compile(r"[^a-z]")
_SPACED_KEYWORDS = frozenset("bcefghjklnopqruvwxyz")


def _spaced_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    # A spelt-out word leaves at least three one-letter words (not "a", "i", or the "s", "t",
    # "m", "d" of "it's", "don't", "i'm", "i'd"); most posts have fewer, and skip the search.
    if len(doc.words & _SPACED_KEYWORDS) < 3:
        return []
    text = doc.text
    runs = []
    for m in _SPACED.finditer(text):
        if _SPACED_WORD.search(_SPACED_LETTER.sub("", m.group())):
            runs.append(m)
    if not runs:
        return []
    if len(runs) == 1 and not (_COMMERCE.search(text) or _has_url(text)):
        return []
    return [Hit(m.start(), m.end()) for m in runs]


SPACED_OUT = Rule(
    code="spaced-out-advert",
    category=CATEGORY,
    severity=2,
    description="Drug names, links or selling words spelt out letter by letter to dodge filters.",
    reason="Spells out a drug name, link or sales word letter by letter (a spam trick).",
    reference=None,
    must_match=(
        "w w w . b-a-c-l-o-f-e-n-store . c o m  —  lowest price on the web",
        "b a c l o f e n   g e n e r i c  ---  o r d e r   n o w",
        "c h e a p  baclofen, order today",
    ),
    must_not_match=(
        "I'm s o o o tired today, p l e a s e tell me this gets better.",
        "I will never take b a c l o f e n again, the withdrawal was awful.",
    ),
    finder=_spaced_finder,
    whole_text=True,
    keywords=_SPACED_KEYWORDS,
)

SEO_PROMO = Rule(
    code="self-promotion",
    category=CATEGORY,
    severity=1,
    description="Click-bait or self-promotion of a site, shop or channel.",
    reason="Promotes a site, shop or channel (click-bait).",
    reference=None,
    must_match=("Click here to see the secret doctors hate!", "link in bio for my supplement store"),
    must_not_match=("Click the bell icon on the post to follow the thread.",),
    pattern=fast_compile(
        alt(
            r"\bclick (?:here|the link|this link|below|my profile)\b",
            r"\blink in (?:my )?bio\b",
            r"\b(?:check out|visit|follow|subscribe to) (?:my|our) (?:store|shop|site|website|"
            r"channel|page|profile|link|tiktok|instagram|onlyfans|supplement\w{0,2})\b",
            r"\bsecret (?:that )?(?:doctors|pharma|big pharma) (?:hate|don't want)\b",
            r"\bone weird trick\b",
        )
    ),
    keywords=kw("click", "link", "bio", "check", "visit", "follow", "subscribe", "secret", "trick"),
)

RULES = (
    PROMO_LINK,
    NO_PRESCRIPTION,
    DISCOUNT_CODE,
    MONEY_SCHEME,
    SELLER,
    CONTACT_SALE,
    PRICE_LIST,
    SPACED_OUT,
    SEO_PROMO,
)
