"""Operations of Dokploy's `domain` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.domain import Domain
    from ...models.domain_by_compose_id_item import DomainByComposeIdItem
    from ...models.domain_create_body_certificate_type import DomainCreateBodyCertificateType
    from ...models.domain_create_body_domain_type_type_0 import DomainCreateBodyDomainTypeType0
    from ...models.domain_create_result import DomainCreateResult
    from ...models.domain_toggle_enable_result import DomainToggleEnableResult
    from ...models.domain_update_body_certificate_type import DomainUpdateBodyCertificateType
    from ...models.domain_update_body_domain_type_type_0 import DomainUpdateBodyDomainTypeType0
    from ...models.domain_validate_domain_result import DomainValidateDomainResult


class DomainResource:
    """`domain.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def by_application_id(
        self,
        *,
        application_id: str,
    ) -> list[Domain]:
        """`GET /domain.byApplicationId`"""
        from .domain_by_application_id import sync

        return sync(
            application_id=application_id,
            client=self._engine,
        )

    def by_compose_id(
        self,
        *,
        compose_id: str,
    ) -> list[DomainByComposeIdItem]:
        """`GET /domain.byComposeId`"""
        from .domain_by_compose_id import sync

        return sync(
            compose_id=compose_id,
            client=self._engine,
        )

    def can_generate_traefik_me_domains(
        self,
        *,
        server_id: str,
    ) -> str:
        """`GET /domain.canGenerateTraefikMeDomains`"""
        from .domain_can_generate_traefik_me_domains import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def create(
        self,
        *,
        host: str,
        path: None | str | Unset = UNSET,
        port: float | None | Unset = UNSET,
        custom_entrypoint: None | str | Unset = UNSET,
        https: bool | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        certificate_type: DomainCreateBodyCertificateType | Unset = UNSET,
        custom_cert_resolver: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        domain_type: DomainCreateBodyDomainTypeType0 | None | Unset = UNSET,
        preview_deployment_id: None | str | Unset = UNSET,
        internal_path: None | str | Unset = UNSET,
        strip_path: bool | Unset = UNSET,
        middlewares: list[str] | None | Unset = UNSET,
        forward_auth_enabled: bool | Unset = UNSET,
    ) -> DomainCreateResult:
        """`POST /domain.create`"""
        from .domain_create import sync

        return sync(
            host=host,
            path=path,
            port=port,
            custom_entrypoint=custom_entrypoint,
            https=https,
            application_id=application_id,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
            compose_id=compose_id,
            service_name=service_name,
            domain_type=domain_type,
            preview_deployment_id=preview_deployment_id,
            internal_path=internal_path,
            strip_path=strip_path,
            middlewares=middlewares,
            forward_auth_enabled=forward_auth_enabled,
            client=self._engine,
        )

    def delete(
        self,
        *,
        domain_id: str,
    ) -> DomainCreateResult | None:
        """`POST /domain.delete`"""
        from .domain_delete import sync

        return sync(
            domain_id=domain_id,
            client=self._engine,
        )

    def generate_domain(
        self,
        *,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> str:
        """`POST /domain.generateDomain`"""
        from .domain_generate_domain import sync

        return sync(
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        domain_id: str,
    ) -> Domain:
        """`GET /domain.one`"""
        from .domain_one import sync

        return sync(
            domain_id=domain_id,
            client=self._engine,
        )

    def toggle_enable(
        self,
        *,
        domain_id: str,
    ) -> DomainToggleEnableResult:
        """`POST /domain.toggleEnable`"""
        from .domain_toggle_enable import sync

        return sync(
            domain_id=domain_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        host: str,
        domain_id: str,
        path: None | str | Unset = UNSET,
        port: float | None | Unset = UNSET,
        custom_entrypoint: None | str | Unset = UNSET,
        https: bool | Unset = UNSET,
        certificate_type: DomainUpdateBodyCertificateType | Unset = UNSET,
        custom_cert_resolver: None | str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        domain_type: DomainUpdateBodyDomainTypeType0 | None | Unset = UNSET,
        internal_path: None | str | Unset = UNSET,
        strip_path: bool | Unset = UNSET,
        middlewares: list[str] | None | Unset = UNSET,
        forward_auth_enabled: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> DomainCreateResult | None:
        """`POST /domain.update`"""
        from .domain_update import sync

        return sync(
            host=host,
            domain_id=domain_id,
            path=path,
            port=port,
            custom_entrypoint=custom_entrypoint,
            https=https,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
            service_name=service_name,
            domain_type=domain_type,
            internal_path=internal_path,
            strip_path=strip_path,
            middlewares=middlewares,
            forward_auth_enabled=forward_auth_enabled,
            enabled=enabled,
            client=self._engine,
        )

    def validate_domain(
        self,
        *,
        domain: str,
        server_ip: str | Unset = UNSET,
    ) -> DomainValidateDomainResult:
        """`POST /domain.validateDomain`"""
        from .domain_validate_domain import sync

        return sync(
            domain=domain,
            server_ip=server_ip,
            client=self._engine,
        )


class AsyncDomainResource:
    """`domain.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def by_application_id(
        self,
        *,
        application_id: str,
    ) -> list[Domain]:
        """`GET /domain.byApplicationId`"""
        from .domain_by_application_id import asyncio

        return await asyncio(
            application_id=application_id,
            client=self._engine,
        )

    async def by_compose_id(
        self,
        *,
        compose_id: str,
    ) -> list[DomainByComposeIdItem]:
        """`GET /domain.byComposeId`"""
        from .domain_by_compose_id import asyncio

        return await asyncio(
            compose_id=compose_id,
            client=self._engine,
        )

    async def can_generate_traefik_me_domains(
        self,
        *,
        server_id: str,
    ) -> str:
        """`GET /domain.canGenerateTraefikMeDomains`"""
        from .domain_can_generate_traefik_me_domains import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def create(
        self,
        *,
        host: str,
        path: None | str | Unset = UNSET,
        port: float | None | Unset = UNSET,
        custom_entrypoint: None | str | Unset = UNSET,
        https: bool | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        certificate_type: DomainCreateBodyCertificateType | Unset = UNSET,
        custom_cert_resolver: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        domain_type: DomainCreateBodyDomainTypeType0 | None | Unset = UNSET,
        preview_deployment_id: None | str | Unset = UNSET,
        internal_path: None | str | Unset = UNSET,
        strip_path: bool | Unset = UNSET,
        middlewares: list[str] | None | Unset = UNSET,
        forward_auth_enabled: bool | Unset = UNSET,
    ) -> DomainCreateResult:
        """`POST /domain.create`"""
        from .domain_create import asyncio

        return await asyncio(
            host=host,
            path=path,
            port=port,
            custom_entrypoint=custom_entrypoint,
            https=https,
            application_id=application_id,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
            compose_id=compose_id,
            service_name=service_name,
            domain_type=domain_type,
            preview_deployment_id=preview_deployment_id,
            internal_path=internal_path,
            strip_path=strip_path,
            middlewares=middlewares,
            forward_auth_enabled=forward_auth_enabled,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        domain_id: str,
    ) -> DomainCreateResult | None:
        """`POST /domain.delete`"""
        from .domain_delete import asyncio

        return await asyncio(
            domain_id=domain_id,
            client=self._engine,
        )

    async def generate_domain(
        self,
        *,
        app_name: str,
        server_id: str | Unset = UNSET,
    ) -> str:
        """`POST /domain.generateDomain`"""
        from .domain_generate_domain import asyncio

        return await asyncio(
            app_name=app_name,
            server_id=server_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        domain_id: str,
    ) -> Domain:
        """`GET /domain.one`"""
        from .domain_one import asyncio

        return await asyncio(
            domain_id=domain_id,
            client=self._engine,
        )

    async def toggle_enable(
        self,
        *,
        domain_id: str,
    ) -> DomainToggleEnableResult:
        """`POST /domain.toggleEnable`"""
        from .domain_toggle_enable import asyncio

        return await asyncio(
            domain_id=domain_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        host: str,
        domain_id: str,
        path: None | str | Unset = UNSET,
        port: float | None | Unset = UNSET,
        custom_entrypoint: None | str | Unset = UNSET,
        https: bool | Unset = UNSET,
        certificate_type: DomainUpdateBodyCertificateType | Unset = UNSET,
        custom_cert_resolver: None | str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        domain_type: DomainUpdateBodyDomainTypeType0 | None | Unset = UNSET,
        internal_path: None | str | Unset = UNSET,
        strip_path: bool | Unset = UNSET,
        middlewares: list[str] | None | Unset = UNSET,
        forward_auth_enabled: bool | Unset = UNSET,
        enabled: bool | Unset = UNSET,
    ) -> DomainCreateResult | None:
        """`POST /domain.update`"""
        from .domain_update import asyncio

        return await asyncio(
            host=host,
            domain_id=domain_id,
            path=path,
            port=port,
            custom_entrypoint=custom_entrypoint,
            https=https,
            certificate_type=certificate_type,
            custom_cert_resolver=custom_cert_resolver,
            service_name=service_name,
            domain_type=domain_type,
            internal_path=internal_path,
            strip_path=strip_path,
            middlewares=middlewares,
            forward_auth_enabled=forward_auth_enabled,
            enabled=enabled,
            client=self._engine,
        )

    async def validate_domain(
        self,
        *,
        domain: str,
        server_ip: str | Unset = UNSET,
    ) -> DomainValidateDomainResult:
        """`POST /domain.validateDomain`"""
        from .domain_validate_domain import asyncio

        return await asyncio(
            domain=domain,
            server_ip=server_ip,
            client=self._engine,
        )
