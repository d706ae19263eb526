"""``.env`` blocks as Dokploy stores them: parse and format without losing a byte.

Dokploy keeps an application's variables as one text block and reads it with
``dotenv``'s rules, so this module follows them: ``KEY=value``, optional
``export``, ``#`` comments, values in ``'``, ``"`` or backticks (``"`` expands
``\\n``/``\\r``), quoted values may span lines. ``parse_env_block`` keeps every
line, so ``format_env_block(parse_env_block(text)) == text`` for any text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

import attrs

_ASSIGN = re.compile(r"^\s*(?:export\s+)?(?P<key>[\w.-]+)\s*=(?P<rest>.*)$", re.S | re.A)
_AFTER_QUOTE = re.compile(r"\s*(?:#.*)?", re.S)
_QUOTES = "'\"`"


@attrs.frozen
class EnvLine:
    """One logical line: ``raw`` text, and ``key``/``value`` when it assigns a variable."""

    raw: str
    key: str | None = None
    value: str | None = None


@attrs.frozen
class EnvBlock(Mapping[str, str]):
    """The parsed block: a read-only mapping of variables that remembers every line."""

    lines: tuple[EnvLine, ...]

    def _values(self) -> dict[str, str]:
        out: dict[str, str] = {}
        for line in self.lines:
            if line.key is not None and line.value is not None:
                out[line.key] = line.value  # the last assignment wins, as in dotenv
        return out

    def __getitem__(self, key: str) -> str:
        return self._values()[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __len__(self) -> int:
        return len(self._values())

    def updated(self, values: Mapping[str, str]) -> EnvBlock:
        """A copy with ``values`` set: assignments rewritten in place, new keys appended."""
        pending = dict(values)
        lines: list[EnvLine] = []
        for line in self.lines:
            if line.key is not None and line.key in pending:
                value = pending.pop(line.key)
                lines.append(EnvLine(f"{line.key}={quote_value(value)}", line.key, value))
            else:
                lines.append(line)
        if lines and lines[-1].raw == "" and pending:
            lines.pop()  # keep a trailing newline at the end
            trailing = True
        else:
            trailing = False
        lines.extend(EnvLine(f"{k}={quote_value(v)}", k, v) for k, v in pending.items())
        if trailing:
            lines.append(EnvLine(""))
        return EnvBlock(tuple(lines))


def parse_env_block(text: str | None) -> EnvBlock:
    """Parse Dokploy's ``env`` text (None means empty) into an ``EnvBlock``."""
    physical = (text or "").split("\n") if text else []
    lines: list[EnvLine] = []
    i = 0
    while i < len(physical):
        raw = physical[i]
        match = _ASSIGN.match(raw)
        if match is None:
            lines.append(EnvLine(raw))
            i += 1
            continue
        rest = match["rest"]
        stripped = rest.lstrip()
        if stripped[:1] in _QUOTES and stripped:
            # A quoted value may run over the next lines until its closing quote.
            j = i
            while _closing_quote(stripped) is None and j + 1 < len(physical):
                j += 1
                stripped += "\n" + physical[j]
                raw += "\n" + physical[j]
            end = _closing_quote(stripped)
            if end is not None and _AFTER_QUOTE.fullmatch(stripped, end + 1):
                value = stripped[1:end]
                if stripped[0] == '"':
                    value = value.replace("\\n", "\n").replace("\\r", "\r")
                lines.append(EnvLine(raw, match["key"], value))
                i = j + 1
                continue
            raw = physical[i]  # unterminated: read it unquoted, like dotenv
        value = rest.split("#", 1)[0].strip()
        lines.append(EnvLine(raw, match["key"], value))
        i += 1
    return EnvBlock(tuple(lines))


def _closing_quote(text: str) -> int | None:
    """Index of the quote closing ``text[0]``: the first one not escaped by a backslash."""
    quote = text[0]
    for index in range(1, len(text)):
        if text[index] == quote and text[index - 1] != "\\":
            return index
    return None


def quote_value(value: str) -> str:
    """``value`` written so that dotenv (and ``parse_env_block``) reads it back unchanged."""
    special = "#\n\r"
    if value == value.strip() and not any(c in value for c in special) and value[:1] not in _QUOTES:
        return value
    if value.endswith("\\"):
        raise ValueError(f"{value!r} needs quotes but ends with a backslash: dotenv cannot read it")
    if "'" not in value and "\n" not in value and "\r" not in value:
        return f"'{value}'"
    if '"' not in value and "\\n" not in value and "\\r" not in value:
        return '"' + value.replace("\n", "\\n").replace("\r", "\\r") + '"'
    if "`" not in value and "\n" not in value and "\r" not in value:
        return f"`{value}`"
    raise ValueError(f"{value!r} cannot be written in a .env block (it mixes every quote)")


def format_env_block(env: Mapping[str, str]) -> str:
    """The text Dokploy stores: an ``EnvBlock`` exactly as parsed, a dict as ``KEY=value`` lines."""
    if isinstance(env, EnvBlock):
        return "\n".join(line.raw for line in env.lines)
    for key in env:
        if not re.fullmatch(r"[\w.-]+", key, re.A):
            raise ValueError(f"{key!r} is not a variable name dotenv accepts ([A-Za-z0-9_.-]+)")
    return "\n".join(f"{key}={quote_value(value)}" for key, value in env.items())
