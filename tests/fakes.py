"""Small deterministic stand-ins for the language models, for tests of rules.

A rule's test needs an embedder whose similarities follow the words, not the real
ONNX model: the fake hashes each word into one of the model's dimensions, so texts
sharing most words have a high cosine and texts sharing none have zero.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence

import numpy as np

from consilience.model import Vector
from consilience.nlp.embed import DIMENSIONS, Embedder

WORD = re.compile(r"\w+")


class HashEmbedder:
    """A bag-of-words embedder: each word adds one to its hashed dimension."""

    def encode(self, texts: Sequence[str]) -> Vector:
        rows = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in WORD.findall(text.lower()):
                rows[row, zlib.crc32(word.encode()) % DIMENSIONS] += 1.0
        norms = np.linalg.norm(rows, axis=1, keepdims=True)
        normalised: Vector = rows / np.maximum(norms, 1e-12)
        return normalised


def hash_embedder() -> Embedder:
    """The fake, typed as the protocol the pipeline asks for."""
    return HashEmbedder()
