"""`forwardAuth.getAuthDomain`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.forward_auth_get_auth_domain_result import ForwardAuthGetAuthDomainResult
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "forwardAuth.getAuthDomain"
METHOD = "GET"
PATH = "/forwardAuth.getAuthDomain"


def _get_kwargs(
    *,
    server_id: None | str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    json_server_id: None | str
    json_server_id = server_id
    params["serverId"] = json_server_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> ForwardAuthGetAuthDomainResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> ForwardAuthGetAuthDomainResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ForwardAuthGetAuthDomainResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ForwardAuthGetAuthDomainResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ForwardAuthGetAuthDomainResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    server_id: None | str,
    client: SyncEngine,
) -> ForwardAuthGetAuthDomainResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    server_id: None | str,
    client: AsyncEngine,
) -> ForwardAuthGetAuthDomainResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                server_id=server_id,
            ),
        )
    )
