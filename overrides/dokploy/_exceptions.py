"""The exception hierarchy: every failure a caller can meet is a ``DokployError``."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import httpx

RATE_LIMIT_HINT = (
    "if this key worked for a few calls and then failed, it was created with Dokploy's "
    "default rate limit (about five calls): create one with rate limiting disabled"
)


class DokployError(Exception):
    """Base of every error raised by this client."""


class ConfigurationError(DokployError):
    """The client is missing its URL or key, or was given a bad one."""


class APIError(DokployError):
    """Something went wrong talking to Dokploy."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.request = request


class APIConnectionError(APIError):
    """Dokploy could not be reached (refused, DNS, TLS, reset)."""


class APITimeoutError(APIConnectionError):
    """Dokploy did not answer in time. A mutation may still have happened."""


class UnexpectedResponseError(APIError):
    """A 2xx that is not Dokploy's answer: an HTML page (a proxy, a login wall), or a body
    that is not the JSON Dokploy sent (truncated, not UTF-8, too deeply nested)."""

    def __init__(self, message: str, *, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code


class APIStatusError(APIError):
    """Dokploy answered with a 4xx or 5xx status.

    ``code`` and ``issues`` come from Dokploy's ``{message, code, issues}`` body;
    each issue keeps zod's ``path`` when present. ``body`` is the decoded body
    (or the raw text when it was not JSON).
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        operation: str | None = None,
        code: str | None = None,
        issues: list[dict[str, Any]] | None = None,
        body: Any = None,
    ) -> None:
        super().__init__(message, request=response.request)
        self.response = response
        self.status_code = response.status_code
        self.operation = operation
        self.code = code
        self.issues = issues or []
        self.body = body

    def __str__(self) -> str:
        where = f"{self.operation}: " if self.operation else ""
        detail = "; ".join(_issue_text(i) for i in self.issues[:5])
        return f"{where}{self.status_code} {self.message}" + (f" ({detail})" if detail else "")


def _issue_text(issue: dict[str, Any]) -> str:
    path = ".".join(str(p) for p in issue.get("path", []) or [])
    message = str(issue.get("message", issue))
    return f"{path}: {message}" if path else message


class RedirectError(APIStatusError):
    """3xx: Dokploy's API never redirects, so the base URL is not quite Dokploy's.

    ``location`` is where the redirect pointed (absolute), or None when it named none;
    the message says what to change (https instead of http, or not a login page).
    """

    def __init__(self, message: str, *, location: str | None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.location = location


class BadRequestError(APIStatusError):
    """400: the input failed Dokploy's validation; see ``issues``."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, wrong, or rate limited."""

    def __str__(self) -> str:
        return f"{super().__str__()}; check DOKPLOY_API_KEY ({RATE_LIMIT_HINT})"


class PermissionDeniedError(APIStatusError):
    """403: the key's user may not do this."""


class NotFoundError(APIStatusError):
    """404: unknown id, unknown procedure, or the wrong HTTP method for it."""


class ConflictError(APIStatusError):
    """409."""


class PreconditionFailedError(APIStatusError):
    """412: Dokploy refuses in the server's current state."""


class UnsupportedMediaTypeError(APIStatusError):
    """415: the body was not the content type the procedure wants."""


class RateLimitError(APIStatusError):
    """429."""


class InternalServerError(APIStatusError):
    """5xx: Dokploy failed (often: Docker or a remote server is unavailable)."""


class UnknownOperationError(DokployError, KeyError):
    """``client.call`` was given a name that is not an operation of this client."""

    def __str__(self) -> str:
        return str(self.args[0])


class OperationNotAvailable(DokployError):
    """An operation (or one of its fields) that this client or the server does not have.

    Raised when called, never on import or construction: ``where`` is ``"client"``
    (this client was generated for a Dokploy without it) or ``"server"`` (the
    server runs another version and answered that it has no such procedure).
    """

    def __init__(
        self,
        operation: str,
        *,
        client_version: str,
        server_version: str | None = None,
        field: str | None = None,
        where: str = "client",
        hint: str | None = None,
    ) -> None:
        self.operation = operation
        self.field = field
        self.client_version = client_version
        self.server_version = server_version
        self.where = where
        what = f"{operation} has no field {field!r}" if field else f"{operation} is not available"
        server = f"Dokploy {server_version}" if server_version else "a Dokploy of unknown version"
        if where == "server":
            detail = (
                f"the server runs {server} and has no such procedure (it answered 404 Not found); "
                f"this client was generated for Dokploy {client_version}"
            )
            todo = hint or (
                "upgrade that Dokploy, or regenerate the client for it: "
                "dokploy-codegen generate --url <its URL>"
            )
        else:
            on = f"; the server runs Dokploy {server_version}" if server_version else ""
            detail = f"this client was generated for Dokploy {client_version}, which does not have it{on}"
            spelling = "check the name against the generated operation, or " if field else ""
            todo = hint or (
                f"{spelling}regenerate the client for a Dokploy that has it: "
                "dokploy-codegen generate --url <its URL>"
            )
        super().__init__(f"{what}: {detail}; {todo}")


class RouterNotAvailable(OperationNotAvailable, AttributeError):
    """``client.<router>`` for a router other Dokploy versions have and this client lacks
    (``client.libsql`` on a client generated for v0.28.8); ``operation`` is its wire name.

    An ``AttributeError`` too, so ``hasattr(client, "libsql")`` is False and
    ``getattr(client, "libsql", None)`` is None.
    """

    def __init__(self, router: str, *, client_version: str) -> None:
        super().__init__(
            router,
            client_version=client_version,
            hint=(
                f"regenerate the client for a Dokploy that has the {router} router: "
                "dokploy-codegen generate --url <its URL>"
            ),
        )


_BY_STATUS: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    412: PreconditionFailedError,
    415: UnsupportedMediaTypeError,
    429: RateLimitError,
}


def error_class(status_code: int) -> type[APIStatusError]:
    if status_code >= 500:
        return InternalServerError
    return _BY_STATUS.get(status_code, APIStatusError)
