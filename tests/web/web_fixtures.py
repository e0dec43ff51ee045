"""Small hand-written articles about one event, and one carrying markup."""

from __future__ import annotations

from consilience.ingest.article import make_article
from consilience.model import Article

TEXTS = {
    "Harbour Times": (
        "Port workers strike over pay",
        "Dock workers at the port of Brenton walked out on Monday in a dispute over pay. "
        "About 1,200 workers joined the strike, the union said. "
        '"We will not return until the offer is fair," said union leader Maria Alvarez. '
        "The port handles a third of the region's freight.",
    ),
    "Coastal Post": (
        "Brenton dock strike halts freight",
        "Workers at the port of Brenton went on strike on Monday over pay. "
        "About 3,000 workers joined the strike, according to the port authority. "
        '"We will never return until the offer is generous," union leader Maria Alvarez said. '
        "Freight traffic was halted across the region.",
    ),
    "Daily Ledger": (
        "Strike at Brenton port enters first day",
        "Dock workers at the port of Brenton began a strike on Monday in a dispute over pay. "
        "About 1,200 workers joined the strike, the union said. "
        '"We will not return until the offer is fair," Maria Alvarez told reporters. '
        "Talks are scheduled for Thursday.",
    ),
}
XSS = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 1">'


def articles() -> list[Article]:
    return [
        make_article(source, source=source, title=title, text=text, published="2025-03-03")
        for source, (title, text) in TEXTS.items()
    ]


def xss_article() -> Article:
    return make_article(
        "xss",
        source="Evil Outlet",
        title=f"Title {XSS}",
        text=f"The strike at Brenton port went on. {XSS} Dock workers said so on Monday.",
    )
