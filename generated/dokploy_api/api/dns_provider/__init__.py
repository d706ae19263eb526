"""Operations of Dokploy's `dns_provider` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.cloudflare_config import CloudflareConfig
    from ...models.dns_provider import DnsProvider
    from ...models.dns_provider_create_record_body_type import DnsProviderCreateRecordBodyType
    from ...models.dns_provider_create_record_result import DnsProviderCreateRecordResult
    from ...models.dns_provider_list_records_item import DnsProviderListRecordsItem
    from ...models.dns_provider_list_zones_item import DnsProviderListZonesItem
    from ...models.dns_provider_update_record_body_type import DnsProviderUpdateRecordBodyType
    from ...models.route_53_config import Route53Config


class DnsProviderResource:
    """`dns_provider.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[DnsProvider]:
        """`GET /dnsProvider.all`"""
        from .dns_provider_all import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        config: CloudflareConfig | Route53Config,
    ) -> DnsProvider:
        """`POST /dnsProvider.create`"""
        from .dns_provider_create import sync

        return sync(
            name=name,
            config=config,
            client=self._engine,
        )

    def create_record(
        self,
        *,
        type_: DnsProviderCreateRecordBodyType,
        name: str,
        content: str,
        dns_provider_id: str,
        zone_id: str,
        ttl: int | Unset = UNSET,
    ) -> DnsProviderCreateRecordResult:
        """`POST /dnsProvider.createRecord`"""
        from .dns_provider_create_record import sync

        return sync(
            type_=type_,
            name=name,
            content=content,
            dns_provider_id=dns_provider_id,
            zone_id=zone_id,
            ttl=ttl,
            client=self._engine,
        )

    def delete_record(
        self,
        *,
        dns_provider_id: str,
        zone_id: str,
        record_id: str,
    ) -> bool:
        """`POST /dnsProvider.deleteRecord`"""
        from .dns_provider_delete_record import sync

        return sync(
            dns_provider_id=dns_provider_id,
            zone_id=zone_id,
            record_id=record_id,
            client=self._engine,
        )

    def list_records(
        self,
        *,
        dns_provider_id: str,
        zone_id: str,
    ) -> list[DnsProviderListRecordsItem]:
        """`GET /dnsProvider.listRecords`"""
        from .dns_provider_list_records import sync

        return sync(
            dns_provider_id=dns_provider_id,
            zone_id=zone_id,
            client=self._engine,
        )

    def list_zones(
        self,
        *,
        dns_provider_id: str,
    ) -> list[DnsProviderListZonesItem]:
        """`GET /dnsProvider.listZones`"""
        from .dns_provider_list_zones import sync

        return sync(
            dns_provider_id=dns_provider_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        dns_provider_id: str,
    ) -> DnsProvider:
        """`GET /dnsProvider.one`"""
        from .dns_provider_one import sync

        return sync(
            dns_provider_id=dns_provider_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        dns_provider_id: str,
    ) -> bool:
        """`POST /dnsProvider.remove`"""
        from .dns_provider_remove import sync

        return sync(
            dns_provider_id=dns_provider_id,
            client=self._engine,
        )

    def test_connection(
        self,
        *,
        dns_provider_id: str | Unset = UNSET,
        config: CloudflareConfig | Route53Config | Unset = UNSET,
    ) -> bool:
        """`POST /dnsProvider.testConnection`"""
        from .dns_provider_test_connection import sync

        return sync(
            dns_provider_id=dns_provider_id,
            config=config,
            client=self._engine,
        )

    def update(
        self,
        *,
        dns_provider_id: str,
        name: str,
        config: CloudflareConfig | Route53Config,
    ) -> DnsProvider:
        """`POST /dnsProvider.update`"""
        from .dns_provider_update import sync

        return sync(
            dns_provider_id=dns_provider_id,
            name=name,
            config=config,
            client=self._engine,
        )

    def update_record(
        self,
        *,
        type_: DnsProviderUpdateRecordBodyType,
        name: str,
        content: str,
        dns_provider_id: str,
        zone_id: str,
        record_id: str,
        ttl: int | Unset = UNSET,
    ) -> DnsProviderCreateRecordResult:
        """`POST /dnsProvider.updateRecord`"""
        from .dns_provider_update_record import sync

        return sync(
            type_=type_,
            name=name,
            content=content,
            dns_provider_id=dns_provider_id,
            zone_id=zone_id,
            record_id=record_id,
            ttl=ttl,
            client=self._engine,
        )


class AsyncDnsProviderResource:
    """`dns_provider.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[DnsProvider]:
        """`GET /dnsProvider.all`"""
        from .dns_provider_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        config: CloudflareConfig | Route53Config,
    ) -> DnsProvider:
        """`POST /dnsProvider.create`"""
        from .dns_provider_create import asyncio

        return await asyncio(
            name=name,
            config=config,
            client=self._engine,
        )

    async def create_record(
        self,
        *,
        type_: DnsProviderCreateRecordBodyType,
        name: str,
        content: str,
        dns_provider_id: str,
        zone_id: str,
        ttl: int | Unset = UNSET,
    ) -> DnsProviderCreateRecordResult:
        """`POST /dnsProvider.createRecord`"""
        from .dns_provider_create_record import asyncio

        return await asyncio(
            type_=type_,
            name=name,
            content=content,
            dns_provider_id=dns_provider_id,
            zone_id=zone_id,
            ttl=ttl,
            client=self._engine,
        )

    async def delete_record(
        self,
        *,
        dns_provider_id: str,
        zone_id: str,
        record_id: str,
    ) -> bool:
        """`POST /dnsProvider.deleteRecord`"""
        from .dns_provider_delete_record import asyncio

        return await asyncio(
            dns_provider_id=dns_provider_id,
            zone_id=zone_id,
            record_id=record_id,
            client=self._engine,
        )

    async def list_records(
        self,
        *,
        dns_provider_id: str,
        zone_id: str,
    ) -> list[DnsProviderListRecordsItem]:
        """`GET /dnsProvider.listRecords`"""
        from .dns_provider_list_records import asyncio

        return await asyncio(
            dns_provider_id=dns_provider_id,
            zone_id=zone_id,
            client=self._engine,
        )

    async def list_zones(
        self,
        *,
        dns_provider_id: str,
    ) -> list[DnsProviderListZonesItem]:
        """`GET /dnsProvider.listZones`"""
        from .dns_provider_list_zones import asyncio

        return await asyncio(
            dns_provider_id=dns_provider_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        dns_provider_id: str,
    ) -> DnsProvider:
        """`GET /dnsProvider.one`"""
        from .dns_provider_one import asyncio

        return await asyncio(
            dns_provider_id=dns_provider_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        dns_provider_id: str,
    ) -> bool:
        """`POST /dnsProvider.remove`"""
        from .dns_provider_remove import asyncio

        return await asyncio(
            dns_provider_id=dns_provider_id,
            client=self._engine,
        )

    async def test_connection(
        self,
        *,
        dns_provider_id: str | Unset = UNSET,
        config: CloudflareConfig | Route53Config | Unset = UNSET,
    ) -> bool:
        """`POST /dnsProvider.testConnection`"""
        from .dns_provider_test_connection import asyncio

        return await asyncio(
            dns_provider_id=dns_provider_id,
            config=config,
            client=self._engine,
        )

    async def update(
        self,
        *,
        dns_provider_id: str,
        name: str,
        config: CloudflareConfig | Route53Config,
    ) -> DnsProvider:
        """`POST /dnsProvider.update`"""
        from .dns_provider_update import asyncio

        return await asyncio(
            dns_provider_id=dns_provider_id,
            name=name,
            config=config,
            client=self._engine,
        )

    async def update_record(
        self,
        *,
        type_: DnsProviderUpdateRecordBodyType,
        name: str,
        content: str,
        dns_provider_id: str,
        zone_id: str,
        record_id: str,
        ttl: int | Unset = UNSET,
    ) -> DnsProviderCreateRecordResult:
        """`POST /dnsProvider.updateRecord`"""
        from .dns_provider_update_record import asyncio

        return await asyncio(
            type_=type_,
            name=name,
            content=content,
            dns_provider_id=dns_provider_id,
            zone_id=zone_id,
            record_id=record_id,
            ttl=ttl,
            client=self._engine,
        )
