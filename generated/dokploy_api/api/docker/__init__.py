"""Operations of Dokploy's `docker` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_test_connection_result import AiTestConnectionResult
    from ...models.docker_get_containers_by_app_label_item import DockerGetContainersByAppLabelItem
    from ...models.docker_get_containers_by_app_label_type import DockerGetContainersByAppLabelType
    from ...models.docker_get_containers_by_app_name_match_app_type import DockerGetContainersByAppNameMatchAppType
    from ...models.docker_get_containers_by_app_name_match_item import DockerGetContainersByAppNameMatchItem
    from ...models.docker_get_containers_item import DockerGetContainersItem
    from ...models.docker_get_events_result import DockerGetEventsResult
    from ...models.docker_get_server_health_result import DockerGetServerHealthResult
    from ...models.docker_get_service_containers_by_app_name_item import DockerGetServiceContainersByAppNameItem
    from ...models.docker_list_container_files_item import DockerListContainerFilesItem
    from ...models.docker_read_container_file_result import DockerReadContainerFileResult


class DockerResource:
    """`docker.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def delete_container_file(
        self,
        *,
        container_id: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.deleteContainerFile`"""
        from .docker_delete_container_file import sync

        return sync(
            container_id=container_id,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    def get_config(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /docker.getConfig`"""
        from .docker_get_config import sync

        return sync(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    def get_containers(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerGetContainersItem] | None:
        """`GET /docker.getContainers`"""
        from .docker_get_containers import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def get_containers_by_app_label(
        self,
        *,
        app_name: str,
        server_id: str | Unset = UNSET,
        type_: DockerGetContainersByAppLabelType,
    ) -> list[DockerGetContainersByAppLabelItem] | None:
        """`GET /docker.getContainersByAppLabel`"""
        from .docker_get_containers_by_app_label import sync

        return sync(
            app_name=app_name,
            server_id=server_id,
            type_=type_,
            client=self._engine,
        )

    def get_containers_by_app_name_match(
        self,
        *,
        app_type: DockerGetContainersByAppNameMatchAppType | Unset = UNSET,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerGetContainersByAppNameMatchItem]:
        """`GET /docker.getContainersByAppNameMatch`"""
        from .docker_get_containers_by_app_name_match import sync

        return sync(
            app_type=app_type,
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    def get_events(
        self,
        *,
        server_id: str | Unset = UNSET,
        minutes: float | Unset = 15.0,
    ) -> DockerGetEventsResult:
        """`GET /docker.getEvents`"""
        from .docker_get_events import sync

        return sync(
            server_id=server_id,
            minutes=minutes,
            client=self._engine,
        )

    def get_server_health(
        self,
        *,
        server_id: str | Unset = UNSET,
        since_hours: int | Unset = UNSET,
    ) -> DockerGetServerHealthResult:
        """`GET /docker.getServerHealth`"""
        from .docker_get_server_health import sync

        return sync(
            server_id=server_id,
            since_hours=since_hours,
            client=self._engine,
        )

    def get_service_containers_by_app_name(
        self,
        *,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerGetServiceContainersByAppNameItem]:
        """`GET /docker.getServiceContainersByAppName`"""
        from .docker_get_service_containers_by_app_name import sync

        return sync(
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    def get_stack_containers_by_app_name(
        self,
        *,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerGetServiceContainersByAppNameItem]:
        """`GET /docker.getStackContainersByAppName`"""
        from .docker_get_stack_containers_by_app_name import sync

        return sync(
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    def kill_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.killContainer`"""
        from .docker_kill_container import sync

        return sync(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    def list_container_files(
        self,
        *,
        container_id: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerListContainerFilesItem]:
        """`GET /docker.listContainerFiles`"""
        from .docker_list_container_files import sync

        return sync(
            container_id=container_id,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    def read_container_file(
        self,
        *,
        container_id: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> DockerReadContainerFileResult:
        """`GET /docker.readContainerFile`"""
        from .docker_read_container_file import sync

        return sync(
            container_id=container_id,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    def remove_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.removeContainer`"""
        from .docker_remove_container import sync

        return sync(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    def restart_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.restartContainer`"""
        from .docker_restart_container import sync

        return sync(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    def start_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.startContainer`"""
        from .docker_start_container import sync

        return sync(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    def stop_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.stopContainer`"""
        from .docker_stop_container import sync

        return sync(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    def upload_file_to_container(
        self,
        *,
        container_id: str,
        file: File,
        destination_path: str,
        server_id: str | Unset = UNSET,
    ) -> AiTestConnectionResult:
        """`POST /docker.uploadFileToContainer`"""
        from .docker_upload_file_to_container import sync

        return sync(
            container_id=container_id,
            file=file,
            destination_path=destination_path,
            server_id=server_id,
            client=self._engine,
        )

    def write_container_file(
        self,
        *,
        container_id: str,
        path: str,
        content: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.writeContainerFile`"""
        from .docker_write_container_file import sync

        return sync(
            container_id=container_id,
            path=path,
            content=content,
            server_id=server_id,
            client=self._engine,
        )


class AsyncDockerResource:
    """`docker.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def delete_container_file(
        self,
        *,
        container_id: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.deleteContainerFile`"""
        from .docker_delete_container_file import asyncio

        return await asyncio(
            container_id=container_id,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    async def get_config(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> Any:
        """`GET /docker.getConfig`"""
        from .docker_get_config import asyncio

        return await asyncio(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    async def get_containers(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[DockerGetContainersItem] | None:
        """`GET /docker.getContainers`"""
        from .docker_get_containers import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def get_containers_by_app_label(
        self,
        *,
        app_name: str,
        server_id: str | Unset = UNSET,
        type_: DockerGetContainersByAppLabelType,
    ) -> list[DockerGetContainersByAppLabelItem] | None:
        """`GET /docker.getContainersByAppLabel`"""
        from .docker_get_containers_by_app_label import asyncio

        return await asyncio(
            app_name=app_name,
            server_id=server_id,
            type_=type_,
            client=self._engine,
        )

    async def get_containers_by_app_name_match(
        self,
        *,
        app_type: DockerGetContainersByAppNameMatchAppType | Unset = UNSET,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerGetContainersByAppNameMatchItem]:
        """`GET /docker.getContainersByAppNameMatch`"""
        from .docker_get_containers_by_app_name_match import asyncio

        return await asyncio(
            app_type=app_type,
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    async def get_events(
        self,
        *,
        server_id: str | Unset = UNSET,
        minutes: float | Unset = 15.0,
    ) -> DockerGetEventsResult:
        """`GET /docker.getEvents`"""
        from .docker_get_events import asyncio

        return await asyncio(
            server_id=server_id,
            minutes=minutes,
            client=self._engine,
        )

    async def get_server_health(
        self,
        *,
        server_id: str | Unset = UNSET,
        since_hours: int | Unset = UNSET,
    ) -> DockerGetServerHealthResult:
        """`GET /docker.getServerHealth`"""
        from .docker_get_server_health import asyncio

        return await asyncio(
            server_id=server_id,
            since_hours=since_hours,
            client=self._engine,
        )

    async def get_service_containers_by_app_name(
        self,
        *,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerGetServiceContainersByAppNameItem]:
        """`GET /docker.getServiceContainersByAppName`"""
        from .docker_get_service_containers_by_app_name import asyncio

        return await asyncio(
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    async def get_stack_containers_by_app_name(
        self,
        *,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerGetServiceContainersByAppNameItem]:
        """`GET /docker.getStackContainersByAppName`"""
        from .docker_get_stack_containers_by_app_name import asyncio

        return await asyncio(
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    async def kill_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.killContainer`"""
        from .docker_kill_container import asyncio

        return await asyncio(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    async def list_container_files(
        self,
        *,
        container_id: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> list[DockerListContainerFilesItem]:
        """`GET /docker.listContainerFiles`"""
        from .docker_list_container_files import asyncio

        return await asyncio(
            container_id=container_id,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    async def read_container_file(
        self,
        *,
        container_id: str,
        path: str,
        server_id: str | Unset = UNSET,
    ) -> DockerReadContainerFileResult:
        """`GET /docker.readContainerFile`"""
        from .docker_read_container_file import asyncio

        return await asyncio(
            container_id=container_id,
            path=path,
            server_id=server_id,
            client=self._engine,
        )

    async def remove_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.removeContainer`"""
        from .docker_remove_container import asyncio

        return await asyncio(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    async def restart_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.restartContainer`"""
        from .docker_restart_container import asyncio

        return await asyncio(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    async def start_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.startContainer`"""
        from .docker_start_container import asyncio

        return await asyncio(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    async def stop_container(
        self,
        *,
        container_id: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.stopContainer`"""
        from .docker_stop_container import asyncio

        return await asyncio(
            container_id=container_id,
            server_id=server_id,
            client=self._engine,
        )

    async def upload_file_to_container(
        self,
        *,
        container_id: str,
        file: File,
        destination_path: str,
        server_id: str | Unset = UNSET,
    ) -> AiTestConnectionResult:
        """`POST /docker.uploadFileToContainer`"""
        from .docker_upload_file_to_container import asyncio

        return await asyncio(
            container_id=container_id,
            file=file,
            destination_path=destination_path,
            server_id=server_id,
            client=self._engine,
        )

    async def write_container_file(
        self,
        *,
        container_id: str,
        path: str,
        content: str,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /docker.writeContainerFile`"""
        from .docker_write_container_file import asyncio

        return await asyncio(
            container_id=container_id,
            path=path,
            content=content,
            server_id=server_id,
            client=self._engine,
        )
