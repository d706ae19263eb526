"""Operations of Dokploy's `docker_image` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_image_get_images_item import DockerImageGetImagesItem


class DockerImageResource:
    """`docker_image.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def get_image_config(
        self,
        *,
        image_ref: str,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /dockerImage.getImageConfig`"""
        from .docker_image_get_image_config import sync

        return sync(
            image_ref=image_ref,
            server_id=server_id,
            client=self._engine,
        )

    def get_images(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerImageGetImagesItem]:
        """`GET /dockerImage.getImages`"""
        from .docker_image_get_images import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def remove_image(
        self,
        *,
        repository: str,
        tag: str,
        id: str,
        force: bool | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerImage.removeImage`"""
        from .docker_image_remove_image import sync

        return sync(
            repository=repository,
            tag=tag,
            id=id,
            force=force,
            server_id=server_id,
            client=self._engine,
        )


class AsyncDockerImageResource:
    """`docker_image.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def get_image_config(
        self,
        *,
        image_ref: str,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /dockerImage.getImageConfig`"""
        from .docker_image_get_image_config import asyncio

        return await asyncio(
            image_ref=image_ref,
            server_id=server_id,
            client=self._engine,
        )

    async def get_images(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerImageGetImagesItem]:
        """`GET /dockerImage.getImages`"""
        from .docker_image_get_images import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def remove_image(
        self,
        *,
        repository: str,
        tag: str,
        id: str,
        force: bool | Unset = UNSET,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerImage.removeImage`"""
        from .docker_image_remove_image import asyncio

        return await asyncio(
            repository=repository,
            tag=tag,
            id=id,
            force=force,
            server_id=server_id,
            client=self._engine,
        )
