"""`port.create`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.port_create_result import PortCreateResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.port_create_body_protocol import PortCreateBodyProtocol
    from ...models.port_create_body_publish_mode import PortCreateBodyPublishMode

OPERATION = "port.create"
METHOD = "POST"
PATH = "/port.create"


def _get_kwargs(
    *,
    published_port: float,
    target_port: float,
    application_id: str,
    publish_mode: PortCreateBodyPublishMode = "ingress",
    protocol: PortCreateBodyProtocol = "tcp",
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "publishedPort": published_port,
                "publishMode": publish_mode,
                "targetPort": target_port,
                "protocol": protocol,
                "applicationId": application_id,
            }
        ),
    }


def parse(data: Any) -> PortCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = PortCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("PortCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    published_port: float,
    target_port: float,
    application_id: str,
    publish_mode: PortCreateBodyPublishMode = "ingress",
    protocol: PortCreateBodyProtocol = "tcp",
    client: SyncEngine,
) -> PortCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                published_port=published_port,
                publish_mode=publish_mode,
                target_port=target_port,
                protocol=protocol,
                application_id=application_id,
            ),
        )
    )


async def asyncio(
    *,
    published_port: float,
    target_port: float,
    application_id: str,
    publish_mode: PortCreateBodyPublishMode = "ingress",
    protocol: PortCreateBodyProtocol = "tcp",
    client: AsyncEngine,
) -> PortCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                published_port=published_port,
                publish_mode=publish_mode,
                target_port=target_port,
                protocol=protocol,
                application_id=application_id,
            ),
        )
    )
