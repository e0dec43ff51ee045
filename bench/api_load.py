"""Load: concurrent clients reading story pages and the API of a real `consilience serve`.

    python bench/api_load.py --db STORE [--clients 50] [--seconds 60] [--workers 1]

STORE is a filled store (e.g. 1,000 articles analysed with `consilience analyze`: ECB+
dev and 228 PolNeAR articles with ``publisher`` as ``source`` give 980 articles in 283
stories, about 25 minutes on the shared machine); it is copied to a temporary folder and
served there by `consilience serve` on 127.0.0.1. Each client keeps one HTTP/1.1
connection alive and loops over the story list, story pages, article pages and their API
twins, picked at random (seeded). Prints p50/p95/p99 latency, requests per second,
errors (5xx apart) and the server's resident memory over time (all its processes,
with ``--workers N``).
Goals: no 5xx, p95 < 300 ms on 2 cores, memory flat.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import httpx

from consilience.store import Store


@dataclass
class Tally:
    """What the clients saw: latencies of good answers, status codes of the others."""

    latencies: list[float] = field(default_factory=list)
    by_kind: dict[str, list[float]] = field(default_factory=dict)
    failures: dict[str, int] = field(default_factory=dict)

    def fail(self, why: str) -> None:
        self.failures[why] = self.failures.get(why, 0) + 1


def paths(store: Store, rng: random.Random, sample: int = 200) -> list[str]:
    """The pages and API answers a reader asks for, over a sample of stories and articles."""
    assignments = store.load_assignments()
    stories = sorted(set(assignments.values()))
    articles = sorted(assignments)
    chosen = rng.sample(stories, min(sample, len(stories)))
    read = rng.sample(articles, min(sample, len(articles)))
    return [
        "/",
        "/api/stories",
        *(f"/stories/{s}" for s in chosen),
        *(f"/api/stories/{s}" for s in chosen),
        *(f"/articles/{a}" for a in read),
        *(f"/api/articles/{a}" for a in read),
    ]


def kind(url: str) -> str:
    """The page a path shows: "/stories/{id}" and the like."""
    parts = url.split("/")
    return "/".join(parts[:-1]) + "/{id}" if len(parts) > 2 and parts[-2] != "api" else url


def rss_mb(pid: int) -> float:
    """Resident memory of a process and its children (the workers), from /proc."""
    total = 0.0
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            fields = dict(line.split(":", 1) for line in status.read_text().splitlines())
        except (OSError, ValueError):
            continue
        if status.parent.name == str(pid) or fields.get("PPid", "").strip() == str(pid):
            total += int(fields.get("VmRSS", "0 kB").split()[0]) / 1024
    return total


class Connection:
    """One kept-alive HTTP/1.1 connection speaking just enough to GET: a client costing
    little CPU, since the load generator shares the cores with the server it measures."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, path: str) -> int:
        """The status of ``GET path``; the body is read and dropped."""
        if self.streams is None:
            self.streams = await asyncio.open_connection("127.0.0.1", self.port)
        reader, writer = self.streams
        writer.write(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{self.port}\r\n\r\n".encode())
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower()
        fields = dict(line.split(": ", 1) for line in head.split("\r\n")[1:] if ": " in line)
        await reader.readexactly(int(fields["content-length"]))
        if fields.get("connection") == "close":
            self.close()
        return int(head.split(" ", 2)[1])

    def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def client(port: int, urls: list[str], seed: int, until: float, tally: Tally) -> None:
    rng = random.Random(seed)
    connection = Connection(port)
    while time.monotonic() < until:
        url = rng.choice(urls)
        start = time.perf_counter()
        try:
            status = await asyncio.wait_for(connection.get(url), 60)
        except (OSError, EOFError, TimeoutError, KeyError, ValueError) as error:
            tally.fail(type(error).__name__)
            connection.close()
            continue
        if status == 200:
            took = time.perf_counter() - start
            tally.latencies.append(took)
            tally.by_kind.setdefault(kind(url), []).append(took)
        else:
            tally.fail(str(status))
    connection.close()


async def watch(pid: int, until: float, samples: list[float]) -> None:
    while time.monotonic() < until:
        samples.append(rss_mb(pid))
        await asyncio.sleep(1)


async def load(port: int, urls: list[str], pid: int, clients: int, seconds: float) -> None:
    tally = Tally()
    memory: list[float] = []
    until = time.monotonic() + seconds
    started = time.monotonic()
    await asyncio.gather(
        watch(pid, until, memory), *(client(port, urls, n, until, tally) for n in range(clients))
    )
    elapsed = time.monotonic() - started
    report(tally, memory, clients, elapsed)


def report(tally: Tally, memory: list[float], clients: int, elapsed: float) -> None:
    done = tally.latencies
    cuts = statistics.quantiles(done, n=100) if len(done) > 1 else [0.0] * 99
    tried = len(done) + sum(tally.failures.values())
    server_errors = sum(n for code, n in tally.failures.items() if code.startswith("5"))
    thirds = [memory[i * len(memory) // 3] for i in range(3)] + [memory[-1]] if memory else []
    print(f"{clients} clients, {elapsed:.0f} s: {tried} requests, {tried / elapsed:.1f} req/s")
    print(
        f"latency p50 {cuts[49] * 1000:.0f} ms, p95 {cuts[94] * 1000:.0f} ms, "
        f"p99 {cuts[98] * 1000:.0f} ms (goal p95 < 300 ms)"
    )
    for name, times in sorted(tally.by_kind.items()):
        slow = sorted(times)[int(len(times) * 0.95)]
        print(f"  {name}: {len(times)} answers, p95 {slow * 1000:.0f} ms")
    print(f"errors: {dict(tally.failures) or 'none'}; 5xx: {server_errors}")
    print("server RSS MB at 0, 1/3, 2/3, end: " + ", ".join(f"{m:.0f}" for m in thirds))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int, workers: int) -> subprocess.Popen[bytes]:
    """`consilience serve` on 127.0.0.1, once it answers."""
    command = [str(Path(sys.executable).parent / "consilience"), "serve", "--db", str(db)]
    server = subprocess.Popen(
        [*command, "--port", str(port), "--workers", str(workers)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(600):
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=60).raise_for_status()
            return server
        except httpx.HTTPError:
            time.sleep(0.5)
    server.kill()
    raise SystemExit("the server did not start")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a filled SQLite store")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--workers", type=int, default=1, help="server processes")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "load.db"
        shutil.copy(args.db, db)
        with Store(db) as store:
            urls = paths(store, random.Random(0))
            print(f"store: {store.article_count()} articles; {len(urls)} distinct paths")
        port = free_port()
        server = start_server(db, port, args.workers)
        try:
            asyncio.run(load(port, urls, server.pid, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(30)


if __name__ == "__main__":
    main()
