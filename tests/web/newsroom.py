"""A store of hand-made stories written straight through the store API (no model run),
and a server for it in a thread, for the list, search, entity and export tests."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn
from fastapi import FastAPI

from consilience.model import (
    Article,
    Claim,
    Contradiction,
    Entity,
    Evidence,
    Quote,
    QuoteVariant,
    Story,
)
from consilience.store import Store

LEADER = Entity("e_leader", "Muammar Gaddafi", "PERSON", ("Moammar Qaddafi",), ("g1", "g2"), 4)
STORY_COUNT = 12


def _evidence(article: Article) -> Evidence:
    end = article.text.index(".") + 1
    return Evidence(article.id, article.text[:end], 0, end)


def fill(store: Store) -> None:
    """Two outlets' story about a speech (two spellings of one name), and filler stories."""
    speech = [
        Article(
            "g1",
            "Desert Herald",
            "Gaddafi speaks in Sirte",
            None,
            "2025-05-02",
            "en",
            'Gaddafi spoke in Sirte. "We will never leave," he said.',
        ),
        Article(
            "g2",
            "=Wire Daily",
            "Qaddafi vows to stay",
            None,
            "2025-05-03",
            "en",
            'Qaddafi spoke in Sirte on Friday. "We shall never leave," he said.',
        ),
    ]
    fillers = [
        Article(
            f"f{n}",
            f"Outlet {n % 3}",
            f"Harvest report number {n}",
            None,
            f"2025-04-{n + 1:02}",
            "en",
            f"Farmers counted {n} tonnes of grain. It rained.",
        )
        for n in range(STORY_COUNT - 1)
    ]
    store.add_articles([*speech, *fillers])
    a, b = (_evidence(x) for x in speech)
    quote = Quote(
        "q1",
        "Muammar Gaddafi",
        LEADER.id,
        "We will never leave",
        (
            QuoteVariant("g1", "We will never leave", 25, 44, "verbatim", 1.0),
            QuoteVariant("g2", "We shall never leave", 35, 55, "minor_edit", 0.9),
        ),
    )
    store.save_story(
        Story(
            "s_speech",
            "Gaddafi speaks in Sirte",
            ("g1", "g2"),
            2,
            (Claim("c1", a.text, "corroborated", (a, b), (), 2),),
            (Contradiction("x1", "date", a, b, "The outlets give different days."),),
            (quote,),
            (LEADER,),
            (),
        ),
        "1",
    )
    for article in fillers:
        evidence = _evidence(article)
        claim = Claim(f"c_{article.id}", evidence.text, "single_source", (evidence,), (), 1)
        story = Story(
            f"s_{article.id}", article.title or "", (article.id,), 1, (claim,), (), (), (), ()
        )
        store.save_story(story, "1")


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn in a thread on a free local port; its base URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = int(sock.getsockname()[1])
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(10)
