"""`ai.analyzeLogs`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ai_analyze_logs_result import AiAnalyzeLogsResult
from ...types import kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_analyze_logs_body import AiAnalyzeLogsBody

OPERATION = "ai.analyzeLogs"
METHOD = "POST"
PATH = "/ai.analyzeLogs"


def _get_kwargs(
    *,
    body: AiAnalyzeLogsBody,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["json"] = body.to_dict()

    return _kwargs


def parse(data: Any) -> AiAnalyzeLogsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = AiAnalyzeLogsResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AiAnalyzeLogsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    body: AiAnalyzeLogsBody,
    client: SyncEngine,
) -> AiAnalyzeLogsResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )


async def asyncio(
    *,
    body: AiAnalyzeLogsBody,
    client: AsyncEngine,
) -> AiAnalyzeLogsResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                body=body,
            ),
        )
    )
