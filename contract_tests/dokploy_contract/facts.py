"""Read ``overrides/corrections/facts.json``: the one table of per-operation and per-field facts.

Why a table: which keys name records, which operations act on the host, which
fields hold secrets are facts about Dokploy, not about our code; kept as data
they are reviewed in one place, tested against the spec, and readable by the
client's helpers too. ``DOKPLOY_FACTS`` points at another copy.
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .errors import ContractKitError

FACTS_VARIABLE = "DOKPLOY_FACTS"
_CANDIDATES = (
    Path(__file__).resolve().parent / "facts.json",
    Path(__file__).resolve().parents[2] / "overrides" / "corrections" / "facts.json",
)
_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def facts_path() -> Path:
    override = os.environ.get(FACTS_VARIABLE)
    if override:
        return Path(override)
    for candidate in _CANDIDATES:
        if candidate.is_file():
            return candidate
    return _CANDIDATES[-1]


@functools.cache
def load(path: str | None = None) -> Facts:
    """The facts table (cached); a missing or broken file is one clear error."""
    target = Path(path) if path else facts_path()
    try:
        data = json.loads(target.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ContractKitError(
            f"cannot read the facts table {target} ({exc}); set {FACTS_VARIABLE} to a copy of "
            "overrides/corrections/facts.json"
        ) from exc
    return Facts(data)


def words(key: str) -> list[str]:
    """``X-Api-Key`` -> ``["x", "api", "key"]``; ``databaseRootPassword`` -> 3 words."""
    return [w.lower() for w in _WORD_RE.findall(key)]


def joined(key: str) -> str:
    return "".join(words(key))


@dataclass(frozen=True)
class Operation:
    """One row of ``operations``: what the guard needs to know about a procedure."""

    name: str
    method: str
    id_keys: frozenset[str]
    reference_keys: frozenset[str]
    name_keys: frozenset[str]
    claim_keys: frozenset[str]
    external_keys: frozenset[str]
    host_affecting: bool
    host_affecting_when: tuple[dict[str, Any], ...]
    target_key: str
    creates: str | None
    removes: str | None


class Facts:
    """Typed access to the table's sections."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        secrets = data["secrets"]
        self.secret_words = frozenset(secrets["words"])
        self.secret_pairs = frozenset(tuple(p) for p in secrets["pairs"])
        self.glued_suffixes = tuple(secrets["glued_suffixes"])
        self.secret_ids = tuple(secrets["secret_ids"])
        self.not_secret = frozenset(secrets["not_secret"])
        self.env_keys = frozenset(secrets["env_keys"])
        self.context_paths = frozenset(tuple(p) for p in secrets["context_paths"])
        self.query_params = frozenset(p.lower() for p in secrets["query_params"])
        self.value_patterns = tuple(re.compile(p) for p in secrets["value_patterns"])
        self.api_key_fields = frozenset(secrets["api_key_record"]["fields"])
        self.api_key_markers = frozenset(secrets["api_key_record"]["markers"])
        self.stack_keys = frozenset(secrets["stack_keys"])
        self.secret_responses = frozenset(secrets["secret_responses"])
        self.register_min_length = int(secrets["register_min_length"])
        rules = data["rules"]
        self.reference_keys = frozenset(rules["reference_keys"])
        self.home_references = frozenset(rules["home_references"])
        self.name_keys = frozenset(rules["name_keys"])
        self.host_patterns = tuple(rules["host_affecting"])
        self.snapshot_volatile = frozenset(rules["snapshot_volatile"])
        self.external_keys = frozenset(k for k in rules["external_keys"] if ":" not in k)
        self.kinds: dict[str, dict[str, Any]] = data.get("kinds", {})
        self.snapshot_reads: list[str] = list(data.get("snapshot", {}).get("reads", []))
        self._operations: dict[str, dict[str, Any]] = data.get("operations", {})
        self._secret_cache: dict[str, bool] = {}

    # --- secrets -------------------------------------------------------------------------

    def is_secret_key(self, key: str) -> bool:
        """Whether a value under ``key`` (any spelling: ``DB_PASS``, ``X-Api-Key``) is a secret."""
        cached = self._secret_cache.get(key)
        if cached is None:
            cached = self._secret_cache[key] = self._classify(key)
        return cached

    def _classify(self, key: str) -> bool:
        parts = words(key)
        name = "".join(parts)
        if not name or name in self.not_secret:
            return False
        if name.endswith(self.secret_ids):
            return True
        if parts[-1] in ("id", "ids"):
            return False
        if any(p in self.secret_words for p in parts):
            return True
        if any(pair in self.secret_pairs for pair in itertools.pairwise(parts)):
            return True
        return name.endswith(self.glued_suffixes)

    def is_env_key(self, key: str) -> bool:
        return joined(key) in self.env_keys

    def is_secret_path(self, parent: str, key: str) -> bool:
        return (joined(parent), joined(key)) in self.context_paths

    def is_secret_param(self, name: str) -> bool:
        return name.lower() in self.query_params or self.is_secret_key(name)

    # --- operations ----------------------------------------------------------------------

    def operation(self, name: str) -> Operation | None:
        row = self._operations.get(name)
        if row is None or row.get("method") != "POST":
            return None
        return Operation(
            name=name,
            method=row["method"],
            id_keys=frozenset(row["id_keys"]),
            reference_keys=frozenset(row["reference_keys"]),
            name_keys=frozenset(row["name_keys"]),
            claim_keys=frozenset(row["claim_keys"]),
            external_keys=frozenset(row["external_keys"]),
            host_affecting=bool(row["host_affecting"]),
            host_affecting_when=tuple(row["host_affecting_when"]),
            target_key=row["target_key"],
            creates=row["creates"],
            removes=row["removes"],
        )

    def operation_names(self, method: str = "POST") -> list[str]:
        return sorted(n for n, r in self._operations.items() if r.get("method") == method)

    def known(self, name: str) -> bool:
        return name in self._operations
