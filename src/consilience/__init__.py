"""consilience: cross-check the news, claim by claim, across outlets."""

from consilience.errors import ConsilienceError, InputError, ModelError, ReportError, StoreError
from consilience.model import (
    AnnotatedArticle,
    Article,
    BriefSentence,
    Claim,
    Contradiction,
    Entity,
    Evidence,
    Quote,
    QuoteVariant,
    Report,
    Story,
)

__version__ = "0.1.0"

__all__ = [
    "AnnotatedArticle",
    "Article",
    "BriefSentence",
    "Claim",
    "ConsilienceError",
    "Contradiction",
    "Entity",
    "Evidence",
    "InputError",
    "ModelError",
    "Quote",
    "QuoteVariant",
    "Report",
    "ReportError",
    "StoreError",
    "Story",
    "__version__",
]
