"""The engine under server faults, at a real HTTP server on 127.0.0.1, sync and async.

Each fault is what a proxy, a dying connection or a hostile server really does:
a 200 whose body is cut off or not UTF-8, a body nested 100,000 deep, a body
dripped one byte at a time, redirects, a reset after a POST was read, and a
``Retry-After`` of eleven days. Each must end as one ``DokployError`` that says
what happened, within the caller's ``timeout=``, and never send a POST twice.
"""

from __future__ import annotations

import asyncio
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import dokploy
from dokploy import AsyncDokploy, Dokploy

GET = ("project.one", {"projectId": "p1"})
POST = ("project.create", {"name": "shop"})
KINDS = ["sync", "async"]
# Slack for thread scheduling on a loaded 2-core machine; the faults themselves last 30 s or more.
SLACK = 1.5


class Fault:
    """What the server does with one request: gets the handler, writes what it likes."""

    def __init__(self) -> None:
        self.requests: list[str] = []
        self.lock = threading.Lock()

    def seen(self, handler: BaseHTTPRequestHandler) -> None:
        with self.lock:
            self.requests.append(f"{handler.command} {handler.path.split('?')[0]}")

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        raise NotImplementedError


@contextmanager
def serve(fault: Fault) -> Iterator[str]:
    """A threaded HTTP/1.1 server on an ephemeral port; yields its base URL."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("content-length") or 0)
            self.rfile.read(length)
            fault.seen(self)
            try:
                fault.answer(self)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up, as it should
            self.close_connection = True

        do_GET = do_POST = _handle

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def head(handler: BaseHTTPRequestHandler, status: int, headers: dict[str, str]) -> None:
    handler.send_response(status)
    for name, value in headers.items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.flush()


class Body(Fault):
    """A complete answer whose body is ``body`` (its content-length matches)."""

    def __init__(self, body: bytes, status: int = 200, headers: dict[str, str] | None = None) -> None:
        super().__init__()
        self.body, self.status, self.headers = body, status, headers or {}

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        headers = {"content-type": "application/json", "content-length": str(len(self.body))}
        head(handler, self.status, {**headers, **self.headers})
        handler.wfile.write(self.body)


class Drip(Fault):
    """Headers at once, then one byte every ``every`` seconds, for ever (or until the client leaves)."""

    def __init__(self, every: float = 0.05, *, in_headers: bool = False) -> None:
        super().__init__()
        self.every, self.in_headers = every, in_headers

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        if self.in_headers:
            handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
            while True:  # an endless header: h11 waits for its end
                handler.wfile.write(b"x")
                handler.wfile.flush()
                time.sleep(self.every)
        head(handler, 200, {"content-type": "application/json", "content-length": "100000000"})
        handler.wfile.write(b'{"projectId": "p1", "name": "')
        while True:
            handler.wfile.write(b"a")
            handler.wfile.flush()
            time.sleep(self.every)


class Reset(Fault):
    """Reads the request, then resets the connection (RST): no answer at all."""

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        sock = handler.connection
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()


class CutOff(Fault):
    """Promises 500 bytes, sends 20, closes: the body ends mid-way."""

    def answer(self, handler: BaseHTTPRequestHandler) -> None:
        head(handler, 200, {"content-type": "application/json", "content-length": "500"})
        handler.wfile.write(b'{"projectId": "p1", ')
        handler.wfile.flush()


def call(kind: str, url: str, operation: tuple[str, dict[str, Any]], **options: Any) -> Any:
    """Run one operation with the sync or the async client; the result or the raised error."""
    name, arguments = operation
    if kind == "sync":
        with Dokploy(base_url=url, api_key="k", **options) as client:
            return client.call(name, arguments)

    async def run() -> Any:
        async with AsyncDokploy(base_url=url, api_key="k", **options) as client:
            return await client.call(name, arguments)

    return asyncio.run(run())


def failure(
    kind: str, url: str, operation: tuple[str, dict[str, Any]], **options: Any
) -> tuple[Exception, float]:
    """The ``DokployError`` a call ends in, and how long it took."""
    started = time.monotonic()
    with pytest.raises(dokploy.DokployError) as caught:
        call(kind, url, operation, **options)
    return caught.value, time.monotonic() - started


# (a) a 2xx that is not the JSON Dokploy sent is an error, never a success value


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize(
    ("body", "what"),
    [
        (b'{"projectId": "p", "name": [1, 2', "truncated JSON"),
        (b'{"projectId": "p", "name": "\xff\xfe"}', "not valid UTF-8"),
        (b'"unterminated', "truncated JSON"),
        (b'{"projectId": "p"} trailing', "invalid JSON"),
        (b"OK", "invalid JSON"),
    ],
)
def test_2xx_body_that_is_not_json_is_an_error(kind: str, body: bytes, what: str) -> None:
    fault = Body(body)
    with serve(fault) as url:
        error, _ = failure(kind, url, POST)
    assert isinstance(error, dokploy.UnexpectedResponseError)
    assert error.status_code == 200
    assert what in str(error) and "project.create" in str(error)
    assert "mutation may have been applied" in str(error)  # a 200 means the server did it
    assert fault.requests == ["POST /api/project.create"]


@pytest.mark.parametrize("kind", KINDS)
def test_body_cut_off_before_its_length_is_a_connection_error(kind: str) -> None:
    fault = CutOff()
    with serve(fault) as url:
        error, _ = failure(kind, url, POST, max_retries=2)
    assert isinstance(error, dokploy.APIConnectionError)
    assert "may have been applied" in str(error)
    assert fault.requests == ["POST /api/project.create"]


@pytest.mark.parametrize("kind", KINDS)
def test_bare_strings_true_and_empty_bodies_still_decode(kind: str) -> None:
    """What Dokploy legitimately answers besides objects (see the recordings)."""
    for body, expected in [(b'"v0.30.2"', "v0.30.2"), (b"", None), (b"null", None)]:
        with serve(Body(body)) as url:
            assert call(kind, url, ("settings.getDokployVersion", {})) == expected
    with serve(Body(b"true")) as url:
        assert call(kind, url, ("redirects.create", {"applicationId": "a", "regex": "x", "replacement": "y"}))


# (c) every failure is a DokployError: a body nested 100,000 deep


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [200, 400])
def test_deeply_nested_body_is_a_dokploy_error_not_recursion_error(kind: str, status: int) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with serve(Body(b'{"projectId": "p", "name": ' + deep + b"}", status=status)) as url:
        error, _ = failure(kind, url, GET, max_retries=0)
    if status == 200:
        assert isinstance(error, dokploy.UnexpectedResponseError)
        assert "nested deeper" in str(error)
    else:
        assert isinstance(error, dokploy.BadRequestError)  # the class still comes from the status


# (b) timeout= bounds the whole call: attempts, retries and Retry-After pauses


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("operation", [GET, POST], ids=["GET", "POST"])
def test_dripping_server_cannot_outlast_the_deadline(
    kind: str, operation: tuple[str, dict[str, Any]]
) -> None:
    fault = Drip(every=0.05)
    with serve(fault) as url:
        error, elapsed = failure(kind, url, operation, timeout=1.0, max_retries=2)
    assert isinstance(error, dokploy.APITimeoutError)
    assert "1 s deadline" in str(error) and url in str(error)
    assert elapsed < 1.0 + SLACK  # not 3 attempts x per-read timeout, not for ever
    assert len(fault.requests) == 1  # the deadline is spent: no retry after it


@pytest.mark.parametrize("kind", KINDS)
def test_server_dripping_its_headers_cannot_outlast_the_deadline(kind: str) -> None:
    fault = Drip(every=0.05, in_headers=True)
    with serve(fault) as url:
        error, elapsed = failure(kind, url, GET, timeout=1.0, max_retries=2)
    assert isinstance(error, dokploy.APITimeoutError)
    assert elapsed < 1.0 + SLACK


def test_injected_client_body_drip_is_still_bounded_by_the_deadline() -> None:
    """Your own ``httpx.Client`` (proxies, certificates): the body is checked between reads."""
    fault = Drip(every=0.05)
    with serve(fault) as url:
        error, elapsed = failure("sync", url, GET, timeout=1.0, http_client=httpx.Client())
    assert isinstance(error, dokploy.APITimeoutError)
    assert elapsed < 1.0 + SLACK


@pytest.mark.parametrize("kind", KINDS)
def test_huge_retry_after_ends_the_call_at_once_with_the_answer(kind: str) -> None:
    fault = Body(b'{"message": "Service Unavailable"}', status=503, headers={"retry-after": "999999"})
    with serve(fault) as url:
        error, elapsed = failure(kind, url, GET, timeout=2.0, max_retries=2)
    assert isinstance(error, dokploy.InternalServerError) and error.status_code == 503
    assert "would outlast the 2 s deadline" in str(error)
    assert elapsed < 2.0  # not 60 s of capped Retry-After per attempt
    assert len(fault.requests) == 1


@pytest.mark.parametrize("kind", KINDS)
def test_retry_after_that_fits_the_deadline_is_honoured_until_it_does_not(kind: str) -> None:
    fault = Body(b'{"message": "busy"}', status=429, headers={"retry-after": "0.6"})
    with serve(fault) as url:
        error, elapsed = failure(kind, url, GET, timeout=1.0, max_retries=5)
    assert isinstance(error, dokploy.RateLimitError)
    assert len(fault.requests) == 2  # 0 s, then 0.6 s; a third at 1.2 s would pass the deadline
    assert 0.6 <= elapsed < 1.0 + SLACK


# (d) redirects name their Location and say what to do


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_redirect_to_https_says_use_the_https_url(kind: str, status: int) -> None:
    fault = Body(b"", status=status)
    with serve(fault) as url:
        https = url.replace("http://", "https://")
        fault.headers["location"] = f"{https}/api/project.one?projectId=p1"
        error, _ = failure(kind, url, GET)
    assert isinstance(error, dokploy.RedirectError) and error.status_code == status
    assert error.location == f"{https}/api/project.one?projectId=p1"
    assert f"use base_url='{https}/api'" in str(error)
    assert "https" in str(error) and str(status) in str(error)


@pytest.mark.parametrize("kind", KINDS)
def test_redirect_to_a_login_page_says_check_the_url(kind: str) -> None:
    fault = Body(b"", status=302, headers={"location": "/login?next=/api/project.one"})
    with serve(fault) as url:
        error, _ = failure(kind, url, GET)
    assert isinstance(error, dokploy.RedirectError)
    assert error.location == f"{url}/login?next=/api/project.one"
    assert error.location in str(error) and "login page" in str(error)
    assert "points at Dokploy's API" in str(error)


# (e) a reset during a POST: sent once, says the mutation may have been applied


@pytest.mark.parametrize("kind", KINDS)
def test_reset_during_post_is_sent_once_and_says_it_may_have_been_applied(kind: str) -> None:
    fault = Reset()
    with serve(fault) as url:
        error, _ = failure(kind, url, POST, max_retries=2)
    assert isinstance(error, dokploy.APIConnectionError)
    message = str(error)
    assert f"{url}/api/project.create" in message
    assert "()" not in message  # the reason is never empty
    assert "mutation may have been applied" in message
    assert fault.requests == ["POST /api/project.create"]


@pytest.mark.parametrize("kind", KINDS)
def test_reset_during_get_is_retried(kind: str) -> None:
    fault = Reset()
    with serve(fault) as url:
        error, _ = failure(kind, url, GET, max_retries=2)
    assert isinstance(error, dokploy.APIConnectionError)
    assert "after 3 attempts" in str(error) and "mutation" not in str(error)
    assert fault.requests == ["GET /api/project.one"] * 3


def test_refused_connection_says_nothing_was_applied() -> None:
    """Connect failures happen before a byte is sent: no "may have been applied" scare."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    sock.close()
    error, _ = failure("sync", url, POST)
    assert isinstance(error, dokploy.APIConnectionError)
    assert "cannot reach Dokploy at" in str(error) and "mutation" not in str(error)
