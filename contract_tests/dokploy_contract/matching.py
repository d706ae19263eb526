"""Request matching on what identifies a Dokploy call: method, procedure, query, JSON body.

vcrpy's default (method + URI) ignores bodies, but every Dokploy mutation is a
POST to one fixed path, so two different ``project.create`` calls would swap
answers. Both sides are already scrubbed (vcrpy runs ``before_record_request``
on the live request before matching), so placeholders compare equal.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from vcr.request import Request

MATCHER_NAME = "dokploy"


def procedure(uri: str) -> str:
    """``https://host/api/project.one?x=1`` -> ``project.one`` (any base path before /api)."""
    path = urlsplit(uri).path
    return path.rsplit("/api/", 1)[-1] if "/api/" in path else path.lstrip("/")


def canonical_query(uri: str) -> list[tuple[str, str]]:
    return sorted(parse_qsl(urlsplit(uri).query, keep_blank_values=True))


def canonical_body(body: Any) -> str:
    """Sorted-key compact JSON for JSON bodies; raw text otherwise; '' for none."""
    if body is None:
        return ""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    if not text.strip():
        return ""
    try:
        return json.dumps(json.loads(text), sort_keys=True, separators=(",", ":"))
    except ValueError:
        return text


def differences(live: Request, recorded: Request) -> list[str]:
    """Human-readable reasons why two requests are different calls (empty: same call)."""
    out = []
    if live.method.upper() != recorded.method.upper():
        out.append(f"method {live.method} != {recorded.method}")
    if procedure(live.uri) != procedure(recorded.uri):
        out.append(f"procedure {procedure(live.uri)} != {procedure(recorded.uri)}")
    if canonical_query(live.uri) != canonical_query(recorded.uri):
        out.append(f"query {canonical_query(live.uri)} != {canonical_query(recorded.uri)}")
    live_body, recorded_body = canonical_body(live.body), canonical_body(recorded.body)
    if live_body != recorded_body:
        out.append(f"body {live_body[:300]} != {recorded_body[:300]}")
    return out


def dokploy_matcher(live: Request, recorded: Request) -> None:
    """vcrpy matcher protocol: raise AssertionError when the requests differ."""
    problems = differences(live, recorded)
    if problems:
        raise AssertionError("; ".join(problems))
