"""Fetch a spec from a Dokploy instance, or read one from a file."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

from dokploy._base_client import KEY_VARIABLE, URL_VARIABLE, resolve_settings
from dokploy._exceptions import RATE_LIMIT_HINT, ConfigurationError

from .build.normalize import validate_document
from .errors import PullError, SpecError

SPEC_PROCEDURE = "settings.getOpenApiDocument"


def _settings(url: str | None, api_key: str | None) -> tuple[str, str]:
    """The client's own resolution (arguments, then DOKPLOY_API_URL / DOKPLOY_API_KEY), with
    messages that name this command's flags instead of the client's Python arguments."""
    url = url or os.environ.get(URL_VARIABLE)
    api_key = api_key or os.environ.get(KEY_VARIABLE)
    if not url:
        raise PullError(f"no Dokploy URL: pass --url URL or set {URL_VARIABLE}")
    if not api_key:
        raise PullError(f"no API key for {url}: pass --api-key KEY or set {KEY_VARIABLE}")
    try:
        return resolve_settings(url, api_key)
    except ConfigurationError as exc:
        raise PullError(
            f"Dokploy URL {url[:80]!r} is not an http(s) URL: pass e.g. --url https://dokploy.example.com"
        ) from exc


def pull(url: str | None, api_key: str | None, *, timeout: float = 30.0) -> dict[str, Any]:
    """``GET {url}/api/settings.getOpenApiDocument`` with the ``x-api-key`` header."""
    root, api_key = _settings(url, api_key)
    target = f"{root}/{SPEC_PROCEDURE}"
    try:
        response = httpx.get(target, headers={"x-api-key": api_key}, timeout=timeout)
    except httpx.ConnectError as exc:
        reason = str(exc) or type(exc).__name__
        raise PullError(
            f"cannot connect to {target} ({reason}); is Dokploy running at that address?"
        ) from exc
    except httpx.TimeoutException as exc:
        raise PullError(f"{target} did not answer within {timeout:g}s; check the URL and network") from exc
    except httpx.HTTPError as exc:
        raise PullError(f"request to {target} failed: {exc or type(exc).__name__}") from exc
    return without_address(_spec_from_response(response, target), root)


PLACEHOLDER_ORIGIN = "https://dokploy.invalid"  # the cassettes' placeholder too


def without_address(spec: dict[str, Any], root: str) -> dict[str, Any]:
    """The spec with the instance's address replaced: it lands in files meant to be committed.

    Dokploy writes the address it was asked on into ``servers`` and ``externalDocs``
    (``{protocol}://{Host header}/api``), with whatever scheme its proxy reports.
    """
    pattern = re.compile(r"https?://" + re.escape(urlsplit(root).netloc), re.IGNORECASE)

    def scrub(node: Any) -> Any:
        if isinstance(node, str):
            return pattern.sub(PLACEHOLDER_ORIGIN, node)
        if isinstance(node, dict):
            return {scrub(k): scrub(v) for k, v in node.items()}
        if isinstance(node, list):
            return [scrub(v) for v in node]
        return node

    scrubbed: dict[str, Any] = scrub(spec)
    return scrubbed


def _spec_from_response(response: httpx.Response, target: str) -> dict[str, Any]:
    if response.is_redirect:
        location = response.headers.get("location", "")
        raise PullError(
            f"{target} answered {response.status_code} redirecting to {location[:120]!r}: if that is "
            "the same Dokploy on https or another address, pass that as --url; if it is a login "
            "page, the URL is not Dokploy's API"
        )
    if response.status_code == 401:
        raise PullError(f"{target} answered 401 Unauthorized: check DOKPLOY_API_KEY ({RATE_LIMIT_HINT})")
    if response.status_code >= 400:
        raise PullError(f"{target} answered HTTP {response.status_code}: {response.text[:200]!r}")
    content_type = response.headers.get("content-type", "")
    if "html" in content_type or response.text.lstrip().startswith("<"):
        raise PullError(
            f"{target} answered an HTML page, not a spec: the URL is probably not Dokploy's "
            "(wrong base URL, or a proxy/login page); use the address of the Dokploy panel"
        )
    try:
        data = response.json()
    except ValueError as exc:
        raise PullError(f"{target} did not answer JSON ({response.text[:80]!r}); check the URL") from exc
    except RecursionError as exc:
        raise PullError(f"{target} answered JSON nested too deeply to parse; is it Dokploy?") from exc
    return validate_document(data, source=target)


def load_spec_file(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise SpecError(f"spec file {path} does not exist") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read spec file {path}: {exc}") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise SpecError(
            f"{path} is not JSON ({exc.msg} at line {exc.lineno}); pass a Dokploy OpenAPI JSON file"
        ) from exc
    except RecursionError as exc:
        raise SpecError(f"{path} nests too deeply to parse; is it a Dokploy OpenAPI JSON file?") from exc
    return validate_document(data, source=str(path))


def load_spec(source: str, api_key: str | None = None) -> dict[str, Any]:
    """A file path, a published spec's URL (``….json``), or an instance URL (pulled with the key)."""
    if source.startswith(("http://", "https://")):
        if urlsplit(source).path.endswith(".json"):
            return _fetch_document(source)
        return pull(source, api_key)
    return load_spec_file(Path(source))


def _fetch_document(url: str, *, timeout: float = 30.0) -> dict[str, Any]:
    try:
        response = httpx.get(url, timeout=timeout, follow_redirects=True)
    except httpx.HTTPError as exc:
        raise PullError(f"cannot fetch {url}: {exc}") from exc
    return _spec_from_response(response, url)
