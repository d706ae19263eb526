"""`domain.delete`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.domain_create_result import DomainCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "domain.delete"
METHOD = "POST"
PATH = "/domain.delete"


def _get_kwargs(
    *,
    domain_id: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "domainId": domain_id,
            }
        ),
    }


def parse(data: Any) -> DomainCreateResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> DomainCreateResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DomainCreateResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DomainCreateResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("DomainCreateResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    domain_id: str,
    client: SyncEngine,
) -> DomainCreateResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                domain_id=domain_id,
            ),
        )
    )


async def asyncio(
    *,
    domain_id: str,
    client: AsyncEngine,
) -> DomainCreateResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                domain_id=domain_id,
            ),
        )
    )
