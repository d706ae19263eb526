"""`notification.createSlack`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "notification.createSlack"
METHOD = "POST"
PATH = "/notification.createSlack"


def _get_kwargs(
    *,
    app_build_error: bool,
    database_backup: bool,
    dokploy_backup: bool,
    volume_backup: bool,
    dokploy_restart: bool,
    name: str,
    app_deploy: bool,
    docker_cleanup: bool,
    server_threshold: bool,
    webhook_url: str,
    channel: str,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
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
                "channel": channel,
            }
        ),
    }


def parse(data: Any) -> None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    # Dokploy answers with an empty body; should a newer one send a record, keep it.
    return cast("None", data)


def sync(
    *,
    app_build_error: bool,
    database_backup: bool,
    dokploy_backup: bool,
    volume_backup: bool,
    dokploy_restart: bool,
    name: str,
    app_deploy: bool,
    docker_cleanup: bool,
    server_threshold: bool,
    webhook_url: str,
    channel: str,
    client: SyncEngine,
) -> None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
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
                channel=channel,
            ),
        )
    )


async def asyncio(
    *,
    app_build_error: bool,
    database_backup: bool,
    dokploy_backup: bool,
    volume_backup: bool,
    dokploy_restart: bool,
    name: str,
    app_deploy: bool,
    docker_cleanup: bool,
    server_threshold: bool,
    webhook_url: str,
    channel: str,
    client: AsyncEngine,
) -> None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
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
                channel=channel,
            ),
        )
    )
