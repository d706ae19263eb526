"""Operations of Dokploy's `patch` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.patch import Patch
    from ...models.patch_by_entity_id_type import PatchByEntityIdType
    from ...models.patch_create_body_type import PatchCreateBodyType
    from ...models.patch_ensure_repo_body_type import PatchEnsureRepoBodyType
    from ...models.patch_mark_file_for_deletion_body_type import PatchMarkFileForDeletionBodyType
    from ...models.patch_read_repo_directories_item import PatchReadRepoDirectoriesItem
    from ...models.patch_read_repo_directories_type import PatchReadRepoDirectoriesType
    from ...models.patch_read_repo_file_type import PatchReadRepoFileType
    from ...models.patch_save_file_as_patch_body_patch_type import PatchSaveFileAsPatchBodyPatchType
    from ...models.patch_save_file_as_patch_body_type import PatchSaveFileAsPatchBodyType
    from ...models.patch_update_body_type import PatchUpdateBodyType


class PatchResource:
    """`patch.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def by_entity_id(
        self,
        *,
        id: str,
        type_: PatchByEntityIdType,
    ) -> list[Patch]:
        """`GET /patch.byEntityId`"""
        from .patch_by_entity_id import sync

        return sync(
            id=id,
            type_=type_,
            client=self._engine,
        )

    def clean_patch_repos(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /patch.cleanPatchRepos`"""
        from .patch_clean_patch_repos import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def create(
        self,
        *,
        file_path: str,
        content: str,
        type_: PatchCreateBodyType | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
    ) -> Patch:
        """`POST /patch.create`"""
        from .patch_create import sync

        return sync(
            file_path=file_path,
            content=content,
            type_=type_,
            enabled=enabled,
            application_id=application_id,
            compose_id=compose_id,
            client=self._engine,
        )

    def delete(
        self,
        *,
        patch_id: str,
    ) -> None | Patch:
        """`POST /patch.delete`"""
        from .patch_delete import sync

        return sync(
            patch_id=patch_id,
            client=self._engine,
        )

    def ensure_repo(
        self,
        *,
        id: str,
        type_: PatchEnsureRepoBodyType,
    ) -> str:
        """`POST /patch.ensureRepo`"""
        from .patch_ensure_repo import sync

        return sync(
            id=id,
            type_=type_,
            client=self._engine,
        )

    def mark_file_for_deletion(
        self,
        *,
        id: str,
        type_: PatchMarkFileForDeletionBodyType,
        file_path: str,
    ) -> None | Patch:
        """`POST /patch.markFileForDeletion`"""
        from .patch_mark_file_for_deletion import sync

        return sync(
            id=id,
            type_=type_,
            file_path=file_path,
            client=self._engine,
        )

    def one(
        self,
        *,
        patch_id: str,
    ) -> Patch:
        """`GET /patch.one`"""
        from .patch_one import sync

        return sync(
            patch_id=patch_id,
            client=self._engine,
        )

    def read_repo_directories(
        self,
        *,
        id: str,
        type_: PatchReadRepoDirectoriesType,
        repo_path: str,
    ) -> list[PatchReadRepoDirectoriesItem]:
        """`GET /patch.readRepoDirectories`"""
        from .patch_read_repo_directories import sync

        return sync(
            id=id,
            type_=type_,
            repo_path=repo_path,
            client=self._engine,
        )

    def read_repo_file(
        self,
        *,
        id: str,
        type_: PatchReadRepoFileType,
        file_path: str,
    ) -> str:
        """`GET /patch.readRepoFile`"""
        from .patch_read_repo_file import sync

        return sync(
            id=id,
            type_=type_,
            file_path=file_path,
            client=self._engine,
        )

    def save_file_as_patch(
        self,
        *,
        id: str,
        type_: PatchSaveFileAsPatchBodyType,
        file_path: str,
        content: str,
        patch_type: PatchSaveFileAsPatchBodyPatchType | Unset = "update",
    ) -> None | Patch:
        """`POST /patch.saveFileAsPatch`"""
        from .patch_save_file_as_patch import sync

        return sync(
            id=id,
            type_=type_,
            file_path=file_path,
            content=content,
            patch_type=patch_type,
            client=self._engine,
        )

    def toggle_enabled(
        self,
        *,
        patch_id: str,
        enabled: bool,
    ) -> None | Patch:
        """`POST /patch.toggleEnabled`"""
        from .patch_toggle_enabled import sync

        return sync(
            patch_id=patch_id,
            enabled=enabled,
            client=self._engine,
        )

    def update(
        self,
        *,
        patch_id: str,
        type_: PatchUpdateBodyType | Unset = UNSET,
        file_path: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        content: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        updated_at: None | str | Unset = UNSET,
    ) -> None | Patch:
        """`POST /patch.update`"""
        from .patch_update import sync

        return sync(
            patch_id=patch_id,
            type_=type_,
            file_path=file_path,
            enabled=enabled,
            content=content,
            created_at=created_at,
            updated_at=updated_at,
            client=self._engine,
        )


class AsyncPatchResource:
    """`patch.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def by_entity_id(
        self,
        *,
        id: str,
        type_: PatchByEntityIdType,
    ) -> list[Patch]:
        """`GET /patch.byEntityId`"""
        from .patch_by_entity_id import asyncio

        return await asyncio(
            id=id,
            type_=type_,
            client=self._engine,
        )

    async def clean_patch_repos(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> bool:
        """`POST /patch.cleanPatchRepos`"""
        from .patch_clean_patch_repos import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def create(
        self,
        *,
        file_path: str,
        content: str,
        type_: PatchCreateBodyType | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
    ) -> Patch:
        """`POST /patch.create`"""
        from .patch_create import asyncio

        return await asyncio(
            file_path=file_path,
            content=content,
            type_=type_,
            enabled=enabled,
            application_id=application_id,
            compose_id=compose_id,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        patch_id: str,
    ) -> None | Patch:
        """`POST /patch.delete`"""
        from .patch_delete import asyncio

        return await asyncio(
            patch_id=patch_id,
            client=self._engine,
        )

    async def ensure_repo(
        self,
        *,
        id: str,
        type_: PatchEnsureRepoBodyType,
    ) -> str:
        """`POST /patch.ensureRepo`"""
        from .patch_ensure_repo import asyncio

        return await asyncio(
            id=id,
            type_=type_,
            client=self._engine,
        )

    async def mark_file_for_deletion(
        self,
        *,
        id: str,
        type_: PatchMarkFileForDeletionBodyType,
        file_path: str,
    ) -> None | Patch:
        """`POST /patch.markFileForDeletion`"""
        from .patch_mark_file_for_deletion import asyncio

        return await asyncio(
            id=id,
            type_=type_,
            file_path=file_path,
            client=self._engine,
        )

    async def one(
        self,
        *,
        patch_id: str,
    ) -> Patch:
        """`GET /patch.one`"""
        from .patch_one import asyncio

        return await asyncio(
            patch_id=patch_id,
            client=self._engine,
        )

    async def read_repo_directories(
        self,
        *,
        id: str,
        type_: PatchReadRepoDirectoriesType,
        repo_path: str,
    ) -> list[PatchReadRepoDirectoriesItem]:
        """`GET /patch.readRepoDirectories`"""
        from .patch_read_repo_directories import asyncio

        return await asyncio(
            id=id,
            type_=type_,
            repo_path=repo_path,
            client=self._engine,
        )

    async def read_repo_file(
        self,
        *,
        id: str,
        type_: PatchReadRepoFileType,
        file_path: str,
    ) -> str:
        """`GET /patch.readRepoFile`"""
        from .patch_read_repo_file import asyncio

        return await asyncio(
            id=id,
            type_=type_,
            file_path=file_path,
            client=self._engine,
        )

    async def save_file_as_patch(
        self,
        *,
        id: str,
        type_: PatchSaveFileAsPatchBodyType,
        file_path: str,
        content: str,
        patch_type: PatchSaveFileAsPatchBodyPatchType | Unset = "update",
    ) -> None | Patch:
        """`POST /patch.saveFileAsPatch`"""
        from .patch_save_file_as_patch import asyncio

        return await asyncio(
            id=id,
            type_=type_,
            file_path=file_path,
            content=content,
            patch_type=patch_type,
            client=self._engine,
        )

    async def toggle_enabled(
        self,
        *,
        patch_id: str,
        enabled: bool,
    ) -> None | Patch:
        """`POST /patch.toggleEnabled`"""
        from .patch_toggle_enabled import asyncio

        return await asyncio(
            patch_id=patch_id,
            enabled=enabled,
            client=self._engine,
        )

    async def update(
        self,
        *,
        patch_id: str,
        type_: PatchUpdateBodyType | Unset = UNSET,
        file_path: str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        content: str | Unset = UNSET,
        created_at: str | Unset = UNSET,
        updated_at: None | str | Unset = UNSET,
    ) -> None | Patch:
        """`POST /patch.update`"""
        from .patch_update import asyncio

        return await asyncio(
            patch_id=patch_id,
            type_=type_,
            file_path=file_path,
            enabled=enabled,
            content=content,
            created_at=created_at,
            updated_at=updated_at,
            client=self._engine,
        )
