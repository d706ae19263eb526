"""The one transport engine under every generated operation.

Generated modules build ``(method, url, params, json, files)`` and parse the
decoded body; everything about HTTP lives here: base URL, the ``x-api-key``
header, timeouts, retries, empty bodies, and mapping errors to exceptions.
``HTTPEngine`` / ``AsyncHTTPEngine`` satisfy the protocols generated code calls,
``dokploy_api.client.SyncEngine`` / ``AsyncEngine``, and run the client's
``hooks`` (``dokploy.CallHook``) around every call.
"""

from __future__ import annotations

import email.utils
import json
import os
import random
import ssl
import time
from abc import ABC, abstractmethod
from typing import TYPE_CHECKING, Any, Generic, TypeVar
from urllib.parse import urljoin

import httpx

from ._deadline import deadline_of_this_thread
from ._deadline import transport as deadline_transport
from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    RedirectError,
    UnexpectedResponseError,
    error_class,
)
from ._finding import AsyncFindsCreated, FindsCreated
from ._hooks import CallHook, begin
from ._now import now
from ._version import __version__

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

    from typing_extensions import NotRequired, TypedDict, Unpack

    from dokploy_api.client import AsyncEngine, SyncEngine

    class Call(TypedDict):
        """The keywords of ``request`` (``dokploy_api.client.SyncEngine.request``'s)."""

        method: str
        url: str
        params: NotRequired[dict[str, Any] | None]
        json: NotRequired[Any]
        files: NotRequired[Any]


DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=10.0)
DEFAULT_MAX_RETRIES = 2
RETRYABLE_STATUS = frozenset({429, 502, 503, 504})
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_INITIAL_DELAY = 0.5
_MAX_DELAY = 8.0
_MAX_RETRY_AFTER = 60.0
PROXY_VARIABLES = ("HTTPS_PROXY", "HTTP_PROXY", "ALL_PROXY", "https_proxy", "http_proxy", "all_proxy")
URL_VARIABLE = "DOKPLOY_API_URL"
KEY_VARIABLE = "DOKPLOY_API_KEY"


class NotGiven:
    """``timeout`` left out, as distinct from ``timeout=None`` (no timeout at all)."""

    def __repr__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN = NotGiven()
Timeout = float | httpx.Timeout | None


def api_root(url: str) -> str:
    """``https://host``, ``https://host/`` and ``https://host/api/`` -> ``https://host/api``."""
    root = url.strip().rstrip("/")
    if not root.startswith(("http://", "https://")):
        raise ConfigurationError(
            f"base_url {url!r} is not an http(s) URL; use e.g. https://dokploy.example.com"
        )
    try:
        httpx.URL(root)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url {url!r} is not a valid URL ({exc})") from exc
    return root if root.endswith("/api") else f"{root}/api"


def resolve_settings(base_url: str | None, api_key: str | None) -> tuple[str, str]:
    base_url = base_url or os.environ.get(URL_VARIABLE)
    api_key = api_key or os.environ.get(KEY_VARIABLE)
    if not base_url:
        raise ConfigurationError(f"no Dokploy URL: pass base_url= or set {URL_VARIABLE}")
    api_key = (api_key or "").strip()  # a key read from a file keeps its newline
    if not api_key:
        raise ConfigurationError(f"no API key: pass api_key= or set {KEY_VARIABLE}")
    return api_root(base_url), api_key


ClientT = TypeVar("ClientT", httpx.Client, httpx.AsyncClient)


class _EngineBase(ABC, Generic[ClientT]):
    """Everything of an engine but its I/O, written once for the sync and async engine.

    A call (hooks, attempts, retry policy, deadline) is one ``async def``: the async
    engine awaits it, the sync engine completes it with ``_now.now``, since its
    ``_send`` and ``_sleep`` block instead of suspending. A driver supplies those two
    and its default ``httpx`` client, a few lines each.
    """

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        timeout: Timeout | NotGiven,
        max_retries: int,
        http_client: ClientT | None,
        default_headers: Mapping[str, str] | None,
        hooks: Iterable[CallHook] = (),
    ) -> None:
        self._owns_client = http_client is None
        self._client: ClientT = self._default_client(base_url) if http_client is None else http_client
        self.base_url = base_url
        self.max_retries = max_retries
        # The client's ``hooks``: the same list, read at every call (so adding one later works).
        self.hooks: list[CallHook] = list(hooks)
        self._timeout = timeout
        # The user's timeout, per phase, and the deadline of a whole call derived from it.
        self._phases = self._client.timeout if isinstance(timeout, NotGiven) else httpx.Timeout(timeout)
        self._budget = _budget(self._phases)
        if self._budget is not None and self._budget <= 0:
            raise ConfigurationError(f"timeout={timeout!r}: give seconds > 0, or None for no limit")
        self._headers = {
            "x-api-key": api_key,
            "accept": "application/json",
            "user-agent": f"dokploy-python/{__version__}",
            **(default_headers or {}),
        }
        for name, value in self._headers.items():
            if not (value.isascii() and value.isprintable()):
                what = "the API key" if name == "x-api-key" else f"header {name!r}"
                # Never echo the value: it may be the key.
                raise ConfigurationError(
                    f"{what} has a character HTTP headers cannot carry (non-ASCII, newline, "
                    "control): copy it again without it"
                )

    # --- what a driver supplies ---

    @abstractmethod
    def _default_client(self, base_url: str) -> ClientT:
        """The ``httpx`` client the engine makes (and closes) when none is injected."""

    @abstractmethod
    async def _send(self, kwargs: dict[str, Any], deadline: float | None) -> httpx.Response:
        """One attempt, its body read in full, ended at the deadline."""

    @abstractmethod
    async def _sleep(self, seconds: float) -> None:
        """The pause before a retry."""

    # --- one call, for both drivers ---

    async def _call(self, operation: str, **call: Unpack[Call]) -> Any:
        """Send one operation (retrying a GET as allowed); the decoded JSON body or an error."""
        method, url = call["method"], call["url"]
        params, body, files = call.get("params"), call.get("json"), call.get("files")
        with begin(self.hooks, operation, method, self.base_url + url, params, body, files) as run:
            return run.decoded(
                await self._exchange(operation, method, self._build(method, url, params, body, files))
            )

    async def _exchange(self, operation: str, method: str, kwargs: dict[str, Any]) -> Any:
        """The attempts of one call and the pauses between them, up to its deadline."""
        deadline = self._deadline()
        attempt = 0
        while True:
            try:
                response = await self._send(kwargs, deadline)
            except (httpx.RequestError, httpx.StreamError) as exc:
                delay = self._failed(operation, method, attempt, exc, deadline)
            else:
                pause = self._pause(method, attempt, response, deadline)
                if pause is None:
                    return self._result(operation, method, response, attempt)
                delay = pause
            await self._sleep(delay)
            attempt += 1

    def _build(
        self,
        method: str,
        url: str,
        params: dict[str, Any] | None,
        json_body: Any,
        files: Any,
    ) -> dict[str, Any]:
        request: dict[str, Any] = {
            "method": method.upper(),
            "url": self.base_url + url,
            "headers": self._headers,
        }
        if params:
            request["params"] = params
        if files is not None:
            request["files"] = files
        elif json_body is not None:
            request["json"] = json_body
        elif request["method"] != "GET":
            # A body-less procedure still needs the content type (else Dokploy answers 415).
            request["headers"] = {**self._headers, "content-type": "application/json"}
        return request

    def _deadline(self) -> float | None:
        """When the whole call (every attempt, every pause) must be over; None: never."""
        return None if self._budget is None else time.monotonic() + self._budget

    def _attempt_timeout(self, deadline: float | None) -> httpx.Timeout | Any:
        """Per-phase limits of one attempt, none longer than what is left of the deadline."""
        if deadline is None:
            # Explicit, so it applies to an injected client too (None: no timeout).
            return httpx.USE_CLIENT_DEFAULT if isinstance(self._timeout, NotGiven) else self._phases
        left = deadline - time.monotonic()
        if left <= 0:
            raise _DeadlineExceeded("the deadline passed before the attempt")
        phases = self._phases
        return httpx.Timeout(
            connect=_capped(phases.connect, left),
            read=_capped(phases.read, left),
            write=_capped(phases.write, left),
            pool=_capped(phases.pool, left),
        )

    def _pause(
        self, method: str, attempt: int, response: httpx.Response | None, deadline: float | None
    ) -> float | None:
        """Seconds to wait before the next attempt, or None: do not retry.

        Only safe methods are retried, and only while the pause (our backoff or the
        server's ``Retry-After``) ends before the deadline: a wait that would outlast
        it ends the call at once with the answer in hand.
        """
        if method.upper() not in IDEMPOTENT_METHODS or attempt >= self.max_retries:
            return None
        if response is not None and response.status_code not in RETRYABLE_STATUS:
            return None
        delay = self._delay(attempt, response)
        if deadline is not None and time.monotonic() + delay >= deadline:
            return None
        return delay

    def _failed(
        self,
        operation: str,
        method: str,
        attempt: int,
        exc: Exception,
        deadline: float | None,
    ) -> float:
        """A request that raised: the pause before retrying it, or the error to raise."""
        if not isinstance(exc, httpx.TransportError):
            raise APIError(f"{operation}: {type(exc).__name__}: {exc}") from exc
        delay = None if isinstance(exc, _DeadlineExceeded) else self._pause(method, attempt, None, deadline)
        if delay is None:
            request = getattr(exc, "_request", None)
            expired = isinstance(exc, _DeadlineExceeded) or (
                deadline is not None and time.monotonic() >= deadline - 0.01
            )
            budget = self._budget if expired else None
            raise _connection_error(operation, method, exc, request, attempt, budget) from exc
        return delay

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        retry_after = _retry_after(response)
        if retry_after is not None:
            return retry_after
        base: float = min(_MAX_DELAY, _INITIAL_DELAY * (2**attempt))
        return base * (1 - 0.25 * random.random())

    def _result(self, operation: str, method: str, response: httpx.Response, attempt: int) -> Any:
        if not response.is_success:
            error = status_error(operation, response)
            retryable = method.upper() in IDEMPOTENT_METHODS and response.status_code in RETRYABLE_STATUS
            if retryable and attempt < self.max_retries and self._budget is not None:
                # Not retried although allowed: the pause would have outlasted the deadline.
                error.message += (
                    f" (not retried: the {self._delay(attempt, response):.3g} s pause before a "
                    f"retry (Retry-After or backoff) would outlast the {self._budget:g} s deadline, "
                    "timeout=)"
                )
            raise error
        return decode_body(response, operation, mutation=method.upper() not in IDEMPOTENT_METHODS)


class _DeadlineExceeded(httpx.TimeoutException):
    """The call's overall deadline (``timeout=``) passed; raised by the engine, not httpx."""


def _budget(timeout: httpx.Timeout) -> float | None:
    """The deadline of a whole call: the largest of the per-phase limits (None: no limit)."""
    limits = [t for t in (timeout.connect, timeout.read, timeout.write, timeout.pool) if t is not None]
    return max(limits) if limits else None


def _capped(limit: float | None, left: float) -> float:
    return left if limit is None else min(limit, left)


class _DeadlineStream(httpx.SyncByteStream):
    """A response body that stops at the deadline: httpx's read timeout is per read only,
    so a server dripping one byte a second would otherwise keep a call alive forever."""

    def __init__(self, inner: httpx.SyncByteStream, deadline: float) -> None:
        self._inner = inner
        self._deadline = deadline

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._inner:
            if time.monotonic() > self._deadline:
                raise _DeadlineExceeded("the answer was still arriving at the deadline")
            yield chunk

    def close(self) -> None:
        self._inner.close()


def decode_body(response: httpx.Response, operation: str = "", *, mutation: bool = False) -> Any:
    """The body of a 2xx as JSON; an empty body (``application.deploy``) is ``None``.

    Dokploy answers every procedure with JSON (bare strings and ``true`` included)
    or nothing: anything else was cut off, corrupted or sent by something that is not
    Dokploy, and returning it as a value would pass a broken answer off as a success.
    """
    content = response.content
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as exc:
        raise _not_json(operation, response, exc, mutation=mutation) from exc


def _not_json(
    operation: str, response: httpx.Response, exc: BaseException, *, mutation: bool
) -> UnexpectedResponseError:
    where = f"{operation}: " if operation else ""
    status = f"HTTP {response.status_code}"
    content_type = response.headers.get("content-type", "")
    content = response.content
    if "html" in content_type or content.lstrip()[:1] == b"<":
        return UnexpectedResponseError(
            f"{where}{status} with an HTML page, not Dokploy's JSON: "
            "the base URL points at a proxy, a login page or the panel; use the Dokploy URL",
            response=response,
        )
    if isinstance(exc, RecursionError):
        what = "JSON nested deeper than Python can parse"
    elif isinstance(exc, UnicodeDecodeError):
        what = f"not valid UTF-8 (byte {exc.start})"
    elif isinstance(exc, json.JSONDecodeError) and (
        exc.pos >= len(content.rstrip()) or exc.msg.startswith("Unterminated")
    ):
        what = f"truncated JSON ({len(content)} bytes, ending before the value does)"
    elif isinstance(exc, json.JSONDecodeError):
        what = f"invalid JSON ({exc.msg}: byte {exc.pos})"
    else:
        what = f"not JSON ({type(exc).__name__})"
    applied = "; the mutation may have been applied: check before repeating it" if mutation else ""
    return UnexpectedResponseError(
        f"{where}{status} ({content_type or 'no content type'}) whose body is {what}: "
        f"the answer was cut off or altered on the way (a proxy, a dropped connection){applied}",
        response=response,
    )


def status_error(operation: str, response: httpx.Response) -> APIStatusError:
    """Map Dokploy's ``{message, code, issues}`` (or any other body) to an exception."""
    body: Any
    try:
        body = json.loads(response.content) if response.content.strip() else None
    except (ValueError, RecursionError):
        body = response.text
    if response.is_redirect or 300 <= response.status_code < 400:
        return _redirect_error(operation, response, body)
    message, code, issues = _error_fields(body, response)
    return error_class(response.status_code)(
        message, response=response, operation=operation, code=code, issues=issues, body=body
    )


def _redirect_error(operation: str, response: httpx.Response, body: Any) -> RedirectError:
    """Dokploy's API never redirects: whatever did says what the base URL should be."""
    request_url = str(response.request.url.copy_with(query=None))
    location = response.headers.get("location")
    reason = response.reason_phrase or "redirect"
    if not location:
        hint = "without a Location; check that the base URL points at Dokploy's API"
        return RedirectError(
            f"{reason} {hint}", response=response, operation=operation, body=body, location=None
        )
    target = urljoin(request_url, location)
    procedure = "/" + request_url.rsplit("/", 1)[-1]  # /project.one
    same_call = target.split("?")[0]
    if same_call.endswith(procedure):
        new_base = same_call[: -len(procedure)]
        if request_url.startswith("http://") and new_base.startswith("https://"):
            hint = f"the server redirects http to https: use base_url={new_base!r}"
        else:
            hint = f"Dokploy's API has moved: use base_url={new_base!r} if that is your Dokploy"
    else:
        hint = (
            "to a page that is not this API call (a login page or the panel): check that the "
            "base URL points at Dokploy's API (the address of your Dokploy, with or without /api), "
            "not at a proxy's sign-in"
        )
    return RedirectError(
        f"{reason} to {target}: {hint}",
        response=response,
        operation=operation,
        body=body,
        location=target,
    )


def _error_fields(body: Any, response: httpx.Response) -> tuple[str, str | None, list[dict[str, Any]]]:
    if isinstance(body, dict):
        message = str(body.get("message") or response.reason_phrase)
        code = body.get("code") if isinstance(body.get("code"), str) else None
        raw_issues = body.get("issues")
        issues = [i if isinstance(i, dict) else {"message": str(i)} for i in raw_issues or []]
        return message, code, issues
    if isinstance(body, str) and body.lstrip().startswith("<"):
        hint = "an HTML page: a proxy answered, or the URL is not Dokploy's"
        return f"{response.reason_phrase} ({hint})", None, []
    if isinstance(body, str) and body.strip():
        return body.strip()[:500], None, []
    return response.reason_phrase or f"HTTP {response.status_code}", None, []


def _retry_after(response: httpx.Response | None) -> float | None:
    if response is None:
        return None
    value = response.headers.get("retry-after")
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            seconds = email.utils.parsedate_to_datetime(value).timestamp() - time.time()
        except (TypeError, ValueError):
            return None  # unparseable: fall back to our own backoff
    return max(0.0, min(seconds, _MAX_RETRY_AFTER))


# Failures that happen before a byte of the request leaves: nothing can have been applied.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.UnsupportedProtocol)


def _connection_error(
    operation: str,
    method: str,
    exc: httpx.TransportError,
    request: httpx.Request | None,
    attempt: int,
    budget: float | None,
) -> APIConnectionError:
    """One line: which URL, why (never empty), and whether a mutation may have happened.

    ``budget`` is the deadline that ran out, if that is what ended the call.
    """
    url = "Dokploy" if request is None else str(request.url.copy_with(query=None))
    reason = str(exc).strip() or type(exc).__name__
    tries = f" (after {attempt + 1} attempts)" if attempt else ""
    sent = not isinstance(exc, _NOT_SENT)
    mutation = method.upper() not in IDEMPOTENT_METHODS
    tail = ""
    if mutation and sent:
        tail = (
            "; the request may have reached Dokploy, so the mutation may have been applied: "
            "check before repeating it"
        )
    if isinstance(exc, httpx.TimeoutException):
        limit = "in time" if budget is None else f"within the {budget:g} s deadline (timeout=)"
        return APITimeoutError(
            f"{operation}: Dokploy did not answer in time: no complete answer from {url} "
            f"{limit} ({reason}){tries}{tail}",
            request=request,
        )
    what = "the connection to Dokploy at" if sent else "cannot reach Dokploy at"
    failed = " failed" if sent else ""
    return APIConnectionError(f"{operation}: {what} {url}{failed} ({reason}){tries}{tail}", request=request)


class HTTPEngine(_EngineBase[httpx.Client], FindsCreated):
    """Sends operations on an ``httpx.Client`` (yours, if you inject one)."""

    def request(self, operation: str, **call: Unpack[Call]) -> Any:
        """Send one operation (retrying a GET as allowed); the decoded JSON body or an error."""
        return now(self._call(operation, **call))

    def _default_client(self, base_url: str) -> httpx.Client:
        verify = _tls_verification(base_url)
        # httpx reads proxy variables only when it builds the transport itself.
        behind_proxy = any(os.environ.get(v) for v in PROXY_VARIABLES)
        transport = None if behind_proxy else deadline_transport(verify)
        return httpx.Client(timeout=DEFAULT_TIMEOUT, verify=verify, transport=transport)

    async def _send(self, kwargs: dict[str, Any], deadline: float | None) -> httpx.Response:
        """One attempt, read in full before the deadline.

        On the engine's own client every socket read stops at the deadline; on an
        injected one, the body is checked between reads (the headers are then
        bounded per read only).
        """
        request = self._client.build_request(**kwargs, timeout=self._attempt_timeout(deadline))
        with deadline_of_this_thread(deadline):
            response = self._client.send(request, stream=True)
            try:
                if deadline is not None and isinstance(response.stream, httpx.SyncByteStream):
                    response.stream = _DeadlineStream(response.stream, deadline)
                response.read()
            finally:
                response.close()
        return response

    async def _sleep(self, seconds: float) -> None:
        time.sleep(seconds)

    def close(self) -> None:
        if self._owns_client:
            self._client.close()


class AsyncHTTPEngine(_EngineBase[httpx.AsyncClient], AsyncFindsCreated):
    """Sends operations on an ``httpx.AsyncClient``, on any event loop anyio runs (asyncio, trio)."""

    async def request(self, operation: str, **call: Unpack[Call]) -> Any:
        """Send one operation (retrying a GET as allowed); the decoded JSON body or an error."""
        return await self._call(operation, **call)

    def _default_client(self, base_url: str) -> httpx.AsyncClient:
        return httpx.AsyncClient(timeout=DEFAULT_TIMEOUT, verify=_tls_verification(base_url))

    async def _send(self, kwargs: dict[str, Any], deadline: float | None) -> httpx.Response:
        """One attempt, cancelled at the deadline wherever it is (connect, headers, body)."""
        import anyio  # only async users pay for it (asyncio or trio alike)

        request = self._client.build_request(**kwargs, timeout=self._attempt_timeout(deadline))
        if deadline is None:
            return await self._client.send(request)
        with anyio.move_on_after(deadline - time.monotonic()):
            return await self._client.send(request)
        raise _DeadlineExceeded("the answer was still arriving at the deadline", request=request)

    async def _sleep(self, seconds: float) -> None:
        import anyio

        await anyio.sleep(seconds)

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()


def _tls_verification(base_url: str) -> ssl.SSLContext | bool:
    """Full verification for https; for plain-http Dokploys, skip loading trust roots.

    Loading the CA bundle costs ~30 ms per client, and a plain-http base URL
    never uses TLS (redirects are not followed). The context has no trust roots,
    so should TLS ever happen it fails closed, never open.
    """
    if base_url.startswith("https://") or any(os.environ.get(v) for v in PROXY_VARIABLES):
        return True  # a proxy may well speak TLS even to a plain-http Dokploy
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


if TYPE_CHECKING:  # the engines are what generated code expects
    _SYNC: type[SyncEngine] = HTTPEngine
    _ASYNC: type[AsyncEngine] = AsyncHTTPEngine
