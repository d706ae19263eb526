"""Where ``dokploy-codegen`` reads and writes when no option says otherwise.

Two situations, decided once:

* **In a checkout** of this repository (the current folder, or the one an editable install
  points at): ``generated/``, ``overrides/corrections`` and ``cassettes/`` of that checkout.
* **Installed from a wheel** anywhere else: the output is ``./generated`` of the current
  folder (import it with ``PYTHONPATH=generated``: it then comes before the ``dokploy_api``
  installed with the package), and the corrections, locked spec and lock the installed
  client was generated from come from the package itself (``dokploy_codegen/_bundled``), so a
  regenerated client stays typed and ``diff``/``upgrade`` have a lock to compare with. A
  ``./overrides/corrections`` folder (where ``learn`` writes) takes the bundled one's place.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .build.tree import LOCK_FILE, SPEC_FILE

BUNDLED = Path(__file__).resolve().parent / "_bundled"
BUNDLED_CORRECTIONS = BUNDLED / "corrections"
BUNDLED_LOCK = BUNDLED / "generated"


@dataclass(frozen=True)
class Locations:
    root: Path  # the checkout, or the current folder
    in_checkout: bool
    output: Path
    corrections: Path | None  # None: neither the checkout's nor bundled ones exist
    cassettes: Path

    def locked_spec(self, output: Path) -> Path | None:
        """``output``'s locked spec, else the bundled one (the installed client's), else None."""
        for folder in (output, BUNDLED_LOCK):
            if (folder / SPEC_FILE).is_file():
                return folder / SPEC_FILE
        return None

    def lock_folder(self, output: Path) -> Path:
        """The folder whose ``spec.json``/``spec.lock.json`` describe what ``output`` replaces."""
        if (output / SPEC_FILE).is_file() or not (BUNDLED_LOCK / LOCK_FILE).is_file():
            return output
        return BUNDLED_LOCK


def _is_checkout(folder: Path) -> bool:
    return (folder / "overrides" / "corrections").is_dir() and (folder / "generator").is_dir()


def find(cwd: Path | None = None) -> Locations:
    cwd = Path.cwd() if cwd is None else cwd
    installed_from = Path(__file__).resolve().parents[2]  # the checkout, for an editable install
    root = next((c for c in (cwd, installed_from) if _is_checkout(c)), None)
    if root is not None:
        return Locations(
            root=root,
            in_checkout=True,
            output=root / "generated",
            corrections=root / "overrides" / "corrections",
            cassettes=root / "cassettes",
        )
    own = cwd / "overrides" / "corrections"  # what `learn` writes here by default
    bundled = BUNDLED_CORRECTIONS if BUNDLED_CORRECTIONS.is_dir() else None
    return Locations(
        root=cwd,
        in_checkout=False,
        output=cwd / "generated",
        corrections=own if own.is_dir() else bundled,
        cassettes=cwd / "cassettes",
    )
