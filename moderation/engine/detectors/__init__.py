"""Built-in detectors, one module per category (dose arithmetic has its own)."""

from . import abuse, conspiracy, dangerous, dose, learned, misinformation, spam, supervision

ALL_RULES = (
    *dangerous.RULES,
    *supervision.RULES,
    *dose.RULES,
    *misinformation.RULES,
    *conspiracy.RULES,
    *spam.RULES,
    *abuse.RULES,
    *learned.RULES,
)

__all__ = ["ALL_RULES"]
