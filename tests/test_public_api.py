"""The public API is what `consilience.__all__` names, and every name resolves."""

from __future__ import annotations

import consilience


def test_every_public_name_resolves() -> None:
    for name in consilience.__all__:
        assert getattr(consilience, name) is not None, name


def test_the_main_entry_points_are_public() -> None:
    assert {"analyze", "Store", "Report", "render", "validate_report"} <= set(consilience.__all__)
