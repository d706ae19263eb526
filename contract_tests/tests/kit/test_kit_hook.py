"""The kit guards through the client's public hook: every router, in any order, both clients."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest

from dokploy import AsyncDokploy, CallHook, Dokploy, OperationRequest
from dokploy_contract.engine import GuardHook
from dokploy_contract.errors import CassetteMissError, ForeignResourceError
from dokploy_contract.session import KitSession, Scope

ORDERS = ["project first", "application first"]


def routers(client: Any, order: str) -> tuple[Any, Any]:
    """``(client.project, client.application)``, resolved (and cached) in ``order``."""
    if order == "project first":
        project = client.project
        return project, client.application
    application = client.application
    return client.project, application


@pytest.mark.parametrize("order", ORDERS)
def test_a_scope_guards_every_router_of_its_client_in_any_order(replay_kit: KitSession, order: str) -> None:
    with replay_kit.scope("test_mod", "test_guarded") as scope:
        client = scope.client()
        project, application = routers(client, order)
        with pytest.raises(ForeignResourceError, match="applicationId=theirs"):
            application.deploy(application_id="theirs")
        with pytest.raises(ForeignResourceError, match="projectId=theirs"):
            project.remove(project_id="theirs")
        with pytest.raises(CassetteMissError, match=r"project\.one"):  # a read: allowed, not recorded
            project.one(project_id="theirs")


@pytest.mark.parametrize("order", ORDERS)
def test_an_async_scope_client_is_guarded_by_the_same_hook(replay_kit: KitSession, order: str) -> None:
    async def main(scope: Scope) -> None:
        client = scope.async_client()
        project, application = routers(client, order)
        with pytest.raises(ForeignResourceError, match="applicationId=theirs"):
            await application.deploy(application_id="theirs")
        with pytest.raises(CassetteMissError, match=r"project\.one .*test_async\.yaml"):
            await project.one(project_id="theirs")
        await client.close()

    with replay_kit.scope("test_mod", "test_async") as scope:
        asyncio.run(main(scope))


def test_scope_clients_are_public_clients_with_the_guard_first_in_their_hooks(replay_kit: KitSession) -> None:
    class Extra(CallHook):
        def __init__(self) -> None:
            self.seen: list[str] = []

        def before_send(self, request: OperationRequest) -> None:
            self.seen.append(request.operation)

    extra = Extra()
    with replay_kit.scope("test_mod", "test_hooks") as scope:
        client = scope.client(hooks=[extra])
        async_client = scope.async_client()
        assert type(client) is Dokploy and type(async_client) is AsyncDokploy
        assert client.hooks == [scope.hook, extra] and async_client.hooks == [scope.hook]
        assert isinstance(scope.hook, GuardHook) and scope.hook.guard is scope.guard
        with pytest.raises(ForeignResourceError):
            client.project.remove(project_id="theirs")
        assert extra.seen == []  # the guard refused first: nothing after it ran, nothing was sent


def test_the_kit_reaches_the_client_only_through_public_names() -> None:
    """No import of a private ``dokploy`` module, no private attribute of a client, anywhere
    in ``dokploy_contract``: what the kit needs is a seam of the client, not a patch of it."""
    import ast

    import dokploy_contract

    client = Dokploy(base_url="https://dokploy.test", api_key="k")
    private = {name for name in vars(client) if name.startswith("_")} | {
        name
        for cls in Dokploy.__mro__
        for name in vars(cls)
        if name.startswith("_") and not name.startswith("__")
    }
    client.close()
    assert "_engine" in private
    offences = []
    for path in sorted(Path(dokploy_contract.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            modules = [node.module or ""] if isinstance(node, ast.ImportFrom) else []
            modules += [alias.name for alias in node.names] if isinstance(node, ast.Import) else []
            for module in modules:
                parts = module.split(".")
                if parts[0] in ("dokploy", "dokploy_api") and any(p.startswith("_") for p in parts[1:]):
                    offences.append(f"{path.name}:{node.lineno}: imports {module}")
            if isinstance(node, ast.Attribute) and node.attr in private:
                offences.append(f"{path.name}:{node.lineno}: .{node.attr}")
    assert offences == []
