"""Operations of Dokploy's `schedule` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.schedule import Schedule
    from ...models.schedule_create_body_schedule_type import ScheduleCreateBodyScheduleType
    from ...models.schedule_create_body_shell_type import ScheduleCreateBodyShellType
    from ...models.schedule_create_result import ScheduleCreateResult
    from ...models.schedule_list_item import ScheduleListItem
    from ...models.schedule_list_schedule_type import ScheduleListScheduleType
    from ...models.schedule_run_manually_result import ScheduleRunManuallyResult
    from ...models.schedule_update_body_schedule_type import ScheduleUpdateBodyScheduleType
    from ...models.schedule_update_body_shell_type import ScheduleUpdateBodyShellType


class ScheduleResource:
    """`schedule.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def create(
        self,
        *,
        name: str,
        cron_expression: str,
        command: str,
        schedule_id: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        shell_type: ScheduleCreateBodyShellType | Unset = UNSET,
        schedule_type: ScheduleCreateBodyScheduleType | Unset = UNSET,
        script: None | str | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> None | ScheduleCreateResult:
        """`POST /schedule.create`"""
        from .schedule_create import sync

        return sync(
            name=name,
            cron_expression=cron_expression,
            command=command,
            schedule_id=schedule_id,
            description=description,
            app_name=app_name,
            service_name=service_name,
            shell_type=shell_type,
            schedule_type=schedule_type,
            script=script,
            application_id=application_id,
            compose_id=compose_id,
            server_id=server_id,
            organization_id=organization_id,
            enabled=enabled,
            timezone=timezone,
            created_at=created_at,
            client=self._engine,
        )

    def delete(
        self,
        *,
        schedule_id: str,
    ) -> bool:
        """`POST /schedule.delete`"""
        from .schedule_delete import sync

        return sync(
            schedule_id=schedule_id,
            client=self._engine,
        )

    def list(
        self,
        *,
        id: str,
        schedule_type: ScheduleListScheduleType,
    ) -> list[ScheduleListItem]:
        """`GET /schedule.list`"""
        from .schedule_list import sync

        return sync(
            id=id,
            schedule_type=schedule_type,
            client=self._engine,
        )

    def one(
        self,
        *,
        schedule_id: str,
    ) -> Schedule:
        """`GET /schedule.one`"""
        from .schedule_one import sync

        return sync(
            schedule_id=schedule_id,
            client=self._engine,
        )

    def run_manually(
        self,
        *,
        schedule_id: str,
    ) -> ScheduleRunManuallyResult:
        """`POST /schedule.runManually`"""
        from .schedule_run_manually import sync

        return sync(
            schedule_id=schedule_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        schedule_id: str,
        name: str,
        cron_expression: str,
        command: str,
        description: None | str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        shell_type: ScheduleUpdateBodyShellType | Unset = UNSET,
        schedule_type: ScheduleUpdateBodyScheduleType | Unset = UNSET,
        script: None | str | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> ScheduleCreateResult:
        """`POST /schedule.update`"""
        from .schedule_update import sync

        return sync(
            schedule_id=schedule_id,
            name=name,
            cron_expression=cron_expression,
            command=command,
            description=description,
            app_name=app_name,
            service_name=service_name,
            shell_type=shell_type,
            schedule_type=schedule_type,
            script=script,
            application_id=application_id,
            compose_id=compose_id,
            server_id=server_id,
            organization_id=organization_id,
            enabled=enabled,
            timezone=timezone,
            created_at=created_at,
            client=self._engine,
        )


class AsyncScheduleResource:
    """`schedule.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def create(
        self,
        *,
        name: str,
        cron_expression: str,
        command: str,
        schedule_id: str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        shell_type: ScheduleCreateBodyShellType | Unset = UNSET,
        schedule_type: ScheduleCreateBodyScheduleType | Unset = UNSET,
        script: None | str | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> None | ScheduleCreateResult:
        """`POST /schedule.create`"""
        from .schedule_create import asyncio

        return await asyncio(
            name=name,
            cron_expression=cron_expression,
            command=command,
            schedule_id=schedule_id,
            description=description,
            app_name=app_name,
            service_name=service_name,
            shell_type=shell_type,
            schedule_type=schedule_type,
            script=script,
            application_id=application_id,
            compose_id=compose_id,
            server_id=server_id,
            organization_id=organization_id,
            enabled=enabled,
            timezone=timezone,
            created_at=created_at,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        schedule_id: str,
    ) -> bool:
        """`POST /schedule.delete`"""
        from .schedule_delete import asyncio

        return await asyncio(
            schedule_id=schedule_id,
            client=self._engine,
        )

    async def list(
        self,
        *,
        id: str,
        schedule_type: ScheduleListScheduleType,
    ) -> list[ScheduleListItem]:
        """`GET /schedule.list`"""
        from .schedule_list import asyncio

        return await asyncio(
            id=id,
            schedule_type=schedule_type,
            client=self._engine,
        )

    async def one(
        self,
        *,
        schedule_id: str,
    ) -> Schedule:
        """`GET /schedule.one`"""
        from .schedule_one import asyncio

        return await asyncio(
            schedule_id=schedule_id,
            client=self._engine,
        )

    async def run_manually(
        self,
        *,
        schedule_id: str,
    ) -> ScheduleRunManuallyResult:
        """`POST /schedule.runManually`"""
        from .schedule_run_manually import asyncio

        return await asyncio(
            schedule_id=schedule_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        schedule_id: str,
        name: str,
        cron_expression: str,
        command: str,
        description: None | str | Unset = UNSET,
        app_name: str | Unset = UNSET,
        service_name: None | str | Unset = UNSET,
        shell_type: ScheduleUpdateBodyShellType | Unset = UNSET,
        schedule_type: ScheduleUpdateBodyScheduleType | Unset = UNSET,
        script: None | str | Unset = UNSET,
        application_id: None | str | Unset = UNSET,
        compose_id: None | str | Unset = UNSET,
        server_id: None | str | Unset = UNSET,
        organization_id: None | str | Unset = UNSET,
        enabled: bool | Unset = UNSET,
        timezone: None | str | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> ScheduleCreateResult:
        """`POST /schedule.update`"""
        from .schedule_update import asyncio

        return await asyncio(
            schedule_id=schedule_id,
            name=name,
            cron_expression=cron_expression,
            command=command,
            description=description,
            app_name=app_name,
            service_name=service_name,
            shell_type=shell_type,
            schedule_type=schedule_type,
            script=script,
            application_id=application_id,
            compose_id=compose_id,
            server_id=server_id,
            organization_id=organization_id,
            enabled=enabled,
            timezone=timezone,
            created_at=created_at,
            client=self._engine,
        )
