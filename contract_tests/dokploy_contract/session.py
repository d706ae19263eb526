"""One kit per pytest session: scopes (a cassette + a guard + clients) and throwaways.

A scope is what one test (or one module-level fixture) runs in: in replay it
plays a cassette with the network blocked, in record it writes one, in live it
only guards. Everything a scope hands out is the ordinary ``Dokploy`` (or
``AsyncDokploy``) client, built with the scope's ``GuardHook`` in ``hooks=``:
the client's public seam, so every call is guarded through whichever router
it is made, and nothing private is touched.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest_socket
import vcr
from vcr.cassette import Cassette
from vcr.errors import MissingMetadataError

from dokploy import AsyncDokploy, Dokploy

from .engine import GuardHook, MissHint
from .guard import Guard, Ledger
from .recording import cassette_path, make_vcr
from .scrub import Scrubber
from .settings import PREFIX_RE, KitSettings

VERSION_KEY = "dokploy_version"
PREFIX_KEY = "run_prefix"

ClientT = TypeVar("ClientT", Dokploy, AsyncDokploy)


class Scope:
    """A cassette (or none, live), a guard, and the run prefix resources get."""

    def __init__(self, kit: KitSession, cassette: Cassette | None, selector: str) -> None:
        self.kit = kit
        self.cassette = cassette
        self.prefix = self._prefix()
        self.guard = Guard(
            allowed_host_operations=kit.settings.allowed_host_operations,
            enforce_host=kit.settings.talks_to_server,
            prefix=self.prefix,
            ledger=kit.ledger,
        )
        self.hint = MissHint(str(cassette.path) if cassette is not None else "(live)", selector)
        self.hook = GuardHook(self.guard, self.hint)
        self._clients: list[Dokploy | AsyncDokploy] = []

    def _prefix(self) -> str:
        if self.cassette is None:
            return self.kit.settings.run_prefix
        try:
            prefix = self.cassette.get_metadata(PREFIX_KEY, self.kit.settings.run_prefix)
            self.cassette.get_metadata(VERSION_KEY, self.kit.settings.version)
        except MissingMetadataError:
            return self.kit.settings.run_prefix  # replay of a cassette that does not exist yet
        return str(prefix) if PREFIX_RE.match(str(prefix)) else self.kit.settings.run_prefix

    @property
    def mode(self) -> str:
        return self.kit.settings.mode

    def client(self, *, api_key: str | None = None, **options: Any) -> Dokploy:
        """The ordinary client, guarded; ``api_key`` overrides (e.g. a wrong key for 401)."""
        return self._guarded(Dokploy, api_key, options)

    def async_client(self, *, api_key: str | None = None, **options: Any) -> AsyncDokploy:
        """The ordinary async client, guarded by the same hook."""
        return self._guarded(AsyncDokploy, api_key, options)

    def _guarded(self, cls: type[ClientT], api_key: str | None, options: dict[str, Any]) -> ClientT:
        """``cls`` on the kit's settings, the guard first in its hooks (then any of ``options``)."""
        s = self.kit.settings
        hooks = [self.hook, *options.pop("hooks", ())]
        client = cls(base_url=s.base_url, api_key=api_key or s.api_key, hooks=hooks, **options)
        self._clients.append(client)
        return client

    def name(self, label: str) -> str:
        """A resource name carrying the run prefix."""
        return f"{self.prefix}{label}"

    def sleep(self, seconds: float) -> None:
        """Wait between polls against a server; replay answers at once."""
        if self.mode != "replay":
            import time

            time.sleep(seconds)

    def close(self) -> None:
        for client in self._clients:
            closing = client.close()
            if inspect.iscoroutine(closing):
                # The test's own event loop is gone; what the async client holds is freed here.
                with contextlib.suppress(Exception):
                    asyncio.run(closing)


class KitSession:
    def __init__(self, settings: KitSettings) -> None:
        self.settings = settings
        literals = [settings.api_key] if settings.talks_to_server else []
        record_mode = "all" if settings.mode == "record" else "none"
        self.scrubber = Scrubber(literals)  # one per run: a secret seen once is hidden everywhere
        self.vcr: vcr.VCR = make_vcr(record_mode, scrubber=self.scrubber)
        self.used_cassettes: list[Path] = []
        self.ledger = Ledger()  # every record any scope created: leftovers removed at session end

    def path(self, module: str, name: str) -> Path:
        return cassette_path(self.settings.cassette_root, self.settings.version or "unrecorded", module, name)

    @contextlib.contextmanager
    def scope(self, module: str, name: str, selector: str | None = None) -> Iterator[Scope]:
        """Run a block against the cassette ``<version>/<module>/<name>.yaml`` (per the mode)."""
        selector = selector or name
        if self.settings.mode == "live":
            scope = Scope(self, None, selector)
            try:
                yield scope
            finally:
                scope.close()
            return
        path = self.path(module, name)
        if self.settings.mode == "record" and path.exists():
            path.unlink()  # record overwrites: a cassette is one run's truth, never a merge
        self.used_cassettes.append(path)
        blocked = self.settings.mode == "replay"
        if blocked:
            pytest_socket.disable_socket(allow_unix_socket=True)
        try:
            with self.vcr.use_cassette(str(path)) as cassette:
                scope = Scope(self, cassette, selector)
                try:
                    yield scope
                finally:
                    scope.close()
        finally:
            if blocked:
                pytest_socket.enable_socket()
