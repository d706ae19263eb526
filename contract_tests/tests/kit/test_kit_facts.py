"""The facts table the kit reads (``dokploy_api.facts``): covering the spec, classifying secrets as intended.

That the compiled table is what ``facts.json`` and the spec give is the generator's test
(``test_generator_facts.py``).
"""

from __future__ import annotations

import json

import pytest
from support import REPO_ROOT

from dokploy_contract.facts import load

REPO = REPO_ROOT
SPEC = json.loads((REPO / "generated" / "spec.json").read_text(encoding="utf-8"))


def test_every_operation_of_the_spec_has_a_row() -> None:
    facts = load()
    for path, methods in SPEC["paths"].items():
        name = path.lstrip("/").replace("/", ".")
        assert facts.known(name), name
        if "post" in methods:
            row = facts.operation(name)
            assert row is not None and row.target_key, name


def test_every_top_level_kind_can_be_removed_and_listed() -> None:
    """Teardown removes what a test left: each kind outside a project needs a remove operation."""
    facts = load()
    for kind, info in facts.kinds.items():
        if info.top_level:
            assert info.remove and facts.operation(info.remove), kind
    for read in facts.snapshot_reads:
        assert facts.known(read.split("?", 1)[0]), read


@pytest.mark.parametrize(
    "key",
    [
        "password",
        "databaseRootPassword",
        "DB_PASS",
        "X-Api-Key",
        "accessKeyId",
        "secretId",
        "requirepass",
        "REDIS_PASSWORD",
        "clientSecret",
        "AWS_SECRET_ACCESS_KEY",
        "refreshToken",
        "privateKey",
        "webhookUrl",
        "licenseKey",
        "MEILI_MASTER_KEY",
        "auth",
        "masterauth",
        "encPrivateKeyPass",
        "apiKey",
        "api_key",
    ],
)
def test_secret_keys_in_any_spelling(key: str) -> None:
    assert load().is_secret_key(key)


@pytest.mark.parametrize(
    "key",
    [
        "applicationId",
        "apiKeyId",
        "sshKeyId",
        "publicKey",
        "tokenEndpoint",
        "name",
        "appName",
        "env",
        "customGitSSHKeyId",
        "authId",
        "keepLatestCount",
        "host",
        "secretPath",
    ],
)
def test_ids_and_plain_fields_are_not_secrets(key: str) -> None:
    assert not load().is_secret_key(key)
