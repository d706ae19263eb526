"""Creates that answer ``true`` or nothing: find the record they made.

List before, create, list after; the created record is the one whose id is new
and whose fields match the request's. Listing first matters: matching on
fields alone would return an older record with the same name.

Which creates, and where their records show up, is data: a row of
``dokploy_api.facts.FINDERS`` each (``overrides/corrections/facts.json``). The
generated method of such a create (``client.redirects.create``) calls the
engine's ``create_and_find`` (``_finding``), which runs ``find_created``: one
workflow, driven by either runner.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import attrs

from dokploy_api.types import Unset

from ._compat import camel
from ._exceptions import ConfigurationError
from ._steps import Call, Workflow
from ._workflow_exceptions import CreatedRecordNotFound

if TYPE_CHECKING:
    from dokploy_api.facts import Finder

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
    if isinstance(create.target, str) and finds_its_record(_wire(create.target)):
        return (yield create)  # its generated method lists and finds the record itself
    known = yield from _known(listing)
    answer = yield create
    if is_record(answer):
        return answer
    return (yield from _find(operation, listing, match, known))


def _wire(target: str) -> str:
    from ._compat import wire_name

    return wire_name(target)


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


# --- creates with a row in dokploy_api.facts.FINDERS -------------------------------------


def finds_its_record(operation: str) -> bool:
    """Whether the generated method of ``operation`` (wire name) returns the record itself."""
    from dokploy_api.facts import FINDERS

    return operation in FINDERS


def _given(arguments: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in arguments.items() if v is not None and not isinstance(v, Unset)}


def finder_listing(finder: Finder, arguments: Mapping[str, Any]) -> Listing:
    """Where ``finder``'s record shows up, for these create arguments (python names)."""
    given = _given(arguments)
    for name, why in finder.refuse:
        if name in given:
            raise ConfigurationError(f"{finder.operation} with {name}= cannot return its record: {why}")
    usable = [item for item in finder.listings if all(ours in given for _, ours in item.arguments)]
    if len(usable) != 1:
        options = ", ".join(ours for item in finder.listings for _, ours in item.arguments)
        raise ConfigurationError(f"{finder.operation}: pass exactly one of {options}")
    listing = usable[0]
    call = Call(listing.target, {theirs: given[ours] for theirs, ours in listing.arguments})
    return Listing(call, finder.id_field, _records_of(finder.items, finder.kind), fetch=finder.fetch)


def _records_of(items: str | None, kind: str | None) -> Callable[[Any], Sequence[Any]]:
    """The records of a listing's answer: its ``items`` field (or itself), those of ``kind``."""

    def records(answer: Any) -> Sequence[Any]:
        found = answer if items is None else field(answer, items)
        rows = [] if found is MISSING or found is None else list(found)
        return rows if kind is None else [r for r in rows if field(r, kind) not in (None, MISSING)]

    return records


def find_created(finder: Finder, create: Callable[[], Any], arguments: Mapping[str, Any]) -> Workflow[Any]:
    """The workflow of every create with a finder: list, ``create``, list, (fetch)."""
    listing = finder_listing(finder, arguments)
    given = _given(arguments)
    match = {name: given[name] for name in finder.match if name in given}
    return (yield from create_and_find(finder.operation, Call(create), listing, match))
