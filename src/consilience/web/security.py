"""Who may write, how much a request may send, how much analysis runs at once.

Three ASGI middlewares, outermost first: `Guard` (credentials and security headers),
`BodyLimit` (counts the bytes actually received, chunked included, and stops at the
limit) and `AnalysisGate` (at most a few analyses at once; the rest wait briefly, then
get 503 with Retry-After, so no request hangs a worker behind a queue).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any

from fastapi import HTTPException

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "consilience_session"
LOGIN_PATH = "/login"
READS = frozenset({"GET", "HEAD", "OPTIONS"})
ANALYSIS_PATHS = frozenset({"/api/articles", "/api/analyze", "/analyze"})
WRITE_PAGES = frozenset({"/analyze"})
"""Pages that only serve writing: asking for the token on the form saves a lost paste."""
SECURITY_HEADERS = {
    "content-security-policy": "default-src 'self'; script-src 'self'; object-src 'none'",
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
}


@dataclass(frozen=True)
class Access:
    """Who may do what: open (the default on localhost), token-guarded, or read-only.

    With a ``token``, writes (and with ``private`` also reads) need it as a bearer
    token or in the session cookie the login page sets. ``read_only`` refuses writes.
    """

    token: str | None = None
    private: bool = False
    read_only: bool = False

    def session(self) -> str:
        """The cookie value proving the token: a keyed hash, so the cookie never holds it."""
        key = (self.token or "").encode()
        return hmac.new(key, b"consilience session", hashlib.sha256).hexdigest()

    def matches(self, given: str) -> bool:
        """Whether ``given`` is the token, compared in constant time."""
        return self.token is not None and hmac.compare_digest(given.encode(), self.token.encode())

    def allows(self, scope: Scope) -> bool:
        """Whether the request's bearer token or session cookie matches."""
        if self.token is None:
            return False
        headers = _headers(scope)
        scheme, _, given = headers.get("authorization", "").partition(" ")
        if scheme.lower() == "bearer" and self.matches(given):
            return True
        cookie = SimpleCookie(headers.get("cookie", "")).get(COOKIE)
        return cookie is not None and hmac.compare_digest(cookie.value, self.session())

    def refusal(self, scope: Scope) -> tuple[int, str] | None:
        """Why this request is refused (status, reason), or None when it may go on."""
        writes = scope["method"] not in READS or scope["path"] in WRITE_PAGES
        if scope["path"] == LOGIN_PATH:
            return None
        if writes and self.read_only:
            return 403, "this server is read-only (start it with --token to allow writes)"
        guarded = writes or self.private
        if guarded and self.token is not None and not self.allows(scope):
            return 401, "send the token as 'Authorization: Bearer TOKEN'"
        return None


class Guard:
    """Refuse requests without the credentials `Access` asks for; add security headers."""

    def __init__(self, app: ASGIApp, access: Access, page: Callable[[str, int, str], str]) -> None:
        self.app = app
        self.access = access
        self.page = page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        send = _with_headers(send)
        refused = self.access.refusal(scope)
        if refused is None:
            await self.app(scope, receive, send)
        elif scope["path"].startswith("/api/"):
            extra = {"www-authenticate": "Bearer"} if refused[0] == 401 else {}
            await send_json(send, refused[0], refused[1], extra)
        else:
            page = self.page(scope["path"], *refused).encode()
            await _send(send, refused[0], page, "text/html; charset=utf-8", {})


class BodyLimit:
    """413 once a body passes the limit, counting bytes received; the rest is never read."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = _headers(scope).get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            await send_json(send, 413, f"request body is {int(length):,} bytes, {self._over}")
            return
        started = False

        async def sending(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, self._counting(receive), sending)
        except HTTPException as error:
            if started or error.status_code != 413:
                raise
            await send_json(send, 413, str(error.detail))

    def _counting(self, receive: Receive) -> Receive:
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.limit:
                raise HTTPException(413, f"request body is {self._over}")
            return message

        return counted

    @property
    def _over(self) -> str:
        return f"over the {self.limit:,} byte limit"


class AnalysisGate:
    """At most ``slots`` analyses at once; a request waits up to ``wait`` seconds, then 503."""

    def __init__(self, app: ASGIApp, slots: int, wait: float) -> None:
        self.app = app
        self.slots = asyncio.Semaphore(slots)
        self.wait = wait

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        analyses = scope["type"] == "http" and scope["method"] not in READS
        if not analyses or scope["path"] not in ANALYSIS_PATHS:
            await self.app(scope, receive, send)
            return
        try:
            await asyncio.wait_for(self.slots.acquire(), self.wait)
        except TimeoutError:
            retry = {"retry-after": str(max(1, round(self.wait)))}
            await send_json(send, 503, "the server is busy analysing; try again shortly", retry)
            return
        try:
            await self.app(scope, receive, send)
        finally:
            self.slots.release()


def session_cookie(access: Access, secure: bool) -> str:
    """The Set-Cookie value that keeps the session: HttpOnly, SameSite=Strict."""
    flags = "; Secure" if secure else ""
    return f"{COOKIE}={access.session()}; Path=/; HttpOnly; SameSite=Strict{flags}"


async def send_json(
    send: Send, status: int, detail: str, extra: dict[str, str] | None = None
) -> None:
    """A JSON problem answer, as FastAPI's own errors look."""
    body = json.dumps({"detail": detail}).encode()
    await _send(send, status, body, "application/json", extra or {})


async def _send(send: Send, status: int, body: bytes, kind: str, extra: dict[str, str]) -> None:
    headers = {"content-type": kind, "content-length": str(len(body)), **extra}
    raw = [(k.encode(), v.encode()) for k, v in headers.items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


def _with_headers(send: Send) -> Send:
    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            present = {name.lower() for name, _ in message.get("headers", [])}
            extra = [
                (k.encode(), v.encode())
                for k, v in SECURITY_HEADERS.items()
                if k.encode() not in present
            ]
            message["headers"] = [*message.get("headers", []), *extra]
        await send(message)

    return sending


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
