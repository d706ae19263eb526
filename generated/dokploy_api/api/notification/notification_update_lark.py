"""`notification.updateLark`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.updateLark"
METHOD = "POST"
PATH = "/notification.updateLark"


def _get_kwargs(
    *,
    notification_id: str,
    lark_id: str,
    app_build_error: bool | Unset = UNSET,
    database_backup: bool | Unset = UNSET,
    dokploy_backup: bool | Unset = UNSET,
    volume_backup: bool | Unset = UNSET,
    dokploy_restart: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    app_deploy: bool | Unset = UNSET,
    docker_cleanup: bool | Unset = UNSET,
    server_threshold: bool | Unset = UNSET,
    webhook_url: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "notificationId": notification_id,
                "larkId": lark_id,
                "appBuildError": app_build_error,
                "databaseBackup": database_backup,
                "dokployBackup": dokploy_backup,
                "volumeBackup": volume_backup,
                "dokployRestart": dokploy_restart,
                "name": name,
                "appDeploy": app_deploy,
                "dockerCleanup": docker_cleanup,
                "serverThreshold": server_threshold,
                "webhookUrl": webhook_url,
                "organizationId": organization_id,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    notification_id: str,
    lark_id: str,
    app_build_error: bool | Unset = UNSET,
    database_backup: bool | Unset = UNSET,
    dokploy_backup: bool | Unset = UNSET,
    volume_backup: bool | Unset = UNSET,
    dokploy_restart: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    app_deploy: bool | Unset = UNSET,
    docker_cleanup: bool | Unset = UNSET,
    server_threshold: bool | Unset = UNSET,
    webhook_url: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                notification_id=notification_id,
                lark_id=lark_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                webhook_url=webhook_url,
                organization_id=organization_id,
            ),
        )
    )


async def asyncio(
    *,
    notification_id: str,
    lark_id: str,
    app_build_error: bool | Unset = UNSET,
    database_backup: bool | Unset = UNSET,
    dokploy_backup: bool | Unset = UNSET,
    volume_backup: bool | Unset = UNSET,
    dokploy_restart: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    app_deploy: bool | Unset = UNSET,
    docker_cleanup: bool | Unset = UNSET,
    server_threshold: bool | Unset = UNSET,
    webhook_url: str | Unset = UNSET,
    organization_id: str | Unset = UNSET,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                notification_id=notification_id,
                lark_id=lark_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                webhook_url=webhook_url,
                organization_id=organization_id,
            ),
        )
    )
