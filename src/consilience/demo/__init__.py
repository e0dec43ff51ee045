"""The bundled demo corpus: fictional outlets reporting fictional events.

It is written so that one run of consilience shows every kind of finding (corroboration,
single-source claims, each contradiction kind, quote fidelity, entity merging, copies and
framing) without shipping anyone's real articles.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["corpus_path"]


def corpus_path() -> Path:
    """Directory holding the demo corpus files, as installed with the package."""
    return Path(str(resources.files(__name__).joinpath("corpus")))
