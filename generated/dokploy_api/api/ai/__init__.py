"""Operations of Dokploy's `ai` router: generated, do not edit.

Each method imports its operation module on first use, so touching one router
does not load the whole API.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...types import UNSET, Unset

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai import Ai
    from ...models.ai_analyze_logs_body_context import AiAnalyzeLogsBodyContext
    from ...models.ai_analyze_logs_result import AiAnalyzeLogsResult
    from ...models.ai_deploy_body_config_files_item import AiDeployBodyConfigFilesItem
    from ...models.ai_deploy_body_domains_item import AiDeployBodyDomainsItem
    from ...models.ai_get_custom_providers_item import AiGetCustomProvidersItem
    from ...models.ai_get_enabled_providers_item import AiGetEnabledProvidersItem
    from ...models.ai_get_models_item import AiGetModelsItem
    from ...models.ai_save_custom_providers_body_providers_item import AiSaveCustomProvidersBodyProvidersItem
    from ...models.ai_suggest_item import AiSuggestItem
    from ...models.ai_test_connection_result import AiTestConnectionResult


class AiResource:
    """`ai.*` operations, returning typed results."""

    __slots__ = ("_engine",)

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine

    def analyze_logs(
        self,
        *,
        ai_id: str,
        logs: str,
        context: AiAnalyzeLogsBodyContext,
    ) -> AiAnalyzeLogsResult:
        """`POST /ai.analyzeLogs`"""
        from .ai_analyze_logs import sync

        return sync(
            ai_id=ai_id,
            logs=logs,
            context=context,
            client=self._engine,
        )

    def create(
        self,
        *,
        name: str,
        api_url: str,
        api_key: str,
        model: str,
        is_enabled: bool,
    ) -> list[Any]:
        """`POST /ai.create`"""
        from .ai_create import sync

        return sync(
            name=name,
            api_url=api_url,
            api_key=api_key,
            model=model,
            is_enabled=is_enabled,
            client=self._engine,
        )

    def delete(
        self,
        *,
        ai_id: str,
    ) -> list[Any]:
        """`POST /ai.delete`"""
        from .ai_delete import sync

        return sync(
            ai_id=ai_id,
            client=self._engine,
        )

    def deploy(
        self,
        *,
        environment_id: str,
        id: str,
        docker_compose: str,
        env_variables: str,
        name: str,
        description: str,
        server_id: str | Unset = UNSET,
        domains: list[AiDeployBodyDomainsItem] | Unset = UNSET,
        config_files: list[AiDeployBodyConfigFilesItem] | Unset = UNSET,
    ) -> None:
        """`POST /ai.deploy`"""
        from .ai_deploy import sync

        return sync(
            environment_id=environment_id,
            id=id,
            docker_compose=docker_compose,
            env_variables=env_variables,
            name=name,
            description=description,
            server_id=server_id,
            domains=domains,
            config_files=config_files,
            client=self._engine,
        )

    def get(
        self,
        *,
        ai_id: str,
    ) -> Ai:
        """`GET /ai.get`"""
        from .ai_get import sync

        return sync(
            ai_id=ai_id,
            client=self._engine,
        )

    def get_all(
        self,
    ) -> list[Ai]:
        """`GET /ai.getAll`"""
        from .ai_get_all import sync

        return sync(
            client=self._engine,
        )

    def get_custom_providers(
        self,
    ) -> list[AiGetCustomProvidersItem]:
        """`GET /ai.getCustomProviders`"""
        from .ai_get_custom_providers import sync

        return sync(
            client=self._engine,
        )

    def get_enabled_providers(
        self,
    ) -> list[AiGetEnabledProvidersItem]:
        """`GET /ai.getEnabledProviders`"""
        from .ai_get_enabled_providers import sync

        return sync(
            client=self._engine,
        )

    def get_models(
        self,
        *,
        api_url: str,
        api_key: str,
    ) -> list[AiGetModelsItem]:
        """`GET /ai.getModels`"""
        from .ai_get_models import sync

        return sync(
            api_url=api_url,
            api_key=api_key,
            client=self._engine,
        )

    def one(
        self,
        *,
        ai_id: str,
    ) -> Ai:
        """`GET /ai.one`"""
        from .ai_one import sync

        return sync(
            ai_id=ai_id,
            client=self._engine,
        )

    def save_custom_providers(
        self,
        *,
        providers: list[AiSaveCustomProvidersBodyProvidersItem],
    ) -> list[AiGetCustomProvidersItem]:
        """`POST /ai.saveCustomProviders`"""
        from .ai_save_custom_providers import sync

        return sync(
            providers=providers,
            client=self._engine,
        )

    def suggest(
        self,
        *,
        ai_id: str,
        input_: str,
        server_id: str | Unset = UNSET,
    ) -> list[AiSuggestItem]:
        """`POST /ai.suggest`"""
        from .ai_suggest import sync

        return sync(
            ai_id=ai_id,
            input_=input_,
            server_id=server_id,
            client=self._engine,
        )

    def test_connection(
        self,
        *,
        api_url: str,
        api_key: str,
        model: str,
    ) -> AiTestConnectionResult:
        """`POST /ai.testConnection`"""
        from .ai_test_connection import sync

        return sync(
            api_url=api_url,
            api_key=api_key,
            model=model,
            client=self._engine,
        )

    def update(
        self,
        *,
        ai_id: str,
        name: str | Unset = UNSET,
        api_url: str | Unset = UNSET,
        api_key: str | Unset = UNSET,
        model: str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> list[Any]:
        """`POST /ai.update`"""
        from .ai_update import sync

        return sync(
            ai_id=ai_id,
            name=name,
            api_url=api_url,
            api_key=api_key,
            model=model,
            is_enabled=is_enabled,
            created_at=created_at,
            client=self._engine,
        )


class AsyncAiResource:
    """`ai.*` operations on the async engine."""

    __slots__ = ("_engine",)

    def __init__(self, engine: AsyncEngine) -> None:
        self._engine = engine

    async def analyze_logs(
        self,
        *,
        ai_id: str,
        logs: str,
        context: AiAnalyzeLogsBodyContext,
    ) -> AiAnalyzeLogsResult:
        """`POST /ai.analyzeLogs`"""
        from .ai_analyze_logs import asyncio

        return await asyncio(
            ai_id=ai_id,
            logs=logs,
            context=context,
            client=self._engine,
        )

    async def create(
        self,
        *,
        name: str,
        api_url: str,
        api_key: str,
        model: str,
        is_enabled: bool,
    ) -> list[Any]:
        """`POST /ai.create`"""
        from .ai_create import asyncio

        return await asyncio(
            name=name,
            api_url=api_url,
            api_key=api_key,
            model=model,
            is_enabled=is_enabled,
            client=self._engine,
        )

    async def delete(
        self,
        *,
        ai_id: str,
    ) -> list[Any]:
        """`POST /ai.delete`"""
        from .ai_delete import asyncio

        return await asyncio(
            ai_id=ai_id,
            client=self._engine,
        )

    async def deploy(
        self,
        *,
        environment_id: str,
        id: str,
        docker_compose: str,
        env_variables: str,
        name: str,
        description: str,
        server_id: str | Unset = UNSET,
        domains: list[AiDeployBodyDomainsItem] | Unset = UNSET,
        config_files: list[AiDeployBodyConfigFilesItem] | Unset = UNSET,
    ) -> None:
        """`POST /ai.deploy`"""
        from .ai_deploy import asyncio

        return await asyncio(
            environment_id=environment_id,
            id=id,
            docker_compose=docker_compose,
            env_variables=env_variables,
            name=name,
            description=description,
            server_id=server_id,
            domains=domains,
            config_files=config_files,
            client=self._engine,
        )

    async def get(
        self,
        *,
        ai_id: str,
    ) -> Ai:
        """`GET /ai.get`"""
        from .ai_get import asyncio

        return await asyncio(
            ai_id=ai_id,
            client=self._engine,
        )

    async def get_all(
        self,
    ) -> list[Ai]:
        """`GET /ai.getAll`"""
        from .ai_get_all import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_custom_providers(
        self,
    ) -> list[AiGetCustomProvidersItem]:
        """`GET /ai.getCustomProviders`"""
        from .ai_get_custom_providers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_enabled_providers(
        self,
    ) -> list[AiGetEnabledProvidersItem]:
        """`GET /ai.getEnabledProviders`"""
        from .ai_get_enabled_providers import asyncio

        return await asyncio(
            client=self._engine,
        )

    async def get_models(
        self,
        *,
        api_url: str,
        api_key: str,
    ) -> list[AiGetModelsItem]:
        """`GET /ai.getModels`"""
        from .ai_get_models import asyncio

        return await asyncio(
            api_url=api_url,
            api_key=api_key,
            client=self._engine,
        )

    async def one(
        self,
        *,
        ai_id: str,
    ) -> Ai:
        """`GET /ai.one`"""
        from .ai_one import asyncio

        return await asyncio(
            ai_id=ai_id,
            client=self._engine,
        )

    async def save_custom_providers(
        self,
        *,
        providers: list[AiSaveCustomProvidersBodyProvidersItem],
    ) -> list[AiGetCustomProvidersItem]:
        """`POST /ai.saveCustomProviders`"""
        from .ai_save_custom_providers import asyncio

        return await asyncio(
            providers=providers,
            client=self._engine,
        )

    async def suggest(
        self,
        *,
        ai_id: str,
        input_: str,
        server_id: str | Unset = UNSET,
    ) -> list[AiSuggestItem]:
        """`POST /ai.suggest`"""
        from .ai_suggest import asyncio

        return await asyncio(
            ai_id=ai_id,
            input_=input_,
            server_id=server_id,
            client=self._engine,
        )

    async def test_connection(
        self,
        *,
        api_url: str,
        api_key: str,
        model: str,
    ) -> AiTestConnectionResult:
        """`POST /ai.testConnection`"""
        from .ai_test_connection import asyncio

        return await asyncio(
            api_url=api_url,
            api_key=api_key,
            model=model,
            client=self._engine,
        )

    async def update(
        self,
        *,
        ai_id: str,
        name: str | Unset = UNSET,
        api_url: str | Unset = UNSET,
        api_key: str | Unset = UNSET,
        model: str | Unset = UNSET,
        is_enabled: bool | Unset = UNSET,
        created_at: str | Unset = UNSET,
    ) -> list[Any]:
        """`POST /ai.update`"""
        from .ai_update import asyncio

        return await asyncio(
            ai_id=ai_id,
            name=name,
            api_url=api_url,
            api_key=api_key,
            model=model,
            is_enabled=is_enabled,
            created_at=created_at,
            client=self._engine,
        )
