"""Operations of Dokploy's `license_key` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_update_result import GiteaUpdateResult
    from ...models.license_key_get_enterprise_settings_result import LicenseKeyGetEnterpriseSettingsResult


class LicenseKeyResource:
    """`license_key.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def activate(
        self,
        *,
        license_key: str,
    ) -> GiteaUpdateResult:
        """`POST /licenseKey.activate`"""
        from .license_key_activate import sync

        return sync(
            license_key=license_key,
            client=self._engine,
        )

    def deactivate(
        self,
    ) -> GiteaUpdateResult:
        """`POST /licenseKey.deactivate`"""
        from .license_key_deactivate import sync

        return sync(
            client=self._engine,
        )

    def get_enterprise_settings(
        self,
    ) -> LicenseKeyGetEnterpriseSettingsResult:
        """`GET /licenseKey.getEnterpriseSettings`"""
        from .license_key_get_enterprise_settings import sync

        return sync(
            client=self._engine,
        )

    def have_valid_license_key(
        self,
    ) -> bool:
        """`GET /licenseKey.haveValidLicenseKey`"""
        from .license_key_have_valid_license_key import sync

        return sync(
            client=self._engine,
        )

    def update_enterprise_settings(
        self,
        *,
        enable_enterprise_features: bool | Unset = UNSET,
    ) -> bool:
        """`POST /licenseKey.updateEnterpriseSettings`"""
        from .license_key_update_enterprise_settings import sync

        return sync(
            enable_enterprise_features=enable_enterprise_features,
            client=self._engine,
        )

    def validate(
        self,
    ) -> Any:
        """`POST /licenseKey.validate`"""
        from .license_key_validate import sync

        return sync(
            client=self._engine,
        )


class AsyncLicenseKeyResource:
    """`license_key.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def activate(
        self,
        *,
        license_key: str,
    ) -> GiteaUpdateResult:
        """`POST /licenseKey.activate`"""
        from .license_key_activate import asyncio

        return await asyncio(
            license_key=license_key,
            client=self._engine,
        )

    async def deactivate(
        self,
    ) -> GiteaUpdateResult:
        """`POST /licenseKey.deactivate`"""
        from .license_key_deactivate import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_enterprise_settings(
        self,
    ) -> LicenseKeyGetEnterpriseSettingsResult:
        """`GET /licenseKey.getEnterpriseSettings`"""
        from .license_key_get_enterprise_settings import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def have_valid_license_key(
        self,
    ) -> bool:
        """`GET /licenseKey.haveValidLicenseKey`"""
        from .license_key_have_valid_license_key import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def update_enterprise_settings(
        self,
        *,
        enable_enterprise_features: bool | Unset = UNSET,
    ) -> bool:
        """`POST /licenseKey.updateEnterpriseSettings`"""
        from .license_key_update_enterprise_settings import asyncio

        return await asyncio(
            enable_enterprise_features=enable_enterprise_features,
            client=self._engine,
        )

    async def validate(
        self,
    ) -> Any:
        """`POST /licenseKey.validate`"""
        from .license_key_validate import asyncio

        return await asyncio(
            client=self._engine,
        )
