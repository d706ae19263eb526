"""`sshKey.generate`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ssh_key_generate_result import SshKeyGenerateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ssh_key_generate_body_type import SshKeyGenerateBodyType

OPERATION = "sshKey.generate"
METHOD = "POST"
PATH = "/sshKey.generate"


def _get_kwargs(
    *,
    type_: SshKeyGenerateBodyType | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "type": type_,
            }
        ),
    }


def parse(data: Any) -> SshKeyGenerateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = SshKeyGenerateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("SshKeyGenerateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    type_: SshKeyGenerateBodyType | Unset = UNSET,
    client: SyncEngine,
) -> SshKeyGenerateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                type_=type_,
            ),
        )
    )


async def asyncio(
    *,
    type_: SshKeyGenerateBodyType | Unset = UNSET,
    client: AsyncEngine,
) -> SshKeyGenerateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                type_=type_,
            ),
        )
    )
