"""The CLI finds its checkout when it runs, not when it is imported.

``cli.py`` used to compute the checkout, the default output and corrections from the current
folder at import: importing it from a removed folder failed, and a process that imported it
and then changed folder kept the first folder's defaults.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from dokploy_codegen.cli import main


def _checkout(folder: Path) -> Path:
    """The two folders by which ``locations`` recognises a checkout of this repository."""
    (folder / "overrides" / "corrections").mkdir(parents=True)
    (folder / "generator").mkdir()
    return folder


def test_importing_the_cli_does_not_read_the_current_folder(tmp_path: Path) -> None:
    gone = tmp_path / "gone"
    script = (
        "import os, sys\n"
        f"os.mkdir({str(gone)!r}); os.chdir({str(gone)!r}); os.rmdir({str(gone)!r})\n"
        "import dokploy_codegen.cli\n"
        "print('imported')\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "imported"


@pytest.mark.parametrize("command", ["generate", "check", "upgrade"])
def test_defaults_follow_the_folder_the_cli_runs_in(
    command: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ("first", "second"):
        root = _checkout(tmp_path / name)
        monkeypatch.chdir(root)
        with pytest.raises(SystemExit) as exited:
            main([command, "--help"])
        assert exited.value.code == 0
        shown = "".join(capsys.readouterr().out.split())  # argparse wraps help, paths too
        assert f"(default:{root / 'generated'})" in shown
        assert f"(default:{root / 'overrides' / 'corrections'})" in shown
