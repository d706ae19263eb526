"""Which Dokploy this client was generated for, and how versions and specs compare.

    from dokploy.versions import client_version, same_version
    same_version(client_version(), "0.30.2")   # True: a leading "v" does not matter

Public for tools beside the client (the contract kit's compatibility report, a
script checking its server before a deploy), so they judge "same version" and
"operations of a spec" by the client's own rule instead of copying it.
"""

from ._compat import client_version, same_version, spec_operations

__all__ = ["client_version", "same_version", "spec_operations"]


def __dir__() -> list[str]:
    return sorted(__all__)
