"""`application.saveBuildType`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...types import UNSET, Unset, json_body

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.application_save_build_type_body_build_type import ApplicationSaveBuildTypeBodyBuildType

OPERATION = "application.saveBuildType"
METHOD = "POST"
PATH = "/application.saveBuildType"


def _get_kwargs(
    *,
    application_id: str,
    build_type: ApplicationSaveBuildTypeBodyBuildType,
    dockerfile: None | str,
    docker_context_path: None | str,
    docker_build_stage: None | str,
    heroku_version: None | str,
    railpack_version: None | str,
    publish_directory: None | str | Unset = UNSET,
    is_static_spa: bool | None | Unset = UNSET,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "applicationId": application_id,
                "buildType": build_type,
                "dockerfile": dockerfile,
                "dockerContextPath": docker_context_path,
                "dockerBuildStage": docker_build_stage,
                "herokuVersion": heroku_version,
                "railpackVersion": railpack_version,
                "publishDirectory": publish_directory,
                "isStaticSpa": is_static_spa,
            }
        ),
    }


def parse(data: Any) -> bool:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    return cast(bool, data)


def sync(
    *,
    application_id: str,
    build_type: ApplicationSaveBuildTypeBodyBuildType,
    dockerfile: None | str,
    docker_context_path: None | str,
    docker_build_stage: None | str,
    heroku_version: None | str,
    railpack_version: None | str,
    publish_directory: None | str | Unset = UNSET,
    is_static_spa: bool | None | Unset = UNSET,
    client: SyncEngine,
) -> bool:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                build_type=build_type,
                dockerfile=dockerfile,
                docker_context_path=docker_context_path,
                docker_build_stage=docker_build_stage,
                heroku_version=heroku_version,
                railpack_version=railpack_version,
                publish_directory=publish_directory,
                is_static_spa=is_static_spa,
            ),
        )
    )


async def asyncio(
    *,
    application_id: str,
    build_type: ApplicationSaveBuildTypeBodyBuildType,
    dockerfile: None | str,
    docker_context_path: None | str,
    docker_build_stage: None | str,
    heroku_version: None | str,
    railpack_version: None | str,
    publish_directory: None | str | Unset = UNSET,
    is_static_spa: bool | None | Unset = UNSET,
    client: AsyncEngine,
) -> bool:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                application_id=application_id,
                build_type=build_type,
                dockerfile=dockerfile,
                docker_context_path=docker_context_path,
                docker_build_stage=docker_build_stage,
                heroku_version=heroku_version,
                railpack_version=railpack_version,
                publish_directory=publish_directory,
                is_static_spa=is_static_spa,
            ),
        )
    )
