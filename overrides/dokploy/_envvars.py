"""Saving environment variables: accept a dict or a ready block, never clobber the rest.

``application.saveEnvironment`` rejects a body without ``buildArgs``,
``buildSecrets`` and ``createEnvFile`` (400), and sending None would erase
them; so what the caller does not give is copied from the application as it is.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from dokploy_api.types import Unset

from ._compat import accepts, has, missing
from ._envfile import format_env_block, parse_env_block
from ._exceptions import OperationNotAvailable
from ._steps import Call, Workflow

EnvValue = Mapping[str, str] | str  # the env block itself: "" clears it
EnvInput = EnvValue | None  # build_args/build_secrets: None keeps what is stored


def require_env(env: object) -> None:
    """``env`` replaces the whole block, so None (which Dokploy stores as no variables) is refused."""
    if env is None:
        raise TypeError(
            "save_environment: env=None would erase every variable; pass a dict or a "
            'KEY=value block, "" to clear them, or merge=True to change only some'
        )
    if not isinstance(env, (str, Mapping)):
        raise TypeError(f"save_environment: env must be a dict or a str, not {type(env).__name__}")


def env_text(env: EnvInput) -> str | None:
    """A dict (or ``EnvBlock``) becomes ``KEY=value`` lines; a string is sent as it is."""
    if env is None or isinstance(env, str):
        return env
    return format_env_block(env)


def save_application_env(
    application_id: str,
    env: EnvValue,
    *,
    build_args: EnvInput = None,
    build_secrets: EnvInput = None,
    create_env_file: bool | None = None,
    merge: bool = False,
) -> Workflow[bool]:
    require_env(env)
    body: dict[str, Any] = {"application_id": application_id}
    needs_current = merge or build_args is None or build_secrets is None or create_env_file is None
    current: Any = (
        (yield Call("application.one", {"application_id": application_id})) if needs_current else None
    )
    body["env"] = _merged(current.env, env) if merge else env_text(env)
    body["build_args"] = _current(current, "build_args") if build_args is None else env_text(build_args)
    body["build_secrets"] = (
        _current(current, "build_secrets") if build_secrets is None else env_text(build_secrets)
    )
    body["create_env_file"] = (
        bool(_current(current, "create_env_file", True)) if create_env_file is None else create_env_file
    )
    saved: bool = yield Call("application.save_environment", body)
    return saved


def save_compose_env(
    compose_id: str, env: EnvValue, *, create_env_file: bool | None = None, merge: bool = False
) -> Workflow[bool]:
    """``compose.saveEnvironment``; where the client or the server has none (before
    v0.29), ``compose.update`` sets ``env`` instead (it cannot set ``createEnvFile``)."""
    require_env(env)
    if not has(SAVE) and create_env_file is not None and not accepts(UPDATE, "create_env_file"):
        raise missing(UPDATE, field="create_env_file")
    text = env_text(env)
    if merge:
        current: Any = yield Call("compose.one", {"compose_id": compose_id})
        text = _merged(current.env, env)
    body: dict[str, Any] = {"compose_id": compose_id, "env": text}
    if create_env_file is not None:
        body["create_env_file"] = create_env_file
    if has(SAVE):
        try:
            saved: bool = yield Call(SAVE, body)
            return saved
        except OperationNotAvailable:
            if create_env_file is not None:
                raise  # the older server's update would drop it without a word
    yield Call(UPDATE, body)
    return True


SAVE, UPDATE = "compose.save_environment", "compose.update"


def save_database_env(
    router: str, id_argument: str, service_id: str, env: EnvValue, *, merge: bool = False
) -> Workflow[bool]:
    require_env(env)
    if not has(f"{router}.save_environment"):
        raise missing(f"{router}.save_environment")
    text = env_text(env)
    if merge:
        current: Any = yield Call(f"{router}.one", {id_argument: service_id})
        text = _merged(current.env, env)
    saved: bool = yield Call(f"{router}.save_environment", {id_argument: service_id, "env": text})
    return saved


def _current(record: Any, name: str, default: Any = None) -> Any:
    value = getattr(record, name, default)
    return default if value is None or isinstance(value, Unset) else value


def _merged(existing: Any, env: EnvValue) -> str:
    """``env``'s variables set into the stored block, its comments and order kept."""
    block = parse_env_block(existing if isinstance(existing, str) else None)
    updates = parse_env_block(env) if isinstance(env, str) else dict(env)
    return format_env_block(block.updated(updates))
