"""Two outlets carrying one AP story, each edited its own way, are one independent source."""

from __future__ import annotations

from pathlib import Path

from consilience.engines import LocalEngine
from consilience.nlp.models import Models
from consilience.pipeline import analyze
from consilience.store import Store

DAILY = (
    "PORTVILLE, Maine (AP) — The harbour authority of Portville opened its new deep-water "
    "pier on Tuesday after two years of construction.\n\n"
    "The pier cost 48 million dollars and can take ships of up to 300 meters, the authority "
    "said.\n\nMayor Ann Lee said the project would bring hundreds of jobs to the town."
)
HERALD = (
    "PORTVILLE (AP) — Portville's harbour authority has opened a new deep-water pier after "
    "two years of building work.\n\nThe authority said the pier, which can take ships of up "
    "to 300 meters, cost 48 million dollars.\n\nFishermen worry about the noise from the "
    "construction site, which will close next month."
)
TRIBUNE = (
    "Our reporter was in Portville on Tuesday when the harbour authority opened its new "
    "deep-water pier after two years of construction.\n\nOfficials said the pier cost 48 "
    "million dollars and can take ships of up to 300 meters."
)


def test_same_wire_counts_once_in_the_story_and_in_every_claim(
    tmp_path: Path, models: Models
) -> None:
    for name, text in (("daily", DAILY), ("herald", HERALD), ("tribune", TRIBUNE)):
        (tmp_path / f"{name}.txt").write_text(text)
    with Store(tmp_path / "c.db") as store:
        report = analyze([str(tmp_path)], store=store, engine=LocalEngine(models)).report
    origins = {a.source: a.origin for a in report.articles}
    assert origins == {"daily": "AP", "herald": "AP", "tribune": None}
    (story,) = report.stories
    assert story.independent_source_count == 2
    wire = {a.id for a in report.articles if a.origin == "AP"}
    both = [c for c in story.claims if wire <= {e.article_id for e in c.support}]
    assert both, "the two AP versions share at least one claim"
    for claim in story.claims:
        outlets = {e.article_id for e in claim.support}
        assert claim.independent_support == len(outlets - wire) + bool(outlets & wire)
        assert claim.provenance is not None
    carried = [c for claim in both for c in claim.provenance.carried]  # type: ignore[union-attr]
    assert {c.how for c in carried} == {"same_origin"}
