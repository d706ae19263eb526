"""Read recorded Dokploy exchanges: the shared JSONL recordings and our vcrpy cassettes."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]

from ..naming import operation_from_uri


@dataclass(frozen=True)
class Exchange:
    """One answered request, reduced to what the learner needs."""

    operation: str
    status: int
    body_text: str
    origin: str


def iter_source_files(sources: Iterable[Path]) -> Iterator[Path]:
    """Files themselves, or every ``*.jsonl``/``*.yaml``/``*.yml`` below a directory."""
    for src in sources:
        if src.is_dir():
            found = [p for ext in ("jsonl", "yaml", "yml") for p in src.rglob(f"*.{ext}")]
            yield from sorted(found)
        elif src.is_file():
            yield src
        else:
            raise FileNotFoundError(src)


def read_exchanges(sources: Iterable[Path]) -> list[Exchange]:
    out: list[Exchange] = []
    for path in iter_source_files(sources):
        if path.suffix == ".jsonl":
            out.extend(_read_jsonl(path))
        else:
            out.extend(_read_cassette(path))
    return out


def _read_jsonl(path: Path) -> Iterator[Exchange]:
    for n, line in enumerate(path.read_text().splitlines(), 1):
        if not line.strip():
            continue
        rec = json.loads(line)
        yield Exchange(
            operation=rec["operation"],
            status=int(rec["status"]),
            body_text=rec.get("body_text") or "",
            origin=f"{path.name}:{n}",
        )


def _read_cassette(path: Path) -> Iterator[Exchange]:
    doc = yaml.safe_load(path.read_text())
    if not isinstance(doc, dict):
        return
    for n, inter in enumerate(doc.get("interactions") or []):
        op = operation_from_uri(inter.get("request", {}).get("uri", ""))
        if op is None:
            continue
        resp = inter.get("response", {})
        yield Exchange(
            operation=op,
            status=int(resp.get("status", {}).get("code", 0)),
            body_text=_response_text(resp),
            origin=f"{path.name}#{n}",
        )


def _response_text(response: dict[str, Any]) -> str:
    """The body as the server sent it: the kit's readable ``json:`` key, or vcrpy's ``body``."""
    if "json" in response:
        # The kit stores JSON parsed; Dokploy encodes with JSON.stringify (compact).
        return json.dumps(response["json"], ensure_ascii=False, separators=(",", ":"))
    return _body_text(response.get("body"))


def _body_text(body: Any) -> str:
    """vcrpy stores ``body: {string: ...}``; the string may be bytes (``!!binary``)."""
    raw = body.get("string", "") if isinstance(body, dict) else body
    if isinstance(raw, bytes):
        return raw.decode("utf-8", errors="replace")
    return raw if isinstance(raw, str) else ""
