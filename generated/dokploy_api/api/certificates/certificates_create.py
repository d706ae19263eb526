"""`certificates.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.certificate import Certificate
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "certificates.create"
METHOD = "POST"
PATH = "/certificates.create"


def _get_kwargs(
    *,
    name: str,
    certificate_data: str,
    private_key: str,
    organization_id: str,
    certificate_id: str | Unset = UNSET,
    certificate_path: str | Unset = UNSET,
    auto_renew: bool | None | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "certificateData": certificate_data,
                "privateKey": private_key,
                "organizationId": organization_id,
                "certificateId": certificate_id,
                "certificatePath": certificate_path,
                "autoRenew": auto_renew,
                "serverId": server_id,
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
    name: str,
    certificate_data: str,
    private_key: str,
    organization_id: str,
    certificate_id: str | Unset = UNSET,
    certificate_path: str | Unset = UNSET,
    auto_renew: bool | None | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: SyncEngine,
) -> Certificate:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                certificate_data=certificate_data,
                private_key=private_key,
                organization_id=organization_id,
                certificate_id=certificate_id,
                certificate_path=certificate_path,
                auto_renew=auto_renew,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    certificate_data: str,
    private_key: str,
    organization_id: str,
    certificate_id: str | Unset = UNSET,
    certificate_path: str | Unset = UNSET,
    auto_renew: bool | None | Unset = UNSET,
    server_id: None | str | Unset = UNSET,
    client: AsyncEngine,
) -> Certificate:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                certificate_data=certificate_data,
                private_key=private_key,
                organization_id=organization_id,
                certificate_id=certificate_id,
                certificate_path=certificate_path,
                auto_renew=auto_renew,
                server_id=server_id,
            ),
        )
    )
