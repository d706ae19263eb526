"""Performance fixes to the generation libraries, applied only while we generate.

``Endpoint.sort_parameters`` deep-copies every endpoint (with every schema it
references) to order its *path* parameters. Dokploy's operations have none, and
with typed responses those copies took ~20 of 25 s. Endpoints without path
parameters are returned as they are; the others go through the original.

Jinja's ``Template._get_default_module`` runs for every ``{% import %}`` (one per
property of every model) and computes ``ctx.globals_keys - self.globals.keys()``
through ``KeysView.__rsub__``: a Python-level membership test per key in a
``ChainMap``, about 1 s of a build. The same set difference taken on a plain
``set`` of the keys is computed in C, and each template's key set is taken once (its
globals are set before the first render); the result, and so the output, is identical.

openapi-python-client's string filters escape the same few thousand names, descriptions and
keys in every module that mentions them (``in_double_quote_literal`` alone runs ~12,000 times,
a ``unicodedata`` lookup per character): they are pure functions of their text, so
:func:`memoized_filters` computes each once. So are its name functions (``sanitize``,
``snake_case``, ``pascal_case``), which the parser calls ~40,000 times for a few thousand names:
:func:`memoized_names` memoizes them while we generate.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from typing import Any


@contextlib.contextmanager
def skip_needless_endpoint_copies() -> Iterator[None]:
    from openapi_python_client.parser.openapi import Endpoint

    original = Endpoint.__dict__["sort_parameters"]

    def sort_parameters(*, endpoint: Any) -> Any:
        if not endpoint.path_parameters and "{" not in endpoint.path.get_untrusted_value():
            return endpoint
        return original.__func__(endpoint=endpoint)

    Endpoint.sort_parameters = staticmethod(sort_parameters)  # type: ignore[method-assign]
    try:
        yield
    finally:
        Endpoint.sort_parameters = original  # type: ignore[method-assign]


@contextlib.contextmanager
def faster_template_imports() -> Iterator[None]:
    from jinja2.environment import Template

    original = Template.__dict__["_get_default_module"]
    global_keys: dict[int, frozenset[str]] = {}  # id(template): the keys of its globals

    def _get_default_module(self: Any, ctx: Any = None) -> Any:
        if ctx is not None:
            own = global_keys.get(id(self))
            if own is None:
                own = global_keys[id(self)] = frozenset(self.globals)
            keys = ctx.globals_keys - own
            if keys:
                return self.make_module({k: ctx.parent[k] for k in keys})
        return original(self, None)

    Template._get_default_module = _get_default_module  # type: ignore[method-assign]
    try:
        yield
    finally:
        Template._get_default_module = original  # type: ignore[method-assign]


def memoized_filters() -> dict[str, Callable[[Any], str]]:
    """openapi-python-client's pure text filters, each computed once per distinct text."""
    from openapi_python_client import strings
    from openapi_python_client.schema.untrusted_string import UntrustedString

    def text_of(value: Any) -> Any:
        # The filters read an UntrustedString or PythonCode as its text first.
        if isinstance(value, UntrustedString):
            return value.get_untrusted_value()
        if isinstance(value, strings.PythonCode):
            return value.as_unembedded_code()
        return value

    return {
        "in_double_quote_literal": _memoized(strings.in_double_quote_literal, text_of),
        "safe_for_docstring": _memoized(strings.safe_for_docstring, text_of),
    }


_NAME_FUNCTIONS = ("sanitize", "snake_case", "pascal_case")


@contextlib.contextmanager
def memoized_names() -> Iterator[None]:
    from openapi_python_client import strings

    originals = {name: getattr(strings, name) for name in _NAME_FUNCTIONS}
    for name, function in originals.items():
        setattr(strings, name, _memoized(function))
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(strings, name, function)


def _memoized(
    function: Callable[[Any], str], text_of: Callable[[Any], Any] = lambda v: v
) -> Callable[[Any], str]:
    """``function`` computed once per distinct text (``text_of``: where a value keeps its text);
    a value that is no text (a number, a Markup) goes through unmemoized, as it is."""
    once = functools.lru_cache(maxsize=None)(function)

    def memoized(value: Any) -> str:
        text = text_of(value)
        return once(str.__str__(text)) if isinstance(text, str) else function(text)

    return memoized
