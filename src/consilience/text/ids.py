"""Stable ids every stage agrees on."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence


def story_id_for(article_ids: Sequence[str]) -> str:
    """A stable story id: a hash of the story's first article id."""
    return "s_" + hashlib.sha1(article_ids[0].encode()).hexdigest()[:12]
