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

_TLD = alt(
    "com", "net", "org", "biz", "info", "io", "co", "shop", "store", "online", "site", "xyz",
    "top", "ru", "cn", "in", "pharmacy", "club", "me", "us", "uk", "ly", "gl", "cc", "to", "ws",
    "app", "eu", "de", "ca", "au", "ie", "nz", "health", "care", "link", "live", "pro", "vip",
    "win", "bid", "tk", "ml", "ga", "cf", "gq", "su", "pw", "fun", "space", "website", "rx",
    "mx", "tv",
)  # fmt: skip
# Bare domains (no scheme, no "www.") only count with these endings, so that a missing space
# after a full stop ("dose.in the morning") is not read as a link.
_BARE_TLD = alt(
    "com", "net", "org", "biz", "info", "io", "shop", "store", "online", "site", "xyz", "top",
    "ru", "cn", "pharmacy", "club", "ly", "cc", "ws", "app", "health", "care", "link", "live",
    "pro", "vip", "tk", "su", "pw", "website", "rx", "tv", "co\\.uk",
)  # fmt: skip
_URL = fast_compile(
    r"(?:https?://|www\.)(?P<host1>[a-z0-9.-]{1,120})[^\s<>()\[\]\"']{0,300}"
    r"|(?<![a-z0-9@.-])(?P<host2>[a-z0-9][a-z0-9.-]{0,80}\." + _BARE_TLD + r")\b(?![.-][a-z0-9])"
    r"(?:/[^\s<>()\[\]\"']{0,300})?"
    r"|(?P<host3>\b[a-z0-9-]{2,40}) ?(?:\(dot\)|\[dot\]|\{dot\}|\[\.\]|\(\.\)|dot) ?" + _TLD + r"\b"
)
# Every _URL match contains one of these (a scheme or "www.", a bare domain's ".tld", or an
# obfuscated dot). It starts with a literal, so the regex engine finds it fast: a post without
# one has no link and the full pattern is not run at all.
_URL_HINT = fast_compile(r"https?://|www\.|\." + _BARE_TLD + r"\b|dot|\[\.\]|\(\.\)")


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
    r"tabs|generic|cure|health-?store|seo|forex|trade|invest|profit|bonus"
)
_COMMERCE = fast_compile(
    r"\b(?:buy|buying|order|ordering|purchase|cheap|cheaper|cheapest|discount|discounts|sale|"
    r"price|prices|pricing|deal|deals|offer|offers|coupon|promo|shipping|delivery|delivered|"
    r"overnight|pharmacy|pharmacies|drugstore|no prescription|without prescription|"
    r"without a prescription|no rx|no script|shop|store|visit|check out|click|clicking|sign up|"
    r"subscribe|earn|profit|invest|investment|crypto|bitcoin|btc|forex|casino|bet|betting|loan|"
    r"loans|seo|backlinks?|followers|dm|whatsapp|telegram|wickr|kik|wholesale|bulk|in stock|"
    r"for sale|best price|lowest price|guaranteed|limited|hurry|today only|free trial|"
    r"100% legit|legit)\b|[$\u00a3\u20ac] ?\d"
)
_CONTACT = fast_compile(
    r"\b(?:whatsapp|telegram|wickr|signal|kik|snapchat|snap|wechat|viber|dm|pm|text|email|"
    r"contact|message|call|hit)(?: me| us)?(?: up)?(?: on| at| @|:)? ?(?:\+?\d[\d -]{6,16}\d|"
    r"@[a-z0-9_]{3,30}|[a-z0-9._-]{1,40}@[a-z0-9.-]{2,40}\.[a-z]{2,6})"
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
        host = m.group("host1") or m.group("host2") or m.group("host3") or ""
        if m.group("host3") is None and _domain_allowed(host):
            continue
        if m.group("host3") is not None or _SHOPPY_DOMAIN.search(host):
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
    ),
    must_not_match=(
        "The NHS page explains tapering well: https://www.nhs.uk/medicines/baclofen/",
        "MedlinePlus has the dosing info: medlineplus.gov/druginfo/meds/a682530.html",
        "I wrote about my first year on it at https://myjourney.blogspot.com",
    ),
    finder=_link_finder,
    whole_text=True,
    keywords=kw("http", "https", "www", "dot", "com", "net", "org", "biz", "info", "io", "shop",
                "store", "online", "site", "xyz", "top", "ru", "cn", "pharmacy", "club", "ly", "cc",
                "ws", "app", "health", "care", "link", "live", "pro", "vip", "tk", "su", "pw",
                "website", "rx", "tv", "uk"),  # fmt: skip
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
    r"shop|store|wholesale|bulk|in stock|for sale|guaranteed|legit|whatsapp|telegram|wickr|dm|"
    r"pm me|contact us|contact me|worldwide|discreet|discrete)\b|[$\u00a3\u20ac] ?\d"
)


def _no_prescription_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    hits = []
    # Every match holds one of the rule's keywords and stays inside a sentence, so searching
    # the keyword sentences finds exactly the matches a search of the whole text would.
    for m in iter_matches(_NO_RX_RX, text, spans):
        rest = text[: m.start()] + " " + text[m.end() :]
        if (
            _SALES.search(rest)
            or _CONTACT.search(rest)
            or _has_url(rest)
        ):
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
    must_match=("Use code SPASM20 for 20% off your first order!", "limited time offer, free shipping"),
    must_not_match=("My pharmacy gave me a leaflet about the side effects.",),
    pattern=fast_compile(
        r"\b"
        + alt(
            r"(?:promo|discount|coupon|voucher|referral|affiliate) (?:code|link)s?",
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
    keywords=kw("promo", "discount", "coupon", "voucher", "referral", "affiliate", "code", "off",
                "shipping", "offer", "buy", "today", "order", "stocks"),  # fmt: skip
)

_MONEY_SCHEME = fast_compile(
    r"\b"
    + alt(
        r"crypto(?:currency|currencies)?", r"bitcoin", r"btc", r"ethereum", r"forex",
        r"nfts?", r"binary options", r"trading bot", r"passive income", r"online casino", r"casino",
        r"sports betting", r"payday loans?", r"make money (?:fast|online|from home)",
        r"work from home", r"earn \$?\d{2,6}", r"(?:make|earn) money",
        r"investment (?:opportunity|platform|manager)",
        r"account manager", r"financial freedom", r"onlyfans", r"escorts?", r"hot singles",
        r"seo services", r"backlinks", r"buy followers", r"get rich",
    )  # fmt: skip
    + r"\b"
)
_SOLICIT = fast_compile(
    r"\b(?:dm|pm|whatsapp|telegram|contact|join|invest|sign up|link|click|message|earn|profit|"
    r"returns|email|text|visit|check out|inbox|reach out|mentor|guaranteed)\b|[$\u00a3\u20ac] ?\d|"
    r"https?://|www\."
)


def _money_finder(doc: Doc, limits: DoseLimits, spans: Spans) -> list[Hit]:
    text = doc.text
    hits = [Hit(m.start(), m.end()) for m in _MONEY_SCHEME.finditer(text)]
    if "$$" in doc.source:
        hits.extend(Hit(m.start(), m.end()) for m in _MONEY_SIGNS.finditer(doc.source.lower()))
    if not hits or not _SOLICIT.search(text):
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
    ),
    must_not_match=("Lost half my savings in crypto last year, stress makes my spasms worse.",),
    finder=_money_finder,
    whole_text=True,
    keywords=kw("crypto", "cryptocurrency", "bitcoin", "btc", "ethereum", "forex", "nft", "nfts",
                "binary", "trading", "passive", "casino", "betting", "payday", "money", "work",
                "earn", "investment", "account", "financial", "onlyfans", "escort", "escorts",
                "singles", "seo", "backlinks", "followers", "rich"),  # fmt: skip
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
    ),
    must_not_match=("Message me if you want to talk, it helps to share.",),
    pattern=fast_compile(
        alt(
            r"\b(?:selling|i sell|we sell|for sale|available for purchase|in stock)\b"
            r"[^.!?\n]{0,20}?\b(?:baclofen|bac[a-z]{0,6}|pills|meds|tabs|tablets|muscle relaxers?|"
            r"xanax|oxys?|painkillers|generics?)\b",
            r"\b(?:dm|pm|message|text|whatsapp|telegram|email|contact|hit up|inbox) (?:me|us)(?: up)? "
            r"(?:for|to (?:order|buy|get|purchase))\b",
            r"\b(?:discreet|discrete|stealth) (?:shipping|packaging|delivery|packing)\b",
            r"\bships? (?:worldwide|discreetly|overnight|to all countries)\b",
            r"\b(?:dm|pm|message|text|inbox) (?:me|us)\b[^.!?\n]{0,15}?\bfor (?:details|info|more info|"
            r"prices|price|the link|pricing)\b",
            r"\b(?:whatsapp|telegram|wickr|signal|viber|wechat)(?: me| us)?:? ?\+?\d[\d -]{6,16}\d",
        )
    ),
    keywords=kw("selling", "sell", "sale", "available", "stock", "dm", "pm", "message", "text",
                "whatsapp", "telegram", "email", "contact", "hit", "inbox", "discreet",
                "discrete", "stealth", "ship", "ships", "wickr", "signal", "viber", "wechat"),  # fmt: skip
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

RULES = (PROMO_LINK, NO_PRESCRIPTION, DISCOUNT_CODE, MONEY_SCHEME, SELLER, SEO_PROMO)
