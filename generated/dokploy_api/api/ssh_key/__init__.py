"""Operations of Dokploy's `ssh_key` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ssh_key import SshKey
    from ...models.ssh_key_all_for_apps_item import SshKeyAllForAppsItem
    from ...models.ssh_key_generate_body_type import SshKeyGenerateBodyType
    from ...models.ssh_key_generate_result import SshKeyGenerateResult


class SshKeyResource:
    """`ssh_key.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[SshKey]:
        """`GET /sshKey.all`"""
        from .ssh_key_all import sync

        return sync(
            client=self._engine,
        )

    def all_for_apps(
        self,
    ) -> list[SshKeyAllForAppsItem]:
        """`GET /sshKey.allForApps`"""
        from .ssh_key_all_for_apps import sync

        return sync(
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        private_key: str,
        public_key: str,
        organization_id: str,
        description: None | str | Unset = UNSET,
    ) -> SshKey:
        """`POST /sshKey.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["sshKey.create"]``).
        """
        from ...facts import FINDERS
        from .ssh_key_create import sync

        return cast(
            "SshKey",
            self._engine.create_and_find(
                FINDERS["sshKey.create"],
                lambda: sync(
                    name=name,
                    private_key=private_key,
                    public_key=public_key,
                    organization_id=organization_id,
                    description=description,
                    client=self._engine,
                ),
                {
                    "name": name,
                    "private_key": private_key,
                    "public_key": public_key,
                    "organization_id": organization_id,
                    "description": description,
                },
            ),
        )

    def generate(
        self,
        *,
        type_: SshKeyGenerateBodyType | Unset = UNSET,
    ) -> SshKeyGenerateResult:
        """`POST /sshKey.generate`"""
        from .ssh_key_generate import sync

        return sync(
            type_=type_,
            client=self._engine,
        )

    def one(
        self,
        *,
        ssh_key_id: str,
    ) -> SshKey:
        """`GET /sshKey.one`"""
        from .ssh_key_one import sync

        return sync(
            ssh_key_id=ssh_key_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        ssh_key_id: str,
    ) -> None | SshKey:
        """`POST /sshKey.remove`"""
        from .ssh_key_remove import sync

        return sync(
            ssh_key_id=ssh_key_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        ssh_key_id: str,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        last_used_at: None | str | Unset = UNSET,
    ) -> None | SshKey:
        """`POST /sshKey.update`"""
        from .ssh_key_update import sync

        return sync(
            ssh_key_id=ssh_key_id,
            name=name,
            description=description,
            last_used_at=last_used_at,
            client=self._engine,
        )


class AsyncSshKeyResource:
    """`ssh_key.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[SshKey]:
        """`GET /sshKey.all`"""
        from .ssh_key_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def all_for_apps(
        self,
    ) -> list[SshKeyAllForAppsItem]:
        """`GET /sshKey.allForApps`"""
        from .ssh_key_all_for_apps import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        private_key: str,
        public_key: str,
        organization_id: str,
        description: None | str | Unset = UNSET,
    ) -> SshKey:
        """`POST /sshKey.create`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["sshKey.create"]``).
        """
        from ...facts import FINDERS
        from .ssh_key_create import asyncio

        return cast(
            "SshKey",
            await self._engine.create_and_find(
                FINDERS["sshKey.create"],
                lambda: asyncio(
                    name=name,
                    private_key=private_key,
                    public_key=public_key,
                    organization_id=organization_id,
                    description=description,
                    client=self._engine,
                ),
                {
                    "name": name,
                    "private_key": private_key,
                    "public_key": public_key,
                    "organization_id": organization_id,
                    "description": description,
                },
            ),
        )

    async def generate(
        self,
        *,
        type_: SshKeyGenerateBodyType | Unset = UNSET,
    ) -> SshKeyGenerateResult:
        """`POST /sshKey.generate`"""
        from .ssh_key_generate import asyncio

        return await asyncio(
            type_=type_,
            client=self._engine,
        )

    async def one(
        self,
        *,
        ssh_key_id: str,
    ) -> SshKey:
        """`GET /sshKey.one`"""
        from .ssh_key_one import asyncio

        return await asyncio(
            ssh_key_id=ssh_key_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        ssh_key_id: str,
    ) -> None | SshKey:
        """`POST /sshKey.remove`"""
        from .ssh_key_remove import asyncio

        return await asyncio(
            ssh_key_id=ssh_key_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        ssh_key_id: str,
        name: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        last_used_at: None | str | Unset = UNSET,
    ) -> None | SshKey:
        """`POST /sshKey.update`"""
        from .ssh_key_update import asyncio

        return await asyncio(
            ssh_key_id=ssh_key_id,
            name=name,
            description=description,
            last_used_at=last_used_at,
            client=self._engine,
        )
