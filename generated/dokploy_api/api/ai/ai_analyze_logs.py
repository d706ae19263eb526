"""`ai.analyzeLogs`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.ai_analyze_logs_result import AiAnalyzeLogsResult
from ...types import json_body, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.ai_analyze_logs_body_context import AiAnalyzeLogsBodyContext

OPERATION = "ai.analyzeLogs"
METHOD = "POST"
PATH = "/ai.analyzeLogs"


def _get_kwargs(
    *,
    ai_id: str,
    logs: str,
    context: AiAnalyzeLogsBodyContext,
) -> dict[str, Any]:
    # The JSON body from the keyword arguments: UNSET left out, None sent as null.
    return {
        "method": METHOD,
        "url": PATH,
        "json": json_body(
            {
                "aiId": ai_id,
                "logs": logs,
                "context": context,
            }
        ),
    }


def parse(data: Any) -> AiAnalyzeLogsResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = AiAnalyzeLogsResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AiAnalyzeLogsResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    ai_id: str,
    logs: str,
    context: AiAnalyzeLogsBodyContext,
    client: SyncEngine,
) -> AiAnalyzeLogsResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
                logs=logs,
                context=context,
            ),
        )
    )


async def asyncio(
    *,
    ai_id: str,
    logs: str,
    context: AiAnalyzeLogsBodyContext,
    client: AsyncEngine,
) -> AiAnalyzeLogsResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                ai_id=ai_id,
                logs=logs,
                context=context,
            ),
        )
    )
