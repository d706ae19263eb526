"""Operations of Dokploy's `notification` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.labels_swarm import LabelsSwarm
    from ...models.notification import Notification
    from ...models.notification_get_email_providers_item import NotificationGetEmailProvidersItem
    from ...models.notification_receive_notification_body_server_type import (
        NotificationReceiveNotificationBodyServerType,
    )
    from ...models.notification_receive_notification_body_type import NotificationReceiveNotificationBodyType
    from ...models.notification_remove_result import NotificationRemoveResult


class NotificationResource:
    """`notification.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[Notification]:
        """`GET /notification.all`"""
        from .notification_all import sync

        return sync(
            client=self._engine,
        )

    def create_custom(
        self,
        *,
        name: str,
        endpoint: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        headers: LabelsSwarm | Unset = UNSET,
    ) -> None:
        """`POST /notification.createCustom`"""
        from ...models.notification_create_custom_body import NotificationCreateCustomBody
        from .notification_create_custom import sync

        return sync(
            body=NotificationCreateCustomBody(
                name=name,
                endpoint=endpoint,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                headers=headers,
            ),
            client=self._engine,
        )

    def create_discord(
        self,
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
        decoration: bool,
    ) -> None:
        """`POST /notification.createDiscord`"""
        from ...models.notification_create_discord_body import NotificationCreateDiscordBody
        from .notification_create_discord import sync

        return sync(
            body=NotificationCreateDiscordBody(
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
                decoration=decoration,
            ),
            client=self._engine,
        )

    def create_email(
        self,
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
        smtp_server: str,
        smtp_port: float,
        username: str,
        password: str,
        from_address: str,
        to_addresses: list[str],
    ) -> None:
        """`POST /notification.createEmail`"""
        from ...models.notification_create_email_body import NotificationCreateEmailBody
        from .notification_create_email import sync

        return sync(
            body=NotificationCreateEmailBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                smtp_server=smtp_server,
                smtp_port=smtp_port,
                username=username,
                password=password,
                from_address=from_address,
                to_addresses=to_addresses,
            ),
            client=self._engine,
        )

    def create_gotify(
        self,
        *,
        app_build_error: bool,
        database_backup: bool,
        dokploy_backup: bool,
        volume_backup: bool,
        dokploy_restart: bool,
        name: str,
        app_deploy: bool,
        docker_cleanup: bool,
        server_url: str,
        app_token: str,
        priority: float,
        decoration: bool,
    ) -> None:
        """`POST /notification.createGotify`"""
        from ...models.notification_create_gotify_body import NotificationCreateGotifyBody
        from .notification_create_gotify import sync

        return sync(
            body=NotificationCreateGotifyBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_url=server_url,
                app_token=app_token,
                priority=priority,
                decoration=decoration,
            ),
            client=self._engine,
        )

    def create_lark(
        self,
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
    ) -> None:
        """`POST /notification.createLark`"""
        from ...models.notification_create_lark_body import NotificationCreateLarkBody
        from .notification_create_lark import sync

        return sync(
            body=NotificationCreateLarkBody(
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
            ),
            client=self._engine,
        )

    def create_mattermost(
        self,
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
        channel: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.createMattermost`"""
        from ...models.notification_create_mattermost_body import NotificationCreateMattermostBody
        from .notification_create_mattermost import sync

        return sync(
            body=NotificationCreateMattermostBody(
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
                username=username,
            ),
            client=self._engine,
        )

    def create_ntfy(
        self,
        *,
        app_build_error: bool,
        database_backup: bool,
        dokploy_backup: bool,
        volume_backup: bool,
        dokploy_restart: bool,
        name: str,
        app_deploy: bool,
        docker_cleanup: bool,
        server_url: str,
        topic: str,
        access_token: str,
        priority: float,
    ) -> None:
        """`POST /notification.createNtfy`"""
        from ...models.notification_create_ntfy_body import NotificationCreateNtfyBody
        from .notification_create_ntfy import sync

        return sync(
            body=NotificationCreateNtfyBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_url=server_url,
                topic=topic,
                access_token=access_token,
                priority=priority,
            ),
            client=self._engine,
        )

    def create_pushover(
        self,
        *,
        name: str,
        user_key: str,
        api_token: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        priority: float | Unset = 0.0,
        retry: float | None | Unset = UNSET,
        expire: float | None | Unset = UNSET,
    ) -> None:
        """`POST /notification.createPushover`"""
        from ...models.notification_create_pushover_body import NotificationCreatePushoverBody
        from .notification_create_pushover import sync

        return sync(
            body=NotificationCreatePushoverBody(
                name=name,
                user_key=user_key,
                api_token=api_token,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                priority=priority,
                retry=retry,
                expire=expire,
            ),
            client=self._engine,
        )

    def create_resend(
        self,
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
        api_key: str,
        from_address: str,
        to_addresses: list[str],
    ) -> None:
        """`POST /notification.createResend`"""
        from ...models.notification_create_resend_body import NotificationCreateResendBody
        from .notification_create_resend import sync

        return sync(
            body=NotificationCreateResendBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                api_key=api_key,
                from_address=from_address,
                to_addresses=to_addresses,
            ),
            client=self._engine,
        )

    def create_slack(
        self,
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
    ) -> Notification:
        """`POST /notification.createSlack`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["notification.createSlack"]``).
        """
        from ...facts import FINDERS
        from ...models.notification_create_slack_body import NotificationCreateSlackBody
        from .notification_create_slack import sync

        return cast(
            "Notification",
            self._engine.create_and_find(
                FINDERS["notification.createSlack"],
                lambda: sync(
                    body=NotificationCreateSlackBody(
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
                    client=self._engine,
                ),
                {
                    "app_build_error": app_build_error,
                    "database_backup": database_backup,
                    "dokploy_backup": dokploy_backup,
                    "volume_backup": volume_backup,
                    "dokploy_restart": dokploy_restart,
                    "name": name,
                    "app_deploy": app_deploy,
                    "docker_cleanup": docker_cleanup,
                    "server_threshold": server_threshold,
                    "webhook_url": webhook_url,
                    "channel": channel,
                },
            ),
        )

    def create_teams(
        self,
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
    ) -> None:
        """`POST /notification.createTeams`"""
        from ...models.notification_create_teams_body import NotificationCreateTeamsBody
        from .notification_create_teams import sync

        return sync(
            body=NotificationCreateTeamsBody(
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
            ),
            client=self._engine,
        )

    def create_telegram(
        self,
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
        bot_token: str,
        chat_id: str,
        message_thread_id: str,
    ) -> None:
        """`POST /notification.createTelegram`"""
        from ...models.notification_create_telegram_body import NotificationCreateTelegramBody
        from .notification_create_telegram import sync

        return sync(
            body=NotificationCreateTelegramBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                bot_token=bot_token,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
            client=self._engine,
        )

    def get_email_providers(
        self,
    ) -> list[NotificationGetEmailProvidersItem]:
        """`GET /notification.getEmailProviders`"""
        from .notification_get_email_providers import sync

        return sync(
            client=self._engine,
        )

    def one(
        self,
        *,
        notification_id: str,
    ) -> Notification:
        """`GET /notification.one`"""
        from .notification_one import sync

        return sync(
            notification_id=notification_id,
            client=self._engine,
        )

    def receive_notification(
        self,
        *,
        type_: NotificationReceiveNotificationBodyType,
        value: float,
        threshold: float,
        message: str,
        timestamp: str,
        token: str,
        server_type: NotificationReceiveNotificationBodyServerType | Unset = "Dokploy",
    ) -> None:
        """`POST /notification.receiveNotification`"""
        from ...models.notification_receive_notification_body import NotificationReceiveNotificationBody
        from .notification_receive_notification import sync

        return sync(
            body=NotificationReceiveNotificationBody(
                type_=type_,
                value=value,
                threshold=threshold,
                message=message,
                timestamp=timestamp,
                token=token,
                server_type=server_type,
            ),
            client=self._engine,
        )

    def remove(
        self,
        *,
        notification_id: str,
    ) -> None | NotificationRemoveResult:
        """`POST /notification.remove`"""
        from ...models.notification_remove_body import NotificationRemoveBody
        from .notification_remove import sync

        return sync(
            body=NotificationRemoveBody(
                notification_id=notification_id,
            ),
            client=self._engine,
        )

    def test_custom_connection(
        self,
        *,
        endpoint: str,
        headers: LabelsSwarm | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testCustomConnection`"""
        from ...models.notification_test_custom_connection_body import NotificationTestCustomConnectionBody
        from .notification_test_custom_connection import sync

        return sync(
            body=NotificationTestCustomConnectionBody(
                endpoint=endpoint,
                headers=headers,
            ),
            client=self._engine,
        )

    def test_discord_connection(
        self,
        *,
        webhook_url: str,
        decoration: bool | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testDiscordConnection`"""
        from ...models.notification_test_discord_connection_body import NotificationTestDiscordConnectionBody
        from .notification_test_discord_connection import sync

        return sync(
            body=NotificationTestDiscordConnectionBody(
                webhook_url=webhook_url,
                decoration=decoration,
            ),
            client=self._engine,
        )

    def test_email_connection(
        self,
        *,
        smtp_server: str,
        smtp_port: float,
        username: str,
        password: str,
        to_addresses: list[str],
        from_address: str,
    ) -> bool:
        """`POST /notification.testEmailConnection`"""
        from ...models.notification_test_email_connection_body import NotificationTestEmailConnectionBody
        from .notification_test_email_connection import sync

        return sync(
            body=NotificationTestEmailConnectionBody(
                smtp_server=smtp_server,
                smtp_port=smtp_port,
                username=username,
                password=password,
                to_addresses=to_addresses,
                from_address=from_address,
            ),
            client=self._engine,
        )

    def test_gotify_connection(
        self,
        *,
        server_url: str,
        app_token: str,
        priority: float,
        decoration: bool | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testGotifyConnection`"""
        from ...models.notification_test_gotify_connection_body import NotificationTestGotifyConnectionBody
        from .notification_test_gotify_connection import sync

        return sync(
            body=NotificationTestGotifyConnectionBody(
                server_url=server_url,
                app_token=app_token,
                priority=priority,
                decoration=decoration,
            ),
            client=self._engine,
        )

    def test_lark_connection(
        self,
        *,
        webhook_url: str,
    ) -> bool:
        """`POST /notification.testLarkConnection`"""
        from ...models.notification_test_lark_connection_body import NotificationTestLarkConnectionBody
        from .notification_test_lark_connection import sync

        return sync(
            body=NotificationTestLarkConnectionBody(
                webhook_url=webhook_url,
            ),
            client=self._engine,
        )

    def test_mattermost_connection(
        self,
        *,
        webhook_url: str,
        channel: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testMattermostConnection`"""
        from ...models.notification_test_mattermost_connection_body import NotificationTestMattermostConnectionBody
        from .notification_test_mattermost_connection import sync

        return sync(
            body=NotificationTestMattermostConnectionBody(
                webhook_url=webhook_url,
                channel=channel,
                username=username,
            ),
            client=self._engine,
        )

    def test_ntfy_connection(
        self,
        *,
        server_url: str,
        topic: str,
        access_token: str,
        priority: float,
    ) -> bool:
        """`POST /notification.testNtfyConnection`"""
        from ...models.notification_test_ntfy_connection_body import NotificationTestNtfyConnectionBody
        from .notification_test_ntfy_connection import sync

        return sync(
            body=NotificationTestNtfyConnectionBody(
                server_url=server_url,
                topic=topic,
                access_token=access_token,
                priority=priority,
            ),
            client=self._engine,
        )

    def test_pushover_connection(
        self,
        *,
        user_key: str,
        api_token: str,
        priority: float,
        retry: float | None | Unset = UNSET,
        expire: float | None | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testPushoverConnection`"""
        from ...models.notification_test_pushover_connection_body import NotificationTestPushoverConnectionBody
        from .notification_test_pushover_connection import sync

        return sync(
            body=NotificationTestPushoverConnectionBody(
                user_key=user_key,
                api_token=api_token,
                priority=priority,
                retry=retry,
                expire=expire,
            ),
            client=self._engine,
        )

    def test_resend_connection(
        self,
        *,
        api_key: str,
        from_address: str,
        to_addresses: list[str],
    ) -> bool:
        """`POST /notification.testResendConnection`"""
        from ...models.notification_test_resend_connection_body import NotificationTestResendConnectionBody
        from .notification_test_resend_connection import sync

        return sync(
            body=NotificationTestResendConnectionBody(
                api_key=api_key,
                from_address=from_address,
                to_addresses=to_addresses,
            ),
            client=self._engine,
        )

    def test_slack_connection(
        self,
        *,
        webhook_url: str,
        channel: str,
    ) -> bool:
        """`POST /notification.testSlackConnection`"""
        from ...models.notification_test_slack_connection_body import NotificationTestSlackConnectionBody
        from .notification_test_slack_connection import sync

        return sync(
            body=NotificationTestSlackConnectionBody(
                webhook_url=webhook_url,
                channel=channel,
            ),
            client=self._engine,
        )

    def test_teams_connection(
        self,
        *,
        webhook_url: str,
    ) -> bool:
        """`POST /notification.testTeamsConnection`"""
        from ...models.notification_test_teams_connection_body import NotificationTestTeamsConnectionBody
        from .notification_test_teams_connection import sync

        return sync(
            body=NotificationTestTeamsConnectionBody(
                webhook_url=webhook_url,
            ),
            client=self._engine,
        )

    def test_telegram_connection(
        self,
        *,
        bot_token: str,
        chat_id: str,
        message_thread_id: str,
    ) -> bool:
        """`POST /notification.testTelegramConnection`"""
        from ...models.notification_test_telegram_connection_body import NotificationTestTelegramConnectionBody
        from .notification_test_telegram_connection import sync

        return sync(
            body=NotificationTestTelegramConnectionBody(
                bot_token=bot_token,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
            client=self._engine,
        )

    def update_custom(
        self,
        *,
        notification_id: str,
        custom_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        endpoint: str | Unset = UNSET,
        headers: LabelsSwarm | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateCustom`"""
        from ...models.notification_update_custom_body import NotificationUpdateCustomBody
        from .notification_update_custom import sync

        return sync(
            body=NotificationUpdateCustomBody(
                notification_id=notification_id,
                custom_id=custom_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                endpoint=endpoint,
                headers=headers,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    def update_discord(
        self,
        *,
        notification_id: str,
        discord_id: str,
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
        decoration: bool | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateDiscord`"""
        from ...models.notification_update_discord_body import NotificationUpdateDiscordBody
        from .notification_update_discord import sync

        return sync(
            body=NotificationUpdateDiscordBody(
                notification_id=notification_id,
                discord_id=discord_id,
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
                decoration=decoration,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    def update_email(
        self,
        *,
        notification_id: str,
        email_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        smtp_server: str | Unset = UNSET,
        smtp_port: float | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        from_address: str | Unset = UNSET,
        to_addresses: list[str] | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateEmail`"""
        from ...models.notification_update_email_body import NotificationUpdateEmailBody
        from .notification_update_email import sync

        return sync(
            body=NotificationUpdateEmailBody(
                notification_id=notification_id,
                email_id=email_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                smtp_server=smtp_server,
                smtp_port=smtp_port,
                username=username,
                password=password,
                from_address=from_address,
                to_addresses=to_addresses,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    def update_gotify(
        self,
        *,
        notification_id: str,
        gotify_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_url: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        priority: float | Unset = UNSET,
        decoration: bool | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateGotify`"""
        from ...models.notification_update_gotify_body import NotificationUpdateGotifyBody
        from .notification_update_gotify import sync

        return sync(
            body=NotificationUpdateGotifyBody(
                notification_id=notification_id,
                gotify_id=gotify_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_url=server_url,
                app_token=app_token,
                priority=priority,
                decoration=decoration,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    def update_lark(
        self,
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
    ) -> None:
        """`POST /notification.updateLark`"""
        from ...models.notification_update_lark_body import NotificationUpdateLarkBody
        from .notification_update_lark import sync

        return sync(
            body=NotificationUpdateLarkBody(
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
            client=self._engine,
        )

    def update_mattermost(
        self,
        *,
        notification_id: str,
        mattermost_id: str,
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
        channel: str | Unset = UNSET,
        username: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateMattermost`"""
        from ...models.notification_update_mattermost_body import NotificationUpdateMattermostBody
        from .notification_update_mattermost import sync

        return sync(
            body=NotificationUpdateMattermostBody(
                notification_id=notification_id,
                mattermost_id=mattermost_id,
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
                username=username,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    def update_ntfy(
        self,
        *,
        notification_id: str,
        ntfy_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_url: str | Unset = UNSET,
        topic: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        priority: float | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateNtfy`"""
        from ...models.notification_update_ntfy_body import NotificationUpdateNtfyBody
        from .notification_update_ntfy import sync

        return sync(
            body=NotificationUpdateNtfyBody(
                notification_id=notification_id,
                ntfy_id=ntfy_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_url=server_url,
                topic=topic,
                access_token=access_token,
                priority=priority,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    def update_pushover(
        self,
        *,
        notification_id: str,
        pushover_id: str,
        organization_id: str | Unset = UNSET,
        user_key: str | Unset = UNSET,
        api_token: str | Unset = UNSET,
        priority: float | Unset = UNSET,
        retry: float | None | Unset = UNSET,
        expire: float | None | Unset = UNSET,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
    ) -> None:
        """`POST /notification.updatePushover`"""
        from ...models.notification_update_pushover_body import NotificationUpdatePushoverBody
        from .notification_update_pushover import sync

        return sync(
            body=NotificationUpdatePushoverBody(
                notification_id=notification_id,
                pushover_id=pushover_id,
                organization_id=organization_id,
                user_key=user_key,
                api_token=api_token,
                priority=priority,
                retry=retry,
                expire=expire,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
            ),
            client=self._engine,
        )

    def update_resend(
        self,
        *,
        notification_id: str,
        resend_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        api_key: str | Unset = UNSET,
        from_address: str | Unset = UNSET,
        to_addresses: list[str] | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateResend`"""
        from ...models.notification_update_resend_body import NotificationUpdateResendBody
        from .notification_update_resend import sync

        return sync(
            body=NotificationUpdateResendBody(
                notification_id=notification_id,
                resend_id=resend_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                api_key=api_key,
                from_address=from_address,
                to_addresses=to_addresses,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    def update_slack(
        self,
        *,
        notification_id: str,
        slack_id: str,
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
        channel: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateSlack`"""
        from ...models.notification_update_slack_body import NotificationUpdateSlackBody
        from .notification_update_slack import sync

        return sync(
            body=NotificationUpdateSlackBody(
                notification_id=notification_id,
                slack_id=slack_id,
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
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    def update_teams(
        self,
        *,
        notification_id: str,
        teams_id: str,
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
    ) -> None:
        """`POST /notification.updateTeams`"""
        from ...models.notification_update_teams_body import NotificationUpdateTeamsBody
        from .notification_update_teams import sync

        return sync(
            body=NotificationUpdateTeamsBody(
                notification_id=notification_id,
                teams_id=teams_id,
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
            client=self._engine,
        )

    def update_telegram(
        self,
        *,
        notification_id: str,
        telegram_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        bot_token: str | Unset = UNSET,
        chat_id: str | Unset = UNSET,
        message_thread_id: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateTelegram`"""
        from ...models.notification_update_telegram_body import NotificationUpdateTelegramBody
        from .notification_update_telegram import sync

        return sync(
            body=NotificationUpdateTelegramBody(
                notification_id=notification_id,
                telegram_id=telegram_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                bot_token=bot_token,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                organization_id=organization_id,
            ),
            client=self._engine,
        )


class AsyncNotificationResource:
    """`notification.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[Notification]:
        """`GET /notification.all`"""
        from .notification_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def create_custom(
        self,
        *,
        name: str,
        endpoint: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        headers: LabelsSwarm | Unset = UNSET,
    ) -> None:
        """`POST /notification.createCustom`"""
        from ...models.notification_create_custom_body import NotificationCreateCustomBody
        from .notification_create_custom import asyncio

        return await asyncio(
            body=NotificationCreateCustomBody(
                name=name,
                endpoint=endpoint,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                headers=headers,
            ),
            client=self._engine,
        )

    async def create_discord(
        self,
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
        decoration: bool,
    ) -> None:
        """`POST /notification.createDiscord`"""
        from ...models.notification_create_discord_body import NotificationCreateDiscordBody
        from .notification_create_discord import asyncio

        return await asyncio(
            body=NotificationCreateDiscordBody(
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
                decoration=decoration,
            ),
            client=self._engine,
        )

    async def create_email(
        self,
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
        smtp_server: str,
        smtp_port: float,
        username: str,
        password: str,
        from_address: str,
        to_addresses: list[str],
    ) -> None:
        """`POST /notification.createEmail`"""
        from ...models.notification_create_email_body import NotificationCreateEmailBody
        from .notification_create_email import asyncio

        return await asyncio(
            body=NotificationCreateEmailBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                smtp_server=smtp_server,
                smtp_port=smtp_port,
                username=username,
                password=password,
                from_address=from_address,
                to_addresses=to_addresses,
            ),
            client=self._engine,
        )

    async def create_gotify(
        self,
        *,
        app_build_error: bool,
        database_backup: bool,
        dokploy_backup: bool,
        volume_backup: bool,
        dokploy_restart: bool,
        name: str,
        app_deploy: bool,
        docker_cleanup: bool,
        server_url: str,
        app_token: str,
        priority: float,
        decoration: bool,
    ) -> None:
        """`POST /notification.createGotify`"""
        from ...models.notification_create_gotify_body import NotificationCreateGotifyBody
        from .notification_create_gotify import asyncio

        return await asyncio(
            body=NotificationCreateGotifyBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_url=server_url,
                app_token=app_token,
                priority=priority,
                decoration=decoration,
            ),
            client=self._engine,
        )

    async def create_lark(
        self,
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
    ) -> None:
        """`POST /notification.createLark`"""
        from ...models.notification_create_lark_body import NotificationCreateLarkBody
        from .notification_create_lark import asyncio

        return await asyncio(
            body=NotificationCreateLarkBody(
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
            ),
            client=self._engine,
        )

    async def create_mattermost(
        self,
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
        channel: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.createMattermost`"""
        from ...models.notification_create_mattermost_body import NotificationCreateMattermostBody
        from .notification_create_mattermost import asyncio

        return await asyncio(
            body=NotificationCreateMattermostBody(
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
                username=username,
            ),
            client=self._engine,
        )

    async def create_ntfy(
        self,
        *,
        app_build_error: bool,
        database_backup: bool,
        dokploy_backup: bool,
        volume_backup: bool,
        dokploy_restart: bool,
        name: str,
        app_deploy: bool,
        docker_cleanup: bool,
        server_url: str,
        topic: str,
        access_token: str,
        priority: float,
    ) -> None:
        """`POST /notification.createNtfy`"""
        from ...models.notification_create_ntfy_body import NotificationCreateNtfyBody
        from .notification_create_ntfy import asyncio

        return await asyncio(
            body=NotificationCreateNtfyBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_url=server_url,
                topic=topic,
                access_token=access_token,
                priority=priority,
            ),
            client=self._engine,
        )

    async def create_pushover(
        self,
        *,
        name: str,
        user_key: str,
        api_token: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        priority: float | Unset = 0.0,
        retry: float | None | Unset = UNSET,
        expire: float | None | Unset = UNSET,
    ) -> None:
        """`POST /notification.createPushover`"""
        from ...models.notification_create_pushover_body import NotificationCreatePushoverBody
        from .notification_create_pushover import asyncio

        return await asyncio(
            body=NotificationCreatePushoverBody(
                name=name,
                user_key=user_key,
                api_token=api_token,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                priority=priority,
                retry=retry,
                expire=expire,
            ),
            client=self._engine,
        )

    async def create_resend(
        self,
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
        api_key: str,
        from_address: str,
        to_addresses: list[str],
    ) -> None:
        """`POST /notification.createResend`"""
        from ...models.notification_create_resend_body import NotificationCreateResendBody
        from .notification_create_resend import asyncio

        return await asyncio(
            body=NotificationCreateResendBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                api_key=api_key,
                from_address=from_address,
                to_addresses=to_addresses,
            ),
            client=self._engine,
        )

    async def create_slack(
        self,
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
    ) -> Notification:
        """`POST /notification.createSlack`

        Dokploy answers no record; this returns the one it made, found by listing before
        and after (``dokploy_api.facts.FINDERS["notification.createSlack"]``).
        """
        from ...facts import FINDERS
        from ...models.notification_create_slack_body import NotificationCreateSlackBody
        from .notification_create_slack import asyncio

        return cast(
            "Notification",
            await self._engine.create_and_find(
                FINDERS["notification.createSlack"],
                lambda: asyncio(
                    body=NotificationCreateSlackBody(
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
                    client=self._engine,
                ),
                {
                    "app_build_error": app_build_error,
                    "database_backup": database_backup,
                    "dokploy_backup": dokploy_backup,
                    "volume_backup": volume_backup,
                    "dokploy_restart": dokploy_restart,
                    "name": name,
                    "app_deploy": app_deploy,
                    "docker_cleanup": docker_cleanup,
                    "server_threshold": server_threshold,
                    "webhook_url": webhook_url,
                    "channel": channel,
                },
            ),
        )

    async def create_teams(
        self,
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
    ) -> None:
        """`POST /notification.createTeams`"""
        from ...models.notification_create_teams_body import NotificationCreateTeamsBody
        from .notification_create_teams import asyncio

        return await asyncio(
            body=NotificationCreateTeamsBody(
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
            ),
            client=self._engine,
        )

    async def create_telegram(
        self,
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
        bot_token: str,
        chat_id: str,
        message_thread_id: str,
    ) -> None:
        """`POST /notification.createTelegram`"""
        from ...models.notification_create_telegram_body import NotificationCreateTelegramBody
        from .notification_create_telegram import asyncio

        return await asyncio(
            body=NotificationCreateTelegramBody(
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                bot_token=bot_token,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
            client=self._engine,
        )

    async def get_email_providers(
        self,
    ) -> list[NotificationGetEmailProvidersItem]:
        """`GET /notification.getEmailProviders`"""
        from .notification_get_email_providers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def one(
        self,
        *,
        notification_id: str,
    ) -> Notification:
        """`GET /notification.one`"""
        from .notification_one import asyncio

        return await asyncio(
            notification_id=notification_id,
            client=self._engine,
        )

    async def receive_notification(
        self,
        *,
        type_: NotificationReceiveNotificationBodyType,
        value: float,
        threshold: float,
        message: str,
        timestamp: str,
        token: str,
        server_type: NotificationReceiveNotificationBodyServerType | Unset = "Dokploy",
    ) -> None:
        """`POST /notification.receiveNotification`"""
        from ...models.notification_receive_notification_body import NotificationReceiveNotificationBody
        from .notification_receive_notification import asyncio

        return await asyncio(
            body=NotificationReceiveNotificationBody(
                type_=type_,
                value=value,
                threshold=threshold,
                message=message,
                timestamp=timestamp,
                token=token,
                server_type=server_type,
            ),
            client=self._engine,
        )

    async def remove(
        self,
        *,
        notification_id: str,
    ) -> None | NotificationRemoveResult:
        """`POST /notification.remove`"""
        from ...models.notification_remove_body import NotificationRemoveBody
        from .notification_remove import asyncio

        return await asyncio(
            body=NotificationRemoveBody(
                notification_id=notification_id,
            ),
            client=self._engine,
        )

    async def test_custom_connection(
        self,
        *,
        endpoint: str,
        headers: LabelsSwarm | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testCustomConnection`"""
        from ...models.notification_test_custom_connection_body import NotificationTestCustomConnectionBody
        from .notification_test_custom_connection import asyncio

        return await asyncio(
            body=NotificationTestCustomConnectionBody(
                endpoint=endpoint,
                headers=headers,
            ),
            client=self._engine,
        )

    async def test_discord_connection(
        self,
        *,
        webhook_url: str,
        decoration: bool | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testDiscordConnection`"""
        from ...models.notification_test_discord_connection_body import NotificationTestDiscordConnectionBody
        from .notification_test_discord_connection import asyncio

        return await asyncio(
            body=NotificationTestDiscordConnectionBody(
                webhook_url=webhook_url,
                decoration=decoration,
            ),
            client=self._engine,
        )

    async def test_email_connection(
        self,
        *,
        smtp_server: str,
        smtp_port: float,
        username: str,
        password: str,
        to_addresses: list[str],
        from_address: str,
    ) -> bool:
        """`POST /notification.testEmailConnection`"""
        from ...models.notification_test_email_connection_body import NotificationTestEmailConnectionBody
        from .notification_test_email_connection import asyncio

        return await asyncio(
            body=NotificationTestEmailConnectionBody(
                smtp_server=smtp_server,
                smtp_port=smtp_port,
                username=username,
                password=password,
                to_addresses=to_addresses,
                from_address=from_address,
            ),
            client=self._engine,
        )

    async def test_gotify_connection(
        self,
        *,
        server_url: str,
        app_token: str,
        priority: float,
        decoration: bool | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testGotifyConnection`"""
        from ...models.notification_test_gotify_connection_body import NotificationTestGotifyConnectionBody
        from .notification_test_gotify_connection import asyncio

        return await asyncio(
            body=NotificationTestGotifyConnectionBody(
                server_url=server_url,
                app_token=app_token,
                priority=priority,
                decoration=decoration,
            ),
            client=self._engine,
        )

    async def test_lark_connection(
        self,
        *,
        webhook_url: str,
    ) -> bool:
        """`POST /notification.testLarkConnection`"""
        from ...models.notification_test_lark_connection_body import NotificationTestLarkConnectionBody
        from .notification_test_lark_connection import asyncio

        return await asyncio(
            body=NotificationTestLarkConnectionBody(
                webhook_url=webhook_url,
            ),
            client=self._engine,
        )

    async def test_mattermost_connection(
        self,
        *,
        webhook_url: str,
        channel: str | Unset = UNSET,
        username: str | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testMattermostConnection`"""
        from ...models.notification_test_mattermost_connection_body import NotificationTestMattermostConnectionBody
        from .notification_test_mattermost_connection import asyncio

        return await asyncio(
            body=NotificationTestMattermostConnectionBody(
                webhook_url=webhook_url,
                channel=channel,
                username=username,
            ),
            client=self._engine,
        )

    async def test_ntfy_connection(
        self,
        *,
        server_url: str,
        topic: str,
        access_token: str,
        priority: float,
    ) -> bool:
        """`POST /notification.testNtfyConnection`"""
        from ...models.notification_test_ntfy_connection_body import NotificationTestNtfyConnectionBody
        from .notification_test_ntfy_connection import asyncio

        return await asyncio(
            body=NotificationTestNtfyConnectionBody(
                server_url=server_url,
                topic=topic,
                access_token=access_token,
                priority=priority,
            ),
            client=self._engine,
        )

    async def test_pushover_connection(
        self,
        *,
        user_key: str,
        api_token: str,
        priority: float,
        retry: float | None | Unset = UNSET,
        expire: float | None | Unset = UNSET,
    ) -> bool:
        """`POST /notification.testPushoverConnection`"""
        from ...models.notification_test_pushover_connection_body import NotificationTestPushoverConnectionBody
        from .notification_test_pushover_connection import asyncio

        return await asyncio(
            body=NotificationTestPushoverConnectionBody(
                user_key=user_key,
                api_token=api_token,
                priority=priority,
                retry=retry,
                expire=expire,
            ),
            client=self._engine,
        )

    async def test_resend_connection(
        self,
        *,
        api_key: str,
        from_address: str,
        to_addresses: list[str],
    ) -> bool:
        """`POST /notification.testResendConnection`"""
        from ...models.notification_test_resend_connection_body import NotificationTestResendConnectionBody
        from .notification_test_resend_connection import asyncio

        return await asyncio(
            body=NotificationTestResendConnectionBody(
                api_key=api_key,
                from_address=from_address,
                to_addresses=to_addresses,
            ),
            client=self._engine,
        )

    async def test_slack_connection(
        self,
        *,
        webhook_url: str,
        channel: str,
    ) -> bool:
        """`POST /notification.testSlackConnection`"""
        from ...models.notification_test_slack_connection_body import NotificationTestSlackConnectionBody
        from .notification_test_slack_connection import asyncio

        return await asyncio(
            body=NotificationTestSlackConnectionBody(
                webhook_url=webhook_url,
                channel=channel,
            ),
            client=self._engine,
        )

    async def test_teams_connection(
        self,
        *,
        webhook_url: str,
    ) -> bool:
        """`POST /notification.testTeamsConnection`"""
        from ...models.notification_test_teams_connection_body import NotificationTestTeamsConnectionBody
        from .notification_test_teams_connection import asyncio

        return await asyncio(
            body=NotificationTestTeamsConnectionBody(
                webhook_url=webhook_url,
            ),
            client=self._engine,
        )

    async def test_telegram_connection(
        self,
        *,
        bot_token: str,
        chat_id: str,
        message_thread_id: str,
    ) -> bool:
        """`POST /notification.testTelegramConnection`"""
        from ...models.notification_test_telegram_connection_body import NotificationTestTelegramConnectionBody
        from .notification_test_telegram_connection import asyncio

        return await asyncio(
            body=NotificationTestTelegramConnectionBody(
                bot_token=bot_token,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
            ),
            client=self._engine,
        )

    async def update_custom(
        self,
        *,
        notification_id: str,
        custom_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        endpoint: str | Unset = UNSET,
        headers: LabelsSwarm | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateCustom`"""
        from ...models.notification_update_custom_body import NotificationUpdateCustomBody
        from .notification_update_custom import asyncio

        return await asyncio(
            body=NotificationUpdateCustomBody(
                notification_id=notification_id,
                custom_id=custom_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                endpoint=endpoint,
                headers=headers,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    async def update_discord(
        self,
        *,
        notification_id: str,
        discord_id: str,
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
        decoration: bool | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateDiscord`"""
        from ...models.notification_update_discord_body import NotificationUpdateDiscordBody
        from .notification_update_discord import asyncio

        return await asyncio(
            body=NotificationUpdateDiscordBody(
                notification_id=notification_id,
                discord_id=discord_id,
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
                decoration=decoration,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    async def update_email(
        self,
        *,
        notification_id: str,
        email_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        smtp_server: str | Unset = UNSET,
        smtp_port: float | Unset = UNSET,
        username: str | Unset = UNSET,
        password: str | Unset = UNSET,
        from_address: str | Unset = UNSET,
        to_addresses: list[str] | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateEmail`"""
        from ...models.notification_update_email_body import NotificationUpdateEmailBody
        from .notification_update_email import asyncio

        return await asyncio(
            body=NotificationUpdateEmailBody(
                notification_id=notification_id,
                email_id=email_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                smtp_server=smtp_server,
                smtp_port=smtp_port,
                username=username,
                password=password,
                from_address=from_address,
                to_addresses=to_addresses,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    async def update_gotify(
        self,
        *,
        notification_id: str,
        gotify_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_url: str | Unset = UNSET,
        app_token: str | Unset = UNSET,
        priority: float | Unset = UNSET,
        decoration: bool | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateGotify`"""
        from ...models.notification_update_gotify_body import NotificationUpdateGotifyBody
        from .notification_update_gotify import asyncio

        return await asyncio(
            body=NotificationUpdateGotifyBody(
                notification_id=notification_id,
                gotify_id=gotify_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_url=server_url,
                app_token=app_token,
                priority=priority,
                decoration=decoration,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    async def update_lark(
        self,
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
    ) -> None:
        """`POST /notification.updateLark`"""
        from ...models.notification_update_lark_body import NotificationUpdateLarkBody
        from .notification_update_lark import asyncio

        return await asyncio(
            body=NotificationUpdateLarkBody(
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
            client=self._engine,
        )

    async def update_mattermost(
        self,
        *,
        notification_id: str,
        mattermost_id: str,
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
        channel: str | Unset = UNSET,
        username: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateMattermost`"""
        from ...models.notification_update_mattermost_body import NotificationUpdateMattermostBody
        from .notification_update_mattermost import asyncio

        return await asyncio(
            body=NotificationUpdateMattermostBody(
                notification_id=notification_id,
                mattermost_id=mattermost_id,
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
                username=username,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    async def update_ntfy(
        self,
        *,
        notification_id: str,
        ntfy_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_url: str | Unset = UNSET,
        topic: str | Unset = UNSET,
        access_token: str | Unset = UNSET,
        priority: float | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateNtfy`"""
        from ...models.notification_update_ntfy_body import NotificationUpdateNtfyBody
        from .notification_update_ntfy import asyncio

        return await asyncio(
            body=NotificationUpdateNtfyBody(
                notification_id=notification_id,
                ntfy_id=ntfy_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_url=server_url,
                topic=topic,
                access_token=access_token,
                priority=priority,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    async def update_pushover(
        self,
        *,
        notification_id: str,
        pushover_id: str,
        organization_id: str | Unset = UNSET,
        user_key: str | Unset = UNSET,
        api_token: str | Unset = UNSET,
        priority: float | Unset = UNSET,
        retry: float | None | Unset = UNSET,
        expire: float | None | Unset = UNSET,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
    ) -> None:
        """`POST /notification.updatePushover`"""
        from ...models.notification_update_pushover_body import NotificationUpdatePushoverBody
        from .notification_update_pushover import asyncio

        return await asyncio(
            body=NotificationUpdatePushoverBody(
                notification_id=notification_id,
                pushover_id=pushover_id,
                organization_id=organization_id,
                user_key=user_key,
                api_token=api_token,
                priority=priority,
                retry=retry,
                expire=expire,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
            ),
            client=self._engine,
        )

    async def update_resend(
        self,
        *,
        notification_id: str,
        resend_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        api_key: str | Unset = UNSET,
        from_address: str | Unset = UNSET,
        to_addresses: list[str] | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateResend`"""
        from ...models.notification_update_resend_body import NotificationUpdateResendBody
        from .notification_update_resend import asyncio

        return await asyncio(
            body=NotificationUpdateResendBody(
                notification_id=notification_id,
                resend_id=resend_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                api_key=api_key,
                from_address=from_address,
                to_addresses=to_addresses,
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    async def update_slack(
        self,
        *,
        notification_id: str,
        slack_id: str,
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
        channel: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateSlack`"""
        from ...models.notification_update_slack_body import NotificationUpdateSlackBody
        from .notification_update_slack import asyncio

        return await asyncio(
            body=NotificationUpdateSlackBody(
                notification_id=notification_id,
                slack_id=slack_id,
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
                organization_id=organization_id,
            ),
            client=self._engine,
        )

    async def update_teams(
        self,
        *,
        notification_id: str,
        teams_id: str,
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
    ) -> None:
        """`POST /notification.updateTeams`"""
        from ...models.notification_update_teams_body import NotificationUpdateTeamsBody
        from .notification_update_teams import asyncio

        return await asyncio(
            body=NotificationUpdateTeamsBody(
                notification_id=notification_id,
                teams_id=teams_id,
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
            client=self._engine,
        )

    async def update_telegram(
        self,
        *,
        notification_id: str,
        telegram_id: str,
        app_build_error: bool | Unset = UNSET,
        database_backup: bool | Unset = UNSET,
        dokploy_backup: bool | Unset = UNSET,
        volume_backup: bool | Unset = UNSET,
        dokploy_restart: bool | Unset = UNSET,
        name: str | Unset = UNSET,
        app_deploy: bool | Unset = UNSET,
        docker_cleanup: bool | Unset = UNSET,
        server_threshold: bool | Unset = UNSET,
        bot_token: str | Unset = UNSET,
        chat_id: str | Unset = UNSET,
        message_thread_id: str | Unset = UNSET,
        organization_id: str | Unset = UNSET,
    ) -> None:
        """`POST /notification.updateTelegram`"""
        from ...models.notification_update_telegram_body import NotificationUpdateTelegramBody
        from .notification_update_telegram import asyncio

        return await asyncio(
            body=NotificationUpdateTelegramBody(
                notification_id=notification_id,
                telegram_id=telegram_id,
                app_build_error=app_build_error,
                database_backup=database_backup,
                dokploy_backup=dokploy_backup,
                volume_backup=volume_backup,
                dokploy_restart=dokploy_restart,
                name=name,
                app_deploy=app_deploy,
                docker_cleanup=docker_cleanup,
                server_threshold=server_threshold,
                bot_token=bot_token,
                chat_id=chat_id,
                message_thread_id=message_thread_id,
                organization_id=organization_id,
            ),
            client=self._engine,
        )
