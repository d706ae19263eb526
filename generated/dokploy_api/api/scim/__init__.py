"""Operations of Dokploy's `scim` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_update_result import GiteaUpdateResult
    from ...models.scim_generate_token_result import ScimGenerateTokenResult
    from ...models.scim_list_providers_item import ScimListProvidersItem


class ScimResource:
    """`scim.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def delete_provider(
        self,
        *,
        provider_id: str,
    ) -> GiteaUpdateResult:
        """`POST /scim.deleteProvider`"""
        from .scim_delete_provider import sync

        return sync(
            provider_id=provider_id,
            client=self._engine,
        )

    def generate_token(
        self,
        *,
        provider_id: str,
    ) -> ScimGenerateTokenResult:
        """`POST /scim.generateToken`"""
        from .scim_generate_token import sync

        return sync(
            provider_id=provider_id,
            client=self._engine,
        )

    def list_providers(
        self,
    ) -> list[ScimListProvidersItem]:
        """`GET /scim.listProviders`"""
        from .scim_list_providers import sync

        return sync(
            client=self._engine,
        )


class AsyncScimResource:
    """`scim.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def delete_provider(
        self,
        *,
        provider_id: str,
    ) -> GiteaUpdateResult:
        """`POST /scim.deleteProvider`"""
        from .scim_delete_provider import asyncio

        return await asyncio(
            provider_id=provider_id,
            client=self._engine,
        )

    async def generate_token(
        self,
        *,
        provider_id: str,
    ) -> ScimGenerateTokenResult:
        """`POST /scim.generateToken`"""
        from .scim_generate_token import asyncio

        return await asyncio(
            provider_id=provider_id,
            client=self._engine,
        )

    async def list_providers(
        self,
    ) -> list[ScimListProvidersItem]:
        """`GET /scim.listProviders`"""
        from .scim_list_providers import asyncio

        return await asyncio(
            client=self._engine,
        )
