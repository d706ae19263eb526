"""`destination.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.destination import Destination
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "destination.create"
METHOD = "POST"
PATH = "/destination.create"


def _get_kwargs(
    *,
    name: str,
    provider: None | str,
    access_key: str,
    bucket: str,
    region: str,
    endpoint: str,
    secret_access_key: str,
    additional_flags: list[str] | None,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "name": name,
                "provider": provider,
                "accessKey": access_key,
                "bucket": bucket,
                "region": region,
                "endpoint": endpoint,
                "secretAccessKey": secret_access_key,
                "additionalFlags": additional_flags,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> Destination:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = Destination.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Destination", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    provider: None | str,
    access_key: str,
    bucket: str,
    region: str,
    endpoint: str,
    secret_access_key: str,
    additional_flags: list[str] | None,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> Destination:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                provider=provider,
                access_key=access_key,
                bucket=bucket,
                region=region,
                endpoint=endpoint,
                secret_access_key=secret_access_key,
                additional_flags=additional_flags,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    provider: None | str,
    access_key: str,
    bucket: str,
    region: str,
    endpoint: str,
    secret_access_key: str,
    additional_flags: list[str] | None,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> Destination:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                provider=provider,
                access_key=access_key,
                bucket=bucket,
                region=region,
                endpoint=endpoint,
                secret_access_key=secret_access_key,
                additional_flags=additional_flags,
                server_id=server_id,
            ),
        )
    )
