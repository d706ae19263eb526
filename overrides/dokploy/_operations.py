"""Dynamic dispatch by wire name: ``client.call("project.one", projectId=...)``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dokploy_api.api import OPERATIONS, OperationInfo, operation_module

from ._exceptions import UnknownOperationError

if TYPE_CHECKING:
    from collections.abc import Mapping


def lookup(name: str) -> OperationInfo:
    try:
        return OPERATIONS[name]
    except KeyError:
        import difflib  # only on the error path

        close = difflib.get_close_matches(name, OPERATIONS, n=3)
        hint = f"; did you mean {', '.join(close)}?" if close else ""
        raise UnknownOperationError(
            f"{name!r} is not an operation of this client (router.procedure, e.g. 'project.one'){hint}"
        ) from None


def request_kwargs(
    info: OperationInfo, arguments: Mapping[str, Any] | None, keywords: dict[str, Any]
) -> dict[str, Any]:
    """Wire-named arguments become the query (GET) or the JSON/multipart body (POST).

    ``call("x")`` sends no body at all, which Dokploy's body-less procedures
    expect; ``call("x", {})`` sends ``{}``.
    """
    wire = {**(arguments or {}), **keywords}
    kwargs: dict[str, Any] = {"method": info.method, "url": info.path}
    if info.method == "GET":
        kwargs["params"] = {k: v for k, v in wire.items() if v is not None}
    elif info.body == "multipart":
        kwargs["files"] = [(k, v if isinstance(v, tuple) else (None, str(v))) for k, v in wire.items()]
    elif arguments is not None or keywords:
        kwargs["json"] = wire
    return kwargs


def parse(name: str, data: Any) -> Any:
    """The typed result, exactly as the generated operation parses it."""
    return operation_module(name).parse(data)
