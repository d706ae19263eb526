"""The one transport engine under every generated operation.

Generated modules build ``(method, url, params, json, files)`` and parse the
decoded body; everything about HTTP lives here: base URL, the ``x-api-key``
header, timeouts, retries, empty bodies, and mapping errors to exceptions.
It satisfies ``dokploy_api.client.SyncEngine`` / ``AsyncEngine``.
"""

from __future__ import annotations

import email.utils
import json
import os
import random
import ssl
import time
from typing import TYPE_CHECKING, Any

import httpx

from ._exceptions import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    ConfigurationError,
    UnexpectedResponseError,
    error_class,
)
from ._version import __version__

if TYPE_CHECKING:
    from collections.abc import Mapping

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
    return root if root.endswith("/api") else f"{root}/api"


def resolve_settings(base_url: str | None, api_key: str | None) -> tuple[str, str]:
    base_url = base_url or os.environ.get(URL_VARIABLE)
    api_key = api_key or os.environ.get(KEY_VARIABLE)
    if not base_url:
        raise ConfigurationError(f"no Dokploy URL: pass base_url= or set {URL_VARIABLE}")
    if not api_key:
        raise ConfigurationError(f"no API key: pass api_key= or set {KEY_VARIABLE}")
    return api_root(base_url), api_key


class _EngineBase:
    """What the sync and async engines share: pure functions of request and response."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
    ) -> None:
        self.base_url = base_url
        self.max_retries = max_retries
        self._timeout = timeout
        self._headers = {
            "x-api-key": api_key,
            "accept": "application/json",
            "user-agent": f"dokploy-python/{__version__}",
            **(default_headers or {}),
        }

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
        if not isinstance(self._timeout, NotGiven):
            # Explicit, so it applies to an injected client too (None: no timeout).
            request["timeout"] = self._timeout
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

    def _should_retry(self, method: str, attempt: int, response: httpx.Response | None) -> bool:
        if method.upper() not in IDEMPOTENT_METHODS or attempt >= self.max_retries:
            return False
        return response is None or response.status_code in RETRYABLE_STATUS

    def _raise_unless_retrying(self, operation: str, method: str, attempt: int, exc: Exception) -> None:
        """A request that raised: only a transport failure of a safe method is retried."""
        if not isinstance(exc, httpx.TransportError):
            raise APIError(f"{operation}: {type(exc).__name__}: {exc}") from exc
        if not self._should_retry(method, attempt, None):
            raise _connection_error(operation, exc, getattr(exc, "_request", None)) from exc

    def _delay(self, attempt: int, response: httpx.Response | None) -> float:
        retry_after = _retry_after(response)
        if retry_after is not None:
            return retry_after
        base: float = min(_MAX_DELAY, _INITIAL_DELAY * (2**attempt))
        return base * (1 - 0.25 * random.random())

    def _result(self, operation: str, response: httpx.Response) -> Any:
        if not response.is_success:
            raise status_error(operation, response)
        body = decode_body(response)
        if isinstance(body, str) and "html" in response.headers.get("content-type", ""):
            raise UnexpectedResponseError(
                f"{operation}: HTTP {response.status_code} with an HTML page, not Dokploy's JSON: "
                "the base URL points at a proxy, a login page or the panel; use the Dokploy URL",
                response=response,
            )
        return body


def decode_body(response: httpx.Response) -> Any:
    """The body as JSON; an empty body (``application.deploy``) is ``None``."""
    content = response.content
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except ValueError:
        return response.text


def status_error(operation: str, response: httpx.Response) -> APIStatusError:
    """Map Dokploy's ``{message, code, issues}`` (or any other body) to an exception."""
    body: Any
    try:
        body = json.loads(response.content) if response.content.strip() else None
    except ValueError:
        body = response.text
    message, code, issues = _error_fields(body, response)
    return error_class(response.status_code)(
        message, response=response, operation=operation, code=code, issues=issues, body=body
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


def _connection_error(
    operation: str, exc: httpx.HTTPError, request: httpx.Request | None
) -> APIConnectionError:
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"{operation}: Dokploy did not answer in time ({exc}); a mutation may still complete",
            request=request,
        )
    return APIConnectionError(f"{operation}: cannot reach Dokploy ({exc})", request=request)


class SyncEngine(_EngineBase):
    """Sends operations on an ``httpx.Client`` (yours, if you inject one)."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        timeout: Timeout | NotGiven,
        max_retries: int,
        http_client: httpx.Client | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            max_retries=max_retries,
            default_headers=default_headers,
            timeout=timeout,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.Client(
            timeout=DEFAULT_TIMEOUT, verify=_tls_verification(base_url)
        )

    def request(
        self,
        operation: str,
        *,
        method: str,
        url: str,
        params: dict[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
    ) -> Any:
        kwargs = self._build(method, url, params, json, files)
        attempt = 0
        while True:
            response: httpx.Response | None = None
            try:
                response = self._client.request(**kwargs)
            except (httpx.RequestError, httpx.StreamError) as exc:
                self._raise_unless_retrying(operation, method, attempt, exc)
            else:
                if not self._should_retry(method, attempt, response):
                    return self._result(operation, response)
                response.close()
            time.sleep(self._delay(attempt, response))
            attempt += 1

    def close(self) -> None:
        if self._owns_client:
            self._client.close()


class AsyncEngine(_EngineBase):
    """Sends operations on an ``httpx.AsyncClient``."""

    def __init__(
        self,
        *,
        base_url: str,
        api_key: str,
        timeout: Timeout | NotGiven,
        max_retries: int,
        http_client: httpx.AsyncClient | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        super().__init__(
            base_url=base_url,
            api_key=api_key,
            max_retries=max_retries,
            default_headers=default_headers,
            timeout=timeout,
        )
        self._owns_client = http_client is None
        self._client = http_client or httpx.AsyncClient(
            timeout=DEFAULT_TIMEOUT, verify=_tls_verification(base_url)
        )

    async def request(
        self,
        operation: str,
        *,
        method: str,
        url: str,
        params: dict[str, Any] | None = None,
        json: Any = None,
        files: Any = None,
    ) -> Any:
        kwargs = self._build(method, url, params, json, files)
        attempt = 0
        while True:
            response: httpx.Response | None = None
            try:
                response = await self._client.request(**kwargs)
            except (httpx.RequestError, httpx.StreamError) as exc:
                self._raise_unless_retrying(operation, method, attempt, exc)
            else:
                if not self._should_retry(method, attempt, response):
                    return self._result(operation, response)
                await response.aclose()
            import asyncio  # only async users pay for importing asyncio

            await asyncio.sleep(self._delay(attempt, response))
            attempt += 1

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
