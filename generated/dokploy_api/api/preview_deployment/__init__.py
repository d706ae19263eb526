"""Operations of Dokploy's `preview_deployment` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.preview_deployment_all_item import PreviewDeploymentAllItem
    from ...models.preview_deployments import PreviewDeployments


class PreviewDeploymentResource:
    """`preview_deployment.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
        *,
        application_id: str,
    ) -> list[PreviewDeploymentAllItem]:
        """`GET /previewDeployment.all`"""
        from .preview_deployment_all import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def delete(
        self,
        *,
        preview_deployment_id: str,
    ) -> bool:
        """`POST /previewDeployment.delete`"""
        from .preview_deployment_delete import sync

        return sync(
            preview_deployment_id=preview_deployment_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        preview_deployment_id: str,
    ) -> PreviewDeployments:
        """`GET /previewDeployment.one`"""
        from .preview_deployment_one import sync

        return sync(
            preview_deployment_id=preview_deployment_id,
            client=self._engine,
        )

    def redeploy(
        self,
        *,
        preview_deployment_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool:
        """`POST /previewDeployment.redeploy`"""
        from .preview_deployment_redeploy import sync

        return sync(
            preview_deployment_id=preview_deployment_id,
            title=title,
            description=description,
            client=self._engine,
        )


class AsyncPreviewDeploymentResource:
    """`preview_deployment.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
        *,
        application_id: str,
    ) -> list[PreviewDeploymentAllItem]:
        """`GET /previewDeployment.all`"""
        from .preview_deployment_all import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        preview_deployment_id: str,
    ) -> bool:
        """`POST /previewDeployment.delete`"""
        from .preview_deployment_delete import asyncio

        return await asyncio(
            preview_deployment_id=preview_deployment_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        preview_deployment_id: str,
    ) -> PreviewDeployments:
        """`GET /previewDeployment.one`"""
        from .preview_deployment_one import asyncio

        return await asyncio(
            preview_deployment_id=preview_deployment_id,
            client=self._engine,
        )

    async def redeploy(
        self,
        *,
        preview_deployment_id: str,
        title: str | Unset = UNSET,
        description: str | Unset = UNSET,
    ) -> bool:
        """`POST /previewDeployment.redeploy`"""
        from .preview_deployment_redeploy import asyncio

        return await asyncio(
            preview_deployment_id=preview_deployment_id,
            title=title,
            description=description,
            client=self._engine,
        )
