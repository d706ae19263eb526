"""Ship what regenerating needs inside the wheel (all other metadata is in pyproject.toml).

A user who installs ``dokploy-client[codegen]`` from a wheel has no checkout: the corrections
(``overrides/corrections``) and the locked spec and lock the bundled client was generated from
(``generated/spec.json``, ``spec.lock.json``) are copied into ``dokploy_codegen/_bundled``, where
``dokploy_codegen.locations`` finds them. Without them a regenerated client would be untyped
(and without ``facts.json``, its ``dokploy_api.facts``, which the contract kit reads, empty).
"""

from __future__ import annotations

from pathlib import Path

from setuptools import setup  # type: ignore[import-untyped,unused-ignore]
from setuptools.command.build_py import build_py  # type: ignore[import-untyped,unused-ignore]

ROOT = Path(__file__).resolve().parent
BUNDLE = {
    "corrections": (
        "overrides/corrections/schemas.json",
        "overrides/corrections/operations.json",
        "overrides/corrections/facts.json",
    ),
    "generated": ("generated/spec.json", "generated/spec.lock.json"),
}


class BuildWithBundle(build_py):  # type: ignore[misc,unused-ignore]
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout itself
        target = Path(self.build_lib) / "dokploy_codegen" / "_bundled"
        for folder, files in BUNDLE.items():
            self.mkpath(str(target / folder))
            for name in files:
                source = ROOT / name
                if not source.is_file():
                    raise SystemExit(
                        f"cannot build the wheel: {source} is missing (run dokploy-codegen generate)"
                    )
                self.copy_file(str(source), str(target / folder / source.name))


setup(cmdclass={"build_py": BuildWithBundle})
