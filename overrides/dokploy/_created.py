"""Creates that answer ``true`` or nothing: find the record they made.

List before, create, list after; the created record is the one whose id is new
and whose fields match the request's. Listing first matters: matching on
fields alone would return an older record with the same name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

import attrs

from dokploy_api.types import Unset

from ._compat import camel
from ._steps import Call, Workflow
from ._workflow_exceptions import CreatedRecordNotFound

MISSING = object()


def field(record: Any, name: str) -> Any:
    """``record``'s ``name`` (snake_case) whether it is an attrs model or a JSON dict."""
    if isinstance(record, Mapping):
        return record.get(camel(name), MISSING)
    value = getattr(record, name, MISSING)
    return MISSING if isinstance(value, Unset) else value


def _nested(record: Any) -> list[Any]:
    values = (
        record.values()
        if isinstance(record, Mapping)
        else (
            [getattr(record, a.name) for a in attrs.fields(type(record))] if attrs.has(type(record)) else []
        )
    )
    return [v for v in values if isinstance(v, Mapping) or attrs.has(type(v))]


def lookup(record: Any, name: str) -> Any:
    """``field``, else the first nested record's (``gitProvider.name``, ``gitlab.gitlabId``)."""
    seen = field(record, name)
    if seen is MISSING:
        seen = next((v for v in (field(n, name) for n in _nested(record)) if v is not MISSING), MISSING)
    return seen


def matches(record: Any, wanted: Mapping[str, Any]) -> bool:
    """Every requested field the record shows (itself or one level down) has the
    requested value; fields it does not show are skipped."""
    for name, value in wanted.items():
        seen = lookup(record, name)
        if seen is not MISSING and seen != value:
            return False
    return True


@attrs.frozen
class Listing:
    """Where the created record shows up, and how to read it."""

    call: Call
    id_field: str
    records: Callable[[Any], Sequence[Any]] = list
    fetch: str | None = None  # "router.one" for the full record, given the id


def is_record(answer: Any) -> bool:
    """Whether a create answered its record (not ``None``/``true``/``false``)."""
    return answer is not None and not isinstance(answer, bool)


def create_and_find(
    operation: str, create: Call, listing: Listing, match: Mapping[str, Any]
) -> Workflow[Any]:
    """Run ``create``; return the new record that ``listing`` shows and that ``match``es."""
    known = yield from _known(listing)
    yield create
    return (yield from _find(operation, listing, match, known))


def create_or_find(operation: str, create: Call, listing: Listing, match: Mapping[str, Any]) -> Workflow[Any]:
    """Run ``create``; its answer if that is a record, else the record ``listing`` shows.

    For creates that answer the record on some Dokploy versions and nothing (or
    ``true``) on others: the listing before is taken either way, since only the
    answer tells which kind of server this is.
    """
    known = yield from _known(listing)
    answer = yield create
    if is_record(answer):
        return answer
    return (yield from _find(operation, listing, match, known))


def _known(listing: Listing) -> Workflow[set[Any]]:
    before = listing.records((yield listing.call))
    return {lookup(r, listing.id_field) for r in before}


def _find(operation: str, listing: Listing, match: Mapping[str, Any], known: set[Any]) -> Workflow[Any]:
    after = listing.records((yield listing.call))
    new = [r for r in after if lookup(r, listing.id_field) not in known]
    found = [r for r in new if matches(r, match)]
    if len(found) != 1:
        raise CreatedRecordNotFound(operation, dict(match), found)
    if listing.fetch is None:
        return found[0]
    return (yield Call(listing.fetch, {listing.id_field: lookup(found[0], listing.id_field)}))
