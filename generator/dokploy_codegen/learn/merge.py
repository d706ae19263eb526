"""Writing corrections: pretty, key-sorted JSON, and the marker of hand edits.

Hand edits (``source: manual`` operations) are never touched by ``learn``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

MANUAL = "manual"


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Pretty, key-sorted, newline-terminated: diffs of the corrections read well."""
    path.write_text(json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n")
