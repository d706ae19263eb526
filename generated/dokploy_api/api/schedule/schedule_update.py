"""`schedule.update`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.schedule_create_result import ScheduleCreateResult
from ...types import UNSET, Unset, json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.schedule_update_body_schedule_type import ScheduleUpdateBodyScheduleType
    from ...models.schedule_update_body_shell_type import ScheduleUpdateBodyShellType

OPERATION = "schedule.update"
METHOD = "POST"
PATH = "/schedule.update"


def _get_kwargs(
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
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "scheduleId": schedule_id,
                "name": name,
                "cronExpression": cron_expression,
                "command": command,
                "description": description,
                "appName": app_name,
                "serviceName": service_name,
                "shellType": shell_type,
                "scheduleType": schedule_type,
                "script": script,
                "applicationId": application_id,
                "composeId": compose_id,
                "serverId": server_id,
                "organizationId": organization_id,
                "enabled": enabled,
                "timezone": timezone,
                "createdAt": created_at,
            }
        ),
    }


def parse(data: Any) -> ScheduleCreateResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = ScheduleCreateResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("ScheduleCreateResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
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
    client: SyncEngine,
) -> ScheduleCreateResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
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
            ),
        )
    )


async def asyncio(
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
    client: AsyncEngine,
) -> ScheduleCreateResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
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
            ),
        )
    )
