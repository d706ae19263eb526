"""Contract check 5: the error shapes Dokploy answers, through the client's exceptions.

These requests are wrong on purpose; the request-schema check skips this module.
The unknown procedure and the 415 need calls no typed method can make, so they go
through the client's own engine (the kit has no HTTP code of its own).
"""

from __future__ import annotations

import pytest

from dokploy import (
    AuthenticationError,
    BadRequestError,
    Dokploy,
    NotFoundError,
    UnsupportedMediaTypeError,
)
from dokploy_contract.resources import Throwaway, ThrowawayProject
from dokploy_contract.session import Scope


def test_wrong_key_is_401(dokploy_scope: Scope) -> None:
    client = dokploy_scope.client(api_key="ct-wrong-key-" + "x" * 40, max_retries=0)
    with pytest.raises(AuthenticationError) as caught:
        client.call("project.all")
    assert caught.value.status_code == 401
    assert caught.value.message == "Unauthorized"  # better-auth's body: no code, no issues


def test_missing_field_is_400_with_issues(dokploy: Dokploy) -> None:
    with pytest.raises(BadRequestError) as caught:
        dokploy.call("project.create", description="a project without a name")
    error = caught.value
    assert error.status_code == 400
    assert error.code == "BAD_REQUEST"
    assert any(issue.get("path") == ["name"] for issue in error.issues), error.issues


def test_unknown_id_is_404(dokploy: Dokploy) -> None:
    with pytest.raises(NotFoundError) as caught:
        dokploy.call("project.one", projectId="ct-no-such-project")
    assert caught.value.status_code == 404
    assert caught.value.code == "NOT_FOUND"


def test_unknown_procedure_is_404(dokploy: Dokploy) -> None:
    with pytest.raises(NotFoundError) as caught:
        dokploy._engine.request("nope.nope", method="GET", url="/nope.nope")
    assert caught.value.status_code == 404


def test_non_json_content_type_is_415(dokploy_scope: Scope) -> None:
    # httpx keeps a caller's content type over json='s, so the body is JSON labelled text.
    client = dokploy_scope.client(default_headers={"content-type": "text/plain"})
    with pytest.raises(UnsupportedMediaTypeError) as caught:
        client.call("project.create", name=dokploy_scope.name("never-created"))
    assert caught.value.status_code == 415
    assert "text/plain" in caught.value.message
    assert caught.value.code == "UNSUPPORTED_MEDIA_TYPE"


def test_deploy_answers_an_empty_200(
    dokploy: Dokploy, dokploy_throwaway: Throwaway, throwaway_project: ThrowawayProject
) -> None:
    app = dokploy_throwaway.application(throwaway_project.environment_id, "empty-body")
    assert dokploy.call("application.deploy", applicationId=app["applicationId"]) is None
