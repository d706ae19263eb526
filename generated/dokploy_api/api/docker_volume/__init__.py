"""Operations of Dokploy's `docker_volume` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.docker_list_container_files_item import DockerListContainerFilesItem
    from ...models.docker_read_container_file_result import DockerReadContainerFileResult
    from ...models.docker_volume_get_volumes_item import DockerVolumeGetVolumesItem
    from ...models.docker_volume_get_volumes_size_item import DockerVolumeGetVolumesSizeItem


class DockerVolumeResource:
    """`docker_volume.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def delete_volume_file(
        self,
        *,
        volume_name: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerVolume.deleteVolumeFile`"""
        from .docker_volume_delete_volume_file import sync

        return sync(
            volume_name=volume_name,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    def get_volume_config(
        self,
        *,
        volume_name: str,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /dockerVolume.getVolumeConfig`"""
        from .docker_volume_get_volume_config import sync

        return sync(
            volume_name=volume_name,
            server_id=server_id,
            client=self._engine,
        )

    def get_volumes(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerVolumeGetVolumesItem]:
        """`GET /dockerVolume.getVolumes`"""
        from .docker_volume_get_volumes import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def get_volumes_size(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerVolumeGetVolumesSizeItem]:
        """`GET /dockerVolume.getVolumesSize`"""
        from .docker_volume_get_volumes_size import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def list_volume_files(
        self,
        *,
        volume_name: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerListContainerFilesItem]:
        """`GET /dockerVolume.listVolumeFiles`"""
        from .docker_volume_list_volume_files import sync

        return sync(
            volume_name=volume_name,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    def read_volume_file(
        self,
        *,
        volume_name: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> DockerReadContainerFileResult:
        """`GET /dockerVolume.readVolumeFile`"""
        from .docker_volume_read_volume_file import sync

        return sync(
            volume_name=volume_name,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    def remove_volume(
        self,
        *,
        volume_name: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerVolume.removeVolume`"""
        from .docker_volume_remove_volume import sync

        return sync(
            volume_name=volume_name,
            server_id=server_id,
            client=self._engine,
        )

    def write_volume_file(
        self,
        *,
        volume_name: str,
        path: str,
        content: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerVolume.writeVolumeFile`"""
        from .docker_volume_write_volume_file import sync

        return sync(
            volume_name=volume_name,
            path=path,
            content=content,
            server_id=server_id,
            client=self._engine,
        )


class AsyncDockerVolumeResource:
    """`docker_volume.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def delete_volume_file(
        self,
        *,
        volume_name: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerVolume.deleteVolumeFile`"""
        from .docker_volume_delete_volume_file import asyncio

        return await asyncio(
            volume_name=volume_name,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    async def get_volume_config(
        self,
        *,
        volume_name: str,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /dockerVolume.getVolumeConfig`"""
        from .docker_volume_get_volume_config import asyncio

        return await asyncio(
            volume_name=volume_name,
            server_id=server_id,
            client=self._engine,
        )

    async def get_volumes(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerVolumeGetVolumesItem]:
        """`GET /dockerVolume.getVolumes`"""
        from .docker_volume_get_volumes import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def get_volumes_size(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerVolumeGetVolumesSizeItem]:
        """`GET /dockerVolume.getVolumesSize`"""
        from .docker_volume_get_volumes_size import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def list_volume_files(
        self,
        *,
        volume_name: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerListContainerFilesItem]:
        """`GET /dockerVolume.listVolumeFiles`"""
        from .docker_volume_list_volume_files import asyncio

        return await asyncio(
            volume_name=volume_name,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    async def read_volume_file(
        self,
        *,
        volume_name: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> DockerReadContainerFileResult:
        """`GET /dockerVolume.readVolumeFile`"""
        from .docker_volume_read_volume_file import asyncio

        return await asyncio(
            volume_name=volume_name,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    async def remove_volume(
        self,
        *,
        volume_name: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerVolume.removeVolume`"""
        from .docker_volume_remove_volume import asyncio

        return await asyncio(
            volume_name=volume_name,
            server_id=server_id,
            client=self._engine,
        )

    async def write_volume_file(
        self,
        *,
        volume_name: str,
        path: str,
        content: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /dockerVolume.writeVolumeFile`"""
        from .docker_volume_write_volume_file import asyncio

        return await asyncio(
            volume_name=volume_name,
            path=path,
            content=content,
            server_id=server_id,
            client=self._engine,
        )
