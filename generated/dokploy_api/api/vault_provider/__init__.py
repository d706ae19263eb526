"""Operations of Dokploy's `vault_provider` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.assignments_item import AssignmentsItem
    from ...models.aws_config import AwsConfig
    from ...models.azure_config import AzureConfig
    from ...models.doppler_config import DopplerConfig
    from ...models.hashicorp_config import HashicorpConfig
    from ...models.infisical_config import InfisicalConfig
    from ...models.scaleway_config import ScalewayConfig
    from ...models.vault_provider import VaultProvider


class VaultProviderResource:
    """`vault_provider.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[VaultProvider]:
        """`GET /vaultProvider.all`"""
        from .vault_provider_all import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        config: AwsConfig | AzureConfig | DopplerConfig | HashicorpConfig | InfisicalConfig | ScalewayConfig,
        assignments: list[AssignmentsItem],
    ) -> VaultProvider:
        """`POST /vaultProvider.create`"""
        from .vault_provider_create import sync

        return sync(
            name=name,
            config=config,
            assignments=assignments,
            client=self._engine,
        )

    def list_secret_names(
        self,
        *,
        vault_provider_id: str,
        project_id: str,
        environment_id: str | Unset = UNSET,
    ) -> list[str]:
        """`GET /vaultProvider.listSecretNames`"""
        from .vault_provider_list_secret_names import sync

        return sync(
            vault_provider_id=vault_provider_id,
            project_id=project_id,
            environment_id=environment_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        vault_provider_id: str,
    ) -> VaultProvider:
        """`GET /vaultProvider.one`"""
        from .vault_provider_one import sync

        return sync(
            vault_provider_id=vault_provider_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        vault_provider_id: str,
    ) -> bool:
        """`POST /vaultProvider.remove`"""
        from .vault_provider_remove import sync

        return sync(
            vault_provider_id=vault_provider_id,
            client=self._engine,
        )

    def test_connection(
        self,
        *,
        vault_provider_id: str | Unset = UNSET,
        config: AwsConfig
        | AzureConfig
        | DopplerConfig
        | HashicorpConfig
        | InfisicalConfig
        | ScalewayConfig
        | Unset = UNSET,
    ) -> bool:
        """`POST /vaultProvider.testConnection`"""
        from .vault_provider_test_connection import sync

        return sync(
            vault_provider_id=vault_provider_id,
            config=config,
            client=self._engine,
        )

    def update(
        self,
        *,
        vault_provider_id: str,
        name: str,
        config: AwsConfig | AzureConfig | DopplerConfig | HashicorpConfig | InfisicalConfig | ScalewayConfig,
        assignments: list[AssignmentsItem],
    ) -> VaultProvider:
        """`POST /vaultProvider.update`"""
        from .vault_provider_update import sync

        return sync(
            vault_provider_id=vault_provider_id,
            name=name,
            config=config,
            assignments=assignments,
            client=self._engine,
        )


class AsyncVaultProviderResource:
    """`vault_provider.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[VaultProvider]:
        """`GET /vaultProvider.all`"""
        from .vault_provider_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        config: AwsConfig | AzureConfig | DopplerConfig | HashicorpConfig | InfisicalConfig | ScalewayConfig,
        assignments: list[AssignmentsItem],
    ) -> VaultProvider:
        """`POST /vaultProvider.create`"""
        from .vault_provider_create import asyncio

        return await asyncio(
            name=name,
            config=config,
            assignments=assignments,
            client=self._engine,
        )

    async def list_secret_names(
        self,
        *,
        vault_provider_id: str,
        project_id: str,
        environment_id: str | Unset = UNSET,
    ) -> list[str]:
        """`GET /vaultProvider.listSecretNames`"""
        from .vault_provider_list_secret_names import asyncio

        return await asyncio(
            vault_provider_id=vault_provider_id,
            project_id=project_id,
            environment_id=environment_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        vault_provider_id: str,
    ) -> VaultProvider:
        """`GET /vaultProvider.one`"""
        from .vault_provider_one import asyncio

        return await asyncio(
            vault_provider_id=vault_provider_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        vault_provider_id: str,
    ) -> bool:
        """`POST /vaultProvider.remove`"""
        from .vault_provider_remove import asyncio

        return await asyncio(
            vault_provider_id=vault_provider_id,
            client=self._engine,
        )

    async def test_connection(
        self,
        *,
        vault_provider_id: str | Unset = UNSET,
        config: AwsConfig
        | AzureConfig
        | DopplerConfig
        | HashicorpConfig
        | InfisicalConfig
        | ScalewayConfig
        | Unset = UNSET,
    ) -> bool:
        """`POST /vaultProvider.testConnection`"""
        from .vault_provider_test_connection import asyncio

        return await asyncio(
            vault_provider_id=vault_provider_id,
            config=config,
            client=self._engine,
        )

    async def update(
        self,
        *,
        vault_provider_id: str,
        name: str,
        config: AwsConfig | AzureConfig | DopplerConfig | HashicorpConfig | InfisicalConfig | ScalewayConfig,
        assignments: list[AssignmentsItem],
    ) -> VaultProvider:
        """`POST /vaultProvider.update`"""
        from .vault_provider_update import asyncio

        return await asyncio(
            vault_provider_id=vault_provider_id,
            name=name,
            config=config,
            assignments=assignments,
            client=self._engine,
        )
