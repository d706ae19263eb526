"""`docker.uploadFileToContainer`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ai_test_connection_result import AiTestConnectionResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_upload_file_to_container_body import DockerUploadFileToContainerBody

OPERATION = "docker.uploadFileToContainer"
METHOD = "POST"
PATH = "/docker.uploadFileToContainer"


def _get_kwargs(
    *,
    body: DockerUploadFileToContainerBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["files"] = body.to_multipart()

    return _kwargs


def parse(data: Any) -> AiTestConnectionResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = AiTestConnectionResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AiTestConnectionResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: DockerUploadFileToContainerBody,
    client: SyncEngine,
) -> AiTestConnectionResult:
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
    body: DockerUploadFileToContainerBody,
    client: AsyncEngine,
) -> AiTestConnectionResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
