"""consilience: cross-check the news, claim by claim, across outlets."""

from consilience.api import (
    Analysis,
    LocalEngine,
    analyze,
    build_report,
    check_models,
    group_stories,
    make_article,
    make_engine,
    store_inputs,
    story_report,
)
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
from consilience.report import render, report_to_dict, validate_report
from consilience.store import Store

__version__ = "0.1.0"

__all__ = [
    "Analysis",
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
    "build_report",
    "check_models",
    "group_stories",
    "make_article",
    "make_engine",
    "render",
    "report_to_dict",
    "store_inputs",
    "story_report",
    "validate_report",
]
