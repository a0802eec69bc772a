"""The layering rules of ARCHITECTURE.md, checked: import-linter contracts and packaging."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports")
    if exe is None:
        pytest.fail("import-linter is part of the [test] extra and must be installed")
    r = subprocess.run([exe, "--no-cache"], cwd=REPO, capture_output=True, text=True, timeout=120,
                       env={"PYTHONPATH": str(REPO), "PATH": "/usr/bin:/bin"})
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
    assert " 0 broken" in r.stdout


def test_every_package_is_packaged():
    """A sub-package missing from pyproject's explicit list would vanish from installed builds."""
    cfg = tomllib.loads((REPO / "pyproject.toml").read_text())
    listed = set(cfg["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(REPO).parts) for p in (REPO / "lapor_desktop").rglob("__init__.py")}
    assert found - listed == set()


def test_no_qt_outside_ui():
    offenders = []
    for path in (REPO / "lapor_desktop").rglob("*.py"):
        rel = path.relative_to(REPO / "lapor_desktop")
        if rel.parts[0] == "ui" or rel.as_posix() == "app.py":
            continue
        text = path.read_text(encoding="utf-8")
        if "import PySide6" in text or "from PySide6" in text:
            offenders.append(rel.as_posix())
    assert offenders == []


def test_core_domain_import_without_heavy_libraries():
    code = ("import sys; import lapor_desktop.domain.lifecycle, lapor_desktop.domain.validation, "
            "lapor_desktop.domain.deadlines, lapor_desktop.core.settings; "
            "bad = [m for m in ('sqlalchemy', 'PySide6', 'requests', 'fastapi') if m in sys.modules]; "
            "print(bad); sys.exit(1 if bad else 0)")
    r = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout + r.stderr
