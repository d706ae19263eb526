"""The kit's scrubbing: planted secrets never reach a cassette, and replay still matches."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from support import REPO_ROOT

from dokploy import Dokploy
from dokploy_contract.recording import make_vcr
from dokploy_contract.scrub import placeholder, scrub_env_block, scrub_json

# At least 16 characters with a digit: never a field name of the body nor a 12-hex placeholder,
# so finding it in the file can only mean it leaked.
SECRETS = st.from_regex(r"\A[A-Za-z0-9]{8,30}[0-9][A-Za-z0-9]{7,10}\Z")
PEM = "-----BEGIN OPENSSH PRIVATE KEY-----\n{}\n-----END OPENSSH PRIVATE KEY-----"


def _planted(secret: str, key: str) -> dict[str, Any]:
    """A response body with the secret in every place Dokploy keeps one."""
    return {
        "postgresId": "pg-1",
        "databasePassword": secret,
        "databaseRootPassword": secret + "root",
        "env": f"A=1\nAPI_TOKEN={secret}\n# comment",
        "buildArgs": f"NPM={secret}",
        "buildSecrets": f"S={secret}",
        "refreshToken": secret,
        "security": [{"username": "u", "password": secret}],
        "registry": {"registryUrl": "r.example", "password": secret},
        "github": {"githubAppId": 1, "githubPrivateKey": PEM.format(secret), "githubWebhookSecret": secret},
        "notes": PEM.format(secret),
        "webhookUrl": f"https://hooks.example/{secret}",
        "mentionsTheKey": f"the key is {key}.",  # free text: only known literals
    }


def _record_and_replay(secret: str, key: str, folder: Path) -> str:
    cassette = folder / "c.yaml"
    body = _planted(secret, key)

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=body, headers={"set-cookie": f"session={secret}"})

    arguments = {
        "name": "n",
        "environmentId": "env-1",
        "databaseName": "d",
        "databaseUser": "u",
        "databasePassword": secret,
    }
    with make_vcr("all", [key]).use_cassette(str(cassette)):
        client = Dokploy(
            base_url="https://dokploy.test",
            api_key=key,
            max_retries=0,
            default_headers={"cookie": f"better-auth.session_token={secret}"},
            http_client=httpx.Client(transport=httpx.MockTransport(answer)),
        )
        client._engine.request("postgres.create", method="POST", url="/postgres.create", json=arguments)
    text = cassette.read_text()
    # Replay the same call from the scrubbed cassette: the live request, scrubbed the
    # same way, must match the recorded one.
    with make_vcr("none").use_cassette(str(cassette)):
        replayer = Dokploy(base_url="https://elsewhere.test", api_key="other")
        replayed = replayer._engine.request(
            "postgres.create", method="POST", url="/postgres.create", json=arguments
        )
    assert replayed["databasePassword"] == placeholder(secret)
    assert replayed["postgresId"] == "pg-1"
    return text


@settings(max_examples=15, deadline=None, suppress_health_check=list(HealthCheck))
@given(secret=SECRETS, key=SECRETS)
def test_planted_secrets_never_reach_the_cassette(secret: str, key: str) -> None:
    assume(secret not in key and key not in secret)
    with tempfile.TemporaryDirectory() as folder:
        text = _record_and_replay(secret, key, Path(folder))
    assert secret not in text
    assert key not in text
    assert "x-api-key" not in text.lower() and "cookie" not in text.lower()
    assert "dokploy.test" not in text  # the instance's address is not recorded either


def test_placeholders_are_stable_typed_and_idempotent() -> None:
    once = scrub_json({"databasePassword": "p", "port": 5432, "rateLimitMax": 10, "apiKeyId": "k"})
    assert once == scrub_json(once)
    assert once["databasePassword"] == placeholder("p") == placeholder(placeholder("p"))
    assert once["port"] == 5432 and once["apiKeyId"] == "k"  # not secrets, not touched
    assert scrub_env_block("A=1\n\n# c\nB=\nC") == (f"A={placeholder('1')}\n\n# c\nB=\n{placeholder('C')}")


# --- secrets where Dokploy really keeps them, at any depth, in requests and responses ---

SPEC = REPO_ROOT / "generated" / "spec.json"
_SECRET_NAME = re.compile(r"password|passphrase|secret|token|key|credential|private", re.IGNORECASE)
# Named like secrets but not ones (URLs of an OIDC provider, a Vault path): the facts table says so.
NOT_SECRETS = frozenset(
    {"publicKey", "tokenEndpoint", "tokenEndpointAuthentication", "authorizationEndpoint", "secretPath"}
)


def _string_schema(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind == "string" or (isinstance(kind, list) and "string" in kind):
        return True
    return any(_string_schema(s) for s in schema.get("anyOf", []) + schema.get("oneOf", []))


def spec_secret_fields() -> list[str]:
    """String properties of the spec named like secrets (ids aside): where Dokploy keeps them."""
    names: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for name, schema in (node.get("properties") or {}).items():
                if _string_schema(schema) and _SECRET_NAME.search(name) and not re.search(r"Ids?$", name):
                    names.add(name)
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(json.loads(SPEC.read_text(encoding="utf-8")))
    return sorted(names - NOT_SECRETS)


SECRET_FIELDS = spec_secret_fields()
ENV_NAMES = ["POSTGRES_PASSWORD", "API_TOKEN", "JWT_SECRET", "AWS_SECRET_ACCESS_KEY", "GITHUB_TOKEN"]
URL_FIELDS = ["customGitUrl", "registryUrl", "url", "notes", "command"]


def _compose(name: str, secret: str, style: int) -> str:
    entry = (f"{name}: {secret}", f"- {name}={secret}", f'- "{name}={secret}"', f"{name}: '{secret}'")[style]
    return (
        f"services:\n  app:\n    image: nginx\n    environment:\n      {entry}\n    ports:\n      - 80:80\n"
    )


PLANTS: dict[str, Any] = {
    "spec field": lambda s, d: {d(st.sampled_from(SECRET_FIELDS)): s},
    "url password": lambda s, d: {
        d(
            st.sampled_from(URL_FIELDS)
        ): f"see https://{d(st.sampled_from(['u', 'oauth2']))}:{s}@git.example/o/r.git"
    },
    "url token user": lambda s, d: {d(st.sampled_from(URL_FIELDS)): f"https://{s}@github.com/o/r.git"},
    "compose file": lambda s, d: {
        "composeFile": _compose(d(st.sampled_from(ENV_NAMES)), s, d(st.integers(0, 3)))
    },
    "mount content": lambda s, d: {
        "content": f"[db]\nhost=db\n{d(st.sampled_from(['password', 'api_token', 'secret']))}={s}\n"
    },
    "multi-line env": lambda s, d: {
        d(st.sampled_from(["env", "buildArgs", "previewEnv"])): (
            f'A=1\nMULTI="first\n{d(st.sampled_from(["X=" + s, "# " + s, s + "=y"]))}\nlast"\nB=2'
        )
    },
    "api key record": lambda s, d: {
        "configId": "default",
        "name": "k",
        "start": s[:6],
        "key": s,
        "rateLimitEnabled": True,
        "apikeyId": "ak-1",
    },
}


@st.composite
def planted_bodies(draw: st.DrawFn, secret: str) -> Any:
    """A JSON body with the secret planted by one of ``PLANTS``, nested in objects and lists."""
    body: Any = PLANTS[draw(st.sampled_from(sorted(PLANTS)))](secret, draw)
    for wrap in draw(st.lists(st.sampled_from(["object", "list", "records"]), max_size=3)):
        body = {"object": {"nested": body}, "list": [body], "records": {"items": [{"id": "x"}, body]}}[wrap]
    return body


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), secret=SECRETS, where=st.sampled_from(["request", "response", "both"]))
def test_real_dokploy_secret_fields_never_reach_the_cassette(
    data: st.DataObject, secret: str, where: str
) -> None:
    planted = data.draw(planted_bodies(secret))
    request_body = planted if where != "response" else {"composeId": "c-1"}
    response_body = planted if where != "request" else {"composeId": "c-1", "ok": True}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=response_body)

    with tempfile.TemporaryDirectory() as folder:
        cassette = Path(folder) / "c.yaml"
        with make_vcr("all").use_cassette(str(cassette)):
            client = Dokploy(
                base_url="https://dokploy.test",
                api_key="k" * 20,
                max_retries=0,
                http_client=httpx.Client(transport=httpx.MockTransport(answer)),
            )
            client._engine.request("compose.update", method="POST", url="/compose.update", json=request_body)
        text = cassette.read_text()
        with make_vcr("none").use_cassette(str(cassette)):
            replayer = Dokploy(base_url="https://elsewhere.test", api_key="other")
            replayed = replayer._engine.request(
                "compose.update", method="POST", url="/compose.update", json=request_body
            )
    assert secret not in text, text
    assert replayed == scrub_json(response_body)


def test_env_blocks_hide_whole_values_and_keep_comments() -> None:
    multi = '"one\nX=two\n# three\nend"'  # continuation lines holding "=" and "#": one value
    block = f"A=1\nMULTI={multi}\n# a comment\nexport B='q # r'\nC="
    scrubbed = scrub_env_block(block)
    assert scrubbed.split("\n") == [
        f"A={placeholder('1')}",
        f"MULTI={placeholder(multi)}",
        "# a comment",
        f"export B={placeholder(chr(39) + 'q # r' + chr(39))}",
        "C=",
    ]
    assert scrub_env_block(scrubbed) == scrubbed


def test_api_key_records_urls_and_files_are_scrubbed_stably() -> None:
    record = {"key": "plain-api-key-value", "start": "plain-", "rateLimitEnabled": True, "name": "ci"}
    once = scrub_json({"items": [record]})
    assert once == scrub_json(once) == scrub_json({"items": [dict(record)]})
    assert once["items"][0]["key"] == placeholder("plain-api-key-value")
    assert once["items"][0]["name"] == "ci"
    assert scrub_json({"key": "not-a-secret"}) == {"key": "not-a-secret"}  # a plain "key" elsewhere
    url = scrub_json({"customGitUrl": "https://me:ghp_abc@github.com/o/r.git"})["customGitUrl"]
    assert url == f"https://me:{placeholder('ghp_abc')}@github.com/o/r.git"
    assert scrub_json({"u": "ssh://git@github.com/o/r"}) == {"u": "ssh://git@github.com/o/r"}
    compose = "services:\n  db:\n    environment:\n"
    compose += "      POSTGRES_PASSWORD: pw\n      - API_TOKEN=tk\n      USER: me\n"
    scrubbed = scrub_json({"composeFile": compose})["composeFile"]
    assert scrubbed == compose.replace(": pw", f": {placeholder('pw')}").replace(
        "=tk", f"={placeholder('tk')}"
    )
