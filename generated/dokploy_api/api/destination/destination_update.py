"""`destination.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.destination import Destination
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "destination.update"
METHOD = "POST"
PATH = "/destination.update"


def _get_kwargs(
    *,
    name: str,
    access_key: str,
    bucket: str,
    region: str,
    endpoint: str,
    secret_access_key: str,
    destination_id: str,
    provider: None | str,
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
                "accessKey": access_key,
                "bucket": bucket,
                "region": region,
                "endpoint": endpoint,
                "secretAccessKey": secret_access_key,
                "destinationId": destination_id,
                "provider": provider,
                "additionalFlags": additional_flags,
                "serverId": server_id,
            }
        ),
    }


def parse(data: Any) -> Destination | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> Destination | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = Destination.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Destination | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("Destination | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    name: str,
    access_key: str,
    bucket: str,
    region: str,
    endpoint: str,
    secret_access_key: str,
    destination_id: str,
    provider: None | str,
    additional_flags: list[str] | None,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> Destination | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                access_key=access_key,
                bucket=bucket,
                region=region,
                endpoint=endpoint,
                secret_access_key=secret_access_key,
                destination_id=destination_id,
                provider=provider,
                additional_flags=additional_flags,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    name: str,
    access_key: str,
    bucket: str,
    region: str,
    endpoint: str,
    secret_access_key: str,
    destination_id: str,
    provider: None | str,
    additional_flags: list[str] | None,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> Destination | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                name=name,
                access_key=access_key,
                bucket=bucket,
                region=region,
                endpoint=endpoint,
                secret_access_key=secret_access_key,
                destination_id=destination_id,
                provider=provider,
                additional_flags=additional_flags,
                server_id=server_id,
            ),
        )
    )
