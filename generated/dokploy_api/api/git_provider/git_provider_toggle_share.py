"""`gitProvider.toggleShare`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.git_provider_remove_result import GitProviderRemoveResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine

OPERATION = "gitProvider.toggleShare"
METHOD = "POST"
PATH = "/gitProvider.toggleShare"


def _get_kwargs(
    *,
    git_provider_id: str,
    shared_with_organization: bool,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "gitProviderId": git_provider_id,
                "sharedWithOrganization": shared_with_organization,
            }
        ),
    }


def parse(data: Any) -> GitProviderRemoveResult | None:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:

        def _parse_response_200(data: object) -> GitProviderRemoveResult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GitProviderRemoveResult.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(GitProviderRemoveResult | None, data)

        response_200 = _parse_response_200(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("GitProviderRemoveResult | None", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    git_provider_id: str,
    shared_with_organization: bool,
    client: SyncEngine,
) -> GitProviderRemoveResult | None:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                git_provider_id=git_provider_id,
                shared_with_organization=shared_with_organization,
            ),
        )
    )


async def asyncio(
    *,
    git_provider_id: str,
    shared_with_organization: bool,
    client: AsyncEngine,
) -> GitProviderRemoveResult | None:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                git_provider_id=git_provider_id,
                shared_with_organization=shared_with_organization,
            ),
        )
    )
