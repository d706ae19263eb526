"""Operations of Dokploy's `sso` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.gitea_update_result import GiteaUpdateResult
    from ...models.oidc_config import OidcConfig
    from ...models.saml_config import SamlConfig
    from ...models.sso_provider import SsoProvider


class SsoResource:
    """`sso.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def add_trusted_origin(
        self,
        *,
        origin: str,
    ) -> GiteaUpdateResult:
        """`POST /sso.addTrustedOrigin`"""
        from .sso_add_trusted_origin import sync

        return sync(
            origin=origin,
            client=self._engine,
        )

    def delete_provider(
        self,
        *,
        provider_id: str,
    ) -> GiteaUpdateResult:
        """`POST /sso.deleteProvider`"""
        from .sso_delete_provider import sync

        return sync(
            provider_id=provider_id,
            client=self._engine,
        )

    def enforce_sso(
        self,
    ) -> bool:
        """`GET /sso.enforceSSO`"""
        from .sso_enforce_sso import sync

        return sync(
            client=self._engine,
        )

    def get_trusted_origins(
        self,
    ) -> list[str]:
        """`GET /sso.getTrustedOrigins`"""
        from .sso_get_trusted_origins import sync

        return sync(
            client=self._engine,
        )

    def list_providers(
        self,
    ) -> list[SsoProvider]:
        """`GET /sso.listProviders`"""
        from .sso_list_providers import sync

        return sync(
            client=self._engine,
        )

    def one(
        self,
        *,
        provider_id: str,
    ) -> SsoProvider:
        """`GET /sso.one`"""
        from .sso_one import sync

        return sync(
            provider_id=provider_id,
            client=self._engine,
        )

    def register(
        self,
        *,
        provider_id: str,
        issuer: str,
        domains: list[str],
        oidc_config: OidcConfig | Unset = UNSET,
        saml_config: SamlConfig | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        override_user_info: bool | Unset = False,
    ) -> GiteaUpdateResult:
        """`POST /sso.register`"""
        from .sso_register import sync

        return sync(
            provider_id=provider_id,
            issuer=issuer,
            domains=domains,
            oidc_config=oidc_config,
            saml_config=saml_config,
            organization_id=organization_id,
            override_user_info=override_user_info,
            client=self._engine,
        )

    def remove_trusted_origin(
        self,
        *,
        origin: str,
    ) -> GiteaUpdateResult:
        """`POST /sso.removeTrustedOrigin`"""
        from .sso_remove_trusted_origin import sync

        return sync(
            origin=origin,
            client=self._engine,
        )

    def show_sign_in_with_sso(
        self,
    ) -> bool:
        """`GET /sso.showSignInWithSSO`"""
        from .sso_show_sign_in_with_sso import sync

        return sync(
            client=self._engine,
        )

    def update(
        self,
        *,
        provider_id: str,
        issuer: str,
        domains: list[str],
        oidc_config: OidcConfig | Unset = UNSET,
        saml_config: SamlConfig | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        override_user_info: bool | Unset = False,
    ) -> GiteaUpdateResult:
        """`POST /sso.update`"""
        from .sso_update import sync

        return sync(
            provider_id=provider_id,
            issuer=issuer,
            domains=domains,
            oidc_config=oidc_config,
            saml_config=saml_config,
            organization_id=organization_id,
            override_user_info=override_user_info,
            client=self._engine,
        )

    def update_trusted_origin(
        self,
        *,
        old_origin: str,
        new_origin: str,
    ) -> GiteaUpdateResult:
        """`POST /sso.updateTrustedOrigin`"""
        from .sso_update_trusted_origin import sync

        return sync(
            old_origin=old_origin,
            new_origin=new_origin,
            client=self._engine,
        )


class AsyncSsoResource:
    """`sso.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def add_trusted_origin(
        self,
        *,
        origin: str,
    ) -> GiteaUpdateResult:
        """`POST /sso.addTrustedOrigin`"""
        from .sso_add_trusted_origin import asyncio

        return await asyncio(
            origin=origin,
            client=self._engine,
        )

    async def delete_provider(
        self,
        *,
        provider_id: str,
    ) -> GiteaUpdateResult:
        """`POST /sso.deleteProvider`"""
        from .sso_delete_provider import asyncio

        return await asyncio(
            provider_id=provider_id,
            client=self._engine,
        )

    async def enforce_sso(
        self,
    ) -> bool:
        """`GET /sso.enforceSSO`"""
        from .sso_enforce_sso import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_trusted_origins(
        self,
    ) -> list[str]:
        """`GET /sso.getTrustedOrigins`"""
        from .sso_get_trusted_origins import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def list_providers(
        self,
    ) -> list[SsoProvider]:
        """`GET /sso.listProviders`"""
        from .sso_list_providers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def one(
        self,
        *,
        provider_id: str,
    ) -> SsoProvider:
        """`GET /sso.one`"""
        from .sso_one import asyncio

        return await asyncio(
            provider_id=provider_id,
            client=self._engine,
        )

    async def register(
        self,
        *,
        provider_id: str,
        issuer: str,
        domains: list[str],
        oidc_config: OidcConfig | Unset = UNSET,
        saml_config: SamlConfig | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        override_user_info: bool | Unset = False,
    ) -> GiteaUpdateResult:
        """`POST /sso.register`"""
        from .sso_register import asyncio

        return await asyncio(
            provider_id=provider_id,
            issuer=issuer,
            domains=domains,
            oidc_config=oidc_config,
            saml_config=saml_config,
            organization_id=organization_id,
            override_user_info=override_user_info,
            client=self._engine,
        )

    async def remove_trusted_origin(
        self,
        *,
        origin: str,
    ) -> GiteaUpdateResult:
        """`POST /sso.removeTrustedOrigin`"""
        from .sso_remove_trusted_origin import asyncio

        return await asyncio(
            origin=origin,
            client=self._engine,
        )

    async def show_sign_in_with_sso(
        self,
    ) -> bool:
        """`GET /sso.showSignInWithSSO`"""
        from .sso_show_sign_in_with_sso import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def update(
        self,
        *,
        provider_id: str,
        issuer: str,
        domains: list[str],
        oidc_config: OidcConfig | Unset = UNSET,
        saml_config: SamlConfig | Unset = UNSET,
        organization_id: str | Unset = UNSET,
        override_user_info: bool | Unset = False,
    ) -> GiteaUpdateResult:
        """`POST /sso.update`"""
        from .sso_update import asyncio

        return await asyncio(
            provider_id=provider_id,
            issuer=issuer,
            domains=domains,
            oidc_config=oidc_config,
            saml_config=saml_config,
            organization_id=organization_id,
            override_user_info=override_user_info,
            client=self._engine,
        )

    async def update_trusted_origin(
        self,
        *,
        old_origin: str,
        new_origin: str,
    ) -> GiteaUpdateResult:
        """`POST /sso.updateTrustedOrigin`"""
        from .sso_update_trusted_origin import asyncio

        return await asyncio(
            old_origin=old_origin,
            new_origin=new_origin,
            client=self._engine,
        )
