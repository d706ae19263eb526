"""The names to annotate with: every model, ``Unset``/``UNSET`` and ``ResponseShapeWarning``.

    from dokploy.types import UNSET, Project, Unset

Models load on first access, as in ``dokploy_api.models``, so importing this module stays
cheap; type checkers see every name through the star import, and a misspelt one is an error.
"""

from typing import TYPE_CHECKING, Any

from dokploy_api import models as _models
from dokploy_api.types import UNSET, ResponseShapeWarning, Unset

if TYPE_CHECKING:
    from dokploy_api.models import *  # noqa: F403

__all__ = ["UNSET", "ResponseShapeWarning", "Unset"]
__all__ += _models.__all__

if not TYPE_CHECKING:  # hidden from type checkers, which would accept any name through it

    def __getattr__(name: str) -> Any:
        if name not in _models.__all__:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(_models, name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
