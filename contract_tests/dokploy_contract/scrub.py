"""Replace secrets with stable placeholders before anything reaches a cassette.

Why stable: replay matches the live request, scrubbed the same way, against the
recorded one, so a placeholder must be a pure function of the secret. Why the
same JSON type: schema checks and the client's models still read the cassette.
Placeholders are idempotent (scrubbing a placeholder returns it unchanged), so
a scrubbed value read back from a response and sent again still matches.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from typing import Any

PLACEHOLDER_PREFIX = "<scrubbed:"
_PLACEHOLDER_RE = re.compile(r"^<scrubbed:[0-9a-f]{12}>$")

# Keys whose values are secrets (case-insensitive, matched anywhere in the key).
SECRET_KEY_RE = re.compile(
    r"password|passwd|passphrase|secret|token|private_?key|api_?key|access_?key|"
    r"webhook|credential|authorization|cookie|signing|encryption_?key|dsn|connection_?string",
    re.IGNORECASE,
)
# Keys holding ``KEY=value`` lines: keep the names (they are the contract), hide values.
ENV_KEY_RE = re.compile(r"env$|buildargs$|buildsecrets$", re.IGNORECASE)
# Ids are never secrets, and the kit's ownership guard must see them.
_ID_KEY_RE = re.compile(r"Ids?$")
_PEM_RE = re.compile(r"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----")
# Dokploy's development server sends stack traces with local paths: not contract.
_STACK_KEYS = frozenset({"stack"})
STACK_PLACEHOLDER = "<stack trace removed>"


def placeholder(value: str) -> str:
    """``<scrubbed:0123456789ab>``: the same secret always gives the same placeholder."""
    if _PLACEHOLDER_RE.match(value):
        return value
    digest = hashlib.sha256(b"dokploy-contract:" + value.encode("utf-8")).hexdigest()
    return f"{PLACEHOLDER_PREFIX}{digest[:12]}>"


def is_secret_key(key: str) -> bool:
    return not _ID_KEY_RE.search(key) and bool(SECRET_KEY_RE.search(key))


def is_env_key(key: str) -> bool:
    return not _ID_KEY_RE.search(key) and bool(ENV_KEY_RE.search(key))


def scrub_env_block(text: str) -> str:
    """``A=1\\nB=two`` -> ``A=<scrubbed:..>\\nB=<scrubbed:..>``; comments and blanks stay."""
    lines = []
    for line in text.split("\n"):
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            lines.append(line)
        elif "=" in line:
            name, _, value = line.partition("=")
            lines.append(f"{name}={placeholder(value)}" if value else line)
        else:
            lines.append(placeholder(line))
    return "\n".join(lines)


def _scrub_secret(value: Any) -> Any:
    """Every leaf under a secret key, keeping its type."""
    if isinstance(value, str):
        return placeholder(value) if value else value
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        # Zero keeps the type and is its own scrub (vcrpy re-filters loaded interactions).
        return type(value)(0)
    if isinstance(value, list):
        return [_scrub_secret(v) for v in value]
    if isinstance(value, dict):
        return {k: _scrub_secret(v) for k, v in value.items()}
    return value


def scrub_json(value: Any, literals: Iterable[str] = ()) -> Any:
    """A copy of ``value`` with every secret replaced; ``literals`` are known secrets (the key)."""
    known = tuple(s for s in literals if s)
    return _walk(value, known)


def _walk(value: Any, literals: tuple[str, ...]) -> Any:
    if isinstance(value, dict):
        return {k: _scrub_field(k, v, literals) for k, v in value.items()}
    if isinstance(value, list):
        return [_walk(v, literals) for v in value]
    if isinstance(value, str):
        return scrub_text(value, literals)
    return value


def _scrub_field(key: str, value: Any, literals: tuple[str, ...]) -> Any:
    if key in _STACK_KEYS and isinstance(value, str):
        return STACK_PLACEHOLDER
    if is_env_key(key) and isinstance(value, str):
        return scrub_env_block(scrub_text(value, literals))
    if is_secret_key(key):
        return _scrub_secret(value)
    return _walk(value, literals)


def scrub_text(text: str, literals: Iterable[str] = ()) -> str:
    """Free text: a PEM private key hides the whole string; known secrets are replaced."""
    if _PEM_RE.search(text):
        return placeholder(text)
    for secret in literals:
        if secret and secret in text:
            text = text.replace(secret, placeholder(secret))
    return text


def scrub_query(pairs: list[tuple[str, str]], literals: Iterable[str] = ()) -> list[tuple[str, str]]:
    known = tuple(literals)
    out = []
    for key, value in pairs:
        if is_secret_key(key):
            out.append((key, placeholder(value) if value else value))
        else:
            out.append((key, scrub_text(value, known)))
    return out
