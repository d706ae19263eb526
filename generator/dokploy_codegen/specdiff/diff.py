"""Diff two Dokploy OpenAPI specs: which operations came and went, and what breaks callers.

Written here rather than taken off the shelf: no well-kept Python library diffs OpenAPI 3.0
and 3.1 for breaking changes (oasdiff, the good one, is Go), and Dokploy's quirks (path styles,
the 3.0 -> 3.1 nullable spelling, zod's ``anyOf [{not: {}}, X]``) need handling anyway.

Operations are matched by canonical ``router.procedure`` name (:mod:`naming`), so a spec that
spells paths ``/admin/setupMonitoring`` matches one that spells ``/admin.setupMonitoring``.
Schemas are compared after normalisation (:mod:`.schema`): OpenAPI 3.0 ``nullable``,
3.1 ``anyOf [X, {type: null}]`` and ``type: [X, "null"]`` are the same shape. Fields are named by
path: ``env``, ``domains[].host`` (array items), ``labels{}`` (map values). Query parameters and
body fields share one namespace, so a GET -> POST move compares field by field.

Change kinds (stable; the CLI and CI gates key on them). ``B`` = breaking, ``-`` = changed.

Operation level:
  B operation-removed                 the operation is gone (also listed in ``removed``)
  B method-changed                    GET <-> POST (or any other method switch)
  B request-content-type-removed      a request media type is no longer accepted
  - request-content-type-added
  B request-body-became-required
  - request-body-became-optional

Request fields (``request-``) and, when compared, response fields (``response-``):

  kind suffix              request  response  meaning
  field-removed              B        B       field gone (its sub-fields are not listed again)
  field-added                -        -       new field (request: optional, or inside a new parent)
  field-added-required       B                new required field in a parent the old spec had
  field-became-required      B        -       optional -> required
  field-became-optional      -        B       required -> optional
  field-no-longer-nullable   B        -       null no longer allowed (e.g. string|null -> string)
  field-became-nullable      -        B       null now allowed
  type-narrowed              B        -       fewer JSON types accepted (e.g. any -> string)
  type-widened               -        B       more JSON types (integer -> number counts)
  type-changed               B        B       neither narrower nor wider (string -> boolean)
  enum-narrowed              B        -       enum values removed, or free values -> an enum
  enum-widened               -        B       enum values added, or an enum -> free values

Responses are compared from ``old_corrections``/``new_corrections``
(``{operation: JSON schema of the 200 body}``) when both sides have one for an operation; when
neither has one, from the specs' own 200 schemas (Dokploy's are all the empty object, so
nothing); when only one side has a correction, not at all (the other side is a placeholder).

Not compared, on purpose: value constraints (minLength, pattern, maximum...), formats,
defaults, descriptions, security schemes, error responses.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from .schema import (
    FieldShape,
    OperationShape,
    encoded,
    is_container_path,
    operation_shapes,
    parent_path,
)

Side = Literal["request", "response"]

# Field-level kind suffixes that break callers, per side (see the module docstring table).
_BREAKING_SUFFIXES: dict[Side, frozenset[str]] = {
    "request": frozenset(
        {
            "field-removed",
            "field-added-required",
            "field-became-required",
            "field-no-longer-nullable",
            "type-narrowed",
            "type-changed",
            "enum-narrowed",
        }
    ),
    "response": frozenset(
        {
            "field-removed",
            "field-became-optional",
            "field-became-nullable",
            "type-widened",
            "type-changed",
            "enum-widened",
        }
    ),
}
_BREAKING_OPERATION_KINDS = frozenset(
    {
        "operation-removed",
        "method-changed",
        "request-content-type-removed",
        "request-body-became-required",
    }
)


@dataclass(frozen=True)
class Change:
    """One difference in one operation. ``field`` is the field path, ``None`` for the operation."""

    operation: str
    kind: str
    detail: str
    field: str | None = None

    def to_json(self) -> dict[str, str]:
        return {"operation": self.operation, "kind": self.kind, "detail": self.detail}


@dataclass(frozen=True)
class SpecDiff:
    """The result of :func:`diff_specs`; lists are sorted."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    breaking: list[Change] = field(default_factory=list)
    changed: list[Change] = field(default_factory=list)

    @property
    def has_breaking(self) -> bool:
        return bool(self.breaking)

    def to_json(self) -> dict[str, Any]:
        return {
            "added": list(self.added),
            "removed": list(self.removed),
            "breaking": [c.to_json() for c in self.breaking],
            "changed": [c.to_json() for c in self.changed],
        }


def diff_specs(
    old: dict[str, Any],
    new: dict[str, Any],
    *,
    old_corrections: dict[str, Any] | None = None,
    new_corrections: dict[str, Any] | None = None,
) -> SpecDiff:
    """Compare two OpenAPI documents (3.0 or 3.1, any path style) operation by operation."""
    old_ops = operation_shapes(old, old_corrections)
    new_ops = operation_shapes(new, new_corrections)
    removed = sorted(old_ops.keys() - new_ops.keys())
    changes = [Change(name, "operation-removed", "operation removed") for name in removed]
    for name in sorted(old_ops.keys() & new_ops.keys()):
        changes.extend(_operation_changes(name, old_ops[name], new_ops[name]))
    return SpecDiff(
        added=sorted(new_ops.keys() - old_ops.keys()),
        removed=removed,
        breaking=_sorted([c for c in changes if _is_breaking(c.kind)]),
        changed=_sorted([c for c in changes if not _is_breaking(c.kind)]),
    )


def _is_breaking(kind: str) -> bool:
    if kind in _BREAKING_OPERATION_KINDS:
        return True
    side, _, suffix = kind.partition("-")
    return side in _BREAKING_SUFFIXES and suffix in _BREAKING_SUFFIXES[side]


def _sorted(changes: list[Change]) -> list[Change]:
    return sorted(changes, key=lambda c: (c.operation, c.field or "", c.kind, c.detail))


def _operation_changes(name: str, old: OperationShape, new: OperationShape) -> Iterator[Change]:
    if old.method != new.method:
        yield Change(name, "method-changed", f"{old.method.upper()} -> {new.method.upper()}")
    yield from _body_changes(name, old, new)
    yield from _field_changes(name, "request", old.fields, new.fields)
    old_response, new_response = _comparable_responses(old, new)
    if old_response is not None and new_response is not None:
        yield from _field_changes(name, "response", old_response, new_response)


def _body_changes(name: str, old: OperationShape, new: OperationShape) -> Iterator[Change]:
    if old.content_types and new.content_types:
        for media in sorted(old.content_types - new.content_types):
            yield Change(name, "request-content-type-removed", f"no longer accepts {media}")
        for media in sorted(new.content_types - old.content_types):
            yield Change(name, "request-content-type-added", f"now accepts {media}")
    if old.body_required is not None and new.body_required is not None:
        if new.body_required and not old.body_required:
            yield Change(name, "request-body-became-required", "request body now required")
        elif old.body_required and not new.body_required:
            yield Change(name, "request-body-became-optional", "request body now optional")


def _comparable_responses(
    old: OperationShape, new: OperationShape
) -> tuple[Mapping[str, FieldShape] | None, Mapping[str, FieldShape] | None]:
    """Corrections on both sides, else spec schemas on both sides, else nothing."""
    if old.corrected_response is not None and new.corrected_response is not None:
        return old.corrected_response, new.corrected_response
    if old.corrected_response is None and new.corrected_response is None:
        return old.spec_response, new.spec_response
    return None, None


def _field_changes(
    name: str, side: Side, old: Mapping[str, FieldShape], new: Mapping[str, FieldShape]
) -> Iterator[Change]:
    def change(path: str, suffix: str, text: str) -> Change:
        label = path or "(body)"
        return Change(name, f"{side}-{suffix}", f"{label}: {text}", path)

    for path in sorted(old.keys() - new.keys()):
        if _top_most(path, new):
            yield change(path, "field-removed", "field removed")
    for path in sorted(new.keys() - old.keys()):
        if not _top_most(path, old):
            continue
        shape = new[path]
        if shape.required and side == "request":
            yield change(path, "field-added-required", f"new required field ({_describe(shape)})")
        else:
            yield change(path, "field-added", f"new field ({_describe(shape)})")
    for path in sorted(old.keys() & new.keys()):
        for suffix, text in _shape_facts(old[path], new[path]):
            yield change(path, suffix, text)


def _top_most(path: str, other: Mapping[str, FieldShape]) -> bool:
    """Whether a path present on one side only is reported: only where its parent is on the
    other side (sub-fields of a new or removed field are not listed again), and never for
    item/value/root paths, which come and go with their parent's type (reported as such)."""
    parent = parent_path(path)
    return not is_container_path(path) and (parent == "" or parent in other)


def _shape_facts(old: FieldShape, new: FieldShape) -> Iterator[tuple[str, str]]:
    """Side-neutral differences between two shapes of one field, as (kind suffix, detail)."""
    if new.required and not old.required:
        yield "field-became-required", "now required"
    if old.required and not new.required:
        yield "field-became-optional", "now optional"
    if new.nullable and not old.nullable:
        yield "field-became-nullable", "now nullable"
    if old.nullable and not new.nullable:
        yield "field-no-longer-nullable", "no longer nullable"
    if old.types != new.types:
        yield _type_fact(old.types, new.types)
    yield from _enum_facts(old.enum, new.enum)


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Every value of types ``narrow`` is a value of types ``wide`` (empty = any type)."""
    if not wide:
        return True
    if not narrow:
        return False
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


def _type_fact(old: frozenset[str], new: frozenset[str]) -> tuple[str, str]:
    text = f"type {_types(old)} -> {_types(new)}"
    if _covers(new, old) and not _covers(old, new):
        return "type-widened", text
    if _covers(old, new) and not _covers(new, old):
        return "type-narrowed", text
    return "type-changed", text


def _enum_facts(old: frozenset[str] | None, new: frozenset[str] | None) -> Iterator[tuple[str, str]]:
    if old == new:
        return
    if old is None:
        yield "enum-narrowed", f"now restricted to {encoded(new or ())}"
    elif new is None:
        yield "enum-widened", f"no longer restricted to {encoded(old)}"
    else:
        if old - new:
            yield "enum-narrowed", f"values removed: {encoded(old - new)}"
        if new - old:
            yield "enum-widened", f"values added: {encoded(new - old)}"


def _types(types: frozenset[str]) -> str:
    return "|".join(sorted(types)) or "any"


def _describe(shape: FieldShape) -> str:
    text = _types(shape.types)
    if shape.enum is not None:
        text += f" enum {encoded(shape.enum)}"
    return text + ("|null" if shape.nullable else "")
