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
from .scrub import MAX_STRUCTURED_DEPTH, Scrubber, depth, placeholder
from .settings import safe_segment

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


def _scrub_body(text: str | None, scrubber: Scrubber, response: bool = False) -> str | None:
    if text is None or not text.strip():
        return text
    if response:
        text = scrubber.scrub_response_body(text)
    try:
        parsed = json.loads(text)
    except (ValueError, RecursionError):
        return scrubber.scrub_text(text)
    if depth(parsed) > MAX_STRUCTURED_DEPTH:
        return scrubber.scrub_text(text)
    scrub = scrubber.scrub_json if response else scrubber.scrub_request_json
    return serializer.encode_json(scrub(parsed))


_PART_NAME_RE = re.compile(r'name="(?P<name>[^"]*)"(?P<file>;\s*filename=)?')


def _scrub_multipart(body: str, boundary: str, scrubber: Scrubber) -> str:
    """Form fields of a multipart body: secret-named ones hidden (and remembered), all scrubbed."""
    parts = body.split(f"--{boundary}")
    out = []
    for part in parts:
        head, sep, content = part.partition("\r\n\r\n")
        match = _PART_NAME_RE.search(head)
        if sep and match and not match["file"]:
            value, end = (content[:-2], "\r\n") if content.endswith("\r\n") else (content, "")
            if scrubber.facts.is_secret_key(match["name"]) and value:
                scrubber.register(value, sent=True)
                value = placeholder(value)
            else:
                value = scrubber.scrub_text(value)
            part = f"{head}{sep}{value}{end}"
        out.append(part)
    return scrubber.replace_known(f"--{boundary}".join(out))


def _kept(headers: Any) -> dict[str, list[str]]:
    """Only the content type survives: everything else is secret or noise in a diff."""
    kept: dict[str, list[str]] = {}
    for name, value in dict(headers).items():
        if name.lower() in KEPT_HEADERS:
            kept[name.lower()] = list(value) if isinstance(value, list) else [value]
    return kept


def request_filter(scrubber: Scrubber) -> Callable[[Request], Request]:
    """Scrub a request (vcrpy hands us a deep copy; the live request is untouched).

    Every secret the request carries is registered with ``scrubber`` first, so the
    server echoing it later (an error message, a log) is scrubbed too.
    """

    def scrub_request(request: Request) -> Request:
        parts = urlsplit(request.uri)
        scrubber.operation = procedure(request.uri)
        pairs = scrubber.scrub_query(parse_qsl(parts.query, keep_blank_values=True))
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
            request.body = _scrub_multipart(body, FIXED_BOUNDARY, scrubber)
            return request
        request.headers = headers
        request.body = _scrub_body(body, scrubber)
        return request

    return scrub_request


def response_filter(scrubber: Scrubber) -> Callable[[dict[str, Any]], dict[str, Any]]:
    def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
        response = decode_response(response)
        response["headers"] = _kept(response.get("headers", {}))
        status = response.get("status")
        if isinstance(status, dict) and isinstance(status.get("message"), str):
            status["message"] = scrubber.scrub_text(status["message"])  # the reason phrase
        body = response.get("body") or {}
        text = _text(body.get("string"))
        # Bytes, as vcrpy keeps them: this filter also runs on interactions loaded for replay.
        response["body"] = {"string": (_scrub_body(text, scrubber, response=True) or "").encode("utf-8")}
        return response

    return scrub_response


def make_vcr(record_mode: str, literals: Iterable[str] = (), scrubber: Scrubber | None = None) -> vcr.VCR:
    """One VCR for the whole run; ``literals`` are secrets known up front (the API key).

    One ``Scrubber`` for the whole run too: a secret seen in one test is hidden in every
    cassette written after it, and the serializer replaces every secret registered by the
    time a cassette is saved (a value classified as secret after it first appeared).
    """
    scrubber = scrubber or Scrubber()
    for literal in literals:
        scrubber.register(literal, force=True)
    recorder = vcr.VCR(
        serializer=SERIALIZER_NAME,
        record_mode=record_mode,
        match_on=[MATCHER_NAME],
        filter_headers=list(SECRET_HEADERS),
        before_record_request=request_filter(scrubber),
        before_record_response=response_filter(scrubber),
        decode_compressed_response=True,
    )
    recorder.register_serializer(SERIALIZER_NAME, serializer.Serializer(scrubber))
    recorder.register_matcher(MATCHER_NAME, dokploy_matcher)
    return recorder


def cassette_path(root: Path, version: str, module: str, test: str) -> Path:
    """``<root>/<version>/<module>/<test>.yaml`` with parametrize ids made file-safe."""
    path = root / safe_segment(version, "unrecorded") / safe_segment(module) / f"{safe_segment(test)}.yaml"
    if not path.resolve().is_relative_to(root.resolve()):  # belt and braces: never outside root
        raise ValueError(f"cassette path {path} escapes {root}")
    return path
