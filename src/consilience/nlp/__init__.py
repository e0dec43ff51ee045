"""Language analysis: spaCy and ONNX sentence embeddings, loaded offline, batched."""

from consilience.nlp.annotate import annotate, annotate_batches, annotate_stream
from consilience.nlp.models import Models, describe_models, load_embedder, load_spacy, shared_models

__all__ = [
    "Models",
    "annotate",
    "annotate_batches",
    "annotate_stream",
    "describe_models",
    "load_embedder",
    "load_spacy",
    "shared_models",
]
