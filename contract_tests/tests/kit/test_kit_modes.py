"""Modes, matching and the replay-miss message."""

from __future__ import annotations

import contextlib
import socket
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError
from vcr.request import Request

from dokploy_contract.errors import CassetteMissError, ModeConfigurationError
from dokploy_contract.matching import differences
from dokploy_contract.session import KitSession
from dokploy_contract.settings import build_settings

pytest_plugins = ["pytester"]


@pytest.mark.parametrize("mode", ["record", "live"])
def test_record_and_live_refuse_without_url_and_key(mode: str, tmp_path: Path) -> None:
    with pytest.raises(ModeConfigurationError, match="DOKPLOY_API_URL and DOKPLOY_API_KEY"):
        build_settings(mode, tmp_path, None, None, environ={})
    with pytest.raises(ModeConfigurationError, match="DOKPLOY_API_KEY"):
        build_settings(mode, tmp_path, None, None, environ={"DOKPLOY_API_URL": "https://x"})
    assert build_settings("replay", tmp_path, None, None, environ={}).mode == "replay"


def test_the_command_line_refuses_too(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DOKPLOY_API_URL", raising=False)
    monkeypatch.delenv("DOKPLOY_API_KEY", raising=False)
    pytester.makepyfile("def test_x(): pass")
    result = pytester.runpytest("--dokploy-mode=record")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--dokploy-mode=record calls a real Dokploy*"])


def _request(method: str, uri: str, body: str | None) -> Request:
    return Request(method, uri, body, {})


def test_matcher_compares_procedure_query_and_canonical_body() -> None:
    a = _request("POST", "https://a/api/project.create", '{"name":"x","description":null}')
    b = _request("POST", "https://b/sub/api/project.create", '{"description": null, "name": "x"}')
    assert differences(a, b) == []  # host and key order do not matter
    c = _request("POST", "https://a/api/project.create", '{"name":"y"}')
    assert any(d.startswith("body") for d in differences(a, c))
    d = _request("GET", "https://a/api/project.one?projectId=1", None)
    e = _request("GET", "https://a/api/project.one?projectId=2", None)
    assert any(x.startswith("query") for x in differences(d, e))
    assert differences(d, _request("GET", "https://a/api/project.all?projectId=1", None))


def test_replay_miss_names_the_operation_and_how_to_record(replay_kit: KitSession) -> None:
    with replay_kit.scope("test_mod", "test_missing", "test_missing") as scope:
        client = scope.client()
        with pytest.raises(CassetteMissError) as caught:
            client.call("project.one", projectId="p1")
    message = str(caught.value)
    assert "project.one" in message and "test_missing.yaml" in message
    assert "pytest --dokploy-mode=record -k 'test_missing'" in message
    assert "DOKPLOY_API_URL" in message and "DOKPLOY_API_KEY" in message


def test_replay_blocks_the_network(replay_kit: KitSession) -> None:
    with replay_kit.scope("test_mod", "test_net"), pytest.raises(SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9), timeout=1)  # vcrpy aside, no socket opens
    with contextlib.closing(socket.socket()):  # and the network is back after the scope
        pass
