"""Request bodies are built from the keyword arguments (no model module per operation),
and the objects nested in them have names a user can write.

The wire bytes are pinned by the replay tests (every recorded request sent again through
the typed methods); these tests pin the rule itself and the serialisation helper.
"""

from __future__ import annotations

import importlib
import inspect
import io
import json
import re
from types import SimpleNamespace
from typing import Any

from support import GENERATED

from dokploy_api import models
from dokploy_api.api import OPERATIONS
from dokploy_api.models import ProjectDuplicateBodySelectedServicesItem
from dokploy_api.types import UNSET, File, json_body
from dokploy_codegen.build.bodies import is_flat_body
from dokploy_codegen.build.hoist_names import Wanted, shared_names

MODELS = GENERATED / "dokploy_api" / "models"


def _flat_modules() -> list[Any]:
    """Endpoint modules whose ``_get_kwargs`` takes the body's fields (no ``body`` argument)."""
    out = []
    for info in OPERATIONS.values():
        if info.body:
            module = importlib.import_module(info.module)
            if "body" not in inspect.signature(module._get_kwargs).parameters:
                out.append(module)
    return out


def test_no_operation_has_a_body_model_module() -> None:
    flat = _flat_modules()
    assert len(flat) > 350  # v0.30.2: every body but the optional ones of seven settings.clean*
    for module in flat:
        stem = module.__name__.rsplit(".", 1)[1]
        assert not (MODELS / f"{stem}_body.py").exists(), stem


def test_json_body_leaves_unset_out_keeps_null_and_serialises_models() -> None:
    item = ProjectDuplicateBodySelectedServicesItem(id="a1", type_="application")
    fields = {
        "absent": UNSET,
        "null": None,
        "text": "x",
        "model": item,
        "models": [item, {"id": "raw"}],
        "nested": [[item]],
        "tuple": ("a", item),
        "mapping": {"k": 1},
    }
    wire = {
        "null": None,
        "text": "x",
        "model": {"id": "a1", "type": "application"},
        "models": [{"id": "a1", "type": "application"}, {"id": "raw"}],
        "nested": [[{"id": "a1", "type": "application"}]],
        "tuple": ["a", {"id": "a1", "type": "application"}],
        "mapping": {"k": 1},
    }
    body = json_body(fields)
    assert body == wire
    assert list(body) == list(wire)  # the wire order is the declared order


def test_flat_method_sends_wire_names_in_declared_order() -> None:
    module = importlib.import_module(OPERATIONS["application.create"].module)
    kwargs = module._get_kwargs(name="web", environment_id="e1", description=None)
    assert kwargs == {
        "method": "POST",
        "url": "/application.create",
        "json": {"name": "web", "environmentId": "e1", "description": None},
    }
    assert json.dumps(kwargs["json"]) == '{"name": "web", "environmentId": "e1", "description": null}'


def test_multipart_body_is_built_part_by_part() -> None:
    module = importlib.import_module(OPERATIONS["docker.uploadFileToContainer"].module)
    payload = io.BytesIO(b"data")
    kwargs = module._get_kwargs(
        container_id="c1", file=File(payload=payload, file_name="a.txt"), destination_path="/tmp/a"
    )
    assert kwargs["files"] == [
        ("containerId", (None, b"c1", "text/plain")),
        ("file", ("a.txt", payload, None)),
        ("destinationPath", (None, b"/tmp/a", "text/plain")),
    ]


def _wanted(fp: str, operation: str, *trail: str, const: str = "") -> Wanted:
    schema = {"type": "object", "properties": {"kind": {"const": const}} if const else {}}
    return Wanted(fp, operation, ("Body", *trail), schema)


def test_shared_body_objects_are_named_by_key_then_qualified_never_numbered() -> None:
    wanted = [
        _wanted("a", "sso.register", "oidcConfig", "mapping"),
        _wanted("b", "sso.register", "samlConfig", "mapping"),
        _wanted("c", "vault.create", "config", const="infisical"),
        _wanted("d", "vault.create", "config", const="aws"),
        _wanted("e", "dns.create", "config"),
        _wanted("f", "vault.create", "config"),
        _wanted("g", "project.duplicate", "selectedServicesItem"),
    ]
    names = shared_names(wanted, {})
    assert names == {
        "a": "OidcConfigMapping",
        "b": "SamlConfigMapping",
        "c": "InfisicalConfig",
        "d": "AwsConfig",
        "e": "DnsCreateConfig",
        "f": "VaultCreateConfig",
        "g": "SelectedServicesItem",
    }
    # The spec's order does not decide a name.
    assert shared_names(list(reversed(wanted)), {}) == names
    # A component of another shape keeps its name; the shared object is qualified.
    assert shared_names([_wanted("s", "admin.setup", "metricsConfig", "server")], {"Server": "x"}) == {
        "s": "MetricsConfigServer"
    }


def test_generated_shared_names_are_writable() -> None:
    for name in ("InfisicalConfig", "CloudflareConfig", "OidcConfigMapping", "MetricsConfigServer"):
        assert hasattr(models, name), name
    numbered = [p.stem for p in MODELS.glob("*.py") if re.fullmatch(r"(config|mapping|server)_\d+", p.stem)]
    assert numbered == []


def _endpoint(body_type: str, *fields: str) -> SimpleNamespace:
    props = [SimpleNamespace(python_name=name) for name in fields]
    info = SimpleNamespace(name="XBody")
    prop = SimpleNamespace(class_info=info, required_properties=props, optional_properties=[])
    return SimpleNamespace(bodies=[SimpleNamespace(body_type=body_type, prop=prop)])


def test_a_field_named_like_a_generated_parameter_keeps_its_body_model() -> None:
    assert is_flat_body(_endpoint("json", "name", "files"))
    assert not is_flat_body(_endpoint("json", "name", "client"))
    assert not is_flat_body(_endpoint("files", "files"))  # the multipart parts' list
