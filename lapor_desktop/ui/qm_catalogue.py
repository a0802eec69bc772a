"""Compiled translation catalogues (``.qm``) from the Qt Linguist sources (``.ts``), without Qt.

A catalogue is named after its source and the source's content: ``lapor_desktop_id.ts`` compiles
to ``lapor_desktop_id.<16 hex digits of its SHA-256>.qm``, so a catalogue compiled from another
version of the ``.ts`` is never loaded by mistake. They are made by Qt's ``lrelease`` (PySide6
ships it) at build time (the wheel: ``setup.py``; the PyInstaller bundle: ``packaging/build.sh``
and ``build.ps1`` through ``python -m lapor_desktop.ui.qm_catalogue``), or at first start into
the profile's cache folder (``lapor_desktop.ui.i18n``). Generated files are never committed.

This module imports no Qt (``setup.py`` loads it by path while the wheel is built).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path


class LreleaseMissing(RuntimeError):
    """No ``lrelease`` found: neither PySide6's own nor one on PATH."""


def qm_name(ts: Path) -> str:
    """The catalogue's file name for this ``.ts``: its stem and the hash of its content."""
    digest = hashlib.sha256(Path(ts).read_bytes()).hexdigest()[:16]
    return f"{Path(ts).stem}.{digest}.qm"


def lrelease() -> list[str] | None:
    """The command that compiles .ts to .qm: PySide6's own lrelease, else one on PATH."""
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.origin:
        exe = Path(spec.origin).parent / ("lrelease.exe" if sys.platform == "win32" else "lrelease")
        if exe.exists():
            return [str(exe)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    return None


def compile_one(ts: Path, dst_dir: Path) -> Path:
    """Compile ``ts`` into ``dst_dir/<qm_name>`` (written beside, then renamed: never a half file).

    Raises LreleaseMissing, or RuntimeError with lrelease's own message when it fails."""
    cmd = lrelease()
    if cmd is None:
        raise LreleaseMissing("lrelease not found (PySide6 ships it as PySide6/lrelease)")
    dst_dir = Path(dst_dir)
    dst_dir.mkdir(parents=True, exist_ok=True)
    target = dst_dir / qm_name(ts)
    fd, tmp = tempfile.mkstemp(prefix=".lrelease-", suffix=".qm", dir=dst_dir)
    os.close(fd)
    try:
        proc = subprocess.run([*cmd, "-silent", str(ts), "-qm", tmp], capture_output=True, text=True)
        if proc.returncode != 0 or os.path.getsize(tmp) == 0:
            raise RuntimeError(f"lrelease failed on {Path(ts).name} ({proc.returncode}): "
                               f"{(proc.stderr or proc.stdout).strip()[:500]}")
        os.replace(tmp, target)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return target


def compile_dir(src: Path, dst: Path | None = None) -> list[Path]:
    """Compile every ``*.ts`` in ``src`` into ``dst`` (default: beside them); stale catalogues of
    the same sources in ``dst`` are removed."""
    src = Path(src)
    dst = Path(dst) if dst is not None else src
    out = []
    for ts in sorted(src.glob("*.ts")):
        made = compile_one(ts, dst)
        for old in dst.glob(f"{ts.stem}.*.qm"):
            if old != made:
                old.unlink()
        out.append(made)
    return out


if __name__ == "__main__":  # python -m lapor_desktop.ui.qm_catalogue SRC [DST]: build time
    if not 2 <= len(sys.argv) <= 3:
        sys.exit("usage: python -m lapor_desktop.ui.qm_catalogue SRC_DIR [DST_DIR]")
    for _qm in compile_dir(*[Path(a) for a in sys.argv[1:3]]):
        print(_qm)
