"""Sentence embeddings from the int8 all-MiniLM-L6-v2 ONNX model, run by onnxruntime.

The packaged tokenizer pads every input to 128 tokens; we pad to the longest input of
each batch instead and mean-pool with the attention mask, or unrelated sentences look
alike. Rows are L2-normalised so a dot product is the cosine similarity.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

import numpy as np
import onnxruntime as ort
from tokenizers import Tokenizer

from consilience.model import Vector

DIMENSIONS = 384
MAX_TOKENS = 256


class Embedder(Protocol):
    """What the pipeline needs of a sentence embedder: one normalised row per text.

    The ONNX model is the one in use; tests of rules pass a small deterministic fake.
    """

    def encode(self, texts: Sequence[str]) -> Vector:
        """One L2-normalised ``DIMENSIONS``-wide row per text, in the order given."""
        ...


class OnnxEmbedder:
    """Encodes sentences into normalised 384-dimensional vectors, in batches."""

    def __init__(self, model_file: Path, tokenizer_file: Path, threads: int = 0) -> None:
        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        # Idle worker threads sleep instead of spinning: the next batch is parsed beside the
        # encoder (`annotate_batches`), and spinning threads would take its core.
        options.add_session_config_entry("session.intra_op.allow_spinning", "0")
        options.log_severity_level = 3
        self.session = ort.InferenceSession(
            str(model_file), sess_options=options, providers=["CPUExecutionProvider"]
        )
        self.tokenizer = Tokenizer.from_file(str(tokenizer_file))
        self.tokenizer.no_padding()
        self.tokenizer.enable_truncation(max_length=MAX_TOKENS)
        self.tokenizer.enable_padding(pad_id=0, pad_token="[PAD]")
        self.input_names = {i.name for i in self.session.get_inputs()}

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> Vector:
        """Return one normalised row per text (texts sorted by length for tight batches)."""
        out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
        for first in range(0, len(order), batch_size):
            chunk = order[first : first + batch_size]
            out[chunk] = self._encode_batch([texts[i] for i in chunk])
        return out

    def _encode_batch(self, texts: list[str]) -> Vector:
        encodings = self.tokenizer.encode_batch(texts)
        ids = np.array([e.ids for e in encodings], dtype=np.int64)
        mask = np.array([e.attention_mask for e in encodings], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": mask}
        if "token_type_ids" in self.input_names:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden: Vector = np.asarray(self.session.run(["last_hidden_state"], feeds)[0])
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.maximum(weights.sum(axis=1), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        normalised: Vector = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return normalised
