"""Number words: cardinals ("fifteen", "a dozen") and ordinals ("third") with their values."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from consilience.text.lexicon import word_values

CARDINALS: Mapping[str, int] = MappingProxyType(word_values("cardinals"))
ORDINALS: Mapping[str, int] = MappingProxyType(word_values("ordinals"))
