"""The kit's view of ``dokploy_api.facts``: the one table of per-operation and per-field facts.

Why a table: which keys name records, which operations act on the host, which
fields hold secrets are facts about Dokploy, not about our code. They are kept
as data (``overrides/corrections/facts.json``) and compiled by ``dokploy-codegen
generate`` into the client the kit tests, so the guard and the scrubber judge a
call with the facts of exactly the Dokploy version that client was generated
for. This module adds what the kit derives from them (secret-key spelling rules,
the guard's per-operation view) and caches it.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from dokploy_api import facts as compiled

if TYPE_CHECKING:
    from dokploy_api.facts import Condition, Finder, OperationFacts, RecordKind

_WORD_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


@functools.cache
def load() -> Facts:
    """The facts table of the installed client (cached)."""
    return Facts()


def words(key: str) -> list[str]:
    """``X-Api-Key`` -> ``["x", "api", "key"]``; ``databaseRootPassword`` -> 3 words."""
    return [w.lower() for w in _WORD_RE.findall(key)]


def joined(key: str) -> str:
    return "".join(words(key))


@dataclass(frozen=True)
class Operation:
    """One POST's row: what the guard needs to know about a procedure."""

    name: str
    method: str
    id_keys: frozenset[str]
    reference_keys: frozenset[str]
    name_keys: frozenset[str]
    claim_keys: frozenset[str]
    external_keys: frozenset[str]
    host_affecting: bool
    host_affecting_when: tuple[Condition, ...]
    target_key: str
    creates: str | None
    removes: str | None


class Facts:
    """Typed access to the compiled table's sections, as the guard and scrubber use them."""

    def __init__(self) -> None:
        secrets, rules = compiled.SECRETS, compiled.RULES
        self.secret_words = secrets.words
        self.secret_pairs = secrets.pairs
        self.glued_suffixes = secrets.glued_suffixes
        self.secret_ids = secrets.secret_ids
        self.not_secret = secrets.not_secret
        self.env_keys = secrets.env_keys
        self.context_paths = secrets.context_paths
        self.query_params = secrets.query_params
        self.value_patterns = tuple(re.compile(p) for p in secrets.value_patterns)
        self.api_key_fields = secrets.api_key_fields
        self.api_key_markers = secrets.api_key_markers
        self.stack_keys = secrets.stack_keys
        self.secret_responses = secrets.secret_responses
        self.register_min_length = secrets.register_min_length
        self.reference_keys = rules.reference_keys
        self.home_references = rules.home_references
        self.name_keys = rules.name_keys
        self.host_patterns = rules.host_patterns
        self.snapshot_volatile = rules.snapshot_volatile
        self.external_keys = rules.external_keys
        self.snapshot_reads: list[str] = list(rules.snapshot_reads)
        self.kinds: dict[str, RecordKind] = compiled.RECORD_KINDS
        self.finders: dict[str, Finder] = compiled.FINDERS  # creates answering true: where the record shows
        self._operations: dict[str, OperationFacts] = compiled.OPERATIONS
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
        if row is None or row.method != "POST":
            return None
        return Operation(
            name=name,
            method=row.method,
            id_keys=row.id_keys,
            reference_keys=row.reference_keys,
            name_keys=row.name_keys,
            claim_keys=row.claim_keys,
            external_keys=row.external_keys,
            host_affecting=row.host_affecting,
            host_affecting_when=row.host_affecting_when,
            target_key=row.target_key,
            creates=row.creates,
            removes=row.removes,
        )

    def mutating_when(self, name: str) -> tuple[Condition, ...]:
        """The conditions under which the GET ``name`` changes something (none for most)."""
        row = self._operations.get(name)
        return () if row is None else row.mutating_when

    def operation_names(self, method: str = "POST") -> list[str]:
        return sorted(n for n, r in self._operations.items() if r.method == method)

    def known(self, name: str) -> bool:
        return name in self._operations

    def kind(self, name: str) -> RecordKind | None:
        return self.kinds.get(name)
