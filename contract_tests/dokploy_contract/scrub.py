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
    r"webhook|credential|authorization|cookie|signing|encryption_?key|dsn|connection_?string|"
    r"license_?key|user_?key",
    re.IGNORECASE,
)
# Keys holding ``KEY=value`` lines: keep the names (they are the contract), hide values.
ENV_KEY_RE = re.compile(r"env$|buildargs$|buildsecrets$", re.IGNORECASE)
# Text files Dokploy stores (compose files, mount contents): secret-named entries in them
# (``POSTGRES_PASSWORD: x``, ``- API_TOKEN=x``) get their values hidden, the text keeps its shape.
FILE_KEY_RE = re.compile(
    r"compose_?file$|^content$|dockerfile$|traefik_?config$|^file_?content$", re.IGNORECASE
)
# better-auth API key records (``user.createApiKey`` answers the plaintext ``key``): an object
# with ``key``/``start`` and one of these fields is one, and both are hidden.
API_KEY_FIELDS = frozenset({"key", "start"})
API_KEY_MARKERS = frozenset(
    {
        "rateLimitEnabled",
        "rateLimitMax",
        "rateLimitTimeWindow",
        "refillInterval",
        "refillAmount",
        "requestCount",
        "apikeyId",
        "apiKeyId",
        "referenceId",
        "configId",
    }
)
# ``scheme://user:password@host``: the password (or a lone long user part, a token) is hidden.
_USERINFO_RE = re.compile(
    r"(?P<scheme>\b[A-Za-z][A-Za-z0-9+.-]*://)"
    r"(?P<user><scrubbed:[0-9a-f]{12}>|[^\s:/@?#]*)"
    r"(?::(?P<password><scrubbed:[0-9a-f]{12}>|[^\s@/?#]*))?@"
)
_LONE_USER_TOKEN = 16
# ``NAME: value`` (YAML, with an optional list dash) and ``NAME=value`` inside a text file.
_YAML_ENTRY_RE = re.compile(
    r"^(?P<lead>\s*(?:-\s+)?)(?P<name>[\w.-]+)(?P<sep>\s*:[ \t]+)(?P<value>\S.*?)\s*$"
)
_ASSIGN_RE = re.compile(r"(?P<name>[\w.-]+)=(?P<value>\"[^\"\n]*\"|'[^'\n]*'|[^\s\"',;&]+)")
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


def is_file_key(key: str) -> bool:
    return bool(FILE_KEY_RE.search(key))


def is_api_key_record(value: dict[str, Any]) -> bool:
    return bool(API_KEY_FIELDS & value.keys()) and bool(API_KEY_MARKERS & value.keys())


def scrub_env_block(text: str) -> str:
    """``A=1\\nB=two`` -> ``A=<scrubbed:..>\\nB=<scrubbed:..>``; comments and blanks stay.

    Parsed as Dokploy reads it (``dokploy.parse_env_block``, dotenv's rules), so a quoted
    value spanning lines is one value: its continuation lines, whatever they hold (``=``,
    a leading ``#``), go into the one placeholder. The placeholder is taken over the
    value's text as written (quotes, trailing comment), as it always was for one line.
    """
    from dokploy._envfile import parse_env_block

    lines = []
    for line in parse_env_block(text).lines:
        raw = line.raw
        stripped = raw.strip()
        if line.key is None and (not stripped or stripped.startswith("#")):
            lines.append(raw)
        elif "=" in raw:
            name, _, value = raw.partition("=")
            lines.append(f"{name}={placeholder(value)}" if value else raw)
        else:
            lines.append(placeholder(raw))
    return "\n".join(lines)


def _scrub_userinfo(match: re.Match[str]) -> str:
    user, password = match["user"], match["password"]
    if password:
        return f"{match['scheme']}{user}:{placeholder(password)}@"
    if password is None and len(user) >= _LONE_USER_TOKEN:
        return f"{match['scheme']}{placeholder(user)}@"  # https://<token>@github.com/...
    return match.group(0)


def scrub_urls(text: str) -> str:
    """``https://user:ghp_x@github.com/o/r`` -> ``https://user:<scrubbed:..>@github.com/o/r``."""
    return _USERINFO_RE.sub(_scrub_userinfo, text) if "@" in text else text


def _scrub_assignment(match: re.Match[str]) -> str:
    if not is_secret_key(match["name"]):
        return match.group(0)
    return f"{match['name']}={placeholder(match['value'])}"


def scrub_file_text(text: str) -> str:
    """A compose file or mount content: values of secret-named entries hidden, lines kept."""
    lines = []
    for line in text.split("\n"):
        entry = _YAML_ENTRY_RE.match(line)
        if entry and is_secret_key(entry["name"]) and not entry["value"].startswith(("|", ">", "#")):
            value = entry["value"]
            line = f"{entry['lead']}{entry['name']}{entry['sep']}{placeholder(value)}"
        else:
            line = _ASSIGN_RE.sub(_scrub_assignment, line)
        lines.append(line)
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
        api_key = is_api_key_record(value)
        return {
            k: _scrub_secret(v) if api_key and k in API_KEY_FIELDS else _scrub_field(k, v, literals)
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_walk(v, literals) for v in value]
    if isinstance(value, str):
        return scrub_text(value, literals)
    return value


def _scrub_field(key: str, value: Any, literals: tuple[str, ...]) -> Any:
    if key in _STACK_KEYS and isinstance(value, str):
        return STACK_PLACEHOLDER
    if is_env_key(key) and isinstance(value, str):
        # Only a PEM key and known literals first: values are hidden whole anyway, and a
        # URL scrubbed inside one would change the value's placeholder.
        if _PEM_RE.search(value):
            return placeholder(value)
        return scrub_env_block(_replace_literals(value, literals))
    if is_secret_key(key):
        return _scrub_secret(value)
    if is_file_key(key) and isinstance(value, str):
        return scrub_file_text(scrub_text(value, literals))
    return _walk(value, literals)


def scrub_text(text: str, literals: Iterable[str] = ()) -> str:
    """Free text: a PEM private key hides the whole string; known secrets and URL passwords
    are replaced."""
    if _PEM_RE.search(text):
        return placeholder(text)
    return scrub_urls(_replace_literals(text, literals))


def _replace_literals(text: str, literals: Iterable[str]) -> str:
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
