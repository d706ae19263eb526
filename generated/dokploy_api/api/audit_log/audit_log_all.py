"""`auditLog.all`: generated from Dokploy's spec; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast

from ...models.audit_log_all_result import AuditLogAllResult
from ...types import UNSET, Unset, kept_as_received

if TYPE_CHECKING:
    from ...client import AsyncEngine, SyncEngine
    from ...models.audit_log_all_action import AuditLogAllAction
    from ...models.audit_log_all_resource_type import AuditLogAllResourceType

OPERATION = "auditLog.all"
METHOD = "GET"
PATH = "/auditLog.all"


def _get_kwargs(
    *,
    user_id: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    resource_name: str | Unset = UNSET,
    action: AuditLogAllAction | Unset = UNSET,
    resource_type: AuditLogAllResourceType | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: float | Unset = 50.0,
    offset: float | Unset = 0.0,
) -> dict[str, Any]:
    params: dict[str, Any] = {}

    params["userId"] = user_id

    params["userEmail"] = user_email

    params["resourceName"] = resource_name

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action

    params["action"] = json_action

    json_resource_type: str | Unset = UNSET
    if not isinstance(resource_type, Unset):
        json_resource_type = resource_type

    params["resourceType"] = json_resource_type

    params["from"] = from_

    params["to"] = to

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {"method": METHOD, "url": PATH}
    _kwargs["params"] = params
    return _kwargs


def parse(data: Any) -> AuditLogAllResult:
    """Build the typed result from the decoded JSON body (None for an empty body)."""
    try:
        response_200 = AuditLogAllResult.from_dict(data)

    except (TypeError, ValueError, AttributeError, KeyError):
        return cast("AuditLogAllResult", kept_as_received(OPERATION, data))
    return response_200


def sync(
    *,
    user_id: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    resource_name: str | Unset = UNSET,
    action: AuditLogAllAction | Unset = UNSET,
    resource_type: AuditLogAllResourceType | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: float | Unset = 50.0,
    offset: float | Unset = 0.0,
    client: SyncEngine,
) -> AuditLogAllResult:
    return parse(
        client.request(
            OPERATION,
            **_get_kwargs(
                user_id=user_id,
                user_email=user_email,
                resource_name=resource_name,
                action=action,
                resource_type=resource_type,
                from_=from_,
                to=to,
                limit=limit,
                offset=offset,
            ),
        )
    )


async def asyncio(
    *,
    user_id: str | Unset = UNSET,
    user_email: str | Unset = UNSET,
    resource_name: str | Unset = UNSET,
    action: AuditLogAllAction | Unset = UNSET,
    resource_type: AuditLogAllResourceType | Unset = UNSET,
    from_: str | Unset = UNSET,
    to: str | Unset = UNSET,
    limit: float | Unset = 50.0,
    offset: float | Unset = 0.0,
    client: AsyncEngine,
) -> AuditLogAllResult:
    return parse(
        await client.request(
            OPERATION,
            **_get_kwargs(
                user_id=user_id,
                user_email=user_email,
                resource_name=resource_name,
                action=action,
                resource_type=resource_type,
                from_=from_,
                to=to,
                limit=limit,
                offset=offset,
            ),
        )
    )
