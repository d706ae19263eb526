"""Operations of Dokploy's `network` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.network import Network
    from ...models.network_create_body_driver import NetworkCreateBodyDriver
    from ...models.network_create_body_ipam_type_0 import NetworkCreateBodyIpamType0
    from ...models.network_import_result import NetworkImportResult
    from ...models.network_networks_to_sync_result import NetworkNetworksToSyncResult


class NetworkResource:
    """`network.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[Network]:
        """`GET /network.all`"""
        from .network_all import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        driver: NetworkCreateBodyDriver | Unset = UNSET,
        internal: bool | Unset = UNSET,
        attachable: bool | Unset = UNSET,
        enable_i_pv_4: bool | Unset = UNSET,
        enable_i_pv_6: bool | Unset = UNSET,
        mtu: int | None | Unset = UNSET,
        ipam: NetworkCreateBodyIpamType0 | None | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
    ) -> Network:
        """`POST /network.create`"""
        from .network_create import sync

        return sync(
            name=name,
            driver=driver,
            internal=internal,
            attachable=attachable,
            enable_i_pv_4=enable_i_pv_4,
            enable_i_pv_6=enable_i_pv_6,
            mtu=mtu,
            ipam=ipam,
            server_id=server_id,
            client=self._engine,
        )

    def import_(
        self,
        *,
        names: list[str],
        server_id: str | Unset = UNSET,
    ) -> NetworkImportResult:
        """`POST /network.import`"""
        from .network_import import sync

        return sync(
            names=names,
            server_id=server_id,
            client=self._engine,
        )

    def inspect(
        self,
        *,
        network_id: str,
    ) -> Any:
        """`GET /network.inspect`"""
        from .network_inspect import sync

        return sync(
            network_id=network_id,
            client=self._engine,
        )

    def networks_to_sync(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> NetworkNetworksToSyncResult:
        """`GET /network.networksToSync`"""
        from .network_networks_to_sync import sync

        return sync(
            server_id=server_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        network_id: str,
    ) -> Network:
        """`GET /network.one`"""
        from .network_one import sync

        return sync(
            network_id=network_id,
            client=self._engine,
        )

    def recreate(
        self,
        *,
        network_id: str,
    ) -> Network:
        """`POST /network.recreate`"""
        from .network_recreate import sync

        return sync(
            network_id=network_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        network_id: str,
    ) -> Network:
        """`POST /network.remove`"""
        from .network_remove import sync

        return sync(
            network_id=network_id,
            client=self._engine,
        )


class AsyncNetworkResource:
    """`network.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> list[Network]:
        """`GET /network.all`"""
        from .network_all import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        driver: NetworkCreateBodyDriver | Unset = UNSET,
        internal: bool | Unset = UNSET,
        attachable: bool | Unset = UNSET,
        enable_i_pv_4: bool | Unset = UNSET,
        enable_i_pv_6: bool | Unset = UNSET,
        mtu: int | None | Unset = UNSET,
        ipam: NetworkCreateBodyIpamType0 | None | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
    ) -> Network:
        """`POST /network.create`"""
        from .network_create import asyncio

        return await asyncio(
            name=name,
            driver=driver,
            internal=internal,
            attachable=attachable,
            enable_i_pv_4=enable_i_pv_4,
            enable_i_pv_6=enable_i_pv_6,
            mtu=mtu,
            ipam=ipam,
            server_id=server_id,
            client=self._engine,
        )

    async def import_(
        self,
        *,
        names: list[str],
        server_id: str | Unset = UNSET,
    ) -> NetworkImportResult:
        """`POST /network.import`"""
        from .network_import import asyncio

        return await asyncio(
            names=names,
            server_id=server_id,
            client=self._engine,
        )

    async def inspect(
        self,
        *,
        network_id: str,
    ) -> Any:
        """`GET /network.inspect`"""
        from .network_inspect import asyncio

        return await asyncio(
            network_id=network_id,
            client=self._engine,
        )

    async def networks_to_sync(
        self,
        *,
        server_id: str | Unset = UNSET,
    ) -> NetworkNetworksToSyncResult:
        """`GET /network.networksToSync`"""
        from .network_networks_to_sync import asyncio

        return await asyncio(
            server_id=server_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        network_id: str,
    ) -> Network:
        """`GET /network.one`"""
        from .network_one import asyncio

        return await asyncio(
            network_id=network_id,
            client=self._engine,
        )

    async def recreate(
        self,
        *,
        network_id: str,
    ) -> Network:
        """`POST /network.recreate`"""
        from .network_recreate import asyncio

        return await asyncio(
            network_id=network_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        network_id: str,
    ) -> Network:
        """`POST /network.remove`"""
        from .network_remove import asyncio

        return await asyncio(
            network_id=network_id,
            client=self._engine,
        )
