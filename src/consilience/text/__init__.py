"""Shared text knowledge: word lists and small text helpers every stage may use.

This is the bottom layer beside `consilience.model`: it imports nothing from the
stages, and each word list is defined once, as a data file in `consilience/data/`.
"""

from consilience.text.lexicon import word_list
from consilience.text.tables import name_table

__all__ = ["name_table", "word_list"]
