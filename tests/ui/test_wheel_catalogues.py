"""The wheel carries the compiled translation catalogues (setup.py's build hook), so an installed
program needs no lrelease at first start."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from lapor_desktop.ui.qm_catalogue import qm_name

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_the_wheel_holds_a_catalogue_for_every_ts(tmp_path):
    src = tmp_path / "src"  # a copy: the build leaves build/ and *.egg-info beside the sources
    ignore = shutil.ignore_patterns("__pycache__", "*.qm")
    for name in ("lapor_desktop", "resources"):
        shutil.copytree(ROOT / name, src / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp_path / "dist"), str(src)], check=True, cwd=tmp_path, timeout=600,
                   capture_output=True)
    (wheel,) = (tmp_path / "dist").glob("lapor_desktop-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    folder = "lapor_desktop/resources/translations/"
    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert sources
    for ts in sources:
        assert folder + ts.name in names
        assert folder + qm_name(ts) in names, sorted(n for n in names if n.startswith(folder))
