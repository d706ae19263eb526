"""The scrubber over generated secrets in every carrier the issue found leaking.

Each carrier is a way Dokploy (or a log it keeps) holds a secret: a key named in
any spelling, an env block line (commented too), a compose file in every YAML
style, Traefik users in YAML and TOML, JSON inside a string, a docker-inspect
``Env`` list, URLs, command lines, private keys, and echoes of a secret seen
before in its encoded forms. The secret must be gone from what is written.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any
from urllib.parse import quote, quote_plus

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dokploy_contract import serializer
from dokploy_contract.scrub import Scrubber, depth

Draw = Callable[..., Any]

# Never a word of the carriers' text: finding it can only mean it leaked.
SECRETS = st.from_regex(r"\AZq[A-Za-z0-9]{6,24}[0-9]Kx\Z")
# Secrets with the characters URL and base64 forms change.
ODD_SECRETS = st.from_regex(r"\AZq[A-Za-z0-9+/=@!~*-]{6,20}[0-9+/]Kx\Z")
WORDS = st.sampled_from(
    [
        "password",
        "pass",
        "passwd",
        "secret",
        "token",
        "api key",
        "access key",
        "private key",
        "auth token",
        "client secret",
        "secret access key",
        "access key id",
        "secret id",
        "webhook url",
        "license key",
    ]
)
TOKEN_PARAMS = ["token", "access_token", "api_key", "sig"]
OWNERS = st.sampled_from(["", "db", "redis", "x", "github", "old db", "my app", "s3"])


def _spell(words: list[str], style: int) -> str:
    parts = " ".join(words).split()
    if style == 0:
        return "_".join(p.upper() for p in parts)
    if style == 1:
        return parts[0] + "".join(p.capitalize() for p in parts[1:])
    if style == 2:
        return "-".join(p.capitalize() for p in parts)  # X-Api-Key
    return "_".join(parts)


@st.composite
def secret_names(draw: st.DrawFn) -> str:
    owner = draw(OWNERS)
    return _spell([owner, draw(WORDS)] if owner else [draw(WORDS)], draw(st.integers(0, 3)))


def _compose(name: str, secret: str, style: int) -> str:
    q = json.dumps(secret)
    bodies = [
        f"    environment:\n      {name}: {secret}\n",
        f"    environment:\n      - {name}={secret}\n",
        f'    environment:\n      "{name}": {q}\n',
        f"    environment: {{{name}: {q}, MODE: x}}\n",
        f"    environment:\n      {name}: |\n        {secret}\n        second-line\n",
        f"    command: server --{name.lower().replace('_', '-')} {secret}\n",
        f'    command: ["server", "--{name.lower().replace("_", "-")}", {q}]\n',
        f"    environment:\n      {name}: *pw\n",
    ]
    head = f"x-pw: &pw {q}\n" if style == 7 else ""
    return f"{head}services:\n  app:\n    image: nginx\n{bodies[style]}    ports:\n      - 80:80\n"


CARRIERS: dict[str, Callable[[Draw, str], Any]] = {
    "secret key, any spelling": lambda d, s: {d(secret_names()): s},
    "secret key, nested in lists": lambda d, s: {"items": [{"id": "x"}, {"deep": [{d(secret_names()): s}]}]},
    "env block": lambda d, s: {
        d(st.sampled_from(["env", "buildArgs", "buildSecrets", "previewEnv", "previewBuildSecrets"])): d(
            st.sampled_from(
                [f"A=1\nX={s}", f"# OLD_{d(secret_names())}={s}", f"export B='{s}'", f'M="a\n{s}\nb"']
            )
        )
    },
    "compose file": lambda d, s: {
        "composeFile": _compose(_spell(["db", d(WORDS)], 0), s, d(st.integers(0, 7)))
    },
    "converted compose, bare text": lambda d, s: _compose(
        _spell(["app", d(WORDS)], 0), s, d(st.integers(0, 7))
    ),
    "traefik yaml users": lambda d, s: (
        f'http:\n  middlewares:\n    a:\n      basicAuth:\n        users:\n          - "admin:{s}"\n'
    ),
    "traefik toml users": lambda d, s: f'[http.middlewares.a.basicAuth]\n  users = ["admin:{s}"]\n',
    "json in a string": lambda d, s: {"oidcConfig": json.dumps({"clientId": "c", d(secret_names()): s})},
    "docker inspect Env": lambda d, s: {"Config": {"Env": [f"{d(secret_names())}={s}", "PATH=/bin"]}},
    "url userinfo": lambda d, s: {
        "customGitUrl": f"https://{d(st.sampled_from(['u', 'oauth2']))}:{s}@git.example/r"
    },
    "url token param": lambda d, s: {
        "url": f"https://x.example/hook?{d(st.sampled_from(TOKEN_PARAMS))}={s}&a=1"
    },
    "log line": lambda d, s: d(
        st.sampled_from(
            [
                f"export {_spell(['gh', 'token'], 0)}={s}",
                f"Authorization: Bearer {s}",
                f"run --password {s}",
                f"run --api-key={s}",
                f"{_spell(['db', 'pass'], 0)}: {s}",
                f'{{"password": "{s}"}} was sent',
            ]
        )
    ),
    "rclone flags": lambda d, s: {"additionalFlags": ["--s3-secret-access-key", s, "--fast-list"]},
    "private key": lambda d, s: d(
        st.sampled_from(
            [
                f"-----BEGIN OPENSSH PRIVATE KEY-----\n{s}\n-----END OPENSSH PRIVATE KEY-----",
                f"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n{s}\n-----END PGP PRIVATE KEY BLOCK-----",
                f"PuTTY-User-Key-File-3: ssh-ed25519\nPrivate-Lines: 1\n{s}\nPrivate-MAC: abc",
            ]
        )
    ),
    "deep nesting": lambda d, s: _deep({"password": s}, 5000),
}


def _deep(leaf: Any, levels: int) -> Any:
    for _ in range(levels):
        leaf = {"a": [leaf]}
    return leaf


def _strings(value: Any) -> list[str]:
    """Every string of a value, keys too, without recursion (a 5,000-deep body has no repr)."""
    out: list[str] = []
    stack = [value]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            out.extend(str(k) for k in node)
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
        else:
            out.append(str(node))
    return out


def _forms(secret: str) -> set[str]:
    raw = secret.encode()
    out = {secret, quote(secret, safe=""), quote_plus(secret)}
    for enc in (base64.b64encode(raw), base64.urlsafe_b64encode(raw)):
        out |= {enc.decode(), enc.decode().rstrip("=")}
    return out


def _written(scrubber: Scrubber, value: Any) -> str:
    """What the kit writes for a body: scrubbed, then the serializer's last pass."""
    if isinstance(value, str):
        body = scrubber.scrub_text(value)
    else:
        scrubbed = scrubber.scrub_json(value)
        body = "\n".join(_strings(scrubbed)) if depth(scrubbed) > 150 else json.dumps(scrubbed)
    return scrubber.replace_known(body)


@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), secret=SECRETS)
def test_a_secret_in_any_carrier_is_gone(data: st.DataObject, secret: str) -> None:
    carrier = data.draw(st.sampled_from(sorted(CARRIERS)), label="carrier")
    body = CARRIERS[carrier](data.draw, secret)
    text = _written(Scrubber(), body)
    assert secret not in text, (carrier, text[-500:])


@settings(max_examples=100, deadline=None, suppress_health_check=list(HealthCheck))
@given(secret=ODD_SECRETS, where=st.sampled_from(["message", "log", "b64", "urlenc", "json"]))
def test_a_secret_seen_once_is_gone_from_every_later_text_in_every_form(secret: str, where: str) -> None:
    scrubber = Scrubber()
    scrubber.scrub_json({"registryName": "r", "password": secret})  # sent once, under a secret key
    raw = secret.encode()
    later = {
        "message": f"Command failed: echo '{secret}' | docker login",
        "log": f"step 3\nusing {secret} now\n",
        "b64": f"auth={base64.b64encode(raw).decode()} "
        f"alt={base64.urlsafe_b64encode(raw).decode().rstrip('=')}",
        "urlenc": f"https://x.example/?q={quote(secret, safe='')}&r={quote_plus(secret)}",
        "json": json.dumps({"note": f"pw {secret}"}),
    }[where]
    text = scrubber.scrub_text(later)
    assert not any(form in text for form in _forms(secret)), text


def test_deep_bodies_are_scrubbed_and_serialized_without_recursion_error() -> None:
    scrubber = Scrubber()
    body = _deep({"password": "Zqdeep1234567Kx", "env": "A=Zqenv99999999Kx"}, 6000)
    scrubbed = scrubber.scrub_json(body)
    assert not any("Zq" in piece for piece in _strings(scrubbed))
    text = '{"a":[' * 6000 + '{"password": "Zqdeep1234567Kx"}' + "]}" * 6000
    assert "Zqdeep1234567Kx" not in scrubber.scrub_text(text)
    cassette = {
        "interactions": [
            {
                "request": {"method": "GET", "uri": "u", "body": None, "headers": {}},
                "response": {
                    "status": {"code": 200, "message": "OK"},
                    "headers": {},
                    "body": {"string": text},
                },
            }
        ]
    }
    written = serializer.Serializer(scrubber).serialize(cassette)
    assert "Zqdeep1234567Kx" not in written
