"""`certificates.one`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.certificate import Certificate
from ...types import UNSET, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "certificates.one"
METHOD = "GET"
PATH = "/certificates.one"


def _get_kwargs(
    *,
    certificate_id: str,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["certificateId"] = certificate_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


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
    client: SyncEngine,
) -> Certificate:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                certificate_id=certificate_id,
            ),
        )
    )


async def asyncio(
    *,
    certificate_id: str,
    client: AsyncEngine,
) -> Certificate:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                certificate_id=certificate_id,
            ),
        )
    )
