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

from ..naming import operation_from_uri

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
    """``touching``: cassette (relative path) -> the watched operations it calls.

    ``current``: cassettes skipped because they were recorded on the version upgraded to
    (nothing to re-record, whatever they call); ``modules``: the test modules of the listed
    cassettes (``<version>/<module>/<test>.yaml``), ``None`` when one lies outside that layout.
    """

    touching: dict[str, list[str]] = field(default_factory=dict)
    unreadable: dict[str, str] = field(default_factory=dict)
    scanned: int = 0
    current: int = 0
    modules: list[str] | None = field(default_factory=list)

    def record_command(self) -> str | None:
        """The kit's command that re-records the listed cassettes (whole test modules)."""
        if not self.touching:
            return None
        selection = f" -k '{' or '.join(self.modules)}'" if self.modules else ""
        return f"pytest --dokploy-mode=record{selection}"


def scan_cassettes(
    root: Path, watched: set[str], relative_to: Path, new_version: str | None = None
) -> CassetteScan:
    """Cassettes under ``root`` that call any of ``watched`` and were not recorded on ``new_version``.

    No ``root`` means none. A cassette's version is its ``metadata.dokploy_version``, else the
    ``<version>/`` folder it sits in.
    """
    touching: dict[str, list[str]] = {}
    unreadable: dict[str, str] = {}
    modules: set[str] = set()
    outside_layout = False
    current = 0
    files = cassette_files(root)
    for path in files:
        label = _label(path, relative_to)
        try:
            document = _read(path)
            called = _operations(document)
        except (OSError, UnicodeDecodeError, ValueError, RecursionError, yaml.YAMLError) as exc:
            unreadable[label] = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            continue
        if new_version is not None and _version(document, path, root) == new_version:
            current += 1
            continue
        hits = sorted(called & watched)
        if hits:
            touching[label] = hits
            parts = path.relative_to(root).parts
            if len(parts) == 3:
                modules.add(parts[1])
            else:
                outside_layout = True
    return CassetteScan(
        touching=touching,
        unreadable=unreadable,
        scanned=len(files),
        current=current,
        modules=None if outside_layout else sorted(modules),
    )


def _version(document: Any, path: Path, root: Path) -> str | None:
    metadata = document.get("metadata") if isinstance(document, dict) else None
    version = metadata.get("dokploy_version") if isinstance(metadata, dict) else None
    if isinstance(version, str):
        return version
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) > 1 else None


def cassette_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in CASSETTE_SUFFIXES)


def cassette_operations(path: Path) -> set[str]:
    """Every Dokploy operation a cassette file requested (by canonical name)."""
    return _operations(_read(path))


def _read(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        return json.loads(text)
    return yaml.load(text, Loader=_TolerantLoader)


def _operations(document: Any) -> set[str]:
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
