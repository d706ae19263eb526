"""Saving environment variables: accept a dict or a ready block, never clobber the rest.

``application.saveEnvironment`` rejects a body without ``buildArgs``,
``buildSecrets`` and ``createEnvFile`` (400), and sending None would erase
them; so what the caller does not give (``UNSET``, the default) is copied from
the application as it is. ``None`` clears, as in the generated operation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from dokploy_api.types import UNSET, Unset

from ._compat import accepts, missing
from ._envfile import format_env_block, parse_env_block
from ._exceptions import OperationNotAvailable
from ._steps import Call, Workflow, call

EnvValue = Mapping[str, str] | str  # the env block itself: "" clears it
EnvInput = EnvValue | None  # build_args/build_secrets: None keeps what is stored


def require_env(env: object, merge: bool = False) -> None:
    """``env`` is a dict or a block; None clears the block as the generated operation does
    (Dokploy stores no variables), but not with ``merge`` (nothing to merge)."""
    if env is None and merge:
        raise TypeError('save_environment: merge=True needs the variables to set, not None ("" clears)')
    if env is not None and not isinstance(env, (str, Mapping)):
        raise TypeError(f"save_environment: env must be a dict or a str, not {type(env).__name__}")


def env_text(env: EnvInput) -> str | None:
    """A dict (or ``EnvBlock``) becomes ``KEY=value`` lines; a string is sent as it is."""
    if env is None or isinstance(env, str):
        return env
    return format_env_block(env)


def save_application_env(
    one: Callable[[], Any],
    save: Callable[..., bool],
    env: EnvValue | None,
    *,
    build_args: EnvInput | Unset = UNSET,
    build_secrets: EnvInput | Unset = UNSET,
    create_env_file: bool | Unset = UNSET,
    merge: bool = False,
) -> Workflow[bool]:
    """``save`` (``application.saveEnvironment`` bound to the id) with what the caller did
    not give copied from ``one()`` (the application as stored)."""
    require_env(env, merge)
    needs_current = merge or UNSET in (build_args, build_secrets, create_env_file)
    current: Any = (yield from call(one)) if needs_current else None
    body: dict[str, Any] = {"env": _merged(current.env, env) if merge else env_text(env)}
    body["build_args"] = (
        _current(current, "build_args") if isinstance(build_args, Unset) else env_text(build_args)
    )
    body["build_secrets"] = (
        _current(current, "build_secrets") if isinstance(build_secrets, Unset) else env_text(build_secrets)
    )
    body["create_env_file"] = (
        bool(_current(current, "create_env_file", True))
        if isinstance(create_env_file, Unset)
        else create_env_file
    )
    saved: bool = yield Call(save, body)
    return saved


def save_compose_env(
    one: Callable[[], Any],
    save: Callable[..., bool] | None,
    update: Callable[..., object],
    env: EnvValue | None,
    *,
    create_env_file: bool | Unset = UNSET,
    merge: bool = False,
) -> Workflow[bool]:
    """``save`` (``compose.saveEnvironment``); where the client (``save`` None) or the server
    has none (before v0.29), ``update`` sets ``env`` instead (it cannot set ``createEnvFile``)."""
    require_env(env, merge)
    if save is None and not isinstance(create_env_file, Unset) and not accepts(UPDATE, "create_env_file"):
        raise missing(UPDATE, field="create_env_file")
    text = env_text(env)
    if merge:
        current: Any = yield from call(one)
        text = _merged(current.env, env)
    body: dict[str, Any] = {"env": text}
    if not isinstance(create_env_file, Unset):
        body["create_env_file"] = create_env_file
    if save is not None:
        try:
            saved: bool = yield Call(save, body)
            return saved
        except OperationNotAvailable:
            if not isinstance(create_env_file, Unset):
                raise  # the older server's update would drop it without a word
    yield Call(update, body)
    return True


SAVE, UPDATE = "compose.save_environment", "compose.update"


def save_database_env(
    one: Callable[[], Any], save: Callable[..., bool], env: EnvValue | None, *, merge: bool = False
) -> Workflow[bool]:
    """``save`` (``<type>.saveEnvironment`` bound to the id); ``merge`` reads ``one()`` first."""
    require_env(env, merge)
    text = env_text(env)
    if merge:
        current: Any = yield from call(one)
        text = _merged(current.env, env)
    saved: bool = yield Call(save, {"env": text})
    return saved


def _current(record: Any, name: str, default: Any = None) -> Any:
    value = getattr(record, name, default)
    return default if value is None or isinstance(value, Unset) else value


def _merged(existing: Any, env: EnvValue | None) -> str:
    """``env``'s variables set into the stored block, its comments and order kept."""
    block = parse_env_block(existing if isinstance(existing, str) else None)
    updates = parse_env_block(env) if isinstance(env, str) else dict(env or {})
    return format_env_block(block.updated(updates))
