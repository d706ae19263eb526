"""The kit's scrubbing: planted secrets never reach a cassette, and replay still matches."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

import httpx
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

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
