"""The transport engine: configuration, error mapping, empty bodies, network failures."""

from __future__ import annotations

import json
import re
import ssl
from collections.abc import Callable
from typing import Any

import httpx
import pytest
from loopback import closed_port, silent_port
from support import CLIENTS, mock_client, on_client

import dokploy
from dokploy import AsyncDokploy, Dokploy

_client = mock_client


def _answer(status: int, **response: Any) -> Callable[[httpx.Request], httpx.Response]:
    """A transport handler giving every request the same answer."""
    return lambda request: httpx.Response(status, **response)


@pytest.mark.parametrize(
    "base_url",
    ["http://dokploy.test", "http://dokploy.test/", "http://dokploy.test/api", "http://dokploy.test/api/"],
)
def test_base_url_with_or_without_api(base_url: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    client = Dokploy(
        base_url=base_url, api_key="key", http_client=httpx.Client(transport=httpx.MockTransport(handler))
    )
    client.project.all()
    assert str(seen[0].url) == "http://dokploy.test/api/project.all"
    assert seen[0].headers["x-api-key"] == "key"
    assert "authorization" not in seen[0].headers


def test_environment_variables_and_clear_errors(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DOKPLOY_API_URL", raising=False)
    monkeypatch.delenv("DOKPLOY_API_KEY", raising=False)
    with pytest.raises(dokploy.ConfigurationError, match="DOKPLOY_API_URL"):
        Dokploy()
    monkeypatch.setenv("DOKPLOY_API_URL", "http://dokploy.test")
    with pytest.raises(dokploy.ConfigurationError, match="DOKPLOY_API_KEY"):
        Dokploy()
    monkeypatch.setenv("DOKPLOY_API_KEY", "k")
    with Dokploy() as client:
        assert client.base_url == "http://dokploy.test/api"
    with pytest.raises(dokploy.ConfigurationError, match="not an http"):
        Dokploy(base_url="dokploy.test", api_key="k")


@pytest.mark.parametrize("kind", CLIENTS)
def test_default_headers_are_sent(kind: str) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    on_client(kind, lambda client: client.project.all(), handler, default_headers={"x-trace": "1"})
    assert seen[0].headers["x-trace"] == "1"


@pytest.mark.parametrize("kind", CLIENTS)
def test_empty_200_is_none(kind: str) -> None:
    """``application.deploy`` answers 200 with no body: accepted, not an error."""
    handler = _answer(200, content=b"")
    assert on_client(kind, lambda client: client.application.deploy(application_id="a1"), handler) is None


@pytest.mark.parametrize("kind", CLIENTS)
def test_bare_true_is_bool(kind: str) -> None:
    arguments = {"applicationId": "a", "regex": "x", "replacement": "y"}
    handler = _answer(200, content=b"true")
    assert on_client(kind, lambda client: client.call("redirects.create", arguments), handler) is True


@pytest.mark.parametrize("kind", CLIENTS)
def test_unauthorized_error_mentions_rate_limited_keys(kind: str) -> None:
    handler = _answer(401, json={"message": "Unauthorized"})
    with pytest.raises(dokploy.AuthenticationError) as caught:
        on_client(kind, lambda client: client.project.all(), handler)
    assert caught.value.status_code == 401
    assert caught.value.code is None
    assert "rate limit" in str(caught.value)


@pytest.mark.parametrize("kind", CLIENTS)
def test_bad_request_carries_code_message_and_issue_paths(kind: str) -> None:
    body = {
        "message": "Input validation failed",
        "code": "BAD_REQUEST",
        "issues": [{"code": "invalid_type", "path": ["name"], "message": "Required"}],
    }
    handler = _answer(400, json=body)
    with pytest.raises(dokploy.BadRequestError) as caught:
        on_client(kind, lambda client: client.call("project.create", {}), handler)
    error = caught.value
    assert (error.status_code, error.code, error.message) == (400, "BAD_REQUEST", "Input validation failed")
    assert error.issues[0]["path"] == ["name"]
    assert "name: Required" in str(error)


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize(
    ("status", "content", "content_type", "expected"),
    [
        (400, b"Invalid JSON", "text/plain", dokploy.BadRequestError),
        (502, b"<html><body>Bad Gateway</body></html>", "text/html", dokploy.InternalServerError),
        (404, b"", "text/plain", dokploy.NotFoundError),
        (
            415,
            json.dumps({"message": "Missing content-type header"}).encode(),
            "application/json",
            dokploy.UnsupportedMediaTypeError,
        ),
        (
            403,
            b'{"message":"Valid enterprise license required","code":"FORBIDDEN"}',
            "application/json",
            dokploy.PermissionDeniedError,
        ),
    ],
)
def test_error_bodies_of_any_shape_give_the_right_class(
    kind: str, status: int, content: bytes, content_type: str, expected: type[dokploy.APIStatusError]
) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers={"content-type": content_type})

    with pytest.raises(expected) as caught:
        on_client(kind, lambda client: client.call("settings.cleanAll", {}), handler)
    assert caught.value.status_code == status
    assert str(caught.value)


@pytest.mark.parametrize("kind", CLIENTS)
def test_html_error_says_it_was_a_page(kind: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(502, content=b"<html>proxy</html>", headers={"content-type": "text/html"})

    with pytest.raises(dokploy.InternalServerError, match="HTML page"):
        on_client(kind, lambda client: client.call("settings.cleanAll", {}), handler)


@pytest.mark.parametrize("kind", CLIENTS)
@pytest.mark.parametrize("retries", [0, 1])
def test_connection_refused_is_api_connection_error(kind: str, retries: int) -> None:
    """Refused before a byte is sent: a GET is retried, then the error says how often."""
    tries = re.escape(" (after 2 attempts)") if retries else ""
    where = r"cannot reach Dokploy at http://127\.0\.0\.1:\d+/api/project\.all \(.+\)"
    with pytest.raises(dokploy.APIConnectionError, match=where + tries + "$"):
        on_client(kind, lambda client: client.project.all(), base_url=closed_port(), max_retries=retries)


@pytest.mark.parametrize("kind", CLIENTS)
def test_timeout_is_api_timeout_error(kind: str) -> None:
    with (
        silent_port() as url,
        pytest.raises(dokploy.APITimeoutError, match="did not answer in time") as caught,
    ):
        on_client(kind, lambda client: client.project.all(), base_url=url, timeout=0.2, max_retries=0)
    assert "within the 0.2 s deadline (timeout=)" in str(caught.value)


@pytest.mark.parametrize("kind", CLIENTS)
def test_unknown_operation_suggests_names(kind: str) -> None:
    with pytest.raises(dokploy.UnknownOperationError, match=r"project\.one"):
        on_client(kind, lambda client: client.call("project.onee"), _answer(200))


def test_errors_share_one_base() -> None:
    for name in dokploy.__all__:
        value = getattr(dokploy, name)
        if isinstance(value, type) and issubclass(value, Exception):
            assert issubclass(value, dokploy.DokployError), name


def test_https_keeps_full_certificate_verification() -> None:
    client = Dokploy(base_url="https://dokploy.example.com", api_key="k")
    context: ssl.SSLContext = client._engine._client._transport._pool._ssl_context  # type: ignore[attr-defined]
    assert context.verify_mode == ssl.CERT_REQUIRED
    assert context.cert_store_stats()["x509_ca"] > 0


async def _async_roundtrip() -> object:
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"projectId": "p", "name": "n"}))
    async with AsyncDokploy(
        base_url="http://dokploy.test", api_key="k", http_client=httpx.AsyncClient(transport=transport)
    ) as client:
        return await client.project.one(project_id="p")


def test_async_client_has_the_same_surface() -> None:
    import asyncio

    from dokploy_api.models import Project

    project = asyncio.run(_async_roundtrip())
    assert isinstance(project, Project)
    assert project.to_dict() == {"projectId": "p", "name": "n"}


@pytest.mark.parametrize("kind", ["sync", "async"])
@pytest.mark.parametrize(
    ("options", "limits"),
    [
        ({"timeout": None}, {"connect": None, "read": None, "write": None, "pool": None}),
        # Not given: the injected client's own limits (httpx's 5 s) make the deadline.
        ({}, {"connect": 5.0, "read": 5.0, "write": 5.0, "pool": 5.0}),
    ],
)
def test_both_engines_send_the_limits_of_the_deadline(
    kind: str, options: dict[str, object], limits: dict[str, float | None]
) -> None:
    """``timeout=None`` sends with no limit at all (no deadline to cancel at); otherwise
    every phase of an attempt is capped by what is left of the call's deadline."""
    import asyncio

    seen: list[dict[str, float | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=[])

    transport = httpx.MockTransport(handler)
    url = "http://dokploy.test"
    if kind == "sync":
        with Dokploy(
            base_url=url, api_key="k", http_client=httpx.Client(transport=transport), **options
        ) as client:
            assert client.call_json("project.all") == []
    else:

        async def main() -> None:
            http_client = httpx.AsyncClient(transport=transport)
            async with AsyncDokploy(base_url=url, api_key="k", http_client=http_client, **options) as client:
                assert await client.call_json("project.all") == []

        asyncio.run(main())
    assert seen[0].keys() == limits.keys()
    for phase, limit in limits.items():
        got = seen[0][phase]
        assert got == limit if limit is None else (got is not None and limit - 1 < got <= limit), phase


@pytest.mark.parametrize("kind", CLIENTS)
def test_post_without_arguments_sends_json_content_type_and_no_body(kind: str) -> None:
    """Dokploy answers 415 to a POST with no content type, even when it needs no input."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"latestVersion": None, "updateAvailable": False})

    on_client(kind, lambda client: client.call("settings.getUpdateData"), handler)
    assert seen[0].headers["content-type"] == "application/json"
    assert seen[0].content == b""


def test_multipart_operation_sends_form_fields_and_file() -> None:
    """``application.dropDeployment`` uploads a zip: multipart, not JSON."""
    import io

    from dokploy._compat import client_version, has

    if not has("application.drop_deployment"):
        pytest.skip(f"this client (Dokploy {client_version()}) has no application.dropDeployment")

    from dokploy_api.types import File

    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=b"true")

    upload = File(
        payload=io.BytesIO(b"PK\x03\x04zip-bytes"), file_name="app.zip", mime_type="application/zip"
    )
    assert _client(handler).application.drop_deployment(application_id="a1", zip_=upload) is True
    request = seen[0]
    assert request.headers["content-type"].startswith("multipart/form-data; boundary=")
    body = request.content
    assert b'name="applicationId"' in body and b"a1" in body
    assert b'name="zip"; filename="app.zip"' in body and b"PK\x03\x04zip-bytes" in body


@pytest.mark.parametrize(
    ("header", "expected"),
    [("2", 2.0), ("0", 0.0), ("120", 60.0), ("soon", None)],
)
def test_retry_after_is_honoured_and_capped(header: str, expected: float | None) -> None:
    from dokploy._base_client import _retry_after

    response = httpx.Response(503, headers={"retry-after": header})
    assert _retry_after(response) == expected


def test_retry_after_http_date() -> None:
    import email.utils
    import time

    from dokploy._base_client import _retry_after

    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    delay = _retry_after(httpx.Response(503, headers={"retry-after": when}))
    assert delay is not None and 3.0 <= delay <= 5.0


def test_explicit_timeout_applies_to_an_injected_client() -> None:
    """Users inject a client for verify=False or proxies; their timeout= must still hold."""
    with silent_port() as url:
        injected = httpx.Client(timeout=None)
        client = Dokploy(base_url=url, api_key="k", timeout=0.2, max_retries=0, http_client=injected)
        with pytest.raises(dokploy.APITimeoutError):
            client.project.all()


@pytest.mark.parametrize("kind", CLIENTS)
def test_html_page_answering_200_is_an_error_not_a_result(kind: str) -> None:
    page = b"<html><body>Sign in</body></html>"
    handler = _answer(200, content=page, headers={"content-type": "text/html"})
    with pytest.raises(dokploy.UnexpectedResponseError, match="HTML page"):
        on_client(kind, lambda client: client.project.one(project_id="p1"), handler)


@pytest.mark.parametrize("kind", CLIENTS)
def test_undecodable_body_is_a_dokploy_error(kind: str) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-encoding": "gzip"}, stream=httpx.ByteStream(b"not gzip"))

    with pytest.raises(dokploy.APIError, match="DecodingError"):
        on_client(kind, lambda client: client.project.all(), handler)


def test_plain_http_behind_a_proxy_keeps_normal_verification(monkeypatch: pytest.MonkeyPatch) -> None:
    from dokploy._base_client import _tls_verification

    assert isinstance(_tls_verification("http://dokploy.lan"), ssl.SSLContext)
    monkeypatch.setenv("HTTPS_PROXY", "https://proxy.lan:3128")
    assert _tls_verification("http://dokploy.lan") is True


@pytest.mark.parametrize(
    ("options", "deadline"),
    [
        ({}, 30.0),  # the default: 30 s per call (connect 10 s within it)
        ({"timeout": 1.5}, 1.5),
        ({"timeout": httpx.Timeout(5.0, connect=20.0)}, 20.0),  # the largest of its limits
        ({"timeout": None}, None),  # no limit at all
        ({"http_client": httpx.Client(timeout=7.0)}, 7.0),  # an injected client's own timeout
        ({"http_client": httpx.Client(timeout=None), "timeout": 2.0}, 2.0),
    ],
)
def test_timeout_is_the_deadline_of_a_whole_call(options: dict[str, object], deadline: float | None) -> None:
    client = Dokploy(base_url="http://dokploy.test", api_key="k", **options)  # type: ignore[arg-type]
    assert client._engine._budget == deadline


def test_no_phase_of_an_attempt_may_outlast_the_deadline() -> None:
    import time

    client = Dokploy(base_url="http://dokploy.test", api_key="k", timeout=httpx.Timeout(30.0, connect=10.0))
    limits = client._engine._attempt_timeout(time.monotonic() + 2.0)
    phases = (limits.connect, limits.read, limits.write, limits.pool)
    assert all(limit is not None and 0 < limit <= 2.0 for limit in phases)
    with pytest.raises(httpx.TimeoutException):
        client._engine._attempt_timeout(time.monotonic() - 0.1)


@pytest.mark.parametrize("kind", CLIENTS)
def test_redirect_is_a_status_error_naming_where_it_pointed(kind: str) -> None:
    handler = _answer(301, headers={"location": "https://dokploy.test/api/project.all"})
    with pytest.raises(dokploy.RedirectError) as caught:
        on_client(kind, lambda client: client.project.all(), handler)
    assert isinstance(caught.value, dokploy.APIStatusError)
    assert caught.value.location == "https://dokploy.test/api/project.all"
    assert "use base_url='https://dokploy.test/api'" in str(caught.value)


@pytest.mark.parametrize(
    ("options", "says"),
    [
        ({"base_url": "http://[::1"}, "not a valid URL"),
        ({"api_key": "k\nx"}, "the API key has a character"),
        ({"api_key": "clé"}, "the API key has a character"),
        ({"default_headers": {"x-trace": "é"}}, "header 'x-trace'"),
        ({"timeout": -1}, "seconds > 0"),
    ],
)
def test_unusable_settings_are_configuration_errors_before_any_request(
    options: dict[str, object], says: str
) -> None:
    settings: dict[str, object] = {"base_url": "http://dokploy.test", "api_key": "k", **options}
    with pytest.raises(dokploy.ConfigurationError, match=says) as caught:
        Dokploy(**settings)  # type: ignore[arg-type]
    assert "clé" not in str(caught.value)  # a key is never echoed


def test_a_key_read_from_a_file_keeps_working(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOKPLOY_API_KEY", "secret-key\n")
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    http_client = httpx.Client(transport=httpx.MockTransport(handler))
    Dokploy(base_url="http://dokploy.test", http_client=http_client).project.all()
    assert seen[0].headers["x-api-key"] == "secret-key"


def test_proxy_variables_still_route_the_default_client(monkeypatch: pytest.MonkeyPatch) -> None:
    """The deadline transport must not cost users behind HTTPS_PROXY their proxy."""
    monkeypatch.setenv("HTTP_PROXY", "http://proxy.lan:3128")
    client = Dokploy(base_url="http://dokploy.lan", api_key="k")
    mounts = client._engine._client._mounts
    assert any(transport is not None for transport in mounts.values())
