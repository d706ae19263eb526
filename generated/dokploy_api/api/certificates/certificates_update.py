"""`certificates.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.certificate import Certificate
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "certificates.update"
METHOD = "POST"
PATH = "/certificates.update"


def _get_kwargs(
    *,
    certificate_id: str,
    name: str | Unset = UNSET,
    certificate_data: str | Unset = UNSET,
    private_key: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "certificateId": certificate_id,
                "name": name,
                "certificateData": certificate_data,
                "privateKey": private_key,
            }
        ),
    }


def parse(data: Any) -> Certificate:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Certificate.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Certificate", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    certificate_id: str,
    name: str | Unset = UNSET,
    certificate_data: str | Unset = UNSET,
    private_key: str | Unset = UNSET,
    client: SyncEngine,
) -> Certificate:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                certificate_id=certificate_id,
                name=name,
                certificate_data=certificate_data,
                private_key=private_key,
            ),
        )
    )


async def asyncio(
    *,
    certificate_id: str,
    name: str | Unset = UNSET,
    certificate_data: str | Unset = UNSET,
    private_key: str | Unset = UNSET,
    client: AsyncEngine,
) -> Certificate:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                certificate_id=certificate_id,
                name=name,
                certificate_data=certificate_data,
                private_key=private_key,
            ),
        )
    )
