"""`destination.testConnection`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "destination.testConnection"
METHOD = "POST"
PATH = "/destination.testConnection"


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


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


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
) -> None:
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
) -> None:
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
