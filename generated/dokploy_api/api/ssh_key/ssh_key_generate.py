"""`sshKey.generate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ssh_key_generate_result import SshKeyGenerateResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ssh_key_generate_body import SshKeyGenerateBody

OPERATION = "sshKey.generate"
METHOD = "POST"
PATH = "/sshKey.generate"


def _get_kwargs(
    *,
    body: SshKeyGenerateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> SshKeyGenerateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SshKeyGenerateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SshKeyGenerateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: SshKeyGenerateBody,
    client: SyncEngine,
) -> SshKeyGenerateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: SshKeyGenerateBody,
    client: AsyncEngine,
) -> SshKeyGenerateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
