"""The kit's view of versions: the client's (its lock) against the server's or the cassettes'.

A live or record run compares the server's spec with this client's operations
once, before any test: the operations the server lacks are named in the
summary (mutations are never swept, so they would go unmentioned otherwise),
and a test ending in ``OperationNotAvailable`` gets its own outcome,
``unavailable``, instead of passing for an ordinary not-found answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from dokploy import Dokploy

UNAVAILABLE = "unavailable"


@dataclass
class Compatibility:
    client_version: str
    server_version: str | None
    missing: dict[str, str] = field(default_factory=dict)  # operation -> HTTP method
    surveyed: bool = False  # the server's spec was read

    @property
    def mismatch(self) -> bool:
        from dokploy.versions import same_version

        return self.server_version is not None and not same_version(self.server_version, self.client_version)

    def missing_of(self, method: str) -> list[str]:
        return sorted(op for op, m in self.missing.items() if (m == "GET") == (method == "GET"))


def survey(client: Dokploy, server_version: str) -> Compatibility:
    """This client's operations that the server's spec (``settings.getOpenApiDocument``) lacks."""
    from dokploy import DokployError
    from dokploy.versions import client_version, spec_operations
    from dokploy_api.api import OPERATIONS

    found = Compatibility(client_version(), server_version)
    try:
        answer: Any = client.call("settings.getOpenApiDocument")
        spec = answer.to_dict() if hasattr(answer, "to_dict") else answer
    except DokployError:
        return found  # a key without the right to read the spec: versions only
    on_server = spec_operations(spec)
    found.surveyed = bool(on_server)
    if found.surveyed:
        found.missing = {op: info.method for op, info in OPERATIONS.items() if op not in on_server}
    return found


def header(compat: Compatibility) -> str | None:
    if not compat.mismatch:
        return None
    return (
        f"dokploy-contract: VERSION MISMATCH: the server runs Dokploy {compat.server_version}, this client "
        f"was generated for {compat.client_version}; operations the server lacks end as "
        f"'{UNAVAILABLE}' (regenerate for it: dokploy-codegen generate --url <its URL>)"
    )


def summary(compat: Compatibility) -> list[str]:
    lines: list[str] = []
    if compat.missing:
        gets, mutations = compat.missing_of("GET"), compat.missing_of("POST")
        lines.append(
            f"dokploy-contract: {len(compat.missing)} operations of this client are not on Dokploy "
            f"{compat.server_version} (client generated for {compat.client_version}): "
            f"{len(gets)} GET, {len(mutations)} mutations"
        )
        if mutations:
            lines.append(f"  mutations the server lacks ({len(mutations)}): {', '.join(mutations)}")
    elif compat.mismatch and not compat.surveyed:
        lines.append(
            f"dokploy-contract: server Dokploy {compat.server_version}, client {compat.client_version}; "
            "its spec could not be read, so missing operations are known only from the tests"
        )
    return lines


def unavailable_lines(tests: list[tuple[str, str]]) -> list[str]:
    """The tests that ended ``unavailable`` (test id, ``OperationNotAvailable`` message)."""
    if not tests:
        return []
    lines = [
        f"dokploy-contract: {len(tests)} tests ended '{UNAVAILABLE}' "
        "(OperationNotAvailable: the operation or a field is not on one side):"
    ]
    return lines + [f"  {test}: {why[:300]}" for test, why in tests]


def replay_mismatch(cassette_version: str | None) -> str | None:
    """Why a replay may miss: the cassettes were recorded for another version than this client's."""
    from dokploy.versions import client_version, same_version

    ours = client_version()
    if cassette_version is None or same_version(cassette_version, ours):
        return None
    return (
        f"cassettes/{cassette_version} were recorded for Dokploy {cassette_version}; this client was "
        f"generated for {ours} and sends another request here: record cassettes for it "
        "(pytest --dokploy-mode=record against that Dokploy)"
    )
