"""Names for the request-body objects several operations share (``normalize`` hoists them).

A shared object is named after the key holding it (``selectedServices`` items ->
``SelectedServicesItem``). When two different shapes want the same name, every one of
them is qualified instead of numbering the later ones (``Config2``..``Config8`` said
nothing and changed when the spec's order did), by the first rule that tells them apart:

1. the keys leading to it: ``oidcConfig.mapping`` -> ``OidcConfigMapping``,
   ``samlConfig.mapping`` -> ``SamlConfigMapping``, ``metricsConfig.server`` ->
   ``MetricsConfigServer``;
2. the constant that discriminates a union's members, before the key:
   ``{providerType: "infisical", ...}`` -> ``InfisicalConfig``;
3. the first operation sending it: ``dnsProvider.create`` -> ``DnsProviderCreateConfig``.

Only what the spec says goes into a name (never the order shapes were met in), so a
name stays the same across regenerations while the shape and its rivals do.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Wanted:
    """One shape to name: its fingerprint, where it first occurs and the schema itself."""

    fingerprint: str
    operation: str  # router.procedure of the first occurrence
    trail: tuple[str, ...]  # the keys leading to it from the body (an array's items: "<key>Item")
    schema: Any


def class_name(*hints: str) -> str:
    """PascalCase of the hints' words: ``("oidcConfig", "mapping")`` -> ``OidcConfigMapping``."""
    words = [w for hint in hints for w in re.findall(r"[A-Za-z][a-z0-9]*|[0-9]+", hint)]
    return "".join(w[:1].upper() + w[1:] for w in words) or "Shared"


def shared_names(wanted: list[Wanted], taken: Mapping[str, str]) -> dict[str, str]:
    """Fingerprint -> class name for every shape; ``taken`` maps existing components' names
    to their fingerprints (a component of the same shape is reused under its own name)."""
    by_base: dict[str, list[Wanted]] = {}
    for item in wanted:
        by_base.setdefault(class_name(item.trail[-1]), []).append(item)
    names: dict[str, str] = {}
    used = dict(taken)
    contested: list[tuple[str, list[Wanted]]] = []
    for base, rivals in by_base.items():
        if len(rivals) == 1 and used.get(base, rivals[0].fingerprint) == rivals[0].fingerprint:
            names[rivals[0].fingerprint] = base
            used[base] = rivals[0].fingerprint
        else:
            contested.append((base, rivals))
    for base, rivals in contested:
        pending = list(rivals)
        for rule in _rules(base, max(len(r.trail) for r in rivals)):
            chosen = {item.fingerprint: rule(item) for item in pending}
            counts = Counter(name for name in chosen.values() if name)
            for item in list(pending):
                name = chosen[item.fingerprint]
                if name and counts[name] == 1 and used.get(name, item.fingerprint) == item.fingerprint:
                    names[item.fingerprint] = name
                    used[name] = item.fingerprint
                    pending.remove(item)
        for item in pending:  # no rule told them apart (same keys, constants, first operation)
            n = 2
            while used.get(f"{base}{n}", item.fingerprint) != item.fingerprint:
                n += 1
            names[item.fingerprint] = used_name = f"{base}{n}"
            used[used_name] = item.fingerprint
    return names


def _rules(base: str, longest: int) -> list[Callable[[Wanted], str]]:
    """The qualifying rules in order; each names a shape or gives "" when it cannot."""

    def keys(depth: int) -> Callable[[Wanted], str]:
        return lambda item: class_name(*item.trail[-depth:]) if len(item.trail) >= depth else ""

    def constant(item: Wanted) -> str:
        value = _discriminator(item.schema)
        return class_name(value, base) if value else ""

    def operation(item: Wanted) -> str:
        return class_name(*item.operation.split("."), base)

    return [*(keys(depth) for depth in range(2, longest + 1)), constant, operation]


def _discriminator(schema: Any) -> str:
    """The first property fixed to one string (``const``, or an ``enum`` of one)."""
    properties = schema.get("properties") if isinstance(schema, dict) else None
    for prop in (properties or {}).values():
        if not isinstance(prop, dict):
            continue
        enum = prop.get("enum")
        value = prop.get("const", enum[0] if isinstance(enum, list) and len(enum) == 1 else None)
        if isinstance(value, str) and value:
            return value
    return ""
