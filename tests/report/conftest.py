"""The hand-built report of ``report_fixtures`` as a fixture."""

from __future__ import annotations

import pytest
from report_fixtures import STRIKE, make_report

from consilience.model import Report


@pytest.fixture
def report() -> Report:
    return make_report(STRIKE)
