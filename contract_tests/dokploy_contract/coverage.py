"""Which operations have recorded traffic: the kit's coverage report.

Read from the cassettes themselves (not from test names), so the report is
exactly what replay proves; GET operations first, since every GET that can
answer without Docker is the coverage target.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from dokploy_api.api import OPERATIONS

from .matching import procedure


@dataclass
class Coverage:
    statuses: dict[str, set[int]] = field(default_factory=lambda: defaultdict(set))
    cassettes: int = 0

    def ok(self, method: str) -> list[str]:
        return sorted(op for op in self._ops(method) if 200 in self.statuses.get(op, set()))

    def errors_only(self, method: str) -> list[str]:
        return sorted(op for op in self._ops(method) if op in self.statuses and 200 not in self.statuses[op])

    def missing(self, method: str) -> list[str]:
        return sorted(op for op in self._ops(method) if op not in self.statuses)

    @staticmethod
    def _ops(method: str) -> list[str]:
        return [op for op, info in OPERATIONS.items() if info.method == method]


def read(version_dir: Path) -> Coverage:
    """Statuses per operation across every cassette under ``version_dir``."""
    coverage = Coverage()
    by_path = {info.path.lstrip("/"): op for op, info in OPERATIONS.items()}
    for path in sorted(version_dir.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        coverage.cassettes += 1
        for interaction in data.get("interactions", []):
            op = by_path.get(procedure(interaction["request"]["uri"]))
            if op is not None:
                coverage.statuses[op].add(int(interaction["response"]["status"]["code"]))
    return coverage


def report(coverage: Coverage) -> str:
    from dokploy.versions import client_version

    lines = [
        f"dokploy-contract coverage: {coverage.cassettes} cassettes, against the {len(OPERATIONS)} "
        f"operations of this client (generated for Dokploy {client_version()})"
    ]
    for method in ("GET", "POST"):
        total = len(Coverage._ops(method))
        ok, errors, missing = coverage.ok(method), coverage.errors_only(method), coverage.missing(method)
        lines.append(
            f"{method}: {len(ok)}/{total} answered 200, {len(errors)} recorded only as errors, "
            f"{len(missing)} without traffic"
        )
        lines += [f"  200    {op}" for op in ok]
        lines += [f"  error  {op} ({', '.join(map(str, sorted(coverage.statuses[op])))})" for op in errors]
        lines += [f"  none   {op}" for op in missing]
    return "\n".join(lines)
