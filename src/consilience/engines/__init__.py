"""Engines run the same stage functions in process (local) or on Ray Data (ray)."""

from __future__ import annotations

from typing import Literal

from consilience.engines.base import Engine, StoryJob
from consilience.engines.local import LocalEngine
from consilience.nlp import Models, shared_models

EngineName = Literal["local", "ray"]

__all__ = ["Engine", "EngineName", "LocalEngine", "StoryJob", "make_engine"]


def make_engine(
    name: EngineName = "local", *, models: Models | None = None, ray_address: str | None = None
) -> Engine:
    """The engine a command asked for; Ray is imported only when chosen."""
    if name == "ray":
        from consilience.engines.ray import RayEngine

        return RayEngine(address=ray_address)
    return LocalEngine(models or shared_models())
