"""Response corrections kept as data in ``overrides/corrections/``.

``schemas.json`` holds named JSON Schemas (Project, Environment, ...);
``operations.json`` maps ``router.procedure`` to ``{"schema": ..., "source": ...}``,
where ``schema: null`` means the 200 body is empty. ``dokploy-codegen learn``
writes them from recorded traffic; people may edit them (``source: manual``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import SpecError
from .naming import iter_operations

SCHEMAS_FILE = "schemas.json"
OPERATIONS_FILE = "operations.json"
FACTS_FILE = "facts.json"  # per-operation facts, compiled into dokploy_api/facts.py (see facts.py)


@dataclass(frozen=True)
class Corrections:
    schemas: dict[str, Any] = field(default_factory=dict)
    operations: dict[str, dict[str, Any]] = field(default_factory=dict)
    facts: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def load(cls, directory: Path | None) -> Corrections:
        if directory is None or not directory.is_dir():
            return cls()
        loaded = cls(
            schemas=read_json(directory / SCHEMAS_FILE),
            operations=read_json(directory / OPERATIONS_FILE),
            facts=read_json(directory / FACTS_FILE),
        )
        for name, data in (
            (SCHEMAS_FILE, loaded.schemas),
            (OPERATIONS_FILE, loaded.operations),
            (FACTS_FILE, loaded.facts),
        ):
            check_depth(data, f"corrections file {directory / name}")
        return loaded

    def response_schemas(self) -> dict[str, Any]:
        """``{operation: schema}`` of the typed ones, as the spec differ wants them."""
        return {
            name: entry["schema"]
            for name, entry in self.operations.items()
            if entry.get("schema") is not None
        }

    def stale_operations(self, spec: dict[str, Any]) -> list[str]:
        """Corrections naming operations the spec no longer has."""
        present = {name for name, *_ in iter_operations(spec)}
        return sorted(set(self.operations) - present)


MAX_DEPTH = 100  # the committed corrections nest about 23 levels


def check_depth(data: Any, source: str) -> None:
    """Refuse nesting no real correction has before recursive code meets it (iteratively)."""
    pending: list[tuple[Any, int]] = [(data, 0)]
    while pending:
        node, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise SpecError(
                f"{source} nests deeper than {MAX_DEPTH} levels: too deeply to generate; "
                "fix or restore it (`git checkout overrides/corrections`)"
            )
        if isinstance(node, dict):
            pending.extend((value, depth + 1) for value in node.values())
        elif isinstance(node, list):
            pending.extend((value, depth + 1) for value in node)


def read_json(path: Path) -> dict[str, Any]:
    """A corrections file as a JSON object (``{}`` when absent), or one line saying what is wrong."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SpecError(f"{path} is not valid JSON ({exc}); fix or restore it") from exc
    except RecursionError as exc:
        raise SpecError(f"{path} nests too deeply to parse; fix or restore it") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise SpecError(f"cannot read {path} ({exc}); fix or restore it") from exc
    if not isinstance(data, dict):
        raise SpecError(f"{path} must hold a JSON object")
    return data
