"""The Ray Data engine gives exactly the local engine's report (local Ray, 2 CPUs)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from consilience import analyze
from consilience.demo import corpus_path
from consilience.engines import LocalEngine
from consilience.nlp.models import Models
from consilience.report import report_to_dict

ray = pytest.importorskip("ray", reason="Ray is an optional extra: pip install 'consilience[ray]'")


@pytest.fixture(scope="module")
def ray_engine() -> Iterator[Any]:
    from consilience.engines.ray import RayEngine

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield RayEngine()
    ray.shutdown()


def _without_time(report: dict[str, Any]) -> dict[str, Any]:
    report.pop("generated_at")
    return report


def test_ray_engine_matches_local_engine_on_the_demo_corpus(
    ray_engine: Any, models: Models, tmp_path: Path
) -> None:
    corpus = [str(corpus_path())]
    on_ray = report_to_dict(analyze(corpus, db=tmp_path / "ray.db", engine=ray_engine).report)
    local = analyze(corpus, db=tmp_path / "local.db", engine=LocalEngine(models)).report
    local = report_to_dict(local)
    assert len(on_ray["stories"]) == len(local["stories"]) > 1
    assert _without_time(on_ray) == _without_time(local)
