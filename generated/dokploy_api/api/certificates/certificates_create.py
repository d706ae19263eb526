"""`certificates.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.certificate import Certificate
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.certificates_create_body import CertificatesCreateBody

OPERATION = "certificates.create"
METHOD = "POST"
PATH = "/certificates.create"


def _get_kwargs(
    *,
    body: CertificatesCreateBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

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
    body: CertificatesCreateBody,
    client: SyncEngine,
) -> Certificate:
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
    body: CertificatesCreateBody,
    client: AsyncEngine,
) -> Certificate:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
