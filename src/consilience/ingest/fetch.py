"""Fetching over HTTP: timeouts, a size cap, few redirects, retries with backoff.

One `Fetcher` wraps one httpx client (connections are reused between requests). Every
failure becomes an InputError naming the URL, so one bad URL never stops the others.
"""

from __future__ import annotations

import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from types import TracebackType

import httpx

from consilience.errors import InputError

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
"""Answers that say "try again later"; any other error status is final."""
ENCODINGS = {"gzip": zlib.MAX_WBITS | 32, "deflate": zlib.MAX_WBITS | 32}
"""Content-Encodings we undo ourselves (zlib window bits; +32 reads a gzip or zlib header),
so the size cap counts inflated bytes a piece at a time."""
PIECE = 64 * 1024
"""Most bytes one step of inflating may produce: a compressed bomb stays this far ahead."""


def user_agent() -> str:
    """Says who is fetching, so a site can tell consilience from a browser."""
    try:
        release = version("consilience")
    except PackageNotFoundError:
        release = "dev"
    return f"consilience/{release} (news cross-checker; +https://github.com/consilience)"


@dataclass(frozen=True)
class FetchSettings:
    """Limits of every request; tests shorten them."""

    timeout: float = 15.0
    """Seconds to connect, or to wait for the next bytes."""
    deadline: float = 60.0
    """Seconds for a whole response: a server dripping bytes is cut off."""
    max_bytes: int = 10 * 2**20
    max_redirects: int = 5
    retries: int = 2
    backoff: float = 1.0
    """Seconds before the first retry; doubled before each next one."""


@dataclass(frozen=True)
class Fetched:
    """A response: 200 with its body, or 304 (not modified) with none."""

    url: str
    status: int
    content: bytes
    content_type: str
    etag: str | None
    last_modified: str | None

    @property
    def charset(self) -> str | None:
        """The charset the Content-Type header declares, if any."""
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.partition("=")
            if key.strip().lower() == "charset" and value.strip():
                return value.strip().strip("\"'")
        return None


class Fetcher:
    """GETs URLs within `FetchSettings`; counts the seconds spent waiting on the network."""

    def __init__(
        self, settings: FetchSettings | None = None, transport: httpx.BaseTransport | None = None
    ) -> None:
        self.settings = settings or FetchSettings()
        self.network_seconds = 0.0
        self._client = httpx.Client(
            follow_redirects=True,
            max_redirects=self.settings.max_redirects,
            timeout=self.settings.timeout,
            headers={"User-Agent": user_agent(), "Accept-Encoding": ", ".join(ENCODINGS)},
            transport=transport,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc_value: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def get(self, url: str, etag: str | None = None, last_modified: str | None = None) -> Fetched:
        """The response to a (conditional) GET, retried on network errors and 5xx answers."""
        headers = {"If-None-Match": etag} if etag else {}
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        attempt = 0
        while True:
            started = time.perf_counter()
            try:
                return self._get(url, headers)
            except _Retryable as error:
                if attempt >= self.settings.retries:
                    raise InputError(url, str(error)) from error
            finally:
                self.network_seconds += time.perf_counter() - started
            time.sleep(self.settings.backoff * 2**attempt)
            attempt += 1

    def _get(self, url: str, headers: dict[str, str]) -> Fetched:
        try:
            with self._client.stream("GET", url, headers=headers) as response:
                if response.status_code in RETRY_STATUSES:
                    raise _Retryable(f"the server answered {response.status_code}")
                if response.status_code not in (200, 304):
                    raise InputError(url, f"the server answered {response.status_code}")
                content = self._read(url, response) if response.status_code == 200 else b""
        except httpx.TooManyRedirects as error:
            limit = self.settings.max_redirects
            raise InputError(url, f"more than {limit} redirects (a redirect loop?)") from error
        except httpx.TimeoutException as error:
            raise _Retryable(f"timed out after {self.settings.timeout:g} s") from error
        except httpx.TransportError as error:
            raise _Retryable(f"cannot connect ({error})") from error
        except httpx.InvalidURL as error:
            raise InputError(url, f"not a valid URL ({error})") from error
        return Fetched(
            url=str(response.url),
            status=response.status_code,
            content=content,
            content_type=response.headers.get("content-type", ""),
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )

    def _read(self, url: str, response: httpx.Response) -> bytes:
        """The body, refused as soon as it passes the size cap (whatever the headers said),
        counting inflated bytes: httpx would inflate a whole network read at once."""
        limit = self.settings.max_bytes
        ends = time.monotonic() + self.settings.deadline
        declared = response.headers.get("content-length", "")
        too_big = InputError(url, f"response is over the {limit / 2**20:g} MB limit")
        if declared.isdigit() and int(declared) > limit:
            raise too_big
        chunks: list[bytes] = []
        size = 0
        encoding = response.headers.get("content-encoding", "")
        for chunk in _inflated(url, encoding, response.iter_raw()):
            size += len(chunk)
            if size > limit:
                raise too_big
            if time.monotonic() > ends:
                raise InputError(url, f"no complete answer within {self.settings.deadline:g} s")
            chunks.append(chunk)
        return b"".join(chunks)


def _inflated(url: str, encoding: str, raw: Iterator[bytes]) -> Iterator[bytes]:
    """The body with its Content-Encoding undone, at most `PIECE` bytes per step."""
    coding = encoding.strip().lower()
    if coding in ("", "identity"):
        yield from raw
        return
    if coding not in ENCODINGS:
        raise InputError(url, f"unsupported content encoding {encoding!r}")
    inflater = zlib.decompressobj(ENCODINGS[coding])
    try:
        for data in raw:
            while data and not inflater.eof:
                yield inflater.decompress(data, PIECE)
                data = inflater.unconsumed_tail
        yield inflater.flush()
    except zlib.error as error:
        raise InputError(url, f"cannot decompress the {coding} body ({error})") from error


class _Retryable(Exception):
    """A failure worth another try: the network, or a server saying "later"."""
