"""Return types of operations never seen answering 200, read from Dokploy's router code."""

from __future__ import annotations

from typing import Any

Entry = dict[str, Any]


def source_typed(op: str) -> Entry | None:
    return None
