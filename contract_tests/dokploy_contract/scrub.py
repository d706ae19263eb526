"""Replace secrets with stable placeholders before anything reaches a cassette.

Two ways, because either alone leaks. By structure and meaning: a value under a
secret-classified key (any depth, any spelling), every value of an env block,
values found by parsing what a string holds (JSON, compose/Traefik YAML, TOML,
dotenv, command lines, URLs, private keys), and a line-level fallback for logs.
By value: every secret found that way, and every one the run sends, is
registered with the session's ``Scrubber`` and replaced wherever it appears
later (an error message echoing a password, a log), in its plain, URL-encoded,
JSON-escaped and base64 forms. What is a secret is data: ``SECRETS`` of
``dokploy_api.facts`` (compiled from ``overrides/corrections/facts.json``).

Why stable: replay matches the live request, scrubbed the same way, against the
recorded one, so a placeholder is a pure function of the secret. Why the same
JSON type: schema checks and the client's models still read the cassette.
Placeholders are idempotent, so a scrubbed value read back and sent again still
matches. Every walk is iterative: a 5,000-deep body does not raise.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import quote, quote_plus

import yaml

from .facts import Facts, load
from .jsontree import rebuild

PLACEHOLDER_PREFIX = "<scrubbed:"
_PLACEHOLDER = r"<scrubbed:[0-9a-f]{12}>"
_PLACEHOLDER_RE = re.compile(rf"^{_PLACEHOLDER}$")
STACK_PLACEHOLDER = "<stack trace removed>"
# Bodies deeper than this are scrubbed as text: PyYAML and ``json.dumps`` recurse.
MAX_STRUCTURED_DEPTH = 150
_RANDOM_LENGTH = 12

# --- what a text may hold ----------------------------------------------------------------
_KEY_BLOCK_RE = re.compile(
    r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----.*?(?:-----END [A-Z0-9 ]*-----|\Z)"
    r"|PuTTY-User-Key-File-\d+:.*?(?:Private-MAC:[^\n]*|Private-Hash:[^\n]*|\Z)",
    re.S,
)
_USERINFO_RE = re.compile(
    r"\b[A-Za-z][A-Za-z0-9+.-]*://(?P<user>[^\s:/@?#\"'<>]*)(?::(?P<password>[^\s@/?#\"'<>]*))?@"
)
_LONE_USER_TOKEN = 16
_QUERY_RE = re.compile(r"[?&;](?P<name>[^=&#\s\"'<>]+)=(?P<value>[^&#\s\"'<>]+)")
_NAME = r"(?P<name>\"[^\"\n]{1,200}\"|'[^'\n]{1,200}'|[A-Za-z_][\w.-]{0,200})"
_VALUE = r"(?P<value>\"(?:[^\"\\\n]|\\.)*\"|'[^'\n]*'|[^\s,;&}\])\"']+)"
# ``NAME=value``, ``"name": "value"``, ``name: value`` (a colon then a blank: not a URL or an image tag).
_PAIR_RE = re.compile(rf"{_NAME}(?:\s*=\s*|(?<=[\"'])\s*:\s*|:[ \t]+){_VALUE}")
# ``NAME=value`` anywhere, also inside a quoted string the pattern above took whole.
_ASSIGN_RE = re.compile(rf"(?<![\w.-])(?P<name>[A-Za-z_][\w.-]{{0,200}})=[ \t]*{_VALUE}")
# ``name: rest of the line`` (YAML), including block-scalar indicators.
_YAML_LINE_RE = re.compile(rf"^(?P<indent>[ \t]*)(?:-[ \t]+)?{_NAME}[ \t]*:[ \t]+(?P<rest>\S.*?)[ \t]*$")
_FLAG_RE = re.compile(
    r"(?<![\w-])(?P<flag>--?[A-Za-z][\w.-]*)(?:=|[ \t]+)(?P<value>\"[^\"\n]*\"|'[^'\n]*'|[^\s\"'-][^\s\"']*)"
)
_AUTH_RE = re.compile(r"(?i)\b(?:bearer|basic|token)[ \t]+(?P<value>[A-Za-z0-9._~+/=-]{8,})")
_ENV_COMMENT_RE = re.compile(r"^(?P<lead>\s*#\s*(?:export\s+)?[\w.-]+\s*=)(?P<value>.*)$")
_FRAME_RE = re.compile(r"^[ \t]+at [^\n]*?(?:\(?[^\s()]*:\d+:\d+\)?|\(native\)|<anonymous>\)?)[ \t]*$", re.M)
_BASE64_RE = re.compile(r"^[A-Za-z0-9+/_-]{16,}={0,2}$")


def placeholder(value: str) -> str:
    """``<scrubbed:0123456789ab>``: the same secret always gives the same placeholder."""
    if _PLACEHOLDER_RE.match(value):
        return value
    digest = hashlib.sha256(b"dokploy-contract:" + value.encode("utf-8")).hexdigest()
    return f"{PLACEHOLDER_PREFIX}{digest[:12]}>"


def _unquote(text: str) -> str:
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'`":
        return text[1:-1]
    return text


def _looks_random(value: str) -> bool:
    """A value shaped like a generated secret (for env values under harmless names)."""
    if len(value) < _RANDOM_LENGTH or any(c.isspace() for c in value):
        return False
    return any(c.isdigit() for c in value) and any(c.isalpha() for c in value)


_WORDISH_RE = re.compile(r"[A-Za-z]+(?:[_.-][A-Za-z]+)*")


def _plain_word(value: str) -> bool:
    """A short word or identifier (``settings``, ``projectId``): too common to replace
    everywhere it appears; it is still hidden where it stands under a secret key."""
    return len(value) < 2 * _RANDOM_LENGTH and bool(_WORDISH_RE.fullmatch(value))


def depth(value: Any) -> int:
    """Nesting depth of a JSON value, without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        node, level = stack.pop()
        if isinstance(node, dict):
            deepest = max(deepest, level)
            stack.extend((v, level + 1) for v in node.values())
        elif isinstance(node, list):
            deepest = max(deepest, level)
            stack.extend((v, level + 1) for v in node)
    return deepest


def encoded_forms(value: str) -> set[str]:
    """The forms a secret takes in transit: as is, URL-encoded, JSON-escaped, base64."""
    raw = value.encode("utf-8")
    forms = {value, quote(value, safe=""), quote_plus(value), json.dumps(value)[1:-1]}
    for encoded in (base64.b64encode(raw), base64.urlsafe_b64encode(raw)):
        text = encoded.decode("ascii")
        forms.update({text, text.rstrip("=")})
    return forms


class Scrubber:
    """One run's scrubbing: the classification table plus every secret value seen so far."""

    def __init__(self, literals: Iterable[str] = (), facts: Facts | None = None) -> None:
        self.facts = facts or load()
        self._known: dict[str, str] = {}
        self._pattern: re.Pattern[str] | None = None
        self.operation: str | None = None  # the procedure of the request scrubbed last
        self._sending = False  # scrubbing a request: its secrets are the run's own
        for literal in literals:
            self.register(literal, force=True)

    # --- the registry -------------------------------------------------------------------

    def register(self, value: Any, *, force: bool = False, sent: bool | None = None) -> None:
        """Remember a secret: from now on it is replaced wherever it appears, in any form.

        ``force``: any length (the API key). ``sent``: the run sent it as a secret, so even a
        word-like value (``new-postgres-pw``) is one; a word-like value received (a schema's
        ``projectId`` under a secret-named key) is not remembered.
        """
        sent = self._sending if sent is None else sent
        if not isinstance(value, str):
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                return
            value = str(value)
        value = value.strip()
        minimum = 1 if force else self.facts.register_min_length
        if len(value) < minimum or PLACEHOLDER_PREFIX in value:
            return
        candidates = {value}
        if "\n" in value:
            candidates.update(line.strip() for line in value.split("\n"))
        for candidate in candidates:
            if len(candidate) < minimum or candidate in self._known:
                continue
            if not (force or sent) and _plain_word(candidate):
                continue  # "settings", "string": replaced everywhere they would break cassettes
            mark = placeholder(candidate)
            for form in encoded_forms(candidate):
                if len(form) >= minimum:
                    self._known.setdefault(form, mark)
            self._pattern = None

    @property
    def known(self) -> dict[str, str]:
        """Every registered form -> its placeholder (tests search files for these)."""
        return dict(self._known)

    def replace_known(self, text: str) -> str:
        """Every registered secret in ``text`` (any form) -> its placeholder."""
        if not self._known or not text:
            return text
        if self._pattern is None:
            forms = sorted(self._known, key=len, reverse=True)
            self._pattern = re.compile(f"{_PLACEHOLDER}|" + "|".join(re.escape(f) for f in forms))
        known = self._known
        return self._pattern.sub(lambda m: known.get(m.group(0), m.group(0)), text)

    # --- classification -----------------------------------------------------------------

    def _secret_key(self, key: str, parent: str) -> bool:
        return self.facts.is_secret_key(key) or self.facts.is_secret_path(parent, key)

    def _api_key_record(self, value: dict[str, Any]) -> bool:
        return bool(self.facts.api_key_fields & value.keys()) and bool(
            self.facts.api_key_markers & value.keys()
        )

    # --- finding secrets in data and text -----------------------------------------------

    def _find_in_data(self, value: Any, parent: str = "") -> Iterator[str]:
        """Secret strings of parsed data (JSON, YAML, TOML): secret keys, env entries, flags."""
        stack: list[tuple[Any, str, bool]] = [(value, parent, False)]
        seen: set[int] = set()
        while stack:
            node, key, secret = stack.pop()
            if isinstance(node, (dict, list)):
                if id(node) in seen:  # YAML aliases: each node once
                    continue
                seen.add(id(node))
            if isinstance(node, dict):
                record = self._api_key_record(node)
                for k, v in node.items():
                    k = str(k)
                    if self.facts.is_env_key(k) and not secret and isinstance(v, (str, list, dict)):
                        yield from self._env_values(v)
                        if not isinstance(v, dict):
                            continue
                    hidden = secret or self._secret_key(k, key) or (record and k in self.facts.api_key_fields)
                    stack.append((v, k, hidden))
            elif isinstance(node, list):
                items = list(node)
                for i, item in enumerate(items):
                    if not secret and isinstance(item, str) and i + 1 < len(items):
                        flag = item.lstrip("-")
                        if item.startswith("-") and "=" not in item and self.facts.is_secret_key(flag):
                            nxt = items[i + 1]
                            if isinstance(nxt, (str, int, float)) and not isinstance(nxt, bool):
                                yield str(nxt)
                    stack.append((item, key, secret))
            elif secret and isinstance(node, (str, int, float)) and not isinstance(node, bool):
                yield str(node)

    def _env_values(self, value: Any) -> Iterator[str]:
        """Values of an env block (text, list of ``K=v``, or mapping) worth remembering."""
        if isinstance(value, dict):
            pairs = [(str(k), v) for k, v in value.items()]
        elif isinstance(value, list):
            pairs = [
                (i.partition("=")[0], i.partition("=")[2]) for i in value if isinstance(i, str) and "=" in i
            ]
        elif isinstance(value, str):
            from dokploy import parse_env_block

            pairs = [(line.key, line.value) for line in parse_env_block(value).lines if line.key is not None]
            pairs += [
                (
                    m.group("lead").strip("#= \t").removeprefix("export").strip(),
                    _unquote(m.group("value").strip()),
                )
                for m in map(_ENV_COMMENT_RE.match, value.split("\n"))
                if m
            ]
        else:
            return
        # A mapping under an env-like key is often a record (Dokploy's ``environment``
        # object): only its secret-named values count, never "random-looking" ids.
        by_shape = not isinstance(value, dict)
        for name, item in pairs:
            if isinstance(item, (str, int, float)) and not isinstance(item, bool):
                text = str(item)
                if self.facts.is_secret_key(str(name)) or (by_shape and _looks_random(text)):
                    yield text

    def _parse(self, text: str) -> tuple[str, Any]:
        """What a string holds: ``("json", v)``, ``("data", v)`` (YAML or TOML), or ``("", None)``.

        YAML is tried on text of more than one line or a flow map only: a bare word is YAML too.
        """
        stripped = text.strip()
        if not stripped:
            return "", None
        if stripped[0] in "{[":
            try:
                return "json", json.loads(stripped)
            except (ValueError, RecursionError):
                pass
        if "\n" in stripped or stripped.startswith("{"):
            try:
                parsed = yaml.safe_load(text)
            except Exception:  # any malformed text: PyYAML raises many kinds
                parsed = None
            if isinstance(parsed, (dict, list)):
                return "data", parsed
            if "[" in stripped and "=" in stripped:
                try:
                    import tomllib

                    return "data", tomllib.loads(text)
                except Exception:
                    return "", None
        return "", None

    def _spans(self, text: str) -> Iterator[tuple[int, int, bool]]:
        """``(start, end, remember)`` of secrets in free text, by the line rules.

        ``remember``: the value alone is a secret worth registering (not a whole key block,
        which is registered by itself).
        """
        for match in _KEY_BLOCK_RE.finditer(text):
            yield match.start(), match.end(), True
        for match in _USERINFO_RE.finditer(text):
            user, password = match["user"], match["password"]
            if password:
                yield match.start("password"), match.end("password"), True
            elif len(user) >= _LONE_USER_TOKEN:
                yield match.start("user"), match.end("user"), True
        for match in _QUERY_RE.finditer(text):
            if self.facts.is_secret_param(match["name"]):
                yield match.start("value"), match.end("value"), True
        for pattern in (_PAIR_RE, _ASSIGN_RE):
            for match in pattern.finditer(text):
                if self.facts.is_secret_key(_unquote(match["name"])):
                    yield from self._value_span(match, "value")
        lines = text.split("\n")
        offset = 0
        for index, line in enumerate(lines):
            entry = _YAML_LINE_RE.match(line)
            if entry and self.facts.is_secret_key(_unquote(entry["name"])):
                rest = entry["rest"]
                if rest[:1] in "|>":  # a block scalar: the more-indented lines that follow
                    end, indent = offset + len(line), len(entry["indent"])
                    for following in lines[index + 1 :]:
                        if following.strip() and len(following) - len(following.lstrip()) <= indent:
                            break
                        end += 1 + len(following)
                    yield offset + len(line) + 1, end, False
                elif rest[:1] not in "&*#":
                    yield from self._value_span(entry, "rest", offset)
            offset += len(line) + 1
        for match in _FLAG_RE.finditer(text):
            if self.facts.is_secret_key(match["flag"].lstrip("-")):
                yield from self._value_span(match, "value")
        for match in _AUTH_RE.finditer(text):
            yield match.start("value"), match.end("value"), True
        for pattern in self.facts.value_patterns:
            for match in pattern.finditer(text):
                yield match.start(), match.end(), True

    @staticmethod
    def _value_span(match: re.Match[str], group: str, offset: int = 0) -> Iterator[tuple[int, int, bool]]:
        start, end = match.start(group), match.end(group)
        value = match.group(group)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            start, end = start + 1, end - 1
        if end > start:
            yield offset + start, offset + end, True

    # --- scrubbing ----------------------------------------------------------------------

    def scrub_text(self, text: str) -> str:
        """Free text (a log, a compose file, a Traefik config, an error message)."""
        if not text:
            return text
        kind, parsed = self._parse(text)
        if kind:
            if kind == "json" and isinstance(parsed, (dict, list)) and depth(parsed) <= MAX_STRUCTURED_DEPTH:
                scrubbed = self.scrub_json(parsed)
                if scrubbed != parsed:  # re-encoded only when something was hidden
                    spaced = ", " in text or ": " in text
                    separators = (", ", ": ") if spaced else (",", ":")
                    return json.dumps(scrubbed, ensure_ascii=False, separators=separators)
                return self.replace_known(text)
            for value in self._find_in_data(parsed):
                self.register(value)
                text = self._replace_local(text, value)
        text = self._scrub_base64(text)
        spans = sorted(set(self._spans(text)))
        if spans:
            pieces, last = [], 0
            for start, end, remember in spans:
                if start < last:
                    continue  # inside a span already hidden
                value = text[start:end]
                if remember:
                    self.register(value)
                pieces += [text[last:start], placeholder(value)]
                last = end
            pieces.append(text[last:])
            text = "".join(pieces)
        text = _FRAME_RE.sub(STACK_PLACEHOLDER, text)
        return self.replace_known(text)

    def _replace_local(self, text: str, value: str) -> str:
        """A secret found by parsing ``text``, replaced where it stands (line by line if long)."""
        lines = [value] if "\n" not in value.strip() else [v.strip() for v in value.split("\n")]
        for line in lines:
            if line and PLACEHOLDER_PREFIX not in line:
                pattern = re.compile(rf"(?<![\w-]){re.escape(line)}(?![\w-])")
                text = pattern.sub(placeholder(line), text)
        return text

    def _scrub_base64(self, text: str) -> str:
        """A base64 string whose decoded text holds a secret (``compose.import``) is re-encoded scrubbed."""
        stripped = text.strip()
        if len(stripped) < 24 or not _BASE64_RE.match(stripped):
            return text
        try:
            decoded = base64.b64decode(
                stripped + "=" * (-len(stripped) % 4),
                altchars=b"-_" if "-" in stripped or "_" in stripped else None,
            )
            inner = decoded.decode("utf-8")
        except (binascii.Error, ValueError):
            return text
        if not inner.isprintable() and not all(c.isprintable() or c.isspace() for c in inner):
            return text
        scrubbed = self.scrub_text(inner)
        if scrubbed == inner:
            return text
        return base64.b64encode(scrubbed.encode("utf-8")).decode("ascii")

    def scrub_env_block(self, text: str) -> str:
        """``A=1\\nB=two`` -> every value hidden; names, comments and blanks kept.

        Parsed as Dokploy reads it (``dokploy.parse_env_block``, dotenv's rules), so a quoted
        value spanning lines is one value. A commented-out assignment (``# OLD_PASS=x``) has
        its value hidden too; other comments go through the line rules.
        """
        from dokploy import parse_env_block

        for value in self._env_values(text):
            self.register(value)
        lines = []
        for line in parse_env_block(text).lines:
            raw = line.raw
            stripped = raw.strip()
            if line.key is None and (not stripped or stripped.startswith("#")):
                comment = _ENV_COMMENT_RE.match(raw)
                if comment and comment["value"].strip():
                    raw = f"{comment['lead']}{placeholder(comment['value'])}"
                else:
                    raw = self.scrub_text(raw)
                lines.append(raw)
            elif "=" in raw:
                name, _, value = raw.partition("=")
                lines.append(f"{name}={placeholder(value)}" if value else raw)
            else:
                lines.append(placeholder(raw))
        return "\n".join(lines)

    def _secret_leaf(self, value: Any) -> Any:
        """Every leaf under a secret key, keeping its type."""
        return rebuild(value, self._secret_scalar)

    def _secret_scalar(self, node: Any) -> Any:
        if isinstance(node, str):
            self.register(node)
            return placeholder(node) if node else node
        if isinstance(node, bool) or node is None:
            return node
        if isinstance(node, (int, float)):
            self.register(node)
            return type(node)(0)  # zero keeps the type and is its own scrub
        return node

    def scrub_request_json(self, value: Any) -> Any:
        """``scrub_json`` of a request body: every secret it carries is the run's own."""
        self._sending = True
        try:
            return self.scrub_json(value)
        finally:
            self._sending = False

    def scrub_json(self, value: Any) -> Any:
        """A copy of ``value`` with every secret replaced (registered first, so echoes go too)."""
        for found in self._find_in_data(value):
            self.register(found)
        facts = self.facts
        root: list[Any] = [None]
        stack: list[tuple[Any, Any, Any, str]] = [(value, root, 0, "")]
        while stack:
            node, holder, slot, key = stack.pop()
            if isinstance(node, dict):
                record = self._api_key_record(node)
                holder[slot] = new = dict.fromkeys(node)
                for k, item in node.items():
                    name = str(k)
                    env = facts.is_env_key(name)
                    if env and isinstance(item, str):
                        new[k] = self.scrub_env_block(self.replace_known(item))
                    elif env and isinstance(item, list) and all(isinstance(i, str) for i in item):
                        new[k] = [self.scrub_env_block(i) for i in item]
                    elif (record and name in facts.api_key_fields) or self._secret_key(name, key):
                        new[k] = self._secret_leaf(item)
                    elif name.lower() in facts.stack_keys and isinstance(item, str):
                        new[k] = STACK_PLACEHOLDER
                    else:
                        stack.append((item, new, k, name))
            elif isinstance(node, list):
                holder[slot] = new_list = [None] * len(node)
                stack.extend((item, new_list, i, key) for i, item in enumerate(node))
            elif isinstance(node, str):
                holder[slot] = self.scrub_text(node)
            else:
                holder[slot] = node
        return root[0]

    def scrub_query(self, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        out = []
        for key, value in pairs:
            if self.facts.is_secret_param(key) and value:
                self.register(value, sent=True)
                out.append((key, placeholder(value)))
            else:
                out.append((key, self.scrub_text(value)))
        return out

    def scrub_response_body(self, text: str) -> str:
        """A bare body of an operation that answers a secret (a token, an env file): hidden whole."""
        if self.operation not in self.facts.secret_responses or not text.strip():
            return text
        try:
            parsed, is_json = json.loads(text), True
        except (ValueError, RecursionError):
            parsed, is_json = text, False
        if not isinstance(parsed, str):
            return text
        if re.search(r"(?m)^\s*(?:export\s+)?[\w.-]+=", parsed):
            out = self.scrub_env_block(parsed)
        else:
            self.register(parsed, force=True)
            out = placeholder(parsed)
        return json.dumps(out, ensure_ascii=False) if is_json else out


# --- module-level helpers (one fresh scrubber each; the kit uses one per session) ---------


def scrub_json(value: Any, literals: Iterable[str] = ()) -> Any:
    return Scrubber(literals).scrub_json(value)


def scrub_text(text: str, literals: Iterable[str] = ()) -> str:
    return Scrubber(literals).scrub_text(text)


def scrub_env_block(text: str) -> str:
    return Scrubber().scrub_env_block(text)


def scrub_query(pairs: list[tuple[str, str]], literals: Iterable[str] = ()) -> list[tuple[str, str]]:
    return Scrubber(literals).scrub_query(pairs)


def is_secret_key(key: str) -> bool:
    return load().is_secret_key(key)
