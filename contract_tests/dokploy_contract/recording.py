"""The vcrpy configuration: where cassettes live, what is scrubbed, how requests match.

The kit has no HTTP code of its own: vcrpy patches httpx's transports, and the
fixtures hand out the ordinary ``Dokploy`` client, so a cassette holds exactly
what the client sent and received.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit

import vcr
from vcr.filters import decode_response
from vcr.request import Request

from . import serializer
from .matching import MATCHER_NAME, dokploy_matcher, procedure
from .scrub import scrub_json, scrub_query, scrub_text

SERIALIZER_NAME = "dokploy-yaml"
# Cassettes never name the instance they were recorded from.
RECORDED_ORIGIN = "https://dokploy.invalid"
KEPT_HEADERS = frozenset({"content-type"})
SECRET_HEADERS = ("x-api-key", "authorization", "cookie", "set-cookie")
_BOUNDARY_RE = re.compile(r"boundary=([^;\s]+)")
FIXED_BOUNDARY = "dokploy-contract-boundary"


def _text(body: Any) -> str | None:
    if body is None:
        return None
    if isinstance(body, bytes):
        return body.decode("utf-8", "replace")
    return str(body)


def _scrub_body(text: str | None, literals: tuple[str, ...]) -> str | None:
    if text is None or not text.strip():
        return text
    try:
        parsed = json.loads(text)
    except ValueError:
        return scrub_text(text, literals)
    return serializer.encode_json(scrub_json(parsed, literals))


def _kept(headers: Any) -> dict[str, list[str]]:
    """Only the content type survives: everything else is secret or noise in a diff."""
    kept: dict[str, list[str]] = {}
    for name, value in dict(headers).items():
        if name.lower() in KEPT_HEADERS:
            kept[name.lower()] = list(value) if isinstance(value, list) else [value]
    return kept


def request_filter(literals: Iterable[str] = ()) -> Callable[[Request], Request]:
    """Scrub a request (vcrpy hands us a deep copy; the live request is untouched)."""
    known = tuple(s for s in literals if s)

    def scrub_request(request: Request) -> Request:
        parts = urlsplit(request.uri)
        pairs = scrub_query(parse_qsl(parts.query, keep_blank_values=True), known)
        query = f"?{urlencode(pairs)}" if pairs else ""
        request.uri = f"{RECORDED_ORIGIN}/api/{procedure(request.uri)}{query}"
        headers = _kept(request.headers)
        body = _text(request.body)
        content_type = (headers.get("content-type") or [""])[0]
        match = _BOUNDARY_RE.search(content_type)
        if match and body is not None:
            # httpx draws a random multipart boundary per request: pin it so replay matches.
            body = body.replace(match.group(1), FIXED_BOUNDARY)
            headers["content-type"] = [content_type.replace(match.group(1), FIXED_BOUNDARY)]
        request.headers = headers
        request.body = _scrub_body(body, known)
        return request

    return scrub_request


def response_filter(literals: Iterable[str] = ()) -> Callable[[dict[str, Any]], dict[str, Any]]:
    known = tuple(s for s in literals if s)

    def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
        response = decode_response(response)
        response["headers"] = _kept(response.get("headers", {}))
        body = response.get("body") or {}
        text = _text(body.get("string"))
        # Bytes, as vcrpy keeps them: this filter also runs on interactions loaded for replay.
        response["body"] = {"string": (_scrub_body(text, known) or "").encode("utf-8")}
        return response

    return scrub_response


def make_vcr(record_mode: str, literals: Iterable[str] = ()) -> vcr.VCR:
    """One VCR for the whole run; ``literals`` are secrets known up front (the API key)."""
    secrets = tuple(literals)
    recorder = vcr.VCR(
        serializer=SERIALIZER_NAME,
        record_mode=record_mode,
        match_on=[MATCHER_NAME],
        filter_headers=list(SECRET_HEADERS),
        before_record_request=request_filter(secrets),
        before_record_response=response_filter(secrets),
        decode_compressed_response=True,
    )
    recorder.register_serializer(SERIALIZER_NAME, serializer)
    recorder.register_matcher(MATCHER_NAME, dokploy_matcher)
    return recorder


def cassette_path(root: Path, version: str, module: str, test: str) -> Path:
    """``<root>/<version>/<module>/<test>.yaml`` with parametrize ids made file-safe."""
    safe = re.sub(r"[^A-Za-z0-9_.-]+", "_", test).strip("_")
    return root / version / module / f"{safe}.yaml"
