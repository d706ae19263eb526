"""`docker.uploadFileToContainer`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ai_test_connection_result import AiTestConnectionResult
from ...types import UNSET, File, RequestFiles, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "docker.uploadFileToContainer"
METHOD = "POST"
PATH = "/docker.uploadFileToContainer"


def _get_kwargs(
    *,
    container_id: str,
    file: File,
    destination_path: str,
    server_id: str | Unset = UNSET,
) -> dict[str, Any]:
    files: RequestFiles = []  # the name the property templates append to
    files.append(("containerId", (None, str(container_id).encode(), "text/plain")))

    files.append(("file", file.to_tuple()))

    files.append(("destinationPath", (None, str(destination_path).encode(), "text/plain")))

    if not isinstance(server_id, Unset):
        files.append(("serverId", (None, str(server_id).encode(), "text/plain")))

    return {"method": METHOD, "url": PATH, "files": files}


def parse(data: Any) -> AiTestConnectionResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = AiTestConnectionResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AiTestConnectionResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    container_id: str,
    file: File,
    destination_path: str,
    server_id: str | Unset = UNSET,
    client: SyncEngine,
) -> AiTestConnectionResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                container_id=container_id,
                file=file,
                destination_path=destination_path,
                server_id=server_id,
            ),
        )
    )


async def asyncio(
    *,
    container_id: str,
    file: File,
    destination_path: str,
    server_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> AiTestConnectionResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                container_id=container_id,
                file=file,
                destination_path=destination_path,
                server_id=server_id,
            ),
        )
    )
