"""Which cassettes exercise which operations, read from the request URIs they recorded.

An upgrade names the cassettes to re-record. The scan is deliberately format-tolerant: any
``*.yaml``/``*.yml``/``*.json`` below ``cassettes/`` is parsed, and every ``uri``/``url``
string anywhere in it counts (vcrpy nests them as ``interactions[].request.uri``, HAR as
``entries[].request.url``). A file that cannot be read is reported, never skipped silently,
since a cassette we cannot read may well be one that needs re-recording.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml  # type: ignore[import-untyped,unused-ignore]

from .naming import operation_from_uri

CASSETTE_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
_URI_KEYS = frozenset({"uri", "url"})


_SafeLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when available


class _TolerantLoader(_SafeLoader):  # type: ignore[misc,unused-ignore]
    """Safe YAML that reads unknown tags (e.g. ``!!python/...``) as null instead of failing."""


def _ignore_tag(loader: Any, suffix: str, node: Any) -> None:
    return None


_TolerantLoader.add_multi_constructor("", _ignore_tag)


@dataclass(frozen=True)
class CassetteScan:
    """``touching``: cassette (relative path) -> the watched operations it calls."""

    touching: dict[str, list[str]] = field(default_factory=dict)
    unreadable: dict[str, str] = field(default_factory=dict)
    scanned: int = 0


def scan_cassettes(root: Path, watched: set[str], relative_to: Path) -> CassetteScan:
    """Cassettes under ``root`` that call any of ``watched``; no ``root`` means none."""
    touching: dict[str, list[str]] = {}
    unreadable: dict[str, str] = {}
    files = cassette_files(root)
    for path in files:
        label = _label(path, relative_to)
        try:
            called = cassette_operations(path)
        except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError) as exc:
            unreadable[label] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            continue
        hits = sorted(called & watched)
        if hits:
            touching[label] = hits
    return CassetteScan(touching=touching, unreadable=unreadable, scanned=len(files))


def cassette_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in CASSETTE_SUFFIXES)


def cassette_operations(path: Path) -> set[str]:
    """Every Dokploy operation a cassette file requested (by canonical name)."""
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        document = json.loads(text)
    else:
        document = yaml.load(text, Loader=_TolerantLoader)
    return {op for uri in _uris(document) if (op := operation_from_uri(uri)) is not None}


def _uris(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in _URI_KEYS and isinstance(value, str):
                yield value
            else:
                yield from _uris(value)
    elif isinstance(node, list):
        for item in node:
            yield from _uris(item)


def _label(path: Path, base: Path) -> str:
    try:
        return str(path.relative_to(base))
    except ValueError:
        return str(path)
