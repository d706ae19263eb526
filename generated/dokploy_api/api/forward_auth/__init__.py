"""Operations of Dokploy's `forward_auth` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.forward_auth_deploy_on_server_result import ForwardAuthDeployOnServerResult
    from ...models.forward_auth_get_auth_domain_result import ForwardAuthGetAuthDomainResult
    from ...models.forward_auth_list_providers_item import ForwardAuthListProvidersItem
    from ...models.forward_auth_server_status_item import ForwardAuthServerStatusItem
    from ...models.forward_auth_set_auth_domain_body_certificate_type import ForwardAuthSetAuthDomainBodyCertificateType
    from ...models.forward_auth_set_auth_domain_result import ForwardAuthSetAuthDomainResult
    from ...models.forward_auth_status_result import ForwardAuthStatusResult


class ForwardAuthResource:
    """`forward_auth.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def deploy_on_server(
        self,
        *,
        server_id: None | str,
        provider_id: str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.deployOnServer`"""
        from .forward_auth_deploy_on_server import sync

        return sync(
            server_id=server_id,
            provider_id=provider_id,
            client=self._engine,
        )

    def disable(
        self,
        *,
        domain_id: str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.disable`"""
        from .forward_auth_disable import sync

        return sync(
            domain_id=domain_id,
            client=self._engine,
        )

    def enable(
        self,
        *,
        domain_id: str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.enable`"""
        from .forward_auth_enable import sync

        return sync(
            domain_id=domain_id,
            client=self._engine,
        )

    def get_auth_domain(
        self,
        *,
        server_id: None | str,
    ) -> ForwardAuthGetAuthDomainResult | None:
        """`GET /forwardAuth.getAuthDomain`"""
        from .forward_auth_get_auth_domain import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def list_providers(
        self,
    ) -> list[ForwardAuthListProvidersItem]:
        """`GET /forwardAuth.listProviders`"""
        from .forward_auth_list_providers import sync

        return sync(
            client=self._engine,
        )

    def remove_auth_domain(
        self,
        *,
        server_id: None | str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.removeAuthDomain`"""
        from .forward_auth_remove_auth_domain import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def remove_on_server(
        self,
        *,
        server_id: None | str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.removeOnServer`"""
        from .forward_auth_remove_on_server import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def server_status(
        self,
    ) -> list[ForwardAuthServerStatusItem]:
        """`GET /forwardAuth.serverStatus`"""
        from .forward_auth_server_status import sync

        return sync(
            client=self._engine,
        )

    def set_auth_domain(
        self,
        *,
        server_id: None | str,
        auth_domain: str,
        https: bool | Unset = True,
        certificate_type: ForwardAuthSetAuthDomainBodyCertificateType | Unset = "letsencrypt",
        custom_cert_resolver: str | Unset = UNSET,
    ) -> ForwardAuthSetAuthDomainResult:
        """`POST /forwardAuth.setAuthDomain`"""
        from .forward_auth_set_auth_domain import sync

        return sync(
            server_id=server_id,
            auth_domain=auth_domain,
            https=https,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
            client=self._engine,
        )

    def status(
        self,
        *,
        domain_id: str,
    ) -> ForwardAuthStatusResult:
        """`GET /forwardAuth.status`"""
        from .forward_auth_status import sync

        return sync(
            domain_id=domain_id,
            client=self._engine,
        )


class AsyncForwardAuthResource:
    """`forward_auth.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def deploy_on_server(
        self,
        *,
        server_id: None | str,
        provider_id: str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.deployOnServer`"""
        from .forward_auth_deploy_on_server import asyncio

        return await asyncio(
            server_id=server_id,
            provider_id=provider_id,
            client=self._engine,
        )

    async def disable(
        self,
        *,
        domain_id: str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.disable`"""
        from .forward_auth_disable import asyncio

        return await asyncio(
            domain_id=domain_id,
            client=self._engine,
        )

    async def enable(
        self,
        *,
        domain_id: str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.enable`"""
        from .forward_auth_enable import asyncio

        return await asyncio(
            domain_id=domain_id,
            client=self._engine,
        )

    async def get_auth_domain(
        self,
        *,
        server_id: None | str,
    ) -> ForwardAuthGetAuthDomainResult | None:
        """`GET /forwardAuth.getAuthDomain`"""
        from .forward_auth_get_auth_domain import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def list_providers(
        self,
    ) -> list[ForwardAuthListProvidersItem]:
        """`GET /forwardAuth.listProviders`"""
        from .forward_auth_list_providers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def remove_auth_domain(
        self,
        *,
        server_id: None | str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.removeAuthDomain`"""
        from .forward_auth_remove_auth_domain import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def remove_on_server(
        self,
        *,
        server_id: None | str,
    ) -> ForwardAuthDeployOnServerResult:
        """`POST /forwardAuth.removeOnServer`"""
        from .forward_auth_remove_on_server import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def server_status(
        self,
    ) -> list[ForwardAuthServerStatusItem]:
        """`GET /forwardAuth.serverStatus`"""
        from .forward_auth_server_status import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def set_auth_domain(
        self,
        *,
        server_id: None | str,
        auth_domain: str,
        https: bool | Unset = True,
        certificate_type: ForwardAuthSetAuthDomainBodyCertificateType | Unset = "letsencrypt",
        custom_cert_resolver: str | Unset = UNSET,
    ) -> ForwardAuthSetAuthDomainResult:
        """`POST /forwardAuth.setAuthDomain`"""
        from .forward_auth_set_auth_domain import asyncio

        return await asyncio(
            server_id=server_id,
            auth_domain=auth_domain,
            https=https,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
            client=self._engine,
        )

    async def status(
        self,
        *,
        domain_id: str,
    ) -> ForwardAuthStatusResult:
        """`GET /forwardAuth.status`"""
        from .forward_auth_status import asyncio

        return await asyncio(
            domain_id=domain_id,
            client=self._engine,
        )
