"""The web app and REST API: server-rendered pages over the store, JSON under /api/."""

from consilience.web.app import create_app

__all__ = ["create_app"]
