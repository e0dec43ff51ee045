"""consilience: cross-check the news, claim by claim, across outlets."""

from consilience.engines import LocalEngine, make_engine
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
from consilience.pipeline import analyze, group_stories
from consilience.report import render, report_to_dict, validate_report
from consilience.store import Store

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
    "LocalEngine",
    "ModelError",
    "Quote",
    "QuoteVariant",
    "Report",
    "ReportError",
    "Store",
    "StoreError",
    "Story",
    "__version__",
    "analyze",
    "group_stories",
    "make_engine",
    "render",
    "report_to_dict",
    "validate_report",
]
