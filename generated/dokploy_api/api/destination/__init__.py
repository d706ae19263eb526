"""Operations of Dokploy's `destination` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.destination import Destination


class DestinationResource:
    """`destination.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[Destination]:
        """`GET /destination.all`"""
        from .destination_all import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        provider: None | str,
        access_key: str,
        bucket: str,
        region: str,
        endpoint: str,
        secret_access_key: str,
        additional_flags: list[str] | None,
        server_id: str | Unset = UNSET,
    ) -> Destination:
        """`POST /destination.create`"""
        from .destination_create import sync

        return sync(
            name=name,
            provider=provider,
            access_key=access_key,
            bucket=bucket,
            region=region,
            endpoint=endpoint,
            secret_access_key=secret_access_key,
            additional_flags=additional_flags,
            server_id=server_id,
            client=self._engine,
        )

    def one(
        self,
        *,
        destination_id: str,
    ) -> Destination:
        """`GET /destination.one`"""
        from .destination_one import sync

        return sync(
            destination_id=destination_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        destination_id: str,
    ) -> Destination | None:
        """`POST /destination.remove`"""
        from .destination_remove import sync

        return sync(
            destination_id=destination_id,
            client=self._engine,
        )

    def test_connection(
        self,
        *,
        name: str,
        provider: None | str,
        access_key: str,
        bucket: str,
        region: str,
        endpoint: str,
        secret_access_key: str,
        additional_flags: list[str] | None,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /destination.testConnection`"""
        from .destination_test_connection import sync

        return sync(
            name=name,
            provider=provider,
            access_key=access_key,
            bucket=bucket,
            region=region,
            endpoint=endpoint,
            secret_access_key=secret_access_key,
            additional_flags=additional_flags,
            server_id=server_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        name: str,
        access_key: str,
        bucket: str,
        region: str,
        endpoint: str,
        secret_access_key: str,
        destination_id: str,
        provider: None | str,
        additional_flags: list[str] | None,
        server_id: str | Unset = UNSET,
    ) -> Destination | None:
        """`POST /destination.update`"""
        from .destination_update import sync

        return sync(
            name=name,
            access_key=access_key,
            bucket=bucket,
            region=region,
            endpoint=endpoint,
            secret_access_key=secret_access_key,
            destination_id=destination_id,
            provider=provider,
            additional_flags=additional_flags,
            server_id=server_id,
            client=self._engine,
        )


class AsyncDestinationResource:
    """`destination.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[Destination]:
        """`GET /destination.all`"""
        from .destination_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        provider: None | str,
        access_key: str,
        bucket: str,
        region: str,
        endpoint: str,
        secret_access_key: str,
        additional_flags: list[str] | None,
        server_id: str | Unset = UNSET,
    ) -> Destination:
        """`POST /destination.create`"""
        from .destination_create import asyncio

        return await asyncio(
            name=name,
            provider=provider,
            access_key=access_key,
            bucket=bucket,
            region=region,
            endpoint=endpoint,
            secret_access_key=secret_access_key,
            additional_flags=additional_flags,
            server_id=server_id,
            client=self._engine,
        )

    async def one(
        self,
        *,
        destination_id: str,
    ) -> Destination:
        """`GET /destination.one`"""
        from .destination_one import asyncio

        return await asyncio(
            destination_id=destination_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        destination_id: str,
    ) -> Destination | None:
        """`POST /destination.remove`"""
        from .destination_remove import asyncio

        return await asyncio(
            destination_id=destination_id,
            client=self._engine,
        )

    async def test_connection(
        self,
        *,
        name: str,
        provider: None | str,
        access_key: str,
        bucket: str,
        region: str,
        endpoint: str,
        secret_access_key: str,
        additional_flags: list[str] | None,
        server_id: str | Unset = UNSET,
    ) -> None:
        """`POST /destination.testConnection`"""
        from .destination_test_connection import asyncio

        return await asyncio(
            name=name,
            provider=provider,
            access_key=access_key,
            bucket=bucket,
            region=region,
            endpoint=endpoint,
            secret_access_key=secret_access_key,
            additional_flags=additional_flags,
            server_id=server_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        name: str,
        access_key: str,
        bucket: str,
        region: str,
        endpoint: str,
        secret_access_key: str,
        destination_id: str,
        provider: None | str,
        additional_flags: list[str] | None,
        server_id: str | Unset = UNSET,
    ) -> Destination | None:
        """`POST /destination.update`"""
        from .destination_update import asyncio

        return await asyncio(
            name=name,
            access_key=access_key,
            bucket=bucket,
            region=region,
            endpoint=endpoint,
            secret_access_key=secret_access_key,
            destination_id=destination_id,
            provider=provider,
            additional_flags=additional_flags,
            server_id=server_id,
            client=self._engine,
        )
