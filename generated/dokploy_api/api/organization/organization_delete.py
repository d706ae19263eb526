"""`organization.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.organization_delete_body import OrganizationDeleteBody

OPERATION = "organization.delete"
METHOD = "POST"
PATH = "/organization.delete"


def _get_kwargs(
    *,
    body: OrganizationDeleteBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> list[Any]:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = cast(list[Any], data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("list[Any]", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: OrganizationDeleteBody,
    client: SyncEngine,
) -> list[Any]:
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
    body: OrganizationDeleteBody,
    client: AsyncEngine,
) -> list[Any]:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
