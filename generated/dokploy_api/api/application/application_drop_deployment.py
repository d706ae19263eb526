"""`application.dropDeployment`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, File, RequestFiles, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "application.dropDeployment"
METHOD = "POST"
PATH = "/application.dropDeployment"


def _get_kwargs(
    *,
    application_id: str,
    zip_: File,
    drop_build_path: str | Unset = UNSET,
) -> dict[str, Any]:
    files: RequestFiles = []  # the name the property templates append to
    files.append(("applicationId", (None, str(application_id).encode(), "text/plain")))

    files.append(("zip", zip_.to_tuple()))

    if not isinstance(drop_build_path, Unset):
        files.append(("dropBuildPath", (None, str(drop_build_path).encode(), "text/plain")))

    return {"method": METHOD, "url": PATH, "files": files}


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    application_id: str,
    zip_: File,
    drop_build_path: str | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                zip_=zip_,
                drop_build_path=drop_build_path,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    zip_: File,
    drop_build_path: str | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                zip_=zip_,
                drop_build_path=drop_build_path,
            ),
        )
    )
