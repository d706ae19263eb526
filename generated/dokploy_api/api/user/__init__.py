"""Operations of Dokploy's `user` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.member import Member
    from ...models.user_create_api_key_body_metadata import UserCreateApiKeyBodyMetadata
    from ...models.user_create_api_key_result import UserCreateApiKeyResult
    from ...models.user_create_user_with_credentials_result import UserCreateUserWithCredentialsResult
    from ...models.user_generate_token_result import UserGenerateTokenResult
    from ...models.user_get_backups_result import UserGetBackupsResult
    from ...models.user_get_container_metrics_item import UserGetContainerMetricsItem
    from ...models.user_get_invitations_item import UserGetInvitationsItem
    from ...models.user_get_metrics_token_result import UserGetMetricsTokenResult
    from ...models.user_get_permissions_result import UserGetPermissionsResult
    from ...models.user_get_result import UserGetResult
    from ...models.user_get_server_metrics_result import UserGetServerMetricsResult
    from ...models.user_get_user_by_token_result import UserGetUserByTokenResult
    from ...models.user_list_passkeys_item import UserListPasskeysItem
    from ...models.user_list_sessions_item import UserListSessionsItem
    from ...models.user_session_result import UserSessionResult
    from ...models.user_toggle_template_bookmark_result import UserToggleTemplateBookmarkResult


class UserResource:
    """`user.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def all(
        self,
    ) -> list[Member]:
        """`GET /user.all`"""
        from .user_all import sync

        return sync(
            client=self._engine,
        )

    def assign_permissions(
        self,
        *,
        id: str,
        accessed_projects: list[str],
        accessed_environments: list[str],
        accessed_services: list[str],
        accessed_git_providers: list[str],
        accessed_servers: list[str],
        can_create_projects: bool,
        can_create_services: bool,
        can_delete_projects: bool,
        can_delete_services: bool,
        can_access_to_docker: bool,
        can_access_to_traefik_files: bool,
        can_access_to_api: bool,
        can_access_to_ssh_keys: bool,
        can_access_to_git_providers: bool,
        can_delete_environments: bool,
        can_create_environments: bool,
    ) -> None:
        """`POST /user.assignPermissions`"""
        from .user_assign_permissions import sync

        return sync(
            id=id,
            accessed_projects=accessed_projects,
            accessed_environments=accessed_environments,
            accessed_services=accessed_services,
            accessed_git_providers=accessed_git_providers,
            accessed_servers=accessed_servers,
            can_create_projects=can_create_projects,
            can_create_services=can_create_services,
            can_delete_projects=can_delete_projects,
            can_delete_services=can_delete_services,
            can_access_to_docker=can_access_to_docker,
            can_access_to_traefik_files=can_access_to_traefik_files,
            can_access_to_api=can_access_to_api,
            can_access_to_ssh_keys=can_access_to_ssh_keys,
            can_access_to_git_providers=can_access_to_git_providers,
            can_delete_environments=can_delete_environments,
            can_create_environments=can_create_environments,
            client=self._engine,
        )

    def check_user_organizations(
        self,
        *,
        user_id: str,
    ) -> float:
        """`GET /user.checkUserOrganizations`"""
        from .user_check_user_organizations import sync

        return sync(
            user_id=user_id,
            client=self._engine,
        )

    def create_api_key(
        self,
        *,
        name: str,
        metadata: UserCreateApiKeyBodyMetadata,
        prefix: str | Unset = UNSET,
        expires_in: float | Unset = UNSET,
        rate_limit_enabled: bool | Unset = UNSET,
        rate_limit_time_window: float | Unset = UNSET,
        rate_limit_max: float | Unset = UNSET,
        remaining: float | Unset = UNSET,
        refill_amount: float | Unset = UNSET,
        refill_interval: float | Unset = UNSET,
    ) -> UserCreateApiKeyResult:
        """`POST /user.createApiKey`"""
        from .user_create_api_key import sync

        return sync(
            name=name,
            metadata=metadata,
            prefix=prefix,
            expires_in=expires_in,
            rate_limit_enabled=rate_limit_enabled,
            rate_limit_time_window=rate_limit_time_window,
            rate_limit_max=rate_limit_max,
            remaining=remaining,
            refill_amount=refill_amount,
            refill_interval=refill_interval,
            client=self._engine,
        )

    def create_user_with_credentials(
        self,
        *,
        email: str,
        password: str,
        role: str,
    ) -> UserCreateUserWithCredentialsResult:
        """`POST /user.createUserWithCredentials`"""
        from .user_create_user_with_credentials import sync

        return sync(
            email=email,
            password=password,
            role=role,
            client=self._engine,
        )

    def delete_api_key(
        self,
        *,
        api_key_id: str,
    ) -> bool:
        """`POST /user.deleteApiKey`"""
        from .user_delete_api_key import sync

        return sync(
            api_key_id=api_key_id,
            client=self._engine,
        )

    def generate_token(
        self,
    ) -> UserGenerateTokenResult:
        """`POST /user.generateToken`"""
        from .user_generate_token import sync

        return sync(
            client=self._engine,
        )

    def get(
        self,
    ) -> None | UserGetResult:
        """`GET /user.get`"""
        from .user_get import sync

        return sync(
            client=self._engine,
        )

    def get_backups(
        self,
    ) -> None | UserGetBackupsResult:
        """`GET /user.getBackups`"""
        from .user_get_backups import sync

        return sync(
            client=self._engine,
        )

    def get_bookmarked_templates(
        self,
    ) -> list[str]:
        """`GET /user.getBookmarkedTemplates`"""
        from .user_get_bookmarked_templates import sync

        return sync(
            client=self._engine,
        )

    def get_container_metrics(
        self,
        *,
        url_query: str,
        token: str,
        app_name: str,
        data_points: str,
    ) -> list[UserGetContainerMetricsItem]:
        """`GET /user.getContainerMetrics`"""
        from .user_get_container_metrics import sync

        return sync(
            url_query=url_query,
            token=token,
            app_name=app_name,
            data_points=data_points,
            client=self._engine,
        )

    def get_invitations(
        self,
    ) -> list[UserGetInvitationsItem]:
        """`GET /user.getInvitations`"""
        from .user_get_invitations import sync

        return sync(
            client=self._engine,
        )

    def get_metrics_token(
        self,
    ) -> UserGetMetricsTokenResult:
        """`GET /user.getMetricsToken`"""
        from .user_get_metrics_token import sync

        return sync(
            client=self._engine,
        )

    def get_permissions(
        self,
    ) -> UserGetPermissionsResult:
        """`GET /user.getPermissions`"""
        from .user_get_permissions import sync

        return sync(
            client=self._engine,
        )

    def get_server_metrics(
        self,
    ) -> None | UserGetServerMetricsResult:
        """`GET /user.getServerMetrics`"""
        from .user_get_server_metrics import sync

        return sync(
            client=self._engine,
        )

    def get_user_by_token(
        self,
        *,
        token: str,
    ) -> UserGetUserByTokenResult:
        """`GET /user.getUserByToken`"""
        from .user_get_user_by_token import sync

        return sync(
            token=token,
            client=self._engine,
        )

    def have_root_access(
        self,
    ) -> bool:
        """`GET /user.haveRootAccess`"""
        from .user_have_root_access import sync

        return sync(
            client=self._engine,
        )

    def list_passkeys(
        self,
    ) -> list[UserListPasskeysItem]:
        """`GET /user.listPasskeys`"""
        from .user_list_passkeys import sync

        return sync(
            client=self._engine,
        )

    def list_sessions(
        self,
    ) -> list[UserListSessionsItem]:
        """`GET /user.listSessions`"""
        from .user_list_sessions import sync

        return sync(
            client=self._engine,
        )

    def one(
        self,
        *,
        user_id: str,
    ) -> Member:
        """`GET /user.one`"""
        from .user_one import sync

        return sync(
            user_id=user_id,
            client=self._engine,
        )

    def remove(
        self,
        *,
        user_id: str,
    ) -> bool | None:
        """`POST /user.remove`"""
        from .user_remove import sync

        return sync(
            user_id=user_id,
            client=self._engine,
        )

    def revoke_session(
        self,
        *,
        session_id: str,
    ) -> bool:
        """`POST /user.revokeSession`"""
        from .user_revoke_session import sync

        return sync(
            session_id=session_id,
            client=self._engine,
        )

    def send_invitation(
        self,
        *,
        invitation_id: str,
        notification_id: str,
    ) -> None | str:
        """`POST /user.sendInvitation`"""
        from .user_send_invitation import sync

        return sync(
            invitation_id=invitation_id,
            notification_id=notification_id,
            client=self._engine,
        )

    def session(
        self,
    ) -> None | UserSessionResult:
        """`GET /user.session`"""
        from .user_session import sync

        return sync(
            client=self._engine,
        )

    def toggle_template_bookmark(
        self,
        *,
        template_id: str,
    ) -> UserToggleTemplateBookmarkResult:
        """`POST /user.toggleTemplateBookmark`"""
        from .user_toggle_template_bookmark import sync

        return sync(
            template_id=template_id,
            client=self._engine,
        )

    def update(
        self,
        *,
        id: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        is_registered: bool | Unset = UNSET,
        expiration_date: str | Unset = UNSET,
        created_at_2: str | Unset = UNSET,
        created_at: None | str | Unset = UNSET,
        two_factor_enabled: bool | None | Unset = UNSET,
        email: str | Unset = UNSET,
        email_verified: bool | Unset = UNSET,
        image: None | str | Unset = UNSET,
        banned: bool | None | Unset = UNSET,
        ban_reason: None | str | Unset = UNSET,
        ban_expires: None | str | Unset = UNSET,
        updated_at: str | Unset = UNSET,
        enable_paid_features: bool | Unset = UNSET,
        allow_impersonation: bool | Unset = UNSET,
        enable_enterprise_features: bool | Unset = UNSET,
        license_key: None | str | Unset = UNSET,
        stripe_customer_id: None | str | Unset = UNSET,
        stripe_subscription_id: None | str | Unset = UNSET,
        servers_quantity: float | Unset = UNSET,
        send_invoice_notifications: bool | Unset = UNSET,
        password: str | Unset = UNSET,
        current_password: str | Unset = UNSET,
    ) -> None | UserGetServerMetricsResult:
        """`POST /user.update`"""
        from .user_update import sync

        return sync(
            id=id,
            first_name=first_name,
            last_name=last_name,
            is_registered=is_registered,
            expiration_date=expiration_date,
            created_at_2=created_at_2,
            created_at=created_at,
            two_factor_enabled=two_factor_enabled,
            email=email,
            email_verified=email_verified,
            image=image,
            banned=banned,
            ban_reason=ban_reason,
            ban_expires=ban_expires,
            updated_at=updated_at,
            enable_paid_features=enable_paid_features,
            allow_impersonation=allow_impersonation,
            enable_enterprise_features=enable_enterprise_features,
            license_key=license_key,
            stripe_customer_id=stripe_customer_id,
            stripe_subscription_id=stripe_subscription_id,
            servers_quantity=servers_quantity,
            send_invoice_notifications=send_invoice_notifications,
            password=password,
            current_password=current_password,
            client=self._engine,
        )


class AsyncUserResource:
    """`user.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def all(
        self,
    ) -> list[Member]:
        """`GET /user.all`"""
        from .user_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def assign_permissions(
        self,
        *,
        id: str,
        accessed_projects: list[str],
        accessed_environments: list[str],
        accessed_services: list[str],
        accessed_git_providers: list[str],
        accessed_servers: list[str],
        can_create_projects: bool,
        can_create_services: bool,
        can_delete_projects: bool,
        can_delete_services: bool,
        can_access_to_docker: bool,
        can_access_to_traefik_files: bool,
        can_access_to_api: bool,
        can_access_to_ssh_keys: bool,
        can_access_to_git_providers: bool,
        can_delete_environments: bool,
        can_create_environments: bool,
    ) -> None:
        """`POST /user.assignPermissions`"""
        from .user_assign_permissions import asyncio

        return await asyncio(
            id=id,
            accessed_projects=accessed_projects,
            accessed_environments=accessed_environments,
            accessed_services=accessed_services,
            accessed_git_providers=accessed_git_providers,
            accessed_servers=accessed_servers,
            can_create_projects=can_create_projects,
            can_create_services=can_create_services,
            can_delete_projects=can_delete_projects,
            can_delete_services=can_delete_services,
            can_access_to_docker=can_access_to_docker,
            can_access_to_traefik_files=can_access_to_traefik_files,
            can_access_to_api=can_access_to_api,
            can_access_to_ssh_keys=can_access_to_ssh_keys,
            can_access_to_git_providers=can_access_to_git_providers,
            can_delete_environments=can_delete_environments,
            can_create_environments=can_create_environments,
            client=self._engine,
        )

    async def check_user_organizations(
        self,
        *,
        user_id: str,
    ) -> float:
        """`GET /user.checkUserOrganizations`"""
        from .user_check_user_organizations import asyncio

        return await asyncio(
            user_id=user_id,
            client=self._engine,
        )

    async def create_api_key(
        self,
        *,
        name: str,
        metadata: UserCreateApiKeyBodyMetadata,
        prefix: str | Unset = UNSET,
        expires_in: float | Unset = UNSET,
        rate_limit_enabled: bool | Unset = UNSET,
        rate_limit_time_window: float | Unset = UNSET,
        rate_limit_max: float | Unset = UNSET,
        remaining: float | Unset = UNSET,
        refill_amount: float | Unset = UNSET,
        refill_interval: float | Unset = UNSET,
    ) -> UserCreateApiKeyResult:
        """`POST /user.createApiKey`"""
        from .user_create_api_key import asyncio

        return await asyncio(
            name=name,
            metadata=metadata,
            prefix=prefix,
            expires_in=expires_in,
            rate_limit_enabled=rate_limit_enabled,
            rate_limit_time_window=rate_limit_time_window,
            rate_limit_max=rate_limit_max,
            remaining=remaining,
            refill_amount=refill_amount,
            refill_interval=refill_interval,
            client=self._engine,
        )

    async def create_user_with_credentials(
        self,
        *,
        email: str,
        password: str,
        role: str,
    ) -> UserCreateUserWithCredentialsResult:
        """`POST /user.createUserWithCredentials`"""
        from .user_create_user_with_credentials import asyncio

        return await asyncio(
            email=email,
            password=password,
            role=role,
            client=self._engine,
        )

    async def delete_api_key(
        self,
        *,
        api_key_id: str,
    ) -> bool:
        """`POST /user.deleteApiKey`"""
        from .user_delete_api_key import asyncio

        return await asyncio(
            api_key_id=api_key_id,
            client=self._engine,
        )

    async def generate_token(
        self,
    ) -> UserGenerateTokenResult:
        """`POST /user.generateToken`"""
        from .user_generate_token import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get(
        self,
    ) -> None | UserGetResult:
        """`GET /user.get`"""
        from .user_get import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_backups(
        self,
    ) -> None | UserGetBackupsResult:
        """`GET /user.getBackups`"""
        from .user_get_backups import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_bookmarked_templates(
        self,
    ) -> list[str]:
        """`GET /user.getBookmarkedTemplates`"""
        from .user_get_bookmarked_templates import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_container_metrics(
        self,
        *,
        url_query: str,
        token: str,
        app_name: str,
        data_points: str,
    ) -> list[UserGetContainerMetricsItem]:
        """`GET /user.getContainerMetrics`"""
        from .user_get_container_metrics import asyncio

        return await asyncio(
            url_query=url_query,
            token=token,
            app_name=app_name,
            data_points=data_points,
            client=self._engine,
        )

    async def get_invitations(
        self,
    ) -> list[UserGetInvitationsItem]:
        """`GET /user.getInvitations`"""
        from .user_get_invitations import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_metrics_token(
        self,
    ) -> UserGetMetricsTokenResult:
        """`GET /user.getMetricsToken`"""
        from .user_get_metrics_token import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_permissions(
        self,
    ) -> UserGetPermissionsResult:
        """`GET /user.getPermissions`"""
        from .user_get_permissions import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_server_metrics(
        self,
    ) -> None | UserGetServerMetricsResult:
        """`GET /user.getServerMetrics`"""
        from .user_get_server_metrics import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_user_by_token(
        self,
        *,
        token: str,
    ) -> UserGetUserByTokenResult:
        """`GET /user.getUserByToken`"""
        from .user_get_user_by_token import asyncio

        return await asyncio(
            token=token,
            client=self._engine,
        )

    async def have_root_access(
        self,
    ) -> bool:
        """`GET /user.haveRootAccess`"""
        from .user_have_root_access import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def list_passkeys(
        self,
    ) -> list[UserListPasskeysItem]:
        """`GET /user.listPasskeys`"""
        from .user_list_passkeys import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def list_sessions(
        self,
    ) -> list[UserListSessionsItem]:
        """`GET /user.listSessions`"""
        from .user_list_sessions import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def one(
        self,
        *,
        user_id: str,
    ) -> Member:
        """`GET /user.one`"""
        from .user_one import asyncio

        return await asyncio(
            user_id=user_id,
            client=self._engine,
        )

    async def remove(
        self,
        *,
        user_id: str,
    ) -> bool | None:
        """`POST /user.remove`"""
        from .user_remove import asyncio

        return await asyncio(
            user_id=user_id,
            client=self._engine,
        )

    async def revoke_session(
        self,
        *,
        session_id: str,
    ) -> bool:
        """`POST /user.revokeSession`"""
        from .user_revoke_session import asyncio

        return await asyncio(
            session_id=session_id,
            client=self._engine,
        )

    async def send_invitation(
        self,
        *,
        invitation_id: str,
        notification_id: str,
    ) -> None | str:
        """`POST /user.sendInvitation`"""
        from .user_send_invitation import asyncio

        return await asyncio(
            invitation_id=invitation_id,
            notification_id=notification_id,
            client=self._engine,
        )

    async def session(
        self,
    ) -> None | UserSessionResult:
        """`GET /user.session`"""
        from .user_session import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def toggle_template_bookmark(
        self,
        *,
        template_id: str,
    ) -> UserToggleTemplateBookmarkResult:
        """`POST /user.toggleTemplateBookmark`"""
        from .user_toggle_template_bookmark import asyncio

        return await asyncio(
            template_id=template_id,
            client=self._engine,
        )

    async def update(
        self,
        *,
        id: str | Unset = UNSET,
        first_name: str | Unset = UNSET,
        last_name: str | Unset = UNSET,
        is_registered: bool | Unset = UNSET,
        expiration_date: str | Unset = UNSET,
        created_at_2: str | Unset = UNSET,
        created_at: None | str | Unset = UNSET,
        two_factor_enabled: bool | None | Unset = UNSET,
        email: str | Unset = UNSET,
        email_verified: bool | Unset = UNSET,
        image: None | str | Unset = UNSET,
        banned: bool | None | Unset = UNSET,
        ban_reason: None | str | Unset = UNSET,
        ban_expires: None | str | Unset = UNSET,
        updated_at: str | Unset = UNSET,
        enable_paid_features: bool | Unset = UNSET,
        allow_impersonation: bool | Unset = UNSET,
        enable_enterprise_features: bool | Unset = UNSET,
        license_key: None | str | Unset = UNSET,
        stripe_customer_id: None | str | Unset = UNSET,
        stripe_subscription_id: None | str | Unset = UNSET,
        servers_quantity: float | Unset = UNSET,
        send_invoice_notifications: bool | Unset = UNSET,
        password: str | Unset = UNSET,
        current_password: str | Unset = UNSET,
    ) -> None | UserGetServerMetricsResult:
        """`POST /user.update`"""
        from .user_update import asyncio

        return await asyncio(
            id=id,
            first_name=first_name,
            last_name=last_name,
            is_registered=is_registered,
            expiration_date=expiration_date,
            created_at_2=created_at_2,
            created_at=created_at,
            two_factor_enabled=two_factor_enabled,
            email=email,
            email_verified=email_verified,
            image=image,
            banned=banned,
            ban_reason=ban_reason,
            ban_expires=ban_expires,
            updated_at=updated_at,
            enable_paid_features=enable_paid_features,
            allow_impersonation=allow_impersonation,
            enable_enterprise_features=enable_enterprise_features,
            license_key=license_key,
            stripe_customer_id=stripe_customer_id,
            stripe_subscription_id=stripe_subscription_id,
            servers_quantity=servers_quantity,
            send_invoice_notifications=send_invoice_notifications,
            password=password,
            current_password=current_password,
            client=self._engine,
        )
