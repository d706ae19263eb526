"""`docker.uploadFileToContainer`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import Any, cast

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


def parse(data: Any) -> Any:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(Any, data)


def sync(
    *,
    body: DockerUploadFileToContainerBody,
    client: SyncEngine,
) -> Any:
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
) -> Any:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
