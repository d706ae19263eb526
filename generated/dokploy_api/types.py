"""Shared types for properties: generated, do not edit."""

import warnings
from collections.abc import Iterator, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define

_NOT_SENT = (
    "this field was not in Dokploy's response (UNSET): the operation returns a partial "
    "record, or the server is an older Dokploy; test it with isinstance(value, Unset)"
)


class Unset:
    """A field absent from the JSON received; ``to_dict()`` leaves it out again."""

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "UNSET"

    def __getattr__(self, name: str) -> object:
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(f"cannot read {name!r}: {_NOT_SENT}")

    def __getitem__(self, key: object) -> object:
        raise TypeError(f"cannot index: {_NOT_SENT}")

    def __iter__(self) -> "Iterator[object]":
        raise TypeError(f"cannot iterate: {_NOT_SENT}")


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class ResponseShapeWarning(UserWarning):
    """A response value had another shape than its type says; it was kept as received."""


def kept_as_received(where: str, value: Any) -> Any:
    """Keep a value the types do not describe (never lose data), and say so once per place."""
    warnings.warn(
        f"{where}: Dokploy sent {type(value).__name__}, not what overrides/corrections describe; "
        "kept the JSON value as received (re-record and run dokploy-codegen learn)",
        ResponseShapeWarning,
        stacklevel=3,
    )
    return value


def json_body(fields: dict[str, Any]) -> dict[str, Any]:
    """A request's JSON body from an operation's keyword arguments, keyed by wire name.

    What the body's attrs model ``to_dict()`` sent, without a class per operation: a field
    left ``UNSET`` is not sent, ``None`` is sent as ``null``, a model (also in a list, or a
    list of lists) becomes its ``to_dict()``, anything else (strings, numbers, ``Literal``
    values, dicts) goes as given.
    """
    return {key: _wire(value) for key, value in fields.items() if not isinstance(value, Unset)}


def _wire(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [_wire(item) for item in value]
    to_dict = getattr(value, "to_dict", None)
    return value if to_dict is None else to_dict()


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "ResponseShapeWarning",
    "Unset",
    "json_body",
    "kept_as_received",
]
